"""Bundled fonts: registered at start-up so Korean renders where no Hangul font is installed."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)
FONT_SUFFIXES = (".ttf", ".otf")
HANGUL_HINTS = ("nanum", "gothic", "cjk", "kr")


def register_fonts(folder: Path) -> list[str]:
    """Register every font file in ``folder``; returns the families added (none if absent)."""
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not register the font %s", path.name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def add_hangul_fallback(base_family: str, families: list[str]) -> str | None:
    """Make the bundled Hangul family the fallback of the interface font; returns it."""
    hangul = next((f for f in families if any(h in f.lower() for h in HANGUL_HINTS)), None)
    if hangul is None:
        return None
    QFont.insertSubstitution(base_family, hangul)
    return hangul
