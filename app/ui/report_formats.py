"""The report dialog's other choices: the file format (PDF, Word, the action plan as Excel or
CSV) and an optional appendix comparing with an approved revision."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.ui.context import AppContext

SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "csv": ".csv"}


def format_box() -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(translate("ReportFormats", "File format"))
    for label, fmt in (
        (translate("ReportFormats", "PDF (the record of an approved revision)"), "pdf"),
        (translate("ReportFormats", "Word document (.docx), to edit"), "docx"),
        (translate("ReportFormats", "Action plan as a spreadsheet (.xlsx)"), "xlsx"),
        (translate("ReportFormats", "Action plan as CSV (.csv)"), "csv"),
    ):
        box.addItem(label, fmt)
    return box


def file_filter(fmt: str) -> str:
    return {
        "pdf": translate("ReportFormats", "PDF (*.pdf)"),
        "docx": translate("ReportFormats", "Word document (*.docx)"),
        "xlsx": translate("ReportFormats", "Excel workbook (*.xlsx)"),
        "csv": translate("ReportFormats", "CSV (*.csv)"),
    }[fmt]


def with_suffix(path: str, fmt: str) -> str:
    """``path`` ending in the format's suffix (another known suffix is replaced)."""
    target = Path(path)
    if target.suffix.lower() in SUFFIXES.values():
        target = target.with_suffix("")
    return str(target) + SUFFIXES[fmt]


def compare_box(context: AppContext, assessment_id: int) -> QComboBox:
    """ "No comparison", then each approved revision (the newest first)."""
    box = QComboBox()
    box.setAccessibleName(translate("ReportFormats", "Compare with revision"))
    box.addItem(translate("ReportFormats", "No comparison"), None)
    for info in reversed(context.workspace.revisions(assessment_id)):
        box.addItem(
            translate("ReportFormats", "Revision %1 (appendix of what changed since)").replace(
                "%1", str(info.number)
            ),
            info.number,
        )
    box.setEnabled(box.count() > 1)
    return box
