"""The user's data folder: one Store, the pack catalog, and assessments as sessions."""

from __future__ import annotations

import os
from dataclasses import dataclass
from types import TracebackType

from app import paths
from app.core.answers import Answer, AnswerError, answer_from_json
from app.core.pack import Pack
from app.core.session import Session
from app.packs.catalog import PackCatalog
from app.storage import Assessment, Store


class WorkspaceError(Exception):
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


class Workspace:
    """Everything one user works on: opened once by the app or a CLI command."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        self.data_dir = paths.data_dir(data_dir)
        self.store = Store.open(self.data_dir / paths.DATABASE_NAME)
        self.catalog = PackCatalog(self.store)

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
        return opened.session.set_answer(question_id, answer)
