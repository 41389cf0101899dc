"""An optional section's switch: off with a reason (asked in a small dialog), or on again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.sections_off import MAX_REASON
from app.ui.style import role

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController


class ReasonDialog(QDialog):
    """Asks why the section does not apply; OK only with a reason of 1 to MAX_REASON chars."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Switch a section off"))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Why does “%1” not apply to this assessment? The reason is "
                                "kept with your name and shown in the report.").replace(
                                    "%1", title))
        prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        prompt.setBuddy(self.reason)
        self.count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (prompt, self.reason, self.count, self.buttons):
            layout.addWidget(widget)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        length = len(self.reason.toPlainText().strip())
        self.count.setText(self.tr("%1 of %2 characters").replace("%1", str(length)).replace(
            "%2", str(MAX_REASON)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < length <= MAX_REASON)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class SectionSwitch(QWidget):
    """Under an optional section's title: the switch, and when off the reason, who and when."""

    def __init__(self, controller: WizardController, section_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.section_id = section_id
        self.note = QLabel()
        role(self.note, "notice")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.refresh()

    def is_off(self) -> bool:
        return self.section_id in self.controller.session.switched_off

    def refresh(self) -> None:
        off = self.controller.opened.sections_off.get(self.section_id)
        if off is not None:
            self.note.setText(self.tr("Switched off by %1 on %2: %3").replace(
                "%1", off.by).replace("%2", off.at[:10]).replace("%3", off.reason))
            self.button.setText(self.tr("Switch this section on again"))
        else:
            self.note.setText(self.tr("This section is optional: switch it off if it does not "
                                      "apply, with a reason."))
            self.button.setText(self.tr("Switch this section off…"))

    def _clicked(self) -> None:
        if self.is_off():
            self.controller.switch_section(self.section_id, off=False, parent=self)
            return
        title = self.controller.text(self.controller.pack.sections[self.section_id].title)
        dialog = ReasonDialog(title, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.switch_section(self.section_id, off=True, reason=dialog.text(),
                                           parent=self)

