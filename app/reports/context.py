"""The report's template context: an assessment turned into plain data (pure, no I/O).

Templates receive only dicts, lists, strings, numbers, booleans and None
(SECURITY.md), with the pack's texts already in the report's language and the
template's own fixed wording under ``t``. Each risk carries why it was raised
(the rule and the answers behind it) and what to do, so the report explains
every conclusion (PEERS.md, point 3): in sentences for every reader (``reasons``),
and as the rules themselves for auditors (``rule``, ``level_rules``, ``evidence``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.answer_text import format_answer
from app.core.model import ControlRef, Measure, Reference
from app.core.pack import Pack
from app.core.reasons.risk_text import explain_risk
from app.core.risk_engine import Position, RaisedRisk, RiskRegister, assess_risks
from app.core.session import Session
from app.core.statuses import plan_status
from app.reports import context_flows
from app.reports.context_answers import answer_modules
from app.reports.context_reasons import reasons_view
from app.reports.context_wording import check_language, report_words, shown_chapters, signoff
from app.storage import ArchivedRecord, Assessment, MeasurePlan

PRIORITIES = ("must", "should", "could")
SHORT_HASH = 12


@dataclass(frozen=True)
class ReportSource:
    """Everything a report is built from, gathered by the caller."""

    record: Assessment
    pack: Pack
    session: Session
    fingerprint: str
    generated: str  # ISO date of the report
    template: str = "default"
    notes: Mapping[str, str] = field(default_factory=dict)
    plans: Mapping[str, MeasurePlan] = field(default_factory=dict)
    problems: Sequence[str] = ()
    pack_changed: bool = False
    branding: Mapping[str, str] = field(default_factory=dict)
    pack_verified: bool = True  # built in, or signed by a trusted publisher
    pack_source: str = "builtin"  # builtin | folder | bundle
    pack_signer: str | None = None  # the signing key's fingerprint
    archived: Sequence[ArchivedRecord] = ()  # answers set aside by pack upgrades
    model_scans: Sequence[Mapping[str, Any]] = ()  # latest model-folder scan per folder


def build_context(source: ReportSource, lang: str, words: Mapping[str, Any]) -> dict[str, Any]:
    """The whole template context for ``source`` in ``lang``; ``words`` is the template wording.

    Raises:
        ReportError: the pack has no text in ``lang``.
    """
    check_language(source.pack, lang)
    pack, session = source.pack.marking_fallbacks(), source.session
    words = report_words(pack, lang, words)
    register = assess_risks(session)
    levels = _levels(pack, lang)
    cite = Citations(pack, lang)
    risks = [
        _risk(pack, raised, n, lang, levels, cite) for n, raised in enumerate(register.risks, 1)
    ]
    actions = _actions(pack, register, source.plans, lang, cite)
    answers = answer_modules(pack, session, lang, source.notes)
    for module in answers["modules"]:
        for section in module["sections"]:
            for question in section["questions"]:
                question["cites"] = cite.cite(pack.questions[question["id"]].references)
    system = context_flows.system_name(session, str(words.get("system_fallback", "")))
    scope = context_flows.scope(pack, session, lang, source.notes)
    models = {**context_flows.models(pack, session, lang),
              "scans": _model_scans(source.model_scans)}
    flows = context_flows.flows(pack, session, lang, words.get("flows", {}), system)
    return {
        "lang": lang,
        "t": dict(words),
        "report": _report(source, lang),
        "assessment": _assessment(source.record, system),
        "pack": {**_pack(pack, lang), **_verification(source)},
        "branding": dict(source.branding),
        "summary": _summary(source, register, levels, risks),
        "levels": list(levels.values()),
        "matrix": _matrix(pack, register, levels, lang),
        "risks": risks,
        "actions": actions,
        "scope": scope,
        "models": models,
        "flows": flows,
        "show": shown_chapters(scope, models, flows),
        "signoff": signoff(pack, session, lang, source.notes),
        "answers": answers,
        "references": cite.listing(),
        "archived": [_archived(item, lang, pack.manifest.default_language)
                     for item in source.archived],
    }


def _model_scans(scans: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Scanned files with their SHA-256 and the scan date, as plain data."""
    return [
        {
            "name": str(scan.get("name", "")),
            "date": str(scan.get("scanned_at", ""))[:10],
            "files": [{"path": str(f.get("path", "")), "sha256": str(f.get("sha256") or "")}
                      for f in scan.get("files", [])],
        }
        for scan in scans
    ]


def _verification(source: ReportSource) -> dict[str, Any]:
    signer = source.pack_signer or ""
    grouped = " ".join(signer[i : i + 4] for i in range(0, len(signer), 4)).upper()
    return {"verified": source.pack_verified, "source": source.pack_source, "signer": grouped}


def _archived(item: ArchivedRecord, lang: str, fallback: str) -> dict[str, Any]:
    """An archived answer in ``lang`` (else the pack's default language, else any)."""

    def pick(texts: Mapping[str, str]) -> str:
        return texts.get(lang) or texts.get(fallback) or next(iter(texts.values()), "")

    return {
        "id": item.question_id,
        "label": pick(item.label) or item.question_id,
        "answer": pick(item.display),
        "note": item.note or "",
        "version": item.pack_version,
        "reason": item.reason,
        "detail": item.detail,
        "archived": item.archived_at[:10],
    }


def _report(source: ReportSource, lang: str) -> dict[str, Any]:
    return {
        "lang": lang,
        "generated": source.generated,
        "fingerprint": source.fingerprint,
        "fingerprint_short": source.fingerprint[:SHORT_HASH],
        "template": source.template,
    }


def _assessment(record: Assessment, system: str) -> dict[str, Any]:
    return {
        "id": record.id,
        "uuid": record.uuid,
        "title": record.title,
        "organisation": record.organization_name,
        "system": system,
        "status": record.status,
        "language": record.language,
        "created": record.created_at[:10],
        "updated": record.updated_at[:10],
    }


def _pack(pack: Pack, lang: str) -> dict[str, Any]:
    manifest = pack.manifest
    return {
        "id": pack.id,
        "version": pack.version,
        "hash": pack.content_hash,
        "hash_short": pack.content_hash[:SHORT_HASH],
        "title": pack.text(manifest.title, lang),
        "publisher": pack.text(manifest.publisher.name, lang),
        "licence": manifest.licence,
        "published": manifest.published.isoformat(),
    }


def _levels(pack: Pack, lang: str) -> dict[str, dict[str, Any]]:
    return {
        level.id: {
            "id": level.id,
            "rank": rank,
            "label": pack.text(level.label, lang),
            "colour": level.colour.lower(),
            "ink": ink_for(level.colour),
            "description": pack.text(level.description, lang) if level.description else "",
        }
        for rank, level in enumerate(pack.matrix.levels)
    }


def ink_for(colour: str) -> str:
    """Dark or white text, whichever reads better on ``colour`` (WCAG relative luminance)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#1f2933" if luminance > 0.36 else "#ffffff"


def _summary(
    source: ReportSource,
    register: RiskRegister,
    levels: Mapping[str, dict[str, Any]],
    risks: list[dict[str, Any]],
) -> dict[str, Any]:
    session = source.session
    progress = session.progress()
    states = [
        session.effective_answer(q).state  # type: ignore[union-attr]
        for q in session.pack.questions
        if session.is_visible(q) and session.effective_answer(q) is not None
    ]
    summary = register.summary
    return {
        "overall": levels[summary.overall] if summary.overall else None,
        "counts": [
            {**levels[lid], "before": summary.counts[lid], "after": summary.residual_counts[lid]}
            for lid in reversed(list(levels))
        ],
        "raised": summary.raised,
        "defined": summary.defined,
        "top": risks[: len(register.top)],
        "answered": progress.answered,
        "total": progress.total,
        "percent": round(progress.ratio * 100),
        "unanswered": progress.total - progress.answered,
        "unknown": states.count("unknown"),
        "not_applicable": states.count("not_applicable"),
        "issues": len(session.issues()),
        "problems": list(source.problems),
        "pack_changed": source.pack_changed,
    }


def _matrix(
    pack: Pack, register: RiskRegister, levels: Mapping[str, dict[str, Any]], lang: str
) -> dict[str, Any]:
    matrix = pack.matrix
    lik = [s.id for s in matrix.likelihood]
    sev = [s.id for s in matrix.severity]
    before = _cell_codes((r.inherent, f"R{n}") for n, r in enumerate(register.risks, 1))
    after = _cell_codes((r.residual, f"R{n}") for n, r in enumerate(register.risks, 1))
    cells = [
        [
            {
                "level": matrix.grid[i][j],
                "colour": levels[matrix.grid[i][j]]["colour"],
                "ink": levels[matrix.grid[i][j]]["ink"],
                "before": len(before.get((lik[i], sev[j]), [])),
                "after": len(after.get((lik[i], sev[j]), [])),
                "codes_before": before.get((lik[i], sev[j]), []),
                "codes_after": after.get((lik[i], sev[j]), []),
            }
            for j in range(len(sev))
        ]
        for i in range(len(lik))
    ]
    return {
        "likelihood": [{"id": s.id, "label": pack.text(s.label, lang)} for s in matrix.likelihood],
        "severity": [{"id": s.id, "label": pack.text(s.label, lang)} for s in matrix.severity],
        "cells": cells,
    }


def _cell_codes(placed: Iterable[tuple[Position, str]]) -> dict[tuple[str, str], list[str]]:
    """The risk codes in each (likelihood, severity) cell."""
    cells: dict[tuple[str, str], list[str]] = {}
    for position, code in placed:
        cells.setdefault((position.likelihood, position.severity), []).append(code)
    return cells


def _position(
    pack: Pack, position: Position, lang: str, levels: Mapping[str, Any]
) -> dict[str, Any]:
    matrix = pack.matrix
    lik = next(s for s in matrix.likelihood if s.id == position.likelihood)
    sev = next(s for s in matrix.severity if s.id == position.severity)
    return {
        "likelihood": pack.text(lik.label, lang),
        "severity": pack.text(sev.label, lang),
        "level": levels[position.level],
    }


def _risk(
    pack: Pack,
    raised: RaisedRisk,
    number: int,
    lang: str,
    levels: Mapping[str, Any],
    cite: Citations,
) -> dict[str, Any]:
    risk = raised.risk
    evidence = [
        {
            "id": e.question_id,
            "label": pack.text(pack.questions[e.question_id].label, lang),
            "answer": format_answer(pack, pack.questions[e.question_id], e.answer, lang),
            "state": "unanswered" if e.answer is None else e.answer.state,
        }
        for e in raised.evidence
    ]
    return {
        "id": risk.id,
        "number": number,
        "code": f"R{number}",
        "title": pack.text(risk.title, lang),
        "description": pack.text(risk.description, lang),
        "level": levels[raised.level],
        "inherent": _position(pack, raised.inherent, lang, levels),
        "residual": _position(pack, raised.residual, lang, levels),
        "reasons": reasons_view(explain_risk(pack, raised, lang)),
        "rule": raised.rule,
        "level_rules": list(raised.level_rules),
        "evidence": evidence,
        "measures": [_measure_ref(pack, m, lang) for m in raised.measures],
        "cites": cite.cite(risk.references),
        "controls": cite.cite(risk.crosswalk),  # related controls of other frameworks
        "kind": risk.kind,  # harm, or compliance (a legal duty or principle not met)
    }


def _measure_ref(pack: Pack, measure: Measure, lang: str) -> dict[str, Any]:
    return {"id": measure.id, "title": pack.text(measure.title, lang), "priority": measure.priority}


def _actions(
    pack: Pack,
    register: RiskRegister,
    plans: Mapping[str, MeasurePlan],
    lang: str,
    cite: Citations,
) -> list[dict[str, Any]]:
    """Recommended measures by priority, each with its plan (owner, due date, status)."""
    codes = {raised.risk.id: f"R{n}" for n, raised in enumerate(register.risks, 1)}
    groups: dict[str, list[dict[str, Any]]] = {p: [] for p in PRIORITIES}
    for measure, risk_ids in register.measures():
        plan = plans.get(measure.id)
        groups.setdefault(measure.priority, []).append(
            {
                **_measure_ref(pack, measure, lang),
                "description": pack.text(measure.description, lang),
                "steps": [pack.text(step, lang) for step in measure.steps],
                "risks": [codes[r] for r in risk_ids],
                "owner": plan.owner if plan else "",
                "due": plan.due_date or "" if plan else "",
                "status": plan_status(plan.status if plan else None),
                "note": plan.note if plan else "",
                "cites": cite.cite(measure.references),
            }
        )
    return [{"priority": p, "measures": ms} for p, ms in groups.items() if ms]


class Citations:
    """Numbers every cited source in order of first citation and collects the parts cited."""

    def __init__(self, pack: Pack, lang: str) -> None:
        self.pack = pack
        self.lang = lang
        self.numbers: dict[str, int] = {}
        self.parts: dict[str, list[str]] = {}

    def cite(self, references: Iterable[Reference | ControlRef]) -> list[dict[str, Any]]:
        cited = []
        for ref in references:
            source = self.pack.manifest.sources.get(ref.source)
            if source is None:
                continue
            number = self.numbers.setdefault(ref.source, len(self.numbers) + 1)
            part = " ".join(
                x
                for x in (self.pack.text(ref.section, self.lang),
                          f"({ref.edition})" if ref.edition else "")
                if x
            )
            if part and part not in self.parts.setdefault(ref.source, []):
                self.parts[ref.source].append(part)
            cited.append({"number": number, "section": part})
        return cited

    def listing(self) -> list[dict[str, Any]]:
        sources = self.pack.manifest.sources
        return [
            {
                "number": number,
                "key": key,
                "title": self.pack.text(sources[key].title, self.lang),
                "publisher": sources[key].publisher or "",
                "edition": sources[key].edition or "",
                "url": sources[key].url or "",
                "parts": self.parts.get(key, []),
            }
            for key, number in sorted(self.numbers.items(), key=lambda item: item[1])
        ]
