"""What a scan found: facts with their evidence, problems, files and models."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.inspect.limits import ECHO_MAX
from app.core.inspect.wording import evidence_text, message


def shorten(value: object, limit: int = ECHO_MAX) -> str:
    """``value`` as text, cut to ``limit`` characters, one line."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Fact:
    """One thing read from a file, with where it came from.

    ``file`` is the path relative to the model's folder; ``field`` names the
    key or part of the file (``general.architecture``, ``auto_map``, ...).
    """

    key: str
    value: Any
    file: str
    field: str

    def evidence(self, lang: str) -> str:
        return evidence_text(self.file, self.field, lang)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "file": self.file, "field": self.field}


@dataclass(frozen=True)
class Problem:
    """A per-file message; ``code`` selects the wording, ``args`` fill it in."""

    file: str
    code: str
    args: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str) -> str:
        return f"{self.file}: {message(self.code, dict(self.args), lang)}"

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "code": self.code, "message": self.text("en")}


class InspectError(Exception):
    """A file that cannot be read further; becomes a :class:`Problem` for that file."""

    def __init__(self, code: str, **args: object) -> None:
        super().__init__(code)
        self.code = code
        self.args_ = tuple((k, shorten(v)) for k, v in args.items())

    def problem(self, file: str) -> Problem:
        return Problem(file, self.code, self.args_)


@dataclass(frozen=True)
class FlaggedGlobal:
    """An import a pickle would perform: ``dangerous`` runs code, ``unlisted`` is not known safe."""

    module: str
    name: str
    verdict: str  # "dangerous" | "unlisted"

    @property
    def qualified(self) -> str:
        return f"{self.module}.{self.name}"


@dataclass
class FileReport:
    """One model-related file."""

    path: Path
    name: str  # relative to the model's folder
    kind: str
    size: int
    facts: list[Fact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    flagged: list[FlaggedGlobal] = field(default_factory=list)
    sha256: str | None = None

    def add(self, key: str, value: Any, field_name: str) -> None:
        self.facts.append(Fact(key, value, self.name, field_name))

    def fail(self, error: InspectError) -> None:
        self.problems.append(error.problem(self.name))

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.name,
            "kind": self.kind,
            "size": self.size,
            "sha256": self.sha256,
            "facts": [f.to_json() for f in self.facts],
            "problems": [p.to_json() for p in self.problems],
            "unsafe_imports": [
                {"import": g.qualified, "verdict": g.verdict} for g in self.flagged
            ],
        }


@dataclass
class ModelReport:
    """A model (or adapter) found in one folder: its files and what they say."""

    root: Path
    label: str  # the folder (or file) as the user gave it, for display
    files: list[FileReport] = field(default_factory=list)
    extra: list[Fact] = field(default_factory=list)  # facts from the folder itself

    def facts(self, key: str) -> list[Fact]:
        found = [f for f in self.extra if f.key == key]
        return found + [f for item in self.files for f in item.facts if f.key == key]

    def fact(self, key: str) -> Fact | None:
        found = self.facts(key)
        return found[0] if found else None

    @property
    def problems(self) -> list[Problem]:
        return [p for item in self.files for p in item.problems]

    @property
    def flagged(self) -> list[FlaggedGlobal]:
        return [g for item in self.files for g in item.flagged]

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.root),
            "label": self.label,
            "facts": [f.to_json() for f in self.extra],
            "files": [item.to_json() for item in self.files],
        }


@dataclass
class ScanReport:
    """Everything one scan found; ``complete`` is False when it was cancelled."""

    scanned_at: str
    models: list[ModelReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # about folders, not one model
    complete: bool = True
    hashed: bool = True
    paths: list[str] = field(default_factory=list)  # what the user asked to scan

    def all_problems(self) -> list[Problem]:
        return self.problems + [p for m in self.models for p in m.problems]

    def to_json(self) -> dict[str, Any]:
        return {
            "scanned_at": self.scanned_at,
            "paths": self.paths,
            "complete": self.complete,
            "hashed": self.hashed,
            "models": [m.to_json() for m in self.models],
            "problems": [p.to_json() for p in self.problems],
        }
