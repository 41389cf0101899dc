"""How long one autosave takes, against the cost of a bare durable SQLite commit.

Saves N answers one by one through ``Store.save_answer`` (each its own
transaction: upsert, history row, assessment bump, COMMIT with
``synchronous=FULL``), then runs N bare ``sqlite3`` single-row INSERT + COMMIT
statements on a database with the same PRAGMAs, alternating the two so both
see the same disk conditions. The ratio is our overhead over the floor the
disk imposes.

    python benchmarks/bench_answer_saves.py [--n 10000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.storage import Store

QUESTIONS = 250  # a large pack; later saves overwrite earlier answers, as in real use


def answer(i: int) -> dict[str, object]:
    return {"value": ["yes", "no", "partly"][i % 3], "comment": "x" * (i % 200)}


def open_floor(folder: Path) -> sqlite3.Connection:
    """A bare sqlite3 database with the same PRAGMAs as the Store's."""
    conn = sqlite3.connect(folder / "floor.db")
    conn.execute("PRAGMA journal_mode = WAL")
    for pragma in ("foreign_keys = ON", "synchronous = FULL", "busy_timeout = 5000"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, question TEXT, value TEXT)")
    conn.commit()
    return conn


def measure(folder: Path, count: int) -> tuple[list[float], list[float]]:
    """Alternate one save and one bare insert, so both see the same disk conditions."""
    ours, floor = [], []
    conn = open_floor(folder)
    with Store.open(folder / "aipia.db") as store:
        org = store.add_organization("Benchmark Org")
        assessment = store.create_assessment(org.id, "Bench",
                                             pack_id="p", pack_version="1", pack_hash="h",
                                             language="en")
        for i in range(count):
            value = answer(i)
            start = time.perf_counter_ns()
            store.save_answer(assessment.id, f"q{i % QUESTIONS}", value, None)
            middle = time.perf_counter_ns()
            conn.execute("INSERT INTO t (question, value) VALUES (?, ?)", (f"q{i}", str(value)))
            conn.commit()
            end = time.perf_counter_ns()
            ours.append((middle - start) / 1e6)
            floor.append((end - middle) / 1e6)
    conn.close()
    return ours, floor


def percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": max(samples)}


def report(count: int, ours: dict[str, float], floor: dict[str, float]) -> None:
    print(f"{count} saves, ms per save (synchronous=FULL, WAL)")
    print(f"{'':>5} {'save_answer':>12} {'bare INSERT':>12} {'ratio':>7}")
    for key in ours:
        print(f"{key:>5} {ours[key]:>12.3f} {floor[key]:>12.3f} {ours[key] / floor[key]:>6.2f}x")
    verdict = "meets" if ours["p99"] < 10 else "MISSES"
    print(f"p99 {ours['p99']:.3f} ms {verdict} the 10 ms aim")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="saves to time (default 10000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aipia-bench-") as tmp:
        ours, floor = measure(Path(tmp), args.n)
    report(args.n, percentiles(ours), percentiles(floor))


if __name__ == "__main__":
    main()
