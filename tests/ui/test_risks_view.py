"""The risks tab: live register and heat map, the answers behind a risk, measure plans."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

from app.core.answers import Answer
from app.ui.risks.measure_plan import MeasurePlanEditor
from app.ui.risks.reasons import ReasonsPanel
from tests.ui.helpers import choose
from tests.ui.test_language import switch_language


def open_assessment(window: Any) -> Any:
    record = window.context.workspace.new_assessment("Hanbit", "Bot", language="en")
    window.home.reload()
    window.open_assessment(record.id)
    return window.assessment


def register_titles(view: Any) -> list[str]:
    return [view.list.topLevelItem(r).text(1) for r in range(view.list.topLevelItemCount())]


def test_risks_follow_the_answers_live(qtbot: Any, window: Any) -> None:
    assessment = open_assessment(window)
    risks = assessment.risks
    assessment.tabs.setCurrentWidget(risks)
    assert register_titles(risks) == []
    assert risks.summary.text() == "No risk is raised by the answers so far."
    assessment.tabs.setCurrentWidget(assessment.wizard)
    assessment.controller.go_to("inventory")
    choose(qtbot, window, "deployment_mode", "third_party_host")
    assessment.tabs.setCurrentWidget(risks)
    assert register_titles(risks) == ["The inference host receives personal data"]
    assert risks.summary.text() == "Risks raised: 1. Highest level today: High."
    assert risks.heat_map.cells[("likely", "significant")].text() == "1"
    reasons = risks.detail.widget().findChild(ReasonsPanel)
    assert "You answered ‘<b>Through a third-party inference host</b>’ to “Where does the " \
           "model run?”." in reasons.sentences.text()


def test_the_reasons_are_sentences_and_the_rule_is_folded_for_auditors(
    qtbot: Any, window: Any
) -> None:
    assessment = open_assessment(window)
    assessment.controller.edit("deployment_mode", Answer("third_party_host"))
    assessment.controller.edit("hash_pinned", Answer("no"))
    assessment.tabs.setCurrentWidget(assessment.risks)
    risks = assessment.risks
    item = next(risks.list.topLevelItem(r) for r in range(risks.list.topLevelItemCount())
                if risks.list.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole)
                == "unverified_weights")
    risks.list.setCurrentItem(item)
    panel = risks.detail.widget().findChild(ReasonsPanel)
    shown = panel.sentences
    assert shown.isVisible()
    assert "You answered ‘<b>No</b>’ to “Are model weights checked" in shown.text()
    assert "hash_pinned" not in shown.text() and "<code>" not in shown.text()
    # the rule and the answers' ids are there for auditors, folded away
    assert not panel.details.isVisible()
    assert panel.fold.text() == "Details for auditors"
    qtbot.mouseClick(panel.fold, Qt.MouseButton.LeftButton)
    assert panel.details.isVisible()
    assert "Rule: <code>hash_pinned in [" in panel.details.text()
    assert "<code>[hash_pinned]</code>" in panel.details.text()
    qtbot.keyClick(panel.fold, Qt.Key.Key_Space)  # folds again from the keyboard
    assert not panel.details.isVisible()


def test_the_risk_view_updates_while_it_is_shown(qtbot: Any, window: Any) -> None:
    assessment = open_assessment(window)
    assessment.tabs.setCurrentWidget(assessment.risks)
    assessment.controller.edit("deployment_mode", Answer("third_party_host"))
    assert register_titles(assessment.risks) == ["The inference host receives personal data"]


def test_measure_plans_are_saved_and_shown_again(qtbot: Any, window: Any) -> None:
    assessment = open_assessment(window)
    assessment.controller.go_to("inventory")
    choose(qtbot, window, "deployment_mode", "third_party_host")
    assessment.tabs.setCurrentWidget(assessment.risks)
    plans = assessment.risks.detail.widget().findChildren(MeasurePlanEditor)
    assert [p.measure_id for p in plans] == ["host_dpa", "use_safetensors"]
    plan = plans[0]
    qtbot.mouseClick(plan.owner, Qt.MouseButton.LeftButton)  # the fields follow the reasons' fold
    qtbot.keyClicks(plan.owner, "Ms Kim (CPO)")
    qtbot.keyClick(plan.owner, Qt.Key.Key_Tab)
    qtbot.keyClicks(plan.due.line, "2026.6.30")
    qtbot.keyClick(plan.due.line, Qt.Key.Key_Tab)
    plan.status.setCurrentIndex(plan.status.findData("in_progress"))
    stored = window.context.workspace.store.get_measure_plans(assessment.assessment_id)["host_dpa"]
    assert (stored.owner, stored.due_date, stored.status) == (
        "Ms Kim (CPO)", "2026-06-30", "in_progress")
    assert plan.due.text() == "2026-06-30"

    window.close_assessment()
    again = window.open_assessment(assessment.assessment_id) and window.assessment
    again.tabs.setCurrentWidget(again.risks)
    shown = again.risks.detail.widget().findChildren(MeasurePlanEditor)[0]
    assert shown.owner.text() == "Ms Kim (CPO)" and shown.status.currentData() == "in_progress"


def test_a_korean_assessment_reads_its_reasons_in_korean(qtbot: Any, window: Any) -> None:
    switch_language(qtbot, window, "ko")
    record = window.context.workspace.new_assessment("한빛", "상담봇", language="ko")
    window.home.reload()
    window.open_assessment(record.id)
    assessment = window.assessment
    assessment.controller.edit("deployment_mode", Answer("third_party_host"))
    assessment.tabs.setCurrentWidget(assessment.risks)
    panel = assessment.risks.detail.widget().findChild(ReasonsPanel)
    assert "“모델은 어디에서 실행됩니까?”에 대한 응답은 ‘<b>" in panel.sentences.text()
    assert panel.fold.text() == "감사용 세부 정보"
    assert not panel.details.isVisible()


def measure_plans(window: Any) -> list[MeasurePlanEditor]:
    return window.assessment.risks.detail.widget().findChildren(MeasurePlanEditor)


def test_an_untouched_measure_is_not_planned_yet_on_screen_and_in_the_report(
        qtbot: Any, window: Any) -> None:
    from app.services.reporting import discard_report, prepare_report

    assessment = open_assessment(window)
    assessment.controller.go_to("inventory")
    choose(qtbot, window, "deployment_mode", "third_party_host")
    assessment.tabs.setCurrentWidget(assessment.risks)
    plan = measure_plans(window)[0]
    assert plan.status.currentText() == "Not planned yet"
    assert plan.status.itemText(0) == "Not planned yet"  # the first step, then Planned...

    qtbot.mouseClick(plan.owner, Qt.MouseButton.LeftButton)  # the fields follow the reasons' fold
    qtbot.keyClicks(plan.owner, "Ms Kim")  # naming an owner decides nothing about the status
    qtbot.keyClick(plan.owner, Qt.Key.Key_Tab)
    stored = window.context.workspace.store.get_measure_plans(assessment.assessment_id)["host_dpa"]
    assert (stored.owner, stored.status) == ("Ms Kim", "not_planned")

    assessment.flush()
    prepared = prepare_report(window.context.workspace, assessment.assessment_id, lang="en")
    discard_report(prepared)
    statuses = re.findall(r'<dd class="status [^"]*">([^<]*)</dd>', prepared.html)
    assert statuses and set(statuses) == {"Not planned yet"}  # host_dpa and the untouched one
