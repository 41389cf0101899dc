"""The facts of a rule, said once each: duplicates dropped, choices merged, guards left out."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.reasons.facts import CellFact, ChoiceFact, Fact, is_guard, question_of


def tidy(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """Each fact once, in order; the choices of one question in one sentence.

    A guard such as ``answered(q)`` is left out when another fact speaks of
    ``q``: "you answered 'Short text' (12 characters)" already says it.
    """
    unique: list[Fact] = []
    for fact in facts:
        if not isinstance(fact, CellFact) and fact not in unique:
            unique.append(fact)
    merged = _merge_choices(unique)
    spoken = {question_of(f) for f in merged if not is_guard(f)}
    return tuple(f for f in merged if not (is_guard(f) and question_of(f) in spoken))


def _merge_choices(facts: list[Fact]) -> list[Fact]:
    ids: dict[tuple[str, bool], list[str]] = {}
    for fact in facts:
        if isinstance(fact, ChoiceFact):
            seen = ids.setdefault((fact.question_id, fact.chosen), [])
            seen += [i for i in fact.choice_ids if i not in seen]
    merged: list[Fact] = []
    done: set[tuple[str, bool]] = set()
    for fact in facts:
        if isinstance(fact, ChoiceFact):
            key = (fact.question_id, fact.chosen)
            if key in done:
                continue
            done.add(key)
            fact = ChoiceFact(fact.question_id, tuple(ids[key]), fact.chosen)
        merged.append(fact)
    return merged
