"""Building blocks of the Word report on real Word styles (python-docx).

Headings use "Heading 1-3" (so Word's navigation pane and the table of
contents find them), tables "Light Grid Accent 1" with a repeating header
row, lists "List Bullet" / "List Number", notes "Quote". The table of
contents is a real TOC field that Word fills in when the file is opened
(``updateFields``). Text is only ever added as text: nothing from an answer
can become a field, a link or markup.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable, Sequence
from typing import Any, cast

from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

TABLE_STYLE = "Light Grid Accent 1"
LATIN_FONT = "Calibri"
HANGUL_FONT = "Malgun Gothic"  # Windows' Korean font; Word substitutes where it is missing
MAX_CELL_CHARS = 4000  # Word cells stay usable; the PDF and the JSON keep everything


def clean(value: object) -> str:
    """Text safe for Word's XML: control characters (other than tab and newline) removed."""
    text = "" if value is None else str(value)
    return "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 32)[:MAX_CELL_CHARS * 5]


def set_fonts(document: Document, lang: str) -> None:
    """Body and heading fonts with an East Asian font for Hangul, and the document language."""
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                 "Heading 4"):
        style = document.styles[name]
        style.font.name = LATIN_FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), HANGUL_FONT)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "ko-KR" if lang == "ko" else "en-GB")
    language.set(qn("w:eastAsia"), "ko-KR")
    rpr.append(language)


def heading(document: Document, text: str, level: int) -> Paragraph:
    return cast(Paragraph, document.add_heading(clean(text), level))


def para(document: Document, text: str = "", style: str | None = None,
         bold_lead: str = "") -> Paragraph:
    """A paragraph; ``bold_lead`` starts it in bold (e.g. a label)."""
    paragraph = document.add_paragraph(style=style)
    if bold_lead:
        paragraph.add_run(clean(bold_lead)).bold = True
        if text:
            paragraph.add_run(" ")
    if text:
        paragraph.add_run(clean(text))
    return paragraph


def note(document: Document, text: str) -> Paragraph | None:
    return para(document, text, style="Quote") if text else None


def bullets(document: Document, items: Iterable[str], numbered: bool = False) -> None:
    style = "List Number" if numbered else "List Bullet"
    for item in items:
        para(document, item, style=style)


def table(document: Document, header: Sequence[str], rows: Iterable[Sequence[object]],
          widths: Sequence[float] = ()) -> Table:
    """A styled table whose header row repeats on every page."""
    grid = cast(Table, document.add_table(rows=1, cols=len(header)))
    grid.style = document.styles[TABLE_STYLE]
    for cell, text in zip(grid.rows[0].cells, header, strict=True):
        cell.text = clean(text)
    _repeat_header(grid)
    for row in rows:
        cells = grid.add_row().cells  # type: ignore[no-untyped-call]  # python-docx
        for cell, value in zip(cells, row, strict=True):
            cell.text = clean(value)[:MAX_CELL_CHARS]
    for index, width in enumerate(widths):
        for row in grid.rows:
            row.cells[index].width = Cm(width)
    document.add_paragraph()
    return grid


def _repeat_header(grid: Table) -> None:
    properties = grid.rows[0]._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def shade(cell: _Cell, colour: str, ink: str = "#000000") -> None:
    """Fill a cell with ``#rrggbb`` and write its text in ``ink``."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shading)
    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            run.font.color.rgb = RGBColor.from_string(ink.lstrip("#").upper())


def facts(document: Document, pairs: Iterable[tuple[str, object]]) -> Table:
    """A two-column table of labels and values (cover facts, approval)."""
    grid = cast(Table, document.add_table(rows=0, cols=2))
    grid.style = document.styles["Table Grid"]
    for label, value in pairs:
        cells = grid.add_row().cells  # type: ignore[no-untyped-call]  # python-docx
        cells[0].text = clean(label)
        cells[1].text = clean(value)
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
        cells[0].width, cells[1].width = Cm(5), Cm(11)
    document.add_paragraph()
    return grid


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (``TOC``, ``PAGE``...) that Word computes."""
    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    run = paragraph.add_run()
    run._r.append(char("begin"))
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = instruction
    run._r.append(code)
    run._r.append(char("separate"))
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(char("end"))


def table_of_contents(document: Document, title: str, placeholder: str) -> None:
    """A "TOC Heading" title and a TOC field over Heading 1-3, updated when Word opens it."""
    document.add_paragraph(clean(title), style="TOC Heading")
    _field(document.add_paragraph(), r'TOC \o "1-3" \h \z \u', placeholder)
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    document.settings.element.append(update)


def footer(document: Document, text: str, page_word: str) -> None:
    """Every page's footer: ``text`` and the page number (a PAGE field)."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.text = clean(text) + "   "
    paragraph.add_run(clean(page_word) + " ")
    _field(paragraph, "PAGE", "1")
    paragraph.style = document.styles["Footer"]


def page_break(document: Document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def picture(document: Document, data_url: str, max_width_cm: float = 12.0) -> None:
    """An image already checked by ``app.reports.evidence_images`` (a PNG or JPEG data URL),
    at its own size or narrowed to ``max_width_cm``."""
    _, _, payload = data_url.partition("base64,")
    shape = document.add_picture(io.BytesIO(base64.b64decode(payload)))
    widest = Cm(max_width_cm)
    if shape.width > widest:
        shape.height = int(shape.height * widest / shape.width)
        shape.width = widest
