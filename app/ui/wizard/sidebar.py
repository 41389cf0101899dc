"""The section list: modules with their visible sections and completion marks; any can be opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.ui.icons import state_icon
from app.ui.review.words import VERDICT_MARKS, verdict_word
from app.ui.wizard.controller import SectionState

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController

SECTION_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2


ROW_PADDING = 8  # the 3px item padding of the style sheet, above and below, plus a little air


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title at the current width: no title is ever cut off.

    QTreeView's own word wrap measures rows once, at whatever width the view
    had then; long titles got elided ("Automated decisions and …").
    """

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeWidget)  # noqa: S101 - set in SectionSidebar.__init__
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth = 1 if index.parent().isValid() else 0
        icon = view.iconSize().width() + 8 if not opt.icon.isNull() or depth else 0
        width = max(view.viewport().width() - view.indentation() * depth - icon - 12, 40)
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                              int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(width, max(bounds.height(), view.iconSize().height()) + ROW_PADDING)


class SectionSidebar(QTreeWidget):
    sectionChosen = Signal(str)

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.items: dict[str, QTreeWidgetItem] = {}
        self.verdicts: dict[str, str] = {}  # the reviewer's verdict per section
        self._marks: dict[str, tuple[SectionState, str | None]] = {}  # what each row shows
        self.setObjectName("sectionSidebar")
        self.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.setAccessibleName(self.tr("Sections"))
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setIconSize(QSize(16, 16))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setIndentation(10)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # row heights depend on the width

    def _chosen(self, item: QTreeWidgetItem) -> None:
        section_id = item.data(0, SECTION_ROLE)
        if section_id is not None:
            self.sectionChosen.emit(section_id)

    def rebuild(self) -> None:
        """List the visible sections under their module titles."""
        self.blockSignals(True)
        self.clear()
        self.items.clear()
        self._marks.clear()
        controller = self.controller
        visible = {s.id for s in controller.session.visible_sections()}
        modules: dict[str, QTreeWidgetItem] = {}
        for module, section in controller.pack.iter_sections():
            if section.id not in visible:
                continue
            parent = modules.get(module.id)
            if parent is None:
                parent = QTreeWidgetItem([controller.text(module.title)])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setData(0, SECTION_ROLE, section.id)  # opens the module's first section
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.addTopLevelItem(parent)
                modules[module.id] = parent
            item = QTreeWidgetItem(parent, [controller.text(section.title)])
            item.setData(0, SECTION_ROLE, section.id)
            item.setData(0, TITLE_ROLE, item.text(0))
            self.items[section.id] = item
        self.expandAll()
        self.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Update the marks that changed, and the current row.

        A row changed is measured and laid out again, so unchanged ones are left alone.
        """
        self.blockSignals(True)
        for section_id, item in self.items.items():
            state = self.controller.section_state(section_id)
            verdict = self.verdicts.get(section_id)
            if self._marks.get(section_id) != (state, verdict):
                self._marks[section_id] = (state, verdict)
                item.setIcon(0, state_icon(state.value))
                title = item.data(0, TITLE_ROLE)
                mark = f"{VERDICT_MARKS[verdict]} {verdict_word(verdict)}" if verdict else ""
                item.setText(0, f"{title}\n{mark}" if mark else title)
                item.setData(0, VERDICT_ROLE, verdict)
                item.setToolTip(0, self._state_words(state) + (f" · {mark}" if mark else ""))
        self.blockSignals(False)
        self.show_current()

    def show_current(self) -> None:
        """Select the open section's row (going to a section changes no mark)."""
        current = self.items.get(self.controller.current_section or "")
        if current is not None and self.currentItem() is not current:
            self.blockSignals(True)
            self.setCurrentItem(current)
            self.blockSignals(False)

    def set_verdicts(self, verdicts: dict[str, str]) -> None:
        """Mark each section with the reviewer's verdict (a line under its title)."""
        self.verdicts = dict(verdicts)
        self.refresh()
        self.scheduleDelayedItemsLayout()

    def _state_words(self, state: SectionState) -> str:
        return {
            SectionState.EMPTY: self.tr("Not started"),
            SectionState.PARTIAL: self.tr("In progress"),
            SectionState.COMPLETE: self.tr("Complete"),
            SectionState.ISSUES: self.tr("Needs attention"),
            SectionState.OFF: self.tr("Switched off"),
        }[state]

    def preferred_width(self) -> int:
        """Wide enough for most titles on one line; longer ones wrap."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(item.data(0, TITLE_ROLE))
                      for item in self.items.values()), default=120)
        return min(max(widest + self.iconSize().width() + 48, 200), 300)

    def section_ids(self) -> list[str]:
        return list(self.items)
