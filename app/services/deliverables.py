"""Editable deliverables: the Word report, and the action plan as .xlsx and .csv.

Built from the same template context as the PDF (``reporting.report_context``),
so every format says the same things. Each file is written to a temporary
name beside the target and renamed into place: a failure never leaves half a
file. The PDF stays the record of an approved revision; these are for editing.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.reports import docx_report, plan_sheets
from app.reports.errors import ReportError
from app.services.assessments import AssessmentsMixin
from app.services.reporting import context_of, report_template

FORMATS = ("docx", "xlsx", "csv")


@dataclass(frozen=True)
class Deliverable:
    path: Path
    format: str
    fingerprint: str  # of the report data, as on the PDF of the same assessment and day


def write_deliverable(
    workspace: AssessmentsMixin, assessment_id: int, output: Path, fmt: str, *,
    template: str = "default", lang: str | None = None, compare_with: int | None = None,
) -> Deliverable:
    """Write ``output`` as ``fmt`` (docx, xlsx or csv).

    Raises:
        ReportError: an unknown format, template or language, or the file cannot be written.
    """
    writers: dict[str, Callable[[dict[str, Any], Path], None]] = {
        "docx": docx_report.write_docx, "xlsx": plan_sheets.write_xlsx, "csv": _write_csv}
    if fmt not in writers:
        raise ReportError(f"'{fmt[:20]}' is not a report format; choose pdf, "
                          f"{', '.join(FORMATS)}", "format")
    output = Path(output)
    if not output.parent.is_dir():
        raise ReportError(f"the folder {output.parent} does not exist", "output")
    data = workspace.store.read_assessment(assessment_id)  # the one read of the assessment
    info = report_template(workspace, data.record, template)
    built = context_of(workspace, data, info, lang, compare_with=compare_with)
    temp = output.with_name(f".{output.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        writers[fmt](built.context, temp)
        os.replace(temp, output)
    except OSError as exc:
        raise ReportError(f"cannot write {output}: {exc.strerror or exc}", "output") from None
    finally:
        temp.unlink(missing_ok=True)
    return Deliverable(output, fmt, built.fingerprint)


def _write_csv(context: dict[str, Any], path: Path) -> None:
    path.write_text(plan_sheets.csv_text(context), encoding="utf-8-sig", newline="")
