"""The main window fits the screen it opens on (a 1024x700 screen shows all of it)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMainWindow

from app.ui.window_size import FRAME, fit_to_screen

DEFAULT = QSize(1180, 780)


class Screen:
    """A screen whose work area is ``area`` (the offscreen one cannot be resized)."""

    def __init__(self, area: QRect) -> None:
        self.area = area

    def availableGeometry(self) -> QRect:
        return self.area


@pytest.mark.parametrize(("area", "expected"), [
    (QRect(0, 0, 1920, 1200), DEFAULT),
    (QRect(0, 0, 1024, 700), QSize(1024, 700) - FRAME),
    (QRect(0, 24, 1366, 744), QSize(1180, 744 - FRAME.height())),
])
def test_the_window_fits_the_work_area(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                       area: QRect, expected: QSize) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "screen", lambda: Screen(area))
    fit_to_screen(window, DEFAULT)
    assert window.size() == expected
    assert window.width() + FRAME.width() <= area.width()
    assert window.height() + FRAME.height() <= area.height()
    if expected != DEFAULT:
        assert (window.x(), window.y()) == (area.x(), area.y())


def test_the_main_window_opens_at_its_default_size_on_a_large_screen(make_window: Any) -> None:
    window = make_window()
    assert window.size() == DEFAULT
