"""The assessment list is usable before its progress and risk columns are worked out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core import loader
from app.packs import catalog as catalog_module
from app.services.workspace import Workspace

WAITING = "…"


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The pack folders loaded in full, in order."""
    seen: list[Path] = []

    def counted(folder: Path) -> loader.LoadResult:
        seen.append(Path(folder))
        return loader.load_pack(folder)

    monkeypatch.setattr(catalog_module, "load_pack", counted)
    return seen


@pytest.fixture
def start(isolated_data_dir: Path, loads: list[Path]) -> Iterator[Callable[[], Any]]:
    """Three assessments on the one built-in pack; the main window opens on them when called.

    Called in the test itself: pytest-qt runs the event loop between a fixture and the test.
    """
    from app.ui.app import build_main_window

    with Workspace(isolated_data_dir) as workspace:
        for title in ("Chatbot", "Summariser", "Router"):
            workspace.new_assessment("Hanbit", title, language="en")
    loads.clear()
    windows: list[Any] = []

    def opened() -> Any:
        windows.append(build_main_window(isolated_data_dir))  # opens the data folder at once
        return windows[-1]

    yield opened
    for window in windows:
        window.close()
        window.context.close()


def cells(window: Any, column: int) -> list[str]:
    table = window.home.table
    return [table.topLevelItem(r).text(column) for r in range(table.topLevelItemCount())]


def test_rows_are_there_and_selectable_before_any_pack_is_loaded(
        start: Callable[[], Any], loads: list[Path]) -> None:
    started = start()
    assert sorted(cells(started, 1)) == ["Chatbot", "Router", "Summariser"]
    assert cells(started, 3) == [WAITING] * 3  # progress comes later
    assert started.home.selected_id() is not None and started.home.open_button.isEnabled()
    assert loads == []


def test_summaries_fill_in_one_row_at_a_time_loading_the_pack_once(
        qtbot: Any, start: Callable[[], Any], loads: list[Path]) -> None:
    started = start()
    assert started.home._fill_next_summary()
    assert cells(started, 3).count(WAITING) == 2
    qtbot.waitUntil(started.home.summaries_done)
    assert all(cell.startswith("0% (0/") for cell in cells(started, 3))
    assert len(loads) == 1  # the pack the three share, once


def test_a_new_filter_drops_the_summaries_still_to_come(qtbot: Any,
                                                        start: Callable[[], Any]) -> None:
    started = start()
    qtbot.keyClicks(started.home.search, "Route")
    qtbot.waitUntil(started.home.summaries_done)
    assert cells(started, 1) == ["Router"] and cells(started, 3)[0].startswith("0%")
    assert started.home._pending == []
