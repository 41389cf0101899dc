"""Restore from backup: the database's backups with their dates, and putting one back.

Opened from *File > Restore from backup…*, and at start-up when the database
is damaged (then with the damage explained at the top). Restoring asks first,
keeps a copy of the current database, and reopens the data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import backups as service
from app.ui.operations import UserOp

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

Button = QMessageBox.StandardButton


class RestoreDialog(QDialog):
    """The backups, newest first; *Restore…* puts the selected one back after a confirmation.

    Args:
        problem: why the database cannot be used (shown at the top), if it cannot.
        release: called just before restoring, to close the database this app has open.
    """

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, problem: str = "",
                 release: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.release = release
        self.released = False
        self.restored: service.RestoreOutcome | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.message = QLabel(self._intro(problem))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Assessments"),
                                    self.tr("Size")])
        header = self.table.header()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.itemActivated.connect(lambda *_: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.refresh()

    def _intro(self, problem: str) -> str:
        text = self.tr("AIPIA keeps a copy of your database at the first change of each day, "
                       "and before every update of the database or of a questionnaire pack. "
                       "Restoring a backup replaces all your current data with it; the current "
                       "database is kept as a backup first.")
        if problem:
            text = self.tr("AIPIA cannot use your database:") + "\n" + problem + "\n\n" + text
        return text

    def refresh(self) -> None:
        self.table.clear()
        listing = UserOp(self, lambda: service.list_backups(self.data_dir)).shown_in(
            lambda text: self.message.setText(self.message.text() + "\n\n" + text))
        entries = listing.result() or []
        for entry in entries:
            item = QTreeWidgetItem([entry.created_local.strftime("%Y-%m-%d %H:%M"),
                                    self.kind_text(entry.backup.kind), self._held(entry),
                                    service.size_text(entry.backup.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.table.addTopLevelItem(item)
        if not entries:
            item = QTreeWidgetItem([self.tr("No backups yet.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.addTopLevelItem(item)
        else:  # the newest real backup, not a copy of a file a restore replaced
            first = next((i for i, e in enumerate(entries) if e.backup.kind != "before-restore"), 0)
            newest = self.table.topLevelItem(first)
            if newest is not None:
                self.table.setCurrentItem(newest)
        self._update_button()

    def _held(self, entry: service.BackupEntry) -> str:
        if entry.contents.problem is not None:
            return self.tr("damaged")
        return str(entry.contents.assessments)

    def kind_text(self, kind: str) -> str:
        """Why the backup was made, in the interface language."""
        if kind.startswith("migration-v"):
            return self.tr("Before the database was updated")
        if kind.startswith("upgrade-"):
            return self.tr("Before assessment %1 moved to a newer pack").replace("%1", kind[8:])
        known = {"daily": self.tr("Daily"), "manual": self.tr("Made on request"),
                 "before-restore": self.tr("Replaced by a restore")}
        return known.get(kind, kind)

    def selected_id(self) -> str | None:
        item = self.table.currentItem()
        chosen = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return chosen if isinstance(chosen, str) else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)

    def restore_selected(self) -> None:
        chosen, item = self.selected_id(), self.table.currentItem()
        if chosen is None or item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace all your current data with the backup made on %1 (%2 "
                    "assessments)?\n\nThe current database is kept as a backup first, so this "
                    "can be undone.").replace("%1", item.text(0)).replace("%2", item.text(2)),
            Button.Yes | Button.Cancel, Button.Cancel)
        if answer != Button.Yes:
            return
        if self.release is not None and not self.released:
            self.release()
            self.released = True
        self.restored = UserOp(self, lambda: service.restore(self.data_dir, chosen)).failure(
            self.tr("The backup was not restored")).result()
        if self.restored is None:
            self.refresh()
            return
        self.accept()


def open_restore_dialog(window: MainWindow) -> bool:
    """*File > Restore from backup…*: the open assessment is closed, the data reopened after.

    Returns:
        False when the open assessment could not be closed (nothing was shown).
    """
    if not window.close_assessment():
        return False

    def release() -> None:
        if window.context.is_ready:
            window.context.workspace.close()

    dialog = RestoreDialog(window.context.data_dir, window, release=release)
    window.dialog = dialog
    dialog.finished.connect(lambda _result: _reopen(window, dialog))
    dialog.open()
    return True


def _reopen(window: MainWindow, dialog: RestoreDialog) -> None:
    if dialog.released and window.open_workspace() and dialog.restored is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "RestoreDialog", "Restored the backup; your previous data was kept as a backup."),
            10000)


def offer_restore(window: MainWindow, problem: str) -> bool:
    """At start-up, when the database cannot be used: the backups to restore from.

    Returns:
        True when a backup was restored (open the data folder again).
    """
    dialog = RestoreDialog(window.context.data_dir, window, problem=problem)
    window.dialog = dialog
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None
