"""Who changed the judgement of a risk, when and how: set, cleared, set aside on upgrade."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.ui.risks.words import part_name, treatment_name

if TYPE_CHECKING:
    from app.core.treatment import JudgementChange
    from app.ui.risks.judging import Judging


class HistoryList(QTreeWidget):
    """Oldest first, like the record it reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("judgementHistory")
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("History of the judgement"))
        self.setMinimumHeight(120)

    def show_changes(self, judging: Judging, changes: list[JudgementChange]) -> None:
        self.clear()
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        for change in changes:
            item = QTreeWidgetItem([judging.when(change.at), change.by,
                                    self.describe(judging, change)])
            item.setToolTip(2, item.text(2))
            self.addTopLevelItem(item)
        if not changes:
            self.addTopLevelItem(QTreeWidgetItem(["", "", self.tr("Nothing recorded yet.")]))
        header = self.header()
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def describe(self, judging: Judging, change: JudgementChange) -> str:
        """'Rating set: Possible × Severe — because…', 'Treatment cleared (set aside…)'."""
        part = part_name(change.part)
        if change.value is None:
            text = self.tr("%1 cleared").replace("%1", part)
        else:
            text = self.tr("%1 set: %2").replace("%1", part).replace(
                "%2", self._value(judging, change.part, change.value))
        return f"{text} ({change.note})" if change.note else text

    def _value(self, judging: Judging, part: str, value: dict[str, Any]) -> str:
        words = judging.words
        if part == "rating":
            likelihood = value.get("likelihood")
            severity = value.get("severity")
            keep = self.tr("the rules' step")
            shown = (f"{words.step_label('likelihood', likelihood) if likelihood else keep} × "
                     f"{words.step_label('severity', severity) if severity else keep}")
            return f"{shown} — {value.get('reason', '')}"
        if part == "treatment":
            return f"{treatment_name(str(value.get('choice')))} — {value.get('reason', '')}"
        return self.tr("by %1 (%2) on %3, at %4").replace(
            "%1", str(value.get("accepted_by", ""))).replace("%2", str(value.get("role", ""))
        ).replace("%3", str(value.get("accepted_on", ""))).replace(
            "%4", words.level_label(str(value.get("level", ""))))
