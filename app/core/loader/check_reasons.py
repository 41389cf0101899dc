"""Checks of the wording a pack adds for reasons: ``reason:`` placeholders and ``row_name``."""

from __future__ import annotations

from collections.abc import Iterator

from app.core.diagnostics import Diagnostic
from app.core.expr import references
from app.core.loader.draft import PackDraft
from app.core.pack import CompiledRules
from app.core.reasons.pack_reason import check_placeholder, placeholders


def check_reasons(draft: PackDraft, rules: CompiledRules) -> Iterator[Diagnostic]:
    """Every placeholder of every risk's ``reason`` names a question of the right kind."""
    questions = {q.item.id: q.item for q, _ in draft.questions()}
    for risk in draft.risks():
        reason = risk.item.reason
        if reason is None:
            continue
        when = rules.risk_when.get(risk.item.id)
        used = set(references(when)) if when is not None else None
        for lang, text in reason.root.items():
            for kind, qid in placeholders(text):
                problem = check_placeholder(kind, qid, questions, used)
                if problem is not None:
                    yield risk.doc.diagnostic(
                        (*risk.path, "reason", lang), problem.message, problem.hint
                    )


def check_row_names(draft: PackDraft) -> Iterator[Diagnostic]:
    """At most one column of a table names its rows."""
    for located, _ in draft.questions():
        marked = [i for i, c in enumerate(getattr(located.item, "columns", ())) if c.row_name]
        for index in marked[1:]:
            yield located.doc.diagnostic(
                (*located.path, "columns", index, "row_name"),
                f"table '{located.item.id}' already has a row_name column",
                "mark only the one column that names each row",
            )
