"""Model scans through the service layer: proposals fitted to the pack, confirmed answers saved
without overwriting, the manifest kept with the assessment and compared on the next scan."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.answers import Answer
from app.packs.catalog import PackCatalog
from app.services import inspection
from app.services.inspection import Confirmed
from app.services.workspace import OpenAssessment, Workspace
from tests.conftest import REPO_ROOT
from tests.core import model_builders as mb


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    builtin = tmp_path / "builtin"
    shutil.copytree(REPO_ROOT / "questionnaires" / "ai-pia", builtin / "ai-pia")
    with Workspace(tmp_path / "data") as workspace:
        workspace.catalog = PackCatalog(workspace.store, builtin_dir=builtin)
        yield workspace


@pytest.fixture
def opened(ws: Workspace) -> OpenAssessment:
    record = ws.new_assessment("Clinic", "Notes", language="en")
    return ws.open(record.id)


@pytest.fixture
def model(tmp_path: Path) -> Path:
    return mb.hf_folder(tmp_path / "models" / "tiny-llama", card={"license": "llama3.1"},
                        licence_text=mb.LLAMA31)


def confirm_all(opened: OpenAssessment, folder: Path) -> tuple[inspection.ScanReport, Confirmed]:
    report = inspection.run_scan([folder])
    proposals = inspection.proposals_for(opened, report, "en")
    rows = tuple({cid: s.value for cid, s in row.cells.items()} for row in proposals.rows)
    answers = {qid: s.value for qid, s in proposals.answers.items()}
    evidence = {qid: s.evidence_text("en") for qid, s in proposals.answers.items()}
    cells = {(str(row.cells["name"].value), cid): s.evidence_text("en")
             for row in proposals.rows for cid, s in row.cells.items() if cid != "name"}
    return report, Confirmed(rows, answers, evidence=evidence, cell_evidence=cells)


def test_confirmed_scan_fills_the_inventory_with_evidence_and_keeps_the_manifest(
    ws: Workspace, opened: OpenAssessment, model: Path
) -> None:
    report, confirmed = confirm_all(opened, model)
    changed = inspection.apply_confirmed(ws, opened, report, confirmed, "en")
    assert changed == ["model_inventory", "trust_remote_code"]  # 1.1.0 asks nothing else
    again = ws.open(opened.record.id)
    row = again.session.answer("model_inventory").value[0]  # type: ignore[union-attr]
    assert row["name"] == "tiny-llama"
    assert row["weight_format"] == "safetensors" and row["licence"] == "community_aup"
    assert row["licence_name"] == "Llama 3.1 Community License"
    assert row["revision"].startswith("SHA-256 ")
    note = again.notes["model_inventory"]
    assert "Filled in from a model scan on 2" in note
    assert ("- tiny-llama, Licence: LICENSE, text (distinctive phrases); README.md, license"
            in note.splitlines())
    assert "- tiny-llama, Weight format: model.safetensors, header" in note.splitlines()
    assert again.session.answer("trust_remote_code") == Answer("never")
    assert "model.safetensors" in again.notes["trust_remote_code"]
    scans = ws.store.list_model_scans(opened.record.id)
    assert len(scans) == 1
    files = {f["path"]: f["sha256"] for f in scans[0].manifest["models"][0]["files"]}
    assert files["model.safetensors"] == report.models[0].files[0].sha256


def test_nothing_is_overwritten_unless_chosen(
    ws: Workspace, opened: OpenAssessment, model: Path
) -> None:
    mine = {"name": "tiny-llama", "licence": "permissive", "licence_name": "MIT",
            "purpose": "notes"}
    ws.save_answer(opened, "model_inventory", Answer((mine,)))
    ws.save_answer(opened, "trust_remote_code", Answer("reviewed_pinned"))
    report, confirmed = confirm_all(opened, model)
    inspection.apply_confirmed(ws, opened, report, confirmed, "en")
    again = ws.open(opened.record.id)
    rows = again.session.answer("model_inventory").value  # type: ignore[union-attr]
    assert len(rows) == 1
    assert rows[0]["licence"] == "permissive"  # kept: the user did not choose to replace it
    assert rows[0]["licence_name"] == "MIT"
    assert rows[0]["purpose"] == "notes" and rows[0]["weight_format"] == "safetensors"
    assert again.session.answer("trust_remote_code") == Answer("reviewed_pinned")
    chosen = Confirmed(confirmed.rows, confirmed.answers,
                       overwrite_cells=(("tiny-llama", "licence"),),
                       overwrite_answers=("trust_remote_code",))
    inspection.apply_confirmed(ws, again, report, chosen, "en")
    final = ws.open(opened.record.id)
    row = final.session.answer("model_inventory").value[0]  # type: ignore[union-attr]
    assert row["licence"] == "community_aup" and row["licence_name"] == "MIT"  # only the chosen
    assert final.session.answer("trust_remote_code") == Answer("never")


def test_an_assessment_on_1_0_0_gets_its_format_and_licence_questions(
    ws: Workspace, model: Path
) -> None:
    shutil.copytree(REPO_ROOT / "questionnaires" / "ai-pia-1.0.0",
                    ws.catalog.builtin_dir / "ai-pia-1.0.0")
    record = ws.new_assessment("Clinic", "Old", "org.aipia.ai-pia", "1.0.0", language="en")
    old = ws.open(record.id)
    report, confirmed = confirm_all(old, model)
    assert dict(confirmed.answers) == {"weight_format": "safetensors",
                                       "trust_remote_code": "never",
                                       "licence_class": ["community_aup"]}
    assert "licence_name" not in confirmed.rows[0]  # 1.0.0's inventory has no such column
    inspection.apply_confirmed(ws, old, report, confirmed, "en")
    again = ws.open(record.id)
    assert again.session.answer("licence_class") == Answer(("community_aup",))
    assert "LICENSE, text (distinctive phrases)" in again.notes["licence_class"]


def test_next_scan_says_which_files_changed(
    ws: Workspace, opened: OpenAssessment, model: Path
) -> None:
    first = inspection.run_scan([model])
    inspection.keep_scan(ws, opened.record.id, first)
    (model / "modeling_extra.py").write_text("print('new code')\n")
    (model / "LICENSE").write_text(mb.APACHE)
    record, changes = inspection.changes_since_last(  # type: ignore[misc]
        ws, opened.record.id, inspection.run_scan([model]))
    assert record.scanned_at == first.scanned_at
    assert [(c.kind, Path(c.path).name) for c in changes] == [
        ("added", "modeling_extra.py"), ("changed", "LICENSE")]


def test_report_lists_the_latest_scan_with_hashes(
    ws: Workspace, opened: OpenAssessment, model: Path
) -> None:
    inspection.keep_scan(ws, opened.record.id, inspection.run_scan([model], hash_files=False))
    latest = inspection.run_scan([model])
    inspection.keep_scan(ws, opened.record.id, latest)
    scans = inspection.report_scans(ws, opened.record.id)
    assert len(scans) == 1 and scans[0]["scanned_at"] == latest.scanned_at
    assert all(len(f["sha256"]) == 64 for f in scans[0]["files"])
