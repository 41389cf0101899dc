"""Answers typed as text (command line) and answers shown as text (CLI, report evidence)."""

from __future__ import annotations

import json
from typing import Any

from app.core.answers import Answer, AnswerError, coerce_value
from app.core.model import AnyQuestion
from app.core.pack import Pack

STATE_WORDS = {
    "unknown": {"en": "Unknown", "ko": "모름", "fr": "Ne sait pas", "it": "Non so",
                "pt-BR": "Não sei"},
    "not_applicable": {"en": "Not applicable", "ko": "해당 없음", "fr": "Non applicable",
                       "it": "Non applicabile", "pt-BR": "Não se aplica"},
}
YES_NO_WORDS = {
    "yes": {"en": "Yes", "ko": "예", "fr": "Oui", "it": "Sì", "pt-BR": "Sim"},
    "no": {"en": "No", "ko": "아니오", "fr": "Non", "it": "No", "pt-BR": "Não"},
    "partial": {"en": "Partly", "ko": "일부", "fr": "En partie", "it": "In parte",
                "pt-BR": "Em parte"},
}
UNANSWERED = {"en": "Not answered", "ko": "미응답", "fr": "Sans réponse", "it": "Senza risposta",
              "pt-BR": "Sem resposta"}
ROWS = {"en": "{n} row(s)", "ko": "{n}개 행", "fr": "{n} ligne(s)", "it": "{n} riga/e",
        "pt-BR": "{n} linha(s)"}


def word_in(words: dict[str, str], lang: str) -> str:
    """``words`` in ``lang``, else in its base language (``pt`` for ``pt-BR``), else English."""
    return words.get(lang) or words.get(lang.split("-")[0]) or words["en"]


def parse_answer_text(pack: Pack, question: AnyQuestion, text: str) -> Answer:
    """Turn ``yes``, ``a,b``, ``12``, ``2026-01-31`` or a JSON table into a checked answer.

    Choice ids match whatever their case: ``Yes`` answers ``yes``.
    """
    raw: Any = text.strip()
    if question.type == "multiple_choice":
        ids = choice_ids(pack, question)
        raw = [_choice_id(part.strip(), ids) for part in raw.split(",") if part.strip()]
    elif question.type in ("yes_no", "single_choice"):
        raw = _choice_id(raw, choice_ids(pack, question))
    elif question.type == "number":
        raw = _number(question.id, raw)
    elif question.type == "table":
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise AnswerError(question.id, f"give the rows as JSON: {exc.msg}") from None
    elif question.type == "long_text":
        raw = text
    return Answer(coerce_value(question, raw, pack.choices))


def choice_ids(pack: Pack, question: AnyQuestion) -> list[str]:
    """The ids a choice question takes as answers (``yes``, ``no``, ``partial`` for yes/no)."""
    if question.type == "yes_no":
        return ["yes", "no", *(["partial"] if "partial" in question.allow else [])]
    if question.type in ("single_choice", "multiple_choice"):
        return [choice.id for choice in pack.choices(question)]
    return []


def _choice_id(text: str, ids: list[str]) -> str:
    """The choice id ``text`` names, ignoring case ("Yes" is ``yes``); else ``text`` itself."""
    if text in ids:
        return text
    return next((choice for choice in ids if choice.casefold() == text.casefold()), text)


def _number(qid: str, text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            raise AnswerError(qid, f"expected a number, got {text!r}") from None


def format_answer(pack: Pack, question: AnyQuestion, answer: Answer | None, lang: str) -> str:
    """An answer as a reader sees it, in ``lang``."""
    if answer is None:
        return word_in(UNANSWERED, lang)
    if answer.state != "answered":
        return word_in(STATE_WORDS[answer.state], lang)
    return format_value(pack, question, answer.value, lang)


def format_value(pack: Pack, asked: Any, value: Any, lang: str) -> str:
    """A typed value (or a table cell) as text."""
    if value is None:
        return "—"
    if (
        isinstance(value, str)
        and value in STATE_WORDS
        and asked.type in ("yes_no", "single_choice")
    ):
        return word_in(STATE_WORDS[value], lang)
    if asked.type == "yes_no":
        return word_in(YES_NO_WORDS[value], lang) if value in YES_NO_WORDS else str(value)
    if asked.type in ("single_choice", "multiple_choice"):
        ids = [value] if isinstance(value, str) else list(value)
        return ", ".join(_choice_label(pack, asked, cid, lang) for cid in ids) or "—"
    if asked.type == "number":
        unit = pack.text(asked.unit, lang) if asked.unit else ""
        return (
            f"{value:g} {unit}".strip() if isinstance(value, float) else f"{value} {unit}".strip()
        )
    if asked.type == "date":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if asked.type == "table":
        return word_in(ROWS, lang).replace("{n}", str(len(value)))
    return str(value)


def _choice_label(pack: Pack, asked: Any, choice_id: str, lang: str) -> str:
    choice = pack.choice(asked, choice_id)
    return pack.text(choice.label, lang) if choice else choice_id
