"""What changed between pack versions, and what an upgrade does, in the interface language.

The core gives the facts (``PackDiff``, ``UpgradePlan``); :class:`PackChanges`
words them for the packs dialog and the assessment view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from app.core.versioning.diff import ItemDiff, PackDiff
    from app.core.versioning.upgrade import UpgradePlan


def _ids(ids: tuple[str, ...] | list[str]) -> str:
    return ", ".join(ids)


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", str(value))
    return text


class PackChanges(QObject):
    """Translated wording of pack diffs, upgrade plans, review flags and archive reasons."""

    def item_parts(self, diff: ItemDiff) -> list[str]:
        """``2 added (a, b)``, ``1 renamed (x → y)`` ... for one kind of item."""
        parts = []
        if diff.added:
            parts.append(_fill(self.tr("%1 added (%2)"), len(diff.added), _ids(diff.added)))
        if diff.removed:
            parts.append(_fill(self.tr("%1 removed (%2)"), len(diff.removed),
                               _ids(diff.removed)))
        if diff.renamed:
            shown = ", ".join(f"{r.old} → {r.new}" for r in diff.renamed)
            parts.append(_fill(self.tr("%1 renamed (%2)"), len(diff.renamed), shown))
        if diff.changed:
            parts.append(_fill(self.tr("%1 changed (%2)"), len(diff.changed),
                               _ids([c.id for c in diff.changed])))
        return parts

    def diff_lines(self, diff: PackDiff) -> list[str]:
        """One line per kind of item that changed."""
        if diff.empty:
            return [self.tr("No question, choice, risk or measure changed.")]
        lines = []
        for title, part in ((self.tr("Questions"), diff.questions), (self.tr("Risks"), diff.risks),
                            (self.tr("Measures"), diff.measures)):
            if not part.empty:
                lines.append(f"{title}: {'; '.join(self.item_parts(part))}")
        for qid, choices in diff.choices:
            lines.append(_fill(self.tr("Choices of %1"), qid) + ": "
                         + "; ".join(self.item_parts(choices)))
        return lines

    def plan_lines(self, plan: UpgradePlan) -> list[str]:
        """What upgrading an assessment does to its answers."""
        lines = [_fill(self.tr("Answers kept: %1"), len(plan.answers))]
        if plan.moved:
            lines.append(_fill(self.tr("Answers moved to renamed questions: %1"),
                               ", ".join(f"{r.old} → {r.new}" for r in plan.moved)))
        if plan.archived:
            lines.append(_fill(self.tr("Answers archived (kept and shown, never deleted): %1"),
                               _ids([a.question_id for a in plan.archived])))
        if plan.review:
            lines.append(_fill(self.tr("Questions to review: %1"),
                               _ids([f.question_id for f in plan.review])))
        return lines

    def review_reason(self, reason: str) -> str:
        texts = {
            "new": self.tr("New in this version of the questionnaire: please answer it."),
            "changed": self.tr("Changed in the new version of the questionnaire: check your "
                               "answer."),
            "answer_archived": self.tr("Your earlier answer no longer fits this question and "
                                       "was archived: please answer again."),
        }
        return texts.get(reason, reason)

    def archive_reason(self, reason: str) -> str:
        texts = {
            "removed": self.tr("The publisher removed the question."),
            "not_in_version": self.tr("The question is no longer in the questionnaire."),
            "no_longer_fits": self.tr("The answer no longer fits the changed question."),
            "merged": self.tr("Another answer moved to the same question."),
        }
        return texts.get(reason, reason)
