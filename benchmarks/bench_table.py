"""Speed a user feels (issue 19): every row a ratio against its floor measured in the same run.

    python benchmarks/bench_table.py [--runs 5] [--skip report gui ...] [--frozen]

Rows (ours and floor alternated round by round; each the median of --runs):

report   45-page Korean demo report, WeasyPrint layout + write, CPU time of
         the render step in a fresh process, against the same text as plain
         paragraphs in the same fonts (benchmarks/report_floor.py; needs
         pdftotext from poppler-utils); and against WeasyPrint alone on the
         same HTML (what the app's PDF step adds around it).
cli      ``aipia --version`` and ``aipia --help``, CPU time of the whole
         process, against ``python -c "import click"``.
gui      desktop app cold start until the main window is shown and until the
         assessment list is ready (its rows selectable and openable; progress
         and risk fill in after), each as wall clock (what the user waits for)
         and as the CPU time the process reports at that moment,
         against a bare PySide6 QMainWindow shown; through the app's real
         entry (packaging/aipia_entry.py, its AIPIA_SMOKE_QUIT_WHEN_READY hook),
         offscreen unless DISPLAY is set.
pack     loading + validating a 1,000-question pack (CPU time, in this
         process) against parsing the same files with yaml's CSafeLoader.
size     the frozen one-folder build, dist/aipia (build it first:
         ``python scripts/smoke_frozen.py``); no floor.

--frozen adds the cli and gui rows for the built program dist/aipia/aipia.
The app's modules are compiled to bytecode first, as an install leaves them.
CPU times are user + system seconds (getrusage of the finished child, or
time.process_time inside it); on Windows, which has no getrusage, the cli
rows fall back to the wall clock and say so.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from harness import (
    CLOCK_NOTE,
    ROOT,
    child_cpu,
    folder_mib,
    gui_environment,
    installed_bytecode,
    medians,
    python_command,
    until_lines,
)

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

DIST = ROOT / "dist" / "aipia"
FROZEN = DIST / ("aipia.exe" if sys.platform == "win32" else "aipia")
ROWS = ("report", "cli", "gui", "pack", "size")


@dataclass(frozen=True)
class Row:
    what: str
    clock: str
    ours: float
    floor: float | None  # None: no floor (the build size)
    floor_what: str
    aim: float  # at most this ratio (or this size, without a floor)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if self.floor is None else self.ours / self.floor

    def verdict(self) -> str:
        value = self.ours if self.ratio is None else self.ratio
        return "meets" if value <= self.aim else "MISSES"


# report ------------------------------------------------------------------------------------
def report_rows(runs: int) -> list[Row]:
    import report_floor

    row = report_floor.measure(runs)
    what = f"{row.pages}-page Korean demo report, layout + write"
    return [Row(what, "CPU s", row.ours, row.floor,
                f"same text as plain paragraphs ({row.floor_pages} pages)", 1.5),
            Row(f"{what} (vs WeasyPrint alone)", "CPU s", row.ours, row.alone,
                "WeasyPrint alone on the same HTML (bare write_pdf)", 1.1)]


# cli ---------------------------------------------------------------------------------------
CLICK_FLOOR = 'import click'
CLI_MAIN = "import sys; from app.cli import main; sys.exit(main())"  # the console script


def cli_rows(runs: int, program: list[str] | None = None, label: str = "aipia") -> list[Row]:
    command = program or python_command(CLI_MAIN)
    floor_command = python_command(CLICK_FLOOR)
    rows = []
    for argument in ("--version", "--help"):
        ours, floor = medians(runs, lambda a=argument: child_cpu([*command, a]),
                              lambda: child_cpu(floor_command))
        rows.append(Row(f"`{label} {argument}`", CLOCK_NOTE, ours, floor,
                        'python -c "import click"', 2.0))
    return rows


# gui ---------------------------------------------------------------------------------------
ENTRY = """
import sys
sys.path.insert(0, sys.argv[1])
sys.argv = ["aipia", *sys.argv[2:]]
import aipia_entry
aipia_entry.main()
"""
UI_ALONE = """
import sys
sys.path.insert(0, sys.argv[1])
import aipia_entry
aipia_entry.install_smoke_hook()
from app.ui.app import main
sys.exit(main(sys.argv[2]))
"""


def gui_rows(runs: int, program: list[str] | None = None, label: str = "`aipia`") -> list[Row]:
    """Cold starts of ``program`` (the app's entry script) and, from source, of app.ui alone.

    Each is timed twice: the wall clock (what the user waits for), and the CPU time
    the process reports having used when it printed the line (all its threads; far
    less disturbed by a busy machine).
    """
    from aipia_entry import SHOWN_LINE, SMOKE_ENV, SMOKE_LINE
    from bench_ui import BARE, SHOWN

    env = gui_environment() | {SMOKE_ENV: "1"}
    markers = [SHOWN_LINE, SMOKE_LINE]
    with tempfile.TemporaryDirectory(prefix="aipia-bench-gui-") as temp:
        data = Path(temp) / "data"
        seed_data_folder(data)
        # the entry module imported, not run as a script: Python never caches a script's
        # bytecode, while the installed console script and the frozen build run it compiled
        entry = program or python_command(ENTRY, str(ROOT / "packaging"))
        starts = {label: [*entry, "--data-dir", str(data)]}
        if program is None:  # the desktop app without the command line in front of it
            starts["app.ui.app.main alone"] = python_command(UI_ALONE, str(ROOT / "packaging"),
                                                             str(data))
        for command in starts.values():  # the first start writes its settings
            until_lines(command, markers, env)
        samples: dict[str, list[list[float]]] = {}  # name -> one list per measure

        def start(name: str) -> float:
            (shown, shown_cpu), (ready, ready_cpu) = until_lines(starts[name], markers, env)
            for index, value in enumerate((shown, shown_cpu or 0.0, ready, ready_cpu or 0.0)):
                samples.setdefault(name, [[], [], [], []])[index].append(value)
            return ready

        def bare() -> float:
            ((shown, cpu),) = until_lines(python_command(BARE), [SHOWN], gui_environment())
            samples.setdefault("bare", [[], []])[1].append(cpu or 0.0)
            samples["bare"][0].append(shown)
            return shown

        medians(runs, *(lambda n=name: start(n) for name in starts), bare)
    floor_wall, floor_cpu = (statistics.median(values) for values in samples["bare"])
    floor_what = "bare PySide6 QMainWindow shown"
    rows = []
    for name in starts:
        shown, shown_cpu, ready, ready_cpu = (statistics.median(v) for v in samples[name])
        rows += [Row(f"GUI {name}: main window shown", "wall s", shown, floor_wall,
                     floor_what, 1.3),
                 Row(f"GUI {name}: main window shown", "CPU s (process)", shown_cpu, floor_cpu,
                     floor_what, 1.3),
                 Row(f"GUI {name}: assessment list ready", "wall s", ready, floor_wall,
                     floor_what, 2.0),
                 Row(f"GUI {name}: assessment list ready", "CPU s (process)", ready_cpu,
                     floor_cpu, floor_what, 2.0)]
    return rows


def seed_data_folder(folder: Path) -> None:
    """A data folder with the demo assessment in it, so the list has something to show."""
    from app.services.demo import import_demo
    from app.services.workspace import Workspace

    with Workspace(folder) as ws:
        import_demo(ws)


# pack --------------------------------------------------------------------------------------
def pack_rows(runs: int) -> list[Row]:
    import time

    from bench_pack_load import floor, generate

    from app.core.loader import load_pack

    def cpu(task: Callable[[], object]) -> float:
        started = time.process_time()
        task()
        return time.process_time() - started

    with tempfile.TemporaryDirectory(prefix="aipia-bench-pack-") as temp:
        folder = Path(temp)
        files = generate(folder)
        if load_pack(folder).pack is None:
            raise RuntimeError("the generated 1,000-question pack does not load")
        ours, bare = medians(runs, lambda: cpu(lambda: load_pack(folder)),
                             lambda: cpu(lambda: floor(files)))
    return [Row("pack load + validate, 1,000 questions", "CPU s", ours, bare,
                "yaml CSafeLoader parse of the same files", 1.5)]


# size --------------------------------------------------------------------------------------
def size_rows(_runs: int) -> list[Row]:
    if not FROZEN.is_file():
        print(f"size: no {FROZEN}; build it with 'python scripts/smoke_frozen.py'",
              file=sys.stderr)
        return []
    return [Row("frozen one-folder build (dist/aipia)", "MiB", folder_mib(DIST), None, "—", 150)]


# the table ---------------------------------------------------------------------------------
def print_table(rows: list[Row], runs: int) -> None:
    print(f"\n{'what':<54}{'clock':<18}{'ours':>9}{'floor':>9}{'ratio':>8}{'aim':>8}  verdict")
    for row in rows:
        floor = "—" if row.floor is None else f"{row.floor:.3f}"
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}x"
        aim = f"<={row.aim:g}" if row.floor is None else f"<={row.aim:g}x"
        print(f"{row.what:<54}{row.clock:<18}{row.ours:>9.3f}{floor:>9}{ratio:>8}{aim:>8}  "
              f"{row.verdict()}")
    print("\nfloors:")
    for row in rows:
        if row.floor is not None:
            print(f"  {row.what}: {row.floor_what}")
    print(f"each value is the median of {runs} runs, ours and floor alternated")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per row (median; default 5)")
    parser.add_argument("--skip", nargs="*", default=[], choices=ROWS, help="rows to leave out")
    parser.add_argument("--frozen", action="store_true",
                        help="also time the built dist/aipia/aipia (cli and gui rows)")
    args = parser.parse_args()
    measures: dict[str, Callable[[int], list[Row]]] = {
        "report": report_rows, "cli": cli_rows, "gui": gui_rows, "pack": pack_rows,
        "size": size_rows}
    installed_bytecode()
    rows: list[Row] = []
    for name in ROWS:
        if name not in args.skip:
            print(f"... {name}", file=sys.stderr, flush=True)
            rows += measures[name](args.runs)
    if args.frozen and FROZEN.is_file():
        rows += cli_rows(args.runs, [str(FROZEN)], "frozen aipia")
        rows += gui_rows(args.runs, [str(FROZEN)], "frozen aipia")
    print_table(rows, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
