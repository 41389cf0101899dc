"""How long loading a large pack takes, against reading its YAML with libyaml alone.

Generates a pack of 1,000 questions (10 modules x 5 sections x 20 questions,
every question type including tables and shared choice lists, with show_if,
required and constraint expressions) and 100 risks with likelihood rules, then
times ``load_pack`` (guarded YAML, schema validation, cross-checks, expression
compiling) against the floor measured in the same run: reading and parsing the
same files with ``yaml.load(f, Loader=yaml.CSafeLoader)`` and nothing else.
Each is the best of N runs, alternated so both see the same machine state.

    python benchmarks/bench_pack_load.py [--runs 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.loader import load_pack

MODULES = 10
SECTIONS = 5
PER_SECTION = 20
RISKS_PER_MODULE = 10
MEASURES_PER_MODULE = 5
AIM = 3.0

MANIFEST = """\
format: 1
id: org.aipia.bench.large
version: 1.0.0
title: {en: Benchmark pack, ko: 벤치마크 팩}
description: {en: A generated pack of a thousand questions., ko: 천 개 문항의 생성된 팩.}
publisher: {name: {en: Benchmarks, ko: 벤치마크}}
licence: CC0-1.0
published: 2026-01-01
languages: [en, ko]
default_language: en
modules: [MODULES]
choice_lists:
  categories:
CATEGORIES
risk_matrix:
  likelihood:
    - {id: remote, label: {en: Remote, ko: 희박}}
    - {id: possible, label: {en: Possible, ko: 가능}}
    - {id: likely, label: {en: Likely, ko: 높음}}
  severity:
    - {id: limited, label: {en: Limited, ko: 제한적}}
    - {id: significant, label: {en: Significant, ko: 중대}}
    - {id: severe, label: {en: Severe, ko: 심각}}
  levels:
    - {id: low, label: {en: Low, ko: 낮음}, colour: "#2e7d32"}
    - {id: medium, label: {en: Medium, ko: 보통}, colour: "#f9a825"}
    - {id: high, label: {en: High, ko: 높음}, colour: "#c62828"}
  grid:
    - [low, low, medium]
    - [low, medium, high]
    - [medium, high, high]
"""


def text(en: str, ko: str) -> str:
    return f'{{en: "{en}", ko: "{ko}"}}'


def last_of_type(i: int, kind: int) -> int | None:
    """The nearest earlier question whose type index is ``kind`` (questions cycle over 8)."""
    j = i - ((i - kind) % 8 or 8)
    return j if j >= 0 else None


def question(i: int) -> str:
    """One question of type ``i % 8``, with conditions on earlier questions."""
    kind = i % 8
    lines = [f"      - id: q{i}"]
    body = {
        0: ["type: yes_no", "allow: [partial, unknown]"],
        1: [
            "type: single_choice",
            "allow: [unknown]",
            "choices:",
            *(f"  - {{id: c{c}, label: {text(f'Option {c}', f'선택 {c}')}}}" for c in range(4)),
        ],
        2: ["type: multiple_choice", "choices_from: categories"],
        3: ["type: short_text", "max_length: 200"],
        4: [
            "type: number",
            "integer: true",
            "min: 0",
            "max: 1000",
            "unit: {en: days, ko: 일}",
            "constraint:",
            f"  rule: q{i} <= 900",
            f"  message: {text('At most 900.', '900 이하로 입력하십시오.')}",
        ],
        5: ["type: date", "allow: [not_applicable]"],
        6: ["type: long_text"],
        7: [
            "type: table",
            "max_rows: 50",
            "columns:",
            f"  - {{id: name, type: short_text, required: true, label: {text('Name', '이름')}}}",
            f"  - {{id: ok, type: yes_no, allow: [unknown], label: {text('OK', '확인')}}}",
            f"  - {{id: size, type: number, min: 0, label: {text('Size', '크기')}}}",
            "  - id: kind",
            "    type: single_choice",
            f"    label: {text('Kind', '종류')}",
            "    choices:",
            f"      - {{id: a, label: {text('A', '가')}}}",
            f"      - {{id: b, label: {text('B', '나')}}}",
        ],
    }[kind]
    lines += [f"        {line}" for line in body]
    label = text(f"Question number {i} about the processing?", f"처리에 관한 {i}번 질문입니까?")
    guidance = text(f"Guidance for question {i}: what is asked and why.", f"{i}번 질문 안내")
    lines += [f"        label: {label}", f"        help: {guidance}"]
    gate = last_of_type(i, 0)
    if gate is not None and i % 5 == 1:
        lines.append(f"        show_if: q{gate} == 'yes'")
    choice = last_of_type(i, 1)
    if i % 3 == 0:
        lines.append("        required: true")
    elif choice is not None and i % 7 == 3:
        lines.append(f"        required: q{choice} in ['c1', 'c2']")
    return "\n".join(lines)


def risk(module: int, r: int) -> str:
    start = module * SECTIONS * PER_SECTION + r * 8
    yes_no, single, many, number, table = (start + (kind - start) % 8 for kind in (0, 1, 2, 4, 7))
    measures = ", ".join(f"m{module}_{(r + k) % MEASURES_PER_MODULE}" for k in range(2))
    when = (
        f"q{yes_no} in ['no', 'unknown'] or (selected(q{many}, 'k1', 'k2') and q{number} > 100)"
        f" or any_row(q{table}, ok != 'yes')"
    )
    return f"""\
  - id: r{module}_{r}
    title: {text(f"Risk {r} of module {module}", f"{module}번 모듈의 {r}번 위험")}
    description: {text("What could happen to people, and why.", "일어날 수 있는 일과 그 이유.")}
    when: {when}
    likelihood:
      - when: q{single} == 'c3' or count(q{table}) > 10
        level: likely
      - when: answered(q{single})
        level: possible
      - level: remote
    severity:
      - when: selected(q{many}, 'k5')
        level: severe
      - level: significant
    measures: [{measures}]
"""


def module_file(module: int) -> str:
    parts = [
        f"id: mod{module}",
        f"title: {text(f'Module {module}', f'{module}번 모듈')}",
        "sections:",
    ]
    for s in range(SECTIONS):
        parts += [
            f"  - id: s{module}_{s}",
            f"    title: {text(f'Section {s}', f'{s}번 절')}",
            "    questions:",
        ]
        first = (module * SECTIONS + s) * PER_SECTION
        parts += [question(i) for i in range(first, first + PER_SECTION)]
    parts.append("risks:")
    parts += [risk(module, r) for r in range(RISKS_PER_MODULE)]
    parts.append("measures:")
    parts += [
        f"""\
  - id: m{module}_{k}
    title: {text(f"Measure {k}", f"{k}번 조치")}
    description: {text("What to do and why it helps.", "해야 할 일과 그 효과.")}
    priority: {("must", "should", "could")[k % 3]}"""
        for k in range(MEASURES_PER_MODULE)
    ]
    return "\n".join(parts) + "\n"


def generate(folder: Path) -> list[Path]:
    """Write the pack; returns its files."""
    names = [f"module_{m}.yaml" for m in range(MODULES)]
    categories = "\n".join(
        f"    - {{id: k{k}, label: {text(f'Category {k}', f'범주 {k}')}}}" for k in range(8)
    )
    manifest = MANIFEST.replace("MODULES", ", ".join(names)).replace("CATEGORIES", categories)
    (folder / "pack.yaml").write_text(manifest, encoding="utf-8")
    for m, name in enumerate(names):
        (folder / name).write_text(module_file(m), encoding="utf-8")
    return [folder / "pack.yaml", *(folder / n for n in names)]


def floor(files: list[Path]) -> None:
    for path in files:
        with path.open("rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)


def best(runs: int, *tasks: Callable[[], object]) -> list[float]:
    """Best wall time of each task over ``runs`` rounds, the tasks alternated."""
    times = [float("inf")] * len(tasks)
    for _ in range(runs):
        for index, task in enumerate(tasks):
            start = time.perf_counter()
            task()
            times[index] = min(times[index], time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds; the best is kept (default 5)")
    parser.add_argument("--profile", action="store_true", help="print where load_pack spends time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aipia-bench-") as tmp:
        folder = Path(tmp)
        files = generate(folder)
        result = load_pack(folder)
        if result.pack is None:
            raise SystemExit(
                "the generated pack is invalid:\n" + "\n".join(map(str, result.errors))
            )
        pack = result.pack
        size = sum(p.stat().st_size for p in files)
        print(
            f"pack: {len(pack.questions)} questions, {len(pack.sections)} sections, "
            f"{len(pack.risks)} risks, {len(pack.measures)} measures, "
            f"{len(files)} files, {size / 1024:.0f} KiB, {len(result.warnings)} warning(s)"
        )
        ours, bare = best(args.runs, lambda: load_pack(folder), lambda: floor(files))
        ratio = ours / bare
        print(f"load_pack            {ours * 1000:8.1f} ms  (best of {args.runs})")
        print(f"yaml.load CSafeLoader {bare * 1000:7.1f} ms  (floor)")
        verdict = "meets" if ratio < AIM else "MISSES"
        print(f"ratio                {ratio:8.2f}x  {verdict} the {AIM:g}x aim")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(load_pack, folder)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
