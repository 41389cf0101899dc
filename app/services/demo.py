"""Demo assessments: the built-in golden scenario (``aipia demo``, screenshots, benchmarks),
or, without one, plausible answers of every visible question's type.

The golden scenarios are ``questionnaires/*/scenarios/*.json`` (assessment exports).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import paths
from app.core.answers import Answer, AnswerError
from app.core.kinds import kind_of
from app.core.model import AnyColumn, AnyQuestion
from app.reports.errors import ReportError
from app.services.base import WorkspaceBase
from app.services.transfer import import_assessment, read_import

if TYPE_CHECKING:
    from app.core.pack import Pack
    from app.services.workspace import OpenAssessment, Workspace
    from app.storage import Assessment

NAMES = {"en": ("Hanbit Clinic", "Patient-note summariser"),
         "ko": ("한빛의원", "진료기록 요약 도우미")}
PASSES = 6


def golden_scenario() -> Path | None:
    found = demo_scenarios()
    return found[0] if found else None


def demo_assessment(workspace: Workspace, language: str = "en") -> Assessment:
    """Import the golden scenario, else create and fill a demo assessment."""
    scenario = golden_scenario()
    if scenario is not None:
        return import_assessment(workspace, scenario, as_copy=True)
    client, title = NAMES.get(language, NAMES["en"])
    record = workspace.new_assessment(client, title, language=language)
    fill(workspace, workspace.open(record.id), language)
    return record


def fill(workspace: Workspace, opened: OpenAssessment, language: str) -> None:
    """Answer every visible question until no new question appears."""
    pack, session = opened.pack, opened.session
    for _ in range(PASSES):
        todo = [q for q in pack.questions if session.is_visible(q)
                and session.answer(q) is None]
        if not todo:
            return
        for qid in todo:
            value = plausible_value(pack, pack.questions[qid], language)
            try:
                workspace.save_answer(opened, qid, Answer(value))
            except AnswerError:
                continue


def plausible_value(pack: Pack, asked: AnyQuestion | AnyColumn, language: str) -> Any:
    """A value of the question's (or column's) type that passes its bounds (its kind's)."""
    return kind_of(asked).demo_value(pack, asked, language)


def demo_scenarios(root: Path | None = None) -> list[Path]:
    """The built-in golden scenarios (export files), in path order."""
    base = root or paths.questionnaires_dir()
    return sorted(base.glob("*/scenarios/*.json"))


def import_demo(workspace: WorkspaceBase, scenario: Path | None = None) -> Assessment:
    """Import the first built-in scenario (or ``scenario``), or reuse it if already imported."""
    if scenario is None:
        found = demo_scenarios()
        if not found:
            raise ReportError(
                "no built-in demo scenario is available yet: expected an assessment export "
                f"at {paths.questionnaires_dir()}/<pack>/scenarios/*.json",
                "demo",
            )
        scenario = found[0]
    existing = workspace.store.get_assessment_by_uuid(read_import(scenario).assessment.uuid)
    return existing or import_assessment(workspace, scenario)
