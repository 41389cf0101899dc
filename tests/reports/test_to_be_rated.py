"""A risk the pack leaves to the assessor is "to be rated" in the report, never at some level."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.reports.sandbox import render_template
from app.reports.templates import get_template
from app.services import risk_treatment as service
from app.services.workspace import Workspace
from tests.reports.test_context import context_for

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
def assessor_rated(builtin_dir: Path) -> Path:
    path = builtin_dir / "demo-small" / "data_flows.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("  - id: transfer_abroad\n") == 1
    path.write_text(text.replace("  - id: transfer_abroad\n", ASSESSOR_RATED), encoding="utf-8")
    return builtin_dir


def html_of(context: dict[str, Any]) -> str:
    info = get_template("default")
    return render_template(info.folder, info.entry, context)


def test_an_unrated_risk_is_listed_first_off_the_maps(
    assessor_rated: Path, workspace: Workspace, assessment_id: int
) -> None:
    context = context_for(workspace, assessment_id)
    first = context["risks"][0]
    assert first["id"] == "partners_read_prompts" and first["to_be_rated"]
    assert first["level"]["label"] == "To be rated"
    assert first["inherent"] is first["current"] is first["target"] is None
    assert context["summary"]["to_be_rated"] == 1
    assert context["summary"]["raised"] == len(context["risks"]) == 7
    cells = [cell for row in context["matrix"]["cells"] for cell in row]
    for stage in ("inherent", "current", "target"):
        assert sum(cell[stage] for cell in cells) == 6  # the six risks rated by the rules
    html = html_of(context)
    assert "The questionnaire leaves this risk to the assessor to rate" in html
    assert "risks to be rated by the assessor" in html


def test_once_rated_it_takes_its_place_with_the_justification(
    assessor_rated: Path, workspace: Workspace, assessment_id: int
) -> None:
    opened = workspace.open(assessment_id)
    service.rate_risk(workspace, opened, "partners_read_prompts", likelihood="likely",
                      severity="significant", reason="Both partners log in daily.", by="H. Kim")
    context = context_for(workspace, assessment_id, "ko")
    rated = next(r for r in context["risks"] if r["id"] == "partners_read_prompts")
    assert not rated["to_be_rated"] and rated["level"]["label"] == "높음"
    assert rated["engine"] is None and rated["rating"]["reason"] == "Both partners log in daily."
    html = html_of(context)
    assert "평가자가 정한 수준" in html and "Both partners log in daily." in html
    assert context["summary"]["to_be_rated"] == 0
