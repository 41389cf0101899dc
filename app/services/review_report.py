"""What the reports show of the review: gathered once for the PDF and the Word report.

:func:`review_facts` collects the revision, trail, verdicts, comments,
opinions and evidence (with small PNG/JPEG images checked by decoding them)
and, when asked, the comparison with an earlier revision; :func:`review_data`
is the part of the report's embedded data (and so of its fingerprint) that
the review adds.
"""

from __future__ import annotations

from typing import Any

from app.core.review import EvidenceError
from app.reports.context_workflow import ReviewFacts
from app.reports.evidence_images import MAX_EMBED_BYTES, image_data_url
from app.services import evidence, revisions
from app.services.base import WorkspaceBase
from app.storage.snapshot import AssessmentData


def review_facts(
    workspace: WorkspaceBase, data: AssessmentData, *, compare_with: int | None = None,
    lang: str | None = None, images: bool = True,
) -> ReviewFacts:
    """The review pages' facts of an assessment already read (``data``, with its review in
    the same read); ``compare_with`` adds what changed since that revision."""
    record, workflow = data.record, data.workflow
    comparison = None
    if compare_with is not None:
        comparison = revisions.compare_revisions(workspace, record.id, compare_with, None,
                                                 lang=lang or record.language)
    return ReviewFacts(
        status=record.status,
        revisions=workflow.revisions,
        events=workflow.events,
        verdicts=workflow.verdicts,
        comments=workflow.comments,
        opinions=workflow.opinions,
        attachments=workflow.attachments,
        images=_images(workspace, workflow.attachments) if images else {},
        comparison=comparison,
    )


def _images(workspace: WorkspaceBase, attachments: list[Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in attachments:
        if item.size > MAX_EMBED_BYTES or item.sha256 in found:
            continue
        try:  # checked against its SHA-256, as every read of a stored file
            data = evidence.files(workspace).read_verified(item.sha256, item.name)
        except EvidenceError:
            continue  # a missing or changed file is listed, never shown
        url = image_data_url(data)
        if url:
            found[item.sha256] = url
    return found


def review_data(facts: ReviewFacts) -> dict[str, Any]:
    """The review as the report's embedded data: revisions (by hash), trail, verdicts,
    opinions and the evidence list."""
    return {
        "status": facts.status,
        "revisions": [vars(r) for r in facts.revisions],
        "events": [{k: v for k, v in vars(e).items() if k != "id"} for e in facts.events],
        "verdicts": {sid: v.to_json() for sid, v in sorted(facts.verdicts.items())},
        "comments": [{"section_id": c.section_id, "body": c.body, "by": c.by, "at": c.at}
                     for c in facts.comments],
        "opinions": {kind: o.to_json() for kind, o in sorted(facts.opinions.items())},
        "attachments": [a.to_json() for a in facts.attachments],
    }
