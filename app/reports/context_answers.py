"""Answers as the report shows them: text, state, note and table cells, as plain data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.answers import Answer
from app.core.answers.text import format_answer, format_value
from app.core.model import AnyQuestion, TableQuestion
from app.core.pack import Pack
from app.core.sections_off import SectionOff
from app.core.session import Session
from app.reports.context_limits import fit_text, shorten_rows


def answer_view(
    pack: Pack,
    question: AnyQuestion,
    answer: Answer | None,
    lang: str,
    *,
    note: str = "",
    required: bool = False,
) -> dict[str, Any]:
    """One question and its answer: ``state`` is answered, unknown, not_applicable or unanswered."""
    state = "unanswered" if answer is None else answer.state
    table = None
    if isinstance(question, TableQuestion) and answer is not None and state == "answered":
        table = table_view(pack, question, answer.value, lang)
    text, text_more = fit_text(format_answer(pack, question, answer, lang))
    note, note_more = fit_text(note)
    return {
        "id": question.id,
        "label": pack.text(question.label, lang),
        "help": fit_text(pack.text(question.help, lang))[0] if question.help else "",
        "type": question.type,
        "state": state,
        "text": text,
        "text_more": text_more,  # characters left out of the report (in the attached data)
        "note": note,
        "note_more": note_more,
        "required": required,
        "table": table,
    }


def table_view(
    pack: Pack, question: TableQuestion, rows: Any, lang: str
) -> dict[str, Any]:
    """Column labels and formatted cells of a table answer: its first rows, and how many more.

    Each cell is shortened like a text; ``more`` rows are left out of the report
    (they are in the attached data).
    """
    columns = list(question.columns)
    shown, more = shorten_rows(tuple(rows or ()))
    return {
        "columns": [pack.text(c.label, lang) for c in columns],
        "rows": [
            [fit_text(format_value(pack, c, row.get(c.id), lang))[0] for c in columns]
            for row in shown
        ],
        "more": more,
    }


def question_view(
    pack: Pack, session: Session, question: AnyQuestion, lang: str, notes: Mapping[str, str]
) -> dict[str, Any]:
    return answer_view(
        pack,
        question,
        session.effective_answer(question.id),
        lang,
        note=notes.get(question.id, ""),
        required=session.is_required(question.id),
    )


def answer_modules(
    pack: Pack, session: Session, lang: str, notes: Mapping[str, str]
) -> dict[str, Any]:
    """Every visible answer, grouped by module and section, with counts of what is missing."""
    modules: list[dict[str, Any]] = []
    hidden: list[str] = []
    for module in pack.modules:
        sections = []
        for section in module.sections:
            if section.id in session.switched_off:  # listed apart, with the reason
                continue
            if not session.section_visible(section.id):
                hidden.append(pack.text(section.title, lang))
                continue
            sections.append(_section(pack, session, section.id, lang, notes))
        if sections:
            modules.append(
                {"id": module.id, "title": pack.text(module.title, lang), "sections": sections}
            )
    return {"modules": modules, "hidden_sections": hidden}


def sections_off_view(pack: Pack, sections_off: Mapping[str, SectionOff],
                      lang: str) -> list[dict[str, str]]:
    """The sections the assessor switched off, in questionnaire order, with the reason."""
    return [{"id": section.id, "title": pack.text(section.title, lang),
             "reason": sections_off[section.id].reason, "by": sections_off[section.id].by,
             "on": sections_off[section.id].at[:10]}
            for _, section in pack.iter_sections() if section.id in sections_off]


def _section(
    pack: Pack, session: Session, section_id: str, lang: str, notes: Mapping[str, str]
) -> dict[str, Any]:
    section = pack.sections[section_id]
    questions = [
        question_view(pack, session, q, lang, notes) for q in session.visible_questions(section_id)
    ]
    progress = session.progress(section_id)
    return {
        "id": section_id,
        "title": pack.text(section.title, lang),
        "description": pack.text(section.description, lang) if section.description else "",
        "answered": progress.answered,
        "total": progress.total,
        "unknown": sum(1 for q in questions if q["state"] == "unknown"),
        "unanswered": sum(1 for q in questions if q["state"] == "unanswered"),
        "questions": questions,
    }
