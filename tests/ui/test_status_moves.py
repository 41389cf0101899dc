"""The main window's status actions go through the review workflow (until its own views come)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox


@pytest.fixture
def listed(window: Any) -> Any:
    record = window.context.workspace.new_assessment("Hanbit Clinic", "Note summariser",
                                                     language="en")
    window.home.reload(select=record.id)
    return window


def test_approving_from_the_menu_keeps_a_revision_and_lists_it_approved(listed: Any) -> None:
    store = listed.context.workspace.store
    listed.menu_actions.status_review.trigger()
    listed.menu_actions.status_completed.trigger()
    assert listed.home.table.currentItem().text(2) == "Approved"
    record = store.list_assessments()[0]
    assert [r.number for r in store.list_revisions(record.id)] == [1]
    assert [e.action for e in store.review_events(record.id)] == ["submit", "approve"]


def test_a_refused_move_is_explained_and_changes_nothing(
    listed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: warnings.append(text)))
    listed.menu_actions.status_completed.trigger()  # a draft cannot be approved
    assert "send it to review first" in warnings[0]
    assert listed.home.table.currentItem().text(2) == "Draft"


def test_sending_back_to_draft_asks_what_must_change(
    listed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed.menu_actions.status_review.trigger()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("Name the DPO", True)))
    listed.menu_actions.status_draft.trigger()
    record = listed.context.workspace.store.list_assessments()[0]
    last = listed.context.workspace.store.review_events(record.id)[-1]
    assert (last.action, last.comment) == ("request_changes", "Name the DPO")
    assert listed.home.table.currentItem().text(2) == "Draft"
