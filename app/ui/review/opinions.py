"""The DPO's opinion and the people concerned's (or why they were not asked): shown, and
recorded in a small form that keeps nothing until every field is right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.review.trail import when
from app.ui.review.words import localized_error, stance_word
from app.ui.style import role

if TYPE_CHECKING:
    from app.core.review import Opinion
    from app.ui.context import AppContext

KINDS = ("dpo", "data_subjects")


class OpinionDialog(QDialog):
    """Record one opinion of ``kind`` (dpo or data_subjects) on the assessment."""

    def __init__(self, context: AppContext, assessment_id: int, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.assessment_id, self.kind = context, assessment_id, kind
        self.setWindowTitle(self.tr("DPO's opinion") if kind == "dpo"
                            else self.tr("Opinion of the people concerned"))
        self.name = QLineEdit()
        self.asked = QCheckBox(self.tr("They were &asked"))
        self.asked.setChecked(True)
        self.asked.setVisible(kind != "dpo")
        self.favourable = QRadioButton(self.tr("&Favourable"))
        self.unfavourable = QRadioButton(self.tr("&Unfavourable"))
        self.stances = QButtonGroup(self)
        self.stances.addButton(self.favourable)
        self.stances.addButton(self.unfavourable)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.error = QLabel()
        role(self.error, "questionIssue")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self._lay_out()
        self.asked.toggled.connect(self._asked_changed)
        self._asked_changed(True)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name") if self.kind == "dpo" else self.tr("&Who was asked"),
                    self.name)
        form.addRow("", self.asked)
        stance = QHBoxLayout()
        stance.addWidget(self.favourable)
        stance.addWidget(self.unfavourable)
        stance.addStretch(1)
        self.stance_label = QLabel(self.tr("Opinion"))
        form.addRow(self.stance_label, stance)
        self.text_label = QLabel(self.tr("&Text"))
        self.text_label.setBuddy(self.text)
        form.addRow(self.text_label, self.text)
        self.reason_label = QLabel(self.tr("Why &not asked"))
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _asked_changed(self, asked: bool) -> None:
        for widget in (self.stance_label, self.favourable, self.unfavourable, self.text_label,
                       self.text):
            widget.setVisible(asked)
        self.reason_label.setVisible(not asked)
        self.reason.setVisible(not asked)

    def stance(self) -> str:
        if self.favourable.isChecked():
            return "favourable"
        return "unfavourable" if self.unfavourable.isChecked() else ""

    def accept(self) -> None:
        from app.core.errors import UserError

        asked = self.kind == "dpo" or self.asked.isChecked()
        try:
            self.context.workspace.record_opinion(
                self.assessment_id, self.kind, asked=asked, name=self.name.text(),
                stance=self.stance() if asked else "",
                text=self.text.toPlainText() if asked else "",
                reason="" if asked else self.reason.toPlainText())
        except UserError as exc:
            self.error.setText(localized_error(exc, self.context.language))
            self.error.setVisible(True)
            return
        super().accept()


class OpinionsBox(QGroupBox):
    """The two opinions as they stand, each with its "Record…" button."""

    recordRequested = Signal(str)  # the kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        for kind in KINDS:
            title, label, button = QLabel(), QLabel(), QPushButton()
            role(title, "paneTitle")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            button.clicked.connect(lambda _checked=False, k=kind: self.recordRequested.emit(k))
            row = QHBoxLayout()
            row.addWidget(title, 1)
            row.addWidget(button)
            layout.addLayout(row)
            layout.addWidget(label)
            self.titles[kind], self.labels[kind], self.buttons[kind] = title, label, button
        self.retranslate()

    def _title(self, kind: str) -> str:
        return self.tr("DPO") if kind == "dpo" else self.tr("People concerned")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Opinions"))
        for kind, title in self.titles.items():
            title.setText(self._title(kind))
        self.buttons["dpo"].setText(self.tr("Record the &DPO's opinion…"))
        self.buttons["data_subjects"].setText(self.tr("Record the people's &opinion…"))

    def show_opinions(self, opinions: dict[str, Opinion], archived: bool) -> None:
        for kind in KINDS:
            self.labels[kind].setText(self.describe(opinions.get(kind)))
            self.buttons[kind].setEnabled(not archived)

    def describe(self, opinion: Opinion | None) -> str:
        if opinion is None:
            return self.tr("Not recorded yet")
        whose = f"{opinion.name}: " if opinion.name else ""
        if not opinion.asked:
            said = self.tr("Not asked: %1").replace("%1", opinion.reason)
        else:
            said = f"{stance_word(opinion.stance)} — {opinion.text}"
        return (f"{whose}{said}\n" + self.tr("Recorded by %1, %2").replace("%1", opinion.by)
                .replace("%2", when(opinion.at)))
