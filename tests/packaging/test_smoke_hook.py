"""The smoke hook of the frozen app's entry reports "shown", then "ready", then exits 0.

"Ready" means the assessment list's rows are there: with one assessment in the data
folder, the window reports it after its first paint and closes itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SEED = ("import sys\nfrom app.services.workspace import Workspace\n"
        "with Workspace(sys.argv[1]) as ws:\n    ws.new_assessment('한빛', '채용 평가')\n")


@pytest.mark.slow
def test_the_hook_reports_the_first_paint_then_the_list_and_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-c", SEED, str(data)], cwd=REPO_ROOT, check=True,
                   timeout=120)
    env = os.environ | {"AIPIA_SMOKE_QUIT_WHEN_READY": "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(REPO_ROOT / "packaging" / "aipia_entry.py"),
                           "--data-dir", str(data)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert [line.split(" after ")[0] for line in lines] == [
        "AIPIA smoke: main window shown", "AIPIA smoke: main window ready"]
    assert all("(CPU " in line for line in lines)
