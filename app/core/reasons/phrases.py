"""The parts of a reason in one language: questions, answers, limits, rows and what rows need.

Labels come from the pack in the reader's language; the connecting words from
the language's wording table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.core.answers import Answer
from app.core.model import AnyColumn, AnyQuestion, Choice, Level, TableQuestion
from app.core.pack import Pack
from app.core.reasons import text
from app.core.reasons.facts import CellFact, Clause, Expect, Limit, RowMatch
from app.core.reasons.text import Span, fill, join, quoted
from app.core.reasons.wording import Wording, wording_for

Asked = AnyQuestion | AnyColumn
ROW_NAME_LENGTH = 40
CHOICE_LENGTH = 80
_STATES = ("unknown", "not_applicable")


class Phrases:
    """Words for the parts of a sentence, in ``lang``."""

    def __init__(self, pack: Pack, lang: str) -> None:
        self.pack = pack
        self.lang = lang
        self.words: Wording
        self.words, self.fallback = wording_for(lang)

    def label(self, asked: Asked | Choice | Level) -> str:
        return self.pack.text(asked.label, self.lang)

    # questions and answers ------------------------------------------------------------
    def question(self, qid: str) -> list[Span]:
        label = text.shorten(self.label(self.pack.questions[qid]), text.MAX_QUESTION)
        return quoted(self.words.question, label, "question")

    def answer(self, question: Asked, answer: Answer | None) -> list[Span]:
        """An answer as the reader gave it: choices by their labels, numbers with units."""
        if answer is None:
            return [Span(self.words.expect["unanswered"])]
        if answer.state != "answered":
            return self.quote(self.words.values[answer.state])
        return self.value(question, answer.value)

    def value(self, asked: Asked, value: Any, last: str | None = None) -> list[Span]:
        """One value (a cell, an answer); several choices joined with "and" (or ``last``)."""
        if value is None:
            return [Span(self.words.empty)]
        if isinstance(value, tuple | list) and asked.type == "multiple_choice":
            items = [self.quote(self.choice(asked, v)) for v in value]
            return join(self.words, items, last or self.words.last_and)
        if isinstance(value, tuple | list):  # a table's rows
            return [Span(text.number(self.words, len(value)), "answer")]
        if text.is_number(value) or isinstance(value, dt.date):
            return [Span(self.plain(asked, value), "answer")]
        return self.quote(self.plain(asked, value))

    def plain(self, asked: Asked | None, value: Any) -> str:
        """A single value as unquoted text."""
        kind = asked.type if asked is not None else ""
        if isinstance(value, str) and (value in _STATES or kind == "yes_no"):
            return self.words.values.get(value, value)
        if kind in ("single_choice", "multiple_choice") and isinstance(value, str):
            return self.choice(asked, value)
        if isinstance(value, dt.date):
            return text.date(self.words, value)
        if text.is_number(value):
            return self.number(asked, value)
        return text.shorten_end(str(value), text.MAX_ANSWER)

    def choice(self, asked: Asked | None, choice_id: str) -> str:
        if choice_id in _STATES:
            return self.words.values[choice_id]
        found = self.pack.choice(asked, choice_id) if asked is not None else None
        label = self.label(found) if found is not None else choice_id
        return text.shorten(label.split(" — ")[0], CHOICE_LENGTH)

    def number(self, asked: Asked | None, value: float) -> str:
        shown = text.number(self.words, value)
        unit = getattr(asked, "unit", None)
        if unit is None:
            return shown
        return self.words.with_unit.replace("{number}", shown).replace(
            "{unit}", self.pack.text(unit, self.lang)
        )

    def quote(self, value: str) -> list[Span]:
        return quoted(self.words.answer, value, "answer")

    def choices(self, asked: Asked, ids: Sequence[str], last: str) -> list[Span]:
        return join(self.words, [self.quote(self.choice(asked, i)) for i in ids], last)

    # limits ------------------------------------------------------------------------------
    def bound(self, limit: Limit, asked: Asked | None = None, counted: str = "") -> str:
        """What a rule compares with: "more than 30 days", "a date before 1 January 2027"."""
        if isinstance(limit.bound, dt.date):
            return self.words.date_limits[limit.op].replace(
                "{n}", text.date(self.words, limit.bound)
            )
        shown = self.number(asked, limit.bound)
        if counted:
            shown = self.words.counted[counted].replace("{n}", shown)
        return self.words.limits[limit.op].replace("{n}", shown)

    def looks_for(
        self, limit: Limit | None, asked: Asked | None = None, counted: str = ""
    ) -> list[Span]:
        if limit is None:
            return []
        return fill(self.words.looks_for, {"limit": self.bound(limit, asked, counted)})

    # rows -----------------------------------------------------------------------------------
    def row_name(self, table: TableQuestion, match: RowMatch) -> list[Span]:
        """A row by its name: the column marked ``row_name``, else the first text column."""
        cells = dict(match.row)
        column = _name_column(table)
        value = cells.get(column.id) if column is not None else None
        if value in (None, "", ()):
            number = text.number(self.words, match.index + 1)
            return [Span(self.words.unnamed_row.replace("{n}", number), "row")]
        shown = self.plain(column, value)
        return [Span(text.shorten_end(shown, ROW_NAME_LENGTH), "row")]

    def cells(self, table: TableQuestion, cells: Sequence[CellFact]) -> list[Span]:
        """What a row has that matters: "Licence: ‘Non-commercial’; Contract: ‘No’"."""
        parts = [self.cell(table, cell) for cell in cells]
        return _joined(parts, self.words.cells_join)

    def cell(self, table: TableQuestion, fact: CellFact) -> list[Span]:
        column = _column(table, fact.column_id)
        if fact.choice_ids and not fact.chosen:
            shown = self.choices(column, fact.choice_ids, self.words.last_or)
            value = fill(self.words.expect["not selected"], {"values": shown})
        elif fact.choice_ids:
            value = self.choices(column, fact.choice_ids, self.words.last_and)
        else:
            value = [*self.value(column, fact.value), *self.looks_for(fact.limit, column)]
        return fill(
            self.words.cell, {"column": [Span(self.label(column), "column")], "value": value}
        )

    # what a row condition looks for -------------------------------------------------------
    def expect(self, table: TableQuestion, clause: Clause) -> list[Span]:
        if isinstance(clause, Expect):
            return self._expect(table, clause)
        joiner = self.words.and_join if clause.join == "and" else self.words.or_join
        return _joined([self.expect(table, part) for part in clause.parts], joiner)

    def _expect(self, table: TableQuestion, expect: Expect) -> list[Span]:
        asked: Asked | None
        if expect.is_column:
            asked = _column(table, expect.subject)
            subject = [Span(self.label(asked), "column")]
        else:
            asked = self.pack.questions.get(expect.subject)
            subject = self.question(expect.subject)
        return fill(self.words.cell, {"column": subject, "value": self._wanted(asked, expect)})

    def _wanted(self, asked: Asked | None, expect: Expect) -> list[Span]:
        op, values = expect.op, expect.values
        if values == (None,) and op in ("==", "!=", "in", "not in"):
            return [Span(self.words.expect["empty" if op in ("==", "in") else "filled"])]
        if op in self.words.limits and op not in ("==", "!=") and values:
            return [Span(self.bound(Limit(op, values[0]), asked))]
        shown = join(self.words, [self._expected(asked, v) for v in values], self.words.last_or)
        return fill(self.words.expect.get(op, "{values}"), {"values": shown})

    def _expected(self, asked: Asked | None, value: Any) -> list[Span]:
        if value is None:
            return [Span(self.words.empty)]
        if asked is not None and asked.type == "multiple_choice":
            return self.quote(self.choice(asked, str(value)))
        return self.value(asked, value) if asked is not None else self.quote(str(value))


def _name_column(table: TableQuestion) -> AnyColumn | None:
    marked = [c for c in table.columns if getattr(c, "row_name", False)]
    texts = [c for c in table.columns if c.type == "short_text"]
    return (marked or texts or [None])[0]


def _column(table: TableQuestion, column_id: str) -> AnyColumn:
    return next(c for c in table.columns if c.id == column_id)


def _joined(parts: Sequence[Sequence[Span]], separator: str) -> list[Span]:
    spans: list[Span] = []
    for index, part in enumerate(parts):
        if index:
            spans.append(Span(separator))
        spans.extend(part)
    return text.merge(spans)
