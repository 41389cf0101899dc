"""The one adapter from the facade's change events to Qt: views refresh from its signal.

The workspace announces every change once (``app.services.events``); this
object re-emits each as :attr:`ChangeRelay.changed`, on the GUI thread (the one
that owns the workspace). A view connects to it and refreshes itself, so no
action has to remember which views to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.services.events import Events


class ChangeRelay(QObject):
    changed = Signal(object)  # app.services.events.Change

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None

    def follow(self, events: Events) -> None:
        """Relay the changes of this workspace's events (and no longer those of another)."""
        self.stop()
        self._unsubscribe = events.subscribe(self.changed.emit)

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
