"""The risks tab: live register and heat map, the answers behind a risk, measure plans."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

from app.core.answers import Answer
from app.ui.risks.measure_plan import MeasurePlanEditor
from tests.ui.helpers import choose


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
    assert risks.summary.text() == "Risks raised: 1. Highest level: High."
    assert risks.heat_map.cells[("likely", "significant")].text() == "1"
    detail = risks.detail.widget()
    texts = " ".join(label.text() for label in detail.findChildren(type(risks.summary)))
    assert "Where does the model run?" in texts
    assert "Through a third-party inference host" in texts
    assert "Rule: <code>deployment_mode ==" in texts  # the rule that raised it


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
    qtbot.keyClicks(plan.owner, "Ms Kim (CPO)")
    qtbot.keyClick(plan.owner, Qt.Key.Key_Tab)
    qtbot.keyClicks(plan.due.line, "2026.6.30")
    qtbot.keyClick(plan.due.line, Qt.Key.Key_Tab)
    plan.status.setCurrentIndex(plan.status.findData("in_progress"))
    stored = window.context.store.get_measure_plans(assessment.assessment_id)["host_dpa"]
    assert (stored.owner, stored.due_date, stored.status) == (
        "Ms Kim (CPO)", "2026-06-30", "in_progress")
    assert plan.due.text() == "2026-06-30"

    window.close_assessment()
    again = window.open_assessment(assessment.assessment_id) and window.assessment
    again.tabs.setCurrentWidget(again.risks)
    shown = again.risks.detail.widget().findChildren(MeasurePlanEditor)[0]
    assert shown.owner.text() == "Ms Kim (CPO)" and shown.status.currentData() == "in_progress"


def measure_plans(window: Any) -> list[MeasurePlanEditor]:
    return window.assessment.risks.detail.widget().findChildren(MeasurePlanEditor)


def test_an_untouched_measure_is_not_planned_yet_on_screen_and_in_the_report(
        qtbot: Any, window: Any) -> None:
    from app.reports.pdf import release
    from app.services.reporting import prepare_report

    assessment = open_assessment(window)
    assessment.controller.go_to("inventory")
    choose(qtbot, window, "deployment_mode", "third_party_host")
    assessment.tabs.setCurrentWidget(assessment.risks)
    plan = measure_plans(window)[0]
    assert plan.status.currentText() == "Not planned yet"
    assert plan.status.itemText(0) == "Not planned yet"  # the first step, then Planned...

    qtbot.keyClicks(plan.owner, "Ms Kim")  # naming an owner decides nothing about the status
    qtbot.keyClick(plan.owner, Qt.Key.Key_Tab)
    stored = window.context.store.get_measure_plans(assessment.assessment_id)["host_dpa"]
    assert (stored.owner, stored.status) == ("Ms Kim", "not_planned")

    assessment.flush()
    prepared = prepare_report(window.context.workspace, assessment.assessment_id, lang="en")
    release(prepared.worker_key)
    statuses = re.findall(r'<dd class="status [^"]*">([^<]*)</dd>', prepared.html)
    assert statuses and set(statuses) == {"Not planned yet"}  # host_dpa and the untouched one
