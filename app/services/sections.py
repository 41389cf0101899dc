"""Optional sections: the assessor switches one off with a reason, or on again.

The rules are the core's (``app.core.sections_off``): only a section the pack
marks ``optional: true``, a reason of 1 to 2000 characters. Recorded with who
and when; the session hides its questions at once.
"""

from __future__ import annotations

from app.core.sections_off import SectionOff, checked_reason, optional_section
from app.services.assessments import OpenAssessment
from app.services.base import WorkspaceBase
from app.services.events import Topic
from app.services.review import who


class SectionsMixin(WorkspaceBase):
    def switch_section_off(self, opened: OpenAssessment, section_id: str, reason: str,
                           by: str | None = None) -> set[str]:
        """Switch an optional section off; returns the questions whose visibility changed.

        Raises:
            SectionSwitchError: unknown section, not optional, or no / too long a reason.
            ReviewError: the assessment is approved (read-only).
        """
        section = optional_section(opened.pack, section_id)
        text = checked_reason(reason)
        name = who(self, by)
        self.require_editable(opened.record.id)
        off = self.store.switch_section_off(opened.record.id, section, text, name)
        opened.sections_off[section] = off
        changed = opened.session.switch_section(section, off=True)
        self._changed(Topic.ANSWERS, opened.record.id)
        return changed

    def switch_section_on(self, opened: OpenAssessment, section_id: str) -> set[str]:
        """Switch a section on again (its answers come back); the questions that changed."""
        section = optional_section(opened.pack, section_id)
        self.require_editable(opened.record.id)
        self.store.switch_section_on(opened.record.id, section)
        opened.sections_off.pop(section, None)
        changed = opened.session.switch_section(section, off=False)
        self._changed(Topic.ANSWERS, opened.record.id)
        return changed

    def sections_off(self, opened: OpenAssessment) -> dict[str, SectionOff]:
        """The switched-off sections, with the reason, who and when."""
        return dict(opened.sections_off)
