"""Fixtures shared by every test: no test touches the real user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# No test asserts a wall-clock time: Hypothesis's per-example deadline (200 ms by default)
# would, and fails on a busy shared machine. Its example counts stay as they are.
settings.register_profile("aipia", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("aipia")

REPO_ROOT = Path(__file__).resolve().parent.parent

# Qt must never look for a real screen; set before any Qt import. The offscreen screen is
# a desktop's (1920x1200) rather than Qt's 800x800 default, on which the main window would
# start maximized (app/ui/window_size.py) and ignore the sizes the layout tests set.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={REPO_ROOT / 'tests' / 'fixtures' / 'offscreen-screen.json'}")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty data folder and a fake home."""
    data = tmp_path / "aipia-data"
    monkeypatch.setenv("AIPIA_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    yield data
