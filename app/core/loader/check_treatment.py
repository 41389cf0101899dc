"""Checks of how risks are rated and accepted: who rates, level words, the acceptance policy."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.loader.draft import Located, PackDraft
from app.core.model import LangText

AXES = ("likelihood", "severity")


def check_treatment(draft: PackDraft) -> Iterator[Diagnostic]:
    """Rating keys of every risk, clashing level words, step descriptions, the policy."""
    for risk in draft.risks():
        yield from _check_rating(risk)
    yield from _check_level_words(draft)
    yield from _check_descriptions(draft)
    yield from _check_policy(draft)


def _check_rating(risk: Located) -> Iterator[Diagnostic]:
    item = risk.item
    for axis in AXES:
        rules = getattr(item, axis)
        if item.rated_by == "rules" and rules is None:
            yield risk.error(
                f"risk '{item.id}' has no {axis}",
                f"give a {axis} step or rules, or write 'rated_by: assessor' when the "
                "assessor sets the levels",
                key="id",
            )
        elif item.rated_by == "assessor" and rules is not None:
            yield risk.error(
                f"risk '{item.id}' is rated by the assessor, so it takes no {axis}",
                f"remove '{axis}', or remove 'rated_by: assessor' to rate it by rules",
                key=axis,
            )


def _words(text: LangText) -> dict[str, str]:
    """The text per language, normalised for comparison (case, width, spacing)."""
    return {
        lang: " ".join(unicodedata.normalize("NFKC", value).casefold().split())
        for lang, value in text.root.items()
    }


def _check_level_words(draft: PackDraft) -> Iterator[Diagnostic]:
    """A step called like a risk level ('높음' twice) makes "High × Severe = High" unreadable."""
    matrix = draft.manifest.risk_matrix
    levels = [(level.id, _words(level.label)) for level in matrix.levels]
    for axis in AXES:
        for index, step in enumerate(getattr(matrix, axis)):
            for lang, word in _words(step.label).items():
                clash = next((lid for lid, words in levels if words.get(lang) == word), None)
                if clash is not None:
                    yield draft.manifest_doc.diagnostic(
                        ("risk_matrix", axis, index, "label", lang),
                        f"{axis} step '{step.id}' is called '{step.label.root[lang][:80]}' "
                        f"in '{lang}', the same word as risk level '{clash}'",
                        "readers cannot tell the two apart in the register; choose another "
                        "word for the step",
                    ).as_warning()


def _check_descriptions(draft: PackDraft) -> Iterator[Diagnostic]:
    """Steps either all say what they mean, or none does (half a legend misleads)."""
    matrix = draft.manifest.risk_matrix
    for axis in AXES:
        steps = getattr(matrix, axis)
        described = [step.description is not None for step in steps]
        if any(described) and not all(described):
            for index, step in enumerate(steps):
                if step.description is None:
                    yield draft.manifest_doc.diagnostic(
                        ("risk_matrix", axis, index, "id"),
                        f"{axis} step '{step.id}' has no description, but other steps do",
                        "describe every step so that the report's legend is complete",
                    ).as_warning()


def _check_policy(draft: PackDraft) -> Iterator[Diagnostic]:
    policy = draft.manifest.acceptance
    if policy is None:
        return
    doc = draft.manifest_doc
    roles = [role.id for role in policy.roles]
    for index, role in enumerate(roles):
        if role in roles[:index]:
            yield doc.diagnostic(("acceptance", "roles", index, "id"),
                                 f"acceptance role '{role}' is declared twice")
    levels = [level.id for level in draft.manifest.risk_matrix.levels]
    for level_id, rule in policy.levels.items():
        at = ("acceptance", "levels", level_id)
        if level_id not in levels:
            yield doc.diagnostic(at, f"unknown risk level '{level_id}' in the matrix's 'levels'",
                                 did_you_mean(level_id, levels) or
                                 f"expected one of {', '.join(levels)}", key=True)
        for index, role in enumerate(rule.by):
            if role not in roles:
                yield doc.diagnostic((*at, "by", index),
                                     f"unknown acceptance role '{role}' in 'acceptance: roles'",
                                     did_you_mean(role, roles) or
                                     "declare it under 'acceptance: roles'")
        if not rule.allowed and rule.by:
            yield doc.diagnostic((*at, "by"), f"risk level '{level_id}' may not be accepted, "
                                 "so 'by' is never used", "remove 'by' or 'allowed: false'"
                                 ).as_warning()
