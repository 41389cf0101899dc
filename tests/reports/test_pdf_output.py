"""The rendered PDF: its text in both languages, embedded fonts, attached data and fingerprint."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from pypdf import PdfReader

from app.core.hashing import canonical_json
from app.services.reporting import ATTACHMENT_NAME
from tests.reports.conftest import Rendered
from tests.reports.pdf_fonts import bundled_fonts_used

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


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_font_is_a_bundled_file_embedded(lang: str, request: pytest.FixtureRequest) -> None:
    """Each embedded font is a subset of a file in resources/fonts, whatever the system has
    (see tests/reports/pdf_fonts.py): a system copy of Nanum Gothic, or DejaVu standing in
    for a missing glyph, fails."""
    rendered: Rendered = request.getfixturevalue(f"report_{lang}")
    assert bundled_fonts_used(rendered.result.path) == {"NanumGothic.ttf", "NanumGothicBold.ttf"}


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
