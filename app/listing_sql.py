"""The SQL of the assessment list, shared by the storage layer and the start-up listing.

Standard library only, outside the layers on purpose (like :mod:`app.paths`):
``app.storage`` lists with it, and ``app.services.quick_listing`` reads the same
rows before the storage layer is imported (issue 19), so the two cannot drift.
Searching needs the ``aipia_casefold`` SQL function (:func:`casefold`) on the connection.
"""

from __future__ import annotations

from typing import Any

CLIENT_SELECT = "SELECT id, name, notes, archived, created_at, updated_at FROM organizations"
ASSESSMENT_SELECT = """
SELECT a.id, a.uuid, a.organization_id, o.name AS organization_name, a.title,
       a.pack_id, a.pack_version, a.pack_hash, a.language, a.status,
       a.current_section, a.created_at, a.updated_at
FROM assessments AS a JOIN organizations AS o ON o.id = a.organization_id
"""


def clients_query(include_archived: bool) -> str:
    """Clients sorted by name; archived ones only if asked for."""
    where = "" if include_archived else " WHERE archived = 0"
    return f"{CLIENT_SELECT}{where} ORDER BY name, id"


def assessments_query(organization_id: int | None, include_archived: bool,
                      search: str | None) -> tuple[str, list[Any]]:
    """Most recently changed first; ``search``: text in the title or client name, any case."""
    clauses: list[str] = []
    params: list[Any] = []
    if organization_id is not None:
        clauses.append("a.organization_id = ?")
        params.append(organization_id)
    if not include_archived:
        clauses.append("a.status != 'archived'")
    if search and search.strip():
        needle = search.strip().casefold()
        clauses.append("(instr(aipia_casefold(a.title), ?) OR instr(aipia_casefold(o.name), ?))")
        params += [needle, needle]
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return f"{ASSESSMENT_SELECT} {where} ORDER BY a.updated_at DESC, a.id DESC", params


def casefold(value: object) -> str | None:
    """``aipia_casefold(text)`` in SQL: Python's casefold (SQLite's lower() is ASCII only)."""
    return value.casefold() if isinstance(value, str) else None
