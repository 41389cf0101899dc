"""A pack whose files each passed schema validation, before the cross-file checks.

It keeps every model next to the YAML document it came from, so a check can
point at ``file:line:col`` of the exact key that is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from app.core.diagnostics import Diagnostic
from app.core.loader.lang_walk import iter_lang_texts
from app.core.loader.yaml_guard import Path_, YamlDocument
from app.core.model import AnyColumn, AnyQuestion, Choice, LangText, Manifest, Module, Section
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
        return iter(self._questions)

    @cached_property
    def _questions(self) -> tuple[tuple[Located, Section], ...]:
        """Every question once, for the many checks that walk them (the draft never changes)."""
        found = []
        for located in self.sections():
            section: Section = located.item
            for q_index, question in enumerate(section.questions):
                where = (*located.path, "questions", q_index)
                found.append((Located(question, located.doc, where), section))
        return tuple(found)

    @cached_property
    def lang_texts(self) -> tuple[tuple[YamlDocument, Path_, LangText], ...]:
        """Every language map of the pack, with its document and path (walked once)."""
        found = [(self.manifest_doc, path, text) for path, text in iter_lang_texts(self.manifest)]
        for module, doc in self.modules:
            found += [(doc, path, text) for path, text in iter_lang_texts(module)]
        return tuple(found)

    def columns(self) -> Iterator[tuple[Located, AnyQuestion]]:
        return iter(self._columns)

    @cached_property
    def _columns(self) -> tuple[tuple[Located, AnyQuestion], ...]:
        found = []
        for located, _ in self.questions():
            for c_index, column in enumerate(located.item.__dict__.get("columns", ())):
                where = (*located.path, "columns", c_index)
                found.append((Located(column, located.doc, where), located.item))
        return tuple(found)

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
