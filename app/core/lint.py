"""``pack lint``: loading plus the pack's golden scenarios, as one report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.diagnostics import Diagnostic, Severity
from app.core.loader import LoadResult, load_pack
from app.core.regular_files import FileRefused
from app.core.scenarios import SCENARIO_FOLDER, ScenarioResult, run_scenario, scenario_files


@dataclass
class LintReport:
    result: LoadResult
    scenarios: list[ScenarioResult] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return self.result.diagnostics + [d for s in self.scenarios for d in s.diagnostics]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]


def lint_pack(folder: Path) -> LintReport:
    """Load the pack; if it is valid, run every golden scenario stored with it."""
    result = load_pack(folder)
    if result.pack is None:
        return LintReport(result)
    try:
        files = scenario_files(folder)
    except FileRefused as refused:
        where = str(folder / SCENARIO_FOLDER)
        result.diagnostics.append(Diagnostic(where, refused.message, hint=refused.hint))
        return LintReport(result)
    return LintReport(result, [run_scenario(result.pack, p) for p in files])
