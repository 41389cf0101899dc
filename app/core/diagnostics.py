"""Errors and warnings that pack authors read: ``file:line:col: message — hint``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.core.quoting import quoted
from app.core.suggest import NameIndex, as_index


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a pack, located in its file (lines and columns are 1-based)."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    severity: Severity = Severity.ERROR

    @property
    def location(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}"
        if self.severity is Severity.WARNING:
            text = f"{self.location}: warning: {self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return text

    def as_warning(self) -> Diagnostic:
        return replace(self, severity=Severity.WARNING)

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "hint": self.hint,
            "severity": self.severity.value,
            "text": str(self),
        }


def did_you_mean(word: str, candidates: Iterable[object] | NameIndex) -> str | None:
    """A "did you mean 'x'?" hint when a close candidate exists.

    Give a :class:`NameIndex` when asking about many words against the same
    large set of names: it is built once and each look-up stays short.
    """
    # two-letter codes ('kr' for 'ko') share at most one letter: accept that for short words
    cutoff = 0.5 if len(word) <= 3 else 0.6
    match = as_index(candidates).closest(word, cutoff)
    return f"did you mean {quoted(match)}?" if match else None
