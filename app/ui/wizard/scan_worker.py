"""The model scan off the GUI thread: throttled progress, cancel, and the report or an error."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.inspect import Progress
from app.services.inspection import run_scan

PROGRESS_INTERVAL = 0.1  # seconds between progress signals: hashing reports every MiB


class ScanWorker(QObject):
    """Runs :func:`run_scan` (files only, no database) in its own thread."""

    progress = Signal(str, object, object, str)  # stage, done, total (bytes can pass 2**31), file
    finished = Signal(object)  # the ScanReport
    failed = Signal(str)
    done = Signal()

    def __init__(self, paths: list[Path], hash_files: bool) -> None:
        super().__init__()
        self.paths = paths
        self.hash_files = hash_files
        self.cancel_event = threading.Event()
        self._last = 0.0

    def _progress(self, step: Progress) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL or step.done == 0:
            self._last = now
            self.progress.emit(step.stage, step.done, step.total, step.current)

    @Slot()
    def run(self) -> None:
        try:
            report = run_scan(self.paths, hash_files=self.hash_files, progress=self._progress,
                              cancelled=self.cancel_event.is_set)
        except Exception as exc:  # a bug, not a bad file (those become messages): say it
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(report)
        self.done.emit()


def start_scan(worker: ScanWorker, parent: QObject) -> QThread:
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread
