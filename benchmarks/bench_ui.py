"""Desktop app speed: cold start against a bare QMainWindow, and opening a 40-question section.

1. Cold start: a fresh Python process per run, from launch until the main
   window is shown (the first event-loop turn after ``show()``), against a
   bare PySide6 ``QMainWindow`` started the same way in the same run; runs
   alternate so both see the same machine. Aim: ratio under 2.
2. Section switch: a pack with a 40-question section (every question type);
   the time from asking the wizard for that section until the page is laid
   out, first visit (the page is built) and later visits. Aim: under 50 ms.

    python benchmarks/bench_ui.py [--runs 7]

Uses ``QT_QPA_PLATFORM=offscreen`` unless a display is set (e.g. under xvfb-run).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHOWN, READY = "SHOWN", "READY"
# Both report the first paint of their window, on the same event-loop turn.
ON_PAINT = f"""
import time
from PySide6.QtCore import QEvent, QObject

class OnPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print(f"{SHOWN} (CPU {{time.process_time():.3f}} s)", flush=True)
        return False
"""
BARE = ON_PAINT + f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 780)
painted = OnPaint()
window.installEventFilter(painted)
window.show()
def finish():
    if getattr(painted, "seen", False):
        print("{READY}", flush=True)
        app.quit()
poll = QTimer()
poll.timeout.connect(finish)
poll.start(0)
app.exec()
"""
# As ``aipia`` starts (app.ui.app.main): the window first, then the data folder.
APP = ON_PAINT + f"""
import sys
from app.ui.app import build_main_window, create_application
app = create_application()
window = build_main_window(sys.argv[1], deferred=True)
painted = OnPaint()
window.installEventFilter(painted)
window.context.ready.connect(lambda: (print("{READY}", flush=True), app.quit()))
window.show()
app.exec()
window.context.close()
"""
TYPES = ["yes_no", "single_choice", "multiple_choice", "short_text", "long_text", "number",
         "date", "table"]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def time_start(code: str, *args: str) -> tuple[float, float]:
    """Seconds from launching the process until its window is painted, and until it is ready."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=environment(),
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    seen: dict[str, float] = {}
    for line in process.stdout:
        seen.setdefault(line.strip(), time.perf_counter() - started)
    process.wait(timeout=60)
    if SHOWN not in seen or READY not in seen:
        raise RuntimeError(f"the process exited with {process.returncode}: {sorted(seen)}")
    return seen[SHOWN], max(seen[READY], seen[SHOWN])


def bench_cold_start(runs: int, data_dir: Path) -> tuple[float, float, float]:
    """(bare window painted, our window painted, our assessment list ready), medians."""
    time_start(APP, str(data_dir))  # creates the database: later runs are ordinary starts
    time_start(BARE)
    bare, shown, ready = [], [], []
    for _ in range(runs):
        bare.append(time_start(BARE)[0])
        ours = time_start(APP, str(data_dir))
        shown.append(ours[0])
        ready.append(ours[1])
    return statistics.median(bare), statistics.median(shown), statistics.median(ready)


# section switch -------------------------------------------------------------------------
def question_yaml(index: int) -> str:
    kind = TYPES[index % len(TYPES)]
    lines = [f"      - id: big_q{index}", f"        type: {kind}",
             f"        label: {{en: Question {index} of the big section?, ko: 질문 {index}}}",
             "        help: {en: Some guidance., ko: 안내.}"]
    if kind in ("single_choice", "multiple_choice"):
        lines.append("        choices:")
        for choice in range(5):
            lines.append(f"          - {{id: c{choice}, label: {{en: Choice {choice}, "
                         f"ko: 선택 {choice}}}}}")
    if kind == "table":
        lines.append("        columns:")
        lines.append("          - {id: name, type: short_text, label: {en: Name, ko: 이름}}")
        lines.append("          - {id: when, type: date, label: {en: Date, ko: 날짜}}")
    if index % 5 == 4:  # conditional questions, shown until the first one is answered "no"
        lines.append("        show_if: not answered(big_q0) or big_q0 == 'yes'")
    return "\n".join(lines)


def big_pack(folder: Path) -> Path:
    """The test fixture pack plus one module with a 40-question section."""
    pack = folder / "big"
    shutil.copytree(ROOT / "tests" / "fixtures" / "packs" / "demo-small", pack)
    questions = "\n".join(question_yaml(i) for i in range(40))
    (pack / "big.yaml").write_text(
        "id: big\ntitle: {en: Big module, ko: 큰 모듈}\nsections:\n"
        "  - id: big_section\n    title: {en: Forty questions, ko: 질문 40개}\n"
        f"    questions:\n{questions}\n", encoding="utf-8")
    manifest = (pack / "pack.yaml").read_text(encoding="utf-8")
    manifest = manifest.replace("  - data_flows.yaml\n", "  - data_flows.yaml\n  - big.yaml\n")
    (pack / "pack.yaml").write_text(manifest, encoding="utf-8")
    return folder


def switch_time(window: Any, section: str) -> float:
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    window.assessment.controller.go_to(section)
    QApplication.processEvents()  # layout and paint of the new page
    return time.perf_counter() - started


def bench_section_switch(runs: int, folder: Path) -> tuple[float, float, float]:
    """(first visit once pages are prepared, first visit built on demand, later visits)."""
    from PySide6.QtWidgets import QApplication

    from app import paths
    from app.ui.app import build_main_window, create_application

    packs = big_pack(folder / "packs")
    paths.questionnaires_dir = lambda: packs  # type: ignore[assignment]
    create_application()
    window = build_main_window(folder / "data")
    window.show()
    record = window.context.workspace.new_assessment("Bench", "Forty", language="en")
    prepared, on_demand, later = [], [], []
    for _ in range(runs):
        for samples, wait in ((prepared, True), (on_demand, False)):
            window.context.store.update_assessment(record.id, current_section="organisation")
            window.open_assessment(record.id)
            wizard = window.assessment.wizard
            if wait:  # the user reads the first page while the others are prepared
                while not wizard.prebuilt():
                    QApplication.processEvents()
            else:
                wizard._prebuild.stop()
            QApplication.processEvents()
            samples.append(switch_time(window, "big_section"))
            switch_time(window, "organisation")
            later.append(switch_time(window, "big_section"))
            window.close_assessment()
    window.context.close()
    return statistics.median(prepared), statistics.median(on_demand), statistics.median(later)


def main() -> int:
    os.environ.update(environment())
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aipia-bench-") as temp:
        folder = Path(temp)
        bare, shown, ready = bench_cold_start(args.runs, folder / "start")
        print(f"cold start to main window shown: app {shown * 1000:.0f} ms, "
              f"bare QMainWindow {bare * 1000:.0f} ms, ratio {shown / bare:.2f} (aim < 2)")
        print(f"cold start until the assessment list is ready: {ready * 1000:.0f} ms, "
              f"ratio {ready / bare:.2f}")
        prepared, on_demand, later = bench_section_switch(args.runs, folder)
        print(f"switch to a 40-question section: {prepared * 1000:.1f} ms once prepared in "
              f"idle time (aim < 50 ms); {on_demand * 1000:.1f} ms if built on demand; "
              f"{later * 1000:.1f} ms on later visits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
