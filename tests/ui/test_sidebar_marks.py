"""The section list writes again only the marks that changed (each written row is laid out)."""

from __future__ import annotations

from typing import Any

from app.core.answers import Answer


def rows_written(sidebar: Any, action: Any) -> int:
    written: list[object] = []
    sidebar.model().dataChanged.connect(lambda *args: written.append(args))
    action()
    return len(written)


def test_going_to_another_section_rewrites_no_mark(opened: Any) -> None:
    wizard = opened.assessment.wizard
    sections = wizard.sidebar.section_ids()
    controller = opened.assessment.controller
    states: list[str] = []
    original = controller.section_state
    controller.section_state = lambda s: states.append(s) or original(s)
    assert rows_written(wizard.sidebar, lambda: controller.go_to(sections[1])) == 0
    assert states == []  # no mark worked out again: going somewhere changes no answer
    assert wizard.sidebar.currentItem() is wizard.sidebar.items[sections[1]]


def test_an_answer_rewrites_the_mark_of_its_section_only(opened: Any) -> None:
    controller, sidebar = opened.assessment.controller, opened.assessment.wizard.sidebar
    section = controller.current_section
    before = sidebar.items[section].toolTip(0)
    question = controller.pack.sections[section].questions[0].id
    written = rows_written(sidebar, lambda: controller.edit(question, Answer("Ward assistant")))
    assert 1 <= written <= 2  # its icon and its tooltip
    assert sidebar.items[section].toolTip(0) != before == "Not started"
