"""Evidence files: kept by SHA-256 in the data folder, within limits, never run; hostile files."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from app.core.review import EvidenceError
from app.services import evidence, review
from app.services.workspace import Workspace
from app.storage import evidence_files


def stored_files(workspace: Workspace) -> set[str]:
    return evidence.files(workspace).stored()


def nothing_kept(workspace: Workspace, assessment_id: int) -> bool:
    folder = workspace.data_dir / "evidence"
    leftovers = list(folder.rglob("*")) if folder.is_dir() else []
    return workspace.store.list_attachments(assessment_id) == [] and not [
        p for p in leftovers if p.is_file()]


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    path = tmp_path / "계약서 (signed).pdf"
    path.write_bytes(b"%PDF-1.4 data processing agreement")
    return path


def test_a_file_is_kept_by_its_hash_read_only_and_listed(
    here: Workspace, filled: int, contract: Path
) -> None:
    item = evidence.attach(here, filled, contract, target_kind="answer",
                           target_id="transfers", note="Signed copy", by="H. Kim")
    digest = hashlib.sha256(contract.read_bytes()).hexdigest()
    assert (item.name, item.size, item.sha256, item.note) == (
        contract.name, contract.stat().st_size, digest, "Signed copy")
    kept = here.data_dir / "evidence" / digest[:2] / digest
    assert kept.read_bytes() == contract.read_bytes()
    assert stat.S_IMODE(kept.stat().st_mode) & 0o333 == 0  # read-only, never executable
    assert evidence.list_attachments(here, filled) == [item]
    again = evidence.attach(here, filled, contract, target_kind="section", target_id="flows",
                            by="H. Kim")
    assert again.sha256 == digest and stored_files(here) == {digest}  # stored once


def test_an_unknown_target_is_refused_with_a_suggestion(
    here: Workspace, filled: int, contract: Path
) -> None:
    with pytest.raises(EvidenceError) as caught:
        evidence.attach(here, filled, contract, target_kind="answer", target_id="transfer",
                        by="H. Kim")
    assert "'transfer' is not a question" in str(caught.value)
    assert "transfers" in str(caught.value)
    assert nothing_kept(here, filled)


def test_a_2_gb_file_is_refused_before_a_byte_is_read(
    here: Workspace, filled: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "dump.bin"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: no disk space used

    def never(handle: BinaryIO) -> Iterator[bytes]:
        raise AssertionError("the file was read")
        yield b""  # pragma: no cover

    monkeypatch.setattr(evidence_files, "chunks", never)
    with pytest.raises(EvidenceError) as caught:
        evidence.attach(here, filled, huge, by="H. Kim")
    assert caught.value.code == "file_too_large"
    assert "2.0 GB" in str(caught.value) and "at most 10.0 MB" in str(caught.value)
    assert nothing_kept(here, filled)


def test_the_limit_per_assessment_counts_every_file_once(
    here: Workspace, filled: int, tmp_path: Path
) -> None:
    evidence.set_limits(here, per_file_mb=2, per_assessment_mb=3)
    first, second = tmp_path / "a.bin", tmp_path / "b.bin"
    first.write_bytes(b"a" * (2 * 2**20 - 10))
    second.write_bytes(b"b" * (2 * 2**20 - 10))
    evidence.attach(here, filled, first, by="H. Kim")
    evidence.attach(here, filled, first, target_kind="section", target_id="flows", by="H. Kim")
    with pytest.raises(EvidenceError) as caught:
        evidence.attach(here, filled, second, by="H. Kim")
    assert caught.value.code == "assessment_full" and "at most 3.0 MB" in str(caught.value)
    assert len(stored_files(here)) == 1 and len(here.store.list_attachments(filled)) == 2
    with pytest.raises(EvidenceError, match="from 1 to 45"):
        evidence.set_limits(here, per_assessment_mb=100)


def test_a_symlink_and_a_fifo_are_refused(
    here: Workspace, filled: int, contract: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.pdf"
    link.symlink_to(contract)
    with pytest.raises(EvidenceError, match="is a symbolic link, not a file"):
        evidence.attach(here, filled, link, by="H. Kim")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceError, match="is a named pipe"):
        evidence.attach(here, filled, fifo, by="H. Kim")
    with pytest.raises(EvidenceError, match="is a folder"):
        evidence.attach(here, filled, tmp_path, by="H. Kim")
    assert nothing_kept(here, filled)


def test_a_name_that_is_a_path_is_refused_and_nothing_lands_outside(
    here: Workspace, filled: int, contract: Path, tmp_path: Path
) -> None:
    with pytest.raises(EvidenceError, match="folder separator"):
        evidence.attach(here, filled, contract, name="../../x", by="H. Kim")
    via_parent = tmp_path / "a" / "b" / ".." / ".." / contract.name  # a path, not a name
    (tmp_path / "a" / "b").mkdir(parents=True)
    item = evidence.attach(here, filled, via_parent, by="H. Kim")
    assert item.name == contract.name
    assert not (here.data_dir.parent / "x").exists()


@pytest.mark.parametrize("change", ["rewrite the copied part, time put back", "append"])
def test_a_file_that_changes_while_it_is_copied_is_refused(
    here: Workspace, filled: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    source = tmp_path / "log.txt"
    source.write_bytes(b"x" * (3 * evidence_files.CHUNK))
    original = source.stat()
    real = evidence_files.chunks
    changed = []

    def changing(handle: BinaryIO) -> Iterator[bytes]:
        for chunk in real(handle):
            yield chunk
            if not changed:  # another program writes to the file after the first chunk
                changed.append(True)
                with source.open("r+b") as other:
                    if change == "append":
                        other.seek(0, os.SEEK_END)
                    else:  # a part already copied; even its time is put back
                        other.seek(5)
                    other.write(b"CHANGED")
                if change != "append":
                    os.utime(source, ns=(original.st_atime_ns, original.st_mtime_ns))

    monkeypatch.setattr(evidence_files, "chunks", changing)
    with pytest.raises(EvidenceError) as caught:
        evidence.attach(here, filled, source, by="H. Kim")
    assert caught.value.code == "changed" and "attach it again" in str(caught.value)
    assert nothing_kept(here, filled)


def test_removing_keeps_the_file_while_a_revision_lists_it(
    here: Workspace, filled: int, contract: Path
) -> None:
    item = evidence.attach(here, filled, contract, by="H. Kim")
    review.change_status(here, filled, "in_review", by="H. Kim")
    review.change_status(here, filled, "approved", by="J. Lee")
    with pytest.raises(Exception, match="read-only"):
        evidence.detach(here, filled, item.id)
    review.start_new_revision(here, filled, by="H. Kim")
    evidence.detach(here, filled, item.id)
    assert evidence.list_attachments(here, filled) == []
    assert stored_files(here) == {item.sha256}  # revision 1 still lists it
    here.store.delete_assessment(filled)
    assert evidence.sweep(here, min_age_seconds=0) == [item.sha256]
    assert stored_files(here) == set()


def test_a_file_nothing_lists_goes_when_its_attachment_is_removed(
    here: Workspace, filled: int, contract: Path
) -> None:
    item = evidence.attach(here, filled, contract, by="H. Kim")
    evidence.detach(here, filled, item.id)
    assert stored_files(here) == set()
    with pytest.raises(EvidenceError, match=f"has no attachment {item.id}"):
        evidence.detach(here, filled, item.id)


def test_only_viewer_types_are_opened_and_from_a_read_only_copy(
    here: Workspace, filled: int, contract: Path, tmp_path: Path
) -> None:
    item = evidence.attach(here, filled, contract, by="H. Kim")
    path = evidence.viewable_copy(here, filled, item.id)
    assert path.name == contract.name and path.read_bytes() == contract.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) & 0o333 == 0
    tool = tmp_path / "setup.exe"
    tool.write_bytes(b"MZ\x90\x00")
    exe = evidence.attach(here, filled, tool, by="H. Kim")
    with pytest.raises(EvidenceError, match=r"does not open '\.exe' files"):
        evidence.viewable_copy(here, filled, exe.id)
    saved = evidence.save_copy(here, filled, exe.id, tmp_path / "out")
    assert saved.read_bytes() == b"MZ\x90\x00"
    evidence.clear_viewable_copies(here)
    assert not path.exists()


def test_a_stored_file_changed_on_disk_is_reported_not_used(
    here: Workspace, filled: int, contract: Path
) -> None:
    item = evidence.attach(here, filled, contract, by="H. Kim")
    kept = evidence.files(here).path_of(item.sha256)
    kept.chmod(0o600)
    kept.write_bytes(b"tampered")
    with pytest.raises(EvidenceError, match="does not match its SHA-256"):
        evidence.read_attachment(here, filled, item.id)
    with pytest.raises(EvidenceError, match="does not match its SHA-256"):
        evidence.viewable_copy(here, filled, item.id)
