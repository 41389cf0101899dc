"""A proposed answer and the facts it was read from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.inspect.findings import Fact


@dataclass(frozen=True)
class Suggestion:
    """A proposed value and the facts it was read from."""

    value: Any
    evidence: tuple[Fact, ...]

    def evidence_text(self, lang: str) -> str:
        return "; ".join(dict.fromkeys(f.evidence(lang) for f in self.evidence))
