"""Entry point of the frozen desktop app (the script ``build.spec`` freezes).

It lives outside the ``app`` package on purpose: it is packaging glue, not
part of the layered app, and the installed ``aipia`` command never runs it.
From a checkout it runs the same way, for comparisons with the frozen build:
``python packaging/aipia_entry.py [ARGS]``.

Three jobs besides calling :func:`app.launch.main` (the desktop app, or the command line):

* Point WeasyPrint's native libraries at the bundle (frozen only, see
  :func:`prepare_native_libraries`), before anything imports WeasyPrint.
* ``multiprocessing.freeze_support()`` next (frozen only: from a checkout
  there is nothing for it to do, and importing multiprocessing costs the
  desktop app's start-up ~15 ms). Reports render in a ``spawn``
  child process (:mod:`app.reports.pdf`); a frozen app has no Python to spawn,
  so the child is this executable again, with multiprocessing's own arguments.
  ``freeze_support()`` notices them, runs the child, and exits before anything
  else here happens.
* A smoke-test hook, off unless ``AIPIA_SMOKE_QUIT_WHEN_READY=1`` is set (set
  it only to start the desktop app, with no command): the app prints
  ``AIPIA smoke: main window shown`` when its main window is first painted,
  then ``AIPIA smoke: main window ready`` once the assessment list's rows are
  there, selectable and openable (read straight from the database, or from the
  workspace when that cannot be done; progress and risk fill in later), and
  closes the window (exit status 0). Each line
  ends with the CPU time the process has used so far, for the benchmarks.
  ``scripts/smoke_frozen.py`` uses it to start the GUI offscreen and stop it;
  ``benchmarks/bench_table.py`` to time the start-up, frozen or not.
"""

from __future__ import annotations

import os
import sys

SMOKE_ENV = "AIPIA_SMOKE_QUIT_WHEN_READY"
SMOKE_LINE = "AIPIA smoke: main window ready"
SHOWN_LINE = "AIPIA smoke: main window shown"
POLL_MS = 5


def install_smoke_hook() -> None:
    """Report the main window's first paint, and close it once its list is ready.

    The QApplication is created here, before the app opens its window;
    ``app.ui.app.create_application`` then finds and reuses it, so start-up
    runs exactly as without the hook. The first paint is seen by an event
    filter on the main window itself, put on it when it is shown (as the
    benchmarks' floor, a bare window, is watched): a filter on the whole
    application would see every event of every object, and wrapping each one
    for Python costs the app tens of milliseconds of CPU the floor does not
    pay. "Ready" is checked on a timer, so it is reported on the event-loop
    turn after the list's rows were put in.
    """
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    from app.ui.app import create_application

    started = time.perf_counter()
    application = create_application()
    timer = QTimer(application)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                print(f"{SHOWN_LINE} after {time.perf_counter() - started:.2f} s "
                      f"(CPU {time.process_time():.3f} s)", flush=True)
            return False

    painted = FirstPaint(application)
    show = QMainWindow.show

    def watched_show(window: QMainWindow) -> None:
        window.installEventFilter(painted)
        show(window)

    QMainWindow.show = watched_show  # type: ignore[method-assign,assignment]

    def check() -> None:
        for window in application.topLevelWidgets():
            if isinstance(window, QMainWindow) and window.isVisible() and painted.seen \
                    and getattr(window, "list_is_ready", False):
                timer.stop()
                print(f"{SMOKE_LINE} after {time.perf_counter() - started:.2f} s "
                      f"(CPU {time.process_time():.3f} s)", flush=True)
                window.close()

    timer.timeout.connect(check)
    timer.start(POLL_MS)


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
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    if os.environ.get(SMOKE_ENV) == "1":
        install_smoke_hook()

    from app.launch import main as launch

    launch(sys.argv[1:])


if __name__ == "__main__":
    main()
