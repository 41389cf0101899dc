"""Model-scan manifests travel with an exported assessment, and a bad one stops the import.

A scan kept with an assessment (every model file with its size and SHA-256)
is what a later scan is compared with and what the report's model inventory
prints, so moving an assessment to another machine must not lose it. Exports
written before scans were exported have no ``model_scans`` and still import.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.packs.catalog import PackCatalog
from app.services import inspection
from app.services.transfer import (
    ImportFileError,
    export_assessment,
    import_assessment,
    write_export,
)
from app.services.workspace import Workspace
from tests.core import model_builders as mb

DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"


def workspace(tmp_path: Path, name: str) -> Workspace:
    builtin = tmp_path / "builtin"
    if not builtin.exists():
        shutil.copytree(DEMO_SMALL, builtin / "demo-small")
    opened = Workspace(tmp_path / name)
    opened.catalog = PackCatalog(opened.store, builtin_dir=builtin)
    return opened


@pytest.fixture
def here(tmp_path: Path) -> Iterator[Workspace]:
    with workspace(tmp_path, "here") as opened:
        yield opened


@pytest.fixture
def there(tmp_path: Path) -> Iterator[Workspace]:
    with workspace(tmp_path, "there") as opened:
        yield opened


@pytest.fixture
def scanned(here: Workspace, tmp_path: Path) -> int:
    """An assessment with two scans of one model folder; the licence changed in between."""
    record = here.new_assessment("Hanbit Clinic", "Notes", language="en")
    folder = mb.hf_folder(tmp_path / "models" / "tiny-llama", card={"license": "llama3.1"})
    inspection.keep_scan(here, record.id, inspection.run_scan([folder]))
    (folder / "LICENSE").write_text(mb.LLAMA31)
    inspection.keep_scan(here, record.id, inspection.run_scan([folder]))
    return record.id


def exported(workspace: Workspace, assessment_id: int, path: Path) -> dict[str, Any]:
    write_export(export_assessment(workspace, assessment_id), path)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def scans_of(workspace: Workspace, assessment_id: int) -> list[tuple[str, dict[str, Any]]]:
    return [(s.scanned_at, s.manifest) for s in workspace.store.list_model_scans(assessment_id)]


def test_scans_round_trip_with_the_assessment(
        here: Workspace, there: Workspace, scanned: int, tmp_path: Path) -> None:
    first = exported(here, scanned, tmp_path / "first.json")
    kept = scans_of(here, scanned)
    assert len(kept) == 2
    assert [(s["scanned_at"], s["manifest"]) for s in first["model_scans"]] == kept
    imported = import_assessment(there, tmp_path / "first.json")
    assert scans_of(there, imported.id) == scans_of(here, scanned)
    assert inspection.report_scans(there, imported.id) == inspection.report_scans(here, scanned)
    second = exported(there, imported.id, tmp_path / "second.json")
    assert second["model_scans"] == first["model_scans"]


def test_the_imported_scan_is_what_the_next_scan_is_compared_with(
        here: Workspace, there: Workspace, scanned: int, tmp_path: Path) -> None:
    exported(here, scanned, tmp_path / "export.json")
    imported = import_assessment(there, tmp_path / "export.json")
    folder = tmp_path / "models" / "tiny-llama"
    (folder / "config.json").write_text('{"architectures": ["Other"]}')
    found = inspection.changes_since_last(there, imported.id, inspection.run_scan([folder]))
    assert found is not None
    assert [(c.kind, Path(c.path).name) for c in found[1]] == [("changed", "config.json")]


def test_an_export_without_scans_still_imports(
        here: Workspace, there: Workspace, tmp_path: Path) -> None:
    record = here.new_assessment("Hanbit Clinic", "No scans", language="en")
    data = exported(here, record.id, tmp_path / "old.json")
    assert "model_scans" not in data  # nothing to export: the key is left out, as before
    imported = import_assessment(there, tmp_path / "old.json")
    assert there.store.list_model_scans(imported.id) == []


@pytest.mark.parametrize(("damage", "problem"), [
    (lambda s: s["manifest"].update(format="something else"),
     "model_scans[0].manifest: not an AIPIA model-scan manifest "
     "(format 'aipia-model-scan' expected)"),
    (lambda s: s["manifest"]["models"][0]["files"][0].update(sha256="abc"),
     "model_scans[0].manifest: model.safetensors: sha256 is not 64 hex digits"),
    (lambda s: s.pop("scanned_at"), "model_scans[0].scanned_at: Field required"),
    (lambda s: s.update(extra=1), "model_scans[0].extra: Extra inputs are not permitted"),
])
def test_a_damaged_scan_is_named_and_nothing_is_written(
        here: Workspace, there: Workspace, scanned: int, tmp_path: Path,
        damage: Any, problem: str) -> None:
    data = export_assessment(here, scanned)
    damage(data["model_scans"][0])
    path = tmp_path / "bad.json"
    write_export(data, path)
    with pytest.raises(ImportFileError) as caught:
        import_assessment(there, path)
    assert caught.value.problems == [problem]
    assert there.store.list_assessments(include_archived=True) == []


def test_a_scan_time_that_is_no_time_stops_the_import(
        here: Workspace, there: Workspace, scanned: int, tmp_path: Path) -> None:
    data = export_assessment(here, scanned)
    data["model_scans"][1]["scanned_at"] = "yesterday"
    path = tmp_path / "bad-time.json"
    write_export(data, path)
    with pytest.raises(ImportFileError) as caught:
        import_assessment(there, path)
    assert caught.value.problems == [
        "model_scans[1].scanned_at: expected a time with its zone, "
        "such as 2026-11-28T13:20:05.123Z"]
    assert there.store.list_assessments(include_archived=True) == []
