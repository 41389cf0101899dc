"""Editors for text, number and date questions, and the unknown / not applicable toggles."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.core.answers import Answer
from app.core.answers.text import STATE_WORDS
from app.ui.wizard.values import format_number, parse_date, parse_number

if TYPE_CHECKING:
    from app.core.model import AnyQuestion, DateQuestion, NumberQuestion
    from app.core.pack import Pack



class Editor(QWidget):
    """A question's value editor: emits an Answer (or None when emptied) as the user edits."""

    changed = Signal(object)
    invalid = Signal(str)

    def set_answer(self, answer: Answer | None) -> None:
        raise NotImplementedError

    def value_answer(self) -> Answer | None:
        """The answer the editor shows (None when empty or unusable)."""
        raise NotImplementedError

    def handles_states(self) -> bool:
        """True when unknown / not applicable are offered inside the editor itself."""
        return False

    def raw_text(self) -> str | None:
        """What the user typed, for editors of typed text (kept while it cannot be saved)."""
        return None

    def set_raw_text(self, text: str) -> None:
        """Show text the user typed earlier that could not be saved."""


def _row(parent: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class NumberEditor(Editor):
    def __init__(self, label: str, placeholder: str, unit: str, integer: bool) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(label)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.field.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 22)
        self._integer = integer
        layout = _row(self)
        layout.addWidget(self.field)
        if unit:
            layout.addWidget(QLabel(unit))
        layout.addStretch(1)
        self.setFocusProxy(self.field)
        self.field.textEdited.connect(self._edited)
        self.field.editingFinished.connect(self._finished)

    def _problem(self, key: str) -> str:
        if key == "whole":
            return self.tr("Enter a whole number, e.g. 12.")
        return self.tr("Enter a number, e.g. 12 or 3.5.")

    def _edited(self, text: str) -> None:
        parsed = parse_number(text, self._integer)
        if parsed.problem is None:
            self.changed.emit(None if parsed.empty else Answer(parsed.value))

    def _finished(self) -> None:
        parsed = parse_number(self.field.text(), self._integer)
        if parsed.problem is not None:
            self.invalid.emit(self._problem(parsed.problem))

    def set_answer(self, answer: Answer | None) -> None:
        value = answer.value if answer and answer.state == "answered" else None
        self.field.setText(format_number(value))

    def raw_text(self) -> str | None:
        return self.field.text()

    def set_raw_text(self, text: str) -> None:
        self.field.setText(text)

    def value_answer(self) -> Answer | None:
        parsed = parse_number(self.field.text(), self._integer)
        return Answer(parsed.value) if parsed.problem is None and not parsed.empty else None


class DateField(QWidget):
    """A YYYY-MM-DD field with a calendar button; empty is allowed."""

    edited = Signal()
    finished = Signal()

    def __init__(self, label: str) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.line.setAccessibleName(label)
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        metrics = self.line.fontMetrics()
        samples = ("0000-00-00", self.line.placeholderText())
        widest = max(metrics.horizontalAdvance(text) for text in samples)
        self.line.setMaximumWidth(widest + 24)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose a date"))
        self.button.setAccessibleName(self.tr("Choose a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar: QCalendarWidget | None = None  # built when first opened: it is heavy
        menu = QMenu(self.button)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        layout = _row(self)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.line.editingFinished.connect(self._finished)

    def _prepare_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget()
            action = QWidgetAction(self.button.menu())
            action.setDefaultWidget(self.calendar)
            self.button.menu().addAction(action)
            self.calendar.clicked.connect(self._picked)
        parsed = parse_date(self.line.text())
        if parsed.value is not None:
            value = parsed.value
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _finished(self) -> None:
        """Write a date the user typed loosely (2026.3.1) the standard way (2026-03-01)."""
        parsed = parse_date(self.line.text())
        if parsed.problem is None and not parsed.empty:
            self.line.setText(parsed.value.isoformat())
        self.finished.emit()

    def _picked(self, date: QDate) -> None:
        self.line.setText(date.toString("yyyy-MM-dd"))
        self.button.menu().hide()
        self.edited.emit()

    def set_date(self, value: dt.date | None) -> None:
        self.line.setText(value.isoformat() if value else "")

    def text(self) -> str:
        return self.line.text()


class DateEditor(Editor):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.field = DateField(label)
        _row(self).addWidget(self.field)
        self.setFocusProxy(self.field)
        self.field.edited.connect(self._edited)
        self.field.finished.connect(self._finished)

    def _edited(self) -> None:
        parsed = parse_date(self.field.text())
        if parsed.problem is None:
            self.changed.emit(None if parsed.empty else Answer(parsed.value))

    def _finished(self) -> None:
        if parse_date(self.field.text()).problem is not None:
            self.invalid.emit(self.tr("Enter a date as YYYY-MM-DD, e.g. 2026-03-31."))

    def set_answer(self, answer: Answer | None) -> None:
        self.field.set_date(answer.value if answer and answer.state == "answered" else None)

    def raw_text(self) -> str | None:
        return self.field.text()

    def set_raw_text(self, text: str) -> None:
        self.field.line.setText(text)

    def value_answer(self) -> Answer | None:
        parsed = parse_date(self.field.text())
        return Answer(parsed.value) if parsed.problem is None and not parsed.empty else None


class StateToggles(QWidget):
    """Check boxes for "Unknown" / "Not applicable", offered where the question allows them."""

    toggled = Signal(object)  # the chosen state, or None when cleared

    def __init__(self, states: tuple[str, ...], language: str) -> None:
        super().__init__()
        layout = _row(self)
        self.boxes: dict[str, QCheckBox] = {}
        for state in states:
            box = QCheckBox(STATE_WORDS[state].get(language, STATE_WORDS[state]["en"]))
            box.clicked.connect(lambda checked, s=state: self._clicked(s, checked))
            layout.addWidget(box)
            self.boxes[state] = box
        layout.addStretch(1)

    def _clicked(self, state: str, checked: bool) -> None:
        for other, box in self.boxes.items():
            if other != state:
                box.setChecked(False)
        self.toggled.emit(state if checked else None)

    def set_state(self, state: str | None) -> None:
        for name, box in self.boxes.items():
            box.setChecked(name == state)

    def state(self) -> str | None:
        return next((name for name, box in self.boxes.items() if box.isChecked()), None)


def explicit_states(question: AnyQuestion) -> tuple[str, ...]:
    return tuple(s for s in getattr(question, "allow", ()) if s in STATE_WORDS)


def number_editor(pack: Pack, question: NumberQuestion, language: str) -> Editor:
    return NumberEditor(pack.text(question.label, language),
                        pack.text(question.placeholder, language),
                        pack.text(question.unit, language), question.integer)


def date_editor(pack: Pack, question: DateQuestion, language: str) -> Editor:
    return DateEditor(pack.text(question.label, language))
