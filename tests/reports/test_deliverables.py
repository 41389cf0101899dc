"""The Word report and the action-plan spreadsheets: the PDF's data, editable formats."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from app.reports import templates
from app.reports.errors import ReportError
from app.services import evidence, review
from app.services.deliverables import write_deliverable
from app.services.reporting import report_context, report_template
from app.services.workspace import Workspace


@pytest.fixture
def reviewed(workspace: Workspace, assessment_id: int, tmp_path: Path) -> int:
    """The fixture assessment with a file, approved, with the DPO's opinion."""
    proof = tmp_path / "dpa.pdf"
    proof.write_bytes(b"%PDF-1.4 agreement")
    evidence.attach(workspace, assessment_id, proof, by="H. Kim")
    status = workspace.store.get_assessment(assessment_id).status
    if status != "in_review":
        review.change_status(workspace, assessment_id, "in_review", by="H. Kim")
    review.change_status(workspace, assessment_id, "approved", by="J. Lee", comment="OK")
    review.record_opinion(workspace, assessment_id, "dpo", name="P. Park",
                          stance="favourable", text="Proceed.", by="P. Park")
    return assessment_id


def pdf_chapters(workspace: Workspace, assessment_id: int, lang: str) -> list[str]:
    """The chapter titles the PDF template prints, in its order (from its contents list)."""
    info = report_template(workspace, assessment_id, "default")
    context = report_context(workspace, assessment_id, info, lang).context
    order = ["summary", "scope", "heatmap", "register", "actions", "models", "flows",
             "answers", "references", "signoff", "review", "evidence", "verify", "rules",
             "archived", "changes"]
    words = templates.words_for(info, lang)["chapters"]
    present = {"rules": bool(context["risks"]), "archived": bool(context["archived"]),
               "changes": bool(context["workflow"]["changes"])}
    return [words[key] for key in order if present.get(key, True)]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_word_report_has_the_pdfs_chapters_on_word_styles(
    workspace: Workspace, reviewed: int, tmp_path: Path, lang: str
) -> None:
    path = tmp_path / "report.docx"
    made = write_deliverable(workspace, reviewed, path, "docx", lang=lang)
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == pdf_chapters(workspace, reviewed, lang)
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 2", "Heading 3", "TOC Heading", "List Bullet"} <= styles
    assert {t.style.name for t in document.tables} >= {"Light Grid Accent 1", "Table Grid"}
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode()
        settings = archive.read("word/settings.xml").decode()
    assert 'TOC \\o "1-3"' in body and "updateFields" in settings
    footer = document.sections[0].footer.paragraphs[0].text
    assert ("Revision 1" if lang == "en" else "개정판 1") in footer
    assert made.fingerprint in document.core_properties.keywords
    text = "\n".join(p.text for p in document.paragraphs)
    assert "P. Park" in text and "Proceed." in text and "dpa.pdf" in text


def test_the_action_plan_spreadsheet_has_a_row_per_measure(
    workspace: Workspace, reviewed: int, tmp_path: Path
) -> None:
    info = report_template(workspace, reviewed, "default")
    actions = report_context(workspace, reviewed, info, "en").context["actions"]
    measures = [m for group in actions for m in group["measures"]]
    path = tmp_path / "plan.xlsx"
    write_deliverable(workspace, reviewed, path, "xlsx", lang="en")
    book = openpyxl.load_workbook(path)
    plan = book["Action plan"]
    header = [c.value for c in plan[1]]
    assert header == ["Priority", "ID", "Measure", "Treats", "Owner", "Due", "Status", "Note"]
    rows = [[c.value for c in row] for row in plan.iter_rows(min_row=2)]
    assert [r[1] for r in rows] == [m["id"] for m in measures]
    assert plan.freeze_panes == "A2" and plan.data_validations.dataValidation
    assert book["Risks"].max_row == 1 + len(report_context(
        workspace, reviewed, info, "en").context["risks"])


def test_a_formula_in_a_note_stays_text_in_xlsx_and_csv(
    workspace: Workspace, reviewed: int, tmp_path: Path
) -> None:
    review.change_status(workspace, reviewed, "draft", by="H. Kim")
    opened = workspace.open(reviewed)
    measure = next(iter(opened.pack.measures))
    workspace.store.save_measure_plan(reviewed, measure, owner="=HYPERLINK(\"x\")",
                                      note="+1+cmd|' /C calc'!A0", status="planned")
    write_deliverable(workspace, reviewed, tmp_path / "plan.xlsx", "xlsx")
    write_deliverable(workspace, reviewed, tmp_path / "plan.csv", "csv", lang="ko")
    sheet = openpyxl.load_workbook(tmp_path / "plan.xlsx").active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row if c.value]
    owner = next(c for c in cells if str(c.value).startswith("=HYPERLINK"))
    assert owner.data_type == "s"
    raw = (tmp_path / "plan.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 (Korean) only with the BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "우선순위"
    flat = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(\"x\")" in flat and "'+1+cmd|' /C calc'!A0" in flat


def test_an_unknown_format_or_folder_writes_nothing(
    workspace: Workspace, reviewed: int, tmp_path: Path
) -> None:
    with pytest.raises(ReportError, match="not a report format"):
        write_deliverable(workspace, reviewed, tmp_path / "x.odt", "odt")
    with pytest.raises(ReportError, match="does not exist"):
        write_deliverable(workspace, reviewed, tmp_path / "missing" / "x.docx", "docx")
    assert list(tmp_path.glob("*.docx")) == [] and list(tmp_path.glob(".*part")) == []
