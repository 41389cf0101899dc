"""The pack's declared scores worked out on a session's visible answers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.model import Score
    from app.core.session import Session


@dataclass(frozen=True)
class ScoreResult:
    """One declared score and its value (None: nothing it reads has a score yet)."""

    score: Score
    value: float | None

    @property
    def ratio(self) -> float | None:
        """Where the value sits between the score's min and max, clamped to 0..1."""
        if self.value is None:
            return None
        span = self.score.max - self.score.min
        return min(max((self.value - self.score.min) / span, 0.0), 1.0)

    @property
    def percent(self) -> int:
        """The ratio as a whole percentage (0 without a value), e.g. a bar's width."""
        ratio = self.ratio
        return round(ratio * 100) if ratio is not None else 0

    def shown(self) -> str:
        """The value with the score's decimals ("2.5"), or "—" without one."""
        if self.value is None:
            return "—"
        return f"{self.value:.{self.score.decimals}f}"

    def shown_max(self) -> str:
        return f"{self.score.max:.{self.score.decimals}f}".rstrip("0").rstrip(".") or "0"


def compute_scores(session: Session) -> list[ScoreResult]:
    """Every declared score, in the manifest's order, on the visible answers."""
    compiled = session.pack.rules.scores
    results = []
    for score in session.pack.manifest.scores:
        expr = compiled.get(score.id)
        value = session.evaluate(expr) if expr is not None else None
        number = float(value) if isinstance(value, int | float) \
            and not isinstance(value, bool) else None
        results.append(ScoreResult(score, number))
    return results
