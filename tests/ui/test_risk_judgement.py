"""The Risks tab's judgement: rating, refusals, acceptance policy, plans, history, your name."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app import paths
from app.core.answers import Answer
from app.ui.risks.detail import RiskDetail
from tests.ui.conftest import DEMO_PACK
from tests.ui.helpers import click, type_into
from tests.ui.test_language import switch_language

RISK = "host_sees_prompts"  # likely x significant (High); two must measures; residual remote
POLICY = """
acceptance:
  roles:
    - id: owner
      label: {en: Risk owner, ko: 위험 책임자}
    - id: privacy_officer
      label: {en: Privacy officer, ko: 개인정보 보호책임자}
  levels:
    high:
      allowed: false
      notice: {en: Reduce it further or avoid it., ko: 더 낮추거나 회피하십시오.}
    medium:
      by: [privacy_officer]
      notice: {en: Consult the authority first (GDPR Art. 36)., ko: 감독기관과 먼저 협의하십시오.}
"""


@pytest.fixture
def policy_pack(fixture_pack_as_builtin: Path, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Path:
    """demo-small with an acceptance policy: High cannot be accepted, Medium by the DPO only."""
    folder = tmp_path / "builtin-packs"
    shutil.copytree(DEMO_PACK, folder / "demo-small")
    with (folder / "demo-small" / "pack.yaml").open("a", encoding="utf-8") as handle:
        handle.write(POLICY)
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: folder)
    return folder


def open_risks(window: Any, language: str = "en") -> Any:
    """A new assessment raising RISK, its Risks tab shown."""
    record = window.context.workspace.new_assessment("Hanbit", "Bot", language=language)
    window.home.reload()
    window.open_assessment(record.id)
    assessment = window.assessment
    assessment.controller.edit("deployment_mode", Answer("third_party_host"))
    assessment.tabs.setCurrentWidget(assessment.risks)
    return assessment.risks


def detail(risks: Any) -> RiskDetail:
    shown = risks.detail.widget()
    assert isinstance(shown, RiskDetail) and shown.risk_id == RISK
    return shown


def row(risks: Any, risk_id: str = RISK) -> list[str]:
    """The list row of ``risk_id``: before measures, risk, today, with the plan."""
    item = next(risks.list.topLevelItem(r) for r in range(risks.list.topLevelItemCount())
                if risks.list.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole) == risk_id)
    return [item.text(column) for column in range(4)]


def pick(qtbot: Any, combo: QComboBox, value: str | None) -> None:
    """Choose the item holding ``value`` from the keyboard, as a user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def sign(qtbot: Any, shown: RiskDetail, name: str = "Kim Haneul") -> None:
    type_into(qtbot, shown.judging.name.line, name)


def judgement(window: Any, risks: Any) -> Any:
    return window.context.workspace.store.get_judgements(
        risks.controller.opened.record.id).get(RISK)


def test_rating_a_risk_moves_it_on_the_map_and_in_the_list(qtbot: Any, window: Any) -> None:
    risks = open_risks(window)
    assert row(risks) == ["High", "The inference host receives personal data", "High", "High"]
    risks.maps.select("inherent")
    assert risks.heat_map.cells[("likely", "significant")].text() == "1"
    shown = detail(risks)
    sign(qtbot, shown)
    rate = shown.rate
    assert rate.likelihood.itemText(0) == "Keep the rules' step (Likely)"
    pick(qtbot, rate.likelihood, "remote")
    type_into(qtbot, rate.reason, "Only two staff can reach the host; it is logged.")
    click(qtbot, rate.save_button)

    assert risks.heat_map.cells[("likely", "significant")].text() == ""
    assert risks.heat_map.cells[("remote", "significant")].text() == "1"
    assert row(risks)[0] == "Medium"
    assert detail(risks).positions.chips["inherent"].text() == "Medium"
    assert "the rules say High (Likely × Significant)" in detail(risks).positions.rules.text()
    saved = judgement(window, risks).rating
    assert (saved.likelihood, saved.severity, saved.by) == ("remote", None, "Kim Haneul")


def test_a_rating_without_justification_is_refused_and_nothing_is_lost(
        qtbot: Any, window: Any) -> None:
    risks = open_risks(window)
    shown = detail(risks)
    sign(qtbot, shown)
    pick(qtbot, shown.rate.severity, "severe")
    click(qtbot, shown.rate.save_button)
    assert shown.rate.message.isVisible()
    assert shown.rate.message.text() == (
        "Not saved: give a justification for the rating: why the likelihood or severity is "
        "not what the rules say")
    assert shown.rate.reason.property("invalid") and shown.rate.reason.hasFocus()
    assert shown.rate.severity.currentData() == "severe"  # what was chosen stays
    assert judgement(window, risks) is None
    assert row(risks)[0] == "High"
    type_into(qtbot, shown.rate.reason, "Health data reaches the host.")
    click(qtbot, shown.rate.save_button)  # fixed: saved, the mark and the message go
    assert not shown.rate.message.isVisible() and not shown.rate.reason.property("invalid")
    assert row(risks)[0] == "Critical"


def test_a_refusal_speaks_the_interface_language(qtbot: Any, window: Any) -> None:
    switch_language(qtbot, window, "fr")
    risks = open_risks(window)
    shown = detail(risks)
    shown.tabs.setCurrentWidget(shown.treatment)
    pick(qtbot, shown.treatment.choice, "avoid")
    type_into(qtbot, shown.treatment.reason, "Nous changeons d'hebergeur.")
    click(qtbot, shown.treatment.save_button)  # no name given
    assert shown.treatment.message.text().startswith("Non enregistré")
    assert "indiquez qui" in shown.treatment.message.text()
    assert shown.judging.name.line.property("invalid")
    assert shown.treatment.reason.toPlainText() == "Nous changeons d'hebergeur."
    assert judgement(window, risks) is None


def test_changing_a_measure_status_updates_with_the_plan_at_once(
        qtbot: Any, window: Any) -> None:
    risks = open_risks(window)
    shown = detail(risks)
    assert shown.positions.holding.text().startswith(
        "Kept at High with the plan by measures nobody plans: ")
    editor = next(e for e in shown.measures if e.measure_id == "host_dpa")
    assert "Nobody plans it" in editor.state.text()
    pick(qtbot, editor.status, "planned")

    assert risks.detail.widget() is shown  # updated in place, not rebuilt
    assert shown.positions.chips["target"].text() == "Medium"
    assert shown.positions.chips["current"].text() == "High"
    assert row(risks)[2:] == ["High", "Medium"]
    assert "Nobody plans it" not in editor.state.text()
    assert "Key measure" in editor.state.text()
    assert not shown.positions.holding.text().startswith("Kept at High with the plan")
    risks.maps.select("target")
    assert risks.heat_map.cells[("possible", "significant")].text() == "1"
    assert risks.summary.cells[("target", "medium")].text() == "1"


def test_acceptance_follows_the_policy(qtbot: Any, policy_pack: Path, window: Any) -> None:
    risks = open_risks(window)
    shown = detail(risks)
    accept = shown.acceptance
    shown.tabs.setCurrentWidget(accept)
    assert not accept.save_button.isEnabled()
    assert accept.blocked.text() == ("A residual High risk cannot be accepted under the "
                                     "questionnaire's policy. Reduce it further or avoid it.")
    assert accept.role.count() == 0

    editor = next(e for e in shown.measures if e.measure_id == "host_dpa")
    pick(qtbot, editor.status, "planned")  # with the plan it is Medium: the DPO may accept it
    assert accept.save_button.isEnabled() and not accept.blocked.isVisible()
    assert [accept.role.itemText(i) for i in range(accept.role.count())] == ["Privacy officer"]
    sign(qtbot, shown, "Park (DPO)")
    type_into(qtbot, accept.accepted_by, "Park Jiwoo")
    type_into(qtbot, accept.note, "Authority consulted on 2026-11-30.")
    click(qtbot, accept.save_button)
    assert accept.notice.isVisible()
    assert accept.notice.text() == "Consult the authority first (GDPR Art. 36)."
    saved = judgement(window, risks).acceptance
    assert (saved.accepted_by, saved.role, saved.level) == ("Park Jiwoo", "privacy_officer",
                                                            "medium")
    assert accept.saved_line.text().startswith("Accepted by Park Jiwoo (Privacy officer) on ")


def test_the_history_lists_what_was_set_and_cleared(qtbot: Any, window: Any) -> None:
    risks = open_risks(window)
    shown = detail(risks)
    sign(qtbot, shown)
    shown.tabs.setCurrentWidget(shown.treatment)
    pick(qtbot, shown.treatment.choice, "transfer")
    type_into(qtbot, shown.treatment.reason, "The host's contract covers it.")
    click(qtbot, shown.treatment.save_button)
    assert shown.treatment.clear_button.isEnabled()
    click(qtbot, shown.treatment.clear_button)
    assert judgement(window, risks) is None or judgement(window, risks).treatment is None
    history = shown.history
    shown.tabs.setCurrentWidget(history)
    entries = [(history.topLevelItem(r).text(1), history.topLevelItem(r).text(2))
               for r in range(history.topLevelItemCount())]
    assert entries == [("Kim Haneul", "Treatment set: Transfer — The host's contract covers it."),
                       ("Kim Haneul", "Treatment cleared")]
    assert not shown.treatment.clear_button.isEnabled()


def test_your_name_is_remembered(qtbot: Any, make_window: Any, isolated_data_dir: Path) -> None:
    window = make_window()
    risks = open_risks(window)
    sign(qtbot, detail(risks), "Kim Haneul")
    window.close_assessment()
    window.close()
    again = make_window(isolated_data_dir)
    again.open_assessment(1)
    again.assessment.tabs.setCurrentWidget(again.assessment.risks)
    assert detail(again.assessment.risks).judging.name.text() == "Kim Haneul"


ASSESSOR_RATED = """\
  - id: partners_read_prompts
    title: {en: Partners read the prompts, ko: 파트너가 프롬프트를 읽을 위험}
    description: {en: Two partners see every prompt., ko: 두 파트너가 모든 프롬프트를 봅니다.}
    when: answered(system_name)
    rated_by: assessor
    measures: [transfer_basis]
  - id: transfer_abroad
"""


@pytest.fixture
def assessor_rated(policy_pack: Path) -> Path:
    """A risk the pack leaves to the assessor to rate (no level rules)."""
    path = policy_pack / "demo-small" / "data_flows.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: transfer_abroad\n", ASSESSOR_RATED, 1),
                    encoding="utf-8")
    return policy_pack


def test_a_risk_to_be_rated_comes_first_off_the_maps_until_rated(
        qtbot: Any, assessor_rated: Path, window: Any) -> None:
    risks = open_risks(window)
    risks.controller.edit("system_name", Answer("Clinic notes helper"))
    first = risks.list.topLevelItem(0)
    assert first.data(0, Qt.ItemDataRole.UserRole) == "partners_read_prompts"
    assert row(risks, "partners_read_prompts")[0::2] == ["To be rated", "To be rated"]
    counted = sum(int(cell.text() or 0) for cell in risks.heat_map.cells.values())
    assert counted == risks.list.topLevelItemCount() - 1
    assert risks.summary.counts.text().startswith("To be rated: 1")
    risks.list.setCurrentItem(first)
    shown = risks.detail.widget()
    assert shown.positions.chips["target"].text() == "To be rated"
    assert not shown.acceptance.save_button.isEnabled()
    assert shown.acceptance.blocked.text().startswith("Rate the risk first")
    sign(qtbot, shown)
    assert shown.rate.likelihood.itemText(0) == "Choose a step"
    pick(qtbot, shown.rate.likelihood, "possible")
    type_into(qtbot, shown.rate.reason, "Both partners read every prompt.")
    click(qtbot, shown.rate.save_button)  # one axis is not enough for such a risk
    assert shown.rate.severity.property("invalid")
    pick(qtbot, shown.rate.severity, "limited")
    click(qtbot, shown.rate.save_button)
    assert row(risks, "partners_read_prompts")[0] == "Medium"
    assert sum(int(cell.text() or 0) for cell in risks.heat_map.cells.values()) == counted + 1
