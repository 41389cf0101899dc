"""The report's register lists, per risk, the related controls of other frameworks (crosswalks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.services.transfer import import_assessment
from app.services.workspace import Workspace
from tests.conftest import REPO_ROOT
from tests.reports.test_context import context_for

QUESTIONNAIRES = REPO_ROOT / "questionnaires"
CLINIC = QUESTIONNAIRES / "ai-pia" / "scenarios" / "1-clinic-llama-notes.json"


@pytest.fixture
def workspace(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: QUESTIONNAIRES)
    return Workspace(isolated_data_dir)


def test_each_risk_lists_its_related_controls_with_the_sources_numbered(
    workspace: Workspace,
) -> None:
    with workspace as ws:
        record = import_assessment(ws, CLINIC)
        context = context_for(ws, record.id, "ko")
    risks = {r["id"]: r for r in context["risks"]}
    titles = {ref["number"]: ref["title"] for ref in context["references"]}
    memorised = {(titles[c["number"]], c["section"]) for c in risks["ft_memorisation"]["controls"]}
    assert ("ISO/IEC 27701 개인정보 경영시스템", "7.4.5") in memorised
    assert ("미국 NIST AI 위험관리 프레임워크 (AI RMF 1.0)", "MEASURE 2.10") in memorised
    assert all(r["controls"] for r in risks.values())
    parts = {ref["key"]: ref["parts"] for ref in context["references"]}
    assert "7.4.5" in parts["iso27701"]  # the references chapter lists the controls cited
    # Compliance checks are marked apart from harms (the pack's `kind`).
    assert risks["notice_silent_on_ai"]["kind"] == "compliance"
    assert risks["ft_memorisation"]["kind"] == "harm"


def test_the_register_template_shows_the_line_in_both_languages() -> None:
    template = (REPO_ROOT / "report_templates" / "default" / "report.html").read_text("utf-8")
    assert "cites(r.controls)" in template and "t.register.controls" in template
    wording = REPO_ROOT / "report_templates" / "default" / "wording"
    words = (wording / "en.json").read_text("utf-8") + (wording / "ko.json").read_text("utf-8")
    assert '"controls": "Related controls"' in words
    assert '"controls": "관련 통제 항목"' in words
    assert 'r.kind == "compliance"' in template and '"compliance": "준수 점검"' in words
