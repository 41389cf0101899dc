"""What every window shares: the data folder, its workspace, and the interface language.

The window appears before the workspace is opened (opening it imports the
pack model and the database layer, most of the start-up time); ``ready``
tells the widgets when it is there. Every change the workspace makes reaches
the widgets as ``changes.changed`` (``app.ui.changes``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from app.ui.changes import ChangeRelay
from app.ui.i18n import LANGUAGES, SETTING_KEY, Translators

if TYPE_CHECKING:
    from app.core.pack import Pack
    from app.services.quick_listing import Listing, QuickListing
    from app.services.workspace import Workspace

INTERFACE_FILE = "interface.ini"  # in the data folder: read before the database is opened


class AppContext(QObject):
    """One per running app."""

    languageChanged = Signal(str)
    ready = Signal()

    def __init__(self, data_dir: Path, translators: Translators, language: str) -> None:
        super().__init__()
        self.data_dir = data_dir
        self._workspace: Workspace | None = None
        self._quick: QuickListing | None = None  # the list's rows before the workspace
        self._translators = translators
        self._language = language if language in LANGUAGES else "en"
        self._translators.install(self._language)
        self.changes = ChangeRelay(self)
        self.closed = False

    # the workspace -------------------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        return self._workspace is not None and not self.closed

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("the workspace is not open yet")
        return self._workspace

    @property
    def listing(self) -> Listing | None:
        """Where the assessment list reads its rows: the workspace, else the quick listing."""
        if self.is_ready:
            return self._workspace
        quick = self._quick
        return quick if quick is not None and quick.usable and not self.closed else None

    def open_listing(self) -> bool:
        """Read the list straight from the database, before the workspace is open.

        False when it cannot be read that way (no database yet, another schema
        version, a writer busy with it...): the list then waits for the workspace.
        """
        from app import paths
        from app.services.quick_listing import QuickListing

        if self._quick is None and self._workspace is None:
            self._quick = QuickListing.open(self.data_dir / paths.DATABASE_NAME)
        return self.listing is not None

    def attach(self, workspace: Workspace) -> None:
        self._close_listing()
        self._workspace = workspace
        self.changes.follow(workspace.events)
        self.ready.emit()

    def close(self) -> None:
        """Remove the translators and close the workspace (the app is quitting)."""
        self.closed = True
        self.changes.stop()
        self._translators.remove_all()
        self._close_listing()
        if self._workspace is not None:
            self._workspace.close()

    def _close_listing(self) -> None:
        if self._quick is not None:
            self._quick.close()
            self._quick = None

    # language ------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Switch the interface to ``language`` and remember it (assessments keep their own)."""
        if language not in LANGUAGES or language == self._language:
            return
        self._language = language
        self._translators.install(language)
        interface_settings(self.data_dir).setValue(SETTING_KEY, language)
        self.languageChanged.emit(language)

    def pack_language(self, pack: Pack, preferred: str | None = None) -> str:
        """``preferred`` (default: the interface language) if the pack has it, else its default."""
        wanted = preferred or self._language
        return wanted if wanted in pack.languages else pack.manifest.default_language


def interface_settings(data_dir: Path) -> QSettings:
    """The interface's own settings, a small file next to the database."""
    return QSettings(str(data_dir / INTERFACE_FILE), QSettings.Format.IniFormat)


def stored_language(data_dir: Path) -> str | None:
    value = interface_settings(data_dir).value(SETTING_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None
