"""Long work that needs no database, run off the GUI thread behind a progress dialog.

Encrypting, zipping and writing an exchange file, or reading and checking one,
can take seconds with large evidence files. The window keeps painting, a modal
dialog says what is happening (with a busy bar: the work does not know its
length), and the work's result, or its exception, comes back to the caller as
if the call had been made directly, so :func:`app.ui.review.words.attempt`
still reports a user error in words.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
POLL_MS = 30
SHOW_AFTER_MS = 300  # quick work finishes without a dialog flashing up


class _Outcome(Generic[T]):
    def __init__(self) -> None:
        self.value: T | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()


def run_with_progress(parent: QWidget | None, title: str, label: str,
                      work: Callable[[], T]) -> T:
    """Run ``work`` on a thread of its own; return its value or raise its exception.

    ``work`` must not touch the database or any widget (they belong to the GUI thread).
    """
    outcome: _Outcome[T] = _Outcome()

    def run() -> None:
        try:
            outcome.value = work()
        except BaseException as exc:  # handed to the caller below, on its own thread
            outcome.error = exc
        finally:
            outcome.done.set()

    dialog = _dialog(parent, title, label)
    worker = threading.Thread(target=run, name="aipia-background", daemon=True)
    worker.start()
    _wait(outcome.done, dialog)
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    return outcome.value  # type: ignore[return-value]


def _dialog(parent: QWidget | None, title: str, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # half-written files are never left behind; no cancel needed
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    return dialog


def _wait(done: threading.Event, dialog: QProgressDialog) -> None:
    """Turn the event loop (painting, the dialog) until ``done``; user input stays with the
    modal dialog."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: loop.quit() if done.is_set() else dialog.setValue(0))
    timer.start()
    if not done.is_set():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
