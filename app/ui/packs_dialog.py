"""Questionnaire packs: what is installed, and importing a pack folder (errors with file:line)."""

from __future__ import annotations

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
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from app.ui.context import AppContext


class PacksDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Questionnaire packs"))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Installed packs"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Title"), self.tr("Id"), self.tr("Version"),
                                    self.tr("Publisher"), self.tr("Languages"),
                                    self.tr("Source")])
        self.import_button = QPushButton(self.tr("&Import pack folder…"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Problems found in the pack"))
        self.errors.setVisible(False)
        self.errors.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Installed questionnaire packs:")))
        layout.addWidget(self.table, 2)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        layout.addLayout(import_row)
        layout.addWidget(self.result)
        layout.addWidget(self.errors, 1)
        layout.addWidget(buttons)
        self.resize(960, 480)
        self.import_button.clicked.connect(self.choose_folder)
        self.refresh()

    def refresh(self) -> None:
        catalog = self.context.workspace.catalog
        self.table.clear()
        for entry in catalog.entries():
            manifest = catalog.load(entry.path).manifest
            if manifest is None:
                continue
            language = self.context.language
            item = QTreeWidgetItem([
                manifest.title.get(language, manifest.default_language),
                entry.pack_id,
                entry.version,
                manifest.publisher.name.get(language, manifest.default_language),
                ", ".join(LANGUAGES.get(code, code) for code in manifest.languages),
                self._source_text(entry.source),
            ])
            item.setToolTip(0, item.text(0))
            item.setToolTip(5, str(entry.path))
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _source_text(self, source: str) -> str:
        return {"builtin": self.tr("Built in"), "folder": self.tr("Imported folder"),
                "bundle": self.tr("Signed bundle")}.get(source, source)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a pack folder"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> bool:
        """Check and install the pack in ``folder``; show every problem with its location."""
        from app.packs.install import InstallError, install_folder

        self.errors.clear()
        workspace = self.context.workspace
        try:
            result = install_folder(workspace.store, folder, workspace.data_dir)
        except (InstallError, OSError) as exc:
            self._report(self.tr("The pack was not installed: %1").replace("%1", str(exc)), [])
            return False
        problems = [str(d) for d in result.diagnostics]
        if not result.ok:
            self._report(self.tr("The pack in %1 was not installed. Problems found: %2")
                         .replace("%1", str(folder)).replace("%2", str(_errors(result))),
                         problems)
            return False
        installed = result.installed
        if installed is None:
            return False
        self._report(self.tr("Installed %1 %2.").replace("%1", installed.pack_id)
                     .replace("%2", installed.version), problems)
        self.refresh()
        return True

    def _report(self, text: str, problems: list[str]) -> None:
        self.result.setText(text)
        self.result.setVisible(True)
        self.errors.addItems(problems)
        self.errors.setVisible(bool(problems))


def _errors(result: object) -> int:
    from app.core.diagnostics import Severity

    diagnostics = getattr(result, "diagnostics", [])
    return sum(1 for d in diagnostics if d.severity is Severity.ERROR)
