"""Questionnaire packs: what is installed and whether it is verified; importing packs; keys.

A pack folder or a ``.aipack`` bundle is checked before anything is installed;
every problem is listed with its location. An unsigned bundle, or one signed by
a key the user does not trust, is installed only after an explicit choice
(trust the key, shown by fingerprint, or install it marked "unverified").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.events import Topic
from app.ui.i18n import LANGUAGES
from app.ui.operations import UserOp, error_text
from app.ui.pack_changes import PackChanges
from app.ui.trusted_keys import TrustedKeysPane, grouped

if TYPE_CHECKING:
    from app.services.events import Change
    from app.services.records import Bundle, InstallResult, PackEntry
    from app.ui.context import AppContext

COLUMNS = 7


class PacksDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.question: QMessageBox | None = None  # the last question asked (tests look at it)
        self.setWindowTitle(self.tr("Questionnaire packs"))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Installed packs"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Title"), self.tr("Id"), self.tr("Version"),
                                    self.tr("Publisher"), self.tr("Languages"),
                                    self.tr("Source"), self.tr("Verification")])
        self.import_button = QPushButton(self.tr("&Import pack folder…"))
        self.bundle_button = QPushButton(self.tr("Import &bundle…"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setVisible(False)
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Problems found in the pack"))
        self.errors.setVisible(False)
        self.errors.setWordWrap(True)
        self.keys = TrustedKeysPane(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._packs_page(), self.tr("&Packs"))
        self.tabs.addTab(self.keys, self.tr("&Trusted keys"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1040, 560)
        self.import_button.clicked.connect(self.choose_folder)
        self.bundle_button.clicked.connect(self.choose_bundle)
        context.changes.changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, change: Change) -> None:
        if change.topic in (Topic.PACKS, Topic.TRUST):  # trust makes packs (un)verified
            self.refresh()

    def _packs_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Installed questionnaire packs:")))
        layout.addWidget(self.table, 2)
        import_row = QHBoxLayout()
        import_row.addWidget(self.bundle_button)
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        layout.addLayout(import_row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.errors, 1)
        return page

    def refresh(self) -> None:
        self.table.clear()
        for listing in self.context.workspace.pack_listings():
            entry, manifest = listing.entry, listing.manifest
            if manifest is None:
                continue
            language = self.context.language
            item = QTreeWidgetItem([
                manifest.title.get(language, manifest.default_language),
                entry.pack_id,
                entry.version,
                manifest.publisher.name.get(language, manifest.default_language),
                ", ".join(LANGUAGES.get(code, code) for code in manifest.languages),
                self._source_text(entry),
                self._verification_text(entry),
            ])
            item.setToolTip(0, item.text(0))
            item.setToolTip(5, str(entry.path))
            item.setToolTip(6, self._verification_tip(entry))
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _source_text(self, entry: PackEntry) -> str:
        if entry.source == "bundle":
            return self.tr("Signed bundle") if entry.signed else self.tr("Unsigned bundle")
        return {"builtin": self.tr("Built in"),
                "folder": self.tr("Imported folder")}.get(entry.source, entry.source)

    def _verification_text(self, entry: PackEntry) -> str:
        text = self.tr("Verified") if entry.verified else self.tr("Unverified")
        if entry.expires and entry.expires < dt.date.today().isoformat():
            text += " · " + self.tr("expired %1").replace("%1", entry.expires)
        return text

    def _verification_tip(self, entry: PackEntry) -> str:
        if entry.source == "builtin":
            return self.tr("Comes with AIPIA.")
        if entry.verified and entry.signer:
            return self.tr("Signed by a trusted key: %1").replace("%1", grouped(entry.signer))
        if entry.signer:
            return self.tr("Signed by a key you do not trust: %1").replace(
                "%1", grouped(entry.signer))
        return self.tr("Not signed: no publisher vouches for this pack.")

    # importing ------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a pack folder"))
        if folder:
            self.import_folder(Path(folder))

    def choose_bundle(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a pack bundle"), "",
            self.tr("Pack bundles (*.aipack);;All files (*)"))
        if chosen:
            self.import_bundle(Path(chosen))

    def import_folder(self, folder: Path) -> bool:
        """Check and install the pack in ``folder``; show every problem with its location."""
        self.errors.clear()
        result = UserOp(self, lambda: self.context.workspace.install_folder(folder)).shown_in(
            self._not_installed).result()
        return result is not None and self._installed(result, str(folder))

    def _not_installed(self, text: str) -> None:
        self._report(self.tr("The pack was not installed: %1").replace("%1", text), [])

    def import_bundle(self, path: Path) -> bool:
        """Verify and install a bundle, asking first if it is unsigned or its signer unknown."""
        from app.services.records import UntrustedBundleError

        self.errors.clear()
        workspace = self.context.workspace
        first = UserOp(self, lambda: workspace.install_bundle(path)).shown_in(self._not_installed)
        result = first.quietly().result()
        if isinstance(first.error, UntrustedBundleError):
            choice = self.ask_trust(first.error.bundle)
            if choice is None:
                self._report(self.tr("%1 was not installed.").replace("%1", path.name), [])
                return False
            result = UserOp(self, lambda: workspace.install_bundle(
                path, trust_signer=choice == "trust", allow_unverified=choice == "unverified")
            ).shown_in(self._not_installed).result()
        elif first.error is not None:
            self._not_installed(error_text(first.error))
        if result is None:
            return False
        return self._installed(result, path.name)

    def ask_trust(self, bundle: Bundle) -> str | None:
        """"trust", "unverified" or None (cancel), for an unsigned or unknown-signer bundle."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unverified pack"))
        trust_button = None
        if bundle.key_id:
            box.setText(self.tr("%1 is signed by a key you do not trust yet.")
                        .replace("%1", bundle.path.name))
            box.setInformativeText(self.tr(
                "Fingerprint of the key:\n%1\n\nCompare it with the fingerprint the publisher "
                "gives, for example on its web site. Trust the key only if they are the same; "
                "otherwise you can install the pack marked as unverified.")
                .replace("%1", grouped(bundle.key_id)))
            trust_button = box.addButton(self.tr("&Trust this key and install"),
                                         QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(self.tr("%1 is not signed: nobody vouches for its content.")
                        .replace("%1", bundle.path.name))
            box.setInformativeText(self.tr(
                "Install it only if you know where it comes from. It will be marked as "
                "unverified in the list of packs, in its assessments and on their reports."))
        unverified_button = box.addButton(self.tr("Install as &unverified"),
                                          QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        self.question = box
        box.exec()
        clicked = box.clickedButton()
        if trust_button is not None and clicked is trust_button:
            return "trust"
        return "unverified" if clicked is unverified_button else None

    def _installed(self, result: InstallResult, source: str) -> bool:
        problems = [str(d) for d in result.diagnostics]
        installed = result.installed
        if installed is None:
            self._report(self.tr("The pack in %1 was not installed. Problems found: %2")
                         .replace("%1", source).replace("%2", str(_errors(result))), problems)
            return False
        workspace = self.context.workspace
        entry = workspace.pack_entry(installed.pack_id, installed.version)
        text = self.tr("Installed %1 %2.").replace("%1", installed.pack_id).replace(
            "%2", installed.version)
        if not entry.verified:
            text += " " + self.tr("It is marked unverified: no trusted publisher vouches for it.")
        if result.previous and result.previous != installed.version:
            diff = workspace.pack_diff(installed.pack_id, result.previous, installed.version)
            problems += [self.tr("What changed since %1:").replace("%1", result.previous)]
            problems += PackChanges(self).diff_lines(diff)
        self._report(text, problems)
        return True

    def _report(self, text: str, problems: list[str]) -> None:
        self.outcome.setText(text)
        self.outcome.setVisible(True)
        self.errors.addItems(problems)
        self.errors.setVisible(bool(problems))


def _errors(result: InstallResult) -> int:
    from app.core.diagnostics import Severity

    return sum(1 for d in result.diagnostics if d.severity is Severity.ERROR)
