"""A pack whose files each passed schema validation, before the cross-file checks.

It keeps every model next to the YAML document it came from, so a check can
point at ``file:line:col`` of the exact key that is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.core.diagnostics import Diagnostic
from app.core.loader.yaml_guard import Path_, YamlDocument
from app.core.model import AnyColumn, AnyQuestion, Choice, Manifest, Module, Section
from app.core.model.manifest import resolve_choices


@dataclass(frozen=True)
class Located:
    """A model object, the document it was read from and its path in that document."""

    item: Any
    doc: YamlDocument
    path: Path_

    def error(
        self, message: str, hint: str | None = None, *, key: str | None = None, offset: int = 0
    ) -> Diagnostic:
        """A diagnostic at this object, or at one of its keys' values."""
        path = (*self.path, key) if key else self.path
        return self.doc.diagnostic(path, message, hint, offset=offset)


@dataclass(frozen=True)
class PackDraft:
    manifest: Manifest
    manifest_doc: YamlDocument
    modules: tuple[tuple[Module, YamlDocument], ...]

    @property
    def languages(self) -> tuple[str, ...]:
        return self.manifest.languages

    def module_entries(self) -> Iterator[Located]:
        for module, doc in self.modules:
            yield Located(module, doc, ())

    def sections(self) -> Iterator[Located]:
        for module, doc in self.modules:
            for s_index, section in enumerate(module.sections):
                yield Located(section, doc, ("sections", s_index))

    def questions(self) -> Iterator[tuple[Located, Section]]:
        for located in self.sections():
            section: Section = located.item
            for q_index, question in enumerate(section.questions):
                yield Located(question, located.doc, (*located.path, "questions", q_index)), section

    def columns(self) -> Iterator[tuple[Located, AnyQuestion]]:
        for located, _ in self.questions():
            for c_index, column in enumerate(getattr(located.item, "columns", ())):
                yield (
                    Located(column, located.doc, (*located.path, "columns", c_index)),
                    located.item,
                )

    def risks(self) -> Iterator[Located]:
        for module, doc in self.modules:
            for index, risk in enumerate(module.risks):
                yield Located(risk, doc, ("risks", index))

    def measures(self) -> Iterator[Located]:
        for module, doc in self.modules:
            for index, measure in enumerate(module.measures):
                yield Located(measure, doc, ("measures", index))

    def scores(self) -> Iterator[Located]:
        for index, score in enumerate(self.manifest.scores):
            yield Located(score, self.manifest_doc, ("scores", index))

    def choice_lists(self) -> Iterator[tuple[str, Located]]:
        for name, choices in self.manifest.choice_lists.items():
            yield name, Located(choices, self.manifest_doc, ("choice_lists", name))

    def choices_of(self, asked: AnyQuestion | AnyColumn) -> tuple[Choice, ...]:
        """The resolved choices of a choice question or column (empty if unresolvable)."""
        return resolve_choices(asked, self.manifest.choice_lists)
