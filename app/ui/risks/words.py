"""The Risks tab's words: the three stages, the treatments, the judgement parts, and the
pack's matrix (levels, steps, positions) in the assessment's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.core.model.risks import Level, RiskLevel
    from app.core.pack import Pack
    from app.core.risk_engine import Position

STAGES = ("inherent", "current", "target")
UNRATED_COLOUR = "#9e9e9e"  # the grey "To be rated" chip


def stage_name(stage: str) -> str:
    names = {
        "inherent": QCoreApplication.translate("RiskWords", "Before measures"),
        "current": QCoreApplication.translate("RiskWords", "Today"),
        "target": QCoreApplication.translate("RiskWords", "With the plan"),
    }
    return names[stage]


def stage_hint(stage: str) -> str:
    hints = {
        "inherent": QCoreApplication.translate(
            "RiskWords", "Where the risk stands before any measure."),
        "current": QCoreApplication.translate(
            "RiskWords", "Counting only the measures that are done."),
        "target": QCoreApplication.translate(
            "RiskWords", "Counting the measures done, in progress or planned; a measure "
            "nobody plans lowers nothing."),
    }
    return hints[stage]


def to_be_rated() -> str:
    return QCoreApplication.translate("RiskWords", "To be rated")


def treatment_name(choice: str) -> str:
    names = {
        "reduce": QCoreApplication.translate("RiskWords", "Reduce"),
        "accept": QCoreApplication.translate("RiskWords", "Accept"),
        "avoid": QCoreApplication.translate("RiskWords", "Avoid"),
        "transfer": QCoreApplication.translate("RiskWords", "Transfer"),
    }
    return names.get(choice, choice)


def treatment_hint(choice: str) -> str:
    hints = {
        "reduce": QCoreApplication.translate(
            "RiskWords", "Lower the likelihood or the severity with measures."),
        "accept": QCoreApplication.translate(
            "RiskWords", "Live with the risk as it is, knowingly."),
        "avoid": QCoreApplication.translate(
            "RiskWords", "Stop or change the processing so the risk no longer arises."),
        "transfer": QCoreApplication.translate(
            "RiskWords", "Share the risk with another party, e.g. by contract or insurance."),
    }
    return hints.get(choice, "")


def part_name(part: str) -> str:
    names = {
        "rating": QCoreApplication.translate("RiskWords", "Rating"),
        "treatment": QCoreApplication.translate("RiskWords", "Treatment"),
        "acceptance": QCoreApplication.translate("RiskWords", "Acceptance"),
    }
    return names.get(part, part)


class MatrixWords:
    """The pack's matrix in one language: labels, descriptions, colours."""

    def __init__(self, pack: Pack, language: str) -> None:
        self.pack, self.language = pack, language
        matrix = pack.matrix
        self.levels: dict[str, RiskLevel] = {level.id: level for level in matrix.levels}
        self.steps: dict[str, dict[str, Level]] = {
            "likelihood": {step.id: step for step in matrix.likelihood},
            "severity": {step.id: step for step in matrix.severity},
        }

    def level_label(self, level_id: str) -> str:
        found = self.levels.get(level_id)
        return self.pack.text(found.label, self.language) if found else level_id

    def level_colour(self, level_id: str | None) -> str:
        found = self.levels.get(level_id or "")
        return found.colour if found else UNRATED_COLOUR

    def level_description(self, level_id: str) -> str:
        found = self.levels.get(level_id)
        return self.pack.text(found.description, self.language) \
            if found and found.description else ""

    def step_label(self, axis: str, step_id: str) -> str:
        found = self.steps[axis].get(step_id)
        return self.pack.text(found.label, self.language) if found else step_id

    def step_description(self, axis: str, step_id: str) -> str:
        found = self.steps[axis].get(step_id)
        return self.pack.text(found.description, self.language) \
            if found and found.description else ""

    def cell(self, position: Position) -> str:
        """'Likely × Significant'."""
        return (f"{self.step_label('likelihood', position.likelihood)} × "
                f"{self.step_label('severity', position.severity)}")

    def position(self, position: Position | None) -> str:
        """'High (Likely × Significant)', or 'To be rated'."""
        if position is None:
            return to_be_rated()
        return f"{self.level_label(position.level)} ({self.cell(position)})"
