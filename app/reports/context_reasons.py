"""A risk's reasons as plain template data: sentences as runs of text with a role.

A sentence is a list of ``{"text": ..., "role": ...}``; the role ("question",
"column", "answer", "row" or "") lets the template set answers in bold.
"""

from __future__ import annotations

from typing import Any

from app.core.reasons.risk_text import Explanation


def reasons_view(explanation: Explanation) -> dict[str, Any]:
    """``why``: sentences; ``levels``: a heading and sentences per level rule; ``notice``."""
    return {
        "why": [sentence.parts() for sentence in explanation.why],
        "levels": [
            {
                "axis": level.axis,
                "heading": level.heading.parts(),
                "sentences": [sentence.parts() for sentence in level.sentences],
            }
            for level in explanation.levels
        ],
        "notice": explanation.notice.text if explanation.notice is not None else "",
    }
