"""Exchange files: everything travels, every hash is checked, a bad file imports nothing."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.answers import Answer
from app.packs import zip_reader
from app.services import evidence, exchange, review, revisions
from app.services import risk_treatment as treatment
from app.services.exchange_parts import zip_bytes
from app.services.transfer import ImportFileError, export_assessment
from app.services.workspace import Workspace

PASSPHRASE = "correct horse battery"  # noqa: S105 - a test passphrase


@pytest.fixture
def approved(here: Workspace, filled: int, tmp_path: Path) -> int:
    """The filled assessment with two files, reviewed, approved and given the DPO's opinion."""
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    contract = tmp_path / "dpa.pdf"
    contract.write_bytes(b"%PDF-1.4 agreement")
    evidence.attach(here, filled, scan, target_kind="section", target_id="flows", by="H. Kim")
    evidence.attach(here, filled, contract, target_kind="measure", target_id="host_dpa",
                    note="signed", by="H. Kim")
    review.change_status(here, filled, "in_review", by="H. Kim")
    review.judge_section(here, filled, "flows", "improvable", comment="Shorter logs", by="J. Lee")
    review.add_comment(here, filled, "Well documented", by="J. Lee")
    review.change_status(here, filled, "approved", by="J. Lee", comment="Approved")
    review.record_opinion(here, filled, "dpo", name="P. Park", stance="favourable",
                          text="Proceed.", by="P. Park")
    return filled


def everything(workspace: Workspace, assessment_id: int) -> dict[str, Any]:
    """What must be identical after a round trip (ids and export times left out)."""
    store = workspace.store
    export = export_assessment(workspace, assessment_id)
    export.pop("exported_at")
    return {
        "export": export,
        "events": [{k: v for k, v in vars(e).items() if k != "id"}
                   for e in store.review_events(assessment_id)],
        "verdicts": store.verdict_history(assessment_id),
        "comments": [(c.section_id, c.body, c.by, c.at)
                     for c in store.review_comments(assessment_id)],
        "opinions": store.opinion_history(assessment_id),
        "revisions": [(info, store.get_revision(assessment_id, info.number).snapshot)
                      for info in store.list_revisions(assessment_id)],
        "attachments": [(a.name, a.target_kind, a.target_id, a.sha256, a.size, a.note,
                         evidence.read_attachment(workspace, assessment_id, a.id))
                        for a in store.list_attachments(assessment_id)],
    }


def nothing_written(workspace: Workspace) -> bool:
    folder = workspace.data_dir / "evidence"
    return workspace.store.list_assessments(include_archived=True) == [] and not (
        folder.is_dir() and [p for p in folder.rglob("*") if p.is_file()])


def rewritten(path: Path, target: Path, change: Callable[[dict[str, bytes]], None],
              *, fix_manifest: bool = True) -> Path:
    """The exchange file at ``path`` with its entries changed (and its manifest made to agree)."""
    entries = zip_reader.read_entries(path)
    change(entries)
    if fix_manifest:
        manifest = json.loads(entries["manifest.json"])
        manifest["files"] = {n: hashlib.sha256(d).hexdigest()
                             for n, d in entries.items() if n != "manifest.json"}
        entries["manifest.json"] = json.dumps(manifest).encode()
    target.write_bytes(zip_bytes(entries))
    return target


def edit_json(name: str, edit: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, bytes]],
                                                                               None]:
    def change(entries: dict[str, bytes]) -> None:
        data = json.loads(entries[name])
        edit(data)
        entries[name] = json.dumps(data).encode()
    return change


def test_an_encrypted_exchange_file_imports_identical_elsewhere(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.aipia"
    summary = exchange.export_package(here, approved, path, passphrase=PASSPHRASE)
    assert (summary.revisions, summary.attachments, summary.files, summary.encrypted) == (
        1, 2, 2, True)
    raw = path.read_bytes()
    assert b"PK" not in raw[:8] and "요약 도우미".encode() not in raw
    outcome = exchange.import_package(there, path, passphrase=PASSPHRASE)
    assert not outcome.replaced and outcome.warnings == []
    assert everything(there, outcome.record.id) == everything(here, approved)
    assert there.store.get_assessment(outcome.record.id).status == "approved"
    with pytest.raises(Exception, match="read-only"):  # still approved, still locked there
        there.save_answer(there.open(outcome.record.id), "system_name", Answer("x"))


def test_a_file_checked_and_shown_first_is_imported_without_decrypting_it_again(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "clinic.aipia"
    prepared = here.prepare_package(approved)  # the database's part ...
    summary = Workspace.write_package(prepared, path, PASSPHRASE)  # ... and the rest, anywhere
    assert summary.encrypted and path.read_bytes() != b""
    checked = there.read_package(path, PASSPHRASE)
    opened: list[bytes] = []
    original = exchange.envelope.open_sealed
    monkeypatch.setattr(exchange.envelope, "open_sealed",
                        lambda raw, phrase: opened.append(raw) or original(raw, phrase))
    outcome = there.import_package(path, PASSPHRASE, checked=checked)
    assert opened == []
    assert everything(there, outcome.record.id) == everything(here, approved)


def test_a_plain_exchange_file_is_a_zip_with_a_manifest_of_hashes(
    here: Workspace, approved: int, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.aipia"
    exchange.export_package(here, approved, path)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        assert {"assessment.json", "review.json"} <= names
        assert all(hashlib.sha256(archive.read(n)).hexdigest() == h
                   for n, h in manifest["files"].items())
    blobs = {n for n in names if n.startswith("files/")}
    assert blobs == {f"files/{a.sha256}" for a in here.store.list_attachments(approved)}


def test_a_wrong_passphrase_imports_nothing(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.aipia"
    exchange.export_package(here, approved, path, passphrase=PASSPHRASE)
    with pytest.raises(ImportFileError, match="passphrase is wrong"):
        exchange.import_package(there, path, passphrase=PASSPHRASE + "!")
    with pytest.raises(ImportFileError, match="it is encrypted: give its passphrase"):
        exchange.import_package(there, path)
    assert nothing_written(there)


@pytest.mark.parametrize("sealed", [False, True])
def test_one_changed_byte_imports_nothing(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path, sealed: bool
) -> None:
    path = tmp_path / "clinic.aipia"
    exchange.export_package(here, approved, path, passphrase=PASSPHRASE if sealed else None)
    data = bytearray(path.read_bytes())
    if sealed:
        data[len(data) // 2] ^= 0x20
    else:  # a byte inside the first evidence file's (compressed) content
        with zipfile.ZipFile(path) as archive:
            info = next(i for i in archive.infolist() if i.filename.startswith("files/"))
        name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
        data[info.header_offset + 30 + name_length + extra_length + 2] ^= 0x20
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFileError) as caught:
        exchange.import_package(there, path, passphrase=PASSPHRASE)
    assert "changed" in str(caught.value) or "damaged" in str(caught.value)
    assert nothing_written(there)


def test_a_file_whose_entry_changed_without_its_manifest_is_refused(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.aipia"
    exchange.export_package(here, approved, path)
    edit = edit_json("assessment.json", lambda d: d["answers"].update(
        {"system_name": {"value": "Swapped"}}))
    bad = rewritten(path, tmp_path / "bad.aipia", edit, fix_manifest=False)
    with pytest.raises(ImportFileError, match=r"assessment\.json: its SHA-256 does not match"):
        exchange.import_package(there, bad)
    assert nothing_written(there)


@pytest.mark.parametrize(("change", "message"), [
    (edit_json("review.json", lambda d: d["attachments"][0].update(name="../../x")),
     "attachments[0].name: '../../x' cannot be an attachment's name"),
    (edit_json("review.json", lambda d: d["attachments"][1].update(size=3)),
     "its file has 18 bytes, not 3"),
    (edit_json("review.json", lambda d: d["revisions"][0]["snapshot"]["answers"].update(
        {"system_name": {"value": "Edited"}})), "snapshot_hash: does not match the snapshot"),
    (edit_json("review.json", lambda d: d.update(assessment_uuid="0" * 32)),
     "its parts are of different assessments"),
    (lambda e: e.pop(next(n for n in e if n.startswith("files/"))), "is not in the file"),
])
def test_a_file_that_disagrees_with_itself_is_refused_whole(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path,
    change: Callable[[dict[str, bytes]], None], message: str,
) -> None:
    path = tmp_path / "clinic.aipia"
    exchange.export_package(here, approved, path)
    bad = rewritten(path, tmp_path / "bad.aipia", change)
    with pytest.raises(ImportFileError) as caught:
        exchange.import_package(there, bad)
    assert message in str(caught.value)
    assert nothing_written(there)


def test_a_zip_bomb_is_refused_while_reading(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.aipia"
    exchange.export_package(here, approved, path)
    entries = zip_reader.read_entries(path)
    bomb = tmp_path / "bomb.aipia"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        archive.writestr("files/" + "0" * 64, b"\0" * (60 * 2**20))
    with pytest.raises(ImportFileError, match=r"more than 50 MB uncompressed"):
        exchange.import_package(there, bomb)
    assert nothing_written(there)


def test_a_newer_revision_replaces_the_older_one_and_an_older_one_is_refused(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path
) -> None:
    first = tmp_path / "v1.aipia"
    exchange.export_package(here, approved, first)
    imported = exchange.import_package(there, first).record
    review.start_new_revision(here, approved, by="H. Kim", comment="2027 review")
    here.save_answer(here.open(approved), "system_name", Answer("요약 도우미 2"))
    opened = here.open(approved)
    treatment.plan_measure(here, opened, "host_dpa", status="done")
    review.change_status(here, approved, "in_review", by="H. Kim")
    review.change_status(here, approved, "approved", by="J. Lee")
    second = tmp_path / "v2.aipia"
    exchange.export_package(here, approved, second)
    outcome = exchange.import_package(there, second)
    assert outcome.replaced and outcome.record.id == imported.id
    assert everything(there, imported.id) == everything(here, approved)
    before = everything(there, imported.id)
    with pytest.raises(ImportFileError) as caught:
        exchange.import_package(there, first)
    assert "holds revision 1" in str(caught.value) and "already has revision 2" in str(
        caught.value)
    with pytest.raises(ImportFileError, match=r"already here \(#\d+ .*\) at revision 2"):
        exchange.import_package(there, second)
    assert everything(there, imported.id) == before


def test_work_here_that_no_revision_holds_is_never_replaced(
    here: Workspace, there: Workspace, approved: int, tmp_path: Path
) -> None:
    first = tmp_path / "v1.aipia"
    exchange.export_package(here, approved, first)
    imported = exchange.import_package(there, first).record
    review.start_new_revision(there, imported.id, by="Client")
    there.save_answer(there.open(imported.id), "system_name", Answer("Client's edit"))
    review.start_new_revision(here, approved, by="H. Kim")
    review.change_status(here, approved, "in_review", by="H. Kim")
    review.change_status(here, approved, "approved", by="J. Lee")
    second = tmp_path / "v2.aipia"
    exchange.export_package(here, approved, second)
    with pytest.raises(ImportFileError, match="changes here that are in no revision"):
        exchange.import_package(there, second)
    assert there.store.get_answers(imported.id)["system_name"].value == {
        "value": "Client's edit"}
    copy = exchange.import_package(there, second, as_copy=True, title="Copy")
    assert copy.record.id != imported.id
    assert [r.number for r in revisions.list_revisions(there, copy.record.id)] == [1, 2]
