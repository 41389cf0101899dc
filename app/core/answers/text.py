"""Answers typed as text (command line) and answers shown as text (CLI, report evidence).

How a value of a type is read from text and shown as text is its kind's
(``app.core.kinds``); here are the states and "not answered", which every type shares.
"""

from __future__ import annotations

from typing import Any

from app.core.answers import Answer, coerce_value
from app.core.answers.words import ROWS, STATE_WORDS, UNANSWERED, YES_NO_WORDS, word, word_in
from app.core.kinds import kind_of
from app.core.model import AnyQuestion
from app.core.pack import Pack

__all__ = ["ROWS", "STATE_WORDS", "UNANSWERED", "YES_NO_WORDS", "choice_ids", "format_answer",
           "format_value", "parse_answer_text", "word_in"]


def parse_answer_text(pack: Pack, question: AnyQuestion, text: str) -> Answer:
    """Turn ``yes``, ``a,b``, ``12``, ``2026-01-31`` or a JSON table into a checked answer.

    Choice ids match whatever their case: ``Yes`` answers ``yes``.
    """
    raw = kind_of(question).parse_text(pack, question, text)
    return Answer(coerce_value(question, raw, pack.choices))


def choice_ids(pack: Pack, question: AnyQuestion) -> list[str]:
    """The ids a choice question takes as answers (``yes``, ``no``, ``partial`` for yes/no)."""
    return kind_of(question).options(pack, question)


def format_answer(pack: Pack, question: AnyQuestion, answer: Answer | None, lang: str) -> str:
    """An answer as a reader sees it, in ``lang``."""
    if answer is None:
        return word_in(UNANSWERED, lang)
    if answer.state != "answered":
        return word(STATE_WORDS, answer.state, lang)
    return format_value(pack, question, answer.value, lang)


def format_value(pack: Pack, asked: Any, value: Any, lang: str) -> str:
    """A typed value (or a table cell) as text."""
    if value is None:
        return "—"
    return kind_of(asked).display(pack, asked, value, lang)
