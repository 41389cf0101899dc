"""The desktop app on a big assessment: does it answer within 100 ms? (issue 19)

A 1,000-question pack (benchmarks/bench_pack_load.py's, its tables allowed 500
rows) installed as the built-in pack, and an assessment on it with every yes/no
question answered "no" (so its risks are raised) and one table of 500 rows. In
the real main window, each of these is timed from the call until the events it
posted are processed (layout and paint included):

page switch     the wizard going to another section (first visit: the page is built,
                its idle-time preparation stopped; later visit: shown again)
live answer     a yes/no answer changed in the wizard (checked, applied, risks flagged)
risks refresh   the Risks tab shown after an answer changed (the register recomputed)

Each is the median of --runs, next to a floor measured in the same run, the
runs alternated: an empty QWidget shown and its events processed. Wall time
(what the user waits for) and the GUI thread's CPU time (which other programs
on a busy machine disturb far less); offscreen unless a display is set.

    python benchmarks/bench_responsive.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness import ROOT, gui_environment

sys.path.insert(0, str(ROOT))

AIM_MS = 100.0
TABLE_ROWS = 500
PACK_ID = "org.aipia.bench.large"


def big_pack(packs: Path) -> Path:
    """The 1,000-question pack, its tables allowed TABLE_ROWS rows."""
    from bench_pack_load import generate

    folder = packs / "large"
    folder.mkdir(parents=True)
    for path in generate(folder):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("max_rows: 50", f"max_rows: {TABLE_ROWS}"), encoding="utf-8")
    return packs


def seed(window: Any) -> int:
    """The assessment: yes/no questions answered 'no', the first table TABLE_ROWS rows."""
    from app.core.answers.model import Answer

    workspace = window.context.workspace
    record = workspace.new_assessment("Bench", "Big", pack_id=PACK_ID, language="en")
    opened = workspace.open(record.id)
    questions = opened.pack.questions
    for qid, question in questions.items():
        if question.type == "yes_no":
            workspace.save_answer(opened, qid, Answer("no"))
    table = next(qid for qid, q in questions.items() if q.type == "table")
    rows = [{"name": f"Row {i}", "ok": "no", "size": i, "kind": "a"} for i in range(TABLE_ROWS)]
    workspace.save_answer(opened, table, Answer(rows))
    return record.id


CPU_MS: dict[str, list[float]] = {}  # row -> CPU milliseconds of this thread, per run


def timed(action: Callable[[], object], row: str | None = None) -> float:
    """Milliseconds from the call until the events it posted are processed.

    With ``row``, the CPU time this (the GUI) thread spent on it is kept in CPU_MS.
    """
    from PySide6.QtWidgets import QApplication

    started, cpu = time.perf_counter(), time.thread_time()
    action()
    QApplication.processEvents()
    if row is not None:
        CPU_MS.setdefault(row, []).append((time.thread_time() - cpu) * 1000)
    return (time.perf_counter() - started) * 1000


def floor_task() -> float:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    widget.resize(200, 100)
    elapsed = timed(widget.show, "floor")
    widget.close()
    widget.deleteLater()
    return elapsed


def measure(runs: int, folder: Path) -> dict[str, tuple[float, float]]:
    from PySide6.QtWidgets import QApplication

    from app import paths
    from app.core.answers.model import Answer
    from app.ui.app import build_main_window, create_application

    packs = big_pack(folder / "packs")
    paths.questionnaires_dir = lambda: packs  # type: ignore[assignment]
    create_application()
    window = build_main_window(folder / "data")
    window.show()
    assessment_id = seed(window)
    window.open_assessment(assessment_id)
    view = window.assessment
    controller = view.controller
    sections = list(controller.pack.sections)
    yes_no = next(q for q, x in controller.pack.questions.items() if x.type == "yes_no")
    view.wizard._prebuild.stop()  # pages built on first visit: the slow case, and no idle work
    QApplication.processEvents()  # left to disturb the other rows
    samples: dict[str, list[float]] = {name: [] for name in
                                       ("page switch, first visit", "page switch, later visit",
                                        "live answer (wizard)", "risks refresh", "floor")}
    for run in range(runs):
        first, other = sections[2 + run], sections[1]
        samples["page switch, first visit"].append(
            timed(lambda s=first: controller.go_to(s), "page switch, first visit"))
        timed(lambda s=other: controller.go_to(s))
        samples["page switch, later visit"].append(
            timed(lambda s=first: controller.go_to(s), "page switch, later visit"))
        value = "yes" if run % 2 == 0 else "no"
        samples["live answer (wizard)"].append(
            timed(lambda v=value: controller.edit(yes_no, Answer(v)), "live answer (wizard)"))
        controller.flush()  # the save a moment later, outside the timed rows
        samples["risks refresh"].append(
            timed(lambda: view.tabs.setCurrentWidget(view.risks), "risks refresh"))
        timed(lambda: view.tabs.setCurrentWidget(view.wizard))
        samples["floor"].append(floor_task())
    controller.flush()
    window.close()
    window.context.close()
    medians = {name: statistics.median(values) for name, values in samples.items()}
    floor = medians.pop("floor")
    return {name: (value, floor) for name, value in medians.items()}


def main() -> int:
    os.environ.update(gui_environment())
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per row (median; default 7)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aipia-bench-responsive-") as temp:
        results = measure(args.runs, Path(temp))
    cpu = {name: statistics.median(values) for name, values in CPU_MS.items()}
    print(f"\n{'what':<30}{'wall ms':>9}{'floor ms':>10}{'ratio':>9}  under {AIM_MS:g} ms"
          f"{'CPU ms':>9}{'floor':>7}  under {AIM_MS:g} ms")
    for name, (value, floor) in results.items():
        print(f"{name:<30}{value:>9.1f}{floor:>10.1f}{value / floor:>8.1f}x  "
              f"{'yes' if value <= AIM_MS else 'NO':<14}{cpu[name]:>7.1f}{cpu['floor']:>7.1f}  "
              f"{'yes' if cpu[name] <= AIM_MS else 'NO'}")
    print(f"floor: an empty QWidget shown and its events processed; medians of {args.runs} runs "
          f"(1,000 questions, a {TABLE_ROWS}-row table); wall time, and the CPU time of the "
          "GUI thread (what a busy machine disturbs less)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
