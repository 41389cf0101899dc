"""Answers and their history.

Each save is one transaction: upsert the answer, append a history row, bump
the assessment's ``updated_at`` (and, if asked, clear the question's review
flag). It returns only after COMMIT, which with ``synchronous=FULL`` means the
answer survives a crash or power loss.

The store persists what it is given: the answer was checked against its
question once, before it got here (``app.core.answers.check_answer``). What
is left here is a cheap integrity guard (a text id, a JSON object).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from app.storage import clock, validation
from app.storage.assessments import fetch_assessment, touch_assessment
from app.storage.database import StoreBase, fetch_all
from app.storage.errors import InvalidValue
from app.storage.records import HistoryEntry, StoredAnswer

AnswerInput = tuple[dict[str, Any], str | None]

_UPSERT = """
INSERT INTO answers (assessment_id, question_id, value, note, updated_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (assessment_id, question_id)
DO UPDATE SET value = excluded.value, note = excluded.note, updated_at = excluded.updated_at
"""
_HISTORY = """
INSERT INTO answer_history (assessment_id, question_id, value, note, changed_at)
VALUES (?, ?, ?, ?, ?)
"""


def encode_answers(answers: Mapping[str, AnswerInput]) -> list[tuple[str, str, str | None]]:
    """Encode every answer before anything is written: (question_id, json, note).

    The integrity guard only: ids are texts, values JSON objects, notes texts.
    """
    encoded = []
    for question_id, pair in answers.items():
        qid = validation.identifier(question_id, "The question id")
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise InvalidValue(
                f"The answer to {qid!r} must be a (value, note) pair, got {pair!r}.")
        value, note = pair
        note = validation.optional_text(note, f"The note of {qid!r}")
        encoded.append((qid, validation.encode_answer(value, qid), note))
    return encoded


def write_answer(
    db: Database, assessment_id: int, answer: tuple[str, str, str | None], now: str
) -> None:
    """Upsert one encoded answer and append its history row; call inside a transaction."""
    question_id, value, note = answer
    db.execute(_UPSERT, [assessment_id, question_id, value, note, now])
    db.execute(_HISTORY, [assessment_id, question_id, value, note, now])


class AnswersMixin(StoreBase):
    def save_answer(
        self,
        assessment_id: int,
        question_id: str,
        value: dict[str, Any],
        note: str | None = None,
        *,
        reviewed: bool = False,
    ) -> None:
        """Save one answer durably; returns after the commit.

        ``reviewed`` also clears the question's review flag, in the same transaction.
        """
        self.save_answers(assessment_id, {question_id: (value, note)},
                          reviewed=(question_id,) if reviewed else ())

    def save_answers(self, assessment_id: int, answers: Mapping[str, AnswerInput], *,
                     reviewed: Iterable[str] = ()) -> None:
        """Save many answers in one transaction: all of them or none."""
        encoded = encode_answers(answers)
        if not encoded:
            return
        now = clock.utc_now()
        with self._write() as db:
            touch_assessment(db, assessment_id, now)
            for answer in encoded:
                write_answer(db, assessment_id, answer, now)
            _clear_flags(db, assessment_id, reviewed)

    def clear_answer(self, assessment_id: int, question_id: str, *,
                     reviewed: bool = False) -> None:
        """Remove an answer and record the clearing (a history row with value None).

        Clearing a question that has no answer changes nothing (but ``reviewed``
        still clears its review flag).
        """
        qid = validation.identifier(question_id, "The question id")
        with self._write() as db:
            if reviewed:
                _clear_flags(db, assessment_id, (qid,))
            cursor = db.execute(
                "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                [assessment_id, qid],
            )
            if cursor.rowcount == 0:
                fetch_assessment(db, assessment_id)  # NotFoundError for an unknown id
                return
            now = clock.utc_now()
            touch_assessment(db, assessment_id, now)
            db.execute(_HISTORY, [assessment_id, qid, None, None, now])

    def get_answers(self, assessment_id: int) -> dict[str, StoredAnswer]:
        """The current answers by question id (empty for an unknown assessment)."""
        rows = fetch_all(
            self._db,
            "SELECT question_id, value, note, updated_at FROM answers"
            " WHERE assessment_id = ? ORDER BY question_id",
            [assessment_id],
        )
        return {row["question_id"]: _answer(row) for row in rows}

    def answer_history(
        self, assessment_id: int, question_id: str | None = None
    ) -> list[HistoryEntry]:
        """Every save and clear, oldest first; optionally of one question only."""
        sql = "SELECT id, question_id, value, note, changed_at FROM answer_history"
        sql += " WHERE assessment_id = ?"
        params: list[Any] = [assessment_id]
        if question_id is not None:
            sql += " AND question_id = ?"
            params.append(question_id)
        rows = fetch_all(self._db, sql + " ORDER BY id", params)
        return [_history(row) for row in rows]


def _clear_flags(db: Database, assessment_id: int, question_ids: Iterable[str]) -> None:
    for qid in question_ids:
        db.execute("DELETE FROM review_flags WHERE assessment_id = ? AND question_id = ?",
                   [assessment_id, qid])


def _answer(row: dict[str, Any]) -> StoredAnswer:
    return StoredAnswer(
        question_id=row["question_id"],
        value=json.loads(row["value"]),
        note=row["note"],
        updated_at=row["updated_at"],
    )


def _history(row: dict[str, Any]) -> HistoryEntry:
    value = row["value"]
    return HistoryEntry(
        id=row["id"],
        question_id=row["question_id"],
        value=None if value is None else json.loads(value),
        note=row["note"],
        changed_at=row["changed_at"],
    )
