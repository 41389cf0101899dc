"""The template context: plain data that explains every risk, in the report's language."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.reports.context import ReportSource, build_context
from app.reports.sandbox import check_plain
from app.reports.templates import get_template, words_for
from app.services.branding import branding_for_report
from app.services.workspace import Workspace


def context_for(ws: Workspace, assessment_id: int, lang: str = "en") -> dict[str, Any]:
    opened = ws.open(assessment_id)
    source = ReportSource(
        record=opened.record,
        pack=opened.pack,
        session=opened.session,
        fingerprint="f" * 64,
        generated="2026-11-28",
        notes=opened.notes,
        plans=ws.store.get_measure_plans(assessment_id),
        branding=branding_for_report(ws),
        judgements=ws.store.get_judgements(assessment_id),
    )
    return build_context(source, lang, words_for(get_template("default"), lang))


@pytest.fixture
def context(workspace: Workspace, assessment_id: int) -> dict[str, Any]:
    return context_for(workspace, assessment_id)


def test_the_context_is_plain_json_data(context: dict[str, Any]) -> None:
    check_plain(context)
    assert json.loads(json.dumps(context)) == context


def test_cover_facts(context: dict[str, Any]) -> None:
    assert context["assessment"]["organisation"] == "Seoul Family Clinic"
    assert context["assessment"]["system"] == "Patient-note summariser"
    assert context["assessment"]["status"] == "in_review"
    assert context["pack"]["id"] == "org.aipia.test.demo-small"
    assert len(context["pack"]["hash"]) == 64
    assert context["branding"] == {"name": "", "colour": "#1d4e89", "logo": ""}


def test_each_risk_says_why_and_what_to_do(context: dict[str, Any]) -> None:
    risks = {r["id"]: r for r in context["risks"]}
    dpia = risks["dpia_required"]
    assert dpia["code"] == "R1" and dpia["level"]["id"] == "critical"
    assert dpia["rule"] == "count(dpia_screening) >= 2"
    assert dpia["level_rules"] == ["count(dpia_screening) >= 4"]
    assert [e["id"] for e in dpia["evidence"]] == ["dpia_screening"]
    assert "Sensitive or highly personal data" in dpia["evidence"][0]["answer"]
    assert [m["id"] for m in dpia["measures"]] == ["do_full_dpia"]
    logs = risks["unmanaged_prompt_logs"]
    states = {e["id"]: e["state"] for e in logs["evidence"]}
    assert states["prompt_logging"] == "unknown" and states["log_retention_days"] == "unanswered"
    assert dpia["cites"] and all(c["number"] >= 1 for c in dpia["cites"])


def sentence_text(parts: list[dict[str, str]]) -> str:
    return "".join(part["text"] for part in parts)


def test_each_risk_says_why_in_sentences(context: dict[str, Any]) -> None:
    risks = {r["id"]: r for r in context["risks"]}
    dpia = risks["dpia_required"]["reasons"]
    [why] = dpia["why"]
    assert sentence_text(why).startswith(
        "You selected 4 options for “Which of these describe the processing?” (the rule looks "
        "for 2 or more): ‘Sensitive or highly personal data’"
    )
    assert {"text": "Sensitive or highly personal data", "role": "answer"} in why
    [level] = dpia["levels"]
    assert sentence_text(level["heading"]) == "Why the likelihood is ‘Almost certain’:"
    pickle = risks["pickle_weights"]["reasons"]
    assert [sentence_text(s) for s in pickle["why"]] == [
        "1 of the 3 rows of “Which models does the system use?” matches (Weight format: "
        "‘Pickle (.bin/.pt/.ckpt)’): clinic-notes-lora-v2."
    ]
    assert {"text": "clinic-notes-lora-v2", "role": "row"} in pickle["why"][0]
    assert all(r["reasons"]["notice"] == "" for r in context["risks"])


def test_the_reasons_follow_the_report_language(
    workspace: Workspace, assessment_id: int
) -> None:
    korean = context_for(workspace, assessment_id, "ko")
    logs = next(r for r in korean["risks"] if r["id"] == "unmanaged_prompt_logs")
    assert [sentence_text(s) for s in logs["reasons"]["why"]] == [
        "“개인정보가 포함될 수 있는 프롬프트와 출력이 기록됩니까? 기록된다면 마스킹, 접근권한 "
        "제한, 보관기간이 정해져 있습니까?”에 대한 응답은 ‘모름’입니다."
    ]


def test_summary_counts_and_completion(context: dict[str, Any]) -> None:
    summary = context["summary"]
    assert summary["overall"]["id"] == "critical"
    assert summary["raised"] == len(context["risks"]) == 6
    for stage in ("inherent", "current", "target"):
        assert sum(c[stage] for c in summary["counts"]) == 6, stage
    assert [c["id"] for c in summary["counts"]] == ["critical", "high", "medium", "low"]
    assert summary["unknown"] == 1 and summary["unanswered"] == 1
    assert len(summary["top"]) == 5


def test_heat_map_cells_hold_counts_and_codes(context: dict[str, Any]) -> None:
    cells = [cell for row in context["matrix"]["cells"] for cell in row]
    for stage in ("inherent", "current", "target"):
        assert sum(cell[stage] for cell in cells) == 6, stage
        codes = sorted(code for cell in cells for code in cell[f"codes_{stage}"])
        assert codes == sorted(r["code"] for r in context["risks"]), stage


def test_action_plan_joins_measure_plans(context: dict[str, Any]) -> None:
    groups = {g["priority"]: g["measures"] for g in context["actions"]}
    assert list(groups) == ["must"]
    host = next(m for m in groups["must"] if m["id"] == "host_dpa")
    assert host["owner"].startswith("Kim Ji-won") and host["status"] == "in_progress"
    assert host["due"] == "2026-12-20" and host["risks"] == ["R2"]
    basis = next(m for m in groups["must"] if m["id"] == "transfer_basis")
    assert basis["status"] == "not_planned" and basis["owner"] == ""  # the one default


def test_answers_mark_unanswered_and_unknown(context: dict[str, Any]) -> None:
    questions = {
        q["id"]: q
        for module in context["answers"]["modules"]
        for section in module["sections"]
        for q in section["questions"]
    }
    assert questions["prompt_logging"]["state"] == "unknown"
    assert questions["prompt_logging"]["note"].startswith("The hosting contract")
    assert questions["last_review"]["state"] == "unanswered"
    assert questions["model_inventory"]["table"]["rows"][1][0] == "clinic-notes-lora-v2"
    assert "dpia_reason" not in questions  # hidden by its condition


def test_scope_is_the_declared_module(context: dict[str, Any]) -> None:
    scope = context["scope"]
    assert scope["covered"] is True and scope["title"] == "Context of the assessment"
    assert [q["id"] for q in scope["questions"]][:2] == ["system_name", "purpose"]


def test_models_and_flows(context: dict[str, Any]) -> None:
    models = context["models"]
    assert models["covered"] is True
    assert models["entries"][0]["title"] == "Llama-3.1-8B-Instruct"
    flows = context["flows"]
    assert flows["covered"] is True
    assert [r["recipient"] for r in flows["rows"]] == [
        "InferCloud Inc.", "Korea Health Records Co.", "EuroBackup GmbH",
    ]
    assert flows["rows"][0]["country"] == "US" and flows["rows"][0]["relationship"].startswith(
        "Processor"
    )
    # demo-small declares no home-country question: no flow can be called cross-border
    assert flows["cross_border"] == 0
    assert not any(r["cross_border"] for r in flows["recipients"])
    assert [s["label"] for s in flows["systems"]] == ["Patient-note summariser"]
    assert "Llama-3.1-8B-Instruct" in flows["systems"][0]["detail"]
    assert len(flows["sources"]) == 4  # each data category of the rows in its own box
    assert {e["to"][0] for e in flows["edges"]} == {"systems", "recipients"}


def test_references_are_numbered_in_order_of_citation(context: dict[str, Any]) -> None:
    refs = context["references"]
    assert [r["number"] for r in refs] == list(range(1, len(refs) + 1))
    gdpr = next(r for r in refs if r["key"] == "gdpr")
    assert gdpr["edition"] == "2016/679" and "Art. 35" in gdpr["parts"]


def test_korean_context(workspace: Workspace, assessment_id: int) -> None:
    context = context_for(workspace, assessment_id, "ko")
    assert context["risks"][0]["title"] == "정식 개인정보 영향평가가 필요함"
    assert context["summary"]["overall"]["label"] == "매우 높음"
    assert context["t"]["chapters"]["summary"] == "요약"


def test_the_pack_words_replace_the_templates_and_the_language_must_be_the_packs(
    workspace: Workspace, assessment_id: int
) -> None:
    from app.reports.errors import ReportError
    from tests.reports.other_packs import cnil_assessment

    french = context_for(workspace, cnil_assessment(workspace), "fr")
    assert french["t"]["cover"]["system"] == "Traitement évalué"  # report.wording.system_label
    assert french["t"]["doc_subtitle"] == "Méthode PIA de la CNIL"
    assert french["t"]["chapters"]["register"] == "Registre des risques"  # the template's
    assert set(french["signoff"]) == {"dpo_opinion", "validator", "decision", "consulted"}
    assert french["signoff"]["decision"]["answered"]
    assert french["show"] == {"scope": True, "models": False, "flows": True, "scores": True}
    plain = context_for(workspace, assessment_id)  # demo-small declares no sign-off role
    assert plain["signoff"] == {} and plain["t"]["doc_subtitle"] == ""
    assert plain["t"]["cover"]["system"] == "System assessed"
    with pytest.raises(ReportError, match=r"has no 'fr' text \(its languages: en, ko\)"):
        context_for(workspace, assessment_id, "fr")
