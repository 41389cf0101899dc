"""Counts at the joins (issue 11): checks per saved answer, reads per report, pack loads.

Counts, not times, so the numbers do not depend on how busy the machine is:

- one answer edited in the wizard and saved (the wizard's controller, as the
  desktop app does it, then flushed): how many times the answer was checked
  against its question (every call of the core check functions and of the
  store's shape check), and how many SQL statements ran;
- one report prepared (template filled in, no PDF layout) for the built-in
  demo assessment, with the app already holding it open: SQL statements that
  read (SELECT), the assessment record reads among them, catalog listings
  (the built-in pack folders or the installed-packs table read) and pack
  loads (parsing a pack folder).

Runs against whatever checkout it is in, so the same script gives the before
(older main) and after numbers:

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_joins.py
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORE_CHECKS = {"answer_from_json", "check_answer"}  # the core's check of an answer
STORE_GUARDS = {"encode_answers", "encode_answer"}  # the store's check of its shape
LOADS = {"load_pack", "require_pack"}


def profiled(task: Callable[[], Any]) -> Counter[tuple[str, str]]:
    """(file, function) -> calls, for functions of the app."""
    profile = cProfile.Profile()
    profile.runcall(task)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    calls: Counter[tuple[str, str]] = Counter()
    for (file, _line, name), (_cc, ncalls, *_rest) in stats.items():
        if "/app/" in file:
            calls[(file.split("/app/", 1)[1], name)] += ncalls
    return calls


def statements(store: Any) -> list[str]:
    """Every SQL statement the store's connection runs from now on."""
    ran: list[str] = []
    db = getattr(store, "_db", None) or store.db
    db.conn.set_trace_callback(ran.append)
    return ran


def demo(workspace: Any) -> int:
    try:
        from app.services.demo import import_demo
    except ImportError:  # before the facade: it lived with the reports
        from app.services.reporting import import_demo  # type: ignore[no-redef]
    return int(import_demo(workspace).id)


def save_counts(workspace: Any, assessment_id: int) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.core.answers import Answer
    from app.ui.wizard.controller import WizardController

    QCoreApplication.instance() or QCoreApplication([])
    opened = workspace.open(assessment_id)
    controller = WizardController(workspace, opened, "en")
    ran = statements(workspace.store)

    def one_save() -> None:
        controller.edit("system_purpose", Answer("Summarise consultation notes (edited)"))
        controller.flush()

    calls = profiled(one_save)
    core = {k: n for k, n in calls.items() if k[1] in CORE_CHECKS and k[0].startswith("core/")}
    guards = {k: n for k, n in calls.items() if k[1] in STORE_GUARDS}
    writes = [s for s in ran if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    print("one answer edited and saved through the wizard's controller:")
    for title, found in (("core checks of the answer", core), ("store shape guards", guards)):
        print(f"  {title}: {sum(found.values())}  "
              + ", ".join(f"{name} ({file}) x{n}" for (file, name), n in sorted(found.items())))
    print(f"  SQL statements: {len(ran)} ({len(writes)} writes)")


def report_counts(workspace: Any, assessment_id: int) -> None:
    from app.services import reporting

    workspace.open(assessment_id)  # the app has it open: whatever it caches is warm
    ran = statements(workspace.store)
    prepared: list[Any] = []
    calls = profiled(lambda: prepared.append(reporting.prepare_report(workspace, assessment_id)))
    if hasattr(reporting, "discard_report"):
        reporting.discard_report(prepared[0])
    else:  # before the render pool object
        from app.reports.pdf import release
        release(prepared[0].worker_key)
    reads = [s for s in ran if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    record_reads = [s for s in reads if "FROM assessments" in s and "WHERE" in s]
    loads = sum(n for (file, name), n in calls.items() if name in LOADS and "loader" in file)
    listings = sum(n for (file, name), n in calls.items()
                   if file == "packs/catalog.py" and name in ("_builtin", "_installed"))
    print("one report prepared (the demo assessment, already open):")
    print(f"  SQL reads: {len(reads)}, of them reads of the assessment record: "
          f"{len(record_reads)}")
    print(f"  catalog listings (built-in folders or installed packs read): {listings}")
    print(f"  pack loads (parsing a pack folder): {loads}")


def main() -> None:
    from app.services.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder, Workspace(Path(folder)) as workspace:
        assessment_id = demo(workspace)
        save_counts(workspace, assessment_id)
        report_counts(workspace, assessment_id)


if __name__ == "__main__":
    main()
