"""The review trail: every status move, verdict and comment, with who and when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.ui.review.words import action_word, verdict_word

if TYPE_CHECKING:
    from app.core.review import SectionVerdict
    from app.services.review import ReviewState


def when(at: str) -> str:
    """An ISO time as "2026-12-02 09:14" (UTC, as stored)."""
    return at.replace("T", " ")[:16]


class ReviewTrail(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setColumnCount(3)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("What")])
        self.setAccessibleName(self.tr("Review trail"))

    def show_state(self, state: ReviewState, verdicts: list[SectionVerdict]) -> None:
        """The trail of ``state`` with every verdict given (``verdicts``, oldest first)."""
        rows: list[tuple[str, str, str, str]] = []
        for event in state.events:
            what = action_word(event.action)
            if event.revision is not None:
                what += " · " + self.tr("revision %1").replace("%1", str(event.revision))
            rows.append((event.at, event.by, what, event.comment))
        titles = {section.section_id: section.title for section in state.sections}
        rows += [(v.at, v.by, f"{titles.get(v.section_id, v.section_id)}: "
                  f"{verdict_word(v.verdict)}", v.comment) for v in verdicts]
        for section in state.sections:
            rows += [(c.at, c.by, section.title, c.body) for c in section.comments]
        rows += [(c.at, c.by, self.tr("Whole assessment"), c.body)
                 for c in state.general_comments]
        self.clear()
        for at, by, what, comment in sorted(rows, key=lambda row: row[0]):
            said = f"{what} — “{comment}”" if comment else what
            item = QTreeWidgetItem([when(at), by, said])
            item.setToolTip(2, said)
            self.addTopLevelItem(item)
        for column in range(2):
            self.resizeColumnToContents(column)
        self.scrollToBottom()  # the latest step first in view

    def texts(self) -> list[list[str]]:
        """Every row's texts (what a reader sees)."""
        rows = [self.topLevelItem(r) for r in range(self.topLevelItemCount())]
        return [[row.text(c) for c in range(3)] for row in rows if row is not None]
