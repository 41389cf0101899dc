"""Answers a pack upgrade archived: listed with their old question, value, version and reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.pack_changes import PackChanges

if TYPE_CHECKING:
    from app.services.workspace import OpenAssessment


class ArchivedAnswersDialog(QDialog):
    def __init__(self, opened: OpenAssessment, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Archived answers"))
        intro = QLabel(self.tr(
            "These answers were given under an earlier version of the questionnaire. Their "
            "question was removed, or they no longer fit it. They are kept unchanged, exported "
            "with the assessment and listed in the report's appendix."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Archived answers"))
        self.list.setHeaderLabels([self.tr("Question"), self.tr("Answer"), self.tr("Version"),
                                   self.tr("Why")])
        changes = PackChanges(self)
        fallback = opened.pack.manifest.default_language
        for item in opened.archived:
            label = item.label.get(language) or item.label.get(fallback) or item.question_id
            answer = item.display.get(language) or item.display.get(fallback) or ""
            if item.note:
                answer += f"\n✎ {item.note}"
            row = QTreeWidgetItem([f"{label} [{item.question_id}]", answer, item.pack_version,
                                   changes.archive_reason(item.reason)])
            for column in range(4):
                row.setToolTip(column, row.text(column))
            self.list.addTopLevelItem(row)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(0, 320)
        self.list.setColumnWidth(1, 320)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(960, 420)
