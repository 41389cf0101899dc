"""The window is shown before anything the list does not need is imported (issue 19).

Up to its first paint the desktop app imports Qt and its own window code, and no
pack, storage, report or pydantic model code: those load in the start-up thread
(with the pack models built there) once the window is on screen. Up to the
assessment list's rows (read with the standard library's sqlite3), still none of
them, nor click or the command line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SHOWN_MODULES = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from app.ui.app import build_main_window, create_application
from app.ui.startup_loading import ModuleLoader
ModuleLoader.start = lambda self: None  # the start-up thread, held back
application = create_application()
window = build_main_window(sys.argv[1], deferred=True)  # as `aipia` starts
window.show()
application.processEvents()  # the first paint, before the start-up thread has run
shown = sorted(sys.modules)
print(json.dumps([window.isVisible(), shown]))
"""
# As far as the assessment list's rows (read straight from the database), the workspace held back.
LISTED_WINDOW = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from app.ui.app import build_main_window, create_application
from app.ui.startup_loading import ModuleLoader
ModuleLoader.start = lambda self: None  # the workspace's imports, held back
application = create_application()
window = build_main_window(sys.argv[1], deferred=True)
window.show()
for _ in range(2000):
    application.processEvents()
    if window.list_is_ready:
        break
    time.sleep(0.005)
rows = window.home.table.topLevelItemCount()
print(json.dumps([window.list_is_ready, rows, sorted(sys.modules)]))
"""
HEAVY = ("app.storage", "app.packs", "app.reports", "app.services.workspace",
         "app.core.model", "app.core.loader", "pydantic", "sqlite_utils", "weasyprint")


@pytest.mark.slow
def test_the_window_is_shown_before_packs_storage_and_models_are_imported(
        tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", SHOWN_MODULES, str(tmp_path / "data")],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    visible, modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert visible and "app.ui.main_window" in modules
    assert {name for name in modules if name.startswith(HEAVY)} == set()


def test_the_start_up_thread_builds_the_pack_models(qtbot: object, tmp_path: Path) -> None:
    from app.core.model import Module
    from app.ui.startup_loading import ModuleLoader

    prepared: list[bool] = []
    loader = ModuleLoader(("app.core.model",), prepare=lambda: prepared.append(True))
    with qtbot.waitSignal(loader.loaded, timeout=10_000):  # type: ignore[attr-defined]
        loader.start()
    assert prepared == [True]
    from app.ui.main_window import _build_pack_models

    _build_pack_models()
    assert Module.__pydantic_complete__


@pytest.mark.slow
def test_the_list_is_there_before_storage_click_and_models_are_imported(tmp_path: Path) -> None:
    seed = ("import sys\nfrom app.services.workspace import Workspace\n"
            "with Workspace(sys.argv[1]) as ws:\n"
            "    ws.new_assessment('한빛', '채용 평가')\n")
    subprocess.run([sys.executable, "-c", seed, str(tmp_path / "data")], cwd=REPO_ROOT,
                   check=True, timeout=120)
    result = subprocess.run([sys.executable, "-c", LISTED_WINDOW, str(tmp_path / "data")],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    listed, count, modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert listed and count == 1
    assert {name for name in modules if name.startswith((*HEAVY, "click", "app.cli"))} == set()
