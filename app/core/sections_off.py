"""Sections the assessor has switched off, with the reason, who and when.

A pack marks a section ``optional: true``; the assessor may then switch it off
("we use no third-party host") with a reason. Its questions are hidden and not
required, and risks whose rule reads one of them are not raised (see
``Session`` and ``assess_risks``). The answers stay stored: switching the
section on again brings them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.errors import UserError
from app.core.pack import Pack

MAX_REASON = 2000


class SectionSwitchError(UserError):
    """A section cannot be switched off or on as asked."""


@dataclass(frozen=True)
class SectionOff:
    """One switched-off section: why, by whom and when (an ISO timestamp)."""

    section_id: str
    reason: str
    by: str
    at: str

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "by": self.by, "at": self.at}


def optional_section(pack: Pack, section_id: str) -> str:
    """``section_id`` if the pack lets the assessor switch it off.

    Raises:
        SectionSwitchError: no such section, or the section is not optional.
    """
    section = pack.sections.get(section_id)
    if section is None:
        optional = [s.id for _, s in pack.iter_sections() if s.optional]
        listed = ", ".join(optional[:20]) or "none"
        raise SectionSwitchError(f"unknown section '{section_id[:100]}' in pack {pack.id} "
                                 f"(sections that may be switched off: {listed})")
    if not section.optional:
        raise SectionSwitchError(f"section '{section_id}' cannot be switched off: only "
                                 "sections the pack marks 'optional: true' can")
    return section_id


def checked_reason(reason: str) -> str:
    """The reason, trimmed.

    Raises:
        SectionSwitchError: it is blank or longer than MAX_REASON characters.
    """
    text = reason.strip() if isinstance(reason, str) else ""
    if not text:
        raise SectionSwitchError("give a reason for switching the section off: say why it "
                                 "does not apply, e.g. 'no third-party host'")
    if len(text) > MAX_REASON:
        raise SectionSwitchError(f"the reason is {len(text)} characters long: keep it to "
                                 f"{MAX_REASON} characters")
    return text
