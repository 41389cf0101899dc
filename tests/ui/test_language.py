"""The interface language: Qt translations for the interface, the pack's texts for questions."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from app.core.answers import Answer
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
    file_title = {"en": "&File", "ko": "파일(&F)", "fr": "&Fichier", "it": "&File",
                  "pt-BR": "&Arquivo"}[language]
    qtbot.waitUntil(lambda: window.menu_actions.menus["file"].title() == file_title)
    tools = {"en": "&Tools", "ko": "도구(&T)", "fr": "&Outils", "it": "S&trumenti",
             "pt-BR": "&Ferramentas"}[language]  # Italian's "File" is the English word
    qtbot.waitUntil(lambda: window.menu_actions.menus["tools"].title() == tools)


def test_switching_to_korean_changes_the_interface_but_not_the_assessment(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    record = window.context.workspace.new_assessment("Hanbit", "Bot", language="en")
    window.home.reload()
    window.open_assessment(record.id)
    assert block(window, "system_name").title.text() == "What is the AI system called? *"
    assert window.menu_actions.menus["file"].title() == "&File"
    assert window.assessment.language_button.text() == "Questions in English…"

    switch_language(qtbot, window, "ko")
    assert window.menu_actions.menus["file"].title() == "파일(&F)"
    assert window.menu_actions.save.text() == "저장(&S)"
    assert window.assessment.tabs.tabText(1) == "위험(&K)"
    assert window.assessment.wizard.next_button.text() == "다음(&N)"
    # the assessment keeps its own language, and its header says which one it is
    assert block(window, "system_name").title.text() == "What is the AI system called? *"
    assert window.assessment.language_button.text() == "질문 언어: English…"
    assert window.context.workspace.store.get_assessment(record.id).language == "en"
    window.close_assessment()
    assert window.home.table.headerItem().text(0) == "고객사"
    window.open_assessment(record.id)  # reopened: still the assessment's language
    assert block(window, "system_name").title.text() == "What is the AI system called? *"
    window.close_assessment()

    switch_language(qtbot, window, "en")
    assert window.menu_actions.menus["file"].title() == "&File"
    assert window.home.table.headerItem().text(0) == "Client"


@pytest.mark.parametrize("confirm", [False, True])
def test_the_assessment_language_changes_only_on_purpose(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, confirm: bool) -> None:
    workspace = window.context.workspace
    record = workspace.new_assessment("Hanbit", "Bot", language="en")
    workspace.save_answer(workspace.open(record.id), "system_name", Answer("Note bot"))
    window.home.reload()
    window.open_assessment(record.id)
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.menu_actions.assessment_language.trigger()
    assert asked and asked[0].startswith("Switch this assessment from English to 한국어?")
    assert "Your answers are kept" in asked[0]
    title = block(window, "system_name").title.text()
    stored = window.context.workspace.store.get_assessment(record.id).language
    if not confirm:
        assert (title, stored) == ("What is the AI system called? *", "en")
        return
    assert (title, stored) == ("평가 대상 AI 시스템의 이름은 무엇입니까? *", "ko")
    assert block(window, "system_name").editor.field.text() == "Note bot"  # answers kept
    assert window.assessment.language_button.text() == "Questions in 한국어…"
    assert window.menu_actions.menus["file"].title() == "&File"  # the interface stays English
    window.close_assessment()
    window.open_assessment(record.id)
    assert block(window, "system_name").title.text().startswith("평가 대상 AI 시스템")


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


def accelerator(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("language", ["en", "ko"])
def test_menu_shortcut_letters_are_unique_in_every_language(
        qtbot: Any, window: Any, language: str) -> None:
    if language != "en":
        switch_language(qtbot, window, language)
    menus = window.menu_actions.menus
    titles = [accelerator(menu.title()) for menu in menus.values()]
    assert None not in titles and len(set(titles)) == len(titles), titles
    for name, menu in menus.items():
        letters = [accelerator(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [letter for letter in letters if letter]
        assert len(set(letters)) == len(letters), (name, [a.text() for a in menu.actions()])


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_window_title_names_the_app_once(qtbot: Any, opened: Any, language: str) -> None:
    if language != "en":
        switch_language(qtbot, opened, language)
    for title in (opened.windowTitle(), opened.close_assessment() and opened.windowTitle()):
        assert title.count("AIPIA") == 1
        assert title.endswith(" — AIPIA")  # so Linux and Windows do not add it a second time
    assert opened.windowTitle() == {"en": "AI privacy impact assessment — AIPIA",
                                    "ko": "AI 개인정보 영향평가 — AIPIA"}[language]


def test_a_text_the_pack_lacks_in_korean_shows_in_english_marked(
        qtbot: Any, tmp_path: Any, monkeypatch: Any, make_window: Any) -> None:
    from tests.ui.helpers import use_edited_demo_pack

    use_edited_demo_pack(
        tmp_path, monkeypatch, "context.yaml",
        "label: {en: What is the AI system called?, ko: 평가 대상 AI 시스템의 이름은 무엇입니까?}",
        "label: {en: What is the AI system called?}")  # a partial language loads (a warning)
    window = make_window()
    record = window.context.workspace.new_assessment("한빛의원", "요약", language="ko")
    window.home.reload()
    window.open_assessment(record.id)
    view = window.assessment
    view.controller.go_to(view.controller.pack.section_of["system_name"])
    labels = [label.text() for label in view.wizard.current_page().findChildren(QLabel)]
    assert any(text.startswith("What is the AI system called? (en)") for text in labels), labels
    assert any("시스템의 이용 목적" in text for text in labels)  # the rest is Korean, unmarked
    assert not any("목적은 무엇이며, 왜 AI가 필요합니까? (" in text for text in labels)
