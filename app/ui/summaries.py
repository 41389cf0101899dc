"""What the assessment list shows beyond the stored record: progress and overall risk (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.records import Assessment
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class Summary:
    """Progress and the highest raised risk level of one assessment."""

    answered: int = 0
    total: int = 0
    level_label: str = ""
    level_colour: str | None = None
    problem: str | None = None  # e.g. the pack is no longer installed

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 0


def summarize(workspace: Workspace, record: Assessment, language: str) -> Summary:
    """Open the assessment read-only and summarise it; problems become a short text."""
    from app.core.risk_engine import assess_risks
    from app.services.records import PackNotFoundError

    try:
        opened = workspace.open(record.id)
    except PackNotFoundError as exc:
        return Summary(problem=str(exc))
    session = opened.session
    progress = session.progress()
    overall = assess_risks(session).summary.overall
    if overall is None:
        return Summary(progress.answered, progress.total)
    level = next(x for x in opened.pack.matrix.levels if x.id == overall)
    lang = language if language in opened.pack.languages else opened.record.language
    return Summary(progress.answered, progress.total, opened.pack.text(level.label, lang),
                   level.colour)
