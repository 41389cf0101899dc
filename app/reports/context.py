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

from app.core.model import ControlRef, Reference
from app.core.pack import Pack
from app.core.risk_engine import assess_risks
from app.core.sections_off import SectionOff
from app.core.session import Session
from app.core.treatment import Judgement, TreatedRegister, treat_register
from app.reports import context_flows
from app.reports.context_answers import answer_modules, sections_off_view
from app.reports.context_risks import (
    actions_view,
    level_views,
    matrix_view,
    risk_view,
    summary_view,
    top_risks,
    unrated_level,
)
from app.reports.context_scores import score_views
from app.reports.context_wording import check_language, report_words, shown_chapters, signoff
from app.reports.context_workflow import ReviewFacts, workflow_view
from app.storage import ArchivedRecord, Assessment, MeasurePlan

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
    judgements: Mapping[str, Judgement] = field(default_factory=dict)  # by risk id
    review: ReviewFacts | None = None  # revision, trail, opinions, evidence (None: left out)
    sections_off: Mapping[str, SectionOff] = field(default_factory=dict)  # by the assessor

    def register(self) -> TreatedRegister:
        """The register with the plans and judgements (what the app shows too)."""
        statuses = {mid: plan.status for mid, plan in self.plans.items()}
        return treat_register(self.pack, assess_risks(self.session), statuses, self.judgements)


def build_context(source: ReportSource, lang: str, words: Mapping[str, Any]) -> dict[str, Any]:
    """The whole template context for ``source`` in ``lang``; ``words`` is the template wording.

    Raises:
        ReportError: the pack has no text in ``lang``.
    """
    check_language(source.pack, lang)
    pack, session = source.pack.marking_fallbacks(), source.session
    words = report_words(pack, lang, words)
    register = source.register()
    levels = level_views(pack, lang)
    unrated = unrated_level(words)
    cite = Citations(pack, lang)
    risks = [risk_view(pack, treated, number=n, lang=lang, levels=levels, cite=cite,
                       unrated=unrated)
             for n, treated in enumerate(register.risks, 1)]
    actions = actions_view(pack, register, source.plans, lang, cite)
    answers = answer_modules(pack, session, lang, source.notes)
    answers["sections_off"] = sections_off_view(pack, source.sections_off, lang)
    for module in answers["modules"]:
        for section in module["sections"]:
            for question in section["questions"]:
                question["cites"] = cite.cite(pack.questions[question["id"]].references)
    system = context_flows.system_name(session, str(words.get("system_fallback", "")))
    scope = context_flows.scope(pack, session, lang, source.notes)
    models = {**context_flows.models(pack, session, lang),
              "scans": _model_scans(source.model_scans)}
    flows = context_flows.flows(pack, session, lang, words.get("flows", {}), system)
    scores = score_views(pack, session, lang)
    return {
        "lang": lang,
        "t": dict(words),
        "report": _report(source, lang),
        "assessment": _assessment(source.record, system),
        "pack": {**_pack(pack, lang), **_verification(source)},
        "branding": dict(source.branding),
        "summary": {**_summary(source), **summary_view(register, levels, unrated),
                    "top": top_risks(risks)},
        "levels": list(levels.values()),
        "matrix": matrix_view(pack, register, levels, lang),
        "risks": risks,
        "actions": actions,
        "scope": scope,
        "models": models,
        "flows": flows,
        "scores": scores,
        "show": {**shown_chapters(scope, models, flows), "scores": bool(scores)},
        "signoff": signoff(pack, session, lang, source.notes),
        "answers": answers,
        "references": cite.listing(),
        "archived": [_archived(item, lang, pack.manifest.default_language)
                     for item in source.archived],
        "workflow": workflow_view(source.review, pack, lang, words.get("workflow", {}))
        if source.review else None,
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


def _summary(source: ReportSource) -> dict[str, Any]:
    """Completion and data quality (the risk counts come from ``summary_view``)."""
    session = source.session
    progress = session.progress()
    states = [
        session.effective_answer(q).state  # type: ignore[union-attr]
        for q in session.pack.questions
        if session.is_visible(q) and session.effective_answer(q) is not None
    ]
    return {
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
                          f"({self.pack.text(ref.edition, self.lang)})" if ref.edition else "")
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
                "publisher": self.pack.text(sources[key].publisher, self.lang),
                "edition": self.pack.text(sources[key].edition, self.lang),
                "url": sources[key].url or "",
                "parts": self.parts.get(key, []),
            }
            for key, number in sorted(self.numbers.items(), key=lambda item: item[1])
        ]
