"""The review workflow's states and rules (pure): which moves exist and what each needs.

``draft -> in_review`` (submit), ``in_review -> draft`` (changes requested,
with a comment), ``in_review -> approved`` (no section left 'to fix'; makes a
revision), ``approved -> draft`` (reopen: starts the next revision), any state
``-> archived`` and back to draft or to the state it had. An approved
assessment is read-only until it is reopened.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.review.errors import ReviewError
from app.core.review.records import VERDICTS, SectionVerdict

MAX_NAME = 200
MAX_TEXT = 20_000

MOVES: dict[tuple[str, str], str] = {
    ("draft", "in_review"): "submit",
    ("in_review", "draft"): "request_changes",
    ("in_review", "approved"): "approve",
    ("approved", "draft"): "reopen",
    ("draft", "archived"): "archive",
    ("in_review", "archived"): "archive",
    ("approved", "archived"): "archive",
}
ADVICE = {("draft", "approved"): "review_first", ("approved", "in_review"): "new_revision"}


@dataclass(frozen=True)
class Move:
    """A checked status change: the action it is, and the statuses on each side."""

    action: str
    from_status: str
    to_status: str
    comment: str


def plan_move(
    current: str, target: str, *, comment: str = "", before_archive: str | None = None,
    to_fix: Sequence[str] = (),
) -> Move:
    """The move from ``current`` to ``target``, or :class:`ReviewError` saying why not.

    Args:
        comment: why (required when changes are requested).
        before_archive: the status an archived assessment had (it may return to it).
        to_fix: the sections whose verdict is 'to fix' (approval is refused while any are).
    """
    note = checked_text(comment, "comment", required=False)
    if current == target:
        raise ReviewError("same_status", "status", to=target)
    action = _action(current, target, before_archive)
    if action == "request_changes" and not note:
        raise ReviewError("comment_needed", "comment")
    if action == "approve" and to_fix:
        raise ReviewError("to_fix_left", "status", count=str(len(to_fix)),
                          sections=", ".join(to_fix))
    return Move(action, current, target, note)


def _action(current: str, target: str, before_archive: str | None) -> str:
    if current == "archived":
        before = before_archive or "draft"
        if target in ("draft", before):
            return "restore"
        raise ReviewError("move_not_allowed", "status", advice="restore", before=before,
                          **{"from": current, "to": target})
    action = MOVES.get((current, target))
    if action is None:
        raise ReviewError("move_not_allowed", "status",
                          advice=ADVICE.get((current, target), ""),
                          **{"from": current, "to": target})
    return action


def edit_refusal(assessment_id: int, status: str, revision: int | None) -> ReviewError | None:
    """Why the assessment's content cannot be changed now (None: it can)."""
    if status == "approved":
        return ReviewError("locked", "status", id=str(assessment_id),
                           revision=str(revision) if revision else "?")
    return None


def check_verdict(status: str, verdict: str) -> str:
    """A verdict may be given while the assessment is in review."""
    if verdict not in VERDICTS:
        raise ReviewError("unknown_verdict", "verdict", value=verdict[:40])
    if status != "in_review":
        raise ReviewError("not_in_review", "status", status=status)
    return verdict


def sections_to_fix(verdicts: Sequence[SectionVerdict]) -> list[str]:
    """The sections whose current verdict is 'to fix', in the given order."""
    return [v.section_id for v in verdicts if v.verdict == "to_fix"]


def checked_name(name: str) -> str:
    """Who did it: a name, stripped, not blank, not too long."""
    clean = " ".join(name.split())
    if not clean:
        raise ReviewError("name_empty", "by")
    if len(clean) > MAX_NAME:
        raise ReviewError("name_too_long", "by", limit=str(MAX_NAME))
    return clean


def checked_text(text: str, what: str, *, required: bool = True) -> str:
    """A comment, an opinion or a reason: stripped, bounded, not blank when ``required``."""
    clean = text.strip()
    if required and not clean:
        raise ReviewError("text_empty", what, what=what)
    if len(clean) > MAX_TEXT:
        raise ReviewError("text_too_long", what, what=what, limit=str(MAX_TEXT))
    return clean
