"""Reports as use cases of the facade: the templates, preparing a report, what it may use.

The reporting service (``app.services.reporting``) and the render processes
(``app.reports.render_pool``) are imported only when a report is made, so
starting the desktop app never loads the PDF machinery; rendering itself
(:func:`app.services.reporting.render_pdf`) needs no database and runs on any
thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.packs.catalog import PackNotFoundError
from app.services.assessments import AssessmentsMixin
from app.storage import Assessment

if TYPE_CHECKING:
    from app.services.reporting import PreparedReport, TemplateChoice


class ReportsMixin(AssessmentsMixin):
    def prestart_render(self) -> None:
        """Start a render process now, so the next report need not wait for it."""
        self.render_pool.prestart()


    def report_templates(self, language: str = "en") -> list[TemplateChoice]:
        """The report templates that come with AIPIA and the user's own, titled in ``language``."""
        from app.services.reporting import template_choices

        return template_choices(language, self.data_dir)

    def pack_template_available(self, record: Assessment) -> bool:
        """Whether the assessment's pack carries its own template and its signer is trusted."""
        return self.catalog.report_template(record.pack_id, record.pack_version) is not None

    def report_languages(self, record: Assessment) -> tuple[str, ...]:
        """The languages a report of the assessment can be written in (its pack's)."""
        try:
            return self.catalog.get(record.pack_id, record.pack_version).languages
        except PackNotFoundError:
            return (record.language,)

    def prepare_report(self, assessment_id: int, *, template: str = "default",
                       lang: str | None = None,
                       progress: Callable[[str], None] | None = None,
                       compare_with: int | None = None) -> PreparedReport:
        """Gather the assessment, fill in the template, fingerprint it (this thread: the
        database's); lay it out with :func:`app.services.reporting.render_pdf`.
        ``compare_with``: add an appendix of what changed since that revision."""
        from app.services import reporting

        return reporting.prepare_report(self, assessment_id, template=template, lang=lang,
                                        progress=progress, compare_with=compare_with)
