"""Start-up helpers of the main window: a call after the first paint, background imports."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class FirstPaint(QObject):
    """Calls back once, on the event-loop turn after the window's first paint."""

    def __init__(self, parent: QObject, callback: Callable[[], object]) -> None:
        super().__init__(parent)
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class ModuleLoader(QObject):
    """Imports modules in a background thread, then says so on the GUI thread."""

    loaded = Signal()

    def __init__(self, modules: tuple[str, ...], parent: QObject | None = None,
                 prepare: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self._modules = modules
        self._prepare = prepare  # more work for the thread once the modules are imported

    def start(self) -> None:
        threading.Thread(target=self._run, name="aipia-preload", daemon=True).start()

    def _run(self) -> None:
        try:
            for name in self._modules:
                importlib.import_module(name)
            if self._prepare is not None:
                self._prepare()
        finally:  # an import error surfaces again, with its message, on the GUI thread
            self.loaded.emit()
