"""The pack's declared scores as plain data for the report's score table and bar chart."""

from __future__ import annotations

from typing import Any

from app.core.pack import Pack
from app.core.scores import compute_scores
from app.core.session import Session


def score_views(pack: Pack, session: Session, lang: str) -> list[dict[str, Any]]:
    """One row per declared score: its label, value, scale and bar width (0-100)."""
    views = []
    for result in compute_scores(session):
        score = result.score
        views.append({
            "id": score.id,
            "label": pack.text(score.label, lang),
            "description": pack.text(score.description, lang) if score.description else "",
            "value": result.shown(),
            "has_value": result.value is not None,
            "max": result.shown_max(),
            "unit": pack.text(score.unit, lang) if score.unit else "",
            "percent": result.percent,
        })
    return views
