"""Pictures of report pages (as README shows them): chapters of a real PDF, drawn with PDFium.

The report is rendered by the same service as the app's (WeasyPrint); the
page of a chapter is found through the PDF's bookmarks, which the template's
chapter headings make. Drawing PDF pages needs ``pypdfium2`` (the test
extra installs it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import UserError

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# chapter key in the template's words -> file name stem
CHAPTERS = {"heatmap": "report-heat-map", "register": "report-risk-register"}
SCALE = 1.25  # 90 dpi: an A4 page about 740 pixels wide


class ReportShotsUnavailable(UserError):
    """Report pages cannot be drawn here (pypdfium2 is not installed)."""


def render_report(workspace: Workspace, assessment_id: int, language: str, folder: Path) -> Path:
    """The assessment's report in ``language`` with the default template, as a PDF file."""
    from app.services import reporting

    prepared = workspace.prepare_report(assessment_id, lang=language)
    result = reporting.render_pdf(prepared, folder / f"report-{language}.pdf")
    return Path(result.path)


def chapter_titles(language: str) -> dict[str, str]:
    """The default template's chapter headings in ``language``, by chapter key."""
    from app.services.reporting import template_words

    words = template_words(language)
    return {key: str(words["chapters"][key]) for key in CHAPTERS}


def chapter_pages(pdf_path: Path, titles: dict[str, str]) -> dict[str, int]:
    """The page index where each chapter starts, from the PDF's top-level bookmarks."""
    pdfium = _pdfium()
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        starts = {item.get_title(): item.get_dest().get_index()
                  for item in document.get_toc() if item.level == 0 and item.get_dest()}
    finally:
        document.close()
    return {key: starts[title] for key, title in titles.items() if title in starts}


def save_page(pdf_path: Path, index: int, target: Path) -> Path:
    """Draw one page of the PDF as a PNG."""
    pdfium = _pdfium()
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        document[index].render(scale=SCALE).to_pil().save(target)
    finally:
        document.close()
    return target


def report_page_shots(workspace: Workspace, assessment_id: int, language: str,
                      out: Path) -> list[Path]:
    """``report-heat-map-LANG.png`` and ``report-risk-register-LANG.png`` in ``out``."""
    _pdfium()  # fail before the slow render, not after it
    pdf_path = render_report(workspace, assessment_id, language, out)
    try:
        pages = chapter_pages(pdf_path, chapter_titles(language))
        return [save_page(pdf_path, pages[key], out / f"{stem}-{language}.png")
                for key, stem in CHAPTERS.items() if key in pages]
    finally:
        pdf_path.unlink(missing_ok=True)


def _pdfium() -> Any:
    try:
        import pypdfium2  # type: ignore[import-untyped]
    except ImportError as exc:
        raise ReportShotsUnavailable(
            "report pages need pypdfium2: pip install -e '.[test]'") from exc
    return pypdfium2
