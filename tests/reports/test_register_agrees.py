"""The report says the same thing everywhere, and the same as the app.

The built-in clinic scenario (a plan with measures done, planned and not
planned, an assessor's rating, treatments and an acceptance) is rendered once
to a PDF. Its executive summary, its three heat maps, its register and its
action plan are read back from the PDF text and compared with each other and
with the register the app computes from the data attached to the PDF,
imported into another data folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PdfReader

from app.core.treatment import TreatedRegister, TreatedRisk
from app.services.reporting import ATTACHMENT_NAME, prepare_report, render_pdf
from app.services.risk_treatment import risk_register
from app.services.transfer import import_assessment, write_export
from app.services.workspace import Workspace
from tests.conftest import REPO_ROOT

CLINIC = REPO_ROOT / "questionnaires" / "ai-pia" / "scenarios" / "1-clinic-llama-notes.json"
STAGES = ("inherent", "current", "target")
STATUS_WORDS = {"Not planned yet": "not_planned", "Planned": "planned",
                "In progress": "in_progress", "Done": "done"}


@dataclass(frozen=True)
class Report:
    pages: list[str]
    data: dict[str, Any]
    app: TreatedRegister  # what the app computes from the attached data
    labels: dict[str, str]  # level, step and measure ids -> English labels

    def text(self, chapter: str) -> str:
        """The text of the pages whose running header names ``chapter``."""
        return "\n".join(p for p in self.pages if re.search(rf" {chapter}\n#1 · ", p))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Report]:
    base = tmp_path_factory.mktemp("clinic")
    with Workspace(base / "here") as ws:
        record = import_assessment(ws, CLINIC)
        prepared = prepare_report(ws, record.id, lang="en")
    result = render_pdf(prepared, base / "clinic.pdf")
    reader = PdfReader(result.path)
    data = json.loads(reader.attachments[ATTACHMENT_NAME][0])
    export = {**data["assessment"], "exported_at": "2026-12-01T00:00:00Z"}
    write_export(export, base / "attached.json")
    with Workspace(base / "elsewhere") as other:
        copy = import_assessment(other, base / "attached.json")
        opened = other.open(copy.id)
        app = risk_register(other, opened)
        pack = opened.pack
    labels = {item.id: pack.text(item.label, "en") for item in (
        *pack.matrix.levels, *pack.matrix.likelihood, *pack.matrix.severity)}
    labels |= {m.id: pack.text(m.title, "en") for m in pack.measures.values()}
    yield Report([page.extract_text() for page in reader.pages], data, app, labels)


def said(report: Report, treated: TreatedRisk, stage: str) -> str:
    """How the PDF prints a risk's position at ``stage``: 'High Possible × Severe'."""
    position = treated.position(stage)
    assert position is not None
    return (f"{report.labels[position.level]} {report.labels[position.likelihood]} × "
            f"{report.labels[position.severity]}")


def test_the_attached_data_holds_the_plan_and_the_judgements(report: Report) -> None:
    assessment = report.data["assessment"]
    assert assessment["measure_plans"]["test_privacy_attacks"]["status"] == "not_planned"
    rating = assessment["risk_judgements"]["processor_without_contract"]["rating"]
    assert (rating["severity"], rating["by"]) == ("severe", "김하늘 (평가 담당)")
    assert len(assessment["risk_judgement_history"]) == 5


def test_the_summary_counts_are_the_apps(report: Report) -> None:
    summary = report.text("Executive summary")
    rows = re.findall(r"^(Critical|High|Medium|Low) (\d+) (\d+) (\d+)$", summary, re.M)
    found = {label: (int(a), int(b), int(c)) for label, a, b, c in rows}
    counts = report.app.summary.counts
    assert found == {report.labels[lid]: tuple(counts[s][lid] for s in STAGES)
                     for lid in counts["inherent"]}
    assert found["High"] == (13, 11, 6)  # the clinic: the plan leaves six risks high
    assert "1  risks rated by the assessor" in summary
    assert "7  risks kept high by measures nobody plans" in summary
    assert "1  residual risks accepted" in summary


def test_the_top_risks_are_the_registers_first(report: Report) -> None:
    found = re.findall(r"^R(\d) (\w+) → (\w+) → (\w+) p\. \d+$", report.text("Executive summary"),
                       re.M)
    expected = [(str(n), *(report.labels[t.position(s).level] for s in STAGES))  # type: ignore[union-attr]
                for n, t in enumerate(report.app.risks[:5], 1)]
    assert found == expected


def map_cells(text: str) -> list[list[tuple[int, list[str]]]]:
    """Each heat map's cells as (count, risk codes shown), in drawing order, map by map."""
    maps = text.split("Severity\nLikelihood")[:-1]
    cells = []
    for drawn in maps[-3:]:
        found = re.findall(r"^(\d+)\n((?:R\d+ ?)+(?:\+\d+)?)$", drawn, re.M)
        cells.append([(int(count), codes.split()) for count, codes in found])
    return cells


def test_each_heat_map_places_the_risks_where_the_register_does(report: Report) -> None:
    codes = {t.risk.id: f"R{n}" for n, t in enumerate(report.app.risks, 1)}
    drawn = map_cells(report.text("Risk map"))
    assert len(drawn) == 3
    for stage, cells in zip(STAGES, drawn, strict=True):
        placed: dict[tuple[str, str], list[str]] = {}
        for treated in report.app.risks:
            position = treated.position(stage)
            assert position is not None
            placed.setdefault((position.likelihood, position.severity), []).append(
                codes[treated.risk.id])
        assert sorted(count for count, _ in cells) == sorted(len(c) for c in placed.values())
        for count, shown in cells:
            listed = [c for c in shown if not c.startswith("+")]
            cell = next(c for c in placed.values() if c[: len(listed)] == listed)
            assert count == len(cell), (stage, shown)
        assert sum(count for count, _ in cells) == len(report.app.risks)


def test_each_register_entry_gives_the_apps_three_positions(report: Report) -> None:
    entries = re.findall(  # the heading "R3 Title" may wrap; then its rating box
        r"^R(\d+) [^\n]*\n(?:[^\n]*\n){0,2}?BEFORE MEASURES[^\n]*\n([^\n]+?) →\nTODAY\n"
        r"([^\n]+?) →\nWITH THE PLAN\n([^\n]+)$", report.text("Risk register"), re.M)
    assert len(entries) == len(report.app.risks)
    for (number, *printed), treated in zip(sorted(entries, key=lambda e: int(e[0])),
                                           report.app.risks, strict=True):
        assert printed == [said(report, treated, s) for s in STAGES], (number, treated.risk.id)


def test_the_register_says_which_unplanned_measure_keeps_a_risk_high(report: Report) -> None:
    register = " ".join(report.text("Risk register").split())
    memorisation = report.app.get("ft_memorisation")
    assert memorisation is not None
    [missing] = memorisation.holding_target
    assert ("Kept at High with the plan by measures nobody plans: "
            f"{report.labels[missing.measure.id]}") in register
    kept = sum(bool(t.holding_target) for t in report.app.risks)
    assert register.count("Kept at ") == kept == 7


def test_the_assessors_override_is_printed_with_its_justification(report: Report) -> None:
    register = report.text("Risk register")
    flat = " ".join(register.split())
    assert ("RATED BY THE ASSESSOR High Possible × Severe (The rules' rating: Medium "
            "Possible × Significant)") in flat
    assert "원격 관리자 권한을 갖고 있으나 점검한 적이 없습니" in register
    assert "recorded by 김하늘 (평가 담당), 2026-11-24" in flat
    assert "BEFORE MEASURES · ASSESSOR\nHigh Possible × Severe" in register


def test_the_acceptance_names_who_when_and_the_level(report: Report) -> None:
    flat = " ".join(report.text("Risk register").split())
    assert ("RESIDUAL RISK ACCEPTED by 박정우 원장 (Privacy officer (CPO or DPO)) on "
            "2026-11-24, at Medium") in flat


def plan_blocks(text: str) -> list[tuple[list[str], str, list[str]]]:
    """Each measure of the action plan: the risks it treats, its status, the risks it keeps high."""
    found = re.findall(  # the side column of each measure, read row by row
        r"^Treats ((?:R\d+ ?)+)\nOwner .*?\nDue .*?\nStatus (Not planned yet|Planned|"
        r"In progress|Done)$(?:\nKeeps high ((?:R\d+ ?)+)$)?", text, re.M | re.S)
    return [(treats.split(), STATUS_WORDS[status], holds.split())
            for treats, status, holds in found]


def test_the_action_plan_agrees_with_the_register_and_the_plans(report: Report) -> None:
    codes = {t.risk.id: f"R{n}" for n, t in enumerate(report.app.risks, 1)}
    holds: dict[str, list[str]] = {}
    for treated in report.app.risks:
        for state in treated.holding_target:
            holds.setdefault(state.measure.id, []).append(codes[treated.risk.id])
    expected = [([codes[r] for r in risk_ids], state.status, holds.get(state.measure.id, []))
                for state, risk_ids in report.app.measures()]
    assert plan_blocks(report.text("Action plan")) == expected
    plans = report.data["assessment"]["measure_plans"]
    for state, _ in report.app.measures():
        assert state.status == plans.get(state.measure.id, {}).get("status", "not_planned")


def test_the_legend_explains_every_step(report: Report) -> None:
    flat = " ".join(report.text("Risk map").split())
    assert "Hard to imagine with the system as it is" in flat  # likelihood 'remote'
    assert "People may suffer lasting or irreversible harm" in flat  # severity 'severe'
    assert "only the privacy officer may accept what remains" in flat  # level 'high'


def test_nothing_is_left_of_before_and_after(report: Report) -> None:
    text = "\n".join(report.pages)
    assert "After measures" not in text and "After the planned measures" not in text
