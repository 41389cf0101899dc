"""The start screen: clients and their assessments, with search, filters and actions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.events import Topic
from app.ui.style import role

if TYPE_CHECKING:
    from app.services.events import Change
    from app.services.records import Assessment
    from app.ui.clients import ClientManager
    from app.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole
ALL = "__all__"
STATUSES = ("draft", "in_review", "approved", "archived")
COLUMNS = 6
SHOWN_TOPICS = frozenset({Topic.CLIENTS, Topic.ASSESSMENTS, Topic.ANSWERS, Topic.PACKS})


class HomeView(QWidget):
    """Lists assessments; opening, creating and other actions are handled by the main window.

    It refreshes itself from the workspace's changes (``context.changes``): at
    once while it is on screen, else when it is shown again.
    """

    openRequested = Signal(int)
    newRequested = Signal()
    selectionChanged = Signal()
    statusMessage = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records: list[Assessment] = []  # or ListedAssessment, before the workspace
        self.rows_listed = False  # the rows are there (selectable, and openable)
        self._stale = False
        self._pending: list[int] = []  # rows whose progress and risk are still to come
        self._summary_timer = QTimer(self)
        self._summary_timer.setInterval(0)  # one row per event-loop turn
        self._summary_timer.timeout.connect(self._fill_next_summary)
        self.clients = QListWidget()
        self.clients.setObjectName("clientList")
        self.clients.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._client_manager: ClientManager | None = None  # made on first use
        self.add_client_button = QPushButton()
        self.edit_client_button = QPushButton()
        self.delete_client_button = QPushButton()
        self.client_actions = [QAction(self.clients) for _ in range(3)]
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = QLabel()
        role(self.empty, "emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.data_label = QLabel()
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_button = QPushButton()
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addSpacing(12)
        filters.addWidget(self.open_button)
        filters.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.empty, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._client_pane())
        splitter.addWidget(right)
        splitter.setSizes([220, 900])
        splitter.setChildrenCollapsible(False)
        footer = QHBoxLayout()
        footer.addWidget(self.data_label, 1)
        footer.addWidget(self.data_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

    def _client_pane(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_client_button, self.edit_client_button,
                       self.delete_client_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.clients, 1)
        layout.addLayout(buttons)
        for action in self.client_actions:
            self.clients.addAction(action)
        return pane

    def _connect(self) -> None:
        self.clients.currentItemChanged.connect(lambda *_a: self._client_changed())
        add, edit, delete = self.client_actions
        for trigger, slot in ((self.add_client_button.clicked, self._add_client),
                              (add.triggered, self._add_client),
                              (self.edit_client_button.clicked, self._edit_client),
                              (edit.triggered, self._edit_client),
                              (self.delete_client_button.clicked, self._delete_client),
                              (delete.triggered, self._delete_client)):
            trigger.connect(slot)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemActivated.connect(lambda item, _c: self.openRequested.emit(
            item.data(0, ID_ROLE)))
        self.table.currentItemChanged.connect(lambda *_a: self._selection_changed())
        self.new_button.clicked.connect(self.newRequested.emit)
        self.open_button.clicked.connect(self._open_selected)
        self.data_button.clicked.connect(self.open_data_folder)
        self.context.ready.connect(self.reload)
        self.context.changes.changed.connect(self._data_changed)

    def _data_changed(self, change: Change) -> None:
        if change.topic not in SHOWN_TOPICS:
            return
        self._stale = True
        if not self.isHidden():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def select(self, assessment_id: int) -> None:
        """Show ``assessment_id`` as the selected row (the list up to date first)."""
        self.reload(select=assessment_id)

    def retranslate(self) -> None:
        self.add_client_button.setText(self.tr("Add client…"))
        self.edit_client_button.setText(self.tr("Edit…"))
        self.edit_client_button.setToolTip(self.tr("Rename the client or change its notes"))
        self.delete_client_button.setText(self.tr("Delete…"))
        self.delete_client_button.setToolTip(self.tr("Delete the client and its assessments"))
        for action, text in zip(self.client_actions, (
                self.tr("Add client…"), self.tr("Rename or edit notes…"),
                self.tr("Delete client…")), strict=True):
            action.setText(text)
        self.search.setPlaceholderText(self.tr("Search by title or client"))
        self.search.setAccessibleName(self.tr("Search assessments"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.clients.setAccessibleName(self.tr("Clients"))
        self.table.setAccessibleName(self.tr("Assessments"))
        self.new_button.setText(self.tr("&New assessment…"))
        self.open_button.setText(self.tr("&Open"))
        self.table.setHeaderLabels([self.tr("Client"), self.tr("Assessment"), self.tr("Status"),
                                    self.tr("Progress"), self.tr("Overall risk"),
                                    self.tr("Last change")])
        self.data_label.setText(self.tr("Your data is kept in: %1").replace(
            "%1", str(self.context.data_dir)))
        self.data_button.setText(self.tr("Open data folder"))
        self.new_button.setEnabled(self.context.is_ready)
        self._fill_filters()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.context.closed:
            self.retranslate()
        super().changeEvent(event)

    def status_text(self, status: str) -> str:
        return {"draft": self.tr("Draft"), "in_review": self.tr("In review"),
                "approved": self.tr("Approved"), "archived": self.tr("Archived")}[status]

    def _fill_filters(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Active (not archived)"), None)
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status in STATUSES:
            self.status_filter.addItem(self.status_text(status), status)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)

    # content -------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Re-read clients and assessments (from the workspace, or the quick listing before it)."""
        source = self.context.listing
        if source is None:
            self._update_client_buttons()
            self.table.setVisible(False)
            self.empty.setText(self.tr("Opening your data…"))
            self.empty.setVisible(True)
            return
        organizations = source.list_clients()
        if self.context.listing is not source:  # the early listing gave up (a damaged file)
            self.reload()
            return
        self.empty.setText(self.tr("No assessments yet.\nChoose “New assessment…” to start one: "
                                   "the built-in questionnaire is ready to use."))
        chosen = self.clients.currentItem()
        client = chosen.data(ID_ROLE) if chosen is not None else ALL
        self.clients.blockSignals(True)
        self.clients.clear()
        everyone = QListWidgetItem(self.tr("All clients"))
        everyone.setData(ID_ROLE, ALL)
        self.clients.addItem(everyone)
        self._stale = False
        for org in organizations:
            item = QListWidgetItem(org.name)
            item.setData(ID_ROLE, org.id)
            item.setToolTip(org.notes)
            self.clients.addItem(item)
            if org.id == client:
                self.clients.setCurrentItem(item)
        if self.clients.currentItem() is None:
            self.clients.setCurrentItem(everyone)
        self.clients.blockSignals(False)
        self.new_button.setEnabled(self.context.is_ready)
        self._update_client_buttons()
        self.refresh(select)

    def refresh(self, select: int | None = None) -> None:
        """Apply search and filters; progress and risk are filled in just after."""
        source = self.context.listing
        if source is None:
            return
        keep = select if select is not None else self.selected_id()
        client = self.clients.currentItem()
        org_id = client.data(ID_ROLE) if client is not None else ALL
        status = self.status_filter.currentData()
        records = source.list_assessments(
            None if org_id == ALL else org_id, include_archived=status is not None,
            search=self.search.text())
        if self.context.listing is not source:  # the early listing gave up (a damaged file)
            self.reload()
            return
        if status not in (None, ALL):
            records = [r for r in records if r.status == status]
        self.records = records
        self.table.blockSignals(True)  # one selection change below, for the final row
        self.table.clear()
        for record in records:
            item = QTreeWidgetItem([record.organization_name, record.title,
                                    self.status_text(record.status), "…", "…",
                                    _local_time(record.updated_at)])
            item.setData(0, ID_ROLE, record.id)
            self.table.addTopLevelItem(item)
            if record.id == keep:
                self.table.setCurrentItem(item)
        self.table.blockSignals(False)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(records) or self._filtered())
        self.empty.setVisible(not records and not self._filtered())
        rows = self._rows()
        if self.table.currentItem() is None and rows:
            self.table.setCurrentItem(rows[0])
        self._selection_changed()
        self.rows_listed = True
        self._pending = [record.id for record in records]
        self._summary_timer.start()

    def _filtered(self) -> bool:
        client = self.clients.currentItem()
        return bool(self.search.text().strip()) or (
            client is not None and client.data(ID_ROLE) != ALL)

    def _fill_summaries(self) -> None:
        """Every progress and risk still missing, now (the timer does one per turn)."""
        while self._fill_next_summary():
            pass

    def _fill_next_summary(self) -> bool:
        """One row's progress and risk; False once none is left.

        Summarising opens the assessment (and loads its pack the first time),
        so the list is filled in one row per event-loop turn: it can be used
        while the rest are still being worked out.
        """
        if not self._pending or not self.context.is_ready:  # or the app closed its data
            self._summary_timer.stop()
            return False
        chosen = self._pending.pop(0)
        item = next((i for i in self._rows() if i.data(0, ID_ROLE) == chosen), None)
        record = next((r for r in self.records if r.id == chosen), None)
        if item is not None and record is not None and item.text(3) == "…":
            self._show_summary(item, record)
        return True

    def _show_summary(self, item: QTreeWidgetItem, record: Assessment) -> None:
        from app.ui.icons import dot_icon
        from app.ui.summaries import summarize

        summary = summarize(self.context.workspace, record, self.context.language)
        if summary.problem:
            item.setText(3, self.tr("Pack missing"))
            item.setToolTip(3, summary.problem)
            item.setText(4, "")
            return
        item.setText(3, f"{summary.percent}% ({summary.answered}/{summary.total})")
        item.setText(4, summary.level_label or self.tr("None raised"))
        if summary.level_colour:
            item.setIcon(4, dot_icon(summary.level_colour))

    def summaries_done(self) -> bool:
        return all(item.text(3) != "…" for item in self._rows())

    def _rows(self) -> list[QTreeWidgetItem]:
        items = (self.table.topLevelItem(r) for r in range(self.table.topLevelItemCount()))
        return [item for item in items if item is not None]

    # clients -------------------------------------------------------------------------
    def selected_client(self) -> int | None:
        """The client chosen in the list (None for "All clients")."""
        item = self.clients.currentItem()
        chosen = item.data(ID_ROLE) if item is not None else ALL
        return None if chosen == ALL else int(chosen)

    def _client_changed(self) -> None:
        self._update_client_buttons()
        self.refresh()

    def _update_client_buttons(self) -> None:
        chosen = self.selected_client() is not None
        ready = self.context.is_ready
        self.add_client_button.setEnabled(ready)
        self.client_actions[0].setEnabled(ready)
        for button in (self.edit_client_button, self.delete_client_button):
            button.setEnabled(ready and chosen)
        for action in self.client_actions[1:]:
            action.setEnabled(ready and chosen)

    @property
    def client_manager(self) -> ClientManager:
        """Adds, edits and deletes clients (its dialogs' classes are loaded on first use)."""
        if self._client_manager is None:
            from app.ui.clients import ClientManager

            self._client_manager = ClientManager(self.context, self)
            self._client_manager.changed.connect(self._clients_changed)
            self._client_manager.message.connect(self.statusMessage.emit)
        return self._client_manager

    def _add_client(self) -> None:
        self.client_manager.add()

    def _edit_client(self) -> None:
        chosen = self.selected_client()
        if chosen is not None:
            self.client_manager.edit(chosen)

    def _delete_client(self) -> None:
        chosen = self.selected_client()
        if chosen is not None:
            self.client_manager.delete(chosen)

    def _clients_changed(self, select: int | None) -> None:
        """A client was added, edited or deleted (the list is already up to date)."""
        if select is not None:
            self.select_client(select)

    def select_client(self, organization_id: int) -> None:
        for row in range(self.clients.count()):
            if self.clients.item(row).data(ID_ROLE) == organization_id:
                self.clients.setCurrentRow(row)
                return

    # selection -----------------------------------------------------------------------
    def selected_id(self) -> int | None:
        item = self.table.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def selected_record(self) -> Assessment | None:
        chosen = self.selected_id()
        return next((r for r in self.records if r.id == chosen), None)

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)
        self.selectionChanged.emit()

    def _open_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.openRequested.emit(chosen)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))


def _local_time(stamp: str) -> str:
    """A stored UTC timestamp in the user's local time, e.g. 2026-11-28 14:05."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
