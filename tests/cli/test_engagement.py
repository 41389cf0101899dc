"""A whole engagement on the command line, as a consultant and a reviewer play it.

The consultant fills an assessment and attaches two files, sends it to
review; the reviewer marks a section 'to fix'; the consultant fixes it and
sends it again; the reviewer approves; the DPO's opinion is recorded. The PDF
shows the review trail and the sign-off; the exchange file, encrypted, imports
into a second data folder identical; the Word report and the action-plan
workbook open with python-docx and openpyxl with the expected headings and rows.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from PIL import Image
from pypdf import PdfReader

from app.services import evidence
from app.services.transfer import export_assessment
from app.services.workspace import Workspace
from tests.cli.conftest import Run, fails, ok

PASSPHRASE = "a long passphrase for the client"  # noqa: S105 - a test passphrase


def content(data_dir: Path, builtin_dir: Path, assessment_id: int) -> dict[str, Any]:
    """Everything the engagement produced, read back through the services."""
    from app.packs.catalog import PackCatalog

    with Workspace(data_dir) as ws:
        ws.catalog = PackCatalog(ws.store, builtin_dir=builtin_dir)
        store = ws.store
        export = export_assessment(ws, assessment_id)
        export.pop("exported_at")
        return {
            "export": export,
            "verdicts": store.verdict_history(assessment_id),
            "opinions": store.opinion_history(assessment_id),
            "trail": [(e.action, e.by, e.at, e.comment, e.revision)
                      for e in store.review_events(assessment_id)],
            "revisions": [(r, store.get_revision(assessment_id, r.number).snapshot)
                          for r in store.list_revisions(assessment_id)],
            "files": [(a.name, a.target_kind, a.target_id, a.sha256,
                       evidence.read_attachment(ws, assessment_id, a.id))
                      for a in store.list_attachments(assessment_id)],
        }


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    diagram = tmp_path / "data-flow.png"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (29, 78, 137)).save(buffer, "PNG")
    diagram.write_bytes(buffer.getvalue())
    contract = tmp_path / "host-dpa.pdf"
    contract.write_bytes(b"%PDF-1.4 data processing agreement, signed")
    return diagram, contract


@pytest.mark.slow
def test_a_whole_engagement(run: Run, builtin_dir: Path, isolated_data_dir: Path,
                            tmp_path: Path, files: tuple[Path, Path]) -> None:
    diagram, contract = files
    ok(run("preferences", "name", "Hana Kim"))  # the consultant, once
    ok(run("assessment", "new", "--org", "Seoul Clinic", "--title", "Notes", "--lang", "en"))
    for question, value in [("system_name", "Notes helper"),
                            ("deployment_mode", "third_party_host"),
                            ("data_in_prompts", "health"), ("prompt_logging", "full")]:
        ok(run("assessment", "answer", "1", question, value))
    ok(run("risk", "plan", "1", "host_dpa", "--status", "in_progress", "--owner", "Legal"))
    ok(run("assessment", "attach", "1", str(diagram), "--section", "flows",
           "--note", "Data-flow diagram"))
    ok(run("assessment", "attach", "1", str(contract), "--measure", "host_dpa"))
    assert "Hana Kim" in ok(run("assessment", "attachments", "1"))

    ok(run("assessment", "status", "1", "in_review"))
    ok(run("assessment", "review", "1", "--section", "flows", "--verdict", "to_fix",
           "--comment", "Logs keep full prompts: mask them", "--by", "J. Lee"))
    fails(run("assessment", "status", "1", "approved", "--by", "J. Lee"), "to fix")
    ok(run("assessment", "status", "1", "draft", "--by", "J. Lee",
           "--comment", "See the data-flows section"))
    ok(run("assessment", "answer", "1", "prompt_logging", "masked"))  # the fix
    ok(run("assessment", "status", "1", "in_review"))
    ok(run("assessment", "review", "1", "--section", "flows", "--verdict", "acceptable",
           "--by", "J. Lee"))
    approved = ok(run("assessment", "status", "1", "approved", "--by", "J. Lee",
                      "--comment", "Approved for go-live"))
    assert "in_review -> approved (revision 1), approved by J. Lee" in approved
    ok(run("assessment", "opinion", "1", "dpo", "--stance", "favourable", "--name", "P. Park",
           "--text", "Proceed once the contract is signed.", "--by", "P. Park"))
    fails(run("assessment", "answer", "1", "system_name", "Other"), "read-only")

    pdf = tmp_path / "report.pdf"
    ok(run("report", "1", "-o", str(pdf)))
    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    record = next(text for text in pages if "Review and approval record" in text
                  and "Approved by" in text)
    for expected in ("Revision 1", "J. Lee", "Approved for go-live", "Proceed once the "
                     "contract is signed.", "Favourable"):
        assert expected in record, expected
    trail = "\n".join(pages)
    for expected in ("Sent to review", "Changes requested", "See the data-flows section",
                     "Acceptable", "data-flow.png", "host-dpa.pdf", "Sign-off"):
        assert expected in trail, expected
    assert "Revision 1" in pages[0]  # the cover says which revision it is
    assert all("Revision 1" in text for text in pages[1:]), "every footer names the revision"

    package = tmp_path / "clinic.aipia"
    ok(run("assessment", "export", "1", "--encrypt", "-o", str(package),
           env={"AIPIA_PASSPHRASE": PASSPHRASE}))
    second = tmp_path / "second"
    fails(run("--data-dir", str(second), "assessment", "import", str(package),
              env={"AIPIA_PASSPHRASE": PASSPHRASE + "?"}), "passphrase is wrong")
    imported = ok(run("--data-dir", str(second), "assessment", "import", str(package),
                      env={"AIPIA_PASSPHRASE": PASSPHRASE}))
    assert "Imported assessment 1: Seoul Clinic / Notes" in imported
    here = content(isolated_data_dir, builtin_dir, 1)
    there = content(second, builtin_dir, 1)
    assert there == here
    assert len(here["files"]) == 2 and len(here["revisions"]) == 1 and here["verdicts"]

    word = tmp_path / "report.docx"
    ok(run("report", "1", "-o", str(word)))
    headings = [p.text for p in docx.Document(str(word)).paragraphs
                if p.style.name == "Heading 1"]
    assert headings[:3] == ["Executive summary", "Context and scope", "Risk map"]
    assert {"Review and approval record", "Evidence", "Sign-off"} <= set(headings)
    sheet = tmp_path / "plan.xlsx"
    ok(run("report", "1", "-o", str(sheet)))
    plan = openpyxl.load_workbook(sheet)["Action plan"]
    rows = {row[1]: row for row in plan.iter_rows(min_row=2, values_only=True)}
    assert rows["host_dpa"][4:7] == ("Legal", None, "In progress")
