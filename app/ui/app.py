"""Start-up: the QApplication, bundled fonts, translations, high-DPI, then the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import app
from app import paths
from app.ui.context import AppContext, stored_language
from app.ui.fonts import add_hangul_fallback, register_fonts
from app.ui.i18n import Translators, system_language

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, set up once (names, fonts, style).

    High-DPI scale factors are not rounded (Qt 6's default rounding policy,
    PassThrough, left as it is: naming it would build Python's view of the
    whole ``Qt`` namespace, ~25 ms, before the window can appear).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        configure(existing)
        return existing
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
    application.setDesktopFileName("aipia")  # matches resources/aipia.desktop (Wayland docks)
    application.setWindowIcon(app_icon())
    setup_fonts(application)
    application.setProperty("aipia_configured", True)


def app_icon() -> QIcon:
    """The AIPIA icon at every size shipped in resources/icons (empty if absent)."""
    icon = QIcon()
    for png in sorted(paths.resources_dir().glob("icons/aipia-*.png")):
        icon.addFile(str(png))
    return icon


def setup_fonts(application: QApplication) -> list[str]:
    """Register resources/fonts (absent files are fine) and use them for Hangul fallback."""
    families = register_fonts(paths.fonts_dir())
    add_hangul_fallback(application.font().family(), families)
    return families


def build_main_window(data_dir: str | os.PathLike[str] | None = None, *,
                      deferred: bool = False) -> MainWindow:
    """Create (not show) the main window on the data folder.

    Args:
        deferred: open the workspace only once the window has been painted
            (what ``aipia`` does, so the window appears at once); otherwise
            open it now, letting storage errors propagate.
    """
    from app.ui.main_window import MainWindow

    application = create_application()
    folder = paths.data_dir(data_dir)
    language = stored_language(folder) or system_language()
    context = AppContext(folder, Translators(application), language)
    window = MainWindow(context, home_later=deferred)
    if deferred:
        window.load_after_first_paint()
    else:
        window.open_workspace()
    return window


def main(data_dir: str | os.PathLike[str] | None = None) -> int:
    """Run the desktop app until its window is closed; returns the exit status."""
    application = create_application()
    try:
        window = build_main_window(data_dir, deferred=True)
    except OSError as exc:  # the data folder itself cannot be created
        from app.ui.startup_messages import storage_message

        Translators(application).install(system_language())
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "AIPIA", storage_message(str(exc)))
        return 1
    window.show()
    status = application.exec()
    window.context.close()
    return 1 if window.workspace_failed else status
