"""What the benchmark scripts share: alternated runs, medians, CPU time of child processes.

The machine the benchmarks run on is shared and busy, so every row is a
ratio against a floor measured in the same run, the two alternated round by
round, and each the median of several rounds. Where a row is about CPU time
it is the user + system time of the measured process (``getrusage`` of the
finished child, or ``time.process_time`` inside it), which other programs
on the machine disturb far less than the wall clock.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

try:
    import resource
except ImportError:  # Windows: no getrusage; the CPU rows fall back to the wall clock
    resource = None  # type: ignore[assignment]

CPU_OF_CHILDREN = resource is not None
CLOCK_NOTE = "CPU s (user+sys)" if CPU_OF_CHILDREN else "wall s (no getrusage here)"


def medians(runs: int, *tasks: Callable[[], float]) -> list[float]:
    """Run each task ``runs`` times, alternated round by round; the median of each.

    Each task returns the seconds it measured itself.
    """
    samples: list[list[float]] = [[] for _ in tasks]
    for _ in range(runs):
        for index, task in enumerate(tasks):
            samples[index].append(task())
    return [statistics.median(values) for values in samples]


def child_cpu(command: Sequence[str], env: Mapping[str, str] | None = None,
              cwd: Path = ROOT, timeout: float = 300) -> float:
    """CPU seconds (user + system) a child process used from start to exit.

    Raises ``RuntimeError`` with the child's output when it fails.
    """
    before = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(list(command), cwd=cwd, env=dict(env) if env else None,
                            capture_output=True, text=True, timeout=timeout, check=False)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n"
                           f"{result.stdout[-1500:]}{result.stderr[-1500:]}")
    return _children_cpu() - before if CPU_OF_CHILDREN else wall


def _children_cpu() -> float:
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def seconds_until_lines(command: Sequence[str], markers: Sequence[str],
                        env: Mapping[str, str], cwd: Path = ROOT,
                        timeout: float = 120) -> list[float]:
    """Wall seconds from launching ``command`` until it printed a line starting with each marker."""
    return [wall for wall, _cpu in until_lines(command, markers, env, cwd, timeout)]


CPU_NOTE = re.compile(r"\(CPU (\d+(?:\.\d+)?) s\)")


def until_lines(command: Sequence[str], markers: Sequence[str], env: Mapping[str, str],
                cwd: Path = ROOT, timeout: float = 120) -> list[tuple[float, float | None]]:
    """For each marker: the wall seconds until ``command`` printed a line starting with it,
    and the CPU seconds the line itself reports as ``(CPU 0.123 s)`` (None if it does not).
    """
    started = time.perf_counter()
    process = subprocess.Popen(list(command), cwd=cwd, env=dict(env), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8",
                               errors="replace")
    seen: dict[str, tuple[float, float | None]] = {}
    assert process.stdout is not None and process.stderr is not None
    for line in process.stdout:
        for marker in markers:
            if line.startswith(marker) and marker not in seen:
                cpu = CPU_NOTE.search(line)
                seen[marker] = (time.perf_counter() - started,
                                float(cpu.group(1)) if cpu else None)
    stderr = process.stderr.read()
    process.wait(timeout=timeout)
    missing = [marker for marker in markers if marker not in seen]
    if missing or process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode} without "
                           f"printing {missing}:\n{stderr[-2000:]}")
    return [seen[marker] for marker in markers]


def gui_environment() -> dict[str, str]:
    """This environment, offscreen unless a display is set (e.g. under xvfb-run)."""
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def folder_mib(folder: Path) -> float:
    """Size of the files under ``folder`` (symbolic links not followed nor counted), in MiB."""
    total = sum(path.stat().st_size for path in folder.rglob("*")
                if path.is_file() and not path.is_symlink())
    return total / 2**20


def python_command(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


def installed_bytecode() -> None:
    """Compile the app's modules to ``__pycache__``, as ``pip install`` and the frozen build
    leave them: a process started with PYTHONDONTWRITEBYTECODE=1 (as on some CI machines)
    would otherwise compile every module on every start, a cost no user pays twice."""
    import compileall

    for folder in ("app", "packaging"):
        compileall.compile_dir(ROOT / folder, quiet=1)

