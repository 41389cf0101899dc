"""Checks of the lifecycle stages that questions are tagged with.

Stages never change what the questionnaire asks or raises, but they must name a
stage the manifest declares, so that a report can list them by name.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.loader.draft import PackDraft


def check_tags(draft: PackDraft) -> Iterator[Diagnostic]:
    """Duplicate stage ids and unknown stages on questions.

    Crosswalk sources are checked with the references (``check_structure``).
    """
    yield from _unique_stages(draft)
    yield from _question_stages(draft)


def _unique_stages(draft: PackDraft) -> Iterator[Diagnostic]:
    seen: dict[str, int] = {}
    for index, stage in enumerate(draft.manifest.stages):
        first = seen.setdefault(stage.id, index)
        if first != index:
            where = draft.manifest_doc.diagnostic(("stages", first, "id"), "").location
            yield draft.manifest_doc.diagnostic(
                ("stages", index, "id"),
                f"duplicate stage id '{stage.id}' (first defined at {where})",
            )


def _question_stages(draft: PackDraft) -> Iterator[Diagnostic]:
    stages = [stage.id for stage in draft.manifest.stages]
    for question, _ in draft.questions():
        for index, stage in enumerate(question.item.stage):
            if stage not in stages:
                yield question.doc.diagnostic(
                    (*question.path, "stage", index),  # a single `stage: x` falls back to it
                    f"unknown stage '{stage}' in pack.yaml's 'stages'",
                    did_you_mean(stage, stages) or "declare it under 'stages' in pack.yaml",
                )

