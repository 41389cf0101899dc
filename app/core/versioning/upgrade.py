"""Carrying an assessment's answers to a newer version of its pack (pure planning).

:func:`plan_upgrade` decides, for every stored answer, where it goes:

- to the question with the same id, or to the question that declares the old
  id in ``renamed_from``; choice ids are translated the same way;
- into the archive when its question is gone (declared in
  ``removed_questions`` or not) or when the value no longer fits the new
  question. Archived answers keep their value, note, the old question's label
  and a readable text, so nothing is ever lost.

New questions, answered questions whose meaning changed, and questions whose
answer was archived are flagged for review. Storage applies the plan in one
transaction (``app/packs/upgrade.py``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.answers import Answer, AnswerError, answer_from_json
from app.core.answers.text import format_answer, format_value
from app.core.model import AnyQuestion
from app.core.pack import Pack
from app.core.versioning.diff import PackDiff, Rename, choice_renames, diff_packs, question_renames

StoredAnswers = Mapping[str, tuple[dict[str, Any], str | None]]

# Why an answer was archived, and why a question is to be reviewed.
ARCHIVE_REASONS = ("removed", "not_in_version", "no_longer_fits", "merged")
REVIEW_REASONS = ("new", "changed", "answer_archived")


@dataclass(frozen=True)
class ArchivedAnswer:
    """An answer kept aside because its question is gone or its value no longer fits."""

    question_id: str
    value: dict[str, Any]
    note: str | None
    pack_version: str  # the version the answer was given under
    reason: str  # one of ARCHIVE_REASONS
    detail: str
    label: dict[str, str]  # the old question, per language ({} if it was unknown)
    display: dict[str, str]  # the answer as text, per language

    def to_json(self) -> dict[str, Any]:
        return {
            "question_id": self.question_id, "value": self.value, "note": self.note,
            "pack_version": self.pack_version, "reason": self.reason, "detail": self.detail,
            "label": self.label, "display": self.display,
        }


@dataclass(frozen=True)
class ReviewFlag:
    question_id: str
    reason: str  # one of REVIEW_REASONS
    detail: str = ""


@dataclass(frozen=True)
class ChoiceMove:
    question_id: str
    old: str
    new: str


@dataclass(frozen=True)
class UpgradePlan:
    """Where every answer goes; applied as a whole or not at all."""

    pack_id: str
    old_version: str
    new_version: str
    new_hash: str
    answers: dict[str, tuple[dict[str, Any], str | None]]  # every answer after the upgrade
    moved: tuple[Rename, ...]
    choice_moves: tuple[ChoiceMove, ...]
    archived: tuple[ArchivedAnswer, ...]
    review: tuple[ReviewFlag, ...]
    diff: PackDiff
    current_section: str | None

    def summary_json(self) -> dict[str, Any]:
        """What the upgrade did, kept with the assessment and shown again later."""
        return {
            "pack_id": self.pack_id,
            "from": self.old_version,
            "to": self.new_version,
            "moved": [{"old": r.old, "new": r.new} for r in self.moved],
            "choice_moves": [
                {"question": m.question_id, "old": m.old, "new": m.new} for m in self.choice_moves
            ],
            "archived": [
                {"question": a.question_id, "reason": a.reason, "detail": a.detail}
                for a in self.archived
            ],
            "review": [
                {"question": f.question_id, "reason": f.reason, "detail": f.detail}
                for f in self.review
            ],
            "kept": len(self.answers),
            "diff": self.diff.to_json(),
        }

    def lines(self) -> list[str]:
        """The "what changed" summary in plain English (command line)."""
        lines = [f"{self.pack_id} {self.old_version} -> {self.new_version}"]
        lines += [f"  {line}" for line in self.diff.lines()]
        lines.append(f"Answers kept: {len(self.answers)}")
        lines += [f"  moved: {r.old} -> {r.new}" for r in self.moved]
        lines += [
            f"  choice: {m.question_id}: {m.old} -> {m.new}" for m in self.choice_moves
        ]
        lines.append(f"Answers archived (kept, shown and exported): {len(self.archived)}")
        lines += [f"  {a.question_id}: {ARCHIVE_WORDS[a.reason]}{_detail(a.detail)}"
                  for a in self.archived]
        lines.append(f"Questions to review: {len(self.review)}")
        lines += [f"  {f.question_id}: {REVIEW_WORDS[f.reason]}{_detail(f.detail)}"
                  for f in self.review]
        return lines


ARCHIVE_WORDS = {
    "removed": "removed by the publisher",
    "not_in_version": "no longer in the pack",
    "no_longer_fits": "the answer no longer fits the question",
    "merged": "another answer moved to the same question",
}
REVIEW_WORDS = {
    "new": "new question",
    "changed": "question changed",
    "answer_archived": "its earlier answer was archived",
}


def _detail(text: str) -> str:
    return f" ({text})" if text else ""


def plan_upgrade(
    old: Pack,
    new: Pack,
    stored: StoredAnswers,
    *,
    current_section: str | None = None,
    flags: Mapping[str, ReviewFlag] | None = None,
) -> UpgradePlan:
    """Where each of ``stored`` (answers given on ``old``) goes on ``new``."""
    planner = _Planner(old, new)
    # Answers under an id the new version still has go first, so a rename onto an
    # id that was already answered archives the renamed answer, not the kept one.
    for qid in sorted(stored, key=lambda q: (q not in new.questions, q)):
        value, note = stored[qid]
        planner.place(qid, value, note)
    planner.flag_new_and_changed(flags or {})
    return UpgradePlan(
        new.id, old.version, new.version, new.content_hash, planner.answers,
        tuple(planner.moved), tuple(planner.choice_moves), tuple(planner.archived),
        tuple(planner.review.values()), planner.diff,
        current_section if current_section in new.sections else None,
    )


class _Planner:
    def __init__(self, old: Pack, new: Pack) -> None:
        self.old, self.new = old, new
        self.renames = question_renames(old, new)
        self.diff = diff_packs(old, new)
        self.answers: dict[str, tuple[dict[str, Any], str | None]] = {}
        self.moved: list[Rename] = []
        self.choice_moves: list[ChoiceMove] = []
        self.archived: list[ArchivedAnswer] = []
        self.review: dict[str, ReviewFlag] = {}

    def place(self, qid: str, value: dict[str, Any], note: str | None) -> None:
        target = qid if qid in self.new.questions else self.renames.get(qid)
        if target is None:
            removed = qid in self.new.manifest.removed_questions
            self.archive(qid, value, note, "removed" if removed else "not_in_version", "")
            return
        if target in self.answers:
            self.archive(qid, value, note, "merged", f"moved to '{target}'")
            return
        question = self.new.questions[target]
        translated, moves = translate_choices(self.new, question, value)
        try:
            answer = answer_from_json(question, translated, self.new.choices)
        except AnswerError as exc:
            self._no_longer_fits(qid, target, value=value, translated=translated, note=note,
                                 error=exc)
            return
        self.answers[target] = (answer.to_json(), note)
        if target != qid:
            self.moved.append(Rename(qid, target))
        self.choice_moves += [ChoiceMove(target, o, n) for o, n in moves]

    def _no_longer_fits(
        self, qid: str, target: str, *, value: dict[str, Any], translated: dict[str, Any],
        note: str | None, error: AnswerError,
    ) -> None:
        """Archive the answer; a multiple choice keeps the choices that still exist."""
        self.archive(qid, value, note, "no_longer_fits", error.message)
        self.review[target] = ReviewFlag(target, "answer_archived", error.message)
        kept = _still_valid_choices(self.new, self.new.questions[target], translated)
        if kept is not None:
            self.answers[target] = (kept.to_json(), note)
            if target != qid:
                self.moved.append(Rename(qid, target))

    def archive(
        self, qid: str, value: dict[str, Any], note: str | None, reason: str, detail: str
    ) -> None:
        question = self.old.questions.get(qid)
        label = dict(question.label.root) if question is not None else {}
        self.archived.append(ArchivedAnswer(
            qid, value, note, self.old.version, reason, detail, label,
            display_answer(self.old, question, value)))

    def flag_new_and_changed(self, earlier: Mapping[str, ReviewFlag]) -> None:
        for old_id, flag in earlier.items():  # unresolved flags of an earlier upgrade
            target = old_id if old_id in self.new.questions else self.renames.get(old_id)
            if target is not None:
                self.review.setdefault(target, ReviewFlag(target, flag.reason, flag.detail))
        for qid in self.diff.questions.added:
            self.review.setdefault(qid, ReviewFlag(qid, "new"))
        for change in self.diff.questions.changed:
            if change.meaningful and change.id in self.answers:
                self.review.setdefault(
                    change.id, ReviewFlag(change.id, "changed", ", ".join(change.fields)))


def translate_choices(
    pack: Pack, question: AnyQuestion, value: dict[str, Any]
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """``value`` with old choice ids replaced by their renamed ids, and the renames used."""
    if "value" not in value:
        return value, []
    raw = value["value"]
    used: list[tuple[str, str]] = []
    if question.type in ("single_choice", "multiple_choice"):
        renames = choice_renames(pack.choices(question))
        raw = _rename_ids(raw, renames, used)
    elif question.type == "table" and isinstance(raw, list):
        raw = [_rename_row(pack, question, row, used) for row in raw]
    return {**value, "value": raw}, used


def _rename_ids(raw: Any, renames: Mapping[str, str], used: list[tuple[str, str]]) -> Any:
    if isinstance(raw, str) and raw in renames:
        used.append((raw, renames[raw]))
        return renames[raw]
    if isinstance(raw, list):
        return [_rename_ids(item, renames, used) if isinstance(item, str) else item
                for item in raw]
    return raw


def _rename_row(pack: Pack, table: Any, row: Any, used: list[tuple[str, str]]) -> Any:
    if not isinstance(row, dict):
        return row
    renamed = dict(row)
    for column in table.columns:
        if column.id in row and pack.choices(column):
            renamed[column.id] = _rename_ids(row[column.id], choice_renames(pack.choices(column)),
                                             used)
    return renamed


def _still_valid_choices(pack: Pack, question: AnyQuestion, value: dict[str, Any]) -> Answer | None:
    """For a multiple choice: the answer made of the chosen ids that still exist, if any."""
    raw = value.get("value")
    if question.type != "multiple_choice" or not isinstance(raw, list):
        return None
    ids = {c.id for c in pack.choices(question)}
    remaining = [item for item in raw if item in ids]
    if not remaining:
        return None
    try:
        return answer_from_json(question, {"value": remaining}, pack.choices)
    except AnswerError:
        return None


def display_answer(
    pack: Pack, question: AnyQuestion | None, value: dict[str, Any]
) -> dict[str, str]:
    """``value`` as readable text in each of the pack's languages (raw JSON if it does not fit)."""
    raw = json.dumps(value.get("value", value), ensure_ascii=False, sort_keys=True)
    if question is None:
        return {lang: raw for lang in pack.languages}
    try:
        answer = answer_from_json(question, value, pack.choices)
    except AnswerError:
        return {lang: raw for lang in pack.languages}
    return {lang: _text(pack, question, answer, lang) for lang in pack.languages}


def _text(pack: Pack, question: AnyQuestion, answer: Answer, lang: str) -> str:
    if question.type != "table" or answer.state != "answered":
        return format_answer(pack, question, answer, lang)
    columns = {c.id: c for c in getattr(question, "columns", ())}
    rows = [
        "; ".join(
            f"{pack.text(columns[key].label, lang)}: {format_value(pack, columns[key], cell, lang)}"
            for key, cell in row.items()
        )
        for row in answer.value
    ]
    return "\n".join(rows) or format_answer(pack, question, answer, lang)
