"""Pack feeds: the feeds you follow, the start-up check switch, what is sent, and offers.

The dialog itself uses no network: it shows what the last check found. Only
"Check now" (and, if turned on, the start-up check) fetches, in the
background; installing goes through the update notice (a click per pack).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import app
from app.services.events import Topic
from app.ui.feed_notice import OpenUpgrade, UpdateNotice
from app.ui.feed_worker import FeedWorker
from app.ui.operations import UserOp
from app.ui.style import role
from app.ui.trusted_keys import grouped

if TYPE_CHECKING:
    from app.services.events import Change
    from app.services.feeds import Feeds, FeedStatus
    from app.ui.context import AppContext


class AddFeedDialog(QDialog):
    """Address (or folder) and the publisher's fingerprint; problems stay in the dialog."""

    def __init__(self, feeds: Feeds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feeds = feeds
        self.setWindowTitle(self.tr("Add a pack feed"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("https://regulator.example/aipia/ or a folder"))
        self.location.setAccessibleName(self.tr("Feed address or folder"))
        self.folder_button = QPushButton(self.tr("Choose f&older…"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("D752 D16F 1754 C466 …")
        self.fingerprint.setAccessibleName(self.tr("Publisher key fingerprint"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Feed name"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        role(self.error, "questionIssue")
        hint = QLabel(self.tr("Copy the fingerprint from the publisher's web site or letter. "
                              "The feed's index must be signed by this key. Nothing is fetched "
                              "until you check the feed."))
        hint.setWordWrap(True)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.folder_button)
        form = QFormLayout()
        address = QLabel(self.tr("&Address"))
        address.setBuddy(self.location)  # a row of two widgets: the label needs its buddy
        form.addRow(address, where)
        form.addRow(self.tr("&Fingerprint"), self.fingerprint)
        form.addRow(self.tr("&Name (optional)"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add feed"))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        self.folder_button.clicked.connect(self._choose_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 0)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the feed folder"))
        if folder:
            self.location.setText(folder)

    def add(self) -> bool:
        adding = UserOp(self, lambda: self.feeds.add(
            self.location.text(), self.fingerprint.text(), self.name.text()))
        return adding.shown_in(self._show_error).success(lambda _feed: self.accept()).run()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class FeedsDialog(QDialog):
    def __init__(self, context: AppContext, open_upgrade: OpenUpgrade | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.open_upgrade = context, open_upgrade
        self.feeds = context.workspace.feeds()
        self.worker = FeedWorker(self.feeds.options, self)
        self.worker.checked.connect(self._checked)
        context.changes.changed.connect(self._data_changed)
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        self.statuses: list[FeedStatus] = []
        self.setWindowTitle(self.tr("Pack feeds"))
        self.auto_check = QCheckBox(self.tr("&Check my feeds for updates when AIPIA starts "
                                            "(at most once a day)"))
        self.auto_check.setChecked(self.feeds.auto_check)
        self.sent = QLabel(self.sent_text())
        self.sent.setWordWrap(True)
        self.sent.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = self._tree(self.tr("Feeds"), [self.tr("Name"), self.tr("Address"),
                                                  self.tr("Key"), self.tr("Last checked"),
                                                  self.tr("Status")])
        self.offers = self._tree(self.tr("Available packs"), [
            self.tr("Pack"), self.tr("Version"), self.tr("Installed"), self.tr("Feed")])
        self.add_button = QPushButton(self.tr("&Add feed…"))
        self.remove_button = QPushButton(self.tr("&Remove feed"))
        self.check_button = QPushButton(self.tr("Check &now"))
        self.install_button = QPushButton(self.tr("&Install…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        self._connect()
        self.resize(980, 640)
        self.refresh()

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setAccessibleName(name)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setHeaderLabels(headers)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _lay_out(self) -> None:
        intro = QLabel(self.tr("A feed tells you when a publisher you follow (a regulator, a "
                               "sector body) releases a new version of its questionnaire pack. "
                               "AIPIA uses the network only when you check, or at start-up if "
                               "you turn that on."))
        intro.setWordWrap(True)
        feed_row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.check_button):
            feed_row.addWidget(button)
        feed_row.addStretch(1)
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.install_button)
        offer_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.auto_check, self.sent):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        layout.addLayout(feed_row)
        layout.addWidget(QLabel(self.tr("Newer packs the feeds offered at their last check:")))
        layout.addWidget(self.offers, 1)
        layout.addLayout(offer_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _connect(self) -> None:
        self.auto_check.toggled.connect(self.feeds.set_auto_check)
        self.add_button.clicked.connect(self.add_feed)
        self.remove_button.clicked.connect(self.remove_feed)
        self.check_button.clicked.connect(self.check_now)
        self.install_button.clicked.connect(self.install_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.offers.itemSelectionChanged.connect(self._update_buttons)

    def sent_text(self) -> str:
        return self.tr(
            "What is sent when AIPIA checks a feed on the internet: a secure (HTTPS) request for "
            "the feed's index.json and index.sig, and for a pack's file when you install it, "
            "with only these headers: Host, User-Agent: AIPIA/%1, Accept-Encoding: identity, "
            "Connection: close. No cookies, no identifier, nothing about you or your "
            "assessments. Plain HTTP and redirects to other sites are refused; your system's "
            "proxy setting is used. A feed in a folder (a USB stick, a shared drive) uses no "
            "network.").replace("%1", app.__version__)

    # showing ---------------------------------------------------------------------------------
    def _data_changed(self, change: Change) -> None:
        if change.topic in (Topic.FEEDS, Topic.PACKS):  # an installed pack is no longer offered
            self.refresh()

    def refresh(self) -> None:
        self.statuses = self.feeds.statuses()
        self.list.clear()
        self.offers.clear()
        for status in self.statuses:
            self.list.addTopLevelItem(self._feed_item(status))
            for offer in status.offers:
                item = QTreeWidgetItem([
                    offer.pack.text(offer.pack.title, self.context.language), offer.pack.version,
                    offer.installed or self.tr("not installed"),
                    status.feed.name or status.feed.location])
                item.setData(0, Qt.ItemDataRole.UserRole, (status.feed, offer))
                self.offers.addTopLevelItem(item)
        self._update_buttons()

    def _feed_item(self, status: FeedStatus) -> QTreeWidgetItem:
        from app.services.feed_schedule import local_time

        feed = status.feed
        checked = local_time(feed.checked_at) or self.tr("never")
        if status.problem:
            state = self.tr("Problem: %1").replace("%1", status.problem)
        elif status.index is None:
            state = self.tr("Not checked yet")
        else:
            state = self.tr("OK (index version %1)").replace("%1", str(status.index.version))
        item = QTreeWidgetItem([feed.name, feed.location, grouped(feed.key_id)[:19] + " …",
                                checked, state])
        item.setToolTip(2, grouped(feed.key_id))
        item.setToolTip(4, state)
        item.setData(0, Qt.ItemDataRole.UserRole, feed.id)
        return item

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
        self.check_button.setEnabled(bool(self.statuses) and not self.worker.busy)
        self.install_button.setEnabled(bool(self.offers.selectedItems()))

    # acting ----------------------------------------------------------------------------------
    def add_feed(self) -> bool:
        dialog = AddFeedDialog(self.feeds, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.status.setText(self.tr("Feed added. Nothing was fetched: click “Check now”."))
        return True

    def remove_feed(self) -> bool:
        items = self.list.selectedItems()
        if not items:
            return False
        feed_id = int(items[0].data(0, Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self, self.tr("Remove feed"),
            self.tr("Stop following %1? Packs installed from it stay installed.")
            .replace("%1", items[0].text(0) or items[0].text(1)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.feeds.remove(str(feed_id))
        return True

    def check_now(self) -> bool:
        if not self.worker.check([s.feed for s in self.statuses]):
            return False
        self.status.setText(self.tr("Checking your feeds…"))
        self._update_buttons()
        return True

    def _checked(self, results: list[tuple[Any, Any]]) -> None:
        if not self.context.is_ready:
            return
        outcomes = [self.feeds.accept(feed, fetched) for feed, fetched in results]
        failed = sum(1 for o in outcomes if o.error)
        offered = sum(len(o.offers) for o in outcomes)
        text = self.tr("Checked %1 feed(s): %2 newer pack version(s) offered.").replace(
            "%1", str(len(outcomes))).replace("%2", str(offered))
        if failed:
            text += " " + self.tr("%1 feed(s) could not be checked; see Status.").replace(
                "%1", str(failed))
        self.status.setText(text)

    def install_selected(self) -> bool:
        items = self.offers.selectedItems()
        if not items:
            return False
        feed, offer = items[0].data(0, Qt.ItemDataRole.UserRole)
        worker = FeedWorker(self.feeds.options, self)
        notice = UpdateNotice(self.context, self.feeds, offers=[(feed, offer)],
                              open_upgrade=self._upgrade, worker=worker,
                              parent=self)
        self.dialog = notice
        notice.show()
        return True

    def _upgrade(self, assessment_id: int) -> object:
        self.accept()
        return self.open_upgrade(assessment_id) if self.open_upgrade else None

