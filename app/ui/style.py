"""A few looks on top of the native style: headings, muted text, messages.

Set through fonts and palettes, not an application style sheet: a global
style sheet makes Qt re-style every widget as it is created or moved, which
made a 40-question page several times slower to open.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

ERROR_COLOUR = "#b3261e"
NOTICE_BACKGROUND, NOTICE_TEXT = "#fff4e5", "#5f3700"
# role -> (point-size change, bold)
FONTS = {
    "sectionTitle": (5, True),
    "assessmentTitle": (2, True),
    "questionTitle": (0, True),
    "paneTitle": (0, True),
    "riskSummary": (1, False),
    "emptyState": (1, False),
}
MUTED = {"sectionIntro", "axisTitle", "axisLabel", "emptyState"}


def role(widget: QWidget, name: str) -> QWidget:
    """Give ``widget`` the look of ``name`` (also its object name, for tests and tools)."""
    widget.setObjectName(name)
    if name in FONTS:
        delta, bold = FONTS[name]
        font = QFont(widget.font())
        if delta:
            font.setPointSizeF(font.pointSizeF() + delta)
        font.setBold(bold)
        widget.setFont(font)
    if name == "paneTitle":
        widget.setContentsMargins(0, 10, 0, 2)
    palette = widget.palette()
    if name in MUTED:
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, muted)
    elif name == "questionIssue":
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
    elif name == "notice":
        widget.setAutoFillBackground(True)
        palette.setColor(QPalette.ColorRole.Window, QColor(NOTICE_BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(NOTICE_TEXT))
        widget.setContentsMargins(12, 6, 12, 6)
    widget.setPalette(palette)
    return widget
