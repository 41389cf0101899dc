"""A report gathers its assessment once; the pack catalog is read again only after a change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import app.packs.catalog as catalog_module
from app.core.answers import Answer
from app.services.reporting import discard_report, prepare_report
from app.services.workspace import Workspace
from app.storage import Store
from tests.counters import store_calls
from tests.services.conftest import DEMO_SMALL, open_workspace


def other_pack(tmp_path: Path) -> Path:
    """demo-small under another id: a pack to install."""
    other = tmp_path / "other"
    shutil.copytree(DEMO_SMALL, other)
    manifest = other / "pack.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "id: org.aipia.test.demo-small", "id: org.aipia.test.other"), encoding="utf-8")
    return other


@pytest.fixture
def assessment(here: Workspace) -> int:
    record = here.new_assessment("Hanbit Clinic", "Notes", language="en")
    opened = here.open(record.id)
    here.save_answer(opened, "deployment_mode", Answer("third_party_host"))
    here.save_measure_plan(record.id, "host_dpa", owner="DPO")
    return record.id


@pytest.mark.slow
def test_a_report_reads_the_assessment_once(
        here: Workspace, assessment: int, monkeypatch: pytest.MonkeyPatch) -> None:
    here.open(assessment)  # the app has it open: the catalog is warm
    scans = here.catalog.scans
    with store_calls(monkeypatch) as calls:
        prepared = prepare_report(here, assessment)
    discard_report(prepared)
    assert calls["read_assessment"] == 1  # record, answers, plans, ... in one read transaction
    assert calls["get_assessment"] == calls["get_answers"] == calls["get_measure_plans"] == 0
    assert here.catalog.scans == scans  # the catalog was not listed again
    review = {"list_revisions", "review_events", "current_verdicts", "review_comments",
              "current_opinions", "list_attachments"}  # the review's own tables, once each
    assert all(calls[name] == 1 for name in review & set(calls))
    assert set(calls) - review <= {"read_assessment", "get_setting", "catalog_version"}
    assert calls["get_setting"] == 3  # the branding: name, logo, colour


def test_the_catalog_is_listed_again_only_after_a_change(
        here: Workspace, tmp_path: Path) -> None:
    catalog = here.catalog
    catalog.entries()
    scans = catalog.scans
    for _ in range(5):
        catalog.entries()
        catalog.get("org.aipia.test.demo-small")
    assert catalog.scans == scans
    other = other_pack(tmp_path)
    here.install_folder(other)
    assert "org.aipia.test.other" in {e.pack_id for e in catalog.entries()}  # install: again
    assert catalog.scans == scans + 1


def test_a_change_by_another_program_is_seen(
        here: Workspace, builtin: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    here.catalog.entries()
    scans = here.catalog.scans
    with Store.open(here.store.path) as other:  # e.g. 'aipia trust add' while the app is open
        from app.packs import trust

        trust.add_key(other, Ed25519PrivateKey.generate().public_key(), "Regulator")
    here.catalog.entries()
    assert here.catalog.scans == scans + 1


def test_the_pack_checked_at_install_is_the_one_opened(
        here: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = other_pack(tmp_path)
    loads: list[Path] = []
    original = catalog_module.load_pack
    monkeypatch.setattr(catalog_module, "load_pack",
                        lambda folder: loads.append(Path(folder)) or original(folder))
    result = here.install_folder(other)
    assert result.installed is not None
    record = here.new_assessment("Hanbit Clinic", "Other", "org.aipia.test.other", "0.1.0",
                                 "en")
    opened = here.open(record.id)
    assert opened.pack.id == "org.aipia.test.other"
    assert Path(result.installed.path) not in loads  # not loaded a second time


def test_reopening_the_workspace_loads_the_installed_pack_from_its_folder(
        here: Workspace, builtin: Path, tmp_path: Path) -> None:
    other = other_pack(tmp_path)
    here.install_folder(other)
    shutil.rmtree(other)  # the copy in the data folder is what counts
    with open_workspace(here.data_dir, builtin) as again:
        assert again.get_pack("org.aipia.test.other").id == "org.aipia.test.other"
