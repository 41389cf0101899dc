"""A loaded, checked pack: the model plus indexes and compiled rules.

Everything downstream (session, risk engine, reports, UI) works from a
``Pack``; nothing downstream sees raw YAML.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from app.core.expr import Expr
from app.core.model import (
    AnyColumn,
    AnyQuestion,
    Choice,
    LangText,
    Manifest,
    Measure,
    Module,
    Risk,
    RiskMatrix,
    Section,
)

LevelRules = tuple[tuple[Expr | None, str], ...]


@dataclass(frozen=True)
class CompiledRules:
    """Every expression of the pack, parsed and type-checked once at load time."""

    show_if: Mapping[str, Expr]  # question id or section id -> condition
    required: Mapping[str, Expr]  # question id -> condition (only where required is an expression)
    constraint: Mapping[str, Expr]
    risk_when: Mapping[str, Expr]
    likelihood: Mapping[str, LevelRules]  # risk id -> ordered (condition or None, step id)
    severity: Mapping[str, LevelRules]


@dataclass(frozen=True)
class Pack:
    """A validated questionnaire pack."""

    manifest: Manifest
    modules: tuple[Module, ...]
    rules: CompiledRules
    content_hash: str
    root: Path | None = None
    questions: Mapping[str, AnyQuestion] = field(init=False)
    sections: Mapping[str, Section] = field(init=False)
    section_of: Mapping[str, str] = field(init=False)
    module_of: Mapping[str, str] = field(init=False)
    risks: Mapping[str, Risk] = field(init=False)
    measures: Mapping[str, Measure] = field(init=False)

    def __post_init__(self) -> None:
        sections = {s.id: s for m in self.modules for s in m.sections}
        module_of = {s.id: m.id for m in self.modules for s in m.sections}
        questions = {q.id: q for s in sections.values() for q in s.questions}
        section_of = {q.id: s.id for s in sections.values() for q in s.questions}
        risks = {r.id: r for m in self.modules for r in m.risks}
        measures = {x.id: x for m in self.modules for x in m.measures}
        for name, value in (
            ("sections", sections),
            ("module_of", module_of),
            ("questions", questions),
            ("section_of", section_of),
            ("risks", risks),
            ("measures", measures),
        ):
            object.__setattr__(self, name, MappingProxyType(value))

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def languages(self) -> tuple[str, ...]:
        return self.manifest.languages

    @property
    def matrix(self) -> RiskMatrix:
        return self.manifest.risk_matrix

    def text(self, value: LangText | None, lang: str) -> str:
        """``value`` in ``lang``, falling back to the pack's default language."""
        return value.get(lang, self.manifest.default_language) if value is not None else ""

    def choices(self, asked: AnyQuestion | AnyColumn) -> tuple[Choice, ...]:
        """The choices of a choice question or column, shared lists resolved."""
        inline = getattr(asked, "choices", None)
        if inline is not None:
            return tuple(inline)
        shared = getattr(asked, "choices_from", None)
        return self.manifest.choice_lists.get(shared, ()) if shared else ()

    def choice(self, asked: AnyQuestion | AnyColumn, choice_id: str) -> Choice | None:
        return next((c for c in self.choices(asked) if c.id == choice_id), None)

    def section_questions(self, section_id: str) -> tuple[AnyQuestion, ...]:
        return tuple(self.sections[section_id].questions)

    def iter_sections(self) -> Iterator[tuple[Module, Section]]:
        """Every section in wizard order, with its module."""
        for module in self.modules:
            for section in module.sections:
                yield module, section
