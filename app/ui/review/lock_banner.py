"""The banner over an approved assessment: read-only, and the way to a new revision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.style import role


class LockBanner(QWidget):
    startRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        role(self, "notice")
        self.setObjectName("lockBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.startRequested.emit)
        self.revision = 0
        self.setVisible(False)

    def show_lock(self, revision: int | None) -> None:
        """Show the banner for an assessment approved as ``revision`` (None: hide it)."""
        self.revision = revision or 0
        self.setVisible(revision is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Approved as revision %1 — read-only. Editing starts a new "
                                  "revision; the approved one is kept as it is.")
                          .replace("%1", str(self.revision)))
        self.button.setText(self.tr("Start a &new revision"))
