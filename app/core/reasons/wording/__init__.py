"""The words of reasons, one table per language: ``en.py``, ``ko.py``, ...

To add a language, copy ``en.py`` to the language's code (``fr.py``; ``pt_BR.py``
for ``pt-BR``) and translate every entry. Every table has the same entries with
the same ``{placeholders}`` (tests/core/test_reasons_wording.py checks it).
A language without a table is said in English, with a note saying so.

Entries are templates: ``{name}`` is replaced by a part of the sentence (a
question, an answer, a number); nothing else in them is special. Avoid
grammar that depends on the word put in (Korean particles that change with the
last sound, for instance): put the part where any word fits, or after a quote.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

Plural = tuple[str, str]  # the form for a count in ``singular``, the form for any other count
FALLBACK = "en"
FALLBACK_NOTE = "The reasons are in English: there is no wording for the language ‘{lang}’ yet."
_CODE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")


@dataclass(frozen=True)
class Wording:
    """Everything a language needs to say why a rule holds."""

    language: str
    # quotes, lists, plurals
    question: str  # a question's label: "“{text}”"
    answer: str  # an answer, a choice: "‘{text}’"
    comma: str  # between list items
    last_and: str  # before the last item of an "and" list
    last_or: str  # before the last item of an "or" list
    more: str  # a list cut short: "{list} and {n} more"
    singular: tuple[int, ...]  # counts that take the first form of a Plural
    # numbers, dates, values
    thousands: str
    decimal: str
    date: str  # "{day} {month} {year}"
    months: tuple[str, ...]
    with_unit: str  # "{number} {unit}"
    counted: Mapping[str, str]  # "choices" / "rows" / "characters": "{n} characters"
    values: Mapping[str, str]  # yes, no, partial, unknown, not_applicable
    empty: str  # an empty cell
    unnamed_row: str  # a row without a name: "row {n}"
    # limits a rule sets
    limits: Mapping[str, str]  # op -> "more than {n}"
    date_limits: Mapping[str, str]  # op -> "before {n}"
    looks_for: str  # " (the rule looks for {limit})"
    # what a row condition looks for, and what a row has
    expect: Mapping[str, str]  # op -> "anything but {values}"
    and_join: str
    or_join: str
    cell: str  # "{column}: {value}"
    cells_join: str
    row_with_clause: str  # "{row} ({clause})"
    shared: str  # " ({clause})"
    # sentences
    answered: str
    unanswered: str
    hidden: str
    chose: str
    did_not_choose: str
    choices_count: Plural
    no_choices: str
    rows_count: Plural
    no_rows: str
    characters: Plural
    some_rows: Plural
    all_rows: Plural
    none_of_rows: Plural
    level_header: Mapping[str, str]  # "likelihood" / "severity": "Why the likelihood is {level}:"


def wording_for(lang: str) -> tuple[Wording, bool]:
    """The table for ``lang`` (else its base language), and whether English stood in for it."""
    for code in (lang.replace("-", "_"), lang.split("-")[0]):
        table = _table(code)
        if table is not None:
            return table, False
    english = _table(FALLBACK)
    if english is None:  # pragma: no cover - en.py ships with the app
        raise LookupError("the English wording table is missing")
    return english, True


def _table(code: str) -> Wording | None:
    if not _CODE.fullmatch(code):
        return None
    try:
        module = importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError:
        return None
    words = getattr(module, "WORDS", None)
    return words if isinstance(words, Wording) else None
