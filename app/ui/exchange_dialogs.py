"""Exchange files: export one assessment with its review, revisions and evidence (optionally
encrypted with a passphrase), and import one (asking its passphrase, showing what it holds).

An import is all or nothing: the workspace checks every hash before writing;
a wrong passphrase or a changed byte is said plainly and nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.background import run_with_progress
from app.ui.busy import busy
from app.ui.file_locations import remember_folder, suggested_folder
from app.ui.review.words import attempt
from app.ui.style import role

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from app.services.exchange import PackageImport, PackageSummary, ReadPackage
    from app.services.records import Assessment
    from app.ui.assessment_view import AssessmentView
    from app.ui.context import AppContext
    from app.ui.home_view import HomeView

SUFFIX = ".aipia"
MIN_PASSPHRASE = 8
Button = QMessageBox.StandardButton


class MainWindow(Protocol):
    """What these dialogs use of the main window (``app.ui.main_window``)."""

    context: AppContext
    dialog: QDialog | None
    assessment: AssessmentView | None

    @property
    def home(self) -> HomeView: ...

    def current_record(self) -> Assessment | None: ...

    def close_assessment(self) -> bool: ...

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...


class PassphraseDialog(QDialog):
    """Encrypt or not; the passphrase typed twice (the file cannot be opened without it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export exchange file"))
        self.encrypt = QCheckBox(self.tr("&Encrypt with a passphrase (for e-mail)"))
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        role(self.error, "questionIssue")
        self.error.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Give the passphrase to the recipient another way (by phone, "
                "not in the same e-mail). Without it the file cannot be opened."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.encrypt)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat it"), self.confirm)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._encrypt_changed)
        self.setMinimumWidth(460)

    def _encrypt_changed(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.confirm.setEnabled(on)

    def chosen(self) -> str | None:
        """The passphrase (None: not encrypted)."""
        return self.passphrase.text() if self.encrypt.isChecked() else None

    def accept(self) -> None:
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.error.setText(
                    self.tr("The passphrase is too short: use at least %1 characters.").replace(
                        "%1", str(MIN_PASSPHRASE)
                    )
                )
                return
            if self.passphrase.text() != self.confirm.text():
                self.error.setText(self.tr("The two passphrases differ; type them again."))
                return
        super().accept()


def export_exchange(window: MainWindow) -> PackageSummary | None:
    """File > Export exchange file…: choose where, whether to encrypt, then write it."""
    record = window.current_record()
    if record is None:
        return None
    if window.assessment is not None:
        window.assessment.flush()
    from app.ui.report_dialog import default_file_name

    suggested = suggested_folder(window.context.data_dir) / default_file_name(record).replace(
        ".pdf", SUFFIX
    )
    path, _filter = QFileDialog.getSaveFileName(
        window.window(),
        translate("ExchangeFiles", "Export exchange file"),
        str(suggested),
        translate("ExchangeFiles", "AIPIA exchange file (*.aipia)"),
    )
    if not path:
        return None
    target = Path(path if path.endswith(SUFFIX) else path + SUFFIX)
    ask = PassphraseDialog(window.window())
    window.dialog = ask
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    passphrase = ask.chosen()
    workspace, title = window.context.workspace, translate("ExchangeFiles",
                                                           "The exchange file was not written")
    with busy():
        prepared = attempt(window.window(), window.context.language, title,
                           lambda: workspace.prepare_package(record.id))
    if prepared is None:
        return None
    summary = attempt(window.window(), window.context.language, title, lambda: run_with_progress(
        window.window(), translate("ExchangeFiles", "Export exchange file"),
        translate("ExchangeFiles", "Encrypting and writing %1…").replace("%1", target.name)
        if passphrase else translate("ExchangeFiles", "Writing %1…").replace("%1", target.name),
        lambda: workspace.write_package(prepared, target, passphrase)))
    if summary is not None:
        remember_folder(window.context.data_dir, str(target))
        window.statusBar().showMessage(
            translate("ExchangeFiles", "Exported to %1").replace("%1", str(target)), 8000
        )
    return summary


def import_exchange(window: MainWindow, path: str | None = None) -> PackageImport | None:
    """File > Import exchange file…: ask the passphrase if sealed, show what it holds, import."""
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            window.window(),
            translate("ExchangeFiles", "Import exchange file"),
            str(suggested_folder(window.context.data_dir)),
            translate("ExchangeFiles", "AIPIA exchange file (*.aipia);;All files (*)"),
        )
    if not path:
        return None
    source = Path(path)
    workspace = window.context.workspace
    passphrase = None
    if workspace.package_is_sealed(source):
        passphrase, ok = QInputDialog.getText(
            window.window(),
            translate("ExchangeFiles", "Encrypted exchange file"),
            translate("ExchangeFiles", "Passphrase of %1:").replace("%1", source.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
    title = translate("ExchangeFiles", "The exchange file was not imported")
    package = attempt(window.window(), window.context.language, title, lambda: run_with_progress(
        window.window(), translate("ExchangeFiles", "Import exchange file"),
        translate("ExchangeFiles", "Checking %1…").replace("%1", source.name),
        lambda: workspace.read_package(source, passphrase)))
    if package is None or not _confirm(window, package):
        return None
    with busy():
        outcome = attempt(
            window.window(),
            window.context.language,
            title,
            lambda: workspace.import_package(source, passphrase, checked=package),
        )
    if outcome is not None:
        remember_folder(window.context.data_dir, str(source))
        window.close_assessment()
        window.home.select(outcome.record.id)
        if outcome.warnings:
            QMessageBox.warning(
                window.window(),
                translate("ExchangeFiles", "Imported, with a warning"),
                "\n\n".join(outcome.warnings),
            )
    return outcome


def _confirm(window: MainWindow, package: ReadPackage) -> bool:
    held = package.exported.assessment
    review = package.review
    text = (
        translate(
            "ExchangeFiles",
            "“%1” for %2\n\nAnswers: %3\nRevisions: %4\nAttached files: %5\n"
            "Encrypted: %6\n\nImport it? An older copy of the same assessment here is "
            "replaced only if nothing here would be lost.",
        )
        .replace("%1", held.title)
        .replace("%2", held.organization)
        .replace("%3", str(len(package.exported.answers)))
        .replace("%4", str(len(review.revisions)))
        .replace("%5", str(len(review.attachments)))
        .replace(
            "%6",
            translate("ExchangeFiles", "yes")
            if package.encrypted
            else translate("ExchangeFiles", "no"),
        )
    )
    answer = QMessageBox.question(
        window.window(),
        translate("ExchangeFiles", "Import exchange file"),
        text,
        Button.Yes | Button.No,
        Button.Yes,
    )
    return answer == Button.Yes
