"""How checking and answering grow with the size of a pack (they must grow linearly).

For packs of 1,000, 2,000, 5,000 and 10,000 yes/no questions (``tests/core/bigpacks.py``):

- ``validate misspelt``: ``load_pack`` on a pack where 1 question in 10 has a
  ``show_if`` naming a misspelt id (1,000 "did you mean" errors at 10,000);
- ``validate chain``: ``load_pack`` on a pack where each question is shown only
  when the next one is answered 'yes' (a chain as long as the pack);
- ``validate dead chain``: the same chain ending in ``show_if: false``, so the
  loader finds that no question can ever be shown;
- ``session open`` / ``session answer``: a ``Session`` over the chain pack with
  every question answered 'yes', then one answer that flips the whole chain
  (the last question to 'no' and back), with the live visibility update;
- ``workspace open`` / ``workspace answer``: the same through the services
  layer (``Workspace`` with a real SQLite ``Store`` in a temporary folder):
  opening the assessment (pack already loaded), and ``save_answer`` (commit
  plus live update).

Each time is the best of N runs in CPU time of this process (the machine is
shared; wall time swings with other work), next to a floor measured in the same
run: parsing the same pack files with ``yaml.load(..., CSafeLoader)``, which
grows linearly. The last columns give each case's growth per 10x more
questions (about 10x is linear; 100x would be quadratic) and its ratio to the
floor. The wall time of one workspace answer (which waits for the disk) is
printed too.

    python benchmarks/bench_scaling.py [--runs 3] [--sizes 1000,2000,5000,10000]
                                       [--cases validate,session,workspace]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.answers import Answer
from app.core.loader import load_pack
from app.core.pack import Pack
from app.core.session import Session
from app.services.workspace import Workspace
from tests.core.bigpacks import generate

Timings = dict[str, float]
WALL = "workspace answer (wall)"


def best(runs: int, task: Callable[[], object], wall: bool = False) -> float:
    """The least CPU time (or wall time) ``task`` took over ``runs`` runs."""
    clock = time.perf_counter if wall else time.process_time
    times = []
    for _ in range(runs):
        start = clock()
        task()
        times.append(clock() - start)
    return min(times)


def floor(files: list[Path]) -> None:
    for path in files:
        with path.open("rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)


def last_id(pack: Pack) -> str:
    return list(pack.questions)[-1]


def flip(answer: Callable[[str], object]) -> Callable[[], None]:
    """Answer the last question 'no' then 'yes' again: each flips the whole chain."""
    def task() -> None:
        answer("no")
        answer("yes")
    return task


def session_cases(pack: Pack, runs: int) -> Timings:
    answers = {qid: Answer("yes") for qid in pack.questions}

    def open_session() -> Session:
        session = Session(pack, answers)
        session.progress()
        return session

    session = open_session()
    qid = last_id(pack)
    changed = session.set_answer(qid, Answer("no"))
    assert len(changed) == len(pack.questions) - 1, "the chain did not flip"
    session.set_answer(qid, Answer("yes"))
    return {
        "session open": best(runs, open_session),
        "session answer": best(runs, flip(lambda v: session.set_answer(qid, Answer(v)))) / 2,
    }


def workspace_cases(folder: Path, data: Path, runs: int) -> Timings:
    with Workspace(data) as ws:
        installed = ws.install_folder(folder)
        assert installed.ok, installed.diagnostics[:3]
        created = ws.new_assessment("Bench", "Scaling", "org.aipia.bench.scaling")
        pack = ws.catalog.get("org.aipia.bench.scaling")
        ws.store.save_answers(created.id, {q: ({"value": "yes"}, None) for q in pack.questions})
        opened = ws.open(created.id)
        qid = last_id(pack)

        def save(value: str) -> None:
            ws.save_answer(opened, qid, Answer(value))

        return {
            "workspace open": best(runs, lambda: ws.open(created.id)),
            "workspace answer": best(runs, flip(save)) / 2,
            WALL: best(runs, flip(save), wall=True) / 2,
        }


def validate_cases(root: Path, size: int, runs: int) -> Timings:
    folders = {shape: root / shape for shape in ("misspelt", "chain", "dead-chain")}
    for shape, folder in folders.items():
        generate(folder, size, shape)
    assert len(load_pack(folders["misspelt"]).errors) == size // 10
    assert len(load_pack(folders["dead-chain"]).warnings) >= size
    return {
        "validate misspelt": best(runs, lambda: load_pack(folders["misspelt"])),
        "validate chain": best(runs, lambda: load_pack(folders["chain"])),
        "validate dead chain": best(runs, lambda: load_pack(folders["dead-chain"])),
    }


def measure(size: int, runs: int, cases: set[str]) -> Timings:
    with tempfile.TemporaryDirectory(prefix="aipia-bench-") as tmp:
        root = Path(tmp)
        chain = root / "data-chain"
        files = generate(chain, size, "chain")
        times = {"floor: CSafeLoader": best(runs, lambda: floor(files))}
        if "validate" in cases:
            times |= validate_cases(root, size, runs)
        if "session" in cases:
            result = load_pack(chain)
            assert result.pack is not None, result.errors[:3]
            times |= session_cases(result.pack, runs)
        if "workspace" in cases:
            times |= workspace_cases(chain, root / "data", runs)
    return times


def growth(small: float, large: float, factor: float) -> float:
    """The ratio per 10x more questions, from two sizes ``factor`` apart."""
    return (large / small) ** (1 / math.log10(factor)) if small > 0 else float("nan")


def report(sizes: list[int], results: dict[int, Timings]) -> None:
    cases = [case for case in results[sizes[0]] if case != WALL]
    first, last = sizes[0], sizes[-1]
    print(f"{'case':<20}" + "".join(f"{n:>12,}" for n in sizes)
          + f"   per 10x   / floor at {first:,} and {last:,}")
    base = "floor: CSafeLoader"
    for case in cases:
        row = "".join(f"{results[n][case] * 1000:>10.1f}ms" for n in sizes)
        per10 = growth(results[first][case], results[last][case], last / first)
        ratios = [results[n][case] / results[n][base] for n in (first, last)]
        print(f"{case:<20}{row}   {per10:6.1f}x   {ratios[0]:6.2f}x {ratios[1]:6.2f}x")
    if WALL in results[first]:
        walls = ", ".join(f"{results[n][WALL] * 1000:.1f} ms" for n in sizes)
        print(f"{WALL}: {walls}")
    print("CPU time, best of the runs. per 10x: growth for 10x more questions (about 10x is")
    print("linear, 100x quadratic). / floor: over the CSafeLoader parse of the same files, at")
    print("the smallest and the largest size (the same ratio at both: it grows like the floor).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="rounds; the best is kept (default 3)")
    parser.add_argument("--sizes", default="1000,2000,5000,10000",
                        help="question counts, comma-separated")
    parser.add_argument("--cases", default="validate,session,workspace",
                        help="which groups of cases, comma-separated")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    cases = set(args.cases.split(","))
    results = {}
    for size in sizes:
        results[size] = measure(size, args.runs, cases)
        print(f"{size:,} questions measured", file=sys.stderr)
    report(sizes, results)


if __name__ == "__main__":
    main()
