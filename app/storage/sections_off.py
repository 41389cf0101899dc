"""Sections the assessor switched off (see ``schema_sections_off``, ``app.core.sections_off``).

The functions taking ``db`` run inside a caller's transaction (imports,
duplicates); the mixin's methods are one transaction each.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from app.core.sections_off import SectionOff
from app.storage import clock, validation
from app.storage.assessments import touch_assessment
from app.storage.database import StoreBase, fetch_all

_UPSERT = """
INSERT INTO sections_off (assessment_id, section_id, reason, changed_by, changed_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (assessment_id, section_id) DO UPDATE SET
    reason = excluded.reason, changed_by = excluded.changed_by, changed_at = excluded.changed_at
"""
_COPY = """
INSERT INTO sections_off (assessment_id, section_id, reason, changed_by, changed_at)
SELECT ?, section_id, reason, changed_by, changed_at FROM sections_off WHERE assessment_id = ?
"""


def write_section_off(db: Database, assessment_id: int, off: SectionOff) -> None:
    section = validation.identifier(off.section_id, "The section id")
    stamp = validation.timestamp(off.at, "The time it was switched off")
    db.execute(_UPSERT, [assessment_id, section, validation.text(off.reason, "The reason"),
                         validation.text(off.by, "Who switched it off"), stamp])


def copy_sections_off(db: Database, source_id: int, target_id: int) -> None:
    """Duplicating an assessment keeps its switched-off sections."""
    db.execute(_COPY, [target_id, source_id])


def import_sections_off(db: Database, assessment_id: int, found: Iterable[SectionOff]) -> None:
    for off in found:
        write_section_off(db, assessment_id, off)


class SectionsOffMixin(StoreBase):
    def switch_section_off(self, assessment_id: int, section_id: str, reason: str,
                           by: str) -> SectionOff:
        """Record the section as switched off now (checked by the caller: core.sections_off)."""
        off = SectionOff(section_id, reason, by, clock.utc_now())
        with self._write() as db:
            touch_assessment(db, assessment_id, off.at)
            write_section_off(db, assessment_id, off)
        return off

    def switch_section_on(self, assessment_id: int, section_id: str) -> bool:
        """Remove the record; False if the section was not switched off."""
        with self._write() as db:
            cursor = db.execute("DELETE FROM sections_off WHERE assessment_id = ? AND "
                                "section_id = ?", [assessment_id, section_id])
            if cursor.rowcount:
                touch_assessment(db, assessment_id, clock.utc_now())
        return bool(cursor.rowcount)

    def get_sections_off(self, assessment_id: int) -> dict[str, SectionOff]:
        rows = fetch_all(self._db, "SELECT section_id, reason, changed_by, changed_at FROM "
                         "sections_off WHERE assessment_id = ? ORDER BY section_id",
                         [assessment_id])
        return {r["section_id"]: SectionOff(r["section_id"], r["reason"], r["changed_by"],
                                            r["changed_at"]) for r in rows}
