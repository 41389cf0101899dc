"""Pack upgrades of assessments: archived answers, review flags, and the upgrade itself.

:meth:`UpgradesMixin.apply_upgrade` writes a whole ``UpgradePlan`` (see
``app.core.versioning.upgrade``) in ONE transaction: the answers under their new ids
(with history rows), the archived answers, the review flags, the assessment's
new pack version and hash, and a record of what was done. Either all of it is
committed, or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.core.treatment.carry import JudgementCarry
from app.core.versioning.upgrade import ArchivedAnswer, ReviewFlag, UpgradePlan
from app.storage import clock, validation
from app.storage.answers import encode_answers, write_answer
from app.storage.assessments import fetch_assessment
from app.storage.database import StoreBase, fetch_all
from app.storage.errors import StorageError
from app.storage.judgements import apply_carry
from app.storage.records import ArchivedRecord, ReviewRecord, UpgradeRecord

_ARCHIVE = """
INSERT INTO archived_answers (assessment_id, question_id, value, note, pack_version, reason,
                              detail, label, display, archived_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_FLAG = """
INSERT INTO review_flags (assessment_id, question_id, reason, detail, flagged_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (assessment_id, question_id) DO UPDATE SET
    reason = excluded.reason, detail = excluded.detail, flagged_at = excluded.flagged_at
"""
_HISTORY_CLEAR = """
INSERT INTO answer_history (assessment_id, question_id, value, note, changed_at)
VALUES (?, ?, NULL, NULL, ?)
"""
_COPY_ARCHIVE = """
INSERT INTO archived_answers (assessment_id, question_id, value, note, pack_version, reason,
                              detail, label, display, archived_at)
SELECT ?, question_id, value, note, pack_version, reason, detail, label, display, archived_at
FROM archived_answers WHERE assessment_id = ? ORDER BY id
"""
_COPY_FLAGS = """
INSERT INTO review_flags (assessment_id, question_id, reason, detail, flagged_at)
SELECT ?, question_id, reason, detail, flagged_at FROM review_flags WHERE assessment_id = ?
"""


def write_archived(db: Database, assessment_id: int, item: ArchivedAnswer, when: str) -> None:
    """Insert one archived answer; call inside a transaction."""
    db.execute(_ARCHIVE, [
        assessment_id,
        validation.identifier(item.question_id, "The question id"),
        validation.encode_answer(item.value, item.question_id),
        validation.optional_text(item.note, "The note"),
        validation.text(item.pack_version, "The pack version"),
        item.reason,
        item.detail,
        validation.encode_json(item.label, "The question label"),
        validation.encode_json(item.display, "The answer text"),
        when,
    ])


def write_flag(db: Database, assessment_id: int, flag: ReviewFlag, when: str) -> None:
    db.execute(_FLAG, [assessment_id, flag.question_id, flag.reason, flag.detail, when])


def copy_archive_and_flags(db: Database, source_id: int, target_id: int) -> None:
    """Duplicating an assessment keeps its archived answers and open review flags."""
    db.execute(_COPY_ARCHIVE, [target_id, source_id])
    db.execute(_COPY_FLAGS, [target_id, source_id])


class UpgradesMixin(StoreBase):
    def apply_upgrade(
        self, assessment_id: int, plan: UpgradePlan, backup: Path | None = None,
        judgements: JudgementCarry | None = None,
    ) -> None:
        """Move the assessment to ``plan.new_version`` as planned: all of it or nothing.

        ``judgements`` says which risk judgements the new version cannot carry;
        they are set aside (kept in the judgement history) in the same transaction.

        Raises:
            StorageError: the assessment is no longer on ``plan.old_version``
                (changed meanwhile); nothing was written.
        """
        encoded = {qid: (value, note) for qid, value, note in encode_answers(plan.answers)}
        now = clock.utc_now()
        with self._write() as db:
            record = fetch_assessment(db, assessment_id)
            if (record.pack_id, record.pack_version) != (plan.pack_id, plan.old_version):
                raise StorageError(
                    f"Assessment {assessment_id} is on {record.pack_id} {record.pack_version}, "
                    f"not {plan.pack_id} {plan.old_version}; it was not upgraded.")
            _replace_answers(db, assessment_id, encoded, now)
            for item in plan.archived:
                write_archived(db, assessment_id, item, now)
            db.execute("DELETE FROM review_flags WHERE assessment_id = ?", [assessment_id])
            for flag in plan.review:
                write_flag(db, assessment_id, flag, now)
            if judgements is not None:
                apply_carry(db, assessment_id, judgements, now)
            db.execute(
                "UPDATE assessments SET pack_version = ?, pack_hash = ?, current_section = ?,"
                " updated_at = ? WHERE id = ?",
                [plan.new_version, plan.new_hash, plan.current_section, now, assessment_id])
            db.execute(
                "INSERT INTO pack_upgrades (assessment_id, pack_id, from_version, to_version,"
                " summary, backup, upgraded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [assessment_id, plan.pack_id, plan.old_version, plan.new_version,
                 validation.encode_json(plan.summary_json(), "The upgrade summary"),
                 str(backup) if backup else None, now])

    def list_archived_answers(self, assessment_id: int) -> list[ArchivedRecord]:
        """Archived answers, oldest first (empty for an unknown assessment)."""
        rows = fetch_all(
            self._db,
            "SELECT id, question_id, value, note, pack_version, reason, detail, label, display,"
            " archived_at FROM archived_answers WHERE assessment_id = ? ORDER BY id",
            [assessment_id])
        return [_archived(row) for row in rows]

    def add_archived_answers(
        self, assessment_id: int, items: Iterable[tuple[ArchivedAnswer, str | None]]
    ) -> None:
        """Add archived answers (from an import), each with its archive time or now."""
        with self._write() as db:
            fetch_assessment(db, assessment_id)
            for item, when in items:
                stamp = validation.timestamp(when, "The archive time") or clock.utc_now()
                write_archived(db, assessment_id, item, stamp)

    def review_flags(self, assessment_id: int) -> dict[str, ReviewRecord]:
        """Questions to review, by question id."""
        rows = fetch_all(
            self._db,
            "SELECT question_id, reason, detail, flagged_at FROM review_flags"
            " WHERE assessment_id = ? ORDER BY flagged_at, question_id",
            [assessment_id])
        return {row["question_id"]: ReviewRecord(**row) for row in rows}

    def clear_review_flags(
        self, assessment_id: int, question_ids: Iterable[str] | None = None
    ) -> int:
        """Mark questions as reviewed (all of them when ``question_ids`` is None)."""
        with self._write() as db:
            if question_ids is None:
                cursor = db.execute(
                    "DELETE FROM review_flags WHERE assessment_id = ?", [assessment_id])
                return int(cursor.rowcount)
            count = 0
            for qid in question_ids:
                cursor = db.execute(
                    "DELETE FROM review_flags WHERE assessment_id = ? AND question_id = ?",
                    [assessment_id, qid])
                count += int(cursor.rowcount)
            return count

    def list_pack_upgrades(self, assessment_id: int) -> list[UpgradeRecord]:
        rows = fetch_all(
            self._db,
            "SELECT id, pack_id, from_version, to_version, summary, backup, upgraded_at"
            " FROM pack_upgrades WHERE assessment_id = ? ORDER BY id",
            [assessment_id])
        return [UpgradeRecord(**{**row, "summary": json.loads(row["summary"])}) for row in rows]


def _replace_answers(
    db: Database, assessment_id: int, encoded: dict[str, tuple[str, str | None]], now: str
) -> None:
    """Make the stored answers exactly ``encoded``; history rows for every change."""
    current = {
        row["question_id"]: (row["value"], row["note"])
        for row in fetch_all(
            db, "SELECT question_id, value, note FROM answers WHERE assessment_id = ?",
            [assessment_id])
    }
    for qid in sorted(set(current) - set(encoded)):
        db.execute("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                   [assessment_id, qid])
        db.execute(_HISTORY_CLEAR, [assessment_id, qid, now])
    for qid, (value, note) in sorted(encoded.items()):
        if current.get(qid) != (value, note):
            write_answer(db, assessment_id, (qid, value, note), now)


def _archived(row: dict[str, Any]) -> ArchivedRecord:
    return ArchivedRecord(**{
        **row,
        "value": json.loads(row["value"]),
        "label": json.loads(row["label"]),
        "display": json.loads(row["display"]),
    })
