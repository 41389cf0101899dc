"""What the app says when its data folder cannot be opened at start-up.

Its own module: the start-up (``app.ui.app``) and the main window, which opens
the data folder once it is on screen, both say it, and neither imports the other
for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def storage_message(detail: str) -> str:
    return QCoreApplication.translate(
        "Startup",
        "AIPIA could not open its data folder:\n\n%1\n\nNothing was changed. Start AIPIA "
        "with --data-dir to use another folder.",
    ).replace("%1", detail)
