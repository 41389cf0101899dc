"""Revisions as use cases: snapshots, the list, one revision, and comparisons.

A snapshot is the assessment's content as plain JSON (answers, plans,
judgements, verdicts, opinions, the evidence list, the pack id, version and
hash; ``app.core.review.package_format.RevisionSnapshot``). An approval keeps
one as revision N (``app.services.review.change_status``). Comparisons take
two revisions of one assessment (or a revision and the work since), or two
assessments (this year's against last year's), each read with its own pack.
"""

from __future__ import annotations

from typing import Any

from app.core.review import ReviewError, Revision, RevisionInfo
from app.core.review.compare import Comparison, Side, compare
from app.core.review.package_format import (
    SNAPSHOT_FORMAT,
    content_hash,
    parse_snapshot,
    snapshot_hash,
)
from app.packs.catalog import PackNotFoundError
from app.services.base import WorkspaceBase
from app.services.transfer import export_assessment
from app.storage import Assessment, NotFoundError, clock
from app.storage.revisions import NewRevision

CURRENT = {"en": "Current work", "ko": "현재 작업", "fr": "Travail en cours",
           "it": "Lavoro attuale", "pt-BR": "Trabalho atual"}
REVISION = {"en": "Revision {n}", "ko": "개정판 {n}", "fr": "Version {n}", "it": "Versione {n}",
            "pt-BR": "Versão {n}"}


def current_snapshot(workspace: WorkspaceBase, record: Assessment) -> dict[str, Any]:
    """The assessment as it is now, in the snapshot shape."""
    store = workspace.store
    export = export_assessment(workspace, record.id)
    return {
        "format": SNAPSHOT_FORMAT,
        "format_version": 1,
        "assessment": {"title": record.title, "organization": record.organization_name,
                       "language": record.language},
        "pack": export["pack"],
        "answers": export["answers"],
        "measure_plans": export["measure_plans"],
        "risk_judgements": export.get("risk_judgements", {}),
        "section_verdicts": {sid: v.to_json()
                             for sid, v in sorted(store.current_verdicts(record.id).items())},
        "opinions": {kind: _opinion_json(o.to_json())
                     for kind, o in sorted(store.current_opinions(record.id).items())},
        "attachments": [a.to_json() for a in store.list_attachments(record.id)],
        **({"sections_off": export["sections_off"]} if export.get("sections_off") else {}),
    }


def _opinion_json(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "kind"}


def new_revision(
    workspace: WorkspaceBase, record: Assessment, number: int, by: str, comment: str
) -> NewRevision:
    """Revision ``number`` of ``record`` as it is now (checked against the snapshot model)."""
    snapshot = current_snapshot(workspace, record)
    parse_snapshot(snapshot)  # what is kept must be what an import accepts
    info = RevisionInfo(number, by, clock.utc_now(), comment, snapshot_hash(snapshot),
                        record.pack_id, record.pack_version, record.pack_hash)
    return NewRevision(info, snapshot)


def list_revisions(workspace: WorkspaceBase, assessment_id: int) -> list[RevisionInfo]:
    workspace.store.get_assessment(assessment_id)  # NotFoundError for an unknown id
    return workspace.store.list_revisions(assessment_id)


def get_revision(workspace: WorkspaceBase, assessment_id: int, number: int) -> Revision:
    """One revision with its snapshot; :class:`ReviewError` naming the revisions there are."""
    try:
        return workspace.store.get_revision(assessment_id, number)
    except NotFoundError:
        known = [r.number for r in list_revisions(workspace, assessment_id)]
        if not known:
            raise ReviewError("no_revisions", "revision", id=str(assessment_id)) from None
        raise ReviewError("no_revision", "revision", id=str(assessment_id), number=str(number),
                          known=", ".join(map(str, known))) from None


def changed_since_revision(workspace: WorkspaceBase, assessment_id: int) -> bool | None:
    """Whether the content differs from the last revision (None: there is none)."""
    latest = workspace.store.latest_revision(assessment_id)
    if latest is None:
        return None
    revision = get_revision(workspace, assessment_id, latest.number)
    record = workspace.store.get_assessment(assessment_id)
    return content_hash(revision.snapshot) != content_hash(current_snapshot(workspace, record))


def _pack_for(workspace: WorkspaceBase, snapshot: dict[str, Any], fallback: Assessment) -> Any:
    pack = snapshot.get("pack") or {}
    try:
        return workspace.catalog.get(str(pack.get("id")), str(pack.get("version")))
    except PackNotFoundError:  # an older version no longer installed: read with the current
        return workspace.catalog.get(fallback.pack_id, fallback.pack_version)


def revision_side(
    workspace: WorkspaceBase, assessment_id: int, number: int | None, lang: str
) -> Side:
    """A revision (``None``: the assessment as it is now) as one side of a comparison."""
    record = workspace.store.get_assessment(assessment_id)
    if number is None:
        snapshot = current_snapshot(workspace, record)
        label = CURRENT.get(lang, CURRENT["en"])
    else:
        snapshot = get_revision(workspace, assessment_id, number).snapshot
        label = REVISION.get(lang, REVISION["en"]).replace("{n}", str(number))
    return Side(label, snapshot, _pack_for(workspace, snapshot, record))


def compare_revisions(
    workspace: WorkspaceBase, assessment_id: int, before: int, after: int | None = None,
    lang: str | None = None, words_lang: str | None = None,
) -> Comparison:
    """What changed from revision ``before`` to revision ``after`` (None: to the work now).

    The pack's texts are in ``lang`` (default: the assessment's language), the rest in
    ``words_lang`` (default: ``lang``; the desktop app gives its interface language)."""
    language = lang or workspace.store.get_assessment(assessment_id).language
    said = words_lang or language
    return compare(revision_side(workspace, assessment_id, before, said),
                   revision_side(workspace, assessment_id, after, said), language, said)


def compare_assessments(
    workspace: WorkspaceBase, before_id: int, after_id: int, lang: str | None = None,
    words_lang: str | None = None,
) -> Comparison:
    """What changed from one assessment to another (e.g. last year's to this year's)."""
    before = workspace.store.get_assessment(before_id)
    after = workspace.store.get_assessment(after_id)
    language = lang or after.language
    sides = []
    for record in (before, after):
        snapshot = current_snapshot(workspace, record)
        label = f"#{record.id} {record.title}"
        sides.append(Side(label, snapshot, _pack_for(workspace, snapshot, record)))
    return compare(sides[0], sides[1], language, words_lang)
