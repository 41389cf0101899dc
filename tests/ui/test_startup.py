"""Start-up: no WeasyPrint, headless CLI help, ``aipia`` and ``aipia gui`` open the window."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PySide6.QtWidgets import QApplication

from app.cli import cli
from tests.conftest import REPO_ROOT

START_AND_LIST_MODULES = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from app.ui.app import build_main_window, create_application
application = create_application()
window = build_main_window(sys.argv[1], deferred=True)  # as `aipia` starts
window.context.ready.connect(lambda: QTimer.singleShot(0, application.quit))
QTimer.singleShot(20_000, application.quit)
window.show()
application.exec()
window.home._fill_summaries()
print(json.dumps([window.context.is_ready, sorted(sys.modules)]))
window.context.close()
"""


@pytest.mark.slow
def test_starting_the_app_does_not_import_weasyprint(tmp_path: Path) -> None:
    workspace_dir = tmp_path / "data"
    result = subprocess.run([sys.executable, "-c", START_AND_LIST_MODULES, str(workspace_dir)],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    ready, names = json.loads(result.stdout.strip().splitlines()[-1])
    modules = set(names)
    assert ready and "app.services.workspace" in modules  # it did start and open the data
    assert not {m for m in modules if m.split(".")[0] == "weasyprint"}
    assert "app.services.reporting" not in modules and "app.reports.pdf" not in modules


def test_help_still_prints_help_and_lists_the_gui_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "gui" in result.output


@pytest.mark.slow
def test_help_does_not_import_qt() -> None:
    code = ("import sys; from app.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('QT' if 'PySide6' in sys.modules else 'NOQT')")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.stdout.strip().endswith("NOQT"), result.stdout + result.stderr


@pytest.mark.parametrize("args", [[], ["gui"]])
def test_aipia_without_a_command_and_aipia_gui_open_the_window(
        args: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import app.ui.app as ui_app

    started: list[Any] = []
    monkeypatch.setattr(ui_app, "main", lambda data_dir: started.append(data_dir) or 0)
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), *args])
    assert result.exit_code == 0, result.output
    assert started == [str(tmp_path)]


def test_the_window_shows_before_the_data_folder_is_opened(qtbot: Any, tmp_path: Path) -> None:
    from app.ui.app import build_main_window

    window = build_main_window(tmp_path / "data", deferred=True)
    qtbot.addWidget(window)
    assert not window.context.is_ready
    assert window.home.empty.text() == "Opening your data…"
    assert not window.menu_actions.new.isEnabled()
    window.show()
    with qtbot.waitSignal(window.context.ready, timeout=10_000):
        pass
    assert window.menu_actions.new.isEnabled()
    assert window.home.empty.text().startswith("No assessments yet.")
    window.context.close()


def test_a_data_folder_that_cannot_be_opened_is_explained(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui.app import build_main_window

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "aipia.db").write_bytes(b"this is not a database" * 100)
    window = build_main_window(folder, deferred=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith("AIPIA could not open its data folder")
    assert not window.context_was_ready
    window.context.close()


def test_the_application_carries_the_icon_and_desktop_name(qapp: QApplication) -> None:
    from app.ui.app import configure

    qapp.setProperty("aipia_configured", False)
    configure(qapp)
    assert qapp.desktopFileName() == "aipia"
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert {16, 32, 256} <= sizes


def test_the_assessment_open_at_quit_is_opened_again(make_window: Any) -> None:
    window = make_window()
    first = window.context.workspace.new_assessment("Hanbit", "Notes", language="en")
    second = window.context.workspace.new_assessment("Hanbit", "Chatbot", language="en")
    window.home.reload()
    window.open_assessment(second.id)
    window.close()  # quitting with the assessment open
    window.context.close()
    again = make_window()
    assert again.assessment is not None and again.assessment.assessment_id == second.id

    again.close_assessment()  # back to the list, then quit: the list comes back
    again.close()
    again.context.close()
    third = make_window()
    assert third.assessment is None
    third.context.workspace.store.delete_assessment(first.id)
    third.open_assessment(second.id)
    # gone since: no error, just the list
    third.context.workspace.store.delete_assessment(second.id)
    third.close()
    third.context.close()
    assert make_window().assessment is None
