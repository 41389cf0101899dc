"""The PySide6 6.12 reference-count work-around: applied where needed, and it holds."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.ui.qt_workarounds import affected
from tests.conftest import REPO_ROOT

MANY_CALLS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from app.ui.app import create_application
from PySide6.QtWidgets import QLabel
application = create_application()
label = QLabel()
for _ in range(60_000):  # each call of a void method used to lose a reference to None
    label.setText("x")
    label.setVisible(False)
print("done")
"""


@pytest.mark.parametrize(("pyside", "python", "expected"), [
    ("6.12.0", (3, 11), True), ("6.12.1", (3, 11), True), ("6.11.3", (3, 11), False),
    ("6.12.0", (3, 12), False), ("6.12.0", (3, 13), False),
])
def test_which_versions_need_it(pyside: str, python: tuple[int, int], expected: bool) -> None:
    assert affected(pyside, python) is expected


@pytest.mark.slow
def test_a_long_session_of_void_calls_does_not_abort_python() -> None:
    result = subprocess.run([sys.executable, "-c", MANY_CALLS], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
