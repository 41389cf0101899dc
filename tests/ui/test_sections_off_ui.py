"""Switching an optional section off in the wizard: a reason is asked, the questions go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from app import paths
from app.core.answers import Answer
from app.services.workspace import Workspace
from app.ui.wizard.controller import WizardController
from app.ui.wizard.section_switch import ReasonDialog
from app.ui.wizard.view import WizardView
from tests.core.packtools import edited_pack
from tests.ui.helpers import click

PACK_ID = "org.aipia.test.demo-small"
OPTIONAL = {"data_flows.yaml": ("  - id: flows\n", "  - id: flows\n    optional: true\n")}


@pytest.fixture
def view(qtbot: Any, isolated_data_dir: Any, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Any:
    edited_pack(tmp_path / "packs" / "demo-small", OPTIONAL)  # the built-in pack
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: tmp_path / "packs")
    with Workspace(isolated_data_dir) as workspace:
        workspace.set_my_name("H. Kim")
        record = workspace.new_assessment("Hanbit", "Bot", PACK_ID, language="en")
        shown = WizardView(WizardController(workspace, workspace.open(record.id), "en"))
        qtbot.addWidget(shown)
        shown.controller.edit("prompt_logging", Answer("full"))
        shown.controller.go_to("flows")
        yield shown
        shown.controller.flush()  # no save left pending for a later test's event loop


def type_reason(qtbot: Any, monkeypatch: pytest.MonkeyPatch, text: str,
                seen: list[bool]) -> None:
    def run(dialog: ReasonDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())
        qtbot.keyClicks(dialog.reason, text)
        seen.append(ok.isEnabled())
        return int(QDialog.DialogCode.Accepted) if ok.isEnabled() else 0

    monkeypatch.setattr(ReasonDialog, "exec", run)


def test_switching_off_asks_a_reason_hides_the_questions_and_can_be_undone(
        qtbot: Any, view: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    page = view.current_page()
    assert page.switch is not None and not page.blocks["data_in_prompts"].isHidden()
    seen: list[bool] = []
    type_reason(qtbot, monkeypatch, "Nothing is typed into the bot", seen)
    click(qtbot, page.switch.button)
    assert seen == [False, True]  # OK only once there is a reason
    assert all(block.isHidden() for block in page.blocks.values())
    assert page.switch.note.text().startswith("Switched off by H. Kim on ")
    assert page.switch.note.text().endswith(": Nothing is typed into the bot")
    assert page.switch.button.text() == "Switch this section on again"
    assert view.sidebar.items["flows"].toolTip(0) == "Switched off"  # not "Complete" (0 of 0)
    opened = view.controller.opened
    assert view.controller.workspace.store.get_sections_off(opened.record.id)["flows"].by == \
        "H. Kim"
    click(qtbot, page.switch.button)
    assert not page.blocks["data_in_prompts"].isHidden()
    assert view.sidebar.items["flows"].toolTip(0) != "Switched off"
    assert view.controller.session.answer("prompt_logging") == Answer("full")


def test_a_reason_too_long_cannot_be_given(qtbot: Any, view: Any) -> None:
    dialog = ReasonDialog("Flows")
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("x" * 2001)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.count.text() == "2001 of 2000 characters"


def test_a_refusal_is_shown_once_and_nothing_changes(
        qtbot: Any, view: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert not view.controller.switch_section("organisation", off=True, reason="r")
    assert shown == ["section 'organisation' cannot be switched off: only sections the pack "
                     "marks 'optional: true' can"]
    assert view.controller.session.switched_off == frozenset()
