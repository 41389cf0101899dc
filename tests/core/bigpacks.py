"""Generated large packs: for tests that count work, and for ``benchmarks/bench_scaling.py``.

Every pack has ``n`` yes/no questions spread over module files of at most
``PER_MODULE`` questions (ten sections each), one risk and one measure, and one
of these shapes:

- ``plain``: no conditions;
- ``misspelt``: 1 question in 10 has a ``show_if`` naming a misspelt question id
  (an invalid pack: one "unknown question ... did you mean" error each);
- ``chain``: question ``i`` is shown only when question ``i + 1`` is answered
  'yes', a dependency chain as long as the pack;
- ``dead-chain``: the same chain, but the last question's ``show_if`` is
  ``false``, so no question can ever be shown (one warning each);
- ``tree``: question ``i`` is shown when question ``(i - 1) // 2`` is answered
  'yes' (a binary tree), and every section but the first of a module only
  while the question before it is not answered 'no'.
"""

from __future__ import annotations

from pathlib import Path

PER_MODULE = 1000
SECTIONS_PER_MODULE = 10

MANIFEST = """\
format: 1
id: org.aipia.bench.scaling
version: 1.0.0
title: {en: Scaling benchmark, ko: 규모 벤치마크}
description: {en: A generated pack., ko: 생성된 팩.}
publisher: {name: {en: Benchmarks, ko: 벤치마크}}
licence: CC0-1.0
published: 2026-01-01
languages: [en, ko]
default_language: en
modules: [MODULES]
risk_matrix:
  likelihood:
    - {id: remote, label: {en: Remote, ko: 희박}}
    - {id: likely, label: {en: Likely, ko: 높음}}
  severity:
    - {id: limited, label: {en: Limited, ko: 제한적}}
    - {id: severe, label: {en: Severe, ko: 심각}}
  levels:
    - {id: low, label: {en: Low, ko: 낮음}, colour: "#2e7d32"}
    - {id: high, label: {en: High, ko: 높음}, colour: "#c62828"}
  grid:
    - [low, low]
    - [low, high]
"""

RISK = """\
risks:
  - id: r0
    title: {en: A risk, ko: 위험}
    description: {en: What could happen., ko: 일어날 수 있는 일.}
    when: q0 == 'no'
    likelihood: likely
    severity: severe
    measures: [m0]
measures:
  - id: m0
    title: {en: A measure, ko: 조치}
    description: {en: What to do., ko: 해야 할 일.}
    priority: must
"""


def misspelt(i: int) -> str:
    """A plausible typo of ``q{i}``: its digits with one more letter."""
    return f"qq{i}"


def condition(shape: str, i: int, n: int) -> str | None:
    if shape == "misspelt" and i % 10 == 5:
        return f"{misspelt(i - 1)} == 'yes'"
    if shape in ("chain", "dead-chain") and i + 1 < n:
        return f"q{i + 1} == 'yes'"
    if shape == "dead-chain":
        return "false"
    if shape == "tree" and i > 0:
        return f"q{(i - 1) // 2} == 'yes'"
    return None


def question(shape: str, i: int, n: int) -> str:
    lines = [
        f"      - id: q{i}",
        "        type: yes_no",
        f"        label: {{en: 'Question {i}?', ko: '{i}번 질문입니까?'}}",
    ]
    show_if = condition(shape, i, n)
    if show_if:
        lines.append(f'        show_if: "{show_if}"')
    return "\n".join(lines)


def module(shape: str, m: int, first: int, last: int, n: int) -> str:
    parts = [f"id: mod{m}", f"title: {{en: Module {m}, ko: {m}번 모듈}}", "sections:"]
    step = max(1, -(-(last - first) // SECTIONS_PER_MODULE))
    for s, start in enumerate(range(first, last, step)):
        parts += [f"  - id: s{m}_{s}", f"    title: {{en: Section {s}, ko: {s}번 절}}"]
        if shape == "tree" and s > 0:
            parts.append(f"    show_if: \"q{start - 1} != 'no'\"")
        parts.append("    questions:")
        parts += [question(shape, i, n) for i in range(start, min(start + step, last))]
    if m == 0:
        parts.append(RISK)
    return "\n".join(parts) + "\n"


def generate(folder: Path, n: int, shape: str = "plain") -> list[Path]:
    """Write a pack of ``n`` questions of the given shape into ``folder``; returns its files."""
    folder.mkdir(parents=True, exist_ok=True)
    starts = list(range(0, n, PER_MODULE))
    names = [f"module_{m}.yaml" for m in range(len(starts))]
    (folder / "pack.yaml").write_text(MANIFEST.replace("MODULES", ", ".join(names)), "utf-8")
    for m, start in enumerate(starts):
        text = module(shape, m, start, min(start + PER_MODULE, n), n)
        (folder / names[m]).write_text(text, encoding="utf-8")
    return [folder / "pack.yaml", *(folder / name for name in names)]
