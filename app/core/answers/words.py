"""The words for answers that are not the pack's: states, yes / no, "not answered"."""

from __future__ import annotations

STATE_WORDS = {
    "unknown": {"en": "Unknown", "ko": "모름"},
    "not_applicable": {"en": "Not applicable", "ko": "해당 없음"},
}
YES_NO_WORDS = {
    "yes": {"en": "Yes", "ko": "예"},
    "no": {"en": "No", "ko": "아니오"},
    "partial": {"en": "Partly", "ko": "일부"},
}
UNANSWERED = {"en": "Not answered", "ko": "미응답"}


def word(words: dict[str, dict[str, str]], key: str, lang: str) -> str:
    """``words[key]`` in ``lang`` (English when missing)."""
    return words[key].get(lang, words[key]["en"])
