"""What the report pipeline costs on top of WeasyPrint, and how it grows with questions.

For the largest golden scenario (``questionnaires/*/scenarios/*.json``; the
test fixture assessment while none exists) and for generated assessments of
250, 500 and 1,000 questions, this times in the same run:

* ours: ``prepare_report`` + ``render_pdf`` end to end (database, context,
  template in the render process, WeasyPrint in the render process, temp file
  and rename), as the CLI and the desktop app run it;
* WeasyPrint alone on the same final HTML, in this (warm) process with
  WeasyPrint already imported, and in a fresh process (import included), with
  its default URL fetcher.

It prints the ratios and the peak resident memory of the render process.

Then the largest assessment the pack limits allow (tests/reports/largest.py:
20 tables of 500 rows, a 200,000-character text, 100 hostile fields), which the
report shortens: ours end to end against WeasyPrint alone on the same final
HTML in a fresh process, in clock and CPU time, with the peak memory of each
and how much of its CPU budget the render used.

    python benchmarks/bench_report.py [--sizes 250 500 1000] [--largest-only]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import paths  # noqa: E402
from app.core.loader import load_pack  # noqa: E402
from app.services.reporting import prepare_report, render_pdf  # noqa: E402
from app.services.transfer import import_assessment, read_import  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402

DEMO_SMALL = ROOT / "tests" / "fixtures" / "packs" / "demo-small"
FIXTURE = ROOT / "tests" / "fixtures" / "reports" / "demo-small-assessment.json"
PRESTART_WAIT = 5.0  # long enough for the started process to import WeasyPrint
SECTION_SIZE = 20
COLD_RUN = """
import resource, sys, time
started = time.perf_counter()
import weasyprint
html = open(sys.argv[1], encoding="utf-8").read()
weasyprint.HTML(string=html, base_url=sys.argv[2]).write_pdf(sys.argv[3])
usage = resource.getrusage(resource.RUSAGE_SELF)
print(time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""


@contextmanager
def builtin_packs(folder: Path) -> Iterator[None]:
    original = paths.questionnaires_dir
    paths.questionnaires_dir = lambda: folder  # type: ignore[assignment]
    try:
        yield
    finally:
        paths.questionnaires_dir = original  # type: ignore[assignment]


# generated assessments ----------------------------------------------------------------
def _question(i: int) -> dict[str, Any]:
    qid = f"q{i:04d}"
    label = {"en": f"Question {i}: is control {i} in place for the system described above?",
             "ko": f"질문 {i}: 위에서 설명한 시스템에 {i}번 통제가 적용되어 있습니까?"}
    kind = ["yes_no", "single_choice", "multiple_choice", "short_text", "long_text", "number",
            "date", "yes_no"][i % 8]
    question: dict[str, Any] = {"id": qid, "type": kind, "label": label}
    if kind == "yes_no":
        question["allow"] = ["partial", "unknown"]
    elif kind == "single_choice":
        question["choices"] = [{"id": c, "label": {"en": c.title(), "ko": c}}
                               for c in ("never", "sometimes", "always")]
        question["allow"] = ["unknown"]
    elif kind == "multiple_choice":
        question["choices_from"] = "data_categories"
    elif kind == "number":
        question.update(min=0, max=100000, unit={"en": "days", "ko": "일"})
    if i % 25 == 0:
        question = {"id": qid, "type": "table", "label": label, "columns": [
            {"id": "name", "type": "short_text", "label": {"en": "Name", "ko": "이름"}},
            {"id": "owner", "type": "short_text", "label": {"en": "Owner", "ko": "담당"}},
            {"id": "ok", "type": "yes_no", "label": {"en": "Checked", "ko": "확인"}}]}
    question["references"] = [{"source": "iso27001", "section": f"A.{i % 9}.{i % 7}"}]
    return question


def _answer(question: dict[str, Any], rng: random.Random) -> dict[str, Any] | None:
    roll = rng.random()
    if roll < 0.04:
        return None
    if roll < 0.08 and "unknown" in question.get("allow", ()):
        return {"state": "unknown"}
    kind = question["type"]
    values = {
        "yes_no": lambda: rng.choice(["yes", "no", "partial"]),
        "single_choice": lambda: rng.choice(["never", "sometimes", "always"]),
        "multiple_choice": lambda: rng.sample(["contact", "health", "financial", "free_text"], 2),
        "short_text": lambda: f"Answer text {rng.randint(1, 9999)}",
        "long_text": lambda: " ".join(["A longer free-text answer."] * rng.randint(2, 8)),
        "number": lambda: rng.randint(0, 5000),
        "date": lambda: f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "table": lambda: [{"name": f"Item {k}", "owner": "IT", "ok": "yes"} for k in range(4)],
    }
    return {"value": values[kind]()}


def generated_case(folder: Path, questions: int) -> tuple[Path, Path]:
    """A pack (demo-small plus ``questions`` generated ones) and a full export file for it."""
    pack_dir = folder / "packs" / "generated"
    shutil.copytree(DEMO_SMALL, pack_dir)
    bulk = [_question(i) for i in range(1, questions + 1)]
    sections = [
        {"id": f"s{n:03d}", "title": {"en": f"Controls, part {n + 1}", "ko": f"통제 {n + 1}부"},
         "questions": bulk[start:start + SECTION_SIZE]}
        for n, start in enumerate(range(0, questions, SECTION_SIZE))
    ]
    yes_no = [q["id"] for q in bulk if q["type"] == "yes_no"]
    risks = [
        {"id": f"r{n:03d}", "title": {"en": f"Generated risk {n}", "ko": f"생성된 위험 {n}"},
         "description": {"en": "A control is missing.", "ko": "통제가 없습니다."},
         "when": f"{qid} in ['no', 'unknown']", "likelihood": ["possible", "likely"][n % 2],
         "severity": "significant", "measures": ["fix_controls"]}
        for n, qid in enumerate(yes_no[: questions // 20])
    ]
    measure = {"id": "fix_controls", "priority": "should",
               "title": {"en": "Put the missing controls in place", "ko": "통제 적용"},
               "description": {"en": "Close every gap.", "ko": "미비점을 보완합니다."}}
    module = {"id": "bulk", "title": {"en": "Security controls", "ko": "보안 통제"},
              "sections": sections, "risks": risks, "measures": [measure]}
    (pack_dir / "bulk.yaml").write_text(json.dumps(module, ensure_ascii=False), encoding="utf-8")
    manifest = (pack_dir / "pack.yaml").read_text(encoding="utf-8")
    manifest = manifest.replace("id: org.aipia.test.demo-small", "id: org.aipia.bench.generated")
    manifest = manifest.replace("  - data_flows.yaml\n", "  - data_flows.yaml\n  - bulk.yaml\n")
    (pack_dir / "pack.yaml").write_text(manifest, encoding="utf-8")
    export = json.loads(FIXTURE.read_text(encoding="utf-8"))
    rng = random.Random(questions)
    for question in bulk:
        given = _answer(question, rng)
        if given is not None:
            export["answers"][question["id"]] = given
    loaded = load_pack(pack_dir)
    assert loaded.pack is not None, loaded.errors[:3]
    export["pack"] = {"id": loaded.pack.id, "version": "0.1.0", "hash": loaded.pack.content_hash}
    export["assessment"]["uuid"] = f"{questions:032x}"
    path = folder / f"generated-{questions}.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return folder / "packs", path


def largest_scenario(folder: Path) -> tuple[str, Path, Path]:
    scenarios = sorted(paths.questionnaires_dir().glob("*/scenarios/*.json"))
    if scenarios:
        biggest = max(scenarios, key=lambda p: len(read_import(p).answers))
        return biggest.name, paths.questionnaires_dir(), biggest
    packs = folder / "fixture-packs"
    shutil.copytree(DEMO_SMALL, packs / "demo-small")
    return "fixture (no scenario yet)", packs, FIXTURE


# timing -----------------------------------------------------------------------------
def weasyprint_warm(html: str, base_folder: str, out: Path) -> float:
    import weasyprint

    started = time.perf_counter()
    weasyprint.HTML(string=html, base_url=Path(base_folder).as_uri() + "/").write_pdf(out)
    return time.perf_counter() - started


def weasyprint_cold(html: str, base_folder: str, folder: Path) -> float:
    return weasyprint_fresh(html, base_folder, folder)[0]


def weasyprint_fresh(html: str, base_folder: str, folder: Path) -> tuple[float, float, float]:
    """WeasyPrint alone in a fresh process: clock seconds, CPU seconds, peak resident MB."""
    source = folder / "final.html"
    source.write_text(html, encoding="utf-8")
    started = time.perf_counter()
    base_url = Path(base_folder).as_uri() + "/"
    command = [sys.executable, "-c", COLD_RUN, str(source), base_url, str(folder / "cold.pdf")]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    _, cpu, peak = (float(x) for x in done.stdout.split())
    return time.perf_counter() - started, cpu, peak


def ours(ws: Workspace, assessment_id: int, out: Path) -> tuple[float, float, Any, Any]:
    started = time.perf_counter()
    prepared = prepare_report(ws, assessment_id)
    prepare_s = time.perf_counter() - started
    result = render_pdf(prepared, out)  # the limits a user gets
    return prepare_s, time.perf_counter() - started, prepared, result


def measure(name: str, packs: Path, export: Path, folder: Path) -> dict[str, Any]:
    with builtin_packs(packs), Workspace(folder / "data") as ws:
        assessment = import_assessment(ws, export, as_copy=True)
        questions = len(ws.catalog.get(assessment.pack_id, assessment.pack_version).questions)
        prepare_s, total, prepared, result = ours(ws, assessment.id, folder / "ours.pdf")
        ws.prestart_render()  # a render process started ahead, as the app can
        time.sleep(PRESTART_WAIT)
        _, total_prestarted, _, _ = ours(ws, assessment.id, folder / "ours-prestarted.pdf")
    warm = weasyprint_warm(prepared.html, prepared.base_folder, folder / "warm.pdf")
    cold = weasyprint_cold(prepared.html, prepared.base_folder, folder)
    return {"name": name, "questions": questions, "pages": result.pages, "prepare": prepare_s,
            "ours": total, "prestarted": total_prestarted, "warm": warm, "cold": cold,
            "memory": result.peak_memory_mb}


def report(rows: list[dict[str, Any]]) -> None:
    print(f"{'case':<26}{'quest.':>7}{'pages':>6}{'prep s':>7}{'ours s':>8}{'pre s':>7}"
          f"{'WP warm':>8}{'WP cold':>8}{'ours/warm':>10}{'ours/cold':>10}{'pre/warm':>9}"
          f"{'peak MB':>8}")
    for r in rows:
        print(f"{r['name']:<26}{r['questions']:>7}{r['pages']:>6}{r['prepare']:>7.2f}"
              f"{r['ours']:>8.2f}{r['prestarted']:>7.2f}{r['warm']:>8.2f}{r['cold']:>8.2f}"
              f"{r['ours'] / r['warm']:>10.2f}{r['ours'] / r['cold']:>10.2f}"
              f"{r['prestarted'] / r['warm']:>9.2f}{r['memory']:>8.0f}")
    print("ours: prepare_report + render_pdf; pre: the same with a render process started "
          "ahead (Workspace.prestart_render); WP warm: WeasyPrint in this process, already "
          "imported; WP cold: WeasyPrint in a fresh process, import included.")
    generated = [r for r in rows if r["name"].startswith("generated")]
    for small, big in itertools.pairwise(generated):
        growth = (big["ours"] / small["ours"]) / (big["questions"] / small["questions"])
        print(f"growth {small['questions']} -> {big['questions']} questions: time x"
              f"{big['ours'] / small['ours']:.2f} for x{big['questions'] / small['questions']:.2f} "
              f"questions (1.00 = linear, {growth:.2f} here)")


# the largest assessment the pack limits allow -----------------------------------------
def measure_largest(folder: Path) -> dict[str, Any]:
    from app.reports.limits import cpu_budget
    from tests.reports import largest

    packs = folder / "packs"
    packs.mkdir(parents=True)
    loaded = load_pack(largest.make_pack(packs))
    assert loaded.pack is not None, loaded.errors[:3]
    export = largest.make_export(folder, loaded.pack.content_hash)
    with builtin_packs(packs), Workspace(folder / "data") as ws:
        assessment = import_assessment(ws, export)
        _, total, prepared, result = ours(ws, assessment.id, folder / "largest.pdf")
    wall, cpu, peak = weasyprint_fresh(prepared.html, prepared.base_folder, folder)
    return {"pages": result.pages, "html_kb": len(prepared.html.encode()) / 1024,
            "ours": total, "ours_cpu": result.cpu_seconds, "ours_peak": result.peak_memory_mb,
            "wp": wall, "wp_cpu": cpu, "wp_peak": peak,
            "budget": cpu_budget(len(prepared.html.encode()))}


def report_largest(r: dict[str, Any]) -> None:
    print(f"largest allowed assessment: {r['pages']} pages, {r['html_kb']:.0f} KB of HTML")
    print(f"  ours:           {r['ours']:7.1f} s clock, {r['ours_cpu']:6.1f} s CPU (layout), "
          f"peak {r['ours_peak']:5.0f} MB")
    print(f"  WeasyPrint alone: {r['wp']:5.1f} s clock, {r['wp_cpu']:6.1f} s CPU (with import), "
          f"peak {r['wp_peak']:5.0f} MB")
    print(f"  ours/WeasyPrint: clock x{r['ours'] / r['wp']:.2f}, "
          f"CPU x{r['ours_cpu'] / r['wp_cpu']:.2f}, "
          f"memory x{r['ours_peak'] / r['wp_peak']:.2f}; CPU budget {r['budget']:.0f} s "
          f"(x{r['budget'] / r['ours_cpu']:.1f} what it used), memory limit 2048 MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[250, 500, 1000])
    parser.add_argument("--largest-only", action="store_true",
                        help="Only the largest assessment the pack limits allow.")
    args = parser.parse_args()
    import weasyprint  # noqa: F401 - the warm baseline must not pay the import

    rows = []
    with tempfile.TemporaryDirectory(prefix="aipia-bench-") as temp:
        base = Path(temp)
        largest_row = measure_largest(base / "largest")
        print("... largest allowed assessment done", file=sys.stderr)
        if args.largest_only:
            report_largest(largest_row)
            return
        name, packs, scenario = largest_scenario(base)
        rows.append(measure(name[:25], packs, scenario, base / "scenario"))
        for size in args.sizes:
            folder = base / f"gen-{size}"
            folder.mkdir()
            packs, export = generated_case(folder, size)
            rows.append(measure(f"generated {size}", packs, export, folder))
            print(f"... {size} questions done", file=sys.stderr)
    report(rows)
    report_largest(largest_row)


if __name__ == "__main__":
    main()
