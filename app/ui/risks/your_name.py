"""Who records a judgement: the user's name, the same one the review workflow records.

It is the workspace's ``user.name`` preference (Preferences › Review and
evidence; ``aipia preferences`` on the command line), so a rating, a verdict
and an approval made by one person carry one name.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.core.errors import UserError
from app.services.workspace import Workspace


class YourName(QWidget):
    """"Your name: [...]": kept as it is typed, recorded as ``by`` with every judgement."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.line = QLineEdit(workspace.my_name())
        self.line.setObjectName("yourName")
        self.line.setMaxLength(200)
        self.line.setPlaceholderText(self.tr("Recorded with each rating, treatment and acceptance"))
        self.line.setAccessibleName(self.tr("Your name"))
        label = QLabel(self.tr("Your &name:"))
        label.setBuddy(self.line)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.line, 1)
        # kept a moment after the last key (one durable write, not one per key), and when
        # the field goes away before that
        self._pending = QTimer(self, singleShot=True, interval=500)
        self._pending.timeout.connect(self.keep)
        self.line.textChanged.connect(lambda _text: self._pending.start())

    def hideEvent(self, event: QHideEvent) -> None:
        if self._pending.isActive():
            self._pending.stop()
            self.keep()
        super().hideEvent(event)

    def keep(self) -> None:
        """Remember the name typed (a read-only data folder keeps it for this session only)."""
        name = self.line.text().strip()
        if name == self.workspace.my_name():
            return
        with contextlib.suppress(UserError):  # a read-only folder: used for this session only
            self.workspace.set_my_name(name)

    def text(self) -> str:
        return self.line.text().strip()
