"""The wizard controller without widgets: debounced saves, failures kept, when messages show."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.answers import Answer
from app.services.workspace import Workspace
from app.storage import StorageError
from app.ui.wizard.controller import SaveState, SectionState, WizardController


@pytest.fixture
def workspace(isolated_data_dir: Any) -> Any:
    with Workspace(isolated_data_dir) as opened:
        yield opened


@pytest.fixture
def controller(qtbot: Any, workspace: Workspace) -> WizardController:
    record = workspace.new_assessment("Hanbit", "Bot", language="en")
    return WizardController(workspace, workspace.open(record.id), "en")


def stored(workspace: Workspace, controller: WizardController) -> dict[str, Any]:
    return {q: a.value for q, a in
            workspace.store.get_answers(controller.opened.record.id).items()}


def test_edits_apply_at_once_and_are_saved_together_after_a_pause(
        qtbot: Any, workspace: Workspace, controller: WizardController) -> None:
    controller.edit("system_name", Answer("S"))
    controller.edit("system_name", Answer("Summariser"))
    assert controller.session.answer("system_name") == Answer("Summariser")
    assert controller.save_state is SaveState.PENDING and stored(workspace, controller) == {}
    with qtbot.waitSignal(controller.saved, timeout=3000):
        pass
    assert stored(workspace, controller) == {"system_name": {"value": "Summariser"}}
    assert controller.state_label() == "All changes saved"


def test_a_failed_save_keeps_the_edit_and_says_so(
        qtbot: Any, workspace: Workspace, controller: WizardController,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise StorageError("the disk is full")

    monkeypatch.setattr(workspace.store, "save_answer", refuse)  # the database refuses
    controller.edit("system_name", Answer("Summariser"))
    assert not controller.flush()
    assert controller.save_state is SaveState.FAILED and controller.has_unsaved()
    assert controller.state_label() == "Not saved: the disk is full"
    monkeypatch.undo()
    assert controller.flush() and not controller.has_unsaved()
    assert stored(workspace, controller) == {"system_name": {"value": "Summariser"}}


def test_required_messages_wait_until_touched_or_left(controller: WizardController) -> None:
    assert controller.messages_for("system_name") == []
    assert controller.section_state("organisation") is SectionState.EMPTY
    controller.go_next()
    assert controller.messages_for("system_name") == ["An answer is required."]
    assert controller.section_state("organisation") is SectionState.EMPTY  # nothing answered


def test_section_marks_are_the_same_after_a_restart(
        workspace: Workspace, controller: WizardController) -> None:
    controller.edit("system_name", Answer("Bot"))  # other required questions stay open
    controller.edit("affected_people", Answer(0))  # below the pack's minimum: a real problem
    controller.go_next()
    controller.go_to("inventory")
    assert controller.flush()
    states = {s.id: controller.section_state(s.id) for s in controller.session.visible_sections()}
    assert states["organisation"] is SectionState.ISSUES
    assert states["screening"] is SectionState.EMPTY
    reopened = WizardController(workspace, workspace.open(controller.opened.record.id), "en")
    assert {s: reopened.section_state(s) for s in states} == states
    controller.edit("affected_people", Answer(1200))
    assert controller.section_state("organisation") is SectionState.PARTIAL


def test_constraint_messages_come_from_the_pack(controller: WizardController) -> None:
    controller.edit("affected_people", Answer(0))
    assert controller.messages_for("affected_people") == [
        'Enter at least 1 person, or choose "I don\'t know".']
    controller.language = "ko"
    assert controller.messages_for("affected_people") == [
        '1명 이상을 입력하거나 "모름"을 선택하십시오.']


def test_unusable_values_are_reported_and_not_applied(controller: WizardController) -> None:
    assert not controller.edit("affected_people", Answer(-5))
    assert controller.session.answer("affected_people") is None
    assert "below the minimum" in controller.messages_for("affected_people")[0]
    controller.reject("go_live", "Enter a date as YYYY-MM-DD, e.g. 2026-03-31.")
    assert controller.messages_for("go_live")[0].startswith("Enter a date")


def test_visibility_changes_are_announced(controller: WizardController, qtbot: Any) -> None:
    with qtbot.waitSignal(controller.visibilityChanged) as blocker:
        controller.edit("deployment_mode", Answer("third_party_host"))
    assert "host_region" in blocker.args[0]
    assert controller.session.is_required("host_region")


def test_the_section_is_remembered_for_next_time(
        workspace: Workspace, controller: WizardController) -> None:
    controller.go_to("flows")
    reopened = WizardController(workspace, workspace.open(controller.opened.record.id), "en")
    assert reopened.current_section == "flows"
    controller.go_to("organisation")
    assert not controller.go_back() and controller.previous_section() is None


def test_an_edit_is_checked_once_applied_once_and_written_once(
        qtbot: Any, workspace: Workspace, controller: WizardController,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.counters import answer_operations

    with answer_operations(monkeypatch) as count:
        assert controller.edit("deployment_mode", Answer("third_party_host"))
        assert count == {"checks": 1, "applies": 1}  # live: shown and hidden at once
        assert controller.flush()
    assert count == {"checks": 1, "applies": 1, "guards": 1, "writes": 1}
    assert stored(workspace, controller) == {"deployment_mode": {"value": "third_party_host"}}
    assert controller.session.is_visible("host_region")
