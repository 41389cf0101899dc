"""The section list: every visible section with its completion mark; any can be opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.ui.icons import state_icon
from app.ui.wizard.controller import SectionState

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController

SECTION_ROLE = Qt.ItemDataRole.UserRole


class SectionSidebar(QListWidget):
    sectionChosen = Signal(str)

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sectionSidebar")
        self.setAccessibleName(self.tr("Sections"))
        self.setIconSize(QSize(16, 16))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.rebuild()

    def _chosen(self, item: QListWidgetItem) -> None:
        self.sectionChosen.emit(item.data(SECTION_ROLE))

    def rebuild(self) -> None:
        """List the visible sections grouped under their module titles."""
        self.blockSignals(True)
        self.clear()
        controller = self.controller
        visible = {s.id for s in controller.session.visible_sections()}
        last_module = None
        for module, section in controller.pack.iter_sections():
            if section.id not in visible:
                continue
            if module.id != last_module and len(controller.pack.modules) > 1:
                header = QListWidgetItem(controller.text(module.title))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.addItem(header)
                last_module = module.id
            item = QListWidgetItem(controller.text(section.title))
            item.setData(SECTION_ROLE, section.id)
            self.addItem(item)
        self.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Update marks and the current row."""
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            section_id = item.data(SECTION_ROLE)
            if section_id is None:
                continue
            state = self.controller.section_state(section_id)
            item.setIcon(state_icon(state.value))
            item.setToolTip(self._state_words(state))
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
        """Wide enough for the longest title (within reason), so nothing is cut off."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(row).text())
                      for row in range(self.count())), default=120)
        return min(max(widest + self.iconSize().width() + 40, 180), 340)

    def section_ids(self) -> list[str]:
        ids = (self.item(row).data(SECTION_ROLE) for row in range(self.count()))
        return [i for i in ids if i is not None]

