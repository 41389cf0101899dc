"""Assessments as use cases: list, create, open as a session, copy, status, language, delete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.answers import Answer, AnswerError, answer_from_json
from app.core.pack import Pack
from app.core.risk_memo import RiskMemo
from app.core.sections_off import SectionOff
from app.core.session import Session
from app.packs.catalog import PackEntry
from app.services.base import WorkspaceBase, WorkspaceError
from app.services.events import Topic
from app.storage import ArchivedRecord, Assessment, ReviewRecord, StoredAnswer, UpgradeRecord
from app.storage.snapshot import AssessmentData


@dataclass
class OpenAssessment:
    """An assessment with its pack and a session over its stored answers."""

    record: Assessment
    pack: Pack
    session: Session
    notes: dict[str, str]
    problems: list[str]  # stored answers that no longer fit the pack (kept in the database)
    pack_changed: bool = False  # the installed pack's content differs from the one assessed
    entry: PackEntry | None = None  # where the pack comes from, and whether it is verified
    review: dict[str, ReviewRecord] = field(default_factory=dict)  # questions to look at again
    archived: list[ArchivedRecord] = field(default_factory=list)  # set aside by upgrades
    newer: PackEntry | None = None  # a newer installed version of the pack, if any
    upgrades: list[UpgradeRecord] = field(default_factory=list)
    # the risks last worked out, reused while the answers they read stay the same
    risk_memo: RiskMemo = field(default_factory=RiskMemo, repr=False, compare=False)
    sections_off: dict[str, SectionOff] = field(default_factory=dict)  # by the assessor

    @property
    def verified(self) -> bool:
        return self.entry is not None and self.entry.verified


class AssessmentsMixin(WorkspaceBase):
    # reading -------------------------------------------------------------------------------
    def list_assessments(self, organization_id: int | None = None, *,
                         include_archived: bool = False,
                         search: str | None = None) -> list[Assessment]:
        """Newest change first; ``search`` matches the title or the client's name."""
        return self.store.list_assessments(organization_id, include_archived=include_archived,
                                           search=search)

    def get_assessment(self, assessment_id: int) -> Assessment:
        return self.store.get_assessment(assessment_id)

    def answer_count(self, assessment_id: int) -> int:
        return len(self.store.get_answers(assessment_id))

    def open(self, assessment_id: int) -> OpenAssessment:
        """The assessment, its pack and a session holding every stored answer that still fits."""
        record = self.store.get_assessment(assessment_id)
        return self._opened(record, self.store.get_answers(record.id),
                            review=self.store.review_flags(record.id),
                            archived=self.store.list_archived_answers(record.id),
                            upgrades=self.store.list_pack_upgrades(record.id),
                            sections_off=self.store.get_sections_off(record.id))

    def open_data(self, data: AssessmentData) -> OpenAssessment:
        """:meth:`open` on an assessment already read (``Store.read_assessment``): no reads."""
        return self._opened(data.record, data.answers, review=data.review,
                            archived=data.archived, upgrades=data.upgrades,
                            sections_off=data.sections_off)

    def _opened(self, record: Assessment, stored: Mapping[str, StoredAnswer], *,
                review: dict[str, ReviewRecord], archived: list[ArchivedRecord],
                upgrades: list[UpgradeRecord],
                sections_off: Mapping[str, SectionOff]) -> OpenAssessment:
        pack = self.catalog.get(record.pack_id, record.pack_version)
        answers, notes, problems = _read_answers(pack, stored)
        off = {sid: item for sid, item in sections_off.items() if sid in pack.sections}
        return OpenAssessment(
            record, pack, Session(pack, answers, off), notes, problems,
            pack_changed=pack.content_hash != record.pack_hash,
            entry=self.catalog.entry(record.pack_id, record.pack_version),
            review=review, archived=archived,
            newer=self.catalog.newer_version(record.pack_id, record.pack_version),
            upgrades=upgrades, sections_off=off,
        )

    # changing ------------------------------------------------------------------------------
    def new_assessment(
        self,
        organization: str,
        title: str,
        pack_id: str | None = None,
        version: str | None = None,
        language: str | None = None,
    ) -> Assessment:
        """Create an assessment (and its organization if new) on the chosen pack."""
        pack = self.catalog.get(pack_id, version) if pack_id else self.catalog.default()
        lang = language or pack.manifest.default_language
        _require_language(pack, lang)
        if not title.strip():  # before the organization is added: a refusal writes nothing
            raise WorkspaceError("give the assessment a title")
        org = self.store.find_organization(organization) or self.store.add_organization(
            organization
        )
        created = self.store.create_assessment(
            org.id, title, pack_id=pack.id, pack_version=pack.version, pack_hash=pack.content_hash,
            language=lang
        )
        self._changed(Topic.ASSESSMENTS, created.id)
        return created

    def duplicate_assessment(self, assessment_id: int, title: str) -> Assessment:
        """A re-assessment: a copy with its answers, notes and measure plans."""
        copy = self.store.duplicate_assessment(assessment_id, title)
        self._changed(Topic.ASSESSMENTS, copy.id)
        return copy

    def set_status(self, assessment_id: int, status: str, *, by: str | None = None,
                   comment: str = "") -> Assessment:
        """Move the assessment through the review workflow (draft, in_review, approved,
        archived; see ``app.services.review.change_status``), recorded with ``by``."""
        from app.services import review  # it builds on the whole workspace

        review.change_status(self, assessment_id, status, by=by, comment=comment)
        self._changed(Topic.ASSESSMENTS, assessment_id)
        return self.store.get_assessment(assessment_id)

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete the assessment with its answers, history and measure plans."""
        self.store.delete_assessment(assessment_id)
        self._changed(Topic.ASSESSMENTS, assessment_id)

    def set_language(self, opened: OpenAssessment, language: str) -> Assessment:
        """Change the assessment's language (its questions and reports); answers are kept."""
        _require_language(opened.pack, language)
        opened.record = self.store.update_assessment(opened.record.id, language=language)
        self._changed(Topic.ASSESSMENTS, opened.record.id)
        return opened.record

    def set_current_section(self, opened: OpenAssessment, section_id: str) -> None:
        """Remember the section the user is on, to open there next time."""
        opened.record = self.store.update_assessment(opened.record.id,
                                                     current_section=section_id)

    def mark_reviewed(self, opened: OpenAssessment, question_ids: list[str] | None = None) -> int:
        """Clear review flags (all of them when ``question_ids`` is None)."""
        count = self.store.clear_review_flags(opened.record.id, question_ids)
        for qid in list(opened.review) if question_ids is None else question_ids:
            opened.review.pop(qid, None)
        self._changed(Topic.ANSWERS, opened.record.id)
        return count

    def older_assessments(self, pack_id: str, version: str) -> list[Assessment]:
        """The assessments on another version of ``pack_id``: each can move to ``version``."""
        return [a for a in self.store.list_assessments(include_archived=True)
                if a.pack_id == pack_id and a.pack_version != version]


def _require_language(pack: Pack, language: str) -> None:
    if language not in pack.languages:
        raise WorkspaceError(
            f"pack '{pack.id}' is not available in '{language}' "
            f"(languages: {', '.join(pack.languages)})"
        )


def _read_answers(pack: Pack, stored: Mapping[str, StoredAnswer]
                  ) -> tuple[dict[str, Answer], dict[str, str], list[str]]:
    """The stored answers that still fit the pack, the notes, and why the others do not."""
    answers: dict[str, Answer] = {}
    notes: dict[str, str] = {}
    problems: list[str] = []
    for qid, answer in stored.items():
        if answer.note:
            notes[qid] = answer.note
        question = pack.questions.get(qid)
        if question is None:
            problems.append(f"{qid}: not a question of {pack.id} {pack.version}")
            continue
        try:
            answers[qid] = answer_from_json(question, answer.value, pack.choices)
        except AnswerError as exc:
            problems.append(str(exc))
    return answers, notes, problems
