"""Facts -> sentences in the reader's language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.model import TableQuestion
from app.core.reasons.facts import (
    AnswerFact,
    CellFact,
    ChoiceFact,
    CountFact,
    Fact,
    RowMatch,
    RowsFact,
)
from app.core.reasons.phrases import Phrases
from app.core.reasons.text import (
    Part,
    Sentence,
    Span,
    fill,
    join,
    listed_count,
    number,
    plural,
    sentence,
)


class Speaker(Phrases):
    """Says facts as sentences, one sentence per fact."""

    def sentences(self, facts: Iterable[Fact]) -> list[Sentence]:
        said = [self.sentence(fact) for fact in facts if not isinstance(fact, CellFact)]
        return [s for s in said if s.spans]

    def sentence(self, fact: Fact) -> Sentence:
        if isinstance(fact, AnswerFact):
            spans = self._answer(fact)
        elif isinstance(fact, ChoiceFact):
            spans = self._choices(fact)
        elif isinstance(fact, CountFact):
            spans = self._count(fact)
        elif isinstance(fact, RowsFact):
            spans = self._rows(fact)
        else:
            spans = []
        return sentence(spans)

    def _answer(self, fact: AnswerFact) -> list[Span]:
        words, qid = self.words, fact.question_id
        question = self.pack.questions[qid]
        if fact.answer is None:
            return fill(
                words.hidden if fact.hidden else words.unanswered, {"question": self.question(qid)}
            )
        if fact.answer.state == "answered" and question.type == "multiple_choice":
            return fill(
                words.chose,
                {"question": self.question(qid), "choices": self.answer(question, fact.answer)},
            )
        if fact.answer.state == "answered" and question.type == "table":
            rows = len(fact.answer.value or ())
            return self._row_count(qid, rows, [])
        return fill(
            words.answered,
            {
                "question": self.question(qid),
                "answer": self.answer(question, fact.answer),
                "limit": self.looks_for(fact.limit, question),
            },
        )

    def _choices(self, fact: ChoiceFact) -> list[Span]:
        question = self.pack.questions[fact.question_id]
        last = self.words.last_and if fact.chosen else self.words.last_or
        template = self.words.chose if fact.chosen else self.words.did_not_choose
        return fill(
            template,
            {
                "question": self.question(fact.question_id),
                "choices": self.choices(question, fact.choice_ids, last),
            },
        )

    def _count(self, fact: CountFact) -> list[Span]:
        words, qid = self.words, fact.question_id
        question = self.pack.questions[qid]
        limit = self.looks_for(fact.limit, None, fact.counted)
        n = number(words, fact.count)
        if fact.counted == "rows":
            return self._row_count(qid, fact.count, limit)
        if fact.counted == "characters":
            template = plural(words, words.characters, fact.count)
            return fill(template, {"question": self.question(qid), "n": n, "limit": limit})
        if not fact.count:
            return fill(words.no_choices, {"question": self.question(qid), "limit": limit})
        return fill(
            plural(words, words.choices_count, fact.count),
            {
                "question": self.question(qid),
                "n": n,
                "limit": limit,
                "choices": self.choices(question, fact.items, words.last_and),
            },
        )

    def _row_count(self, qid: str, rows: int, limit: list[Span]) -> list[Span]:
        words = self.words
        if not rows:
            return fill(words.no_rows, {"question": self.question(qid)})
        template = plural(words, words.rows_count, rows)
        return fill(
            template, {"question": self.question(qid), "n": number(words, rows), "limit": limit}
        )

    def _rows(self, fact: RowsFact) -> list[Span]:
        words, qid = self.words, fact.question_id
        table = self.pack.questions[qid]
        if not isinstance(table, TableQuestion) or not fact.total:
            return fill(words.no_rows, {"question": self.question(qid)})
        limit = self.looks_for(fact.limit, None, "rows")
        parts: dict[str, Part] = {
            "question": self.question(qid),
            "total": number(words, fact.total),
            "n": number(words, len(fact.rows)),
            "limit": limit,
            "shared": [],
        }
        if fact.mode == "none":
            if fact.expect is not None:
                parts["shared"] = fill(words.shared, {"clause": self.expect(table, fact.expect)})
            return fill(plural(words, words.none_of_rows, fact.total), parts)
        shared, rows = self._listed(table, fact.rows)
        if shared:
            parts["shared"] = fill(words.shared, {"clause": shared})
        parts["rows"] = rows
        if fact.mode == "all" or len(fact.rows) == fact.total:
            return fill(plural(words, words.all_rows, fact.total), parts)
        return fill(plural(words, words.some_rows, len(fact.rows)), parts)

    def _listed(
        self, table: TableQuestion, matches: Sequence[RowMatch]
    ) -> tuple[list[Span], list[Span]]:
        """What the rows have in common (if all have the same), and the rows by name.

        Only the rows :func:`join` writes out are named: a rule over 500 rows lists eight
        and says how many more, so the other 492 are never put into words.
        """
        clause_of = _ClauseCache(self, table)
        shown = listed_count(len(matches))
        names = [self.row_name(table, m) if i < shown else [] for i, m in enumerate(matches)]
        first = clause_of(matches[0].cells)
        if all(clause_of(match.cells) == first for match in matches):
            return first, join(self.words, names, self.words.last_and)
        items = [
            fill(self.words.row_with_clause, {"row": name, "clause": clause_of(match.cells)})
            if i < shown and clause_of(match.cells) else name
            for i, (name, match) in enumerate(zip(names, matches, strict=True))
        ]
        return [], join(self.words, items, self.words.last_and)


class _ClauseCache:
    """A row's cells put into words once per distinct set of cells (rows often share them)."""

    def __init__(self, speaker: Speaker, table: TableQuestion) -> None:
        self._speaker, self._table = speaker, table
        self._said: list[tuple[Sequence[CellFact], list[Span]]] = []  # few: see _listed

    def __call__(self, cells: Sequence[CellFact]) -> list[Span]:
        for known, spans in self._said:
            if known == cells:
                return spans
        spans = self._speaker.cells(self._table, cells)
        self._said.append((cells, spans))
        return spans
