"""``pack.yaml``: what a pack is, who publishes it, and what it shares across modules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Literal

from pydantic import Field

from app.core.model.acceptance import AcceptancePolicy
from app.core.model.common import Identifier, LangCode, LangText, PackId, StrictModel, Version
from app.core.model.questions import Choice
from app.core.model.report import ReportRoles
from app.core.model.risks import RiskMatrix
from app.core.model.scores import Score

FORMAT_VERSION = 1
MODULE_FILE_PATTERN = r"^[A-Za-z0-9_-][A-Za-z0-9._-]*\.ya?ml$"


class Publisher(StrictModel):
    """Who publishes and maintains the pack."""

    name: LangText = Field(description="Publisher name per language.")
    url: str | None = Field(default=None, pattern=r"^https?://\S+$", description="Web site.")
    email: str | None = Field(
        default=None, pattern=r"^[^@\s]+@[^@\s]+$", description="Contact address."
    )


class Source(StrictModel):
    """A law, guide or standard that references point to."""

    title: LangText = Field(description="Full title per language.")
    publisher: str | LangText | None = Field(
        default=None, description="Issuing body, e.g. 'OWASP', or a text in each language, "
        "e.g. {en: Personal Information Protection Commission, ko: 개인정보보호위원회}.")
    edition: str | LangText | None = Field(
        default=None, description="Default edition or year cited, e.g. '2025'; dates and words "
        "as a text in each language, e.g. {en: December 2024, ko: 2024년 12월}.")
    url: str | None = Field(
        default=None, pattern=r"^https?://\S+$", description="Where to read it."
    )


class Stage(StrictModel):
    """A lifecycle stage that questions can be tagged with (e.g. training and development)."""

    id: Identifier = Field(description="Stable id, used by questions' `stage`.")
    label: LangText = Field(description="Name of the stage per language.")
    description: LangText | None = Field(default=None, description="What the stage covers.")


def resolve_choices(
    asked: object, choice_lists: Mapping[str, tuple[Choice, ...]]
) -> tuple[Choice, ...]:
    """The choices of a choice question or column: inline, or its shared list (empty if unknown).

    Choices taken from an earlier answer (``choices_from: {question: ...}``) are
    not resolved here: they depend on the answers (``app.core.answer_choices``).
    """
    inline = getattr(asked, "choices", None)
    if inline is not None:
        return tuple(inline)
    shared = getattr(asked, "choices_from", None)
    return choice_lists.get(shared, ()) if isinstance(shared, str) else ()


class Manifest(StrictModel):
    """The contents of ``pack.yaml``."""

    format: Literal[1] = Field(description="Pack format version; this document describes 1.")
    id: PackId = Field(description="Stable reverse-DNS id, e.g. 'org.aipia.ai-pia'.")
    version: Version = Field(description="MAJOR.MINOR.PATCH; every release must be higher.")
    title: LangText = Field(description="Pack title per language.")
    description: LangText = Field(description="What the pack assesses and for whom.")
    publisher: Publisher = Field(description="Who publishes the pack.")
    languages: tuple[LangCode, ...] = Field(
        min_length=1, description="Languages every text must be given in."
    )
    default_language: LangCode = Field(description="Language used when the user's is missing.")
    licence: str = Field(min_length=1, description="Licence of the pack content (SPDX id or name).")
    published: dt.date = Field(description="Publication date, YYYY-MM-DD.")
    modules: tuple[str, ...] = Field(
        min_length=1, description="Module files in the pack folder, in wizard order."
    )
    choice_lists: dict[Identifier, tuple[Choice, ...]] = Field(
        default_factory=dict, description="Shared choice lists, used by `choices_from`."
    )
    sources: dict[Identifier, Source] = Field(
        default_factory=dict, description="Sources that references cite, by key."
    )
    stages: tuple[Stage, ...] = Field(
        default=(),
        description="Lifecycle stages, in order, that questions may name in `stage`.",
    )
    risk_matrix: RiskMatrix = Field(description="The likelihood x severity matrix.")
    scores: tuple[Score, ...] = Field(
        default=(),
        description="Scores shown live in the wizard and printed in the report, in order.",
    )
    acceptance: AcceptancePolicy | None = Field(
        default=None,
        description="Who may accept a residual risk of each level (default: a risk owner or "
        "the privacy officer, at any level).",
    )
    report: ReportRoles = Field(
        default_factory=ReportRoles,
        description="Which module and questions the report's special parts read.",
    )
    removed_questions: tuple[Identifier, ...] = Field(
        default=(),
        description="Ids of questions that earlier versions had and this one dropped on "
        "purpose; their answers are archived (kept, shown and exported) when an "
        "assessment is upgraded.",
    )
