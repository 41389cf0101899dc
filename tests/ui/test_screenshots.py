"""``python -m app.ui.screenshots``: every main screen and the report pages, in both languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.ui import report_shots, screenshots
from tests.ui.report_fakes import use_fake_reporting

SCREENS = ("main-window", "wizard", "risks", "report-dialog", "review", "comparison")
PAGES = ("report-heat-map", "report-risk-register")


def test_writes_the_main_screens_and_report_pages_in_english_and_korean(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_reporting(monkeypatch)
    drawn: list[str] = []

    def pages(workspace: Any, assessment_id: int, language: str, out: Path) -> list[Path]:
        drawn.append(language)  # the real drawing is tested below (it renders a report)
        return [out / f"{page}-{language}.png" for page in PAGES]

    monkeypatch.setattr(report_shots, "report_page_shots", pages)
    written = screenshots.take_screenshots(tmp_path)
    names = sorted(p.name for p in written)
    assert names == sorted(f"{screen}-{lang}.png" for lang in ("en", "ko")
                           for screen in SCREENS + PAGES)
    assert drawn == ["en", "ko"]
    for path in written:
        if path.name.startswith(SCREENS):
            image = QImage(str(path))
            assert image.width() >= 500 and image.height() >= 120, path


@pytest.mark.slow
def test_report_pages_are_the_chapters_of_a_real_report(window: Any, tmp_path: Path) -> None:
    import pypdfium2

    from app.services.demo import demo_assessment

    workspace = window.context.workspace
    record = demo_assessment(workspace, "ko")
    pdf = report_shots.render_report(workspace, record.id, "ko", tmp_path)
    titles = report_shots.chapter_titles("ko")
    assert titles == {"heatmap": "위험 지도", "register": "위험 목록"}
    pages = report_shots.chapter_pages(pdf, titles)
    assert set(pages) == {"heatmap", "register"} and pages["heatmap"] < pages["register"]
    document = pypdfium2.PdfDocument(str(pdf))
    for key, index in pages.items():
        text = document[index].get_textpage().get_text_range()
        assert titles[key] in text, (key, index)
    document.close()
    shot = report_shots.save_page(pdf, pages["register"], tmp_path / "register.png")
    image = QImage(str(shot))
    assert image.width() >= 700 and image.height() > image.width()  # a whole A4 page


def test_usage_without_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert screenshots.main([]) == 2
    assert "usage" in capsys.readouterr().err
