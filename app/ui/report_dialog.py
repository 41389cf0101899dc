"""The report dialog: template, language and file, then a PDF rendered off the GUI thread."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThread, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.file_locations import remember_folder, suggested_folder
from app.ui.i18n import LANGUAGES
from app.ui.operations import UserOp
from app.ui.report_formats import compare_box, file_filter, format_box, with_suffix
from app.ui.report_worker import RenderWorker, start_in_thread

if TYPE_CHECKING:
    from app.services.records import Assessment
    from app.services.workspace import Workspace
    from app.ui.context import AppContext


@dataclass(frozen=True)
class ReportBackend:
    """What the dialog needs from the reports layer (imported only when a report is made)."""

    prepare_report: Any
    render_pdf: Any
    templates: list[tuple[str, str, tuple[str, ...]]]  # (name, title, languages; () = any)
    error_types: tuple[type[BaseException], ...]


def load_backend(language: str = "en", data_dir: Path | None = None) -> ReportBackend:
    """Import the reporting service now (WeasyPrint is never loaded at start-up).

    Args:
        language: the interface language, for the templates' titles.
        data_dir: the data folder, whose report_templates/ holds the user's own templates.
    """
    from app.core.errors import UserError
    from app.services import reporting

    return ReportBackend(_prepare, reporting.render_pdf,
                         [(t.name, t.title, t.languages)
                          for t in reporting.template_choices(language, data_dir)],
                         (UserError,))


def _prepare(workspace: Workspace, assessment_id: int, **choices: Any) -> Any:
    return workspace.prepare_report(assessment_id, **choices)


def default_file_name(record: Assessment) -> str:
    stem = f"{record.organization_name} - {record.title} - {dt.date.today().isoformat()}"
    return re.sub(r'[\\/:*?"<>|]+', "_", stem) + ".pdf"


class ReportDialog(QDialog):
    def __init__(self, context: AppContext, assessment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.assessment_id = assessment_id
        self.record = context.workspace.get_assessment(assessment_id)
        self.backend: ReportBackend | None = None
        self.worker: RenderWorker | None = None
        self.render_thread: QThread | None = None
        self.result: Any = None
        self.setWindowTitle(self.tr("Create report"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Report template"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Report language"))
        self.format = format_box()
        self.compare_with = compare_box(context, assessment_id)
        self.output = QLineEdit(str(self._default_output()))
        self.output.setAccessibleName(self.tr("Save the report as"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Report status"))
        self.create_button = QPushButton(self.tr("Create PDF"))
        self.create_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open PDF"))
        self.open_button.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Close"))
        self._lay_out()
        self.browse.clicked.connect(self.choose_output)
        self.create_button.clicked.connect(self.start)
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.open_button.clicked.connect(self.open_pdf)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self._fill_choices()

    def _lay_out(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Template"), self.template)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Compare with"), self.compare_with)
        save_label = QLabel(self.tr("&Save as"))
        save_label.setBuddy(self.output)
        form.addRow(save_label, where)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{self.record.organization_name} — {self.record.title}"))
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)

    def _default_output(self) -> Path:
        return suggested_folder(self.context.data_dir) / default_file_name(self.record)

    def _fill_choices(self) -> None:
        try:
            self.backend = load_backend(self.context.language, self.context.data_dir)
        except ImportError as exc:
            self._fail(self.tr("Reports cannot be created on this installation: %1").replace(
                "%1", str(exc)))
            self.create_button.setEnabled(False)
            return
        for name, title, languages in self.backend.templates:
            self.template.addItem(title, (name, languages))
        if self.context.workspace.pack_template_available(self.record):
            self.template.addItem(self.tr("The pack's own template"), ("pack", ()))
        names = [self.template.itemData(i)[0] for i in range(self.template.count())]
        self.template.setCurrentIndex(names.index("default") if "default" in names else 0)
        self.template.currentIndexChanged.connect(lambda _i: self._fill_languages())
        self._fill_languages()

    def _fill_languages(self) -> None:
        """The pack's languages (a template's missing words show in English, marked)."""
        languages = self.context.workspace.report_languages(self.record)
        current = self.language.currentData() or self.record.language
        self.language.clear()
        for code in languages:
            self.language.addItem(LANGUAGES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.create_button.setEnabled(self.language.count() > 0)

    # actions -------------------------------------------------------------------------
    def choose_output(self) -> None:
        fmt = self.format.currentData()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.output.text(), file_filter(fmt))
        if chosen:
            self.output.setText(with_suffix(chosen, fmt))

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.output.setText(with_suffix(self.output.text(), fmt))
        self.create_button.setText(self.tr("Create PDF") if fmt == "pdf"
                                   else self.tr("Create file"))
        self.open_button.setText(self.tr("Open PDF") if fmt == "pdf" else self.tr("Open file"))
        self.open_button.setVisible(False)
        self.result = None

    def write_deliverable(self, output: Path) -> None:
        """Word, Excel or CSV: written here (a few seconds at most), then opened."""
        from app.ui.busy import busy

        self.status.setText(self.tr("Creating the report…"))
        self._set_running(True)
        with busy():
            written = UserOp(self, lambda: self.context.workspace.write_deliverable(
                self.assessment_id, output, self.format.currentData(),
                template=self.template.currentData()[0], lang=self.language.currentData(),
                compare_with=self.compare_with.currentData())).shown_in(self._fail).result()
        self._set_running(False)
        if written is not None:
            self._succeeded(written)
            self.open_button.setVisible(True)

    def start(self) -> None:
        """Prepare on the GUI thread (fast), render in a worker thread."""
        backend = self.backend
        if backend is None:
            return
        output = Path(self.output.text()).expanduser()
        if not output.parent.is_dir():
            self._fail(self.tr("The folder %1 does not exist; choose another place.").replace(
                "%1", str(output.parent)))
            return
        if self.format.currentData() != "pdf":
            self.write_deliverable(output)
            return
        choices = {"template": self.template.currentData()[0],
                   "lang": self.language.currentData()}
        if self.compare_with.currentData() is not None:  # an appendix of what changed
            choices["compare_with"] = self.compare_with.currentData()
        prepared = UserOp(self, lambda: backend.prepare_report(
            self.context.workspace, self.assessment_id, **choices)).shown_in(
            self._fail).result()
        if prepared is None:
            return
        self.worker = RenderWorker(backend.render_pdf, prepared, output, backend.error_types)
        self.worker.progress.connect(lambda text: self.status.setText(self._progress_text(text)))
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._fail)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.done.connect(self._done)
        self._set_running(True)
        self.status.setText(self.tr("Creating the report…"))
        self.render_thread = start_in_thread(self.worker, self)

    def _progress_text(self, message: str) -> str:
        """The reports layer's progress (English, for logs) in the interface language.

        Lines this dialog does not know become a general "Creating the report…":
        the user never sees the engine's own English.
        """
        page = re.search(r"\bPage (\d+)", message)
        if page:
            return self.tr("Laying out page %1…").replace("%1", page.group(1))
        writing = re.fullmatch(r"Writing (\d+) pages?", message)
        if writing:
            return self.tr("Writing %1 pages…").replace("%1", writing.group(1))
        if message.startswith("Step"):
            return self.tr("Preparing the layout…")
        known = {"Filling in the template": self.tr("Filling in the template…"),
                 "Starting the PDF engine": self.tr("Starting the PDF engine…")}
        return known.get(message, self.tr("Creating the report…"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.template, self.language, self.format, self.output, self.browse,
                       self.create_button):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.cancel_button.setEnabled(True)
        self.open_button.setVisible(False)

    def is_running(self) -> bool:
        return self.render_thread is not None and self.render_thread.isRunning()

    def _succeeded(self, result: Any) -> None:
        self.result = result
        path = getattr(result, "path", None) or Path(self.output.text())
        pages = getattr(result, "pages", None)
        text = self.tr("Report saved: %1").replace("%1", str(path))
        if pages:
            text += " " + self.tr("(pages: %1)").replace("%1", str(pages))
        self.status.setText(text)
        remember_folder(self.context.data_dir, path)
        self.open_pdf()

    def _fail(self, message: str) -> None:
        self.status.setText(self.tr("The report could not be created: %1").replace(
            "%1", message))

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled; no report was saved."))

    def _done(self) -> None:
        if self.render_thread is not None:
            self.render_thread.quit()
            self.render_thread.wait()
        self.render_thread = None
        self.worker = None
        self._set_running(False)
        self.open_button.setVisible(self.result is not None)

    def open_pdf(self) -> bool:
        """Show the PDF in the user's viewer; without one, say where the file is."""
        if self.result is None:
            return False
        path = Path(getattr(self.result, "path", None) or self.output.text())
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self.status.setText(self.tr("The report is saved, but no program to open PDF files was "
                                    "found. Find the file “%1” in the folder %2.")
                            .replace("%1", path.name).replace("%2", str(path.parent)))
        return False

    def cancel_or_close(self) -> None:
        if self.worker is not None and self.is_running():
            self.worker.cancel_event.set()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        self.cancel_button.setEnabled(True)
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        self.stop()
        super().reject()

    def stop(self) -> None:
        """Cancel a running render and wait for its thread (never leave it orphaned)."""
        if self.worker is not None:
            self.worker.cancel_event.set()
        if self.render_thread is not None:
            self.render_thread.quit()
            self.render_thread.wait()
