"""The packs dialog: installed packs listed; a broken folder explained; a valid one installed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from app.ui.packs_dialog import PacksDialog
from tests.ui.conftest import DEMO_PACK
from tests.ui.helpers import click


def copy_pack(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(DEMO_PACK, target)
    return target


def rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))


def rows(dialog: PacksDialog) -> list[list[str]]:
    return [[dialog.table.topLevelItem(r).text(c) for c in range(7)]
            for r in range(dialog.table.topLevelItemCount())]


@pytest.fixture
def dialog(qtbot: Any, window: Any) -> PacksDialog:
    window.menu_actions.packs.trigger()
    assert isinstance(window.dialog, PacksDialog)
    return window.dialog


def test_lists_the_built_in_pack_with_id_version_publisher_and_languages(
        dialog: PacksDialog) -> None:
    assert rows(dialog) == [["AI privacy impact assessment (open-weight models)",
                             "org.aipia.test.demo-small", "0.1.0", "AIPIA project",
                             "English, 한국어", "Built in", "Verified"]]


def test_a_broken_pack_is_refused_with_every_problem_located(
        qtbot: Any, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    broken = copy_pack(tmp_path, "broken")
    rewrite(broken / "context.yaml", "type: short_text\n        required: true",
            "type: short_txt\n        required: true")
    rewrite(broken / "open_models.yaml", "type: single_choice\n        required: true",
            "type: single_choise\n        required: true")
    choose_folder(monkeypatch, broken)
    click(qtbot, dialog.import_button)
    assert "was not installed" in dialog.outcome.text()
    problems = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert not dialog.errors.isHidden() and len(problems) >= 2
    assert any(re.search(r"context\.yaml:\d+:\d+: .*short_txt", p) for p in problems)
    assert any(re.search(r"open_models\.yaml:\d+:\d+: .*single_choise", p) for p in problems)
    assert len(rows(dialog)) == 1


def test_a_valid_pack_is_installed_and_listed(
        qtbot: Any, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, window: Any) -> None:
    other = copy_pack(tmp_path, "other")
    rewrite(other / "pack.yaml", "id: org.aipia.test.demo-small", "id: org.example.clinic")
    rewrite(other / "pack.yaml", "version: 0.1.0", "version: 1.2.0")
    choose_folder(monkeypatch, other)
    click(qtbot, dialog.import_button)
    assert dialog.outcome.text() == ("Installed org.example.clinic 1.2.0. It is marked "
                                    "unverified: no trusted publisher vouches for it.")
    listed = rows(dialog)
    assert ["org.example.clinic", "1.2.0", "AIPIA project", "English, 한국어",
            "Imported folder", "Unverified"] in [row[1:] for row in listed]
    assert (window.context.workspace.data_dir / "packs" / "org.example.clinic").is_dir()


def test_cancelling_the_folder_choice_changes_nothing(
        qtbot: Any, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    click(qtbot, dialog.import_button)
    assert dialog.outcome.isHidden() and len(rows(dialog)) == 1
