"""The scan's proposals as a tree of tickable answers: one branch per model, each with its evidence.

A proposal that would change an answer already given starts unticked and
shows the current value, so nothing is overwritten unless the user chooses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from app.core.inspect.fit import conflicts
from app.core.inspect.mapping import COLUMNS, INVENTORY_QUESTION
from app.services.inspection import Confirmed, inventory_rows, stored_value
from app.ui.wizard.cell_delegate import cell_text

if TYPE_CHECKING:
    from app.core.inspect import Proposals, Suggestion
    from app.core.model import AnyQuestion
    from app.ui.wizard.controller import WizardController

KEY_ROLE = Qt.ItemDataRole.UserRole
NAME = COLUMNS["name"]
WIDTHS = (230, 260, 300)  # the rest goes to "current answer"; full texts are in tooltips


class ProposalTree(QTreeWidget):
    """Columns: what, proposed answer, where it was read, the answer given now."""

    def __init__(self, controller: WizardController) -> None:
        super().__init__()
        self.controller = controller
        self.proposals: Proposals | None = None
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Question or column"), self.tr("Proposed answer"),
                              self.tr("Read from"), self.tr("Current answer")])
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(self.tr("Proposed answers"))

    def show_proposals(self, proposals: Proposals) -> None:
        self.clear()
        self.proposals = proposals
        existing = inventory_rows(self.controller.opened)
        table = self.controller.pack.questions.get(INVENTORY_QUESTION)
        columns = {c.id: c for c in getattr(table, "columns", ())}
        for index, row in enumerate(proposals.rows):
            if NAME not in row.cells:  # a name the pack cannot hold: nothing to key the row on
                continue
            values = {cid: s.value for cid, s in row.cells.items()}
            clashes = conflicts(existing, values)
            title = self.tr("Model: %1").replace("%1", str(values.get(NAME, row.model.label)))
            parent = self._branch(f"{title}  ({row.model.root})")
            for cid, suggestion in row.cells.items():
                column = columns[cid]
                shown = cell_text(self.controller.pack, column, suggestion.value,
                                  self.controller.language)
                now = clashes.get(cid)
                current = "" if now is None else cell_text(
                    self.controller.pack, column, now, self.controller.language)
                item = self._leaf(parent, self.controller.text(column.label), shown, suggestion,
                                  current, ("cell", index, cid))
                if cid == NAME:  # the row's key: no box, kept with any ticked cell of the row
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                    item.setData(0, Qt.ItemDataRole.CheckStateRole, None)
        self._answers(proposals)
        self.expandAll()
        for column, widest in enumerate(WIDTHS):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), widest))

    def _answers(self, proposals: Proposals) -> None:
        if not proposals.answers:
            return
        parent = self._branch(self.tr("Other questions"))
        for qid, suggestion in proposals.answers.items():
            question = self.controller.question(qid)
            now = stored_value(self.controller.opened, qid)
            current = "" if now in (None, suggestion.value) else self._answer_text(question, now)
            self._leaf(parent, self.controller.text(question.label),
                       self._answer_text(question, suggestion.value), suggestion, current,
                       ("answer", qid))

    def _answer_text(self, question: AnyQuestion, value: Any) -> str:
        values = value if isinstance(value, list | tuple) else [value]
        pack = self.controller.pack
        labels = [pack.choice(question, str(v)) for v in values]
        return ", ".join(self.controller.text(c.label) if c else str(v)
                         for c, v in zip(labels, values, strict=True))

    def _branch(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [text])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsAutoTristate
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        item.setFirstColumnSpanned(True)
        return item

    def _leaf(self, parent: QTreeWidgetItem, label: str, shown: str, suggestion: Suggestion,
              current: str, key: tuple[Any, ...]) -> QTreeWidgetItem:
        lang = self.controller.language
        item = QTreeWidgetItem(parent, [label, shown, suggestion.evidence_text(lang), current])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked if current else Qt.CheckState.Checked)
        for column in range(4):
            item.setToolTip(column, item.text(column))
        item.setData(0, KEY_ROLE, key)
        return item

    # what the user ticked -----------------------------------------------------------------
    def leaves(self) -> list[QTreeWidgetItem]:
        tops = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        children = [top.child(j) for top in tops if top is not None
                    for j in range(top.childCount())]
        return [child for child in children if child is not None]

    def confirmed(self) -> Confirmed:
        """The ticked cells and answers (a row's name is kept with any ticked cell of it)."""
        assert self.proposals is not None  # noqa: S101 - only called once results are shown
        rows: dict[int, dict[str, Any]] = {}
        answers, evidence, overwrite_cells, overwrite_answers = {}, {}, [], []
        cell_evidence: dict[tuple[str, str], str] = {}
        for item in self.leaves():
            key = item.data(0, KEY_ROLE)
            if key[-1] == NAME or item.checkState(0) != Qt.CheckState.Checked:
                continue
            if key[0] == "cell":
                row = self.proposals.rows[key[1]]
                cells = rows.setdefault(key[1], {NAME: row.cells[NAME].value})
                cells[key[2]] = row.cells[key[2]].value
                cell_evidence[(str(cells[NAME]), key[2])] = item.text(2)
                if item.text(3):
                    overwrite_cells.append((str(cells[NAME]), key[2]))
            else:
                suggestion = self.proposals.answers[key[1]]
                answers[key[1]] = suggestion.value
                evidence[key[1]] = suggestion.evidence_text(self.controller.language)
                if item.text(3):
                    overwrite_answers.append(key[1])
        return Confirmed(tuple(rows[i] for i in sorted(rows)), answers, tuple(overwrite_cells),
                         tuple(overwrite_answers), evidence, cell_evidence)
