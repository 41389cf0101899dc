"""Carrying the assessor's judgements to a newer version of the pack (pure planning).

A part (rating, treatment, acceptance) is kept when the new version still has
the risk and everything the part names: the likelihood and severity steps, the
accepted level, and a policy that lets the same role accept that level. Any
other part is *set aside*: removed from the current judgement and recorded in
the judgement history with the reason, so nothing is lost and the assessor
sees what to decide again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.core.pack import Pack
from app.core.treatment.checks import part_problems
from app.core.treatment.judgement import PARTS, Judgement, Part


@dataclass(frozen=True)
class SetAside:
    risk_id: str
    part: Part
    reason: str


@dataclass(frozen=True)
class JudgementCarry:
    """What happens to each judgement part on upgrade."""

    new_version: str
    kept: int  # parts carried as they are
    set_aside: tuple[SetAside, ...]

    def lines(self) -> list[str]:
        """The summary in plain English (command line); nothing when there are no judgements."""
        if not self.kept and not self.set_aside:
            return []
        lines = [f"Risk judgements kept: {self.kept}",
                 f"Risk judgements set aside (kept in the history): {len(self.set_aside)}"]
        lines += [f"  {s.risk_id} {s.part}: {s.reason}" for s in self.set_aside]
        return lines

    def note(self, item: SetAside) -> str:
        """The history note of a part set aside."""
        return f"set aside on upgrade to {self.new_version}: {item.reason}"


def carry_judgements(new: Pack, judgements: Mapping[str, Judgement]) -> JudgementCarry:
    kept = 0
    aside: list[SetAside] = []
    for risk_id, judgement in sorted(judgements.items()):
        for part in PARTS:
            value = getattr(judgement, part)
            if value is None:
                continue
            problems = part_problems(new, risk_id, value)
            if problems:
                aside.append(SetAside(risk_id, part, "; ".join(problems)))
            else:
                kept += 1
    return JudgementCarry(new.version, kept, tuple(aside))
