"""Building blocks shared by every part of a pack: ids, language maps, references."""

from __future__ import annotations

import re
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, RootModel, StringConstraints, model_validator

ID_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
PACK_ID_PATTERN = r"^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$"
VERSION_PATTERN = r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$"
LANG_PATTERN = r"^[a-z]{2,3}(-[A-Z]{2})?$"
MAX_EXPRESSION_LENGTH = 2000
MAX_TEXT_LENGTH = 20_000

Identifier = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
LangCode = Annotated[str, StringConstraints(pattern=LANG_PATTERN)]
ExprSource = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_EXPRESSION_LENGTH, strip_whitespace=True)
]
Version = Annotated[str, StringConstraints(pattern=VERSION_PATTERN)]
PackId = Annotated[str, StringConstraints(pattern=PACK_ID_PATTERN, max_length=200)]


class StrictModel(BaseModel):
    """Base of every pack model: unknown keys are errors, instances are frozen.

    Numbers must be finite: YAML's ``.nan`` and ``.inf`` are refused wherever a
    number is expected (a ``max: .inf`` would accept every answer, a ``.nan``
    none).

    Built on first use (``defer_build``), not at import: a program that never reads
    a pack (``aipia --version``, the desktop app's first paint) does not pay for them.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=False, allow_inf_nan=False,
        defer_build=True,
    )


RootType = TypeVar("RootType")


class DeferredRoot(RootModel[RootType], Generic[RootType]):
    """A root model built on first use, and its parametrized forms too (``RootModel[...]``
    itself would be built when parametrized, at import)."""

    model_config = ConfigDict(frozen=True, defer_build=True)


class LangText(
    DeferredRoot[dict[LangCode, Annotated[str, StringConstraints(max_length=MAX_TEXT_LENGTH)]]]
):
    """Text in several languages, e.g. ``{en: Purpose, ko: 목적}``."""

    @model_validator(mode="after")
    def _not_empty(self) -> LangText:
        if not self.root:
            raise ValueError("give the text in at least one language, e.g. {en: ..., ko: ...}")
        return self

    def get(self, lang: str, fallback: str | None = None) -> str:
        """The text in ``lang``, else in ``fallback``, else in any language given."""
        for code in (lang, fallback):
            if code and self.root.get(code, "").strip():
                return self.root[code]
        return next((text for text in self.root.values() if text.strip()), "")

    def has(self, lang: str) -> bool:
        return bool(self.root.get(lang, "").strip())


class Reference(StrictModel):
    """A structured citation of a source listed in the manifest's ``sources``."""

    source: Identifier = Field(description="Key of an entry in the manifest's `sources`.")
    edition: str | LangText | None = Field(
        default=None, description="Edition or year cited, e.g. '2025' (overrides the source's); "
        "words as a text in each language, e.g. {en: amended 2023, ko: 2023년 개정}."
    )
    section: str | LangText | None = Field(
        default=None,
        description="Article, section or control, e.g. 'Art. 35(7)' or 'LLM03'; words that "
        "need translating as a text in each language, e.g. {en: Steps 5-7, ko: 5~7단계}.",
    )
    url: str | None = Field(
        default=None, description="Optional link to the exact passage.", pattern=r"^https?://\S+$"
    )


class ControlRef(StrictModel):
    """A structured pointer to a control or section of a standard (crosswalks).

    Unlike a reference (the source a statement rests on), a crosswalk entry
    names the control of another framework that covers the same ground, e.g.
    ISO/IEC 27701 7.4.5 for a de-identification measure.
    """

    source: Identifier = Field(description="Key of an entry in the manifest's `sources`.")
    section: str = Field(
        min_length=1,
        description="Control or section of that source, e.g. '7.4.5' or 'MEASURE 2.10'.",
    )
    edition: str | LangText | None = Field(
        default=None, description="Edition cited, when it differs from the source's `edition` "
        "(a text in each language where it has words)."
    )


def version_key(version: str) -> tuple[int, int, int]:
    """Sortable key of a ``MAJOR.MINOR.PATCH`` version (``1.10.0`` > ``1.9.3``)."""
    match = re.fullmatch(VERSION_PATTERN, version)
    if not match:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch
