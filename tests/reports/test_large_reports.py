"""Valid but huge assessments (issue 12 item 4): the report shortens what no one reads in a
PDF, says so in the report's language and where the rest is, and renders; emoji print with
the bundled font; characters no font has are one warning, not one per character.

The whole largest assessment is rendered, and timed, in benchmarks/bench_report.py; here it
is checked up to the HTML the PDF engine gets (whose size sets the layout work and the CPU
budget), and a smaller one, in Korean, goes all the way to the PDF.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import paths
from app.core.loader import load_pack
from app.reports import worker
from app.reports.context_limits import TABLE_ROWS_SHOWN, TEXT_CHARS_SHOWN
from app.services.reporting import prepare_report, render_pdf
from app.services.transfer import import_assessment
from app.services.workspace import Workspace
from tests.reports import largest
from tests.reports.pdf_fonts import bundled_fonts_used

HIDDEN_ROWS = largest.ROWS - TABLE_ROWS_SHOWN


def open_case(folder: Path, lang: str, **sizes: int) -> tuple[Workspace, int]:
    packs = folder / "packs"
    packs.mkdir()
    loaded = load_pack(largest.make_pack(packs))
    assert loaded.pack is not None, loaded.errors[:3]
    export = largest.make_export(folder, loaded.pack.content_hash, lang, **sizes)
    workspace = Workspace(folder / "data")
    return workspace, import_assessment(workspace, export).id


@pytest.fixture
def case_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: tmp_path / "packs")
    return tmp_path


@pytest.fixture
def largest_html(case_folder: Path) -> Iterator[tuple[str, bytes]]:
    workspace, assessment_id = open_case(case_folder, "en")
    with workspace:
        prepared = prepare_report(workspace, assessment_id)
    yield prepared.html, prepared.data


def test_the_largest_assessment_is_shortened_visibly(largest_html: tuple[str, bytes]) -> None:
    html, _ = largest_html
    # 20 registers, the model inventory and the transfers in the answers, and the flow table
    shortened = f"{HIDDEN_ROWS} more rows are in the data attached to this PDF"
    assert html.count(shortened) == largest.TABLES + 3
    assert f"{HIDDEN_ROWS} more models are in the data attached to this PDF" in html
    hidden = [int(n) for n in re.findall(r"(\d+) more characters are in the data", html)]
    assert len(hidden) == 1  # the 200,000-character text; notes and short texts fit
    assert largest.LONG_TEXT - TEXT_CHARS_SHOWN <= hidden[0] < largest.LONG_TEXT


def test_the_largest_report_stays_a_size_the_limits_allow(largest_html: tuple[str, bytes]) -> None:
    html, _ = largest_html
    # without shortening: 3.7 MB of HTML, 1,032 pages, 1.9 GB of memory for the layout
    assert len(html.encode("utf-8")) < 2 * 1024**2
    assert html.count("<tr") < (largest.TABLES + 3) * (TABLE_ROWS_SHOWN + 1) + 200


def test_the_attached_data_keeps_every_row(largest_html: tuple[str, bytes]) -> None:
    _, data = largest_html
    answers = json.loads(data)["assessment"]["answers"]
    for qid in ["model_inventory", "transfers",
                *(f"register_{n:02d}" for n in range(1, largest.TABLES + 1))]:
        assert len(answers[qid]["value"]) == largest.ROWS, qid
    assert len(answers["history"]["value"]) == largest.LONG_TEXT


@pytest.fixture
def bundled_fonts_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fontconfig sees only resources/fonts: what is missing does not depend on the system."""
    config = tmp_path / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><dir>{paths.fonts_dir()}</dir>"
                      f"<cachedir>{tmp_path / 'fontconfig-cache'}</cachedir></fontconfig>")
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))  # the render process inherits it


@pytest.mark.slow
@pytest.mark.usefixtures("bundled_fonts_only")
def test_a_large_korean_report_renders_with_emoji_and_says_what_it_shortened(
    case_folder: Path,
) -> None:
    rows, long_text = TABLE_ROWS_SHOWN + 10, TEXT_CHARS_SHOWN + 500
    workspace, assessment_id = open_case(case_folder, "ko", tables=1, rows=rows, fields=1,
                                         long_text=long_text, note=500)
    with workspace:
        prepared = prepare_report(workspace, assessment_id)
    for wording in ("나머지 10개 행은 이 PDF에 첨부된 데이터(aipia-report-data.json)에 있습니다.",
                    "나머지 모델 10개는 이 PDF에", "자는 이 PDF에 첨부된 데이터"):
        assert wording in prepared.html, wording
    result = render_pdf(prepared, case_folder / "large-ko.pdf")
    assert result.pages == len(PdfReader(result.path).pages) > 15
    # the emoji come from the bundled Noto Emoji, every other glyph from Nanum Gothic
    assert "NotoEmoji-Regular.ttf" in bundled_fonts_used(result.path)
    boxes = [w for w in result.warnings if "print as empty boxes" in w]
    assert len(boxes) == 1, result.warnings  # one line, however many characters and times
    assert "U+13000" in boxes[0] and "U+E000" in boxes[0]  # hieroglyphs, private use
    assert "U+1F600" not in boxes[0] and "😀" not in boxes[0]  # the emoji are not missing


def test_warnings_are_collected_into_one_line_each() -> None:
    collect = worker._Collect(lambda _: None)
    logger = logging.getLogger("weasyprint.test-collect")
    logger.addHandler(collect)
    logger.propagate = False
    try:
        for text in ["𓀀", "𓀀", "\ue000", "😀"] * 50:  # WeasyPrint's own message, per character
            logger.warning(worker.MISSING_GLYPH + ': "%s" (U+%04X)', text, ord(text))
        for _ in range(3):
            logger.warning("Ignored `margin: auto auto` at 2:3, invalid value.")
    finally:
        logger.removeHandler(collect)
    assert collect.lines() == [
        "3 character(s) are in no font of the report and print as empty boxes (200 times): "
        "U+E000, 𓀀 (U+13000), 😀 (U+1F600)",
        "Ignored `margin: auto auto` at 2:3, invalid value. (3 times)",
    ]
