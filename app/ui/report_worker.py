"""Rendering a report off the GUI thread: progress, cancel, result or a plain error."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class RenderWorker(QObject):
    """Runs ``render(prepared, output, cancel=..., progress=...)`` in its own thread."""

    progress = Signal(str)
    succeeded = Signal(object)  # the render result
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, render: Callable[..., Any], prepared: Any, output: Path,
                 error_types: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self._render = render
        self._prepared = prepared
        self._output = output
        self._errors = error_types
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self._render(self._prepared, self._output, cancel=self.cancel_event,
                                  progress=self.progress.emit)
        except self._errors as exc:
            self._finish_error(str(exc))
        except Exception as exc:  # anything else still reaches the user, in words
            self._finish_error(f"{type(exc).__name__}: {exc}")
        else:
            if self.cancel_event.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        self.done.emit()

    def _finish_error(self, message: str) -> None:
        if self.cancel_event.is_set():
            self.cancelled.emit()
        else:
            self.failed.emit(message)


def start_in_thread(worker: RenderWorker, parent: QObject) -> QThread:
    """Move ``worker`` to a new thread, start it, and clean both up when it is done."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread
