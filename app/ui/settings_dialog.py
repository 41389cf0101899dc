"""Preferences: interface language, where the data lives, and report branding."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LANGUAGES
from app.ui.operations import UserOp
from app.ui.style import role

if TYPE_CHECKING:
    from app.ui.context import AppContext

DEFAULT_COLOUR = "#1d4e89"  # the reports' own default
LOGO_FILTER = "Images (*.png *.jpg *.jpeg *.gif)"


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        branding = context.workspace.branding()
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(context.language))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.data_folder = QLineEdit(str(context.data_dir))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.name = QLineEdit(branding.get("name", ""))
        self.name.setPlaceholderText(self.tr("e.g. Seoul Privacy Consulting"))
        self.name.setAccessibleName(self.tr("Consultancy name"))
        self.logo_path = branding.get("logo", "")
        self.logo_changed = False
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(40)
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_clear = QPushButton(self.tr("Remove logo"))
        self.colour = branding.get("colour", DEFAULT_COLOUR)
        self.colour_button = QPushButton()
        self.colour_button.setAccessibleName(self.tr("Accent colour"))
        self.my_name = QLineEdit(context.workspace.my_name())
        self.my_name.setPlaceholderText(self.tr("e.g. Kim Minji"))
        self.my_name.setAccessibleName(self.tr("Your name"))
        per_file, per_assessment = context.workspace.evidence_limits()
        self.file_limit = _megabytes(per_file, self.tr("Largest attached file"))
        self.assessment_limit = _megabytes(per_assessment,
                                           self.tr("All attached files of one assessment"))
        self.error = QLabel()
        role(self.error, "questionIssue")
        self.error.setVisible(False)
        self._lay_out()
        self.open_folder.clicked.connect(self._open_folder)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear.clicked.connect(lambda: self._set_logo(""))
        self.colour_button.clicked.connect(self._choose_colour)
        self._show_logo()
        self._show_colour()

    def _lay_out(self) -> None:
        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Interface &language"), self.language)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder)
        general_form.addRow(self.tr("Data folder"), folder_row)
        branding = QGroupBox(self.tr("Report branding"))
        branding_form = QFormLayout(branding)
        branding_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        branding_form.addRow(self.tr("Consultancy &name"), self.name)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        branding_form.addRow(self.tr("Logo"), logo_row)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch(1)
        branding_form.addRow(self.tr("Accent colour"), colour_row)
        review = QGroupBox(self.tr("Review and evidence"))
        review_form = QFormLayout(review)
        review_form.addRow(self.tr("&Your name (kept in the review trail)"), self.my_name)
        review_form.addRow(self.tr("Largest attached &file"), self.file_limit)
        review_form.addRow(self.tr("All files of one &assessment"), self.assessment_limit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(branding)
        layout.addWidget(review)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))

    def _choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "",
                                                      LOGO_FILTER)
        if chosen:
            self._set_logo(chosen)

    def _set_logo(self, path: str) -> None:
        self.logo_path = path
        self.logo_changed = True
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap(self.logo_path) if self.logo_path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setText(Path(self.logo_path).name if self.logo_path
                                      else self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(pixmap.scaledToHeight(
                40, Qt.TransformationMode.SmoothTransformation))
        self.logo_clear.setEnabled(bool(self.logo_path))

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Accent colour"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def _show_colour(self) -> None:
        swatch = QPixmap(28, 16)
        swatch.fill(QColor(self.colour))
        self.colour_button.setIcon(QIcon(swatch))
        self.colour_button.setIconSize(swatch.size())
        self.colour_button.setText(self.colour)

    def accept(self) -> None:
        """Store the branding through the reporting service, which checks it."""
        workspace = self.context.workspace
        new_logo = Path(self.logo_path) if self.logo_changed and self.logo_path else None
        if not UserOp(self, lambda: workspace.set_branding(
                name=self.name.text(), colour=self.colour, logo=new_logo)).shown_in(
                self._show_error).run():
            return
        if not UserOp(self, lambda: (
                workspace.set_my_name(self.my_name.text()),
                workspace.set_evidence_limits(self.file_limit.value(),
                                              self.assessment_limit.value()))).shown_in(
                self._show_error).run():
            return
        if self.logo_changed and not self.logo_path:
            workspace.remove_logo()
        self.context.set_language(self.language.currentData())
        super().accept()


def _megabytes(size: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 45)  # an exchange file stays under the 50 MB its reader accepts
    box.setSuffix(" MB")
    box.setValue(max(1, size // (1024 * 1024)))
    box.setAccessibleName(name)
    return box
