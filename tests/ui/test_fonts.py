"""Bundled fonts: registered when present, no trouble when absent."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase

from app import paths
from app.ui.fonts import add_hangul_fallback, register_fonts


def test_a_missing_or_empty_font_folder_is_fine(qapp: Any, tmp_path: Path) -> None:
    assert register_fonts(tmp_path / "absent") == []
    assert register_fonts(tmp_path) == []
    assert add_hangul_fallback("Sans", []) is None


def test_a_broken_font_file_is_skipped(qapp: Any, tmp_path: Path) -> None:
    (tmp_path / "broken.ttf").write_bytes(b"not a font")
    assert register_fonts(tmp_path) == []


def test_bundled_hangul_font_is_registered_and_used_as_fallback(qapp: Any,
                                                                 tmp_path: Path) -> None:
    bundled = sorted(paths.fonts_dir().glob("*.ttf"))
    if not bundled:  # pragma: no cover - the fonts arrive with the report work
        return
    shutil.copy(bundled[0], tmp_path / bundled[0].name)
    families = register_fonts(tmp_path)
    assert families and families[0] in QFontDatabase.families()
    chosen = add_hangul_fallback("AIPIA Test Family", families)
    assert chosen == families[0]
    assert chosen.casefold() in QFont.substitutes("AIPIA Test Family")
