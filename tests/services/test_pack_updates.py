"""Pack updates through the workspace: open, review, export/import, report appendix, templates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import paths
from app.core.answers import Answer
from app.packs.bundle_build import build_bundle
from app.reports import ReportError
from app.services.reporting import discard_report, prepare_report
from app.services.transfer import export_assessment, import_assessment, write_export
from app.services.workspace import Workspace
from app.storage import Assessment
from tests.core.upgradetools import V1, V2, edited, stored_v1

FIXTURE_PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "packs"


@pytest.fixture(autouse=True)
def builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: FIXTURE_PACKS)


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as ws:
        yield ws


def bundle(tmp_path: Path, source: Path, key: Ed25519PrivateKey | None, name: str) -> Path:
    return build_bundle(source, tmp_path / f"{name}.aipack", key).bundle.path


@pytest.fixture
def upgraded(workspace: Workspace, tmp_path: Path) -> Assessment:
    """An assessment made on unsigned v1 and upgraded to unsigned v2."""
    workspace.install_bundle(bundle(tmp_path, V1, None, "v1"), allow_unverified=True)
    record = workspace.new_assessment("Hanbit Clinic", "Helper", "org.aipia.test.upgrade")
    workspace.store.save_answers(record.id, stored_v1())
    workspace.install_bundle(bundle(tmp_path, V2, None, "v2"), allow_unverified=True)
    assert workspace.open(record.id).newer is not None
    workspace.upgrade(record.id)
    return record


def test_the_opened_assessment_shows_origin_flags_and_archive(
    workspace: Workspace, upgraded: Assessment
) -> None:
    opened = workspace.open(upgraded.id)
    assert opened.record.pack_version == "2.0.0" and opened.newer is None
    assert not opened.verified and opened.entry is not None and opened.entry.source == "bundle"
    assert set(opened.review) == {"data_kinds", "deployment", "keeps_logs", "lawful_basis"}
    assert [a.question_id for a in opened.archived] == ["data_kinds", "old_contact",
                                                        "vendor_notes"]
    assert [u.to_version for u in opened.upgrades] == ["2.0.0"]
    assert opened.problems == [] and not opened.pack_changed


def test_answering_a_flagged_question_reviews_it(
    workspace: Workspace, upgraded: Assessment
) -> None:
    opened = workspace.open(upgraded.id)
    workspace.save_answer(opened, "lawful_basis", Answer("consent"))
    assert "lawful_basis" not in opened.review
    assert "lawful_basis" not in workspace.store.review_flags(upgraded.id)
    assert workspace.mark_reviewed(opened) == 3
    assert workspace.open(upgraded.id).review == {}


def test_exports_carry_the_archive_and_reimport_it(
    workspace: Workspace, upgraded: Assessment, tmp_path: Path
) -> None:
    data = export_assessment(workspace, upgraded.id)
    assert [a["question_id"] for a in data["archived_answers"]] == [
        "data_kinds", "old_contact", "vendor_notes"]
    assert data["archived_answers"][2]["value"] == {"value": "The vendor keeps logs for a year."}
    assert data["review"]["lawful_basis"] == {"reason": "new", "detail": ""}
    path = tmp_path / "export.json"
    write_export(data, path)
    copy = import_assessment(workspace, path, as_copy=True)
    again = export_assessment(workspace, copy.id)
    assert again["archived_answers"] == data["archived_answers"]
    assert again["review"] == data["review"]


def test_exports_without_upgrades_have_no_new_keys(workspace: Workspace) -> None:
    record = workspace.new_assessment("Acme", "Plain")
    data = export_assessment(workspace, record.id)
    assert "archived_answers" not in data and "review" not in data


def test_the_report_marks_the_pack_unverified_and_lists_archived_answers(
    workspace: Workspace, upgraded: Assessment
) -> None:
    prepared = prepare_report(workspace, upgraded.id, lang="en")
    discard_report(prepared)
    html = prepared.html
    assert '<span class="unverified">UNVERIFIED</span>' in html
    assert "Appendix: archived answers" in html and 'href="#ch-archived"' in html
    assert "The vendor keeps logs for a year." in html and "from the contract" in html
    assert "The publisher removed the question." in html
    data = json.loads(prepared.data)
    assert data["pack_origin"] == {"source": "bundle", "verified": False, "signer": None}
    assert len(data["assessment"]["archived_answers"]) == 3


def test_the_report_of_a_built_in_pack_says_so(workspace: Workspace) -> None:
    record = workspace.new_assessment("Acme", "Plain")
    prepared = prepare_report(workspace, record.id, lang="ko")
    discard_report(prepared)
    assert "AIPIA 기본 제공" in prepared.html and "unverified" not in prepared.html
    assert "ch-archived" not in prepared.html


def test_a_pack_template_is_used_only_when_trusted(
    workspace: Workspace, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    pack = edited(V1, tmp_path / "with-template", [])
    (pack / "report_template").mkdir()
    (pack / "report_template" / "report.html").write_text(
        "<html><body><h1>{{ t.heading }}: {{ pack.title }} {{ pack.verified }}</h1></body></html>")
    (pack / "report_template" / "translations.json").write_text(
        '{"en": {"template_title": "Regulator form", "heading": "Official form"}}')
    path = bundle(tmp_path, pack, key, "templated")
    workspace.install_bundle(path, allow_unverified=True)
    record = workspace.new_assessment("Acme", "T", "org.aipia.test.upgrade")
    with pytest.raises(ReportError, match="its signer is not trusted"):
        prepare_report(workspace, record.id, template="pack")
    workspace.install_bundle(path, trust_signer=True)
    prepared = prepare_report(workspace, record.id, template="pack")
    discard_report(prepared)
    assert "<h1>Official form: Upgrade test pack True</h1>" in prepared.html
    assert prepared.template == "pack"
