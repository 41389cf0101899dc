"""Checks of what a pack declares about its earlier versions: renames and removals.

``renamed_from`` (questions and choices) and the manifest's ``removed_questions``
tell an upgrade where old answers go. An old id that is still in use, claimed
twice, or both renamed and removed would make that ambiguous, so each is an
error located at the offending entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.core.diagnostics import Diagnostic
from app.core.loader.draft import Located, PackDraft
from app.core.loader.yaml_guard import Path_
from app.core.model import Choice


def check_versions(draft: PackDraft) -> Iterator[Diagnostic]:
    """Every problem with ``renamed_from`` and ``removed_questions``, in file order."""
    questions = [q for q, _ in draft.questions()]
    current = {q.item.id: q for q in questions}
    removed = set(draft.manifest.removed_questions)
    yield from _check_question_renames(questions, current, removed)
    yield from _check_removed(draft, current)
    for owner, choices, base in _choice_lists(draft):
        yield from _check_choice_renames(owner, choices, base)


def _where(located: Located) -> str:
    return located.doc.diagnostic((*located.path, "id"), "").location


def _check_question_renames(
    questions: list[Located], current: dict[str, Located], removed: set[str]
) -> Iterator[Diagnostic]:
    claimed: dict[str, Located] = {}
    for question in questions:
        for index, old in enumerate(question.item.renamed_from):
            at = (*question.path, "renamed_from", index)
            if old == question.item.id:
                yield question.doc.diagnostic(
                    at, f"question '{old}' cannot be renamed from its own id",
                    "list only the ids it had in earlier versions")
            elif old in current:
                yield question.doc.diagnostic(
                    at, f"'{old}' is still the id of a question (at {_where(current[old])})",
                    "an old id cannot stay in use: remove it from 'renamed_from', "
                    "or give the other question a new id")
            elif old in claimed:
                yield question.doc.diagnostic(
                    at, f"'{old}' is already renamed to question '{claimed[old].item.id}' "
                    f"(at {_where(claimed[old])})",
                    "the answers of an old question can move to one question only")
            elif old in removed:
                yield question.doc.diagnostic(
                    at, f"'{old}' is both renamed to '{question.item.id}' and listed in "
                    "removed_questions", "remove it from one of the two")
            claimed.setdefault(old, question)


def _check_removed(draft: PackDraft, current: dict[str, Located]) -> Iterator[Diagnostic]:
    seen: set[str] = set()
    for index, old in enumerate(draft.manifest.removed_questions):
        at = ("removed_questions", index)
        if old in current:
            yield draft.manifest_doc.diagnostic(
                at, f"question '{old}' is listed as removed but is still in the pack "
                f"(at {_where(current[old])})",
                "remove it from 'removed_questions', or remove the question")
        elif old in seen:
            yield draft.manifest_doc.diagnostic(at, f"'{old}' is listed twice")
        seen.add(old)


def _choice_lists(draft: PackDraft) -> Iterator[tuple[Located, tuple[Choice, ...], Path_]]:
    """Every inline choice list and shared list, with where its entries sit."""
    for _, located in draft.choice_lists():
        yield located, tuple(located.item), located.path
    askers = [q for q, _ in draft.questions()] + [c for c, _ in draft.columns()]
    for asked in askers:
        inline = getattr(asked.item, "choices", None)
        if inline:
            yield asked, tuple(inline), (*asked.path, "choices")


def _check_choice_renames(
    owner: Located, choices: Iterable[Choice], base: Path_
) -> Iterator[Diagnostic]:
    listed = list(choices)
    ids = {choice.id for choice in listed}
    claimed: dict[str, str] = {}
    for c_index, choice in enumerate(listed):
        for index, old in enumerate(choice.renamed_from):
            at = (*base, c_index, "renamed_from", index)
            if old in ids:
                yield owner.doc.diagnostic(
                    at, f"'{old}' is still the id of a choice in this list",
                    "an old choice id cannot stay in use: remove it from 'renamed_from'")
            elif old in claimed:
                yield owner.doc.diagnostic(
                    at, f"'{old}' is already renamed to choice '{claimed[old]}'",
                    "an old choice can move to one choice only")
            claimed.setdefault(old, choice.id)
