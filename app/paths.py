"""Where AIPIA finds its bundled files and keeps the user's data.

Bundled files (built-in packs, report templates, fonts, keys) live next to the
``app`` package in a source checkout, and under ``sys._MEIPASS`` in a
PyInstaller build. User data lives in one folder: the ``--data-dir`` option,
else the ``AIPIA_DATA_DIR`` environment variable, else the platform's user data
dir (platformdirs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "AIPIA"
DATA_DIR_ENV = "AIPIA_DATA_DIR"
DATABASE_NAME = "aipia.db"


def bundle_root() -> Path:
    """The folder that holds ``questionnaires/``, ``report_templates/`` and ``resources/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def questionnaires_dir() -> Path:
    return bundle_root() / "questionnaires"


def report_templates_dir() -> Path:
    return bundle_root() / "report_templates"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user data folder, created if needed.

    Args:
        override: a folder given on the command line; wins over the environment.
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / DATABASE_NAME
