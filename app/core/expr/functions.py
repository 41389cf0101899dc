"""The built-in functions: the only names that may be called."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from app.core.suggest import NameIndex, as_index

# Functions whose first argument is a question id and that look only at its state.
STATE_FUNCTIONS = frozenset({"answered", "unknown", "not_applicable"})
# Functions whose second argument is a condition evaluated once per table row.
ROW_FUNCTIONS = frozenset({"count", "any_row", "all_rows"})
# Functions that aggregate numbers: over questions and sections, or over a table's rows.
AGGREGATES = frozenset({"sum", "average", "min", "max"})

FUNCTIONS: dict[str, str] = {
    "answered": "answered(q)",
    "unknown": "unknown(q)",
    "not_applicable": "not_applicable(q)",
    "selected": "selected(q, 'choice', ...)",
    "count": "count(q) or count(table, condition)",
    "any_row": "any_row(table, condition)",
    "all_rows": "all_rows(table, condition)",
    "length": "length(q)",
    "score": "score(q)",
    "sum": "sum(q, section, ...) or sum(table, cell)",
    "average": "average(q, section, ...) or average(table, cell)",
    "min": "min(q, section, ...) or min(table, cell)",
    "max": "max(q, section, ...) or max(table, cell)",
    "date": "date('2025-01-31')",
}


def suggest(
    name: str, candidates: Iterable[str] | NameIndex, extra: Iterable[str] = ()
) -> str | None:
    """A "did you mean" hint for `name` among `candidates` (and `extra`), or None.

    Args:
        name: The misspelt word.
        candidates: The valid words, or a `NameIndex` of them built once for many look-ups.
        extra: A few more valid words (e.g. the columns of a table).
    """
    index = _frozen_index(candidates) if isinstance(candidates, frozenset) else as_index(candidates)
    match = index.closest(name, 0.6, extra)
    return f"did you mean '{match}'?" if match else None


@lru_cache(maxsize=64)
def _frozen_index(names: frozenset[str]) -> NameIndex:
    """One index per set of choice ids, however many misspelt choices refer to it."""
    return NameIndex(sorted(names))


def unknown_function_hint(name: str) -> str:
    """The hint shown for a call of a function that does not exist."""
    close = suggest(name, FUNCTIONS)
    if close:
        return close
    return "the functions are: " + ", ".join(FUNCTIONS)
