"""Switching an optional section off: stored with who and when, exported, imported, reported."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from app.core.answers import Answer
from app.core.sections_off import SectionSwitchError
from app.reports import templates
from app.reports.sandbox import render_template
from app.services import exchange, review, revisions
from app.services.reporting import report_context, report_template
from app.services.transfer import ImportFileError, export_assessment, import_assessment
from app.services.workspace import Workspace
from tests.core.packtools import apply_edit
from tests.services.conftest import DEMO_SMALL, exported_file

REASON = "Runs on our own server; nothing is sent to a third party."


@pytest.fixture
def builtin(tmp_path: Path) -> Path:
    """demo-small with its 'flows' section optional."""
    folder = tmp_path / "builtin"
    shutil.copytree(DEMO_SMALL, folder / "demo-small")
    apply_edit(folder / "demo-small", "data_flows.yaml", "  - id: flows\n",
               "  - id: flows\n    optional: true\n")
    return folder


@pytest.fixture
def switched(here: Workspace) -> int:
    record = here.new_assessment("Hanbit", "Bot", language="en")
    opened = here.open(record.id)
    here.save_answer(opened, "prompt_logging", Answer("full"))
    here.switch_section_off(opened, "flows", REASON, by="H. Kim")
    return record.id


def test_the_switch_is_stored_with_who_and_when_and_survives_reopening(
        here: Workspace, switched: int) -> None:
    off = here.store.get_sections_off(switched)["flows"]
    assert (off.reason, off.by) == (REASON, "H. Kim")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT.*Z", off.at)
    opened = here.open(switched)
    assert opened.session.switched_off == {"flows"}
    assert not opened.session.is_visible("prompt_logging")
    assert "unmanaged_prompt_logs" not in {r.risk.id for r in here.risk_register(opened).risks}
    here.switch_section_on(opened, "flows")
    assert here.store.get_sections_off(switched) == {}
    assert here.open(switched).session.is_visible("prompt_logging")


@pytest.mark.parametrize(("section", "reason", "words"), [
    ("flow", REASON, "unknown section 'flow'"),
    ("organisation", REASON, "'organisation' cannot be switched off"),
    ("flows", "", "give a reason"),
    ("flows", "x" * 2001, "is 2001 characters long"),
])
def test_a_refused_switch_changes_nothing(here: Workspace, section: str, reason: str,
                                          words: str) -> None:
    record = here.new_assessment("Hanbit", "Bot", language="en")
    opened = here.open(record.id)
    with pytest.raises(SectionSwitchError, match=words):
        here.switch_section_off(opened, section, reason, by="H. Kim")
    assert here.store.get_sections_off(record.id) == {}
    assert opened.session.switched_off == frozenset()


def test_the_export_carries_it_and_an_import_elsewhere_keeps_it(
        here: Workspace, there: Workspace, switched: int, tmp_path: Path) -> None:
    data = exported_file(here, switched, tmp_path / "a.json")
    assert data["sections_off"]["flows"]["reason"] == REASON
    imported = import_assessment(there, tmp_path / "a.json")
    assert there.store.get_sections_off(imported.id) == here.store.get_sections_off(switched)
    copy = here.duplicate_assessment(switched, "Again")
    assert here.store.get_sections_off(copy.id)["flows"].reason == REASON


def test_the_exchange_file_carries_it(here: Workspace, there: Workspace, switched: int,
                                      tmp_path: Path) -> None:
    exchange.export_package(here, switched, tmp_path / "x.aipia")
    outcome = exchange.import_package(there, tmp_path / "x.aipia")
    assert there.store.get_sections_off(outcome.record.id)["flows"].by == "H. Kim"


def test_an_approved_revision_keeps_the_switch_and_switching_back_is_a_change(
        here: Workspace, there: Workspace, switched: int, tmp_path: Path) -> None:
    review.change_status(here, switched, "in_review", by="H. Kim")
    review.change_status(here, switched, "approved", by="J. Lee")
    snapshot = revisions.get_revision(here, switched, 1).snapshot
    assert snapshot["sections_off"]["flows"]["reason"] == REASON
    assert revisions.changed_since_revision(here, switched) is False
    review.start_new_revision(here, switched, by="H. Kim", comment="Yearly review")
    here.switch_section_on(here.open(switched), "flows")
    assert revisions.changed_since_revision(here, switched) is True  # nothing else changed
    [change] = revisions.compare_revisions(here, switched, 1, None, lang="en").sections
    assert (change.kind, change.title, change.before, change.after) == (
        "removed", "Data in prompts and logs", f"switched off: {REASON}", "—")
    korean = revisions.compare_revisions(here, switched, 1, None, lang="ko").sections
    assert korean[0].before == f"제외됨: {REASON}"
    # the first revision goes elsewhere, then the second comes on top of it
    review.change_status(here, switched, "in_review", by="H. Kim")
    exchange.export_package(here, switched, tmp_path / "x.aipia")
    first = exchange.import_package(there, tmp_path / "x.aipia")
    assert "flows" not in there.store.get_sections_off(first.record.id)
    assert revisions.get_revision(there, first.record.id, 1).snapshot["sections_off"] \
        == snapshot["sections_off"]


def test_a_revision_kept_before_switches_existed_has_the_same_content_hash() -> None:
    from app.core.review.package_format import content_hash

    old = {"pack": {"id": "p"}, "answers": {"a": {"value": 1}}}
    assert content_hash(old) == content_hash({**old, "sections_off": {}})
    assert content_hash(old) != content_hash(
        {**old, "sections_off": {"flows": {"reason": REASON, "by": "H", "at": "x"}}})


@pytest.mark.parametrize(("section", "reason", "words"), [
    ("flow", REASON, "sections_off.flow: unknown section 'flow'"),
    ("organisation", REASON,
     "sections_off.organisation: section 'organisation' cannot be switched off: only"),
    ("flows", "x" * 2001, "sections_off.flows"),
])
def test_an_import_with_a_bad_switch_writes_nothing(
        here: Workspace, there: Workspace, switched: int, tmp_path: Path, section: str,
        reason: str, words: str) -> None:
    data = export_assessment(here, switched)
    data["sections_off"] = {section: {"reason": reason, "by": "X", "at": "2026-12-01T00:00:00Z"}}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        import_assessment(there, path)
    assert words in str(refused.value)
    assert there.store.list_assessments(include_archived=True) == []


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "Sections switched off by the assessor"), ("ko", "평가자가 제외한 항목"),
    ("fr", "Sections désactivées par l'évaluateur"), ("it", "Sezioni disattivate dal valutatore"),
    ("pt-BR", "Seções desativadas pelo avaliador"),
])
def test_the_report_lists_the_switched_off_section_with_the_reason(
        here: Workspace, switched: int, lang: str, title: str) -> None:
    info = report_template(here, switched, "default")
    context = report_context(here, switched, info, "en" if lang != "ko" else "ko").context
    listed = context["answers"]["sections_off"]
    assert [(s["id"], s["reason"], s["by"]) for s in listed] == [("flows", REASON, "H. Kim")]
    assert "flows" not in [s["id"] for m in context["answers"]["modules"]
                           for s in m["sections"]]
    context["t"] = templates.words_for(info, lang)
    html = render_template(info.folder, info.entry, context)
    assert title in html.replace("&#39;", "'")
    assert REASON in html
