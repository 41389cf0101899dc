"""The user's data folder: one Store, the pack catalog, and assessments as sessions."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from app import paths
from app.core.answers import Answer, AnswerError, answer_from_json
from app.core.errors import UserError
from app.core.pack import Pack
from app.core.session import Session
from app.core.upgrade import UpgradePlan
from app.packs import install, upgrade
from app.packs.catalog import PackCatalog, PackEntry
from app.storage import (
    ArchivedRecord,
    Assessment,
    ReadOnlyError,
    ReviewRecord,
    Store,
    UpgradeRecord,
)
from app.storage.folder import data_folder
from app.storage.guard import read_only_message


class WorkspaceError(UserError):
    """A user-level problem (unknown language, missing organization, ...)."""


@dataclass
class OpenAssessment:
    """An assessment with its pack and a session over its stored answers."""

    record: Assessment
    pack: Pack
    session: Session
    notes: dict[str, str]
    problems: list[str]  # stored answers that no longer fit the pack (kept in the database)
    pack_changed: bool  # the installed pack's content differs from the one assessed
    entry: PackEntry | None = None  # where the pack comes from, and whether it is verified
    review: dict[str, ReviewRecord] = field(default_factory=dict)  # questions to look at again
    archived: list[ArchivedRecord] = field(default_factory=list)  # set aside by upgrades
    newer: PackEntry | None = None  # a newer installed version of the pack, if any
    upgrades: list[UpgradeRecord] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return self.entry is not None and self.entry.verified


class Workspace:
    """Everything one user works on: opened once by the app or a CLI command."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        """Open the data folder's database (read-only when the folder cannot be written).

        Raises:
            StorageError: the folder cannot be created (DataFolderError), the
                database is damaged (DatabaseDamagedError), unreadable or too new.
        """
        self.data_dir = data_folder(data_dir)
        self.store = Store.open(self.data_dir / paths.DATABASE_NAME)
        self.catalog = PackCatalog(self.store)

    @property
    def read_only(self) -> bool:
        """True when the folder or database cannot be written: reading works, editing says why."""
        return self.store.read_only

    def _require_writable(self) -> None:
        if self.store.read_only:
            raise ReadOnlyError(read_only_message(self.store.path))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

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
        if lang not in pack.languages:
            raise WorkspaceError(
                f"pack '{pack.id}' is not available in '{lang}' "
                f"(languages: {', '.join(pack.languages)})"
            )
        if not title.strip():  # before the organization is added: a refusal writes nothing
            raise WorkspaceError("give the assessment a title")
        org = self.store.find_organization(organization) or self.store.add_organization(
            organization
        )
        return self.store.create_assessment(
            org.id, title, pack.id, pack.version, pack.content_hash, lang
        )

    def open(self, assessment_id: int) -> OpenAssessment:
        """The assessment, its pack and a session holding every stored answer that still fits."""
        record = self.store.get_assessment(assessment_id)
        pack = self.catalog.get(record.pack_id, record.pack_version)
        answers: dict[str, Answer] = {}
        notes: dict[str, str] = {}
        problems: list[str] = []
        for qid, stored in self.store.get_answers(record.id).items():
            if stored.note:
                notes[qid] = stored.note
            question = pack.questions.get(qid)
            if question is None:
                problems.append(f"{qid}: not a question of {pack.id} {pack.version}")
                continue
            try:
                answers[qid] = answer_from_json(question, stored.value, pack.choices)
            except AnswerError as exc:
                problems.append(str(exc))
        return OpenAssessment(
            record,
            pack,
            Session(pack, answers),
            notes,
            problems,
            pack.content_hash != record.pack_hash,
            self.catalog.entry(record.pack_id, record.pack_version),
            self.store.review_flags(record.id),
            self.store.list_archived_answers(record.id),
            self.catalog.newer_version(record.pack_id, record.pack_version),
            self.store.list_pack_upgrades(record.id),
        )

    def save_answer(
        self,
        opened: OpenAssessment,
        question_id: str,
        answer: Answer | None,
        note: str | None = None,
    ) -> set[str]:
        """Validate, store (returns after commit) and apply one answer; None clears it.

        ``note`` None keeps the question's note as it is ("" removes it); clearing
        the answer removes its note too. Returns the questions whose visibility changed.
        """
        question = opened.pack.questions.get(question_id)
        if question is None:
            raise AnswerError(question_id, f"not a question of pack '{opened.pack.id}'")
        if answer is None:
            self.store.clear_answer(opened.record.id, question_id)
            opened.notes.pop(question_id, None)
        else:
            checked = answer_from_json(question, answer.to_json(), opened.pack.choices)
            kept = opened.notes.get(question_id) if note is None else note
            self.store.save_answer(opened.record.id, question_id, checked.to_json(), kept or None)
            answer = checked
            if kept:
                opened.notes[question_id] = kept
            else:
                opened.notes.pop(question_id, None)
        if question_id in opened.review:  # answering (or clearing) is reviewing
            self.store.clear_review_flags(opened.record.id, [question_id])
            del opened.review[question_id]
        return opened.session.set_answer(question_id, answer)

    def set_language(self, opened: OpenAssessment, language: str) -> Assessment:
        """Change the assessment's language (its questions and reports); answers are kept."""
        if language not in opened.pack.languages:
            raise WorkspaceError(
                f"pack '{opened.pack.id}' is not available in '{language}' "
                f"(languages: {', '.join(opened.pack.languages)})"
            )
        opened.record = self.store.update_assessment(opened.record.id, language=language)
        return opened.record

    def mark_reviewed(self, opened: OpenAssessment, question_ids: list[str] | None = None) -> int:
        """Clear review flags (all of them when ``question_ids`` is None)."""
        count = self.store.clear_review_flags(opened.record.id, question_ids)
        for qid in list(opened.review) if question_ids is None else question_ids:
            opened.review.pop(qid, None)
        return count

    # packs ---------------------------------------------------------------------------------
    def install_bundle(
        self, path: Path, *, trust_signer: bool = False, allow_unverified: bool = False
    ) -> install.InstallResult:
        """Verify and install a ``.aipack`` bundle (see ``app.packs.install``)."""
        self._require_writable()
        return install.install_bundle(
            self.store, path, self.data_dir, trust_signer=trust_signer,
            allow_unverified=allow_unverified, catalog=self.catalog)

    def install_folder(self, folder: Path) -> install.InstallResult:
        """Check and install an (unsigned) pack folder; it is marked unverified."""
        self._require_writable()
        return install.install_folder(self.store, folder, self.data_dir, catalog=self.catalog)

    def plan_upgrade(self, assessment_id: int, version: str | None = None) -> UpgradePlan:
        """What upgrading the assessment's pack would do ("what changed"); changes nothing."""
        return upgrade.plan_assessment_upgrade(self.store, self.catalog, assessment_id, version)

    def upgrade(self, assessment_id: int, version: str | None = None) -> upgrade.UpgradeOutcome:
        """Back up the database, then move the assessment to the newer pack version."""
        return upgrade.upgrade_assessment(self.store, self.catalog, assessment_id, version)
