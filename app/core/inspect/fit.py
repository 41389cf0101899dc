"""Proposals fitted to the loaded pack, and merged into existing answers without overwriting.

Only columns and choices the pack really has are kept, so a revised pack with
renamed ids loses a proposal instead of receiving an invalid answer. Merging
adds a row per new model and fills only the empty cells of a row that already
names the same model; a cell whose stored value differs is changed only when
the user chose it (``overwrite``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.core.inspect import mapping
from app.core.inspect.inventory import Proposals, RowProposal, Suggestion
from app.core.model import AnyColumn, AnyQuestion, TableQuestion
from app.core.pack import Pack


def fit_to_pack(pack: Pack, proposals: Proposals) -> Proposals:
    """Drop every cell and answer the pack cannot hold."""
    table = pack.questions.get(mapping.INVENTORY_QUESTION)
    rows: list[RowProposal] = []
    if isinstance(table, TableQuestion):
        columns = {c.id: c for c in table.columns}
        for row in proposals.rows:
            cells = {cid: s for cid, s in row.cells.items()
                     if cid in columns and _fits(pack, columns[cid], s.value)}
            rows.append(RowProposal(row.model, cells))
    answers = {}
    for qid, suggestion in proposals.answers.items():
        question = pack.questions.get(qid)
        fitted = _fit_answer(pack, question, suggestion) if question is not None else None
        if fitted is not None:
            answers[qid] = fitted
    return Proposals(rows, answers)


def _choice_ids(pack: Pack, asked: AnyQuestion | AnyColumn) -> set[str]:
    return {c.id for c in pack.choices(asked)}


def _fits(pack: Pack, column: AnyColumn, value: Any) -> bool:
    if column.type == "single_choice":
        return value in _choice_ids(pack, column)
    if column.type == "number":
        low, high = column.min, column.max
        return isinstance(value, int | float) and (low is None or value >= low) and (
            high is None or value <= high) and (not column.integer or float(value).is_integer())
    if column.type == "short_text":
        return isinstance(value, str) and 0 < len(value) <= column.max_length
    return False


def _fit_answer(pack: Pack, question: AnyQuestion, suggestion: Suggestion) -> Suggestion | None:
    if question.type == "single_choice" and suggestion.value in _choice_ids(pack, question):
        return suggestion
    if question.type == "multiple_choice" and isinstance(suggestion.value, list):
        kept = [v for v in suggestion.value if v in _choice_ids(pack, question)]
        return Suggestion(kept, suggestion.evidence) if kept else None
    return None


def _key(row: Mapping[str, Any]) -> str:
    return str(row.get(mapping.COLUMNS["name"], "")).strip().casefold()


def merge_rows(
    existing: Iterable[Mapping[str, Any]],
    accepted: Iterable[Mapping[str, Any]],
    overwrite: Iterable[tuple[str, str]] = (),
) -> list[dict[str, Any]]:
    """Existing rows with ``accepted`` cells merged in (matched by model name) or appended.

    ``overwrite`` lists the (model name, column id) pairs the user chose to replace.
    """
    rows = [dict(r) for r in existing]
    replace = {(name.strip().casefold(), cid) for name, cid in overwrite}
    for cells in accepted:
        match = next((r for r in rows if _key(r) and _key(r) == _key(cells)), None)
        if match is None:
            rows.append(dict(cells))
            continue
        for cid, value in cells.items():
            if match.get(cid) in (None, "") or (_key(cells), cid) in replace:
                match[cid] = value
    return rows


def conflicts(existing: Iterable[Mapping[str, Any]], cells: Mapping[str, Any]) -> dict[str, Any]:
    """The cells of an existing row for the same model that hold a different value."""
    match = next((r for r in existing if _key(r) and _key(r) == _key(cells)), None)
    if match is None:
        return {}
    return {cid: match[cid] for cid, value in cells.items()
            if match.get(cid) not in (None, "") and match[cid] != value}
