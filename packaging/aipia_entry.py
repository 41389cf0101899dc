"""Entry point of the frozen desktop app (the script ``build.spec`` freezes).

It lives outside the ``app`` package on purpose: it is packaging glue, not
part of the layered app, and the installed ``aipia`` command never runs it.
From a checkout it runs the same way, for comparisons with the frozen build:
``python packaging/aipia_entry.py [ARGS]``.

Three jobs besides calling :func:`app.cli.main`:

* Point WeasyPrint's native libraries at the bundle (frozen only, see
  :func:`prepare_native_libraries`), before anything imports WeasyPrint.
* ``multiprocessing.freeze_support()`` next. Reports render in a ``spawn``
  child process (:mod:`app.reports.pdf`); a frozen app has no Python to spawn,
  so the child is this executable again, with multiprocessing's own arguments.
  ``freeze_support()`` notices them, runs the child, and exits before anything
  else here happens.
* A smoke-test hook, off unless ``AIPIA_SMOKE_QUIT_WHEN_READY=1`` is set (set
  it only to start the desktop app, with no command): the app prints
  ``AIPIA smoke: main window ready`` once its main window is shown and its
  data folder is open, then closes the window (exit status 0).
  ``scripts/smoke_frozen.py`` uses it to start the GUI offscreen and stop it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys

SMOKE_ENV = "AIPIA_SMOKE_QUIT_WHEN_READY"
SMOKE_LINE = "AIPIA smoke: main window ready"


def install_smoke_hook() -> None:
    """Close the main window as soon as it is shown with its workspace open.

    The QApplication is created here, before the CLI opens the GUI;
    ``app.ui.app.create_application`` then finds and reuses it, so start-up
    runs exactly as without the hook.
    """
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    from app.ui.app import create_application

    started = time.perf_counter()
    application = create_application()
    timer = QTimer(application)

    def check() -> None:
        for window in application.topLevelWidgets():
            if isinstance(window, QMainWindow) and window.isVisible() \
                    and getattr(window, "context_was_ready", False):
                timer.stop()
                print(f"{SMOKE_LINE} after {time.perf_counter() - started:.2f} s", flush=True)
                window.close()

    timer.timeout.connect(check)
    timer.start(20)


def prepare_native_libraries() -> None:
    """Let WeasyPrint find the bundled Pango and fontconfig its configuration (frozen only).

    Windows: WeasyPrint opens its DLLs with the "default dirs" search, which skips
    the bundle folder (``_internal``) unless it is added. Windows and macOS:
    fontconfig's compiled-in configuration folder (MSYS2's or Homebrew's) is
    not on the user's machine, so use the copy in the bundle. Linux: the
    system's ``/etc/fonts`` if there is one, else the copy. Environment
    variables a user set win; render processes inherit what is set here.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return
    if sys.platform == "win32":
        os.add_dll_directory(bundle)
    bundled_conf = os.path.join(bundle, "etc", "fonts")
    system_conf = sys.platform.startswith("linux") and os.path.isfile("/etc/fonts/fonts.conf")
    if not system_conf and os.path.isdir(bundled_conf):
        os.environ.setdefault("FONTCONFIG_PATH", bundled_conf)


def main() -> None:
    prepare_native_libraries()
    multiprocessing.freeze_support()
    if os.environ.get(SMOKE_ENV) == "1":
        install_smoke_hook()

    from app.cli import main as cli_main

    cli_main(sys.argv[1:])


if __name__ == "__main__":
    main()
