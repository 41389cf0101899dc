"""A loaded, checked pack: the model plus indexes and compiled rules.

Everything downstream (session, risk engine, reports, UI) works from a
``Pack``; nothing downstream sees raw YAML.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from app.core.expr import Expr
from app.core.model import (
    AnswerChoices,
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
from app.core.model.manifest import resolve_choices
from app.core.visibility_graph import VisibilityGraph, visibility_graph

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
    scores: Mapping[str, Expr] = field(default_factory=dict)  # score id -> number expression
    # (table id, column id) -> condition on one row (see compile_row_expression)
    cell_show_if: Mapping[tuple[str, str], Expr] = field(default_factory=dict)
    cell_required: Mapping[tuple[str, str], Expr] = field(default_factory=dict)


def visibility_conditions(rules: CompiledRules, section_id: str, question_id: str) -> list[Expr]:
    """What must hold to show a question: its section's show_if, then its own."""
    found = (rules.show_if.get(section_id), rules.show_if.get(question_id))
    return [expr for expr in found if expr is not None]


@dataclass(frozen=True)
class Pack:
    """A validated questionnaire pack."""

    manifest: Manifest
    modules: tuple[Module, ...]
    rules: CompiledRules
    content_hash: str
    root: Path | None = None
    mark_fallbacks: bool = False  # text() marks a text shown in the default language: "(en)"
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

    def text(self, value: LangText | str | None, lang: str) -> str:
        """``value`` in ``lang``, falling back to the pack's default language.

        A pack made by :meth:`marking_fallbacks` ends a fallen-back text with
        the language it is in, e.g. "Purpose (en)". A plain string (a value the
        same in every language, such as "Art. 35(7)") is returned as it is.
        """
        if isinstance(value, str):
            return value
        if value is None:
            return ""
        default = self.manifest.default_language
        text = value.get(lang, default)
        if self.mark_fallbacks and text and not value.has(lang):
            shown = next(code for code in (default, *value.root) if value.has(code))
            return f"{text} ({shown})"
        return text

    def marking_fallbacks(self) -> Pack:
        """This pack, whose :meth:`text` marks each text missing in the asked language."""
        return self if self.mark_fallbacks else replace(self, mark_fallbacks=True)

    def choices(self, asked: AnyQuestion | AnyColumn) -> tuple[Choice, ...]:
        """The choices of a choice question or column, shared lists resolved.

        A question whose choices are the picks of an earlier multiple choice
        answer has all that question's choices here (those it can ever offer,
        for labels and rules); one whose choices are a table's rows has none
        (the session says which are offered now: ``Session.choices``).
        """
        source = getattr(asked, "choices_from", None)
        if isinstance(source, AnswerChoices):
            origin = self.questions.get(source.question)
            return self.choices(origin) if origin is not None and source.column is None else ()
        return resolve_choices(asked, self.manifest.choice_lists)

    def conditions(self, question_id: str) -> list[Expr]:
        """The show_if conditions (section's and own) of a question."""
        return visibility_conditions(self.rules, self.section_of[question_id], question_id)

    @cached_property
    def visibility(self) -> VisibilityGraph:
        """Which questions' show_if conditions read which; built once, on first use."""
        return visibility_graph({qid: self.conditions(qid) for qid in self.questions})

    def choice(self, asked: AnyQuestion | AnyColumn, choice_id: str) -> Choice | None:
        return next((c for c in self.choices(asked) if c.id == choice_id), None)

    def column(self, table_id: str, column_id: str) -> AnyColumn | None:
        """A column of a table question, or None."""
        table = self.questions.get(table_id)
        return next((c for c in getattr(table, "columns", ()) if c.id == column_id), None)

    def section_questions(self, section_id: str) -> tuple[AnyQuestion, ...]:
        return tuple(self.sections[section_id].questions)

    def iter_sections(self) -> Iterator[tuple[Module, Section]]:
        """Every section in wizard order, with its module."""
        for module in self.modules:
            for section in module.sections:
                yield module, section
