"""The wizard's layout at a small window size: nothing scrolls sideways, is cut off or jumps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app import paths
from tests.conftest import REPO_ROOT
from tests.ui.helpers import block, choose, use_edited_demo_pack

SMALL = (1024, 700)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def clipped(widget: QWidget) -> list[str]:
    """Labels and buttons under ``widget`` whose text does not fit the space they have."""
    found = []
    for label in widget.findChildren(QLabel):
        if not label.isVisibleTo(widget) or not label.text():
            continue
        if label.wordWrap():
            short = label.heightForWidth(label.width()) - label.height()
        else:
            short = label.sizeHint().width() - label.width()
        if short > 1:
            found.append(f"{label.text()[:60]!r} needs {short}px more")
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and button.text() and \
                button.sizeHint().width() > button.width() + 1:
            found.append(f"button {button.text()[:60]!r} is cut off")
    return found


@pytest.mark.parametrize("language", ["en", "ko"])
def test_no_page_of_the_built_in_pack_scrolls_sideways_or_cuts_text_at_1024x700(
        monkeypatch: pytest.MonkeyPatch, make_window: Any, language: str) -> None:
    from app.services.demo import demo_assessment

    monkeypatch.setattr(paths, "questionnaires_dir", lambda: REPO_ROOT / "questionnaires")
    window = make_window()
    window.context.set_language(language)
    record = demo_assessment(window.context.workspace, language)  # follow-ups shown too
    window.context.workspace.store.update_assessment(record.id, language=language)
    window.resize(*SMALL)
    window.open_assessment(record.id)
    settle()
    assert (window.width(), window.height()) == SMALL
    wizard = window.assessment.wizard
    problems = []
    for section in window.assessment.controller.session.visible_sections():
        window.assessment.controller.go_to(section.id)
        settle()
        page = wizard.current_page()
        if page.horizontalScrollBar().isVisible():
            problems.append(f"{section.id}: scrolls sideways")
        problems += [f"{section.id}: {text}" for text in clipped(page.widget())]
    assert not problems, "\n".join(problems)


def screen_y(widget: QWidget, window: Any) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def test_answering_does_not_move_the_choices_under_the_pointer(qtbot: Any, opened: Any) -> None:
    opened.assessment.controller.go_to("screening")
    settle()
    boxes = block(opened, "dpia_screening").editor.boxes
    before = {cid: screen_y(box, opened) for cid, box in boxes.items()}
    choose(qtbot, opened, "dpia_screening", "scoring")  # "Clear" appears beside the question
    settle()
    assert not block(opened, "dpia_screening").clear_button.isHidden()
    assert {cid: screen_y(box, opened) for cid, box in boxes.items()} == before


@pytest.fixture
def pack_with_a_question_above(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """demo-small, with a question shown above the one that makes it appear."""
    above = (
        "      - id: full_log_reason\n"
        "        type: long_text\n"
        "        show_if: prompt_logging == 'full'\n"
        "        label: {en: Why are prompts logged in full?, ko: 전부 기록하는 이유는?}\n"
    )
    marker = "    questions:\n      - id: data_in_prompts\n"
    use_edited_demo_pack(tmp_path, monkeypatch, "data_flows.yaml", marker,
                         "    questions:\n" + above + "      - id: data_in_prompts\n")


@pytest.mark.usefixtures("pack_with_a_question_above")
def test_a_question_appearing_above_does_not_push_the_answered_one_away(
        qtbot: Any, window: Any) -> None:
    record = window.context.workspace.new_assessment("Hanbit", "Bot", language="en")
    window.home.reload()
    window.resize(*SMALL)
    window.open_assessment(record.id)
    window.assessment.controller.go_to("flows")
    choose(qtbot, window, "data_in_prompts", "health")
    settle()
    page = window.assessment.wizard.current_page()
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    settle()
    logging = block(window, "prompt_logging")
    before = screen_y(logging.editor.buttons["full"], window)
    choose(qtbot, window, "prompt_logging", "full")
    settle()
    assert not block(window, "full_log_reason").isHidden()  # it appeared above...
    assert screen_y(logging.editor.buttons["full"], window) == before  # ...nothing moved


def test_the_progress_count_is_never_drawn_under_the_bar_fill(qtbot: Any, opened: Any) -> None:
    wizard = opened.assessment.wizard
    block(opened, "system_name").editor.field.setFocus()
    qtbot.keyClicks(block(opened, "system_name").editor.field, "Bot")
    assert wizard.progress_label.text() == "1 of 12 answered"
    assert wizard.progress_label.isVisible() and not wizard.progress.isTextVisible()
    bar = wizard.progress.geometry()
    label = wizard.progress_label.geometry()
    assert not bar.intersects(label)
