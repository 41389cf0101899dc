""""Scan a model folder…": read model files in the background and fill in what the user ticks.

The scan runs off the GUI thread (progress, Cancel); its proposals are shown
with where each was read; only ticked answers are saved, through the same
service the command line uses, and the scan's manifest is kept with the
assessment.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.inspect import ScanReport
from app.ui.operations import UserOp
from app.ui.wizard.scan_results import ProposalTree
from app.ui.wizard.scan_worker import ScanWorker, start_scan

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController


class ScanDialog(QDialog):
    """Choose folders or files, scan, review the proposals, fill in the ticked ones."""

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.report: ScanReport | None = None
        self.worker: ScanWorker | None = None
        self.thread_: QThread | None = None
        self.applied: list[str] = []
        self.setWindowTitle(self.tr("Scan a model folder"))
        self._build()
        self.resize(980, 620)

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "AIPIA reads the model files on this computer (it never runs them) and proposes "
            "answers, each with the file it was read from. Tick what to fill in; answers you "
            "already gave change only if you tick them."))
        intro.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Choose &folder…"))
        self.files_button = QPushButton(self.tr("Choose f&iles…"))
        self.hash_box = QCheckBox(self.tr(
            "Compute the SHA-256 of every file (slow for large models)"))
        self.hash_box.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = ProposalTree(self.controller)
        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Messages about the files"))
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Fill in &ticked answers"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.setEnabled(False)
        self.cancel_button.setVisible(False)
        self._lay_out(intro)
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button.clicked.connect(self.choose_files)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

    def _lay_out(self, intro: QLabel) -> None:
        choose = QHBoxLayout()
        for widget in (self.folder_button, self.files_button, self.hash_box):
            choose.addWidget(widget)
        choose.addStretch(1)
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.messages)
        split.setSizes([460, 90])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    # choosing and scanning ---------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a model folder"))
        if folder:
            self.start([Path(folder)])

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose model files"), "",
            self.tr("Model files (*.safetensors *.gguf *.bin *.pt *.pth *.ckpt *.onnx);;"
                    "All files (*)"))
        if files:
            self.start([Path(f) for f in files])

    def start(self, paths: list[Path]) -> None:
        """Scan ``paths`` in the background."""
        self.worker = ScanWorker(paths, self.hash_box.isChecked())
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self._busy(True)
        self.status.setText(self.tr("Reading the files…"))
        self.thread_ = start_scan(self.worker, self)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.close_button.setVisible(not busy)
        for widget in (self.folder_button, self.files_button, self.hash_box, self.apply_button):
            widget.setEnabled(not busy)
        self.apply_button.setEnabled(not busy and self.report is not None)

    def _progress(self, stage: str, done: int, total: int, current: str) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / total) if total else 0)
        text = self.tr("Reading %1") if stage == "reading" else self.tr("Computing SHA-256 of %1")
        self.status.setText(text.replace("%1", current))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_event.set()
            self.status.setText(self.tr("Cancelling…"))

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText(self.tr("The scan stopped: %1").replace("%1", message))

    def _finished(self, report: ScanReport) -> None:
        self.report = report
        self._busy(False)
        lang = self.controller.language
        proposals = self.controller.workspace.scan_proposals(self.controller.opened, report, lang)
        self.tree.show_proposals(proposals)
        self.messages.clear()
        for problem in report.all_problems():
            self.messages.addItem("⚠ " + problem.text(lang))
        self.apply_button.setEnabled(bool(proposals.rows or proposals.answers))
        self.status.setText(self._summary(report))

    def _summary(self, report: ScanReport) -> str:
        if not report.complete:
            return self.tr("Cancelled: the results below are incomplete.")
        found = self.tr("Models found: %1.").replace("%1", str(len(report.models)))
        changed = self.controller.workspace.scan_changes(self.controller.opened.record.id, report)
        if changed is None or not report.hashed:
            return found
        count = sum(1 for c in changed[1] if c.kind != "unhashed")
        since = self.tr("Files changed since the scan of %1: %2.") if count else \
            self.tr("No file changed since the scan of %1.")
        since = since.replace("%1", changed[0].scanned_at[:10]).replace("%2", str(count))
        return f"{found} {since}"

    # applying -----------------------------------------------------------------------------
    def apply(self) -> None:
        """Save the ticked answers (after any pending edit) and show them in the wizard."""
        if self.report is None or not self.controller.flush():
            QMessageBox.warning(self, self.windowTitle(), self.controller.save_error or
                                self.tr("Nothing to fill in."))
            return
        report, controller = self.report, self.controller
        applied = UserOp(self, lambda: controller.workspace.apply_scan(
            controller.opened, report, self.tree.confirmed(), controller.language)).failure(
            self.windowTitle()).result()
        if applied is not None:
            self.applied = applied
            self.accept()

    def done(self, result: int) -> None:
        """Closing stops the scan and waits for its thread."""
        if self.worker is not None:
            self.worker.cancel_event.set()
        if self.thread_ is not None and self.thread_.isRunning():
            self.thread_.quit()
            self.thread_.wait()
        super().done(result)
