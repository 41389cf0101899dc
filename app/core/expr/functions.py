"""The built-in functions: the only names that may be called."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# Functions whose first argument is a question id and that look only at its state.
STATE_FUNCTIONS = frozenset({"answered", "unknown", "not_applicable"})
# Functions whose second argument is a condition evaluated once per table row.
ROW_FUNCTIONS = frozenset({"count", "any_row", "all_rows"})

FUNCTIONS: dict[str, str] = {
    "answered": "answered(q)",
    "unknown": "unknown(q)",
    "not_applicable": "not_applicable(q)",
    "selected": "selected(q, 'choice', ...)",
    "count": "count(q) or count(table, condition)",
    "any_row": "any_row(table, condition)",
    "all_rows": "all_rows(table, condition)",
    "length": "length(q)",
    "date": "date('2025-01-31')",
}


def suggest(name: str, candidates: Iterable[str]) -> str | None:
    """A "did you mean" hint for `name` among `candidates`, or None.

    Args:
        name: The misspelt word.
        candidates: An iterable of the valid words.
    """
    words = sorted(candidates)
    matches = difflib.get_close_matches(name, words, n=1, cutoff=0.6)
    return f"did you mean '{matches[0]}'?" if matches else None


def unknown_function_hint(name: str) -> str:
    """The hint shown for a call of a function that does not exist."""
    close = suggest(name, FUNCTIONS)
    if close:
        return close
    return "the functions are: " + ", ".join(FUNCTIONS)
