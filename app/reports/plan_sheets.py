"""The action plan as a spreadsheet (.xlsx, openpyxl) and as CSV, from the report context.

One row per recommended measure, by priority as in the report: priority,
id, measure, the risks it treats, owner, due date, status and note, with
headers in the report's language. The workbook also lists the risks with
their levels before measures, today and with the plan. Text is always
stored as text: a value that starts like a formula (``=``, ``+``, ``-``,
``@``) is never run by Excel (in the CSV it is quoted with ``'``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

Context = Mapping[str, Any]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = PatternFill("solid", fgColor="1D4E89")
WIDTHS = (12, 26, 48, 14, 22, 12, 16, 40)


def plan_header(c: Context) -> list[str]:
    t = c["t"]
    sheet, actions = t["workflow"]["sheet"], t["actions"]
    return [sheet["priority"], sheet["id"], actions["measure"], actions["treats"],
            actions["owner"], actions["due"], actions["status"], sheet["note"]]


def plan_rows(c: Context) -> list[list[Any]]:
    """The plan's rows: due dates as dates, everything else as text."""
    t = c["t"]
    rows = []
    for group in c["actions"]:
        for m in group["measures"]:
            rows.append([t["priority"][group["priority"]], m["id"], m["title"],
                         " ".join(m["risks"]), m["owner"], _date(m["due"]),
                         t["plan_status"][m["status"]], m["note"]])
    return rows


def _date(value: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


def write_xlsx(c: Context, path: Path) -> None:
    """The plan (with a status list to choose from) and the risks, one sheet each."""
    book = Workbook()
    plan = book.active
    assert plan is not None  # noqa: S101 - a new workbook always has a sheet
    plan.title = _sheet_title(c["t"]["workflow"]["sheet"]["plan"])
    _fill(plan, plan_header(c), plan_rows(c), WIDTHS)
    statuses = [c["t"]["plan_status"][s] for s in ("not_planned", "planned", "in_progress",
                                                   "done")]
    choose = DataValidation(type="list", formula1='"' + ",".join(statuses) + '"',
                            allow_blank=True)
    plan.add_data_validation(choose)
    choose.add(f"G2:G{max(plan.max_row, 2) + 200}")
    risks = book.create_sheet(_sheet_title(c["t"]["workflow"]["sheet"]["risks"]))
    _fill(risks, risk_header(c), risk_rows(c), (8, 60, 24, 24, 24))
    book.properties.title = str(c["assessment"]["title"])[:250]
    book.properties.subject = f"SHA-256 {c['report']['fingerprint']}"
    book.save(str(path))


def risk_header(c: Context) -> list[str]:
    t = c["t"]
    return [t["workflow"]["sheet"]["code"], t["workflow"]["sheet"]["title"],
            t["summary"]["before"], t["summary"]["current"], t["summary"]["target"]]


def risk_rows(c: Context) -> list[list[Any]]:
    def level(pos: Mapping[str, Any] | None) -> str:
        return str(pos["level"]["label"]) if pos else str(c["summary"]["unrated"]["label"])

    return [[r["code"], r["title"], level(r["inherent"]), level(r["current"]),
             level(r["target"])] for r in c["risks"]]


def _sheet_title(name: str) -> str:
    return "".join(ch for ch in name if ch not in "[]:*?/\\")[:31] or "Sheet"


def _fill(sheet: Worksheet, header: Sequence[str], rows: Sequence[Sequence[Any]],
          widths: Sequence[int]) -> None:
    for column, title in enumerate(header, 1):
        cell = sheet.cell(row=1, column=column)
        _text(cell, title)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
    for row_number, row in enumerate(rows, 2):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            else:
                _text(cell, value)
    for column, width in enumerate(widths[: len(header)], 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(len(rows) + 1, 2)}"


def _text(cell: Any, value: object) -> None:
    """Store as text, never as a formula (openpyxl takes a leading '=' as one)."""
    cell.value = "" if value is None else str(value)
    cell.data_type = "s"


def csv_text(c: Context) -> str:
    """The plan as CSV (the caller writes it as UTF-8 with a BOM, which Excel needs)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(plan_header(c))
    for row in plan_rows(c):
        writer.writerow([_safe(value) for value in row])
    return buffer.getvalue()


def _safe(value: object) -> str:
    text = value.isoformat() if isinstance(value, dt.date) else str(value or "")
    return "'" + text if text.startswith(FORMULA_START) else text
