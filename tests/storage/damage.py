"""Real databases made by the Store, then damaged on purpose (pages, header, text, indexes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.storage import Store

MARKER = "marker-answer-text-0001"


def make_database(path: Path, answers: int = 40) -> int:
    """A closed database (no write-ahead log left) with one assessment; returns its id."""
    with Store.open(path) as store:
        org = store.add_organization("Acme Health")
        record = store.create_assessment(org.id, "Triage bot",
                                         pack_id="p", pack_version="1.0.0", pack_hash="h",
                                         language="en")
        store.save_answer(record.id, "q_marker", {"value": MARKER})
        for i in range(answers):
            store.save_answer(record.id, f"q{i:03d}", {"value": "x" * 300})
    assert not path.with_name(path.name + "-wal").exists()
    return record.id


def root_page(path: Path, name: str) -> tuple[int, int]:
    """(page number, page size) of a table's or index's b-tree root."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [name]).fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return int(page[0]), int(size)


def smash_page(path: Path, name: str) -> None:
    """Overwrite the b-tree page header of ``name``'s root page with garbage."""
    page, size = root_page(path, name)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size + (100 if page == 1 else 0))
        handle.write(bytes([0x0D, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0x13]))


def replace_bytes(path: Path, old: bytes, new: bytes) -> None:
    """Change stored bytes in place (same length), e.g. to break a text's UTF-8."""
    assert len(old) == len(new)
    data = path.read_bytes()
    assert data.count(old) >= 1, old
    path.write_bytes(data.replace(old, new))


def set_header_bytes(path: Path, offset: int, value: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(value)


def break_index(path: Path) -> None:
    """Make an index disagree with its table (only ``PRAGMA integrity_check`` sees it)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, '(assessment_id, question_id)',"
            " '(question_id, assessment_id)') WHERE name = 'answer_history_by_question'")
    finally:
        conn.close()
