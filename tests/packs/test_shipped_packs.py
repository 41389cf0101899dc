"""Invariants of every pack shipped in questionnaires/: one parametrized test per invariant.

Like qutebrowser's test_configdata.py for its shipped options: a pack that
loads is not enough, it must also be complete, translated, explained, cited
and reachable, and its golden scenarios must still raise their registers.
Every folder with a ``pack.yaml`` is checked, so a new pack is covered as soon
as it is added.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import yaml

from app.core.expr import Expr, references
from app.core.lint import LintReport, lint_pack
from app.core.loader import LoadResult, load_pack
from app.core.loader.check_graph import never_shown
from app.core.model import Choice, LangText, version_key
from app.core.pack import Pack
from app.core.scenarios import scenario_files
from tests.conftest import REPO_ROOT

SHIPPED = sorted(path.parent for path in (REPO_ROOT / "questionnaires").glob("*/pack.yaml"))
MIN_SCENARIOS = 3


@cache
def loaded(folder: Path) -> LoadResult:
    return load_pack(folder)


@cache
def linted(folder: Path) -> LintReport:
    return lint_pack(folder)


def pack_of(folder: Path) -> Pack:
    result = loaded(folder)
    assert result.pack is not None, "\n".join(str(d) for d in result.errors)
    return result.pack


def pack_files(folder: Path) -> list[Path]:
    """pack.yaml and the module files it lists (what the loader reads)."""
    manifest = yaml.load((folder / "pack.yaml").read_text("utf-8"), Loader=yaml.CSafeLoader)
    return [folder / "pack.yaml", *(folder / name for name in manifest["modules"])]


def all_choices(pack: Pack) -> Iterator[tuple[str, Choice]]:
    """Every choice of the pack: shared lists, questions and table columns."""
    for list_id, choices in pack.manifest.choice_lists.items():
        yield from ((f"choice list {list_id}", choice) for choice in choices)
    for question in pack.questions.values():
        yield from ((question.id, choice) for choice in pack.choices(question))
        for column in getattr(question, "columns", None) or ():
            yield from ((f"{question.id}.{column.id}", c) for c in pack.choices(column))


def all_expressions(pack: Pack) -> Iterator[tuple[str, Expr]]:
    rules = pack.rules
    for kind in ("show_if", "required", "constraint", "risk_when"):
        yield from ((f"{kind} of {owner}", expr) for owner, expr in getattr(rules, kind).items())
    for kind in ("likelihood", "severity"):
        for risk_id, levels in getattr(rules, kind).items():
            yield from ((f"{kind} of {risk_id}", e) for e, _ in levels if e is not None)


def superseded(folder: Path) -> bool:
    """True for a frozen older version kept so that its assessments open (e.g. ai-pia-1.0.0)."""
    pack = pack_of(folder)
    return any(
        version_key(other.version) > version_key(pack.version)
        for other in map(pack_of, SHIPPED) if other.id == pack.id
    )


def missing_languages(pack: Pack, text: LangText | None) -> list[str]:
    return [lang for lang in pack.languages if text is None or not text.has(lang)]


params = pytest.mark.parametrize("folder", SHIPPED, ids=[folder.name for folder in SHIPPED])


def test_there_is_a_shipped_pack() -> None:
    assert SHIPPED, "no questionnaires/*/pack.yaml found"


# A frozen release keeps its content, so its assessments open unchanged. 1.0.0 called the
# likelihoods 'likely' and 'almost certain' 높음 and 매우 높음 in Korean, the words of the
# risk levels 'high' and 'critical'; the loader now warns about it (1.1.0 fixed the words).
FROZEN_WARNINGS = {"ai-pia-1.0.0": "the same word as risk level"}


@params
def test_loads_without_errors_or_warnings(folder: Path) -> None:
    result = loaded(folder)
    known = FROZEN_WARNINGS.get(folder.name)
    found = [str(d) for d in result.diagnostics if not (known and known in d.message)]
    assert found == []
    assert result.pack is not None
    if known:
        assert superseded(folder), "only a frozen, superseded release may keep a known warning"
        assert len(result.warnings) == 2  # 'likely' = 'high', 'almost certain' = 'critical'


@params
def test_every_language_is_complete(folder: Path) -> None:
    result = loaded(folder)
    assert result.completeness == dict.fromkeys(pack_of(folder).languages, 1.0)


@params
def test_every_risk_names_a_measure_and_a_reference(folder: Path) -> None:
    pack = pack_of(folder)
    assert [r.id for r in pack.risks.values() if not r.measures] == []
    assert [r.id for r in pack.risks.values() if not r.references] == []


@params
def test_every_measure_has_steps(folder: Path) -> None:
    pack = pack_of(folder)
    assert [m.id for m in pack.measures.values() if not m.steps] == []


@params
def test_every_question_is_explained_and_cited(folder: Path) -> None:
    pack = pack_of(folder)
    unexplained = [q.id for q in pack.questions.values() if missing_languages(pack, q.help)]
    uncited = [q.id for q in pack.questions.values() if not q.references]
    assert unexplained == []
    assert uncited == []


@params
def test_every_choice_has_every_language(folder: Path) -> None:
    pack = pack_of(folder)
    untranslated = [
        f"{owner}: {choice.id}"
        for owner, choice in all_choices(pack)
        if missing_languages(pack, choice.label)
        or (choice.help is not None and missing_languages(pack, choice.help))
    ]
    assert untranslated == []


@params
def test_expressions_refer_only_to_existing_questions(folder: Path) -> None:
    pack = pack_of(folder)
    dangling = [
        f"{where}: {name}"
        for where, expr in all_expressions(pack)
        for name in sorted(references(expr))
        if name not in pack.questions
    ]
    assert dangling == []


@params
def test_no_question_is_never_shown(folder: Path) -> None:
    pack = pack_of(folder)
    conditions = {
        qid: [e for e in (pack.rules.show_if.get(pack.section_of[qid]),
                          pack.rules.show_if.get(qid)) if e is not None]
        for qid in pack.questions
    }
    assert sorted(never_shown(conditions)) == []


@params
def test_files_parse_the_same_with_pure_python_and_libyaml(folder: Path) -> None:
    for path in pack_files(folder):
        text = path.read_text("utf-8")
        pure = yaml.load(text, Loader=yaml.SafeLoader)
        fast = yaml.load(text, Loader=yaml.CSafeLoader)
        assert pure == fast, f"{path.name} parses differently without libyaml"


@params
def test_golden_scenarios_pass(folder: Path) -> None:
    if superseded(folder):
        # Its scenarios live in tests/fixtures, so that the demo and the scenario lists
        # (the first questionnaires/*/scenarios/*.json) only offer the current version's.
        assert scenario_files(folder) == []
        return
    report = linted(folder)
    assert len(report.scenarios) >= MIN_SCENARIOS, scenario_files(folder)
    assert [str(d) for d in report.diagnostics] == []
    assert all(s.ok for s in report.scenarios)
