"""The Risks tab after an answer: rows and the open risk updated in place, not rebuilt."""

from __future__ import annotations

from typing import Any

from app.core.answers import Answer
from tests.ui.test_language import switch_language
from tests.ui.test_risks_view import open_assessment, register_titles

HOST_RISK = "The inference host receives personal data"


def shown_risks(window: Any) -> Any:
    assessment = open_assessment(window)
    assessment.controller.edit("deployment_mode", Answer("third_party_host"))
    assessment.tabs.setCurrentWidget(assessment.risks)
    assert register_titles(assessment.risks) == [HOST_RISK]
    return assessment


def test_an_answer_the_risk_reads_updates_the_open_risk_in_place(qtbot: Any,
                                                                  window: Any) -> None:
    assessment = shown_risks(window)
    risks = assessment.risks
    detail, row, reasons = risks.detail.widget(), risks.list.topLevelItem(0), \
        risks.detail.widget().reasons
    detail.rate.reason.setPlainText("Half typed")
    assessment.controller.edit("data_in_prompts", Answer(("health",)))  # read by its severity
    assert register_titles(risks) == [HOST_RISK]
    assert risks.detail.widget() is detail and risks.list.topLevelItem(0) is row
    assert detail.rate.reason.toPlainText() == "Half typed"  # nothing typed is lost
    assert detail.reasons is not reasons  # why it is raised changed, so it is written again
    assert "Health" in detail.reasons.sentences.text()


def test_an_answer_no_rule_reads_leaves_the_reasons_alone(qtbot: Any, window: Any) -> None:
    assessment = shown_risks(window)
    reasons = assessment.risks.detail.widget().reasons
    assessment.controller.edit("system_name", Answer("Ward assistant"))
    assert assessment.risks.detail.widget().reasons is reasons


def test_answers_changed_while_hidden_show_when_the_tab_comes_back(qtbot: Any,
                                                                  window: Any) -> None:
    assessment = shown_risks(window)
    detail = assessment.risks.detail.widget()
    assessment.tabs.setCurrentWidget(assessment.wizard)
    assessment.controller.edit("deployment_mode", Answer("on_premises"))
    assessment.tabs.setCurrentWidget(assessment.risks)
    assert register_titles(assessment.risks) == []
    assert assessment.risks.detail.widget() is not detail  # that risk is no longer raised


def test_a_language_change_still_writes_everything_again(qtbot: Any, window: Any) -> None:
    assessment = shown_risks(window)
    row = assessment.risks.list.topLevelItem(0)
    switch_language(qtbot, window, "ko")
    assert window.assessment.risks.list.topLevelItem(0) is not row


def test_the_heat_map_and_counts_change_their_numbers_not_their_widgets(qtbot: Any,
                                                                      window: Any) -> None:
    assessment = shown_risks(window)
    risks = assessment.risks
    heat_map, strip = risks.maps.heat_map, risks.summary
    cells, counts = dict(heat_map.cells), dict(strip.cells)
    assert sum(int(cell.text() or 0) for cell in cells.values()) == 1
    assessment.controller.edit("hash_pinned", Answer("no"))  # raises a second risk
    assert len(register_titles(risks)) == 2
    assert heat_map.cells == cells and strip.cells == counts  # the same widgets ...
    assert sum(int(cell.text() or 0) for cell in cells.values()) == 2  # ... new numbers
    assert sum(int(c.text()) for c in counts.values() if c.text() != "·") == 6  # 2 x 3 stages
    assert any("risks here: 2" in c.accessibleName() or "risks here: 1" in c.accessibleName()
               for c in cells.values())
    switch_language(qtbot, window, "ko")
    korean = window.assessment.risks.maps.heat_map
    assert all("위험" in cell.accessibleName() or "위험" in cell.toolTip()
               for cell in korean.cells.values())
