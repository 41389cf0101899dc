"""The new-assessment dialog: client, title, questionnaire pack and language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LANGUAGES
from app.ui.operations import UserOp
from app.ui.style import role

if TYPE_CHECKING:
    from app.services.records import Assessment
    from app.ui.context import AppContext


class NewAssessmentDialog(QDialog):
    """Creates the assessment on OK; problems are shown in the dialog, nothing is lost."""

    def __init__(self, context: AppContext, client: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: Assessment | None = None
        self.setWindowTitle(self.tr("New assessment"))
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.addItems([o.name for o in context.workspace.list_clients()])
        self.client.setCurrentText(client)
        typed = self.client.lineEdit()  # an editable combo box always has its line
        if typed is not None:
            typed.setPlaceholderText(self.tr("e.g. Hanbit Clinic"))
            typed.selectAll()  # typing a new name replaces the suggested one
        self.title_field = QLineEdit()
        self.title_field.setPlaceholderText(self.tr("e.g. Patient-note summariser"))
        self.pack = QComboBox()
        self.language = QComboBox()
        self.error = QLabel()
        role(self.error, "questionIssue")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        form = QFormLayout()
        form.addRow(self.tr("&Client"), self.client)
        form.addRow(self.tr("&Title"), self.title_field)
        form.addRow(self.tr("&Questionnaire"), self.pack)
        form.addRow(self.tr("&Language"), self.language)
        for field, name in ((self.client, self.tr("Client")), (self.title_field, self.tr("Title")),
                            (self.pack, self.tr("Questionnaire")),
                            (self.language, self.tr("Language"))):
            field.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._fill_packs()
        self.pack.currentIndexChanged.connect(lambda _i: self._fill_languages())
        self.client.currentTextChanged.connect(lambda _t: self._update_ok())
        self.title_field.textChanged.connect(lambda _t: self._update_ok())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _fill_packs(self) -> None:
        for listing in self.context.workspace.pack_listings():
            entry, manifest = listing.entry, listing.manifest
            if not listing.ok or manifest is None:
                continue
            title = manifest.title.get(self.context.language, manifest.default_language)
            self.pack.addItem(f"{title} ({entry.version})",
                              (entry.pack_id, entry.version, manifest.languages))
        if self.pack.count() == 0:
            self._show_error(self.tr("No questionnaire pack is available. Import one with "
                                     "Tools › Questionnaire packs."))
        self._fill_languages()

    def _fill_languages(self) -> None:
        self.language.clear()
        data = self.pack.currentData()
        languages = data[2] if data else ()
        for code in languages:
            self.language.addItem(LANGUAGES.get(code, code), code)
        index = self.language.findData(self.context.language)
        self.language.setCurrentIndex(max(0, index))

    def _update_ok(self) -> None:
        ready = bool(self.client.currentText().strip() and self.title_field.text().strip()
                     and self.pack.currentData())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def accept(self) -> None:
        pack_id, version, _languages = self.pack.currentData()
        self.created = UserOp(self, lambda: self.context.workspace.new_assessment(
            self.client.currentText().strip(), self.title_field.text().strip(),
            pack_id, version, self.language.currentData())).shown_in(self._show_error).result()
        if self.created is not None:
            super().accept()
