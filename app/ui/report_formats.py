"""The report dialog's other choices: the file format (PDF, Word, the action plan as Excel or
CSV) and an optional appendix comparing with an approved revision."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from app.ui.context import AppContext

SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "csv": ".csv"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportFormats", text)


def format_box() -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(_tr("File format"))
    for label, fmt in ((_tr("PDF (the record of an approved revision)"), "pdf"),
                       (_tr("Word document (.docx), to edit"), "docx"),
                       (_tr("Action plan as a spreadsheet (.xlsx)"), "xlsx"),
                       (_tr("Action plan as CSV (.csv)"), "csv")):
        box.addItem(label, fmt)
    return box


def file_filter(fmt: str) -> str:
    return {"pdf": _tr("PDF (*.pdf)"), "docx": _tr("Word document (*.docx)"),
            "xlsx": _tr("Excel workbook (*.xlsx)"), "csv": _tr("CSV (*.csv)")}[fmt]


def with_suffix(path: str, fmt: str) -> str:
    """``path`` ending in the format's suffix (another known suffix is replaced)."""
    target = Path(path)
    if target.suffix.lower() in SUFFIXES.values():
        target = target.with_suffix("")
    return str(target) + SUFFIXES[fmt]


def compare_box(context: AppContext, assessment_id: int) -> QComboBox:
    """"No comparison", then each approved revision (the newest first)."""
    box = QComboBox()
    box.setAccessibleName(_tr("Compare with revision"))
    box.addItem(_tr("No comparison"), None)
    for info in reversed(context.workspace.revisions(assessment_id)):
        box.addItem(_tr("Revision %1 (appendix of what changed since)").replace(
            "%1", str(info.number)), info.number)
    box.setEnabled(box.count() > 1)
    return box
