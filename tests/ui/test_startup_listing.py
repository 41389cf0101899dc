"""The assessment list appears before the workspace is open (issue 19), and works as before.

The rows are read straight from the database after the first paint; the
workspace (storage, pydantic, packs) is imported after them. Opening a row
before it is ready waits for it (a wait cursor), then opens that row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.workspace import Workspace

TITLES = ["고객 상담 챗봇", "Chatbot for support", "채용 평가 AI"]  # newest change first


def seed(folder: Path) -> dict[str, int]:
    with Workspace(folder) as ws:
        ids = {"채용 평가 AI": ws.new_assessment("한빛 주식회사", "채용 평가 AI").id,
               "Chatbot for support": ws.new_assessment("Acme Ltd", "Chatbot for support").id,
               "고객 상담 챗봇": ws.new_assessment("한빛 주식회사", "고객 상담 챗봇").id}
        ws.set_status(ws.new_assessment("Acme Ltd", "Old pilot").id, "archived")
    return ids


@pytest.fixture
def held_window(qtbot: Any, isolated_data_dir: Path) -> Callable[[], Any]:
    """Start the window as ``aipia`` does, with the workspace's loading held back."""
    from app.ui.app import build_main_window

    def start() -> Any:
        window = build_main_window(isolated_data_dir, deferred=True)
        qtbot.addWidget(window)
        started: list[Callable[[], None]] = []
        window.release_workspace = window._loader.start  # the real one, for the test to call
        window._loader.start = lambda: started.append(window.release_workspace)
        window.loads_started = started
        window.show()
        return window

    return start


@pytest.fixture
def listed(qtbot: Any, isolated_data_dir: Path,
           held_window: Callable[[], Any]) -> Iterator[tuple[Any, dict[str, int]]]:
    """The window over seeded data, its early rows in, the workspace held back."""
    ids = seed(isolated_data_dir)
    window = held_window()
    qtbot.waitUntil(lambda: window.list_is_ready, timeout=10_000)
    yield window, ids
    window.context.close()


def rows(window: Any) -> list[list[str]]:
    table = window.home.table
    return [[table.topLevelItem(r).text(c) for c in range(6)]
            for r in range(table.topLevelItemCount())]


def test_the_rows_are_there_before_the_workspace(
        qtbot: Any, listed: tuple[Any, dict[str, int]]) -> None:
    window, _ids = listed
    assert not window.context.is_ready
    assert [row[1] for row in rows(window)] == TITLES
    assert [row[2] for row in rows(window)] == ["Draft"] * 3
    assert {row[3] for row in rows(window)} == {"…"}  # progress comes with the workspace
    assert window.home.table.currentItem().text(1) == TITLES[0]
    assert window.menu_actions.open.isEnabled() and window.home.open_button.isEnabled()
    assert not window.menu_actions.new.isEnabled()  # creating needs the workspace
    clients = [window.home.clients.item(r).text() for r in range(window.home.clients.count())]
    assert clients == ["All clients", "Acme Ltd", "한빛 주식회사"]
    qtbot.waitUntil(lambda: len(window.loads_started) == 1)  # asked for after the rows


def test_search_and_filters_work_on_the_early_list(listed: tuple[Any, dict[str, int]]) -> None:
    window, _ids = listed
    window.home.search.setText("한빛")
    assert [row[1] for row in rows(window)] == ["고객 상담 챗봇", "채용 평가 AI"]
    window.home.search.clear()
    window.home.status_filter.setCurrentIndex(window.home.status_filter.findData("archived"))
    assert [row[1:3] for row in rows(window)] == [["Old pilot", "Archived"]]


def test_the_workspace_takes_over_with_the_same_rows_and_their_progress(
        qtbot: Any, listed: tuple[Any, dict[str, int]]) -> None:
    window, _ids = listed
    early = [row[:3] + row[5:] for row in rows(window)]
    window.release_workspace()
    qtbot.waitUntil(lambda: window.context.is_ready and window.home.summaries_done(),
                    timeout=20_000)
    assert [row[:3] + row[5:] for row in rows(window)] == early
    assert all(row[3].startswith("0% (0/") for row in rows(window))
    assert window.menu_actions.new.isEnabled()


def test_opening_a_row_before_the_workspace_is_ready_opens_it_once_it_is(
        qtbot: Any, listed: tuple[Any, dict[str, int]]) -> None:
    window, ids = listed
    table = window.home.table
    table.setCurrentItem(table.topLevelItem(1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # as a user opens a row
    assert window.assessment is None
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    window.release_workspace()
    qtbot.waitUntil(lambda: window.assessment is not None, timeout=20_000)
    assert window.assessment.assessment_id == ids["Chatbot for support"]
    assert QApplication.overrideCursor() is None
    window.close_assessment()


def test_without_a_database_the_list_waits_for_the_workspace(
        qtbot: Any, isolated_data_dir: Path, held_window: Callable[[], Any]) -> None:
    window = held_window()
    qtbot.waitUntil(lambda: len(window.loads_started) == 1, timeout=10_000)
    assert not window.list_is_ready
    assert window.home.empty.text() == "Opening your data…"
    window.release_workspace()
    qtbot.waitUntil(lambda: window.list_is_ready, timeout=20_000)
    assert window.context.is_ready
    assert window.home.empty.text().startswith("No assessments yet.")
    window.context.close()


def test_an_early_listing_that_stops_reading_gives_way_to_the_workspace(
        qtbot: Any, listed: tuple[Any, dict[str, int]]) -> None:
    window, _ids = listed
    window.context._quick._conn.close()  # e.g. SQLite finds a damaged page on the next read
    window.home.search.setText("한빛")
    assert window.home.empty.isVisible() and not window.home.table.isVisible()
    assert window.home.empty.text() == "Opening your data…"
    window.release_workspace()
    qtbot.waitUntil(lambda: window.context.is_ready, timeout=20_000)
    assert [row[1] for row in rows(window)] == ["고객 상담 챗봇", "채용 평가 AI"]
