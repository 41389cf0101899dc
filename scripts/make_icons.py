"""Render resources/icons/aipia.svg to the PNG, ICO and ICNS files the builds use.

Run after editing the SVG (the outputs are committed, so builds need neither
step): ``QT_QPA_PLATFORM=offscreen python scripts/make_icons.py``.
Uses Qt's SVG renderer (PySide6-Essentials) and Pillow (a WeasyPrint dependency).
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor theme sizes; 256 and up for macOS
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows Explorer and the taskbar pick from


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> None:
    _application = QGuiApplication([])  # QImage text and painting need one
    renderer = QSvgRenderer(str(ICONS / "aipia.svg"))
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(ICONS / f"aipia-{size}.png", optimize=True)
    # Each size rendered from the SVG, not scaled down from the largest: crisp at 16 px.
    ico = [images[size] for size in ICO_SIZES]
    ico[-1].save(ICONS / "aipia.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
    icns = [images[size] for size in (16, 32, 64, 128, 256)]
    images[512].save(ICONS / "aipia.icns", append_images=icns)
    print(f"Wrote {len(images)} PNGs, aipia.ico and aipia.icns to {ICONS}")


if __name__ == "__main__":
    main()
