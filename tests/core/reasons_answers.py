"""Answers that make a rule true: the golden scenarios first, then a seeded random search.

The search changes only the questions a rule reads and the questions their
visibility depends on, so even rules with four conditions are met in a few
hundred tries. It is deterministic (a fixed seed per rule).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from app.core.answers import Answer
from app.core.answers.file import parse_answer_file
from app.core.expr import Expr, references
from app.core.model import AnyColumn, AnyQuestion, TableQuestion
from app.core.pack import Pack
from app.core.scenarios import scenario_files, scenario_session
from app.core.session import Session

NUMBERS = (0, 3, 12, 40, 400, 20_000, 60_000, 600_000, 2_000_000)
DATES = (dt.date(2024, 5, 2), dt.date(2026, 9, 1), dt.date(2027, 3, 15))
ROW_NAMES = ("Acme Cloud", "Nimbus Labs", "Seoul Clinic EMR")
TRIES = 400


def scenario_sessions(pack: Pack, folder: Path) -> list[Session]:
    sessions = []
    for path in scenario_files(folder):
        session, problems = scenario_session(pack, parse_answer_file(path.read_bytes(), path.name))
        assert not problems, problems
        sessions.append(session)
    return sessions


def satisfy(pack: Pack, expr: Expr, bases: Iterable[Session], seed: str) -> Session | None:
    """A session in which ``expr`` is true, or None if none was found."""
    bases = list(bases)
    for base in bases:
        if base.evaluate(expr) is True:
            return base
    rng = random.Random(seed)  # noqa: S311 - test data, not security
    varied = sorted(_with_visibility(pack, set(references(expr, None))))
    for attempt in range(TRIES):
        answers = dict(bases[attempt % len(bases)].answers) if bases else {}
        for qid in varied:
            answer = random_answer(pack, pack.questions[qid], rng)
            if answer is None:
                answers.pop(qid, None)
            else:
                answers[qid] = answer
        session = Session(pack, answers)
        if session.evaluate(expr) is True:
            return session
    return None


def _with_visibility(pack: Pack, qids: set[str]) -> set[str]:
    """``qids`` and every question their visibility depends on, transitively."""
    found = {q for q in qids if q in pack.questions}
    pending = list(found)
    while pending:
        for expr in pack.conditions(pending.pop()):
            for ref in references(expr, None):
                if ref in pack.questions and ref not in found:
                    found.add(ref)
                    pending.append(ref)
    return found


def random_answer(pack: Pack, question: AnyQuestion, rng: random.Random) -> Answer | None:
    roll = rng.random()
    if roll < 0.12:
        return None
    states = [s for s in getattr(question, "allow", ()) if s in ("unknown", "not_applicable")]
    if states and roll < 0.25:
        return Answer(None, rng.choice(states))
    if isinstance(question, TableQuestion):
        rows = tuple(_row(pack, question, index, rng) for index in range(rng.randint(0, 3)))
        return Answer(rows)
    return Answer(random_value(pack, question, rng))


def random_value(
    pack: Pack, asked: AnyQuestion | AnyColumn, rng: random.Random, cell: bool = False
) -> Any:
    """A value of ``asked``; a table cell may also hold an allowed 'unknown' or 'not_applicable'."""
    kind = asked.type
    allowed = list(getattr(asked, "allow", ()))
    states = [a for a in allowed if a != "partial"] if cell else []
    if kind == "yes_no":
        return rng.choice(["yes", "no", *(["partial"] if "partial" in allowed else []), *states])
    if kind in ("single_choice", "multiple_choice"):
        choices = pack.choices(asked)
        if kind == "single_choice":
            return rng.choice([c.id for c in choices] + states)
        picked = rng.sample(list(choices), k=min(len(choices), rng.randint(1, 4)))
        if any(c.exclusive for c in picked):
            picked = [next(c for c in picked if c.exclusive)]
        return tuple(c.id for c in choices if c in picked)
    if kind == "number":
        return _number(asked, rng)
    if kind == "date":
        return rng.choice(DATES)
    return rng.choice(("Short.", "A purpose described in about forty-five characters.",
                       "Notes " * 20))[: getattr(asked, "max_length", 500)].strip()


def _number(asked: Any, rng: random.Random) -> int | float:
    low = asked.min if asked.min is not None else 0
    high = asked.max if asked.max is not None else 10**9
    fitting = [n for n in NUMBERS if low <= n <= high] or [low]
    return int(rng.choice(fitting))


def _row(pack: Pack, table: TableQuestion, index: int, rng: random.Random) -> Mapping[str, Any]:
    row: dict[str, Any] = {}
    for column in table.columns:
        if rng.random() < 0.1 and not column.required:
            continue
        if column.type == "short_text":
            row[column.id] = f"{ROW_NAMES[index % len(ROW_NAMES)]} {index + 1}"
        else:
            row[column.id] = random_value(pack, column, rng, cell=True)
    return row
