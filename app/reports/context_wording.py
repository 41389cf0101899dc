"""The report's words that depend on the pack, and the sign-off page's answers (pure).

A template's wording is about reports in general ("Risk map", "Sign-off"); what
the system is called, the cover's subtitle or what the model chapter is about
depend on what the pack assesses, so a pack gives them in its ``report.wording``
(docs/pack-format.md) and they replace the template's. The sign-off page prints
the answers to the questions the pack names in ``report.signoff``.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from app.core.model import LangText
from app.core.pack import Pack
from app.core.session import Session
from app.reports.context_answers import question_view
from app.reports.errors import ReportError

# pack wording key -> where its text goes in the template's wording
WORDING_PLACES: dict[str, tuple[str, ...]] = {
    "document": ("doc_kind",),
    "subtitle": ("doc_subtitle",),
    "system_label": ("cover", "system"),
    "system_fallback": ("system_fallback",),
    "system_column": ("flows", "systems"),
    "scope_intro": ("scope", "intro"),
    "models_intro": ("models", "intro"),
    "flows_intro": ("flows", "intro"),
    "signoff_intro": ("signoff", "intro"),
    "decision_consult": ("signoff", "decision_consult"),
}
SIGNOFF_ROLES = ("dpo_opinion", "validator", "decision", "consulted")


def check_language(pack: Pack, lang: str) -> None:
    """:class:`ReportError` unless ``pack`` declares ``lang``."""
    if lang not in pack.languages:
        raise ReportError(
            f"the questionnaire {pack.id} has no '{lang[:20]}' text "
            f"(its languages: {', '.join(pack.languages)}); choose one of those",
            "language",
        )


def report_words(pack: Pack, lang: str, words: Mapping[str, Any]) -> dict[str, Any]:
    """The template's ``words`` with the pack's own report wording put in its places."""
    merged = copy.deepcopy(dict(words))
    wording = pack.manifest.report.wording
    for key, place in WORDING_PLACES.items():
        text: LangText | None = getattr(wording, key)
        if text is None:
            continue
        target = merged
        for part in place[:-1]:
            target = target.setdefault(part, {})
        target[place[-1]] = pack.text(text, lang)
    return merged


def signoff(
    pack: Pack, session: Session, lang: str, notes: Mapping[str, str]
) -> dict[str, Any]:
    """For each sign-off role the pack declares: the question and its answer (or None).

    A role whose question is hidden or unanswered is ``None`` too, so the page
    keeps its blank lines for a hand-written answer.
    """
    roles = pack.manifest.report.signoff
    found: dict[str, Any] = {}
    for role in SIGNOFF_ROLES:
        qid = getattr(roles, role)
        if qid is None:
            continue
        view = question_view(pack, session, pack.questions[qid], lang, notes)
        visible = session.is_visible(qid)
        found[role] = {**view, "answered": visible and view["state"] == "answered"}
    return found


def shown_chapters(scope: Mapping[str, Any], models: Mapping[str, Any],
                   flows: Mapping[str, Any]) -> dict[str, bool]:
    """Which of the pack-dependent chapters have something to show (the others are left out)."""
    return {
        "scope": bool(scope["covered"] and (scope["questions"] or scope["description"])),
        "models": bool((models["covered"] and models["entries"]) or models["scans"]),
        "flows": bool(flows["covered"]),
    }
