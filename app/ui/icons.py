"""Small painted icons (no image files): completion marks and level colour dots."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 32  # drawn at 2x and scaled down: crisp on high-DPI screens
GREEN = "#2e7d32"
GREY = "#9e9e9e"
AMBER = "#ef6c00"
BLUE = "#1565c0"


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def state_icon(state: str) -> QIcon:
    """empty: ring; partial: half-filled ring; complete: green tick; issues: amber "!";
    off (a section switched off): a grey ring struck through."""
    pixmap, painter = _canvas()
    ring = QRectF(4, 4, SIZE - 8, SIZE - 8)
    if state == "complete":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(GREEN))
        painter.drawEllipse(ring)
        painter.setPen(QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        tick = QPainterPath(QPointF(10, 16.5))
        tick.lineTo(14.5, 21)
        tick.lineTo(22.5, 11.5)
        painter.drawPath(tick)
    elif state == "issues":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(AMBER))
        painter.drawEllipse(ring)
        painter.setPen(QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(16, 9.5), QPointF(16, 17.5))
        painter.drawPoint(QPointF(16, 22.5))
    else:
        painter.setPen(QPen(QColor(BLUE if state == "partial" else GREY), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
        if state == "partial":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BLUE))
            painter.drawPie(ring, 90 * 16, 180 * 16)
        elif state == "off":
            painter.drawLine(QPointF(8.5, 23.5), QPointF(23.5, 8.5))
    painter.end()
    return QIcon(pixmap)


@cache
def dot_icon(colour: str) -> QIcon:
    """A filled circle in ``colour`` (risk levels)."""
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(6, 6, SIZE - 12, SIZE - 12))
    painter.end()
    return QIcon(pixmap)
