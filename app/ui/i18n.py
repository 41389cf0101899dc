"""Interface language through Qt's translation system (English source, Korean .qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
SETTING_KEY = "ui.language"
_QT_LOCALES = {"en": QLocale.Language.English, "ko": QLocale.Language.Korean}


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def system_language() -> str:
    """Korean on a Korean system, else English."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


class Translators:
    """Installs the app's and Qt's own translations for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def remove_all(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False if its translation file is missing."""
        self.remove_all()
        QLocale.setDefault(QLocale(_QT_LOCALES.get(language, QLocale.Language.English)))
        if language == "en":
            return True
        ours = QTranslator(self._app)
        if not ours.load(f"aipia_{language}", translations_dir()):
            return False
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator in (ours, QTranslator(self._app)):
            if translator is ours or translator.load(f"qtbase_{language}", qt_path):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        return True
