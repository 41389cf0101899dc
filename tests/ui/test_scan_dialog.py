""""Scan a model folder…" on the model inventory: background scan, review, fill in the ticked."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.core.answers import Answer
from app.ui.wizard import question
from app.ui.wizard.scan_dialog import ScanDialog
from tests.core import model_builders as mb
from tests.ui.helpers import block, click
from tests.ui.test_keyboard import open_first


def scan_button(window: Any) -> QPushButton:
    editor = block(window, "model_inventory").editor
    return next(b for b in editor.findChildren(QPushButton) if b.text() == "Scan a model folder…")


def drive(monkeypatch: pytest.MonkeyPatch, qtbot: Any, steps: Any) -> list[ScanDialog]:
    """Replace the modal exec() with a user's steps on the real, shown dialog."""
    seen: list[ScanDialog] = []

    def exec_(dialog: ScanDialog) -> int:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        return int(dialog.result())

    monkeypatch.setattr(ScanDialog, "exec", exec_)
    return seen


def scanned(qtbot: Any, dialog: ScanDialog) -> None:
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)


@pytest.fixture
def models(tmp_path: Path) -> Path:
    mb.hf_folder(tmp_path / "models" / "tiny-llama", card={"license": "llama3.1"}, params=8_030_000)
    mb.gguf_file(tmp_path / "models" / "gguf" / "qwen-q4_k_m.gguf", name="Tiny Qwen",
                 extra={"general.organization": "Qwen"})
    mb.malicious_pickle(tmp_path / "models" / "evil" / "pytorch_model.bin", tmp_path / "SENTINEL")
    return tmp_path / "models"


def test_scan_fills_ticked_rows_and_keeps_what_the_user_wrote(
        qtbot: Any, window: Any, models: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_first(qtbot, window)
    controller = window.assessment.controller
    controller.go_to("inventory")
    controller.edit("model_inventory", Answer(({"name": "tiny-llama", "publisher": "Us"},)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(models))

    def steps(dialog: ScanDialog) -> None:
        click(qtbot, dialog.folder_button)
        scanned(qtbot, dialog)
        texts = [dialog.messages.item(i).text() for i in range(dialog.messages.count())]
        assert any("pytorch_model.bin" in t and "would run code" in t for t in texts)
        leaves = {(i.parent().text(0).split("  ")[0], i.text(0)): i for i in dialog.tree.leaves()}
        evil = leaves[("Model: evil", "Weight format")]
        assert evil.text(2) == "pytorch_model.bin, pickle opcodes"
        evil.setCheckState(0, Qt.CheckState.Unchecked)  # the user leaves the pickle out
        assert evil.parent().checkState(0) == Qt.CheckState.Unchecked
        qwen = leaves[("Model: Tiny Qwen", "Publisher")]
        assert (qwen.text(1), qwen.text(2)) == ("Qwen (Alibaba Cloud)",
                                                "qwen-q4_k_m.gguf, general.organization")
        click(qtbot, dialog.apply_button)

    seen = drive(monkeypatch, qtbot, steps)
    click(qtbot, scan_button(window))
    assert seen and not (models.parent / "SENTINEL").exists()
    rows = {r["name"]: r for r in block(window, "model_inventory").editor.rows()}
    assert rows["tiny-llama"]["publisher"] == "Us"  # never overwritten silently
    assert rows["tiny-llama"]["weight_format"] == "safetensors"
    assert rows["tiny-llama"]["parameters_b"] == pytest.approx(0.00803)
    assert rows["Tiny Qwen"]["weight_format"] == "gguf"
    assert "evil" not in rows
    stored = window.context.workspace.store.get_answers(controller.opened.record.id)
    assert len(stored["model_inventory"].value["value"]) == 2
    note = stored["model_inventory"].note or ""
    assert "Filled in from a model scan" in note
    lines = note.splitlines()  # where each ticked cell was read, kept with the answer
    assert "- Tiny Qwen, Publisher: qwen-q4_k_m.gguf, general.organization" in lines
    assert "- tiny-llama, Weight format: model.safetensors, header" in lines
    assert not any(line.startswith("- evil,") for line in lines)  # left out: not recorded
    assert len(window.context.workspace.store.list_model_scans(controller.opened.record.id)) == 1


def test_a_long_scan_stays_responsive_and_can_be_cancelled(
        qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_first(qtbot, window)
    window.assessment.controller.go_to("inventory")
    big = tmp_path / "big" / "model.gguf"
    big.parent.mkdir()
    with big.open("wb") as handle:
        handle.truncate(64 * 1024**3)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(big)], ""))

    def steps(dialog: ScanDialog) -> None:
        click(qtbot, dialog.files_button)
        qtbot.waitUntil(lambda: "SHA-256" in dialog.status.text(), timeout=20000)
        assert dialog.cancel_button.isVisible() and not dialog.apply_button.isEnabled()
        click(qtbot, dialog.cancel_button)
        scanned(qtbot, dialog)
        assert dialog.status.text() == "Cancelled: the results below are incomplete."
        click(qtbot, dialog.close_button)

    drive(monkeypatch, qtbot, steps)
    click(qtbot, scan_button(window))
    assert block(window, "model_inventory").editor.rows() == ()
    assert os.path.getsize(big) == 64 * 1024**3


def test_open_scan_dialog_is_only_on_the_inventory_question(qtbot: Any, window: Any) -> None:
    open_first(qtbot, window)
    window.assessment.controller.go_to("inventory")
    page = window.assessment.wizard.current_page()
    with_button = [qid for qid, b in page.blocks.items()
                   if any(p.text() == "Scan a model folder…" for p in b.findChildren(QPushButton))]
    assert with_button == ["model_inventory"]
    assert question.add_scan_action is not None
