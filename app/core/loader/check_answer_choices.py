"""Checks of ``choices_from: {question: ..., column: ...}``: choices from an earlier answer.

The question named must exist, come earlier in the questionnaire (the wizard
asks it first), and be a table (then ``column`` names one of its short_text
columns, which names each row) or a multiple choice question (then there is no
``column``).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.loader.draft import Located, PackDraft
from app.core.model import AnswerChoices, MultipleChoiceQuestion, TableQuestion

ROW_NAME_TYPES = ("short_text",)


def check_answer_choices(draft: PackDraft) -> Iterator[Diagnostic]:
    """Every problem of the questions whose choices come from an earlier answer."""
    earlier: dict[str, Located] = {}
    for located, _ in draft.questions():
        source = getattr(located.item, "choices_from", None)
        if isinstance(source, AnswerChoices):
            yield from _check_source(draft, located, source, earlier)
        earlier.setdefault(located.item.id, located)


def _check_source(draft: PackDraft, asked: Located, source: AnswerChoices,
                  earlier: dict[str, Located]) -> Iterator[Diagnostic]:
    name = source.question
    where = (*asked.path, "choices_from", "question")
    if name not in earlier:
        later = next((q for q, _ in draft.questions() if q.item.id == name), None)
        if later is not None:
            yield asked.doc.diagnostic(where, f"'{name}' comes after '{asked.item.id}': choices "
                                       "can only come from an earlier question's answer",
                                       f"move '{asked.item.id}' after '{name}'")
        else:
            yield asked.doc.diagnostic(where, f"unknown question '{name}' (looked for among "
                                       "the questions before this one)",
                                       did_you_mean(name, list(earlier)))
        return
    origin = earlier[name].item
    if isinstance(origin, TableQuestion):
        yield from _check_column(asked, source, origin)
    elif isinstance(origin, MultipleChoiceQuestion):
        if source.column is not None:
            yield asked.error(f"'{name}' is a multiple_choice question, which has no columns",
                              "remove 'column': the choices are the ones picked in "
                              f"'{name}'", key="choices_from")
    else:
        yield asked.doc.diagnostic(where, f"'{name}' is a {origin.type} question: choices can "
                                   "come from a table's rows or a multiple_choice answer only")


def _check_column(asked: Located, source: AnswerChoices,
                  table: TableQuestion) -> Iterator[Diagnostic]:
    columns = {c.id: c for c in table.columns}
    names = [c.id for c in table.columns if c.type in ROW_NAME_TYPES]
    if source.column is None:
        hint = f"add column: {names[0]}" if names else None
        yield asked.error(f"'{table.id}' is a table: say which column names each row",
                          hint, key="choices_from")
        return
    where = (*asked.path, "choices_from", "column")
    column = columns.get(source.column)
    if column is None:
        yield asked.doc.diagnostic(where, f"unknown column '{source.column}' (looked for among "
                                   f"the columns of table '{table.id}')",
                                   did_you_mean(source.column, list(columns)))
    elif column.type not in ROW_NAME_TYPES:
        hint = f"use a short_text column such as '{names[0]}'" if names else \
            "add a short_text column that names each row"
        yield asked.doc.diagnostic(where, f"column '{column.id}' of '{table.id}' is a "
                                   f"{column.type} column: a row's name must be short_text",
                                   hint)
