"""What the review workflow keeps: the trail, verdicts, comments, opinions, revisions, evidence.

Frozen records that the storage layer returns and the services, the report
and (later) the desktop app read. Times are UTC ISO strings as stored
(``2026-11-28T13:20:05.123Z``); names are as entered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Action = Literal["submit", "request_changes", "approve", "reopen", "archive", "restore",
                 "migrated"]
Verdict = Literal["acceptable", "improvable", "to_fix"]
VERDICTS: tuple[Verdict, ...] = ("acceptable", "improvable", "to_fix")
OpinionKind = Literal["dpo", "data_subjects"]
OPINION_KINDS: tuple[OpinionKind, ...] = ("dpo", "data_subjects")
Stance = Literal["favourable", "unfavourable"]
STANCES: tuple[Stance, ...] = ("favourable", "unfavourable")
TargetKind = Literal["assessment", "section", "answer", "measure"]
TARGET_KINDS: tuple[TargetKind, ...] = ("assessment", "section", "answer", "measure")


@dataclass(frozen=True)
class ReviewEvent:
    """One move of the assessment's status: who, when, why, and the revision it made."""

    id: int
    action: str
    from_status: str
    to_status: str
    by: str
    at: str
    comment: str = ""
    revision: int | None = None  # the revision an approval made (or a reopening starts)


@dataclass(frozen=True)
class SectionVerdict:
    """A reviewer's verdict on one section; the latest per section is the one that holds."""

    section_id: str
    verdict: str
    comment: str
    by: str
    at: str

    def to_json(self) -> dict[str, str]:
        return {"verdict": self.verdict, "comment": self.comment, "by": self.by, "at": self.at}


@dataclass(frozen=True)
class ReviewComment:
    """A remark on a section (or on the whole assessment when ``section_id`` is None)."""

    id: int
    section_id: str | None
    body: str
    by: str
    at: str


@dataclass(frozen=True)
class Opinion:
    """The DPO's opinion, or the people concerned's (``asked`` False: ``reason`` says why not).

    ``name`` is whose opinion it is (the DPO, or who was asked); ``by`` who
    recorded it; ``revision`` the approved revision it was given on, if any.
    """

    kind: str
    asked: bool
    name: str
    stance: str  # favourable | unfavourable | "" when not asked
    text: str
    reason: str  # why the people concerned were not asked
    by: str
    at: str
    revision: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"asked": self.asked, "name": self.name, "stance": self.stance,
                "text": self.text, "reason": self.reason, "by": self.by, "at": self.at,
                "revision": self.revision}


@dataclass(frozen=True)
class Attachment:
    """A file kept as evidence of an answer, a measure, a section or the whole assessment."""

    id: int
    target_kind: str
    target_id: str  # question, measure or section id; "" for the assessment
    name: str  # the file's name as shown (never a path)
    size: int
    sha256: str
    added_by: str
    added_at: str
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"target_kind": self.target_kind, "target_id": self.target_id,
                "name": self.name, "size": self.size, "sha256": self.sha256,
                "added_by": self.added_by, "added_at": self.added_at, "note": self.note}


@dataclass(frozen=True)
class RevisionInfo:
    """An approved revision: its number, who approved it and when, and its snapshot's hash."""

    number: int
    approved_by: str
    approved_at: str
    comment: str
    snapshot_hash: str
    pack_id: str
    pack_version: str
    pack_hash: str


@dataclass(frozen=True)
class Revision:
    """A revision with its frozen snapshot (see ``app.core.review.snapshot``)."""

    info: RevisionInfo
    snapshot: dict[str, Any] = field(repr=False)

    @property
    def number(self) -> int:
        return self.info.number
