"""Context and scope, the model inventory and the data flows, read from the pack's report roles.

``pack.yaml``'s ``report`` block declares which module gives the context and
scope, which question names the system, which tables list the models, the data
flows and the recipients abroad, and which question gives the organisation's
own country; the loader has checked that each exists and has the right kind.
Nothing is guessed from question ids: a part whose role is not declared says
"not covered by this questionnaire" in the report, never a blank or an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from app.core.answers.text import STATE_WORDS, format_value
from app.core.model import AnyColumn, AnyQuestion, FlowRole, TableQuestion
from app.core.pack import Pack
from app.core.session import Session
from app.reports.context_answers import question_view, table_view
from app.reports.context_limits import shorten_rows

MAX_SYSTEM_MODELS = 3
FLOW_PARTS = ("source", "system", "recipient", "country", "data", "relationship")


def _value(session: Session, qid: str | None) -> Any:
    """The value of a visible, answered question, else None."""
    if qid is None or qid not in session.pack.questions:
        return None
    answer = session.effective_answer(qid)
    return answer.value if answer is not None and answer.state == "answered" else None


def _empty(value: Any) -> bool:
    """No value, or an explicit state ("unknown") where a cell allows one."""
    return _empty_cell(value) or (isinstance(value, str) and value in STATE_WORDS)


def scope(pack: Pack, session: Session, lang: str, notes: Mapping[str, str]) -> dict[str, Any]:
    """The visible answers of the module the pack declares as ``scope_module``."""
    wanted = pack.manifest.report.scope_module
    module = next((m for m in pack.modules if m.id == wanted), None)
    if module is None:
        return {"covered": False, "title": "", "description": "", "questions": []}
    items = [
        question_view(pack, session, q, lang, notes)
        for section in module.sections
        if session.section_visible(section.id)
        for q in session.visible_questions(section.id)
    ]
    return {
        "covered": True,
        "title": pack.text(module.title, lang),
        "description": pack.text(module.description, lang) if module.description else "",
        "questions": items,
    }


def system_name(session: Session, fallback: str) -> str:
    """The answer to the ``system_name`` question, else ``fallback``."""
    value = _value(session, session.pack.manifest.report.system_name)
    return str(value).strip() if value is not None and str(value).strip() else fallback


def models(pack: Pack, session: Session, lang: str) -> dict[str, Any]:
    """The ``model_inventory`` table as cards: the first column is the card's title."""
    qid = pack.manifest.report.model_inventory
    question = pack.questions.get(qid) if qid else None
    if not isinstance(question, TableQuestion):
        return {"covered": False, "label": "", "entries": [], "more": 0}
    view = table_view(pack, question, _value(session, question.id), lang)
    entries = [
        {
            "title": cells[0],
            "fields": [
                {"label": label, "value": value}
                for label, value in zip(view["columns"][1:], cells[1:], strict=True)
                if value != "—"
            ],
        }
        for cells in view["rows"]
    ]
    return {"covered": True, "label": pack.text(question.label, lang), "entries": entries,
            "more": view["more"]}


# cross-border -------------------------------------------------------------------
@dataclass(frozen=True)
class HomeCountry:
    """The organisation's own country: the answer to the ``home_country`` question."""

    pack: Pack
    question: AnyQuestion
    value: str

    @classmethod
    def of(cls, pack: Pack, session: Session) -> HomeCountry | None:
        qid = pack.manifest.report.home_country
        value = _value(session, qid)
        if qid is None or _empty(value) or not str(value).strip():
            return None
        return cls(pack, pack.questions[qid], str(value))

    def is_abroad(self, column: AnyColumn, value: Any) -> bool | None:
        """Whether a row's country differs from home; None when the row gives no country.

        Choice ids are compared when both are choices and every choice of the home
        question is a choice of the column; otherwise their texts are, ignoring case.
        """
        if _empty(value):
            return None
        if self._same_choices(column):
            return str(value) != self.value
        return not (self._names(self.question, self.value) & self._names(column, str(value)))

    def _same_choices(self, column: AnyColumn) -> bool:
        if self.question.type != "single_choice" or column.type != "single_choice":
            return False
        column_ids = {c.id for c in self.pack.choices(column)}
        return {c.id for c in self.pack.choices(self.question)} <= column_ids

    def _names(self, asked: AnyQuestion | AnyColumn, value: str) -> set[str]:
        names = {value}
        choice = self.pack.choice(asked, value) if asked.type == "single_choice" else None
        if choice is not None:
            names.update(choice.label.root.values())
        return {name.strip().casefold() for name in names if name.strip()}


# data flows -------------------------------------------------------------------
@dataclass(frozen=True)
class FlowRow:
    """One row of a flow table, as text; ``cross_border`` marks its last hop.

    ``sources`` are the source column's values, or the row's ``data_items`` (the
    data column's choices one by one) when the role has no source column.
    """

    sources: tuple[str, ...]
    data_items: tuple[str, ...]
    system: str
    recipient: str
    country: str
    relationship: str
    data: str
    cross_border: bool


class _FlowReader:
    """Reads the rows of one declared flow table."""

    def __init__(self, pack: Pack, lang: str, role: FlowRole, home: HomeCountry | None) -> None:
        self.pack, self.lang, self.home = pack, lang, home
        table = pack.questions[role.table]
        assert isinstance(table, TableQuestion)  # noqa: S101 - the loader checked the kind
        by_id = {column.id: column for column in table.columns}
        self.columns = {
            part: by_id[getattr(role, part)] for part in FLOW_PARTS if getattr(role, part)
        }

    def rows(self, values: Iterable[Mapping[str, Any]], system: str, abroad: bool) -> list[FlowRow]:
        return [self._row(cells, system, abroad) for cells in values]

    def _row(self, cells: Mapping[str, Any], system: str, abroad: bool) -> FlowRow:
        found = self._abroad(cells)
        data_items = tuple(self.labels("data", cells))
        return FlowRow(
            sources=tuple(self.labels("source", cells)) if "source" in self.columns else data_items,
            data_items=data_items,
            system=self.text("system", cells) or system,
            recipient=self.text("recipient", cells),
            country=self.text("country", cells),
            relationship=self.text("relationship", cells),
            data=self.text("data", cells),
            # a table of recipients abroad is abroad unless its country is the home country
            cross_border=found is not False if abroad else found is True,
        )

    def _abroad(self, cells: Mapping[str, Any]) -> bool | None:
        country = self.columns.get("country")
        if country is None or self.home is None:
            return None
        return self.home.is_abroad(country, cells.get(country.id))

    def text(self, part: str, cells: Mapping[str, Any]) -> str:
        column = self.columns.get(part)
        if column is None or _empty_cell(cells.get(column.id)):
            return ""
        return format_value(self.pack, column, cells[column.id], self.lang).strip()

    def labels(self, part: str, cells: Mapping[str, Any]) -> list[str]:
        """The cell's choices one by one (a multiple choice), else its text."""
        column = self.columns.get(part)
        value = cells.get(column.id) if column else None
        if column is None or value is None or _empty_cell(value):
            return []
        if column.type == "multiple_choice":
            return [format_value(self.pack, column, choice, self.lang) for choice in value]
        return [self.text(part, cells)]


def _empty_cell(value: Any) -> bool:
    return value is None or value in ("", (), [])


def flow_rows(pack: Pack, session: Session, lang: str, system: str) -> list[FlowRow]:
    """The rows of the ``data_flows`` table, then those of the ``transfers`` table."""
    roles = pack.manifest.report
    home = HomeCountry.of(pack, session)
    rows: list[FlowRow] = []
    for role, abroad in ((roles.data_flows, False), (roles.transfers, True)):
        if role is None:
            continue
        reader = _FlowReader(pack, lang, role, home)
        found = reader.rows(_value(session, role.table) or (), system, abroad)
        if abroad and roles.data_flows is not None:
            # the data already reached the system through the data_flows rows
            found = [replace(row, sources=()) for row in found]
        rows.extend(found)
    return rows


def flows(
    pack: Pack, session: Session, lang: str, words: Mapping[str, Any], system: str
) -> dict[str, Any]:
    """Data flows as table rows and as a sources -> systems -> recipients graph."""
    roles = pack.manifest.report
    rows = flow_rows(pack, session, lang, system)
    inventory = models(pack, session, lang)
    names = _models_line([entry["title"] for entry in inventory["entries"]], inventory["more"])
    graph = _graph(rows, system, names, str(words.get("cross_border", "")))
    shown, more = shorten_rows(rows)
    source_role = roles.data_flows or roles.transfers
    by_source = source_role is not None and source_role.source is not None
    if by_source:
        _add_source_data(graph["sources"], rows)
    return {
        **graph,
        "by_source": by_source,
        "rows": [
            {
                "sources": ", ".join(row.sources),
                "system": row.system,
                "recipient": row.recipient,
                "country": row.country,
                "relationship": row.relationship,
                "data": row.data,
                "cross_border": row.cross_border,
            }
            for row in shown
        ],
        "rows_more": more,  # rows left out of the table (the diagram and count use all)
        "cross_border": sum(1 for row in rows if row.cross_border),
        "covered": roles.data_flows is not None or roles.transfers is not None,
    }


def _add_source_data(nodes: list[dict[str, Any]], rows: list[FlowRow]) -> None:
    """Under each source, the data that comes from it."""
    for node in nodes:
        items = (d for row in rows if node["label"] in row.sources for d in row.data_items)
        node["detail"] = ", ".join(_unique(items))


def _models_line(names: list[str], more: int = 0) -> str:
    shown = ", ".join(names[:MAX_SYSTEM_MODELS])
    hidden = len(names) + more - MAX_SYSTEM_MODELS
    return shown + (f" +{hidden}" if hidden > 0 else "")


def _graph(rows: list[FlowRow], system: str, models_line: str, abroad_word: str) -> dict[str, Any]:
    sources = _unique(s for row in rows for s in row.sources)
    systems = _unique(row.system for row in rows) or [system]
    recipients = _unique(row.recipient for row in rows)
    edges: dict[tuple[str, int, str, int], bool] = {}
    for row in rows:
        to_system = ("systems", systems.index(row.system))
        for source in row.sources:
            key = ("sources", sources.index(source), *to_system)
            edges[key] = edges.get(key, False) or (row.cross_border and not row.recipient)
        if row.recipient:
            key = (*to_system, "recipients", recipients.index(row.recipient))
            edges[key] = edges.get(key, False) or row.cross_border
    return {
        "sources": [{"label": source} for source in sources],
        "systems": [
            _node(name, [r for r in rows if r.system == name and not r.recipient], abroad_word,
                  models_line if name == system else "")
            for name in systems
        ],
        "recipients": [
            _node(name, [r for r in rows if r.recipient == name], abroad_word)
            for name in recipients
        ],
        "edges": [
            {"from": [a, i], "to": [b, j], "cross_border": cross}
            for (a, i, b, j), cross in edges.items()
        ],
    }


def _node(label: str, rows: list[FlowRow], abroad_word: str, extra: str = "") -> dict[str, Any]:
    """A diagram node; marked abroad when any of the rows ending at it is cross-border."""
    abroad = [row for row in rows if row.cross_border]
    first = abroad[0] if abroad else (rows[0] if rows else None)
    detail = [abroad_word if abroad else "", first.country if first else "",
              first.relationship if first and first.recipient else "", extra]
    return {
        "label": label,
        "detail": " · ".join(d for d in detail if d),
        "cross_border": bool(abroad),
    }


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
