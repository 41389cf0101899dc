"""``aipia``: the desktop app at once when no command is given, else the command line.

Most starts of ``aipia`` open the desktop app. Going through click and
``app.cli`` first costs about 45 ms before the window can appear (issue 19), so
the arguments the desktop app takes (none, ``--data-dir DIR``, ``gui``) are
recognised here, with the standard library only, and the app is opened
directly. Everything else - a command, ``--help``, ``--version``, a mistake,
a data folder that is a file, a missing system library - goes to
:func:`app.cli.main`, which says what is wrong exactly as before.
"""

from __future__ import annotations

import os
import sys
from typing import Any

DATA_DIR_OPTION = "--data-dir"
DATA_DIR_ENV = "AIPIA_DATA_DIR"  # app.paths.DATA_DIR_ENV, which imports platformdirs


def gui_request(argv: list[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` only asks for the desktop app, and the data folder it names.

    Returns (False, None) for anything the command line must look at itself.
    """
    rest = list(argv)
    data_dir: str | None = None
    if rest and rest[0].startswith(DATA_DIR_OPTION + "="):
        data_dir = rest.pop(0).partition("=")[2]
    elif len(rest) >= 2 and rest[0] == DATA_DIR_OPTION:
        data_dir = rest[1]
        rest = rest[2:]
    if rest not in ([], ["gui"]):
        return False, None
    chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV)
    if chosen is not None and not _usable(chosen):
        return False, None  # click's own message, e.g. "Directory ... is a file."
    return True, chosen or None


def _usable(folder: str) -> bool:
    return bool(folder) and (os.path.isdir(folder) or not os.path.exists(folder))


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point (``aipia``)."""
    args = sys.argv[1:] if argv is None else list(argv)
    wanted, data_dir = gui_request(args)
    if wanted:
        from app.platform_check import gui_platform_problem

        if not gui_platform_problem():  # else the command line prints the problem
            from app.ui.app import main as run_app

            sys.exit(run_app(data_dir))
    from app.cli import main as cli_main

    return cli_main(args)
