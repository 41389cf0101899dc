"""The interface language: Qt translations for the interface, the pack's texts for questions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from app.ui.settings_dialog import SettingsDialog
from tests.ui.helpers import block, click


def switch_language(qtbot: Any, window: Any, language: str) -> None:
    """Tools > Preferences, pick the language, OK."""
    window.menu_actions.preferences.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    assert not dialog.isVisible()
    file_title = {"en": "&File", "ko": "파일(&F)"}[language]
    qtbot.waitUntil(lambda: window.menu_actions.menus["file"].title() == file_title)


def test_switching_to_korean_changes_the_interface_and_the_questions(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    record = window.context.workspace.new_assessment("Hanbit", "Bot", language="en")
    window.home.reload()
    window.open_assessment(record.id)
    assert block(window, "system_name").title.text() == "What is the AI system called? *"
    assert window.menu_actions.menus["file"].title() == "&File"

    switch_language(qtbot, window, "ko")
    assert window.menu_actions.menus["file"].title() == "파일(&F)"
    assert window.menu_actions.save.text() == "저장(&S)"
    assert window.assessment.tabs.tabText(1) == "위험(&K)"
    assert window.assessment.wizard.next_button.text() == "다음(&N)"
    assert block(window, "system_name").title.text() == (
        "평가 대상 AI 시스템의 이름은 무엇입니까? *")
    radio = block(window, "affected_people").toggles.boxes["unknown"]
    assert radio.text() == "모름"
    window.close_assessment()
    assert window.home.table.headerItem().text(0) == "고객사"
    assert window.windowTitle() == "AIPIA — AI 개인정보 영향평가"

    switch_language(qtbot, window, "en")
    assert window.menu_actions.menus["file"].title() == "&File"
    assert window.home.table.headerItem().text(0) == "Client"


def test_the_chosen_language_is_remembered(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    switch_language(qtbot, window, "ko")
    window.close()
    window.context.close()
    again = make_window()
    assert again.context.language == "ko"
    assert again.menu_actions.menus["help"].title() == "도움말(&H)"
    assert again.home.new_button.text() == "새 평가(&N)…"


def test_a_korean_assessment_shows_korean_questions_under_an_english_interface(
        make_window: Any) -> None:
    window = make_window()
    record = window.context.workspace.new_assessment("Hanbit", "Bot", language="ko")
    window.home.reload()
    window.open_assessment(record.id)
    assert window.menu_actions.menus["file"].title() == "&File"
    assert block(window, "system_name").title.text().startswith("평가 대상 AI 시스템")
