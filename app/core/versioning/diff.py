"""What changed between two versions of a pack: questions, choices, risks and measures.

Renames come from the newer version's ``renamed_from`` (questions and
choices); a question that is neither kept, renamed nor declared in
``removed_questions`` is still reported as removed, marked undeclared. The
result is plain data, shown by ``aipia pack diff``, the upgrade summary and
the desktop app.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.model import AnyColumn, AnyQuestion, Choice
from app.core.pack import Pack

# Differences in these fields do not change what an answer means (``stage`` only tags
# the question with a lifecycle stage).
WORDING_FIELDS = frozenset({"help", "placeholder", "references", "stage"})


@dataclass(frozen=True)
class Rename:
    old: str
    new: str


@dataclass(frozen=True)
class Change:
    """An item kept under the same (or a renamed) id whose definition differs."""

    id: str
    fields: tuple[str, ...]

    @property
    def meaningful(self) -> bool:
        """True unless only wording fields (help, placeholder, references, stage) changed."""
        return any(f not in WORDING_FIELDS for f in self.fields)


@dataclass(frozen=True)
class ItemDiff:
    """Ids added, removed, renamed and changed for one kind of item."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    renamed: tuple[Rename, ...] = ()
    changed: tuple[Change, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "removed": list(self.removed),
            "renamed": [{"old": r.old, "new": r.new} for r in self.renamed],
            "changed": [{"id": c.id, "fields": list(c.fields)} for c in self.changed],
        }

    def counts(self) -> str:
        """E.g. ``1 added (x), 1 renamed (a -> b)``; empty when nothing changed."""
        parts = []
        for word, ids in (("added", self.added), ("removed", self.removed)):
            if ids:
                parts.append(f"{len(ids)} {word} ({', '.join(ids)})")
        if self.renamed:
            shown = ", ".join(f"{r.old} -> {r.new}" for r in self.renamed)
            parts.append(f"{len(self.renamed)} renamed ({shown})")
        if self.changed:
            shown = ", ".join(f"{c.id}: {'/'.join(c.fields)}" for c in self.changed)
            parts.append(f"{len(self.changed)} changed ({shown})")
        return ", ".join(parts)


@dataclass(frozen=True)
class PackDiff:
    """Everything that differs between ``old`` and ``new`` (same pack id or not)."""

    old_id: str
    old_version: str
    new_id: str
    new_version: str
    questions: ItemDiff
    choices: tuple[tuple[str, ItemDiff], ...]  # (question id in the new version, its choices)
    risks: ItemDiff
    measures: ItemDiff
    declared_removed: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        parts = (self.questions, self.risks, self.measures, *(d for _, d in self.choices))
        return all(part.empty for part in parts)

    @property
    def undeclared_removed(self) -> tuple[str, ...]:
        return tuple(q for q in self.questions.removed if q not in self.declared_removed)

    def to_json(self) -> dict[str, Any]:
        return {
            "old": {"id": self.old_id, "version": self.old_version},
            "new": {"id": self.new_id, "version": self.new_version},
            "questions": self.questions.to_json(),
            "choices": {qid: diff.to_json() for qid, diff in self.choices},
            "risks": self.risks.to_json(),
            "measures": self.measures.to_json(),
            "declared_removed": list(self.declared_removed),
            "undeclared_removed": list(self.undeclared_removed),
        }

    def lines(self) -> list[str]:
        """A short plain-English summary, one line per kind of item that changed."""
        if self.empty:
            return ["No question, choice, risk or measure changed."]
        lines = []
        if not self.questions.empty:
            lines.append(f"Questions: {self.questions.counts()}")
        lines += [f"Choices of {qid}: {diff.counts()}" for qid, diff in self.choices]
        if not self.risks.empty:
            lines.append(f"Risks: {self.risks.counts()}")
        if not self.measures.empty:
            lines.append(f"Measures: {self.measures.counts()}")
        if self.undeclared_removed:
            lines.append(
                "Removed without being listed in removed_questions: "
                + ", ".join(self.undeclared_removed)
            )
        return lines


def question_renames(old: Pack, new: Pack) -> dict[str, str]:
    """Old question id -> new id, for renames the new version declares and that apply."""
    renames: dict[str, str] = {}
    for question in new.questions.values():
        for previous in question.renamed_from:
            if previous in old.questions and previous not in new.questions:
                renames.setdefault(previous, question.id)
    return renames


def choice_renames(
    choices: Iterable[Choice], old_ids: Iterable[str] | None = None
) -> dict[str, str]:
    """Old choice id -> new id within one list (only old ids no longer in the list)."""
    listed = list(choices)
    current = {c.id for c in listed}
    wanted = None if old_ids is None else set(old_ids)
    return {
        previous: choice.id
        for choice in listed
        for previous in choice.renamed_from
        if previous not in current and (wanted is None or previous in wanted)
    }


def diff_packs(old: Pack, new: Pack) -> PackDiff:
    """What changed from ``old`` to ``new``."""
    renames = question_renames(old, new)
    kept = {qid: qid for qid in old.questions if qid in new.questions} | renames
    questions = ItemDiff(
        added=tuple(q for q in new.questions if q not in kept.values()),
        removed=tuple(q for q in old.questions if q not in kept),
        renamed=tuple(Rename(o, n) for o, n in renames.items()),
        changed=tuple(
            Change(n, fields)
            for o, n in kept.items()
            if (fields := _question_changes(old, new, old.questions[o], new.questions[n]))
        ),
    )
    choices = tuple(
        (n, diff)
        for o, n in kept.items()
        if not (diff := _choice_diff(old, new, old.questions[o], new.questions[n])).empty
    )
    return PackDiff(
        old.id, old.version, new.id, new.version, questions, choices,
        _plain_diff(old.risks, new.risks), _plain_diff(old.measures, new.measures),
        tuple(q for q in new.manifest.removed_questions if q in questions.removed),
    )


def _plain_diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> ItemDiff:
    return ItemDiff(
        added=tuple(i for i in new if i not in old),
        removed=tuple(i for i in old if i not in new),
        changed=tuple(
            Change(i, fields)
            for i in old
            if i in new and (fields := _field_changes(_dump(old[i]), _dump(new[i])))
        ),
    )


def _dump(item: Any, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    data: dict[str, Any] = item.model_dump(mode="json", exclude={"id", *exclude})
    return data


def _field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(k for k in {*old, *new} if old.get(k) != new.get(k)))


def _question_changes(
    old: Pack, new: Pack, q_old: AnyQuestion, q_new: AnyQuestion
) -> tuple[str, ...]:
    skip = frozenset({"renamed_from", "choices", "choices_from", "columns"})
    before, after = _dump(q_old, skip), _dump(q_new, skip)
    if old.choices(q_old) or new.choices(q_new):
        before["choices"] = _choices_dump(old.choices(q_old), choice_renames(new.choices(q_new)))
        after["choices"] = _choices_dump(new.choices(q_new), {})
    if hasattr(q_old, "columns") or hasattr(q_new, "columns"):
        before["columns"] = _columns_dump(old, getattr(q_old, "columns", ()))
        after["columns"] = _columns_dump(new, getattr(q_new, "columns", ()))
    return _field_changes(before, after)


def _choices_dump(choices: Iterable[Choice], renames: Mapping[str, str]) -> list[dict[str, Any]]:
    return [
        {**_dump(c, frozenset({"renamed_from"})), "id": renames.get(c.id, c.id)} for c in choices
    ]


def _columns_dump(pack: Pack, columns: Iterable[AnyColumn]) -> list[dict[str, Any]]:
    dumped = []
    for column in columns:
        data = column.model_dump(mode="json", exclude={"choices", "choices_from"})
        if pack.choices(column):
            data["choices"] = _choices_dump(pack.choices(column), {})
        dumped.append(data)
    return dumped


def _choice_diff(old: Pack, new: Pack, q_old: AnyQuestion, q_new: AnyQuestion) -> ItemDiff:
    before = {c.id: c for c in old.choices(q_old)}
    after = {c.id: c for c in new.choices(q_new)}
    if not before and not after:
        return ItemDiff()
    renames = choice_renames(after.values(), before)
    kept = {cid: cid for cid in before if cid in after} | renames
    skip = frozenset({"renamed_from"})
    return ItemDiff(
        added=tuple(c for c in after if c not in kept.values()),
        removed=tuple(c for c in before if c not in kept),
        renamed=tuple(Rename(o, n) for o, n in renames.items()),
        changed=tuple(
            Change(n, fields)
            for o, n in kept.items()
            if (fields := _field_changes(_dump(before[o], skip), _dump(after[n], skip)))
        ),
    )
