"""Who records a judgement: the user's name, remembered in the interface settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.ui.context import interface_settings

NAME_KEY = "judgement/your_name"


def stored_name(data_dir: Path) -> str:
    value = interface_settings(data_dir).value(NAME_KEY)
    return value if isinstance(value, str) else ""


def store_name(data_dir: Path, name: str) -> None:
    interface_settings(data_dir).setValue(NAME_KEY, name.strip())


class YourName(QWidget):
    """"Your name: [...]": saved as it is typed, recorded as ``by`` with every judgement."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.line = QLineEdit(stored_name(data_dir))
        self.line.setObjectName("yourName")
        self.line.setMaxLength(200)
        self.line.setPlaceholderText(self.tr("Recorded with each rating, treatment and acceptance"))
        self.line.setAccessibleName(self.tr("Your name"))
        label = QLabel(self.tr("Your &name:"))
        label.setBuddy(self.line)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.line, 1)
        self.line.textChanged.connect(lambda text: store_name(self.data_dir, text))

    def text(self) -> str:
        return self.line.text().strip()
