"""Clients (organizations): add, rename and annotate one, or delete it with its assessments.

Deleting asks first, says how many assessments go with the client, and backs
up the whole database before anything is deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.operations import UserOp
from app.ui.style import role

if TYPE_CHECKING:
    from app.services.records import Organization
    from app.ui.context import AppContext

Button = QMessageBox.StandardButton


class ClientDialog(QDialog):
    """A client's name and notes; saves on OK and shows any problem in the dialog."""

    def __init__(self, context: AppContext, client: Organization | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client = client
        self.saved: Organization | None = None
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("New client"))
        self.name = QLineEdit(client.name if client else "")
        self.name.setPlaceholderText(self.tr("e.g. Hanbit Clinic"))
        self.name.setAccessibleName(self.tr("Client name"))
        self.notes = QPlainTextEdit(client.notes if client else "")
        self.notes.setPlaceholderText(self.tr("Contact person, contract, anything worth "
                                              "remembering about this client"))
        self.notes.setAccessibleName(self.tr("Notes about the client"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.error = QLabel()
        role(self.error, "questionIssue")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if client else self.tr("Add"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("N&otes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.name.text().strip()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.selectAll()

    def accept(self) -> None:
        name, notes = self.name.text().strip(), self.notes.toPlainText()
        workspace, client = self.context.workspace, self.client
        saving = UserOp(self, lambda: workspace.add_client(name, notes) if client is None
                        else workspace.update_client(client.id, name=name, notes=notes))
        self.saved = saving.shown_in(lambda text: self._not_saved(saving.error, text)).result()
        if self.saved is not None:
            super().accept()

    def _not_saved(self, error: BaseException | None, text: str) -> None:
        from app.services.records import DuplicateError

        if isinstance(error, DuplicateError):
            text = self.tr("A client named “%1” already exists. Choose another name.").replace(
                "%1", self.name.text().strip())
        else:
            text = self.tr("The client was not saved: %1").replace("%1", text)
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.name.setFocus()


class ClientManager(QObject):
    """The add / edit / delete commands of the client list."""

    changed = Signal(object)  # the client id to select afterwards (None: none in particular)
    message = Signal(str)  # a line for the status bar

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self.dialog: ClientDialog | None = None  # the last dialog opened (tests look at it)

    def add(self) -> None:
        self._edit(None)

    def edit(self, organization_id: int) -> None:
        self._edit(self.context.workspace.get_client(organization_id))

    def _edit(self, client: Organization | None) -> None:
        self.dialog = ClientDialog(self.context, client, self.parent_widget)
        if self.dialog.exec() == QDialog.DialogCode.Accepted and self.dialog.saved is not None:
            self.changed.emit(self.dialog.saved.id)

    def delete(self, organization_id: int) -> bool:
        """Ask (naming how many assessments go with it), back up, then delete."""
        workspace = self.context.workspace
        client = workspace.get_client(organization_id)
        count = workspace.count_assessments(organization_id)
        if not self._confirm(client.name, count):
            return False
        done = UserOp(self.parent_widget, lambda: workspace.delete_client(
            organization_id)).failure(
            self.tr("The client was not deleted"),
            lambda text: self.tr("Nothing was deleted: %1").replace("%1", text)).result()
        if done is None:
            return False
        self.changed.emit(None)
        self.message.emit(self.tr("Deleted “%1” (assessments deleted: %2). Backup of the "
                                  "database: %3").replace("%1", done.name)
                          .replace("%2", str(done.assessments)).replace("%3", str(done.backup)))
        return True

    def _confirm(self, name: str, count: int) -> bool:
        if count == 1:
            what = self.tr("Delete the client “%1” and its assessment?").replace("%1", name)
        elif count:
            what = self.tr("Delete the client “%1” and all %2 of its assessments?") \
                .replace("%1", name).replace("%2", str(count))
        else:
            what = self.tr("Delete the client “%1”? It has no assessments.").replace("%1", name)
        if count:
            what += "\n\n" + self.tr("Answers and measure plans are deleted too. This cannot "
                                     "be undone.")
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Delete client"),
            what + "\n\n" + self.tr("A backup copy of the database is saved next to it first."),
            Button.Yes | Button.No, Button.No)
        return answer == Button.Yes
