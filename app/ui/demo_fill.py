"""A demo assessment for screenshots and benchmarks: the golden scenario, or plausible answers.

The golden scenario is the first ``questionnaires/*/scenarios/*.json`` (an
assessment export). Without one, every visible question of the built-in pack
is given a plausible answer of its type (no Qt here).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import paths
from app.core.answers import Answer, AnswerError
from app.core.kinds import kind_of
from app.core.model import AnyColumn, AnyQuestion

if TYPE_CHECKING:
    from app.core.pack import Pack
    from app.services.records import Assessment
    from app.services.workspace import OpenAssessment, Workspace

NAMES = {"en": ("Hanbit Clinic", "Patient-note summariser"),
         "ko": ("한빛의원", "진료기록 요약 도우미")}
PASSES = 6


def golden_scenario() -> Path | None:
    found = sorted(paths.questionnaires_dir().glob("*/scenarios/*.json"))
    return found[0] if found else None


def demo_assessment(workspace: Workspace, language: str = "en") -> Assessment:
    """Import the golden scenario, else create and fill a demo assessment."""
    scenario = golden_scenario()
    if scenario is not None:
        from app.services.transfer import import_assessment

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
