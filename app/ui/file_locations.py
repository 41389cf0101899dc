"""Where file dialogs start: the last folder the user chose, else Documents, else home.

``~/Documents`` is what Qt reports even when it does not exist (a fresh
account, a server, a renamed folder), and saving there failed; only a
folder that exists is ever suggested.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.ui.context import interface_settings

LAST_FOLDER_KEY = "files.last_folder"


def documents_folder() -> Path:
    """The platform's documents folder if it exists, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def suggested_folder(data_dir: Path) -> Path:
    """The folder last used for a report or an export, if it still exists."""
    value = interface_settings(data_dir).value(LAST_FOLDER_KEY)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return documents_folder()


def remember_folder(data_dir: Path, file_path: str | Path) -> None:
    """Remember the folder of a file the user saved or opened."""
    folder = Path(file_path).expanduser().parent
    if folder.is_dir():
        interface_settings(data_dir).setValue(LAST_FOLDER_KEY, str(folder))
