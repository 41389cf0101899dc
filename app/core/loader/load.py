"""Load a pack folder: guarded YAML -> models -> cross-checks -> :class:`Pack`.

Every problem in every file is collected (not just the first), each located as
``file:line:col``; the pack is built only when there is no error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from app.core.diagnostics import Diagnostic, Severity, did_you_mean
from app.core.errors import UserError
from app.core.hashing import files_hash
from app.core.loader.check_answer_choices import check_answer_choices
from app.core.loader.check_constraints import check_constraints
from app.core.loader.check_graph import check_cycles, check_reachability, visibility_conditions
from app.core.loader.check_reasons import check_reasons, check_row_names
from app.core.loader.check_report import check_report
from app.core.loader.check_rules import compile_rules, duplicate_questions
from app.core.loader.check_structure import check_structure, unknown_choice_lists
from app.core.loader.check_treatment import check_treatment
from app.core.loader.check_versions import check_versions
from app.core.loader.draft import PackDraft
from app.core.loader.languages import check_languages, completeness
from app.core.loader.schema_errors import schema_diagnostics
from app.core.loader.scope import build_scope
from app.core.loader.yaml_guard import (
    MAX_FILE_BYTES,
    Path_,
    YamlDocument,
    YamlError,
    gc_paused,
    parse_yaml_bytes,
)
from app.core.model import Manifest, Module
from app.core.model.manifest import MODULE_FILE_PATTERN
from app.core.pack import Pack
from app.core.quoting import quoted
from app.core.regular_files import FileRefused, check_regular, read_regular

MANIFEST_NAME = "pack.yaml"
MAX_MODULES = 50


@dataclass
class LoadResult:
    """What loading found: the pack (when valid), every error and warning, and statistics."""

    pack: Pack | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    completeness: dict[str, float] = field(default_factory=dict)
    manifest: Manifest | None = None
    files: dict[str, bytes] = field(default_factory=dict)  # name -> the bytes that were checked

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return self.pack is not None


class PackLoadError(UserError):
    """Raised by :func:`require_pack` when a pack has errors."""

    def __init__(self, result: LoadResult) -> None:
        super().__init__("\n".join(str(d) for d in result.errors))
        self.result = result


def load_pack(folder: Path | str) -> LoadResult:
    """Read and check the pack in ``folder``; never raises for bad content."""
    folder = Path(folder)
    try:
        check_regular(folder, MANIFEST_NAME)
    except FileRefused as refused:
        if not refused.missing:
            where = str(folder / MANIFEST_NAME)
            return LoadResult(None, [Diagnostic(where, refused.message, hint=refused.hint)])
        what = "folder" if folder.is_dir() else "path"
        return LoadResult(
            None,
            [
                Diagnostic(
                    str(folder),
                    f"this {what} holds no {MANIFEST_NAME}",
                    hint="a pack is a folder with pack.yaml and module files",
                )
            ],
        )
    with gc_paused():  # a full collection mid-check re-scanned every node just read
        return _PackReader(folder).run()


def read_manifest(folder: Path | str) -> Manifest | None:
    """Only the pack's manifest (``pack.yaml``), or None if it is missing or invalid.

    Far cheaper than :func:`load_pack`: for listing a folder of packs without
    loading every one; :func:`load_pack` reports what is wrong with it.
    """
    folder = Path(folder)
    try:
        check_regular(folder, MANIFEST_NAME)
    except FileRefused:
        return None
    reader = _PackReader(folder)
    document = reader._read(MANIFEST_NAME)
    manifest: Manifest | None = reader._validate(document, Manifest) if document else None
    return manifest


def require_pack(folder: Path | str) -> Pack:
    """Like :func:`load_pack`, but raises :class:`PackLoadError` unless the pack is valid."""
    result = load_pack(folder)
    if result.pack is None:
        raise PackLoadError(result)
    return result.pack


class _PackReader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.diagnostics: list[Diagnostic] = []
        self.raw_files: dict[str, bytes] = {}
        self.languages: tuple[str, ...] = ()  # the manifest's, for examples in messages

    def run(self) -> LoadResult:
        manifest_doc = self._read(MANIFEST_NAME)
        listed = manifest_doc.data.get("languages") if manifest_doc else None
        if isinstance(listed, list):
            self.languages = tuple(lang for lang in listed if isinstance(lang, str))
        manifest = self._validate(manifest_doc, Manifest) if manifest_doc else None
        modules, complete = self._read_modules(manifest, manifest_doc)
        if manifest is None or manifest_doc is None:
            return LoadResult(None, self.diagnostics, manifest=manifest, files=self.raw_files)
        draft = PackDraft(manifest, manifest_doc, tuple(modules))
        if not complete:
            # Still report what the readable files get wrong on their own, so one run
            # shows every error; checks needing the whole pack would only mislead.
            self.diagnostics.extend(check_structure(draft, partial=True))
            self.diagnostics.extend(check_languages(draft))
            return LoadResult(None, self.diagnostics, manifest=manifest, files=self.raw_files)
        pack = self._check(draft)
        return LoadResult(pack, self.diagnostics, completeness(draft), manifest, self.raw_files)

    def _read(self, name: str) -> YamlDocument | None:
        display = str(self.folder / name)
        try:
            raw = read_regular(self.folder, name, MAX_FILE_BYTES)
            self.raw_files[name] = raw
            return parse_yaml_bytes(raw, display)
        except YamlError as exc:
            self.diagnostics.extend(exc.diagnostics)
        except FileRefused as refused:
            self.diagnostics.append(Diagnostic(display, refused.message, hint=refused.hint))
        except OSError as exc:
            self.diagnostics.append(
                Diagnostic(display, f"cannot read the file: {exc.strerror or exc}")
            )
        return None

    def _validate(self, doc: YamlDocument, model: type[BaseModel]) -> Any:
        try:
            return model.model_validate(doc.data)
        except ValidationError as exc:
            self.diagnostics.extend(schema_diagnostics(exc, doc, model, self.languages))
            return None

    def _module_names(self, manifest: Manifest | None, doc: YamlDocument | None) -> list[str]:
        if manifest is not None:
            return list(manifest.modules)
        listed = doc.data.get("modules") if doc is not None else None
        return [n for n in listed if isinstance(n, str)] if isinstance(listed, list) else []

    def _read_modules(
        self, manifest: Manifest | None, manifest_doc: YamlDocument | None
    ) -> tuple[list[tuple[Module, YamlDocument]], bool]:
        names = self._module_names(manifest, manifest_doc)
        modules: list[tuple[Module, YamlDocument]] = []
        complete = True
        for index, name in enumerate(names[:MAX_MODULES]):
            doc = self._module_doc(name, index, manifest_doc)
            module = self._validate(doc, Module) if doc else None
            if doc is None or module is None:
                complete = False
                continue
            modules.append((module, doc))
        if len(names) > MAX_MODULES and manifest_doc is not None:
            self.diagnostics.append(
                manifest_doc.diagnostic(
                    ("modules",), f"a pack may list at most {MAX_MODULES} module files"
                )
            )
        return modules, complete

    def _module_doc(
        self, name: str, index: int, manifest_doc: YamlDocument | None
    ) -> YamlDocument | None:
        at = ("modules", index)
        if not re.fullmatch(MODULE_FILE_PATTERN, name) or name == MANIFEST_NAME:
            self._manifest_error(
                manifest_doc,
                at,
                f"{quoted(name)} is not a module file name",
                "name a .yaml file in the pack folder itself (letters, digits, '.', '_', '-')",
            )
            return None
        try:
            check_regular(self.folder, name)
        except FileRefused as refused:
            if refused.missing:
                present = sorted(
                    p.name for p in self.folder.glob("*.y*ml") if p.name != MANIFEST_NAME
                )
                message = f"module file {quoted(name)} not found in {self.folder}"
                self._manifest_error(manifest_doc, at, message, did_you_mean(name, present))
            else:
                self._manifest_error(manifest_doc, at, f"module file {refused.message}",
                                     refused.hint)
            return None
        return self._read(name)

    def _manifest_error(
        self, doc: YamlDocument | None, at: Path_, message: str, hint: str | None
    ) -> None:
        if doc is not None:
            self.diagnostics.append(doc.diagnostic(at, message, hint))

    def _check(self, draft: PackDraft) -> Pack | None:
        self.diagnostics.extend(check_structure(draft))
        self.diagnostics.extend(check_answer_choices(draft))
        self.diagnostics.extend(check_report(draft))
        self.diagnostics.extend(check_treatment(draft))
        self.diagnostics.extend(check_versions(draft))
        self.diagnostics.extend(check_languages(draft))
        questions = [q.item for q, _ in draft.questions()]
        scope = build_scope(questions, draft.choices_of, [s.item for s in draft.sections()])
        rules, problems = compile_rules(draft, scope, unknown_choice_lists(draft))
        self.diagnostics.extend(problems)
        self.diagnostics.extend(check_reasons(draft, rules))
        self.diagnostics.extend(check_row_names(draft))
        conditions = visibility_conditions(draft, rules)
        duplicates = duplicate_questions(draft)
        cycles = [d for d in check_cycles(draft, conditions, rules.show_if)
                  if not any(f" {qid} " in f" {d.message} " for qid in duplicates)]
        self.diagnostics.extend(cycles)
        if not problems and not cycles and not duplicates:
            self.diagnostics.extend(check_reachability(draft, rules, conditions))
            self.diagnostics.extend(check_constraints(draft, rules))
        if any(d.severity is Severity.ERROR for d in self.diagnostics):
            return None
        modules = tuple(module for module, _ in draft.modules)
        raw_files = list(self.raw_files.items())
        return Pack(draft.manifest, modules, rules, files_hash(raw_files), self.folder)
