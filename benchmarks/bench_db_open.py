"""What the database health checks and backups cost on a large database.

Builds a database of about ``--mb`` megabytes through the Store (answers with
their history, as real use makes them), then times, each the median of
``--runs`` runs, against a floor measured in the same run:

- open floor: a bare ``sqlite3.connect`` and one read of ``sqlite_master``;
- ``Store.open`` as the app does it (header, schema and, for a file over the
  limit, the integrity check of the small tables only), and ``Store.open``
  with the whole-file check forced (what a file under the limit gets);
- ``PRAGMA quick_check`` (before the first write of a session) and
  ``PRAGMA integrity_check`` (before the daily backup);
- copy floor: ``shutil.copyfile`` of the file plus fsync; a backup
  (``Store.write_backup``: integrity check, SQLite backup API, fsync, rotation)
  and the backup API copy alone.

    python benchmarks/bench_db_open.py [--mb 100] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.storage import Store, backups, health

BATCH = 1000  # answers per save: one transaction adds about 1 MB (answers and history)


def build(path: Path, megabytes: float) -> None:
    """Assessments whose answers are saved again and again, until the file is big enough."""
    with Store.open(path) as store:
        org = store.add_organization("Benchmark client")
        ids = [store.create_assessment(org.id, f"Assessment {i}",
                                       pack_id="p", pack_version="1.0.0", pack_hash="h",
                                       language="en").id
               for i in range(20)]
        round_ = 0
        while path.stat().st_size < megabytes * 1e6:
            answers = {f"q{k:04d}": ({"value": f"{round_}-" + "x" * (200 + k % 400)}, None)
                       for k in range(BATCH)}
            store.save_answers(ids[round_ % len(ids)], answers)
            round_ += 1


def timed(action: Callable[[], object], runs: int) -> float:
    """Median milliseconds of ``runs`` runs."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bare_open(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def store_open(path: Path, whole: bool) -> None:
    limit = health.FULL_CHECK_AT_OPEN_MAX_BYTES
    health.FULL_CHECK_AT_OPEN_MAX_BYTES = 2**62 if whole else limit
    try:
        Store.open(path).close()
    finally:
        health.FULL_CHECK_AT_OPEN_MAX_BYTES = limit


def pragma(path: Path, check: Callable[[sqlite3.Connection], str | None]) -> None:
    conn = sqlite3.connect(path)
    try:
        problem = check(conn)
    finally:
        conn.close()
    if problem:
        raise SystemExit(f"the benchmark database is damaged: {problem}")


def copy_floor(path: Path, target: Path) -> None:
    shutil.copyfile(path, target)
    backups.fsync_file(target)
    target.unlink()


def backup_api(path: Path, target: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        backups.copy_database(conn, target)
    finally:
        conn.close()
    target.unlink()


def store_backup(path: Path) -> None:
    with Store.open(path) as store:
        store.write_backup("manual")


def report(size: int, opens: dict[str, float], copies: dict[str, float]) -> None:
    print(f"database: {size / 1e6:.1f} MB (whole-file check at open up to "
          f"{health.FULL_CHECK_AT_OPEN_MAX_BYTES / 2**20:.0f} MiB)")
    floor = opens["bare sqlite3 open (floor)"]
    for label, ms in opens.items():
        print(f"  {label:<44} {ms:9.1f} ms  {ms / floor:7.1f}x")
    floor = copies["file copy + fsync (floor)"]
    for label, ms in copies.items():
        print(f"  {label:<44} {ms:9.1f} ms  {ms / floor:7.1f}x")


def measure(path: Path, runs: int) -> tuple[dict[str, float], dict[str, float]]:
    target = path.with_name("copy.db")
    opens = {
        "bare sqlite3 open (floor)": timed(lambda: bare_open(path), runs),
        "Store.open (as the app opens it)": timed(lambda: store_open(path, False), runs),
        "Store.open, whole-file integrity check": timed(lambda: store_open(path, True), runs),
        "PRAGMA quick_check (before 1st write)": timed(
            lambda: pragma(path, health.quick_check), runs),
        "PRAGMA integrity_check (before daily backup)": timed(
            lambda: pragma(path, health.integrity_check), runs),
    }
    copies = {
        "file copy + fsync (floor)": timed(lambda: copy_floor(path, target), runs),
        "SQLite backup API copy + fsync": timed(lambda: backup_api(path, target), runs),
        "Store.write_backup (check + copy + rotate)": timed(lambda: store_backup(path), runs),
    }
    return opens, copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100, help="database size (default 100)")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aipia-bench-") as tmp:
        path = Path(tmp) / "aipia.db"
        started = time.perf_counter()
        build(path, args.mb)
        print(f"built in {time.perf_counter() - started:.1f} s")
        opens, copies = measure(path, args.runs)
        report(os.path.getsize(path), opens, copies)


if __name__ == "__main__":
    main()
