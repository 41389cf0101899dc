"""The report's review pages as plain data: the revision, the trail, verdicts, opinions,
evidence and, optionally, what changed since an earlier revision (pure, no I/O).

The caller gathers :class:`ReviewFacts` (``app.services.review_report``); the
PDF template and the Word report read the same ``workflow`` dict, with the
template's wording (``t.workflow``) for the fixed words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.pack import Pack
from app.core.review import (
    Attachment,
    Opinion,
    ReviewComment,
    ReviewEvent,
    RevisionInfo,
    SectionVerdict,
)
from app.core.review.compare import Comparison
from app.core.review.evidence import size_text


@dataclass(frozen=True)
class ReviewFacts:
    """What the review pages show, as the store and the services return it."""

    status: str
    revisions: Sequence[RevisionInfo] = ()
    events: Sequence[ReviewEvent] = ()
    verdicts: Mapping[str, SectionVerdict] = field(default_factory=dict)
    comments: Sequence[ReviewComment] = ()
    opinions: Mapping[str, Opinion] = field(default_factory=dict)
    attachments: Sequence[Attachment] = ()
    images: Mapping[str, str] = field(default_factory=dict)  # sha256 -> checked data: URL
    comparison: Comparison | None = None


def stamp(at: str) -> str:
    """``2026-03-01T09:00:00.000Z`` as ``2026-03-01 09:00 UTC``."""
    return f"{at[:10]} {at[11:16]} UTC" if len(at) >= 16 else at


def _fill(text: str, **values: object) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def revision_view(facts: ReviewFacts, words: Mapping[str, Any]) -> dict[str, Any]:
    """Which revision the report is: approved revision N, or a draft of revision N + 1."""
    latest = facts.revisions[-1] if facts.revisions else None
    approved = facts.status == "approved" and latest is not None
    number = latest.number if approved and latest else (latest.number + 1 if latest else 1)
    label = _fill(str(words.get("revision", "Revision {n}")), n=number)
    if approved and latest:
        detail = _fill(str(words.get("approved_on", "")), date=latest.approved_at[:10],
                       name=latest.approved_by)
    elif latest:
        detail = _fill(str(words.get("draft_after", "")), last=latest.number,
                       date=latest.approved_at[:10])
    else:
        detail = str(words.get("draft_first", ""))
    return {"number": number, "approved": approved, "label": label, "detail": detail,
            "approved_by": latest.approved_by if approved and latest else "",
            "approved_at": stamp(latest.approved_at) if approved and latest else "",
            "comment": latest.comment if approved and latest else "",
            "hash": latest.snapshot_hash if approved and latest else ""}


def workflow_view(facts: ReviewFacts, pack: Pack, lang: str,
                  words: Mapping[str, Any]) -> dict[str, Any]:
    """The ``workflow`` part of the report context."""
    revision = revision_view(facts, words)
    return {
        "revision": revision,
        "revision_label": f"{revision['label']} ({revision['detail']})",
        "revisions": [{"number": r.number, "approved_by": r.approved_by,
                       "approved_at": stamp(r.approved_at), "comment": r.comment,
                       "hash": r.snapshot_hash} for r in facts.revisions],
        "trail": [{"action": e.action, "from": e.from_status, "to": e.to_status, "by": e.by,
                   "at": stamp(e.at), "comment": e.comment, "revision": e.revision}
                  for e in facts.events],
        "sections": _sections(facts, pack, lang),
        "comments": [{"section": _section_title(pack, c.section_id, lang), "body": c.body,
                      "by": c.by, "at": stamp(c.at)} for c in facts.comments],
        "opinions": {kind: _opinion(facts.opinions.get(kind)) for kind in
                     ("dpo", "data_subjects")},
        "evidence": [_attachment(a, pack, lang, facts.images) for a in facts.attachments],
        "changes": facts.comparison.to_json() if facts.comparison else None,
    }


def _sections(facts: ReviewFacts, pack: Pack, lang: str) -> list[dict[str, Any]]:
    found = []
    for sid, section in pack.sections.items():
        verdict = facts.verdicts.get(sid)
        found.append({"id": sid, "title": pack.text(section.title, lang),
                      "verdict": verdict.verdict if verdict else "",
                      "comment": verdict.comment if verdict else "",
                      "by": verdict.by if verdict else "",
                      "at": stamp(verdict.at) if verdict else ""})
    return found


def _section_title(pack: Pack, section_id: str | None, lang: str) -> str:
    if section_id is None:
        return ""
    section = pack.sections.get(section_id)
    return pack.text(section.title, lang) if section else section_id


def _opinion(opinion: Opinion | None) -> dict[str, Any] | None:
    if opinion is None:
        return None
    return {"asked": opinion.asked, "name": opinion.name, "stance": opinion.stance,
            "text": opinion.text, "reason": opinion.reason, "by": opinion.by,
            "at": stamp(opinion.at), "revision": opinion.revision}


def _attachment(item: Attachment, pack: Pack, lang: str,
                images: Mapping[str, str]) -> dict[str, Any]:
    return {"name": item.name, "size": size_text(item.size), "bytes": item.size,
            "sha256": item.sha256, "kind": item.target_kind, "target_id": item.target_id,
            "target": _target(item, pack, lang), "by": item.added_by,
            "at": stamp(item.added_at), "note": item.note,
            "image": images.get(item.sha256, "")}


def _target(item: Attachment, pack: Pack, lang: str) -> str:
    if item.target_kind == "answer" and item.target_id in pack.questions:
        return pack.text(pack.questions[item.target_id].label, lang)
    if item.target_kind == "measure" and item.target_id in pack.measures:
        return pack.text(pack.measures[item.target_id].title, lang)
    if item.target_kind == "section":
        return _section_title(pack, item.target_id, lang)
    return item.target_id
