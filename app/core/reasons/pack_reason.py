"""A pack's own words for why a risk is raised: ``reason:`` with ``{kind:id}`` placeholders.

| Placeholder    | Becomes                                                        |
|----------------|----------------------------------------------------------------|
| ``{answer:q}`` | the answer to question ``q``, as the reader gave it            |
| ``{count:q}``  | how many choices of ``q`` are selected, or how many rows it has |
| ``{rows:t}``   | the names of the rows of table ``t`` that made the rule true    |
| ``{matched:t}``| how many rows of ``t`` made the rule true                       |
| ``{total:t}``  | how many rows ``t`` has                                         |

``q`` and ``t`` must be questions the risk's ``when`` reads. The loader checks
every placeholder (``app/core/loader/check_reasons.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass

from app.core.diagnostics import did_you_mean
from app.core.model import AnyQuestion

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
KINDS: dict[str, tuple[str, ...]] = {
    "answer": (),  # any question
    "count": ("multiple_choice", "table"),
    "rows": ("table",),
    "matched": ("table",),
    "total": ("table",),
}
ALL_KINDS = "{answer:q}, {count:q}, {rows:t}, {matched:t} or {total:t}"
_KIND_WORDS = {"multiple_choice": "multiple-choice", "table": "table"}


@dataclass(frozen=True)
class Problem:
    message: str
    hint: str | None = None


def placeholders(text: str) -> Iterator[tuple[str, str]]:
    """Every ``{kind:id}`` of ``text`` as (kind, id); id is "" when missing."""
    for match in PLACEHOLDER.finditer(text):
        kind, _, qid = match.group(1).partition(":")
        yield kind.strip(), qid.strip()


def check_placeholder(
    kind: str, qid: str, questions: Mapping[str, AnyQuestion], used: Set[str] | None
) -> Problem | None:
    """What is wrong with one placeholder, if anything.

    ``used``: the questions the risk's ``when`` reads (None when it did not compile).
    """
    written = "{" + kind + (":" + qid if qid else "") + "}"
    if kind not in KINDS:
        hint = did_you_mean(kind, KINDS) or f"use {ALL_KINDS}"
        return Problem(f"unknown placeholder '{written}' in reason", hint)
    if not qid:
        return Problem(f"'{written}' names no question", f"write {{{kind}:QUESTION_ID}}")
    if qid not in questions:
        return Problem(f"unknown question '{qid}' in '{written}'", did_you_mean(qid, questions))
    needed = KINDS[kind]
    if needed and questions[qid].type not in needed:
        wanted = " or ".join(_KIND_WORDS[n] for n in needed)
        return Problem(f"'{written}' needs a {wanted} question, not '{qid}'")
    if used is not None and qid not in used:
        return Problem(
            f"'{written}' names a question the risk's 'when' does not read",
            "a reason can only speak of the answers its rule looks at",
        )
    return None
