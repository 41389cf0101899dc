"""A damaged database is found, explained (file + way out) and never written to.

Each case damages a real database made by the Store: a b-tree page, the
header, the file's length, the schema text, an index, a stored text's UTF-8
or a stored JSON value. Small files get the whole-file check when opened;
"large" ones (the size limit set to 0) get it before their first write.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.storage import DatabaseDamagedError, Store, health
from app.storage.health import header_problem

from .damage import (
    MARKER,
    break_index,
    make_database,
    replace_bytes,
    set_header_bytes,
    smash_page,
)

Damage = Callable[[Path], None]

DAMAGES: dict[str, Damage] = {
    "history page": lambda p: smash_page(p, "answer_history"),
    "answers page": lambda p: smash_page(p, "answers"),
    "organizations page": lambda p: smash_page(p, "organizations"),
    "page size": lambda p: set_header_bytes(p, 16, b"\x03\x01"),
    "cut in half": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "schema text": lambda p: replace_bytes(p, b"CREATE TABLE organizations",
                                           b"CREATE TABLE \xff\xfeganizations"),
    "schema name not UTF-8": lambda p: (  # was a UnicodeDecodeError in _set_pragmas
        replace_bytes(p, b"tableorganizationsorganizations",
                      b"tableo\xff\xfeanizationsorganizations"),
        replace_bytes(p, b"CREATE TABLE organizations (", b"CREATE TABLE organizations \xff")),
    "index": break_index,
    "text not UTF-8": lambda p: replace_bytes(p, b"answer-text", b"answer\xff\xfe\xfd\xfct"),
    "value not JSON": lambda p: replace_bytes(p, f'"{MARKER}"'.encode(),
                                              f"'{MARKER}'".encode()),
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("pristine") / "aipia.db"
    return path, make_database(path)


def damaged_copy(pristine: tuple[Path, int], folder: Path, damage: Damage) -> Path:
    target = folder / "aipia.db"
    shutil.copyfile(pristine[0], target)
    damage(target)
    return target


def use_it(path: Path, assessment_id: int) -> None:
    """What a command does: open, read the answers, save one."""
    with Store.open(path) as store:
        store.list_assessments()
        store.get_answers(assessment_id)
        store.save_answer(assessment_id, "q000", {"value": "changed"})


def unchanged(path: Path, before: bytes) -> bool:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() == before and (not wal.exists() or wal.stat().st_size == 0)


@pytest.mark.parametrize("large", [False, True], ids=["small", "large"])
@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_damage_is_explained_and_the_file_is_never_written(
    kind: str, large: bool, pristine: tuple[Path, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if large:
        monkeypatch.setattr(health, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    path = damaged_copy(pristine, tmp_path, DAMAGES[kind])
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError) as caught:
        use_it(path, pristine[1])
    message = str(caught.value)
    assert str(path) in message and "is damaged" in message
    assert "aipia backup restore" in message and str(tmp_path / "backups") in message
    assert len(message) < 800
    assert unchanged(path, before)
    assert not (tmp_path / "backups").exists()  # a damaged file is never backed up


def test_an_intact_copy_opens_and_saves(pristine: tuple[Path, int], tmp_path: Path) -> None:
    path = damaged_copy(pristine, tmp_path, lambda p: None)
    use_it(path, pristine[1])
    with Store.open(path) as store:
        assert store.get_answers(pristine[1])["q000"].value == {"value": "changed"}


def test_damage_found_while_reading_stops_every_later_write(
    pristine: tuple[Path, int], tmp_path: Path
) -> None:
    path = damaged_copy(pristine, tmp_path, DAMAGES["text not UTF-8"])
    before = path.read_bytes()
    with Store.open(path) as store:  # the page checks cannot see a bad byte inside a text
        assert [a.title for a in store.list_assessments()] == ["Triage bot"]
        with pytest.raises(DatabaseDamagedError, match="Could not decode"):
            store.get_answers(pristine[1])
        assert store.damaged is not None
        with pytest.raises(DatabaseDamagedError):
            store.add_organization("Another client")
        with pytest.raises(DatabaseDamagedError):
            store.write_backup("manual")
    assert unchanged(path, before)


def test_a_large_file_is_checked_before_its_first_write(
    pristine: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    path = damaged_copy(pristine, tmp_path, DAMAGES["history page"])
    with Store.open(path) as store:  # only the small tables are checked when opening
        assert [a.title for a in store.list_assessments()] == ["Triage bot"]
        with pytest.raises(DatabaseDamagedError, match="malformed"):
            store.rename_organization(1, "Acme")


def header_of(path: Path) -> tuple[bytes, int]:
    return path.read_bytes()[:100], path.stat().st_size


@pytest.mark.parametrize(("offset", "value", "words"), [
    (18, b"\x07", "format bytes"),
    (21, b"\x41", "format bytes"),
    (80, b"\x01", "reserved fields"),
    (59, b"\x02", "UTF-8"),
    (16, b"\x00\x07", "page size"),
])
def test_header_problems_are_named(
    pristine: tuple[Path, int], offset: int, value: bytes, words: str
) -> None:
    header, size = header_of(pristine[0])
    assert header_problem(header, size, wal_has_data=False) is None
    broken = header[:offset] + value + header[offset + len(value):]
    problem = header_problem(broken, size, wal_has_data=False)
    assert problem is not None and words in problem


def test_a_header_behind_its_write_ahead_log_is_not_judged_by_size(
    pristine: tuple[Path, int]
) -> None:
    header, size = header_of(pristine[0])
    assert "cut off" in (header_problem(header, size - 4096, wal_has_data=False) or "")
    assert header_problem(header, size - 4096, wal_has_data=True) is None
