"""Page breaks: a risk card's heading never stays alone at the foot of a page (issue 19).

The English fixture report is rendered again with a spacer page in front of each of
several risk cards, the spacer a little taller each time, so that one of the headings
falls in the last centimetres of a page whatever the type sizes. Wherever a card's code
prints, the rating under its heading must print on the same page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import paths
from app.reports.pdf import RenderProcess
from tests.reports.conftest import Rendered

SPACERS_MM = (196, 206, 216, 226, 236, 246)  # the page's text area is 251 mm high
CARD = re.compile(r'<article class="risk" id="(risk-[^"]+)".*?</article>', re.S)


def spaced(html: str) -> tuple[str, list[str]]:
    """``html`` with a spacer page before each rated card; the codes of the cards spaced."""
    cards = [m for m in CARD.finditer(html) if 'class="rating"' in m.group(0)]
    assert len(cards) >= len(SPACERS_MM), "the fixture has fewer rated risks than spacers"
    codes = []
    pairs = list(enumerate(zip(cards[:len(SPACERS_MM)], SPACERS_MM, strict=True)))
    for index, (match, height) in reversed(pairs):
        code = re.search(r'class="code">(R\d+)<', match.group(0))
        assert code is not None
        codes.insert(0, code.group(1))
        spacer = (f'<div style="break-before: page; height: {height}mm">SPACER-{index}</div>')
        html = html[:match.start()] + spacer + html[match.start():]
    return html, codes


@pytest.mark.slow
def test_a_risk_heading_keeps_with_its_rating(report_en: Rendered, tmp_path: Path) -> None:
    html, codes = spaced(report_en.prepared.html)
    template = paths.report_templates_dir() / "default"
    process = RenderProcess()
    try:
        process.render_pdf(html, template, [template, paths.fonts_dir()], [], tmp_path / "r.pdf")
    finally:
        process.close()
    pages = [page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages]
    rating, near_the_foot = "before measures", 0  # the label prints in capitals
    for index, code in enumerate(codes):
        page = next(text for text in pages if f"SPACER-{index}" in text)
        heading = re.search(rf"^{code}\b", page, re.M)
        if heading is not None:  # the heading is on the spacer's page: its rating too
            after = page[heading.start():].lower()
            assert rating in after, f"{code} ends a page, its rating does not"
            near_the_foot += 1
    assert 0 < near_the_foot < len(codes)  # some headings fit under a spacer, some moved on
