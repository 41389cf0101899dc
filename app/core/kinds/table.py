"""Tables: rows of typed cells, one per column; each column is of another kind."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app.core.answers.errors import AnswerError
from app.core.answers.words import ROWS, word_in
from app.core.expr import ExprType, Table
from app.core.kinds.base import ChoicesOf, QuestionKind, short
from app.core.kinds.coerce import coerce_value
from app.core.kinds.registry import kind_of
from app.core.model import AnyColumn, TableQuestion

if TYPE_CHECKING:
    from app.core.pack import Pack


class TableKind(QuestionKind[TableQuestion]):
    name = "table"
    question_model = TableQuestion

    def is_blank(self, asked: TableQuestion, value: Any) -> bool:
        # an empty table is a real answer ("no rows"), unlike an empty selection
        return isinstance(value, str) and not value.strip()

    def coerce(self, asked: TableQuestion, value: Any,
               choices_of: ChoicesOf) -> tuple[dict[str, Any], ...]:
        if not isinstance(value, list | tuple) or not all(isinstance(row, dict) for row in value):
            raise AnswerError(asked.id, "expected a list of rows")
        if len(value) > asked.max_rows:
            raise AnswerError(asked.id, f"more than {asked.max_rows} rows")
        columns = {column.id: column for column in asked.columns}
        return tuple(_row(asked.id, index, row, columns, choices_of)
                     for index, row in enumerate(value))

    def display(self, pack: Pack, asked: TableQuestion, value: Any, lang: str) -> str:
        return word_in(ROWS, lang).replace("{n}", str(len(value)))

    def expr_type(self, asked: TableQuestion, choices_of: ChoicesOf) -> ExprType:
        return Table({c.id: kind_of(c).expr_type(c, choices_of) for c in asked.columns})

    def parse_text(self, pack: Pack, asked: TableQuestion, text: str) -> Any:
        try:
            return json.loads(text.strip())
        except json.JSONDecodeError as exc:
            raise AnswerError(asked.id, f"give the rows as JSON: {exc.msg}") from None

    def demo_value(self, pack: Pack, asked: TableQuestion, lang: str) -> tuple[dict[str, Any], ...]:
        return tuple(
            {column.id: kind_of(column).demo_value(pack, column, lang) for column in asked.columns}
            for _ in range(max(1, asked.min_rows))
        )


def _row(table_id: str, index: int, row: dict[str, Any], columns: dict[str, AnyColumn],
         choices_of: ChoicesOf) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, cell in row.items():
        column = columns.get(key)
        if column is None:
            known = ", ".join(columns)
            raise AnswerError(
                table_id, f"row {index + 1}: unknown column {short(key)} (columns: {known})"
            )
        if cell is None or kind_of(column).is_blank(column, cell):
            continue  # an empty cell is no cell
        try:
            result[key] = coerce_value(column, cell, choices_of)
        except AnswerError as exc:
            raise AnswerError(table_id, f"row {index + 1}, column {key}: {exc.message}") from None
    return result
