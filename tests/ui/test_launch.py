"""``aipia`` with no command opens the desktop app without the command line (issue 19).

Everything else still goes through click: a command, ``--help``, ``--version``,
a mistake, a data folder that is a file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import launch
from tests.conftest import REPO_ROOT

# The console script up to the window's first paint, with Qt's event loop stopped there.
FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
seen = []
class Paint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow) and not seen:
            seen.append(sorted(sys.modules))
            QApplication.instance().exit(0)
        return False
def run_until_painted(self=None):
    application = QApplication.instance()
    application.installEventFilter(Paint(application))
    return QApplication.exec_loop()
QApplication.exec_loop = QApplication.exec
QApplication.exec = run_until_painted
from app.launch import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(seen[0]))
"""


@pytest.mark.parametrize(("argv", "data_dir"), [
    ([], None), (["gui"], None), (["--data-dir", "d"], "d"), (["--data-dir=d"], "d"),
    (["--data-dir", "d", "gui"], "d"),
])
def test_the_arguments_of_the_desktop_app_open_it_directly(
        argv: list[str], data_dir: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(launch.DATA_DIR_ENV, raising=False)
    assert launch.gui_request(argv) == (True, data_dir)


@pytest.mark.parametrize("argv", [
    ["--help"], ["-h"], ["--version"], ["org", "list"], ["--data-dir"], ["gui", "x"],
    ["--data-dir", "d", "report", "1"], ["--data-dir="], ["--nonsense"],
])
def test_everything_else_goes_to_the_command_line(argv: list[str]) -> None:
    assert launch.gui_request(argv) == (False, None)


def test_a_data_folder_that_is_a_file_gets_the_command_lines_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert launch.gui_request(["--data-dir", str(a_file)]) == (False, None)
    monkeypatch.setenv(launch.DATA_DIR_ENV, str(a_file))
    assert launch.gui_request([]) == (False, None)
    with pytest.raises(SystemExit) as exited:
        launch.main([])
    assert exited.value.code == 2
    assert "is a file" in capsys.readouterr().err


def test_the_desktop_app_gets_the_data_folder_of_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.ui.app as ui_app

    started: list[Any] = []
    monkeypatch.setattr(ui_app, "main", lambda data_dir: started.append(data_dir) or 0)
    monkeypatch.setenv(launch.DATA_DIR_ENV, str(tmp_path))
    with pytest.raises(SystemExit) as exited:
        launch.main(["gui"])
    assert exited.value.code == 0 and started == [str(tmp_path)]


def test_version_still_answers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        launch.main(["--version"])
    assert exited.value.code == 0 and capsys.readouterr().out.startswith("aipia, version ")


@pytest.mark.slow
def test_the_window_is_painted_before_click_and_the_command_line_are_imported(
        tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT, "--data-dir",
                             str(tmp_path / "data")], cwd=REPO_ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "app.ui.main_window" in modules  # it got as far as the window
    # the list is built, and read, just after the first paint
    assert {"app.ui.home_view", "app.services.quick_listing"} & modules == set()
    assert {m for m in modules if m.split(".")[0] in ("click", "multiprocessing")
            or m.startswith("app.cli")} == set()


@pytest.mark.slow
def test_python_dash_m_app_is_the_aipia_command() -> None:
    done = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("aipia, version ")
