"""What the rating, treatment and acceptance forms share: who records, how a refusal is shown.

A refusal (:class:`JudgementError`) is said in the interface language under the
form, the field at fault is marked and focused, and what the user typed stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.treatment import JudgementError
from app.ui.operations import UserOp, error_text
from app.ui.style import role

if TYPE_CHECKING:
    from app.services.workspace import OpenAssessment, Workspace
    from app.ui.risks.words import MatrixWords
    from app.ui.risks.your_name import YourName

T = TypeVar("T")
MARK = "border: 2px solid #b3261e;"


@dataclass
class Judging:
    """The assessment being judged and who judges it."""

    workspace: Workspace
    opened: OpenAssessment
    words: MatrixWords
    name: YourName
    ui_language: Callable[[], str]

    def when(self, stamp: str) -> str:
        """'2026-12-01T09:30:00.000Z' -> '2026-12-01 09:30 UTC'."""
        return f"{stamp[:10]} {stamp[11:16]} UTC" if len(stamp) >= 16 else stamp


def reason_field(placeholder: str) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * 4 + 12)
    return field


def buttons_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def mark(widget: QWidget, on: bool) -> None:
    widget.setProperty("invalid", on)
    widget.setStyleSheet(MARK if on else "")


class JudgementForm(QWidget):
    """A form saving one part of the judgement of one risk, with its message line."""

    part = ""

    def __init__(self, judging: Judging, risk_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.judging, self.risk_id = judging, risk_id
        self.fields: dict[str, QWidget] = {"by": judging.name.line}
        self.saved_line = QLabel()
        self.saved_line.setWordWrap(True)
        self.saved_line.setObjectName("savedPart")
        self.message = QLabel()
        self.message.setWordWrap(True)
        role(self.message, "questionIssue")
        self.message.setVisible(False)
        self.save_button = QPushButton()
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_part)

    def assemble(self, form: QFormLayout, above: tuple[QWidget, ...],
                 below: tuple[QWidget, ...] = ()) -> None:
        """Lay out: notes above, the fields, the message, Save and Clear, notes below."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons_row(self.save_button, self.clear_button))
        for widget in below:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def save(self) -> bool:
        raise NotImplementedError

    def attempt(self, op: Callable[[], T]) -> T | None:
        """Run ``op``; on a refusal say why, mark the field and keep what was typed."""
        self._unmark()
        action: UserOp[T] = UserOp(self, op).shown_in(lambda _text: None)
        if action.run():
            self.message.setVisible(False)
            return action.value
        if action.error is not None:
            self.refuse(action.error)
        return None

    def refuse(self, error: BaseException) -> None:
        if isinstance(error, JudgementError):
            text = error.text(self.judging.ui_language())
            widget = self.field_for(error)
        else:
            text, widget = error_text(error), None
        self.message.setText(self.tr("Not saved: %1").replace("%1", text))
        self.message.setVisible(True)
        if widget is not None:
            mark(widget, True)
            widget.setAccessibleDescription(text)
            widget.setFocus()

    def field_for(self, error: JudgementError) -> QWidget | None:
        return self.fields.get(error.field)

    def _unmark(self) -> None:
        for widget in self.fields.values():
            if widget.property("invalid"):
                mark(widget, False)
                widget.setAccessibleDescription("")

    def clear_part(self) -> bool:
        """Remove this part (the history keeps it); the view refreshes from the change."""
        judging = self.judging
        cleared = self.attempt(lambda: judging.workspace.clear_judgement(
            judging.opened, self.risk_id, self.part, by=judging.name.text()))
        return bool(cleared)
