"""A radio button or check box whose text wraps: long choices never widen the page.

Qt's buttons draw their text on one line, so a long choice made the whole
page scroll sideways. Here the button draws only its indicator and a word-
wrapping label beside it carries the text; clicking the text clicks the
button, as it would with the button's own text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ChoiceText(QLabel):
    """The wrapped text of one choice; a click on it is a click on its button."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)  # (sets the height-for-width size policy too)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()) and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
        super().mouseReleaseEvent(event)


class ChoiceRow(QWidget):
    """``button`` (its text moved to a wrapping label) with the label beside it."""

    def __init__(self, button: QAbstractButton, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        button.setText("")
        button.setAccessibleName(text)
        button.setParent(self)
        self.label = ChoiceText(text, button, self)
        indicator = button.sizeHint().height()
        line = self.label.fontMetrics().height()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # Line the indicator up with the first line of text, however long the text.
        column = QVBoxLayout()
        column.setContentsMargins(0, max(0, (line - indicator) // 2), 0, 0)
        column.addWidget(button)
        column.addStretch(1)
        self.label.setContentsMargins(0, max(0, (indicator - line) // 2), 0, 0)
        layout.addLayout(column)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()
