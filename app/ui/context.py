"""What every window shares: the workspace, the interface language and the branding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.ui.i18n import LANGUAGES, SETTING_KEY, Translators

if TYPE_CHECKING:
    from app.core.pack import Pack
    from app.services.workspace import Workspace
    from app.storage import Store


class AppContext(QObject):
    """One per running app; widgets read the workspace and language from it."""

    languageChanged = Signal(str)
    assessmentsChanged = Signal()

    def __init__(self, workspace: Workspace, translators: Translators, language: str) -> None:
        super().__init__()
        self.workspace = workspace
        self._translators = translators
        self._language = language if language in LANGUAGES else "en"
        self._translators.install(self._language)
        self.closed = False

    @property
    def language(self) -> str:
        return self._language

    @property
    def store(self) -> Store:
        return self.workspace.store

    def set_language(self, language: str) -> None:
        """Switch the interface (and the open questionnaire) to ``language`` and remember it."""
        if language not in LANGUAGES or language == self._language:
            return
        self._language = language
        self._translators.install(language)
        self.workspace.store.set_setting(SETTING_KEY, language)
        self.languageChanged.emit(language)

    def close(self) -> None:
        """Remove the translators and close the workspace (the app is quitting)."""
        self.closed = True
        self._translators.remove_all()
        self.workspace.close()

    def pack_language(self, pack: Pack, preferred: str | None = None) -> str:
        """``preferred`` (default: the interface language) if the pack has it, else its default."""
        wanted = preferred or self._language
        return wanted if wanted in pack.languages else pack.manifest.default_language
