"""Long work without the database runs off the GUI thread behind a progress dialog."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.ui.background import run_with_progress


def test_the_work_runs_on_another_thread_and_its_value_comes_back(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gui_thread = threading.get_ident()
    assert run_with_progress(parent, "Export", "Writing x.aipia…",
                             lambda: threading.get_ident()) != gui_thread
    assert run_with_progress(parent, "Export", "Writing…", lambda: 42) == 42


def test_its_error_is_raised_on_the_gui_thread_for_the_caller_to_word(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def fails() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        run_with_progress(parent, "Export", "Writing…", fails)


def test_the_window_keeps_turning_and_a_long_wait_shows_the_dialog(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: dict[str, Any] = {"ticks": 0}
    release = threading.Event()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: seen.__setitem__("ticks", seen["ticks"] + 1))
    ticker.start()

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            seen["label"] = dialogs[0].labelText()
            release.set()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)

    def work() -> str:
        if not release.wait(timeout=30):  # only the dialog being seen lets the work end
            raise TimeoutError("the progress dialog never showed")
        time.sleep(0.05)
        return "written"

    assert run_with_progress(parent, "Import", "Checking x.aipia…", work) == "written"
    ticker.stop()
    assert seen["label"] == "Checking x.aipia…"
    assert seen["ticks"] > 0  # timers (and painting) went on while the work ran
    assert not any(isinstance(w, QProgressDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
