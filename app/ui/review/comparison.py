"""Compare two states: two revisions of this assessment (or a revision and the work now),
or another assessment of the same pack (last year's) with this one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.review.compare import CHANGE_PARTS
from app.ui.review.trail import when
from app.ui.review.words import attempt

if TYPE_CHECKING:
    from app.core.review.compare import Change, Comparison
    from app.ui.context import AppContext

PARTS = CHANGE_PARTS
Choice = tuple[str, int | None]  # ("revision", n | None for the work now) or ("assessment", id)


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their longest wrapped text at the column's current width."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeWidget)  # noqa: S101 - set in WrappingTree.__init__
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        indent = view.indentation() * (2 if index.parent().isValid() else 1) \
            if index.column() == 0 else 0
        width = max(view.columnWidth(index.column()) - indent - 10, 40)
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                              int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(width, bounds.height() + 6)


class WrappingTree(QTreeWidget):
    """Long texts wrap in their column; rows are measured again at each new width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrapDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class ComparisonDialog(QDialog):
    def __init__(self, context: AppContext, assessment_id: int, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.assessment_id, self.language = context, assessment_id, language
        self.comparison: Comparison | None = None
        self.section_titles = {s.section_id: s.title for s in
                               context.workspace.review_state(assessment_id, language).sections}
        self.setWindowTitle(self.tr("Compare"))
        self.before = QComboBox()
        self.after = QComboBox()
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setDefault(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = WrappingTree()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Before"), self.tr("After")])
        self.tree.setAccessibleName(self.tr("Differences"))
        for column in range(3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._lay_out()
        self._fill_choices()
        self.before.currentIndexChanged.connect(lambda _i: self._before_changed())
        self.compare_button.clicked.connect(self.compare)
        self.resize(880, 560)
        self._before_changed()
        if self.before.count() and self.after.count():
            self.compare()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Before"), self.before)
        form.addRow(self.tr("&After"), self.after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _fill_choices(self) -> None:
        workspace = self.context.workspace
        revisions = workspace.revisions(self.assessment_id)
        record = workspace.get_assessment(self.assessment_id)
        for info in reversed(revisions):
            self.before.addItem(self.tr("Revision %1 (%2, %3)").replace("%1", str(info.number))
                                .replace("%2", info.approved_by)
                                .replace("%3", when(info.approved_at)), ("revision", info.number))
        for other in workspace.list_assessments():
            if other.id != record.id and other.pack_id == record.pack_id:
                self.before.addItem(self.tr("Assessment: %1 — %2").replace(
                    "%1", other.organization_name).replace("%2", other.title),
                    ("assessment", other.id))
        self.after.addItem(self.tr("Current work"), ("revision", None))
        for info in reversed(revisions):
            self.after.addItem(self.tr("Revision %1").replace("%1", str(info.number)),
                               ("revision", info.number))
        if not self.before.count():
            self.summary.setText(self.tr("Nothing to compare yet: a revision is kept each time "
                                         "the assessment is approved, and other assessments "
                                         "of the same questionnaire are listed here."))
            self.compare_button.setEnabled(False)

    def _before_changed(self) -> None:
        """Another assessment is compared with this one as it is now."""
        chosen = self.before.currentData()
        other = chosen is not None and chosen[0] == "assessment"
        if other:
            self.after.setCurrentIndex(0)
        self.after.setEnabled(not other)

    def compare(self) -> Comparison | None:
        before: Choice | None = self.before.currentData()
        after: Choice | None = self.after.currentData()
        if before is None or after is None:
            return None
        workspace = self.context.workspace
        if before[0] == "assessment" and before[1] is not None:
            other = before[1]
            result = attempt(self, self.context.language, self.tr("Cannot compare"),
                             lambda: workspace.compare_assessments(
                                 other, self.assessment_id, self.language,
                                 self.context.language))
        else:
            number = before[1] or 0
            result = attempt(self, self.context.language, self.tr("Cannot compare"),
                             lambda: workspace.compare_revisions(
                                 self.assessment_id, number, after[1], self.language,
                                 self.context.language))
        if result is not None:
            self.show_comparison(result)
        return result

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.tree.clear()
        titles = {"answers": self.tr("Answers"), "risks": self.tr("Risks (inherent, current, "
                                                                 "target)"),
                  "measures": self.tr("Measures"), "verdicts": self.tr("Section verdicts"),
                  "sections": self.tr("Sections switched off"),
                  "opinions": self.tr("Opinions"), "evidence": self.tr("Evidence")}
        for part in PARTS:
            changes: tuple[Change, ...] = getattr(comparison, part)
            if not changes:
                continue
            parent = QTreeWidgetItem([f"{titles[part]} ({len(changes)})", "", ""])
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.tree.addTopLevelItem(parent)
            for change in changes:
                title = self._opinion_title(change.title) if part == "opinions" else change.title
                group = self._group(change.group)
                what = f"{group} · {title}" if group else title
                row = QTreeWidgetItem(parent, [what, change.before, change.after])
                for column in range(3):
                    row.setToolTip(column, row.text(column))
        self.tree.expandAll()
        header = self.tr("From “%1” to “%2”").replace("%1", comparison.left) \
            .replace("%2", comparison.right)
        if comparison.empty:
            header += " — " + self.tr("nothing changed")
        self.summary.setText("\n".join([header, *comparison.notes]))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _group(self, group: str) -> str:
        """An answer's section title, or a risk level's stage, in the interface's words."""
        stages = {"inherent": self.tr("inherent"), "current": self.tr("current"),
                  "target": self.tr("target")}
        return stages.get(group) or self.section_titles.get(group, group)

    def _opinion_title(self, kind: str) -> str:
        return {"dpo": self.tr("DPO"), "data_subjects": self.tr("People concerned")}.get(
            kind, kind)

    def rows(self) -> list[list[str]]:
        """Every difference as shown: [what, before, after] (for tests and screenshots)."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            for child in range(group.childCount()):
                item = group.child(child)
                if item is not None:
                    found.append([item.text(c) for c in range(3)])
        return found
