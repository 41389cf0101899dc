"""The rendered PDF: its text in both languages, embedded fonts, attached data and fingerprint."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from app import paths
from app.core.hashing import canonical_json
from app.services.reporting import ATTACHMENT_NAME
from tests.reports.conftest import Rendered

pytestmark = pytest.mark.slow


def text_of(rendered: Rendered) -> str:
    reader = PdfReader(rendered.result.path)
    return "\n".join(page.extract_text() for page in reader.pages)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_english_report_text(report_en: Rendered) -> None:
    text = text_of(report_en)
    for expected in (
        "Executive summary",
        "Risk register",
        "Action plan",
        "Model inventory",
        "Data flows",
        "Sign-off",
        "Seoul Family Clinic",
        "Patient-note summariser",
        "A full DPIA is required",
        "WHY IT WAS RAISED",  # h4 headings are set in capitals
        "Kim Ji-won",
        "Llama-3.1-8B-Instruct",
        "InferCloud Inc.",
        "Not answered",
        "org.aipia.test.demo-small",
    ):
        assert expected in text, expected
    assert report_en.result.pages == len(PdfReader(report_en.result.path).pages) >= 12


def test_korean_report_text(report_ko: Rendered) -> None:
    text = text_of(report_ko)
    for expected in ("요약", "위험 목록", "조치 계획", "개인정보 흐름", "승인", "식별 근거",
                     "정식 개인정보 영향평가가 필요함", "미응답", "모름"):
        assert expected in text, expected
    assert "Executive summary" not in text


def test_page_numbers_and_toc(report_en: Rendered) -> None:
    pages = PdfReader(report_en.result.path).pages
    total = len(pages)
    assert f"Page 3 of {total}" in pages[2].extract_text()
    contents = pages[1].extract_text(extraction_mode="layout")
    assert re.search(r"Executive summary\s+3\n", contents), contents  # target-counter filled in
    assert re.search(r"Sign-off\s+\d+\n", contents)


def _fonts(reader: PdfReader) -> list[DictionaryObject]:
    found: dict[int, DictionaryObject] = {}
    for page in reader.pages:
        resources: Any = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts or {}).values():
            font = ref.get_object()
            found[id(font)] = font
            for descendant in font.get("/DescendantFonts", []):
                found[id(descendant.get_object())] = descendant.get_object()
    return list(found.values())


def embedded_programs(path: Path) -> list[bytes]:
    """The font program of every font the PDF uses; fails if one is not embedded."""
    programs = []
    for font in _fonts(PdfReader(path)):
        if font.get("/Subtype") == "/Type0":
            continue  # its descendant carries the descriptor
        descriptor = font["/FontDescriptor"].get_object()
        keys = [key for key in ("/FontFile", "/FontFile2", "/FontFile3") if key in descriptor]
        assert keys, f"{font.get('/BaseFont')} is not embedded"
        programs.append(descriptor[keys[0]].get_object().get_data())
    return programs


def outlines(font: TTFont) -> dict[int, tuple[object, ...]]:
    """Glyph id -> its outline (points, contour ends, flags) for every glyph with one."""
    glyf = font["glyf"]
    shapes = {}
    for gid, name in enumerate(font.getGlyphOrder()):
        glyph = glyf[name]
        if glyph.numberOfContours:
            coordinates, ends, flags = glyph.getCoordinates(glyf)
            shapes[gid] = (tuple(coordinates), tuple(ends), bytes(flags))
    return shapes


@pytest.fixture(scope="module")
def bundled_fonts() -> dict[str, TTFont]:
    return {path.name: TTFont(path) for path in sorted(paths.fonts_dir().glob("*.ttf"))}


def postscript_name(font: TTFont) -> str:
    return str(font["name"].getDebugName(6))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_font_is_a_bundled_file_embedded(
    lang: str, request: pytest.FixtureRequest, bundled_fonts: dict[str, TTFont]
) -> None:
    """Each embedded font is a subset of a file in resources/fonts, whatever the system has.

    A font that fontconfig found on the system instead (another version of Nanum
    Gothic, DejaVu for a missing glyph) has other outlines and fails here.
    """
    rendered: Rendered = request.getfixturevalue(f"report_{lang}")
    programs = embedded_programs(rendered.result.path)
    assert programs
    used = set()
    for program in programs:
        subset = TTFont(io.BytesIO(program))
        origin = next((name for name, font in bundled_fonts.items()
                       if postscript_name(font) == postscript_name(subset)), None)
        assert origin, f"{postscript_name(subset)} is not one of {sorted(bundled_fonts)}"
        shapes = outlines(subset)  # glyph ids are kept when WeasyPrint subsets
        original = outlines(bundled_fonts[origin])
        assert len(shapes) > 20
        assert all(original.get(gid) == shape for gid, shape in shapes.items()), origin
        used.add(origin)
    assert {"NanumGothic.ttf", "NanumGothicBold.ttf"} <= used


def test_attachment_is_the_data_the_fingerprint_covers(report_en: Rendered) -> None:
    reader = PdfReader(report_en.result.path)
    attached = reader.attachments[ATTACHMENT_NAME]
    assert len(attached) == 1
    data = attached[0]
    assert data == report_en.prepared.data
    fingerprint = hashlib.sha256(data).hexdigest()
    assert fingerprint == report_en.result.fingerprint == report_en.prepared.fingerprint
    decoded = json.loads(data)
    assert canonical_json(decoded).encode("utf-8") == data
    assert decoded["assessment"]["answers"]["system_name"] == {"value": "Patient-note summariser"}
    assert decoded["assessment"]["measure_plans"]["host_dpa"]["status"] == "in_progress"
    assert decoded["pack_manifest"]["id"] == "org.aipia.test.demo-small"
    assert decoded["report"]["language"] == "en"


def test_fingerprint_is_printed_on_every_page(report_en: Rendered) -> None:
    reader = PdfReader(report_en.result.path)
    fingerprint = report_en.result.fingerprint
    for number, page in enumerate(reader.pages, 1):
        assert fingerprint in squeezed(page.extract_text()), f"page {number}"


def test_no_partial_files_left_behind(report_en: Rendered) -> None:
    folder = report_en.result.path.parent
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_progress_is_reported(report_en: Rendered) -> None:
    assert report_en.progress[0] == "Starting the PDF engine"
    assert any(step.startswith("Step") for step in report_en.progress)  # WeasyPrint's own steps
    assert any(step.startswith("Writing") for step in report_en.progress)
    assert 0 < report_en.result.peak_memory_mb < 2048
