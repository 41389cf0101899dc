"""Editors for short and long text: nothing typed is cut off, and a counter shows the limit.

Text longer than the question allows stays in the field, marked and
counted, and is not saved until it is shortened; the save state says so.
(A field that stops accepting keys, or cuts a pasted text, loses what the
user typed without telling them.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.answers import Answer
from app.ui.style import ERROR_COLOUR
from app.ui.wizard.editors import Editor

if TYPE_CHECKING:
    from app.core.model import LongTextQuestion, ShortTextQuestion
    from app.core.pack import Pack

NEAR_LIMIT = 0.8  # the counter appears from this share of the limit on


class LengthCounter(QLabel):
    """"1,640 / 2,000", shown near the limit, in red past it; its space is always kept."""

    def __init__(self, max_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_length = max_length
        self.setObjectName("lengthCounter")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # appearing must not move the page
        self.setSizePolicy(policy)
        self._normal = self.palette()
        self._over = QPalette(self._normal)
        self._over.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
        # As wide as its widest text from the start: the field beside it never moves.
        widest = self.fontMetrics().horizontalAdvance(self._text(max_length * 10))
        self.setMinimumWidth(widest + 2 * self.margin() + 4)
        self.show_length(0)

    def _text(self, length: int) -> str:
        return self.tr("%1 / %2 characters").replace("%1", f"{length:,}").replace(
            "%2", f"{self.max_length:,}")

    def show_length(self, length: int) -> None:
        over = length > self.max_length
        self.setVisible(length >= self.max_length * NEAR_LIMIT)
        self.setText(self._text(length))
        self.setPalette(self._over if over else self._normal)
        self.setAccessibleName(self.text())


class _LimitedText(Editor):
    """What short and long text share: the limit, the counter, and what was typed."""

    def __init__(self, max_length: int) -> None:
        super().__init__()
        self.max_length = max_length
        self.counter = LengthCounter(max_length)

    def text(self) -> str:
        raise NotImplementedError

    def _put(self, text: str) -> None:
        raise NotImplementedError

    def set_answer(self, answer: Answer | None) -> None:
        self.set_raw_text(answer.value if answer and answer.state == "answered" else "")

    def set_raw_text(self, text: str) -> None:
        self._put(text)
        self.counter.show_length(len(text))

    def _edited(self) -> None:
        text = self.text()
        self.counter.show_length(len(text))
        if len(text) > self.max_length:
            self.invalid.emit(QCoreApplication.translate(  # one context for both subclasses
                "TextEditor", "The text is %1 characters long; shorten it to at most %2. Until "
                "then it is not saved.")
                              .replace("%1", f"{len(text):,}")
                              .replace("%2", f"{self.max_length:,}"))
            return
        self.changed.emit(self.value_answer())

    def value_answer(self) -> Answer | None:
        text = self.text()
        return Answer(text) if text.strip() and len(text) <= self.max_length else None

    def raw_text(self) -> str | None:
        return self.text()


class ShortTextEditor(_LimitedText):
    def __init__(self, label: str, placeholder: str, max_length: int) -> None:
        super().__init__(max_length)
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.counter)
        self.setFocusProxy(self.field)
        self.field.textEdited.connect(lambda _text: self._edited())

    def text(self) -> str:
        return self.field.text()

    def _put(self, text: str) -> None:
        self.field.setText(text)


class LongTextEditor(_LimitedText):
    def __init__(self, label: str, placeholder: str, max_length: int) -> None:
        super().__init__(max_length)
        self.field = QPlainTextEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(label)
        self.field.setTabChangesFocus(True)
        self.field.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.field.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.field.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.field)
        column.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignRight)
        self.setFocusProxy(self.field)
        self.field.textChanged.connect(self._edited)

    def text(self) -> str:
        return self.field.toPlainText()

    def _put(self, text: str) -> None:
        self.field.blockSignals(True)
        self.field.setPlainText(text)
        self.field.blockSignals(False)


def short_text_editor(pack: Pack, question: ShortTextQuestion, language: str) -> Editor:
    return ShortTextEditor(pack.text(question.label, language),
                           pack.text(question.placeholder, language), question.max_length)


def long_text_editor(pack: Pack, question: LongTextQuestion, language: str) -> Editor:
    return LongTextEditor(pack.text(question.label, language),
                          pack.text(question.placeholder, language), question.max_length)
