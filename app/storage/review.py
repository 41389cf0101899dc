"""The review trail, section verdicts, review comments and opinions (schema "review workflow").

Everything here is append-only: a verdict or an opinion replaces the earlier
one by being newer, so the history shows who said what, when. A status move
is written with its trail entry (and, for an approval, its revision) in one
transaction, and only if the status is still the one the move started from.
The ``write_*`` functions run inside a caller's transaction (imports).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from app.core.review.records import Opinion, ReviewComment, ReviewEvent, SectionVerdict
from app.storage import clock
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import NotFoundError, StorageError
from app.storage.revisions import NewRevision, write_revision

_EVENTS = """
SELECT id, action, from_status, to_status, changed_by AS by, changed_at AS at, comment, revision
FROM review_events WHERE assessment_id = ? ORDER BY id
"""
_VERDICTS = """
SELECT section_id, verdict, comment, changed_by AS by, changed_at AS at
FROM section_verdicts WHERE assessment_id = ? ORDER BY id
"""
_COMMENTS = """
SELECT id, section_id, body, changed_by AS by, changed_at AS at
FROM review_comments WHERE assessment_id = ? ORDER BY id
"""
_OPINIONS = """
SELECT kind, asked, name, stance, body AS text, reason, changed_by AS by, changed_at AS at,
       revision
FROM opinions WHERE assessment_id = ? ORDER BY id
"""


class MoveConflict(StorageError):
    """The status changed since the move was checked (another window or command moved it)."""


def write_event(db: Database, assessment_id: int, event: ReviewEvent) -> None:
    db.execute(
        "INSERT INTO review_events (assessment_id, action, from_status, to_status, changed_by,"
        " changed_at, comment, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [assessment_id, event.action, event.from_status, event.to_status, event.by, event.at,
         event.comment, event.revision])


def write_verdict(db: Database, assessment_id: int, verdict: SectionVerdict) -> None:
    db.execute(
        "INSERT INTO section_verdicts (assessment_id, section_id, verdict, comment, changed_by,"
        " changed_at) VALUES (?, ?, ?, ?, ?, ?)",
        [assessment_id, verdict.section_id, verdict.verdict, verdict.comment, verdict.by,
         verdict.at])


def write_comment(db: Database, assessment_id: int, comment: ReviewComment) -> int:
    cursor = db.execute(
        "INSERT INTO review_comments (assessment_id, section_id, body, changed_by, changed_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [assessment_id, comment.section_id, comment.body, comment.by, comment.at])
    return int(cursor.lastrowid or 0)


def write_opinion(db: Database, assessment_id: int, opinion: Opinion) -> None:
    db.execute(
        "INSERT INTO opinions (assessment_id, kind, asked, name, stance, body, reason,"
        " changed_by, changed_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [assessment_id, opinion.kind, int(opinion.asked), opinion.name, opinion.stance,
         opinion.text, opinion.reason, opinion.by, opinion.at, opinion.revision])


def _opinion(row: dict[str, Any]) -> Opinion:
    return Opinion(**{**row, "asked": bool(row["asked"])})


def latest_by(items: Iterable[Any], key: str) -> dict[str, Any]:
    """The last item per ``key`` attribute, in the order of first appearance."""
    found: dict[str, Any] = {}
    for item in items:
        found[getattr(item, key)] = item
    return found


class ReviewMixin(StoreBase):
    def move_status(
        self, assessment_id: int, event: ReviewEvent, revision: NewRevision | None = None
    ) -> ReviewEvent:
        """Set the status to ``event.to_status`` with its trail entry (and revision), atomically.

        Raises:
            MoveConflict: the status is no longer ``event.from_status``; nothing changed.
        """
        with self._write() as db:
            row = fetch_one(db, "SELECT status FROM assessments WHERE id = ?", [assessment_id])
            if row is None:
                raise NotFoundError(f"There is no assessment with id {assessment_id}.")
            if row["status"] != event.from_status:
                raise MoveConflict(
                    f"Assessment {assessment_id} is {row['status']} now, no longer "
                    f"{event.from_status}: it was changed elsewhere. Nothing was changed; "
                    "look at it again and retry.")
            db.execute("UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?",
                       [event.to_status, clock.utc_now(), assessment_id])
            if revision is not None:
                write_revision(db, assessment_id, revision)
            write_event(db, assessment_id, event)
        return self.review_events(assessment_id)[-1]

    def review_events(self, assessment_id: int) -> list[ReviewEvent]:
        """The trail, oldest first."""
        return [ReviewEvent(**row) for row in fetch_all(self._db, _EVENTS, [assessment_id])]

    def add_verdict(self, assessment_id: int, verdict: SectionVerdict) -> None:
        with self._write() as db:
            write_verdict(db, assessment_id, verdict)

    def verdict_history(self, assessment_id: int) -> list[SectionVerdict]:
        return [SectionVerdict(**row) for row in fetch_all(self._db, _VERDICTS, [assessment_id])]

    def current_verdicts(self, assessment_id: int) -> dict[str, SectionVerdict]:
        """The latest verdict per section."""
        return latest_by(self.verdict_history(assessment_id), "section_id")

    def add_review_comment(self, assessment_id: int, comment: ReviewComment) -> ReviewComment:
        with self._write() as db:
            new_id = write_comment(db, assessment_id, comment)
        return ReviewComment(new_id, comment.section_id, comment.body, comment.by, comment.at)

    def review_comments(self, assessment_id: int) -> list[ReviewComment]:
        return [ReviewComment(**row) for row in fetch_all(self._db, _COMMENTS, [assessment_id])]

    def add_opinion(self, assessment_id: int, opinion: Opinion) -> None:
        with self._write() as db:
            write_opinion(db, assessment_id, opinion)

    def opinion_history(self, assessment_id: int) -> list[Opinion]:
        return [_opinion(row) for row in fetch_all(self._db, _OPINIONS, [assessment_id])]

    def current_opinions(self, assessment_id: int) -> dict[str, Opinion]:
        """The latest opinion of each kind (dpo, data_subjects)."""
        return latest_by(self.opinion_history(assessment_id), "kind")
