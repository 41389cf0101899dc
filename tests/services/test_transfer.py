"""Assessment export files through the service layer: round trips, all-or-nothing imports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.core.answers import Answer
from app.core.answers import file as answer_file
from app.packs.catalog import PackNotFoundError
from app.services import transfer
from app.services.transfer import (
    ImportFileError,
    export_assessment,
    import_assessment,
    read_import,
    write_export,
)
from app.services.workspace import Workspace, WorkspaceError

from .conftest import DEMO_ID, counts, exported_file


def test_export_keeps_hidden_answers_and_notes(
    here: Workspace, filled: int, tmp_path: Path
) -> None:
    path = tmp_path / "export.json"
    data = exported_file(here, filled, path)
    assert "서울병원" in path.read_text(encoding="utf-8")  # readable, not \\u-escaped
    assert data["answers"]["host_region"] == {"value": "US"}
    assert data["answers"]["transfers"] == {
        "value": [{"country": "US", "recipient": "Host"}],
        "note": "계약서 확인",
    }
    assert data["answers"]["dpia_screening"] == {"value": ["scoring", "sensitive"]}
    assert data["measure_plans"]["host_dpa"]["status"] == "in_progress"
    assert not path.with_name("export.json.part").exists()


def test_round_trip_is_identical(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    first = exported_file(here, filled, tmp_path / "first.json")
    imported = import_assessment(there, tmp_path / "first.json")
    second = exported_file(there, imported.id, tmp_path / "second.json")
    first.pop("exported_at")
    second.pop("exported_at")
    assert second == first
    opened = there.open(imported.id)
    assert (opened.problems, opened.pack_changed) == ([], False)
    assert opened.session.answer("host_region") == Answer("US")
    assert not opened.session.is_visible("host_region")


def test_import_as_copy(here: Workspace, filled: int, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    exported_file(here, filled, path)
    before = counts(here)
    with pytest.raises(ImportFileError) as caught:
        import_assessment(here, path)
    (problem,) = caught.value.problems
    assert problem == (
        "assessment.uuid: this assessment is already here (#1 '진료 요약 도우미'); "
        "import it as a copy (--as-copy) to keep both"
    )
    assert counts(here) == before
    copy = import_assessment(here, path, as_copy=True)
    assert copy.id == 2
    assert copy.uuid != here.store.get_assessment(filled).uuid
    assert copy.organization_id == here.store.get_assessment(filled).organization_id
    assert {k: v.value for k, v in here.store.get_answers(2).items()} == {
        k: v.value for k, v in here.store.get_answers(1).items()
    }


def test_every_problem_is_listed_and_nothing_written(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    data = export_assessment(here, filled)
    data["answers"]["hash_pinned"] = {"value": "sometimes"}
    data["answers"]["no_such_question"] = {"value": 1}
    data["answers"]["go_live"] = {"state": "unknown"}
    data["assessment"]["language"] = "de"
    data["measure_plans"]["no_such_measure"] = {"owner": "x"}
    path = tmp_path / "bad.json"
    write_export(data, path)
    with pytest.raises(ImportFileError) as caught:
        import_assessment(there, path)
    assert sorted(caught.value.problems) == sorted(
        [
            "answers.hash_pinned: expected one of yes, no, partial, got 'sometimes'",
            f"answers.no_such_question: not a question of pack '{DEMO_ID}' 0.1.0",
            "answers.go_live: this question does not offer 'unknown'",
            f"assessment.language: 'de' is not a language of pack '{DEMO_ID}'",
            f"measure_plans.no_such_measure: not a measure of pack '{DEMO_ID}'",
        ]
    )
    assert str(caught.value).startswith(f"{path}: ")
    assert counts(there) == (0, 0, 0)


def test_a_missing_pack(here: Workspace, there: Workspace, filled: int, tmp_path: Path) -> None:
    data = export_assessment(here, filled)
    data["pack"]["version"] = "0.2.0"
    path = tmp_path / "newer.json"
    write_export(data, path)
    with pytest.raises(PackNotFoundError, match=rf"no pack '{DEMO_ID} 0.2.0' is installed"):
        import_assessment(there, path)
    assert counts(there) == (0, 0, 0)


def test_a_failure_while_writing_leaves_nothing(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.json"
    exported_file(here, filled, path)
    from app.storage import transfer as storage_transfer

    def broken(*args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(storage_transfer, "write_plan", broken)
    with pytest.raises(OSError, match="disk full"):
        import_assessment(there, path)
    assert counts(there) == (0, 0, 0)


def test_the_pack_hash_is_kept_and_a_changed_pack_is_noticed(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    data = export_assessment(here, filled)
    data["pack"]["hash"] = "0" * 64
    path = tmp_path / "other-hash.json"
    write_export(data, path)
    imported = import_assessment(there, path)
    assert imported.pack_hash == "0" * 64
    assert there.open(imported.id).pack_changed


def test_read_import_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"padding": "x" * 200}), encoding="utf-8")
    monkeypatch.setattr(answer_file, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImportFileError, match="larger than"):
        read_import(path)
    with pytest.raises(ImportFileError, match="cannot read the file"):
        read_import(tmp_path / "missing.json")
    with pytest.raises(ImportFileError, match="cannot read the file"):
        read_import(tmp_path)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("null", "not an AIPIA assessment export (a JSON null, not an object)"),
        ('"text"', "not an AIPIA assessment export (a JSON str, not an object)"),
        ("{}", "format: Field required"),
        ("NaN", "not an AIPIA assessment export (a JSON float, not an object)"),
    ],
)
def test_read_import_of_other_json(tmp_path: Path, body: str, problem: str) -> None:
    path = tmp_path / "other.json"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_import(path)
    assert problem in caught.value.problems


def test_workspace_reports_stored_answers_that_no_longer_fit(here: Workspace) -> None:
    record = here.new_assessment("Acme", "Bot")
    here.store.save_answer(record.id, "hash_pinned", {"value": "sometimes"})
    here.store.save_answer(record.id, "retired_question", {"value": "yes"}, note="old")
    here.store.save_answer(record.id, "system_name", {"value": "Bot"})
    opened = here.open(record.id)
    assert opened.problems == [
        "hash_pinned: expected one of yes, no, partial, got 'sometimes'",
        f"retired_question: not a question of {DEMO_ID} 0.1.0",
    ]
    assert dict(opened.session.answers) == {"system_name": Answer("Bot")}
    assert opened.notes == {"retired_question": "old"}


def test_workspace_new_assessment_checks(here: Workspace) -> None:
    with pytest.raises(WorkspaceError, match="not available in 'ja'"):
        here.new_assessment("Acme", "Bot", language="ja")
    with pytest.raises(WorkspaceError, match="give the assessment a title"):
        here.new_assessment("Acme", " ")
    assert counts(here) == (0, 0, 0)
    record = here.new_assessment("Acme", "Bot", DEMO_ID, "0.1.0")
    assert (record.pack_id, record.language) == (DEMO_ID, "en")
