"""The assessor's judgements of risks, each change kept (see ``schema_risk_judgements``).

A part (rating, treatment or acceptance) is written with a history row in the
same transaction; clearing a part deletes it and adds a history row without a
value. The functions taking ``db`` run inside a caller's transaction (imports,
upgrades, duplicates); the mixin's methods are one transaction each.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel
from sqlite_utils import Database

from app.core.treatment.carry import JudgementCarry
from app.core.treatment.judgement import PARTS, Judgement, JudgementChange, judgement_from_parts
from app.storage import clock, validation
from app.storage.assessments import touch_assessment
from app.storage.database import StoreBase, fetch_all

_UPSERT = """
INSERT INTO risk_judgements (assessment_id, risk_id, part, value, changed_by, changed_at)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (assessment_id, risk_id, part) DO UPDATE SET
    value = excluded.value, changed_by = excluded.changed_by, changed_at = excluded.changed_at
"""
_HISTORY = """
INSERT INTO risk_judgement_history
    (assessment_id, risk_id, part, value, changed_by, changed_at, note)
VALUES (?, ?, ?, ?, ?, ?, ?)
"""
_SELECT_HISTORY = """
SELECT risk_id, part, value, changed_by, changed_at, note FROM risk_judgement_history
WHERE assessment_id = ? AND (? IS NULL OR risk_id = ?) ORDER BY id
"""
_COPY = """
INSERT INTO risk_judgements (assessment_id, risk_id, part, value, changed_by, changed_at)
SELECT ?, risk_id, part, value, changed_by, changed_at FROM risk_judgements
WHERE assessment_id = ?
"""
_COPY_HISTORY = """
INSERT INTO risk_judgement_history
    (assessment_id, risk_id, part, value, changed_by, changed_at, note)
SELECT ?, risk_id, part, value, changed_by, changed_at, note FROM risk_judgement_history
WHERE assessment_id = ? ORDER BY id
"""


def write_part(db: Database, assessment_id: int, risk_id: str, part: str, value: BaseModel,
               note: str = "") -> None:
    """Store one part (its ``by`` and ``at`` say who and when) and its history row."""
    data = value.model_dump(mode="json")
    encoded = validation.encode_json(data, "The judgement")
    risk = validation.identifier(risk_id, "The risk id")
    stamp = validation.timestamp(data["at"], "The time of the judgement")
    db.execute(_UPSERT, [assessment_id, risk, part, encoded, data["by"], stamp])
    db.execute(_HISTORY, [assessment_id, risk, part, encoded, data["by"], stamp, note])


def clear_part(db: Database, assessment_id: int, risk_id: str, part: str, *, by: str, at: str,
               note: str = "") -> bool:
    """Remove one part, recording who removed it and why; False if there was none."""
    cursor = db.execute(
        "DELETE FROM risk_judgements WHERE assessment_id = ? AND risk_id = ? AND part = ?",
        [assessment_id, risk_id, part])
    if not cursor.rowcount:
        return False
    db.execute(_HISTORY, [assessment_id, risk_id, part, None,
                          validation.text(by, "Who cleared it"), at, note])
    return True


def write_history(db: Database, assessment_id: int, change: JudgementChange) -> None:
    """Insert a history entry as it is (from an import)."""
    value = None if change.value is None else validation.encode_json(change.value, "The value")
    stamp = validation.timestamp(change.at, "The time of the change")
    db.execute(_HISTORY, [assessment_id, change.risk_id, change.part, value,
                          validation.text(change.by, "Who changed it"), stamp, change.note])


def copy_judgements(db: Database, source_id: int, target_id: int) -> None:
    """Duplicating an assessment keeps its judgements and their history."""
    db.execute(_COPY, [target_id, source_id])
    db.execute(_COPY_HISTORY, [target_id, source_id])


def apply_carry(db: Database, assessment_id: int, carry: JudgementCarry, now: str) -> None:
    """Set aside what an upgrade cannot carry, each part with its reason in the history."""
    for item in carry.set_aside:
        clear_part(db, assessment_id, item.risk_id, item.part, by="AIPIA", at=now,
                   note=carry.note(item))


def import_judgements(db: Database, assessment_id: int, judgements: Iterable[Judgement],
                      history: Iterable[JudgementChange]) -> None:
    """Write imported judgements; without a history, each part gets one, oldest first."""
    changes = list(history)
    parts = sorted(((value.model_dump(mode="json"), judgement.risk_id, part)
                    for judgement in judgements for part in PARTS
                    if (value := getattr(judgement, part)) is not None),
                   key=lambda item: (item[0]["at"], item[1], PARTS.index(item[2])))
    for data, risk_id, part in parts:
        encoded = validation.encode_json(data, "The judgement")
        stamp = validation.timestamp(data["at"], "The time of the judgement")
        db.execute(_UPSERT, [assessment_id, risk_id, part, encoded, data["by"], stamp])
        if not changes:
            db.execute(_HISTORY, [assessment_id, risk_id, part, encoded, data["by"], stamp,
                                  "imported"])
    for change in changes:
        write_history(db, assessment_id, change)


class RiskJudgementsMixin(StoreBase):
    def save_judgement_part(self, assessment_id: int, risk_id: str, part: str,
                            value: BaseModel) -> None:
        """Replace one part of a risk's judgement (checked by the caller, see core.treatment)."""
        with self._write() as db:
            touch_assessment(db, assessment_id, clock.utc_now())
            write_part(db, assessment_id, risk_id, validation.choice(part, PARTS, "The part"),
                       value)

    def clear_judgement_part(self, assessment_id: int, risk_id: str, part: str, by: str) -> bool:
        """Remove one part; returns False (and writes nothing) if it was not set."""
        now = clock.utc_now()
        try:
            with self._write() as db:
                touch_assessment(db, assessment_id, now)
                if not clear_part(db, assessment_id, risk_id, part, by=by, at=now):
                    raise _Unchanged()
        except _Unchanged:
            return False
        return True

    def get_judgements(self, assessment_id: int) -> dict[str, Judgement]:
        """Judgements by risk id (empty for an unknown assessment)."""
        rows = fetch_all(self._db, "SELECT risk_id, part, value FROM risk_judgements "
                         "WHERE assessment_id = ? ORDER BY risk_id, part", [assessment_id])
        parts: dict[str, dict[str, dict[str, Any]]] = {}
        for row in rows:
            parts.setdefault(row["risk_id"], {})[row["part"]] = json.loads(row["value"])
        return {rid: judgement_from_parts(rid, found) for rid, found in parts.items()}

    def judgement_history(self, assessment_id: int, risk_id: str | None = None
                          ) -> list[JudgementChange]:
        """Every change, oldest first (of one risk when ``risk_id`` is given)."""
        rows = fetch_all(self._db, _SELECT_HISTORY, [assessment_id, risk_id, risk_id])
        return [JudgementChange(r["risk_id"], r["part"],
                                json.loads(r["value"]) if r["value"] else None,
                                r["changed_by"], r["changed_at"], r["note"]) for r in rows]


class _Unchanged(Exception):
    """Nothing to clear: rolls the touch of the assessment back."""
