"""The risks screen: the register at three stages, its heat maps, and one risk in full.

Recomputed from the session when shown or when an answer changes; refreshed in
place when a measure plan or a judgement of this assessment changes (the
workspace's change events), so the detail keeps what the user is typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.events import Topic
from app.ui.icons import dot_icon
from app.ui.risks.detail import RiskDetail, plain_text
from app.ui.risks.judging import Judging
from app.ui.risks.stage_maps import StageMaps
from app.ui.risks.summary_strip import SummaryStrip
from app.ui.risks.words import STAGES, MatrixWords, stage_hint, stage_name, to_be_rated
from app.ui.risks.your_name import YourName
from app.ui.style import role

if TYPE_CHECKING:
    from app.core.treatment import TreatedRegister, TreatedRisk
    from app.services.events import Change
    from app.ui.context import AppContext
    from app.ui.wizard.controller import WizardController

RISK_ROLE = Qt.ItemDataRole.UserRole
STAGE_COLUMNS = {"inherent": 0, "current": 2, "target": 3}  # column 1 is the risk's title
FOLLOWED = {Topic.PLANS, Topic.RISKS}


class RisksView(QWidget):
    def __init__(self, controller: WizardController, context: AppContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.context = controller, context
        self.register: TreatedRegister | None = None
        self._outdated = False  # answers, plans or judgements changed while hidden
        self._rows: dict[str, TreatedRisk] = {}  # what each row of the list shows
        self.summary = SummaryStrip()
        self.maps = StageMaps()
        self.heat_map = self.maps.heat_map
        self.read_only = False  # approved: measures and judgements shown, not edited
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Risk register"))
        self.detail = QScrollArea()
        self.detail.setWidgetResizable(True)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self._lay_out()
        self.list.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        controller.answerEdited.connect(lambda _qid: self._changed())
        context.changes.changed.connect(self._workspace_changed)

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        self.map_title, self.list_title = QLabel(), QLabel()
        role(self.map_title, "paneTitle")
        role(self.list_title, "paneTitle")
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.map_title)
        left_layout.addWidget(self.maps, 2)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.list, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([480, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    @property
    def words(self) -> MatrixWords:
        return MatrixWords(self.controller.pack, self.controller.language)

    def _changed(self) -> None:
        if self.isVisible() and self.register is not None:
            self.update_in_place()
        else:
            self._outdated = True  # recomputed when shown

    def _workspace_changed(self, change: Change) -> None:
        if change.topic in FOLLOWED and change.assessment_id == self.controller.opened.record.id:
            self._changed()

    def showEvent(self, event: object) -> None:
        if self.register is None:
            self.refresh()
        elif self._outdated:
            self.update_in_place()
        super().showEvent(event)  # type: ignore[arg-type]

    # content -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the register and rebuild the list and detail; keep the selected risk."""
        self._show_register(rebuild=True)
        self._show_detail(self.list.currentItem())

    def update_in_place(self) -> None:
        """Recompute the register; the open detail is updated, not rebuilt (keeps what is typed)."""
        self._show_register()
        shown = self.detail.widget()
        treated = self.register.get(shown.risk_id) if isinstance(shown, RiskDetail) \
            and self.register is not None else None
        if treated is not None and isinstance(shown, RiskDetail):
            shown.update_risk(treated)
        else:
            self._show_detail(self.list.currentItem())

    def _show_register(self, *, rebuild: bool = False) -> None:
        controller, words = self.controller, self.words
        self._outdated = False
        selected = self.selected_risk_id()
        self.register = controller.workspace.risk_register(controller.opened)
        self.map_title.setText(self.tr("Heat map"))
        self.list_title.setText(self.tr("Risk register"))
        self.summary.show_register(words, self.register)
        self.maps.show_register(words, self.register)
        self.list.blockSignals(True)
        self.list.setHeaderLabels([stage_name("inherent"), self.tr("Risk"),
                                   stage_name("current"), stage_name("target")])
        for stage, column in STAGE_COLUMNS.items():
            self.list.headerItem().setToolTip(column, stage_hint(stage))
        if rebuild or not self._update_rows(words, self.register.risks):
            self._fill_rows(words, self.register.risks, selected)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.list.blockSignals(False)

    def _fill_rows(self, words: MatrixWords, risks: tuple[TreatedRisk, ...],
                   selected: str | None) -> None:
        self.list.clear()
        for treated in risks:
            item = QTreeWidgetItem()
            self._show_row(item, words, treated)
            self.list.addTopLevelItem(item)
            if treated.risk.id == selected:
                self.list.setCurrentItem(item)
        self._rows = {treated.risk.id: treated for treated in risks}

    def _update_rows(self, words: MatrixWords, risks: tuple[TreatedRisk, ...]) -> bool:
        """The same risks in the same order: only the rows that changed are written again."""
        items = [item for row in range(self.list.topLevelItemCount())
                 if (item := self.list.topLevelItem(row)) is not None]
        if [item.data(0, RISK_ROLE) for item in items] != [t.risk.id for t in risks]:
            return False
        for item, treated in zip(items, risks, strict=True):
            if self._rows.get(treated.risk.id) != treated:
                self._show_row(item, words, treated)
        self._rows = {treated.risk.id: treated for treated in risks}
        return True

    def _show_row(self, item: QTreeWidgetItem, words: MatrixWords, treated: TreatedRisk) -> None:
        item.setText(1, words.pack.text(treated.risk.title, words.language))
        for stage in STAGES:
            column, position = STAGE_COLUMNS[stage], treated.position(stage)
            level = position.level if position else None
            item.setText(column, words.level_label(level) if level else to_be_rated())
            item.setIcon(column, dot_icon(words.level_colour(level)))
            item.setToolTip(column, f"{stage_name(stage)}: {words.position(position)}")
        item.setData(0, RISK_ROLE, treated.risk.id)
        item.setToolTip(1, item.text(1))

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self._show_detail(self.list.currentItem())

    def selected_risk_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, RISK_ROLE) if item is not None else None

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        old = self.detail.takeWidget()
        if old is not None:
            old.deleteLater()
        treated = None
        if item is not None and self.register is not None:
            treated = self.register.get(item.data(0, RISK_ROLE))
        self.detail.setWidget(self._detail_widget(treated))

    def _detail_widget(self, treated: TreatedRisk | None) -> QWidget:
        if treated is None:
            body = QWidget()
            layout = QVBoxLayout(body)
            layout.setContentsMargins(12, 12, 12, 12)
            layout.addWidget(plain_text(self.tr(
                "Answer the questionnaire: the risks your answers raise appear here, with "
                "what to do about them.")))
            layout.addStretch(1)
            return body
        judging = Judging(self.controller.workspace, self.controller.opened, self.words,
                          YourName(self.context.workspace), lambda: self.context.language)
        detail = RiskDetail(judging, treated)
        detail.set_read_only(self.read_only)
        return detail
