"""The trusted keys tab of the packs dialog: publisher keys, shown and compared by fingerprint."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.events import Topic
from app.services.keys import UnsignedBundle, fingerprint_of, grouped
from app.ui.operations import UserOp

if TYPE_CHECKING:
    from app.services.events import Change
    from app.ui.context import AppContext

__all__ = ["TrustedKeysPane", "grouped"]


class TrustedKeysPane(QWidget):
    """Lists the trusted keys; adds a key from a key file or a bundle; removes a key."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.question: Any = None  # the last confirmation asked (tests look at it)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Trusted keys"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Fingerprint"), self.tr("Origin")])
        self.add_button = QPushButton(self.tr("&Add key file…"))
        self.remove_button = QPushButton(self.tr("&Remove key"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        intro = QLabel(self.tr(
            "Packs signed with one of these keys are shown as verified. Before you add a key, "
            "compare its fingerprint with the one its publisher gives."))
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.add_button.clicked.connect(self.choose_key_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        context.changes.changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, change: Change) -> None:
        if change.topic is Topic.TRUST:
            self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for key in self.context.workspace.trusted_keys():
            origin = self.tr("Built in") if key.builtin else self.tr("Added %1").replace(
                "%1", (key.added_at or "")[:10])
            item = QTreeWidgetItem([key.name or self.tr("(no name)"), grouped(key.key_id),
                                    origin])
            item.setData(0, Qt.ItemDataRole.UserRole, key.key_id)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def choose_key_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a public key or a signed bundle"), "",
            self.tr("Public keys and bundles (*.pub *.pem *.aipack);;All files (*)"))
        if chosen:
            self.add_key_file(Path(chosen))

    def add_key_file(self, path: Path) -> bool:
        """Show the key's fingerprint, and trust it if the user confirms."""
        workspace = self.context.workspace
        reading = UserOp(self, lambda: workspace.read_public_key(path))
        public = reading.shown_in(lambda text: self._no_key(reading.error, text)).result()
        if public is None:
            return False
        fingerprint = fingerprint_of(public)
        self.question = QMessageBox.question(
            self, self.tr("Trust this key?"),
            self.tr("Trust the key in %1, with the fingerprint\n\n%2\n\nonly if it is the "
                    "fingerprint its publisher gives.").replace("%1", path.name)
            .replace("%2", fingerprint))
        if self.question != QMessageBox.StandardButton.Yes:
            return False
        key = workspace.trust_key(public, path.stem.removesuffix(".key"))
        self.result.setText(self.tr("Trusted %1: %2").replace("%1", key.name)
                            .replace("%2", fingerprint))
        return True

    def _no_key(self, error: BaseException | None, text: str) -> None:
        if isinstance(error, UnsignedBundle):
            text = self.tr("the bundle is not signed")
        self.result.setText(self.tr("No key was added: %1").replace("%1", text))

    def remove_selected(self) -> bool:
        items = self.list.selectedItems()
        if not items:
            return False
        key_id = str(items[0].data(0, Qt.ItemDataRole.UserRole))
        name = items[0].text(0)
        self.question = QMessageBox.question(
            self, self.tr("Stop trusting this key?"),
            self.tr("Stop trusting %1? Packs it signed stay installed but are shown as "
                    "unverified.").replace("%1", name))
        if self.question != QMessageBox.StandardButton.Yes:
            return False
        if not UserOp(self, lambda: self.context.workspace.untrust_key(key_id)).shown_in(
                self.result.setText).run():
            return False
        self.result.setText(self.tr("%1 is no longer trusted.").replace("%1", name))
        return True
