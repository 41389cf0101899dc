"""Fixtures for the desktop app tests: the fixture pack as built-in, windows, captured URLs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices

from app import paths
from tests.conftest import REPO_ROOT

FIXTURE_PACKS = REPO_ROOT / "tests" / "fixtures" / "packs"
DEMO_PACK = FIXTURE_PACKS / "demo-small"


# The offscreen platform plugin (tests only) says this whenever a window is shown.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def fixture_pack_as_builtin(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app sees the frozen demo-small pack as its only built-in pack."""
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: FIXTURE_PACKS)
    return FIXTURE_PACKS


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No test opens a real browser, file manager or PDF viewer; the URLs are recorded."""
    opened: list[str] = []

    def record(url: Any) -> bool:
        opened.append(url.toLocalFile() or url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return opened


@pytest.fixture
def make_window(qtbot: Any, isolated_data_dir: Path) -> Iterator[Callable[..., Any]]:
    """Start the main window on the test's data folder, as ``aipia`` does (shown)."""
    from app.ui.app import build_main_window

    windows: list[Any] = []

    def start(data_dir: Path | None = None) -> Any:
        window = build_main_window(data_dir or isolated_data_dir)  # closed below, not by qtbot
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield start
    from PySide6.QtWidgets import QMessageBox

    for window in windows:
        with pytest.MonkeyPatch.context() as patch:  # a test may leave unsaveable text behind
            patch.setattr(QMessageBox, "warning",
                          staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
            window.close()
        window.context.close()


@pytest.fixture
def window(make_window: Callable[..., Any]) -> Any:
    return make_window()


@pytest.fixture
def opened(window: Any) -> Any:
    """The window with a new, empty English assessment open (the demo-small pack)."""
    record = window.context.workspace.new_assessment("Hanbit", "Bot", language="en")
    window.home.reload()
    window.open_assessment(record.id)
    return window
