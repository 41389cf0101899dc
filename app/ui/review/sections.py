"""The sections as the reviewer sees them: a verdict, comments and files each, and the form
that records a verdict or a comment on the chosen section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.review.words import VERDICT_MARKS, VERDICT_ORDER, verdict_word

if TYPE_CHECKING:
    from app.services.review import ReviewState

SECTION_ROLE = Qt.ItemDataRole.UserRole


class SectionVerdicts(QWidget):
    """``verdictGiven(section, verdict, comment)`` and ``commentGiven(section, text)``."""

    verdictGiven = Signal(str, str, str)
    commentGiven = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnCount(4)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.verdict = QComboBox()
        for verdict in VERDICT_ORDER:
            self.verdict.addItem("", verdict)
        self.comment = QLineEdit()
        self.judge_button = QPushButton()
        self.comment_button = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self._lay_out()
        self.judge_button.clicked.connect(self._judge)
        self.comment_button.clicked.connect(self._comment)
        self.comment.returnPressed.connect(self._judge)
        self.retranslate()

    def _lay_out(self) -> None:
        self.verdict_label = QLabel()
        self.verdict_label.setBuddy(self.verdict)
        self.comment_label = QLabel()
        self.comment_label.setBuddy(self.comment)
        form = QHBoxLayout()
        form.addWidget(self.verdict_label)
        form.addWidget(self.verdict)
        form.addWidget(self.comment_label)
        form.addWidget(self.comment, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.judge_button)
        buttons.addWidget(self.comment_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.table.setHeaderLabels([self.tr("Section"), self.tr("Verdict"),
                                    self.tr("Comments"), self.tr("Files")])
        self.table.setAccessibleName(self.tr("Sections and their verdicts"))
        for index, verdict in enumerate(VERDICT_ORDER):
            self.verdict.setItemText(index, f"{VERDICT_MARKS[verdict]} {verdict_word(verdict)}")
        self.verdict_label.setText(self.tr("&Verdict"))
        self.comment_label.setText(self.tr("Co&mment"))
        self.comment.setPlaceholderText(self.tr("What is good, what must change"))
        self.judge_button.setText(self.tr("&Record verdict"))
        self.comment_button.setText(self.tr("Add comment onl&y"))

    def show_state(self, state: ReviewState) -> None:
        chosen = self.selected_section()
        self.table.clear()
        for section in state.sections:
            verdict = section.verdict
            word = f"{VERDICT_MARKS[verdict.verdict]} {verdict_word(verdict.verdict)}" \
                if verdict else "—"
            remarks = [f"{verdict.by}: {verdict.comment}"] if verdict and verdict.comment else []
            remarks += [f"{c.by}: {c.body}" for c in section.comments]
            item = QTreeWidgetItem([section.title, word, remarks[-1] if remarks else "",
                                    str(section.attachments)])
            item.setToolTip(2, "\n".join(remarks))
            item.setData(0, SECTION_ROLE, section.section_id)
            self.table.addTopLevelItem(item)
            if section.section_id == chosen or (chosen is None and \
                    self.table.topLevelItemCount() == 1):
                self.table.setCurrentItem(item)
        for column in (1, 3):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 12)
        self.table.setColumnWidth(2, max(self.table.columnWidth(2), 220))
        in_review = state.record.status == "in_review"
        for widget in (self.verdict, self.judge_button):
            widget.setEnabled(in_review)
        self.comment_button.setEnabled(state.record.status != "archived")
        self.hint.setText("" if in_review else self.tr(
            "Verdicts are given while the assessment is in review."))

    def selected_section(self) -> str | None:
        item = self.table.currentItem()
        return item.data(0, SECTION_ROLE) if item is not None else None

    def select(self, section_id: str) -> None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item is not None and item.data(0, SECTION_ROLE) == section_id:
                self.table.setCurrentItem(item)

    def _judge(self) -> None:
        section = self.selected_section()
        if section is not None and self.judge_button.isEnabled():
            self.verdictGiven.emit(section, self.verdict.currentData(), self.comment.text())

    def _comment(self) -> None:
        section = self.selected_section()
        if section is not None:
            self.commentGiven.emit(section, self.comment.text())

    def clear_comment(self) -> None:
        self.comment.clear()
