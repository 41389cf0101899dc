"""Interface language through Qt's translation system (English source, one .qm per language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "fr": "Français",
    "it": "Italiano",
    "pt-BR": "Português (Brasil)",
}
SETTING_KEY = "ui.language"
_QT_LOCALES = {
    "en": QLocale(QLocale.Language.English),
    "ko": QLocale(QLocale.Language.Korean),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "it": QLocale(QLocale.Language.Italian, QLocale.Country.Italy),
    "pt-BR": QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil),
}


def file_code(language: str) -> str:
    """The language as Qt names its translation files: ``pt-BR`` -> ``pt_BR``."""
    return language.replace("-", "_")


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def system_language() -> str:
    """The system's language if the interface speaks it (any Portuguese: pt-BR), else English."""
    system = QLocale.system().language()
    return next((code for code, locale in _QT_LOCALES.items() if locale.language() == system),
                "en")


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
        QLocale.setDefault(_QT_LOCALES.get(language, _QT_LOCALES["en"]))
        if language == "en":
            return True
        ours = QTranslator(self._app)
        if not ours.load(f"aipia_{file_code(language)}", translations_dir()):
            return False
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator in (ours, QTranslator(self._app)):
            if translator is ours or translator.load(f"qtbase_{file_code(language)}", qt_path):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        return True
