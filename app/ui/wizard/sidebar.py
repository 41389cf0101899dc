"""The section list: modules with their visible sections and completion marks; any can be opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.ui.icons import state_icon
from app.ui.wizard.controller import SectionState

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController

SECTION_ROLE = Qt.ItemDataRole.UserRole


class SectionSidebar(QTreeWidget):
    sectionChosen = Signal(str)

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.items: dict[str, QTreeWidgetItem] = {}
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
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.rebuild()

    def _chosen(self, item: QTreeWidgetItem) -> None:
        section_id = item.data(0, SECTION_ROLE)
        if section_id is not None:
            self.sectionChosen.emit(section_id)

    def rebuild(self) -> None:
        """List the visible sections under their module titles."""
        self.blockSignals(True)
        self.clear()
        self.items.clear()
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
            self.items[section.id] = item
        self.expandAll()
        self.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Update marks and the current row."""
        self.blockSignals(True)
        for section_id, item in self.items.items():
            state = self.controller.section_state(section_id)
            item.setIcon(0, state_icon(state.value))
            item.setToolTip(0, self._state_words(state))
            if section_id == self.controller.current_section:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def _state_words(self, state: SectionState) -> str:
        return {
            SectionState.EMPTY: self.tr("Not started"),
            SectionState.PARTIAL: self.tr("In progress"),
            SectionState.COMPLETE: self.tr("Complete"),
            SectionState.ISSUES: self.tr("Needs attention"),
        }[state]

    def preferred_width(self) -> int:
        """Wide enough for most titles on one line; longer ones wrap."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(item.text(0)) for item in self.items.values()),
                     default=120)
        return min(max(widest + self.iconSize().width() + 48, 200), 300)

    def section_ids(self) -> list[str]:
        return list(self.items)
