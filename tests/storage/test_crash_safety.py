"""A process killed at any moment loses no acknowledged answer (SIGKILL, no cleanup)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage import Store

REPO_ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from pathlib import Path
from app.storage import Store

store = Store.open(Path(sys.argv[1]))
org = store.add_organization("Crash Test")
assessment = store.create_assessment(org.id, "Crash", pack_id="p", pack_version="1",
                                     pack_hash="h", language="en")
print(assessment.id, flush=True)
i = 0
while True:
    question = f"q{i % 150}"
    store.save_answer(assessment.id, question, {"value": i, "pad": "x" * (i % 300)})
    print(question, i, flush=True)
    i += 1
"""


def start_writer(db_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def read_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.wait()
        assert proc.stderr is not None
        pytest.fail(f"writer exited early: {proc.stderr.read()}")
    return line


@pytest.mark.slow
@pytest.mark.parametrize("acknowledged", [1, 200, 1000])
def test_kill_during_saves_keeps_every_acknowledged_answer(
    tmp_path: Path, acknowledged: int
) -> None:
    db_path = tmp_path / "aipia.db"
    proc = start_writer(db_path)
    try:
        assessment_id = int(read_line(proc))
        latest: dict[str, int] = {}
        for _ in range(acknowledged):
            question, number = read_line(proc).split()
            latest[question] = int(number)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Store.open(db_path) as store:
        stored = store.get_answers(assessment_id)
        history = store.answer_history(assessment_id)
    for question, acked in latest.items():
        # The kill may land after a later save committed but before it was printed.
        assert stored[question].value["value"] >= acked
    acknowledged_values = {entry.value["value"] for entry in history if entry.value}
    assert set(range(acknowledged)) <= acknowledged_values
