"""The evidence tab and the review's refusals follow the interface language as it changes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.ui.helpers import click
from tests.ui.review_helpers import capture_warnings, import_with_a_wrong_passphrase


def target_texts(panel: Any) -> list[str]:
    return [panel.target.itemText(i) for i in range(panel.target.count())]


def test_the_evidence_targets_follow_the_interface_language(opened: Any, qtbot: Any) -> None:
    panel = opened.assessment.evidence
    assert target_texts(panel)[0] == "The whole assessment"
    panel.choose_target("section", "flows")
    english = panel.target.currentText()
    assert english.startswith("Section: ")

    opened.context.set_language("fr")
    qtbot.waitUntil(lambda: target_texts(panel)[0] == "Toute l'analyse")
    assert panel.current_target() == ("section", "flows")  # the choice is kept
    assert panel.target.currentText() == english.replace("Section: ", "Section : ")
    assert not any(t.strip().startswith(("Section: ", "Answer: ", "Measure: "))
                   for t in target_texts(panel))

    opened.context.set_language("ko")
    qtbot.waitUntil(lambda: target_texts(panel)[0] == "평가 전체")
    assert panel.current_target() == ("section", "flows")
    assert len(target_texts(panel)) == len(set(target_texts(panel)))  # filled once, not twice


def test_the_evidence_targets_follow_the_assessment_language(opened: Any) -> None:
    view = opened.assessment
    pack = view.controller.pack
    title = pack.sections["flows"].title
    assert view.change_language("ko")
    view.evidence.choose_target("section", "flows")
    assert view.evidence.target.currentText().endswith(pack.text(title, "ko"))
    assert pack.text(title, "ko") != pack.text(title, "en")


def test_a_refused_file_is_said_in_the_interface_language(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.context.set_language("fr")
    real = tmp_path / "notes.txt"
    real.write_text("notes")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    warnings = capture_warnings(monkeypatch)
    assert opened.assessment.evidence.attach([link, tmp_path]) == []
    assert "link.txt est un lien symbolique, pas un fichier : joignez le fichier lui-même" \
        in warnings[0]
    assert "est un dossier, pas un fichier" in warnings[0]
    assert " is a " not in warnings[0]


def test_a_wrong_passphrase_is_said_in_the_interface_language(
    opened: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = make_window(tmp_path / "second")
    second.context.set_language("pt-BR")
    package, warnings = import_with_a_wrong_passphrase(opened, second, tmp_path, monkeypatch)
    assert warnings == [f"{package}: não pode ser descriptografado: a frase secreta está "
                        "errada, ou o arquivo foi alterado depois de escrito (basta um byte "
                        "alterado)"]
    assert second.context.workspace.list_assessments() == []


def test_the_comparison_says_its_words_in_the_interface_language(opened: Any, qtbot: Any) -> None:
    view = opened.assessment
    workspace = opened.context.workspace
    workspace.set_my_name("J. Lee")
    workspace.set_status(view.assessment_id, "in_review")
    workspace.set_status(view.assessment_id, "approved", comment="Fine")
    click(qtbot, view.lock_banner.button)  # a new revision
    measure = next(iter(view.controller.pack.measures))
    workspace.plan_measure(view.controller.opened, measure, status="in_progress", owner="CISO")
    opened.context.set_language("ko")
    opened.menu_actions.compare.trigger()
    rows = opened.dialog.rows()
    plan = [row for row in rows if "CISO" in row[2]]
    assert plan[0][1:] == ["—", "진행 상태: 진행 중; 담당자: CISO"]
    assert opened.dialog.before.currentText().startswith("개정판 1")
