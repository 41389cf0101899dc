"""``python -m app.ui.screenshots``: every main screen, in both languages, as PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.ui import screenshots
from tests.ui.report_fakes import use_fake_reporting


def test_writes_the_main_screens_in_english_and_korean(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_reporting(monkeypatch)
    written = screenshots.take_screenshots(tmp_path)
    names = sorted(p.name for p in written)
    assert names == sorted(f"{screen}-{lang}.png" for lang in ("en", "ko") for screen in
                           ("main-window", "wizard", "risks", "report-dialog"))
    for path in written:
        image = QImage(str(path))
        assert image.width() >= 500 and image.height() >= 120, path


def test_usage_without_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert screenshots.main([]) == 2
    assert "usage" in capsys.readouterr().err
