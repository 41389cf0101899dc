"""Cross-checks of the manifest's ``report`` roles.

Each role names a module, a question or a table column; it must exist and be
of a kind the report can read (a ``system_name`` is short text, a
``model_inventory`` a table...; a sign-off role may be any question). Errors
point at the role's value in ``pack.yaml``, with a "did you mean" hint when a close id exists.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.loader.draft import PackDraft
from app.core.model import AnyQuestion, FlowRole, TableQuestion

QUESTION_KINDS: dict[str, tuple[str, ...]] = {
    "system_name": ("short_text",),
    "model_inventory": ("table",),
    "home_country": ("single_choice", "short_text"),
}
FLOW_COLUMNS = ("source", "system", "recipient", "country", "data", "relationship")
COLUMN_KINDS: dict[str, tuple[str, ...]] = {"country": ("single_choice", "short_text")}
SIGNOFF_ROLES = ("dpo_opinion", "validator", "decision", "consulted")  # any kind of question


def check_report(draft: PackDraft) -> Iterator[Diagnostic]:
    """Every role of ``report`` that names a missing module, question or column, or a wrong kind."""
    roles = draft.manifest.report
    questions = {located.item.id: located.item for located, _ in draft.questions()}
    if roles.scope_module is not None:
        modules = [module.id for module, _ in draft.modules]
        if roles.scope_module not in modules:
            yield _error(
                draft, ("scope_module",),
                f"unknown module '{roles.scope_module}' among the module files in 'modules'",
                did_you_mean(roles.scope_module, modules),
            )
    for role, kinds in QUESTION_KINDS.items():
        qid = getattr(roles, role)
        if qid is not None:
            yield from _check_question(draft, questions, (role,), qid, kinds)
    for role in ("data_flows", "transfers"):
        flow = getattr(roles, role)
        if flow is not None:
            yield from _check_flow(draft, questions, role, flow)
    for role in SIGNOFF_ROLES:
        qid = getattr(roles.signoff, role)
        if qid is not None and qid not in questions:
            yield _error(draft, ("signoff", role),
                         f"unknown question '{qid}' in this pack's modules",
                         did_you_mean(qid, questions))


def _error(draft: PackDraft, at: tuple[str, ...], message: str, hint: str | None) -> Diagnostic:
    return draft.manifest_doc.diagnostic(("report", *at), message, hint)


def _kinds_text(kinds: tuple[str, ...]) -> str:
    return " or ".join(kinds)


def _check_question(
    draft: PackDraft,
    questions: Mapping[str, AnyQuestion],
    at: tuple[str, ...],
    qid: str,
    kinds: tuple[str, ...],
) -> Iterator[Diagnostic]:
    question = questions.get(qid)
    if question is None:
        yield _error(draft, at, f"unknown question '{qid}' in this pack's modules",
                     did_you_mean(qid, questions))
    elif question.type not in kinds:
        yield _error(
            draft, at,
            f"'{qid}' is a {question.type} question, "
            f"but '{at[-1]}' needs a {_kinds_text(kinds)} question",
            None,
        )


def _check_flow(
    draft: PackDraft, questions: Mapping[str, AnyQuestion], role: str, flow: FlowRole
) -> Iterator[Diagnostic]:
    problems = list(_check_question(draft, questions, (role, "table"), flow.table, ("table",)))
    yield from problems
    table = questions.get(flow.table)
    if problems or not isinstance(table, TableQuestion):
        return  # the columns of a missing table are not worth a second message
    columns = {column.id: column for column in table.columns}
    for name in FLOW_COLUMNS:
        column_id = getattr(flow, name)
        if column_id is None:
            continue
        column = columns.get(column_id)
        if column is None:
            yield _error(
                draft, (role, name), f"unknown column '{column_id}' in table '{table.id}'",
                did_you_mean(column_id, columns),
            )
        elif name in COLUMN_KINDS and column.type not in COLUMN_KINDS[name]:
            yield _error(
                draft, (role, name),
                f"'{column_id}' is a {column.type} column, "
                f"but '{name}' needs a {_kinds_text(COLUMN_KINDS[name])} column",
                None,
            )
