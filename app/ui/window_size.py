"""The main window's first size: the default where it fits, the screen's work area where not."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# what a title bar and window borders take around the window's own size, at most
FRAME = QSize(16, 48)


def fit_to_screen(window: QWidget, default: QSize) -> None:
    """Give ``window`` the ``default`` size where it fits the screen's work area with its
    frame; on a smaller screen (1024x700) the size of the work area, placed at its corner,
    so no button starts past the screen's edge."""
    screen = window.screen()
    if screen is None:
        window.resize(default)
        return
    area = screen.availableGeometry()
    room = area.size() - FRAME
    if default.width() <= room.width() and default.height() <= room.height():
        window.resize(default)
        return
    window.resize(default.boundedTo(room))
    window.move(area.topLeft())
