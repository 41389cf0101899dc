"""Context and scope, the model inventory and the data flows, read from well-known questions.

The pack format has no "report role" for a question, so the report looks for
the built-in pack's question ids (and the names the questionnaire outline
plans): the first one present, visible and answered wins. A pack without them
gets an explicit "not covered by this questionnaire" in the report, never a
blank or an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.core.answer_text import format_value
from app.core.answers import Answer
from app.core.model import AnyColumn, TableQuestion
from app.core.pack import Pack
from app.core.session import Session
from app.reports.context_answers import question_view, table_view

CONTEXT_MODULES = ("context",)
SYSTEM_NAME_QUESTIONS = ("system_name",)
INVENTORY_QUESTIONS = ("model_inventory",)
DATA_QUESTIONS = ("data_in_prompts", "sensitive_categories", "allowed_data_classes")
RECIPIENT_TABLES = ("transfers", "cross_border", "vendors", "host_terms")
FLOW_TABLES = ("data_flows",)
DEPLOYMENT_QUESTION, THIRD_PARTY_HOST, HOST_REGION_QUESTION = (
    "deployment_mode",
    "third_party_host",
    "host_region",
)
RECIPIENT_COLUMNS = ("recipient", "recipients", "provider", "vendor", "name")
COUNTRY_COLUMNS = ("country", "destination", "region", "location")
DATA_COLUMNS = ("categories", "data_categories", "data")
RELATION_COLUMNS = ("relationship", "type", "role", "mechanism")
SOURCE_COLUMNS = ("source", "data_subjects", "subjects")
SYSTEM_COLUMNS = ("system", "stage")
# The built-in pack is written for Korean organisations (PIPA Art. 28-8 on transfers abroad).
HOME_COUNTRIES = frozenset(
    {"kr", "kor", "korea", "south korea", "republic of korea", "대한민국", "한국", "국내"}
)
MAX_SYSTEM_MODELS = 3


def _answered(session: Session, ids: Iterable[str]) -> tuple[str, Answer] | None:
    for qid in ids:
        if qid in session.pack.questions:
            answer = session.effective_answer(qid)
            if answer is not None and answer.state == "answered":
                return qid, answer
    return None


def is_cross_border(country: str) -> bool:
    text = country.strip().lower()
    return bool(text) and text not in HOME_COUNTRIES


def scope(pack: Pack, session: Session, lang: str, notes: Mapping[str, str]) -> dict[str, Any]:
    """The context module's visible answers (the first module when none is called context)."""
    module = next((m for m in pack.modules if m.id in CONTEXT_MODULES), pack.modules[0])
    items = [
        question_view(pack, session, q, lang, notes)
        for section in module.sections
        if session.section_visible(section.id)
        for q in session.visible_questions(section.id)
    ]
    return {
        "title": pack.text(module.title, lang),
        "description": pack.text(module.description, lang) if module.description else "",
        "questions": items,
    }


def system_name(session: Session, fallback: str) -> str:
    found = _answered(session, SYSTEM_NAME_QUESTIONS)
    return str(found[1].value).strip() if found and str(found[1].value).strip() else fallback


def models(pack: Pack, session: Session, lang: str) -> dict[str, Any]:
    """The model inventory as cards: the first column is the card's title."""
    present = [q for q in INVENTORY_QUESTIONS if q in pack.questions]
    if not present:
        return {"covered": False, "label": "", "entries": []}
    question = pack.questions[present[0]]
    found = _answered(session, present)
    items = []
    if found and isinstance(question, TableQuestion):
        view = table_view(pack, question, found[1].value, lang)
        for cells in view["rows"]:
            fields = [
                {"label": label, "value": value}
                for label, value in zip(view["columns"][1:], cells[1:], strict=True)
                if value != "—"
            ]
            items.append({"title": cells[0], "fields": fields})
    return {"covered": True, "label": pack.text(question.label, lang), "entries": items}


def _column(question: TableQuestion, candidates: Sequence[str]) -> AnyColumn | None:
    by_id = {c.id: c for c in question.columns}
    return next((by_id[c] for c in candidates if c in by_id), None)


def _cell(pack: Pack, row: Mapping[str, Any], column: AnyColumn | None, lang: str) -> str:
    if column is None or row.get(column.id) in (None, "", ()):
        return ""
    return format_value(pack, column, row[column.id], lang)


def _data_labels(pack: Pack, session: Session, lang: str) -> list[str]:
    found = _answered(session, DATA_QUESTIONS)
    if not found:
        return []
    question = pack.questions[found[0]]
    values = found[1].value if isinstance(found[1].value, tuple | list) else (found[1].value,)
    labels = []
    for choice_id in values:
        choice = pack.choice(question, str(choice_id))
        if choice is not None and not choice.exclusive:
            labels.append(pack.text(choice.label, lang))
    return labels


def flows(
    pack: Pack, session: Session, lang: str, words: Mapping[str, Any], system: str
) -> dict[str, Any]:
    """Data flows as table rows and as a sources -> systems -> recipients graph."""
    data = _data_labels(pack, session, lang)
    rows = _flow_table_rows(pack, session, lang) or _derived_rows(
        pack, session, lang, words, system, data
    )
    sources = _unique([s for r in rows for s in r["sources"]] or data)
    systems = _unique([r["system"] for r in rows] or [system])
    recipients: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["recipient"]:
            recipients.setdefault(row["recipient"], _recipient_node(row, words))
    recipient_list = list(recipients.values())
    edges = [
        {"from": ["sources", sources.index(s)], "to": ["systems", systems.index(r["system"])],
         "cross_border": False}
        for r in rows for s in (r["sources"] or sources)
    ]
    edges += [
        {"from": ["systems", systems.index(r["system"])],
         "to": ["recipients", list(recipients).index(r["recipient"])],
         "cross_border": r["cross_border"]}
        for r in rows if r["recipient"]
    ]
    return {
        "rows": [
            {**r, "sources": ", ".join(r["sources"] or sources)} for r in rows if r["recipient"]
        ],
        "sources": [{"label": s} for s in sources],
        "systems": [{"label": s, "detail": _system_detail(pack, session, lang)} for s in systems],
        "recipients": recipient_list,
        "edges": _unique_edges(edges),
        "cross_border": sum(1 for r in rows if r["cross_border"] and r["recipient"]),
        "covered": any(q in pack.questions for q in (*DATA_QUESTIONS, *RECIPIENT_TABLES,
                                                      *FLOW_TABLES)),
    }


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _unique_edges(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, ...], dict[str, Any]] = {}
    for edge in edges:
        key = (*map(str, edge["from"]), *map(str, edge["to"]))
        if key not in seen or edge["cross_border"]:
            seen[key] = edge
    return list(seen.values())


def _recipient_node(row: Mapping[str, Any], words: Mapping[str, Any]) -> dict[str, Any]:
    detail = [row["country"], row["relationship"]]
    if row["cross_border"]:
        detail.insert(0, str(words.get("cross_border", "Cross-border")))
    return {
        "label": row["recipient"],
        "detail": " · ".join(d for d in detail if d),
        "cross_border": row["cross_border"],
    }


def _system_detail(pack: Pack, session: Session, lang: str) -> str:
    parts = []
    deployment = _answered(session, (DEPLOYMENT_QUESTION,))
    if deployment:
        question = pack.questions[DEPLOYMENT_QUESTION]
        parts.append(format_value(pack, question, deployment[1].value, lang))
    names = [item["title"] for item in models(pack, session, lang)["entries"]]
    if names:
        shown = ", ".join(names[:MAX_SYSTEM_MODELS])
        parts.append(shown + (f" +{len(names) - MAX_SYSTEM_MODELS}" if len(names) > 3 else ""))
    return " · ".join(parts)


def _row(sources: list[str], system: str, recipient: str, country: str, relation: str,
         data: str) -> dict[str, Any]:
    return {
        "sources": sources,
        "system": system,
        "recipient": recipient,
        "country": country,
        "relationship": relation,
        "data": data,
        "cross_border": is_cross_border(country),
    }


def _derived_rows(
    pack: Pack, session: Session, lang: str, words: Mapping[str, Any], system: str,
    data: list[str],
) -> list[dict[str, Any]]:
    """Rows from the recipient tables, plus the inference host when a third party runs the model."""
    rows = []
    found = _answered(session, RECIPIENT_TABLES)
    if found and isinstance(pack.questions[found[0]], TableQuestion):
        question = pack.questions[found[0]]
        assert isinstance(question, TableQuestion)  # noqa: S101 - narrowed for mypy
        cols = [_column(question, c) for c in (RECIPIENT_COLUMNS, COUNTRY_COLUMNS,
                                               RELATION_COLUMNS, DATA_COLUMNS)]
        for cells in found[1].value:
            recipient, country, relation, row_data = (_cell(pack, cells, c, lang) for c in cols)
            rows.append(_row([], system, recipient, country, relation, row_data))
    deployment = _answered(session, (DEPLOYMENT_QUESTION,))
    if deployment and deployment[1].value == THIRD_PARTY_HOST:
        region = _answered(session, (HOST_REGION_QUESTION,))
        country = str(region[1].value) if region else ""
        if country and any(r["country"].strip().lower() == country.strip().lower() for r in rows):
            return rows  # the host is most likely the recipient already listed there
        host = str(words.get("inference_host", "Inference host"))
        rows.append(_row([], system, host, country, str(words.get("processor", "")), ""))
    return rows or [_row([], system, "", "", "", "")]


def _flow_table_rows(pack: Pack, session: Session, lang: str) -> list[dict[str, Any]]:
    """Rows of a ``data_flows`` table question, when the pack has one (outline C1)."""
    found = _answered(session, FLOW_TABLES)
    if not found or not isinstance(pack.questions[found[0]], TableQuestion):
        return []
    question = pack.questions[found[0]]
    assert isinstance(question, TableQuestion)  # noqa: S101 - narrowed for mypy
    cols = [_column(question, c) for c in (SOURCE_COLUMNS, SYSTEM_COLUMNS, RECIPIENT_COLUMNS,
                                           COUNTRY_COLUMNS, RELATION_COLUMNS, DATA_COLUMNS)]
    rows = []
    for cells in found[1].value:
        source, system, recipient, country, relation, data = (
            _cell(pack, cells, c, lang) for c in cols
        )
        rows.append(_row([source] if source else [], system or "—", recipient, country,
                         relation, data))
    return rows
