"""Review and sign-off as use cases: status moves, section verdicts, comments, opinions.

Every function takes the workspace and an assessment id and returns core
records (``app.core.review``); refusals are :class:`ReviewError` (text in
English or Korean) raised before anything is written. Who did it is the
name given, else the name kept in the preferences (setting ``user.name``),
else the login name. An approval freezes the assessment into a new revision
(``app.services.revisions``) in the same transaction as the status change.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from app.core.diagnostics import did_you_mean
from app.core.pack import Pack
from app.core.review import (
    Opinion,
    ReviewComment,
    ReviewError,
    ReviewEvent,
    RevisionInfo,
    SectionVerdict,
)
from app.core.review.opinions import new_opinion
from app.core.review.workflow import (
    MOVES,
    check_verdict,
    checked_name,
    checked_text,
    plan_move,
    sections_to_fix,
)
from app.core.statuses import ASSESSMENT_STATUSES
from app.services import revisions
from app.services.base import WorkspaceBase
from app.storage import Assessment, clock

USER_NAME_KEY = "user.name"


def my_name(workspace: WorkspaceBase) -> str:
    """The name kept in the preferences ("" when none)."""
    stored = workspace.store.get_setting(USER_NAME_KEY, "")
    return stored if isinstance(stored, str) else ""


def set_my_name(workspace: WorkspaceBase, name: str) -> str:
    """Keep the user's name for the trail ("" forgets it)."""
    clean = checked_name(name) if name.strip() else ""
    workspace.store.set_setting(USER_NAME_KEY, clean)
    return clean


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return ""


def who(workspace: WorkspaceBase, given: str | None = None) -> str:
    """The name to record: ``given``, else the preferences' name, else the login name."""
    for candidate in (given or "", my_name(workspace), login_name()):
        if candidate.strip():
            return checked_name(candidate)
    return checked_name("")  # raises name_empty


@dataclass(frozen=True)
class SectionReview:
    """One section of the pack as the reviewer sees it."""

    section_id: str
    title: str
    verdict: SectionVerdict | None
    comments: tuple[ReviewComment, ...]
    attachments: int  # files attached to the section or to its questions


@dataclass(frozen=True)
class ReviewState:
    """Everything the review view, the sidebar and the CLI show about an assessment."""

    record: Assessment
    latest: RevisionInfo | None  # the last approved revision
    working: int  # the number the content will have when next approved
    locked: bool  # approved: read-only until a new revision is started
    moves: tuple[str, ...]  # the statuses it can move to now
    to_fix: tuple[str, ...]
    sections: tuple[SectionReview, ...]
    events: tuple[ReviewEvent, ...]
    opinions: dict[str, Opinion] = field(default_factory=dict)
    general_comments: tuple[ReviewComment, ...] = ()


def review_state(
    workspace: WorkspaceBase, assessment_id: int, lang: str | None = None
) -> ReviewState:
    """The status, revision, verdicts, comments, opinions and trail of one assessment."""
    store = workspace.store
    record = store.get_assessment(assessment_id)
    pack = workspace.catalog.get(record.pack_id, record.pack_version)
    language = lang or record.language
    verdicts = store.current_verdicts(assessment_id)
    comments = store.review_comments(assessment_id)
    latest = store.latest_revision(assessment_id)
    attached = store.list_attachments(assessment_id)
    sections = tuple(
        SectionReview(sid, pack.text(section.title, language), verdicts.get(sid),
                      tuple(c for c in comments if c.section_id == sid),
                      sum(1 for a in attached if _in_section(pack, a.target_kind,
                                                             a.target_id, sid)))
        for sid, section in pack.sections.items())
    return ReviewState(
        record, latest, (latest.number if latest else 0) + (record.status != "approved"),
        record.status == "approved", _moves(record.status, _before_archive(workspace, record)),
        tuple(sections_to_fix([verdicts[s] for s in pack.sections if s in verdicts])),
        sections, tuple(store.review_events(assessment_id)),
        store.current_opinions(assessment_id),
        tuple(c for c in comments if c.section_id is None))


def _in_section(pack: Pack, kind: str, target: str, section_id: str) -> bool:
    return (kind == "section" and target == section_id) or (
        kind == "answer" and pack.section_of.get(target) == section_id)


def _moves(status: str, before: str | None) -> tuple[str, ...]:
    if status == "archived":
        return tuple(dict.fromkeys(("draft", before or "draft")))
    return tuple(s for s in ASSESSMENT_STATUSES if (status, s) in MOVES)


def _before_archive(workspace: WorkspaceBase, record: Assessment) -> str | None:
    if record.status != "archived":
        return None
    for event in reversed(workspace.store.review_events(record.id)):
        if event.to_status == "archived":
            return event.from_status
    return None


def change_status(
    workspace: WorkspaceBase, assessment_id: int, target: str, *, by: str | None = None,
    comment: str = "",
) -> ReviewEvent:
    """Move the assessment to ``target`` (see ``app.core.review.workflow``) and record it.

    Approving freezes the assessment into revision N (kept in the database);
    moving an approved assessment back to draft starts revision N + 1.
    """
    store = workspace.store
    record = store.get_assessment(assessment_id)
    verdicts = store.current_verdicts(assessment_id)
    pack = workspace.catalog.get(record.pack_id, record.pack_version)
    move = plan_move(record.status, target, comment=comment,
                     before_archive=_before_archive(workspace, record),
                     to_fix=sections_to_fix([verdicts[s] for s in pack.sections
                                             if s in verdicts]))
    name = who(workspace, by)
    latest = store.latest_revision(assessment_id)
    number = (latest.number if latest else 0) + 1
    new = revisions.new_revision(workspace, record, number, name, move.comment) \
        if move.action == "approve" else None
    event = ReviewEvent(0, move.action, move.from_status, move.to_status, name,
                        new.info.approved_at if new else clock.utc_now(), move.comment,
                        number if move.action in ("approve", "reopen") else None)
    return store.move_status(assessment_id, event, new)


def start_new_revision(
    workspace: WorkspaceBase, assessment_id: int, *, by: str | None = None, comment: str = ""
) -> ReviewEvent:
    """Reopen an approved assessment for editing (its approved revision stays as it is)."""
    return change_status(workspace, assessment_id, "draft", by=by, comment=comment)


def judge_section(
    workspace: WorkspaceBase, assessment_id: int, section_id: str, verdict: str, *,
    comment: str = "", by: str | None = None,
) -> SectionVerdict:
    """The reviewer's verdict on a section (acceptable, improvable, to_fix), while in review."""
    record = workspace.store.get_assessment(assessment_id)
    _check_section(workspace, record, section_id)
    check_verdict(record.status, verdict)
    given = SectionVerdict(section_id, verdict, checked_text(comment, "comment", required=False),
                           who(workspace, by), clock.utc_now())
    workspace.store.add_verdict(assessment_id, given)
    return given


def add_comment(
    workspace: WorkspaceBase, assessment_id: int, body: str, *, section_id: str | None = None,
    by: str | None = None,
) -> ReviewComment:
    """A remark on a section (or on the whole assessment); refused once archived."""
    record = workspace.store.get_assessment(assessment_id)
    if record.status == "archived":
        raise ReviewError("archived", "status", id=str(assessment_id))
    if section_id is not None:
        _check_section(workspace, record, section_id)
    text = checked_text(body, "comment")
    return workspace.store.add_review_comment(
        assessment_id, ReviewComment(0, section_id, text, who(workspace, by), clock.utc_now()))


def record_opinion(
    workspace: WorkspaceBase, assessment_id: int, kind: str, *, asked: bool = True, name: str = "",
    stance: str = "", text: str = "", reason: str = "", by: str | None = None,
) -> Opinion:
    """The DPO's or the people concerned's opinion (or why they were not asked).

    It may be given at any time, also once approved: it then names the
    approved revision it is about.
    """
    store = workspace.store
    record = store.get_assessment(assessment_id)
    if record.status == "archived":
        raise ReviewError("archived", "status", id=str(assessment_id))
    latest = store.latest_revision(assessment_id) if record.status == "approved" else None
    opinion = new_opinion(kind, asked=asked, name=name, stance=stance, text=text,
                          reason=reason, by=who(workspace, by), at=clock.utc_now(),
                          revision=latest.number if latest else None)
    store.add_opinion(assessment_id, opinion)
    return opinion


def _check_section(workspace: WorkspaceBase, record: Assessment, section_id: str) -> None:
    pack = workspace.catalog.get(record.pack_id, record.pack_version)
    if section_id not in pack.sections:
        hint = did_you_mean(section_id, pack.sections)
        raise ReviewError("unknown_section", "section", section=section_id[:80],
                          hint=f" ({hint})" if hint else "")
