"""Views learn of every change from the workspace itself: nothing reloads them by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt

from app.core.answers import Answer
from app.ui.packs_dialog import PacksDialog
from tests.ui.test_main_window import titles
from tests.ui.test_packs_dialog import copy_pack, rewrite, rows


def test_the_list_shows_what_the_workspace_changed_at_once(window: Any) -> None:
    workspace = window.context.workspace
    record = workspace.new_assessment("Hanbit Clinic", "Note summariser", language="en")
    assert titles(window) == ["Note summariser"]  # no reload by anyone
    workspace.set_status(record.id, "archived")
    assert titles(window) == []  # the list hides archived assessments
    client = workspace.add_client("Seoul Logistics")
    names = [window.home.clients.item(r).text() for r in range(window.home.clients.count())]
    assert names == ["All clients", "Hanbit Clinic", "Seoul Logistics"]
    workspace.update_client(client.id, notes="Ms Park")
    assert window.home.clients.item(2).toolTip() == "Ms Park"


def test_behind_an_open_assessment_the_list_catches_up_when_shown(window: Any) -> None:
    workspace = window.context.workspace
    first = workspace.new_assessment("Hanbit Clinic", "Note summariser", language="en")
    window.open_assessment(first.id)
    reloads: list[int] = []
    original = window.home.reload
    window.home.reload = lambda select=None: reloads.append(1) or original(select)
    controller = window.assessment.controller
    for text in ("S", "Su", "Summariser"):
        controller.edit("system_name", Answer(text))
        assert controller.flush()
    workspace.new_assessment("Seoul Logistics", "Route planner", language="en")
    assert reloads == []  # hidden: nothing redrawn for each save
    window.close_assessment()
    assert titles(window) == ["Note summariser", "Route planner"]
    assert window.home.selected_id() == first.id


def test_an_open_packs_dialog_lists_a_pack_installed_meanwhile(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    window.menu_actions.packs.trigger()
    dialog = window.dialog
    assert isinstance(dialog, PacksDialog)
    before = len(rows(dialog))
    folder = copy_pack(tmp_path, "other")
    rewrite(folder / "pack.yaml", "id: org.aipia.test.demo-small", "id: org.aipia.test.other")
    assert window.context.workspace.install_folder(folder).ok  # e.g. a feed's install
    assert len(rows(dialog)) == before + 1
    assert "org.aipia.test.other" in [row[1] for row in rows(dialog)]


def test_the_keys_pane_lists_a_key_trusted_meanwhile(qtbot: Any, window: Any) -> None:
    window.menu_actions.packs.trigger()
    keys = window.dialog.keys
    before = keys.list.topLevelItemCount()
    public = Ed25519PrivateKey.generate().public_key()
    window.context.workspace.trust_key(public, "Regulator")
    assert keys.list.topLevelItemCount() == before + 1
    added = keys.list.topLevelItem(before).data(0, Qt.ItemDataRole.UserRole)
    window.context.workspace.untrust_key(added)
    assert keys.list.topLevelItemCount() == before
