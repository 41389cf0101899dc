"""How fast hostile YAML is refused, against parsing a normal pack file of the same size class.

The tests in tests/core/test_yaml_guard.py check that every hostile input is refused
with the right message (and within a generous CPU-time budget); how fast is measured
here, in clock and CPU time, against a floor measured in the same run: parsing the
largest module of the demo pack (a normal file) with the same ``parse_yaml_bytes``.

    python benchmarks/bench_yaml_guard.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.loader.yaml_guard import YamlError, parse_yaml_bytes  # noqa: E402
from tests.core.test_yaml_guard import HOSTILE  # noqa: E402

DEMO = ROOT / "tests" / "fixtures" / "packs" / "demo-small"


def best(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The fastest of ``repeat`` runs: (clock seconds, CPU seconds)."""
    runs = []
    for _ in range(repeat):
        clock, cpu = time.perf_counter(), time.process_time()
        action()
        runs.append((time.perf_counter() - clock, time.process_time() - cpu))
    return min(runs)


def refuse(raw: bytes) -> None:
    try:
        parse_yaml_bytes(raw, "hostile.yaml")
    except YamlError:
        return
    raise AssertionError("a hostile input was accepted")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    normal = max(DEMO.glob("*.yaml"), key=lambda p: p.stat().st_size)
    data = normal.read_bytes()
    floor_clock, floor_cpu = best(lambda: parse_yaml_bytes(data, normal.name), args.repeat)
    print(f"floor: {normal.name} ({len(data) // 1024} KB) parses in {floor_clock * 1000:.1f} ms "
          f"({floor_cpu * 1000:.1f} ms CPU)")
    print(f"{'hostile input':<46}{'KB':>7}{'ms':>9}{'CPU ms':>9}{'x floor':>9}{'per byte':>10}")
    for name, case in HOSTILE.items():
        clock, cpu = best(lambda raw=case.raw: refuse(raw), args.repeat)
        per_byte = (clock / max(len(case.raw), 1)) / (floor_clock / len(data))
        print(f"{name:<46}{len(case.raw) / 1024:>7.0f}{clock * 1000:>9.1f}{cpu * 1000:>9.1f}"
              f"{clock / floor_clock:>9.2f}{per_byte:>10.2f}")
    print("x floor: clock time over the floor's; per byte: the same per byte of input "
          "(above 1: slower per byte than a normal file).")


if __name__ == "__main__":
    main()
