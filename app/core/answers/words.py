"""The words for answers that are not the pack's: states, yes / no, "not answered", rows."""

from __future__ import annotations

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


def word(words: dict[str, dict[str, str]], key: str, lang: str) -> str:
    """``words[key]`` in ``lang`` (see :func:`word_in`)."""
    return word_in(words[key], lang)
