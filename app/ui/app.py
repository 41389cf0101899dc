"""Start-up: the QApplication, bundled fonts, translations, high-DPI, then the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import app
from app import paths
from app.ui.fonts import add_hangul_fallback, register_fonts
from app.ui.i18n import SETTING_KEY, Translators, system_language
from app.ui.style import STYLE_SHEET


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, set up once (high-DPI, names, fonts, style)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        configure(existing)
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    application = QApplication(list(argv) if argv is not None else sys.argv[:1])
    configure(application)
    return application


def configure(application: QApplication) -> None:
    """Names, bundled fonts and style rules; done once per QApplication."""
    if application.property("aipia_configured"):
        return
    application.setApplicationName(paths.APP_NAME)
    application.setApplicationDisplayName(paths.APP_NAME)
    application.setApplicationVersion(app.__version__)
    application.setOrganizationName(paths.APP_NAME)
    setup_fonts(application)
    application.setStyleSheet(STYLE_SHEET)
    application.setProperty("aipia_configured", True)


def setup_fonts(application: QApplication) -> list[str]:
    """Register resources/fonts (absent files are fine) and use them for Hangul fallback."""
    families = register_fonts(paths.fonts_dir())
    add_hangul_fallback(application.font().family(), families)
    return families


def build_main_window(data_dir: str | os.PathLike[str] | None = None):
    """Open the workspace and create (not show) the main window; errors propagate."""
    from app.services.workspace import Workspace
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    application = create_application()
    workspace = Workspace(data_dir)
    language = workspace.store.get_setting(SETTING_KEY) or system_language()
    context = AppContext(workspace, Translators(application), language)
    window = MainWindow(context)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return window


def main(data_dir: str | os.PathLike[str] | None = None) -> int:
    """Run the desktop app until its window is closed; returns the exit status."""
    from app.storage import StorageError

    application = create_application()
    try:
        window = build_main_window(data_dir)
    except StorageError as exc:
        Translators(application).install(system_language())
        QMessageBox.critical(None, "AIPIA", _storage_message(exc))
        return 1
    window.show()
    status = application.exec()
    window.context.close()
    return status


def _storage_message(exc: Exception) -> str:
    return QCoreApplication.translate(
        "Startup",
        "AIPIA could not open its data folder:\n\n%1\n\nNothing was changed. Start AIPIA "
        "with --data-dir to use another folder.",
    ).replace("%1", str(exc))
