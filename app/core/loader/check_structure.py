"""Cross-file checks that need no expressions: ids, references, choices, matrix, risks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.loader.check_tags import check_tags
from app.core.loader.draft import Located, PackDraft
from app.core.model import (
    Choice,
    ControlRef,
    LevelRule,
    MultipleChoiceColumn,
    MultipleChoiceQuestion,
    Reference,
)
from app.core.suggest import NameIndex

EXPLICIT_STATES = ("unknown", "not_applicable")


def check_structure(draft: PackDraft, *, partial: bool = False) -> Iterator[Diagnostic]:
    """Every structural problem of the draft, in a stable order.

    With ``partial`` (some module files could not be read), checks that need
    every module (unknown or unused measures) are left out.
    """
    yield from _unique(draft.module_entries(), "module")
    yield from _unique(draft.sections(), "section")
    yield from _unique((q for q, _ in draft.questions()), "question")
    yield from _section_question_clash(draft)
    yield from _unique(draft.risks(), "risk")
    yield from _unique(draft.measures(), "measure")
    yield from _unique(draft.scores(), "score")
    yield from _check_columns(draft)
    yield from _check_choices(draft)
    yield from _check_references(draft)
    yield from check_tags(draft)
    yield from _check_matrix(draft)
    yield from _check_risks(draft, partial)
    if not partial:
        yield from _check_unused_measures(draft)
    yield from _check_manifest_languages(draft)


def unknown_choice_lists(draft: PackDraft) -> frozenset[str]:
    """Ids of questions and columns whose ``choices_from`` names no shared list."""
    askers = [q for q, _ in draft.questions()] + [c for c, _ in draft.columns()]
    lists = draft.manifest.choice_lists
    return frozenset(
        a.item.id for a in askers
        if isinstance(shared := getattr(a.item, "choices_from", None), str) and shared not in lists
    )


def _unique(entries: Iterable[Located], kind: str, suffix: str = "") -> Iterator[Diagnostic]:
    seen: dict[str, Located] = {}
    for entry in entries:
        first = seen.setdefault(entry.item.id, entry)
        if first is not entry:
            where = first.doc.diagnostic((*first.path, "id"), "").location
            yield entry.error(
                f"duplicate {kind} id '{entry.item.id}'{suffix} (first defined at {where})",
                key="id",
            )


def _section_question_clash(draft: PackDraft) -> Iterator[Diagnostic]:
    """show_if rules are kept by id, so a question may not reuse a section's id."""
    sections: dict[str, Located] = {}
    for section in draft.sections():
        sections.setdefault(section.item.id, section)
    for question, _ in draft.questions():
        clash = sections.get(question.item.id)
        if clash is not None:
            where = clash.doc.diagnostic((*clash.path, "id"), "").location
            yield question.error(
                f"question id '{question.item.id}' is already a section id (at {where})",
                "sections and questions share one set of ids: rename one of them",
                key="id",
            )


def _unique_choices(
    choices: Iterable[Choice], owner: Located, key: str | None
) -> Iterator[Diagnostic]:
    base = (*owner.path, key) if key else owner.path
    entries = (Located(c, owner.doc, (*base, i)) for i, c in enumerate(choices))
    yield from _unique(entries, "choice")


def _check_columns(draft: PackDraft) -> Iterator[Diagnostic]:
    for located, _ in draft.questions():
        columns = getattr(located.item, "columns", ())
        entries = (
            Located(c, located.doc, (*located.path, "columns", i)) for i, c in enumerate(columns)
        )
        yield from _unique(entries, "column", f" in table '{located.item.id}'")


def _check_choices(draft: PackDraft) -> Iterator[Diagnostic]:
    for _, located in draft.choice_lists():
        yield from _unique_choices(located.item, located, None)
    askers = [q for q, _ in draft.questions()] + [c for c, _ in draft.columns()]
    lists = NameIndex(draft.manifest.choice_lists)
    for asked in askers:
        yield from _check_choice_source(draft, asked, lists)


def _check_choice_source(
    draft: PackDraft, asked: Located, lists: NameIndex
) -> Iterator[Diagnostic]:
    item = asked.item
    shared = getattr(item, "choices_from", None)
    if isinstance(shared, str) and shared not in draft.manifest.choice_lists:
        yield asked.error(
            f"unknown choice list '{shared}' in pack.yaml's 'choice_lists'",
            did_you_mean(shared, lists),
            key="choices_from",
        )
    inline = getattr(item, "choices", None)
    if inline:
        yield from _unique_choices(inline, asked, "choices")
    choices = draft.choices_of(item)
    reserved = [
        c.id for c in choices if c.id in EXPLICIT_STATES and c.id in getattr(item, "allow", ())
    ]
    for choice_id in reserved:
        yield asked.error(
            f"choice id '{choice_id}' clashes with the explicit '{choice_id}' answer "
            "that 'allow' offers",
            "remove one of them",
            key="allow",
        )
    if not isinstance(item, MultipleChoiceQuestion | MultipleChoiceColumn):
        for index, choice in enumerate(inline or ()):
            if choice.exclusive:
                yield asked.doc.diagnostic(
                    (*asked.path, "choices", index, "exclusive"),
                    "'exclusive' only applies to multiple_choice choices",
                )


def _all_references(draft: PackDraft) -> Iterator[tuple[Located, str, int, Reference | ControlRef]]:
    """Every reference, and every crosswalk entry of risks and measures, with its list key."""
    owners = [q for q, _ in draft.questions()] + list(draft.risks()) + list(draft.measures())
    for owner in owners:
        for key in ("references", "crosswalk"):
            for index, reference in enumerate(getattr(owner.item, key, ())):
                yield owner, key, index, reference


def _check_references(draft: PackDraft) -> Iterator[Diagnostic]:
    sources = draft.manifest.sources
    names = NameIndex(sources)
    for owner, key, index, reference in _all_references(draft):
        if reference.source not in sources:
            where = " in crosswalk" if key == "crosswalk" else ""
            yield owner.doc.diagnostic(
                (*owner.path, key, index, "source"),
                f"unknown source '{reference.source}'{where} in pack.yaml's 'sources'",
                did_you_mean(reference.source, names)
                or "declare it under 'sources' in pack.yaml",
            )


def _check_matrix(draft: PackDraft) -> Iterator[Diagnostic]:
    matrix = draft.manifest.risk_matrix
    doc = draft.manifest_doc
    for axis in ("likelihood", "severity", "levels"):
        steps = getattr(matrix, axis)
        yield from _unique(
            (Located(s, doc, ("risk_matrix", axis, i)) for i, s in enumerate(steps)),
            f"risk matrix {axis.rstrip('s')}",
        )
    if len(matrix.grid) != len(matrix.likelihood):
        yield doc.diagnostic(
            ("risk_matrix", "grid"),
            f"the grid has {len(matrix.grid)} rows but "
            f"there are {len(matrix.likelihood)} likelihood steps",
        )
    level_ids = [level.id for level in matrix.levels]
    for r, row in enumerate(matrix.grid):
        if len(row) != len(matrix.severity):
            yield doc.diagnostic(
                ("risk_matrix", "grid", r),
                f"grid row {r + 1} has {len(row)} "
                f"cells but there are {len(matrix.severity)} severity steps",
            )
        for c, cell in enumerate(row):
            if cell not in level_ids:
                yield doc.diagnostic(
                    ("risk_matrix", "grid", r, c),
                    f"unknown risk level '{cell}' in the matrix's 'levels'",
                    did_you_mean(cell, level_ids),
                )


def _check_risks(draft: PackDraft, partial: bool = False) -> Iterator[Diagnostic]:
    matrix = draft.manifest.risk_matrix
    measure_ids = {m.item.id for m in draft.measures()}
    measure_names = NameIndex(sorted(measure_ids))
    axes = {
        "likelihood": [s.id for s in matrix.likelihood],
        "severity": [s.id for s in matrix.severity],
    }
    for risk in draft.risks():
        for axis, steps in axes.items():
            yield from _check_level_rules(risk, axis, getattr(risk.item, axis) or (), steps)
            residual = getattr(risk.item.residual, axis, None) if risk.item.residual else None
            if residual and residual not in steps:
                yield risk.doc.diagnostic(
                    (*risk.path, "residual", axis),
                    f"unknown {axis} step '{residual}' in the matrix's '{axis}'",
                    did_you_mean(residual, steps),
                )
        if not risk.item.measures:
            yield risk.error(
                f"risk '{risk.item.id}' names no measure",
                "list the ids of the measures that treat it under 'measures'",
                key="id",
            )
        for index, measure in enumerate(risk.item.measures):
            if measure not in measure_ids and not partial:
                yield risk.doc.diagnostic(
                    (*risk.path, "measures", index),
                    f"unknown measure '{measure}' in this pack's modules",
                    did_you_mean(measure, measure_names),
                )


def _check_level_rules(
    risk: Located, axis: str, rules: tuple[LevelRule, ...], steps: list[str]
) -> Iterator[Diagnostic]:
    last = len(rules) - 1
    for index, rule in enumerate(rules):
        at = (
            (*risk.path, axis)
            if len(rules) == 1 and rule.when is None
            else (*risk.path, axis, index)
        )
        if rule.level not in steps:
            yield risk.doc.diagnostic(
                (*at, "level") if at[-1] == index else at,
                f"unknown {axis} step '{rule.level}' in the matrix's '{axis}'",
                did_you_mean(rule.level, steps) or f"expected one of {', '.join(steps)}",
            )
        if index == last and rule.when is not None:
            yield risk.doc.diagnostic(
                at,
                f"the last {axis} rule needs no 'when'",
                "it is the default used when no rule above matches",
            )
        if index < last and rule.when is None:
            yield risk.doc.diagnostic(at, f"only the last {axis} rule may omit 'when'")


def _check_unused_measures(draft: PackDraft) -> Iterator[Diagnostic]:
    used = {m for risk in draft.risks() for m in risk.item.measures}
    for measure in draft.measures():
        if measure.item.id not in used:
            yield measure.error(
                f"measure '{measure.item.id}' is not named by any risk", key="id"
            ).as_warning()


def _check_manifest_languages(draft: PackDraft) -> Iterator[Diagnostic]:
    manifest = draft.manifest
    if manifest.default_language not in manifest.languages:
        yield draft.manifest_doc.diagnostic(
            ("default_language",),
            f"default language '{manifest.default_language}' is not one of 'languages'",
            f"choose one of {', '.join(manifest.languages)}, or add it to 'languages'",
        )
    if len(set(manifest.languages)) != len(manifest.languages):
        yield draft.manifest_doc.diagnostic(("languages",), "a language is listed twice")
