"""Attachments: which file (by SHA-256) is evidence of what (schema "evidence").

The rows say what a file is attached to and how it is shown; the files
themselves are in ``app.storage.evidence_files``. A file stays on disk while
any attachment or any revision's snapshot lists its hash
(:meth:`AttachmentsMixin.referenced_files`).
"""

from __future__ import annotations

from sqlite_utils import Database

from app.core.review.records import Attachment
from app.storage.assessments import touch_assessment
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import NotFoundError
from app.storage.revisions import snapshot_files

_SELECT = """
SELECT id, target_kind, target_id, name, size, sha256, added_by, added_at, note
FROM attachments
"""


def write_attachment(db: Database, assessment_id: int, item: Attachment) -> int:
    """Insert one attachment (its ``id`` is ignored); call inside a transaction."""
    cursor = db.execute(
        "INSERT INTO attachments (assessment_id, target_kind, target_id, name, size, sha256,"
        " added_by, added_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [assessment_id, item.target_kind, item.target_id, item.name, item.size, item.sha256,
         item.added_by, item.added_at, item.note])
    return int(cursor.lastrowid or 0)


class AttachmentsMixin(StoreBase):
    def add_attachment(self, assessment_id: int, item: Attachment) -> Attachment:
        """Record an attachment whose file is already stored; returns it with its id."""
        with self._write() as db:
            touch_assessment(db, assessment_id, item.added_at)
            new_id = write_attachment(db, assessment_id, item)
        return self.get_attachment(assessment_id, new_id)

    def list_attachments(self, assessment_id: int) -> list[Attachment]:
        """In the order they were added."""
        rows = fetch_all(self._db, f"{_SELECT} WHERE assessment_id = ? ORDER BY id",
                         [assessment_id])
        return [Attachment(**row) for row in rows]

    def get_attachment(self, assessment_id: int, attachment_id: int) -> Attachment:
        row = fetch_one(self._db, f"{_SELECT} WHERE assessment_id = ? AND id = ?",
                        [assessment_id, attachment_id])
        if row is None:
            raise NotFoundError(
                f"Assessment {assessment_id} has no attachment {attachment_id}.")
        return Attachment(**row)

    def delete_attachment(self, assessment_id: int, attachment_id: int, now: str) -> Attachment:
        """Remove the row (the file stays while anything else lists it)."""
        item = self.get_attachment(assessment_id, attachment_id)
        with self._write() as db:
            db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
            touch_assessment(db, assessment_id, now)
        return item

    def evidence_files(self, assessment_id: int) -> dict[str, int]:
        """SHA-256 -> size of every file the assessment's attachments or revisions list."""
        rows = fetch_all(self._db, "SELECT DISTINCT sha256, size FROM attachments"
                         " WHERE assessment_id = ?", [assessment_id])
        found = snapshot_files(self._db, assessment_id)
        found.update({row["sha256"]: int(row["size"]) for row in rows})
        return found

    def referenced_files(self) -> set[str]:
        """Every SHA-256 any attachment or revision of any assessment lists."""
        rows = fetch_all(self._db, "SELECT DISTINCT sha256 FROM attachments")
        return {row["sha256"] for row in rows} | set(snapshot_files(self._db))
