"""Reports as a use case: prepare (with the database) then render (on any thread).

The desktop app keeps its one database connection on one thread, so the work
is split: :func:`prepare_report` reads the assessment, builds the template
context, fills in the template (in the limited render process), and computes
the fingerprint and the embedded data; it returns plain, picklable data.
:func:`render_pdf` then lays the PDF out in the render process, from any
thread, cancellable, and writes it through a temporary file renamed into
place, so a failed or cancelled render never leaves an empty or partial PDF
(the CNIL tool's 0-byte exports, PEERS.md).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import paths
from app.core.hashing import canonical_json, sha256_hex
from app.reports import pdf, templates
from app.reports.context import ReportSource, build_context
from app.reports.context_workflow import ReviewFacts
from app.reports.errors import ReportCancelled, ReportError
from app.reports.render_pool import RenderPool
from app.services.assessments import AssessmentsMixin, OpenAssessment
from app.services.base import WorkspaceBase
from app.services.branding import branding_for_report
from app.services.inspection import scans_for_report
from app.services.review_report import review_data, review_facts
from app.services.transfer import export_data
from app.storage import Assessment
from app.storage.snapshot import AssessmentData

DATA_FORMAT = "aipia-report-data"
PACK_TEMPLATE = "pack"  # the template a signed pack carries, used when its signer is trusted
ATTACHMENT_NAME = "aipia-report-data.json"
ATTACHMENT_DESCRIPTION = (
    "The data this report was made from (answers, measure plans, pack manifest). "
    "Its SHA-256 is the fingerprint printed on every page."
)


@dataclass(frozen=True)
class PreparedReport:
    """A report ready to lay out: plain data, and the key of its warm render process in
    ``pool``; safe to pass to another thread."""

    assessment_id: int
    template: str
    lang: str
    title: str
    html: str
    base_folder: str  # relative URLs in the HTML resolve here
    roots: tuple[str, ...]  # the only folders the renderer may read
    attachments: tuple[tuple[str, bytes, str], ...]
    fingerprint: str
    worker_key: str | None = None  # a warm render process handed over to render_pdf
    pool: RenderPool | None = field(default=None, compare=False, repr=False)

    @property
    def data(self) -> bytes:
        """The embedded JSON: the bytes whose SHA-256 is the fingerprint."""
        return self.attachments[0][1]


@dataclass(frozen=True)
class TemplateChoice:
    """A report template as a list offers it."""

    name: str
    title: str  # in the language asked for, else English
    languages: tuple[str, ...]  # () = any


def template_choices(language: str = "en", data_dir: Path | None = None) -> list[TemplateChoice]:
    """The report templates that come with AIPIA, and the user's own in ``data_dir``, titled
    in ``language``."""
    user_root = templates.user_templates_root(data_dir) if data_dir is not None else None
    return [TemplateChoice(t.name, t.title_in(language), tuple(t.languages))
            for t in templates.list_templates(user_root=user_root)]


def template_words(language: str, name: str = "default") -> dict[str, Any]:
    """A template's wording in ``language`` (its translations.json), e.g. chapter titles."""
    return templates.words_for(templates.get_template(name), language)


@dataclass(frozen=True)
class RenderResult:
    path: Path
    pages: int
    fingerprint: str
    seconds: float
    warnings: tuple[str, ...] = ()  # refused URLs and layout warnings, for template authors
    peak_memory_mb: float = 0.0  # resident memory of the render process at its peak
    cpu_seconds: float = 0.0  # processor time of the layout (``seconds`` is clock time)


@dataclass(frozen=True)
class ReportFacts:
    """What a report says about itself: its template, language and date."""

    template: str
    language: str
    generated: str


def report_data(opened: OpenAssessment, data: AssessmentData, facts: ReportFacts,
                review: ReviewFacts) -> dict[str, Any]:
    """What the fingerprint covers: the assessment export, pack manifest and report facts."""
    export = export_data(data)
    export.pop("exported_at", None)
    entry = opened.entry
    return {
        "format": DATA_FORMAT,
        "format_version": 1,
        "assessment": export,
        "pack_manifest": opened.pack.manifest.model_dump(mode="json"),
        "pack_origin": {"source": entry.source if entry else "builtin",
                        "verified": opened.verified, "signer": entry.signer if entry else None},
        "report": {"template": facts.template, "language": facts.language,
                   "generated": facts.generated},
        "review": review_data(review),
    }


def prepare_report(
    workspace: AssessmentsMixin,
    assessment_id: int,
    *,
    template: str = "default",
    lang: str | None = None,
    progress: Callable[[str], None] | None = None,
    compare_with: int | None = None,
) -> PreparedReport:
    """Gather, fill in the template and fingerprint one assessment's report (database thread).

    ``progress`` gets the same stage messages as :func:`render_pdf`'s; ``compare_with``
    adds an appendix of what changed since that revision.

    Raises:
        ReportError: unknown template or language, or the template failed.
        StorageError, PackNotFoundError: the assessment or its pack cannot be opened.
    """
    data = workspace.store.read_assessment(assessment_id)  # the one read of the assessment
    info = report_template(workspace, data.record, template)
    if progress is not None:
        progress("Gathering the answers and risks")
    pool = workspace.render_pool
    process = pool.take()  # a new one imports WeasyPrint while we gather the data
    try:
        built = context_of(workspace, data, info, lang, compare_with=compare_with)
        html = process.render_html(info.folder, info.entry, built.context, progress=progress)
    except BaseException:
        process.close()
        raise
    return PreparedReport(
        assessment_id=assessment_id,
        template=info.name,
        lang=built.lang,
        title=data.record.title,
        html=html,
        base_folder=str(info.folder),
        roots=(str(info.folder), str(paths.fonts_dir())),
        attachments=((ATTACHMENT_NAME, built.payload, ATTACHMENT_DESCRIPTION),),
        fingerprint=built.fingerprint,
        worker_key=pool.hand_over(process),
        pool=pool,
    )


@dataclass(frozen=True)
class BuiltContext:
    """A report's template context with the data it embeds and that data's fingerprint."""

    context: dict[str, Any]
    payload: bytes
    fingerprint: str
    lang: str
    title: str


def report_context(
    workspace: AssessmentsMixin, assessment_id: int, info: templates.TemplateInfo,
    lang: str | None = None, *, compare_with: int | None = None,
) -> BuiltContext:
    """The context the PDF template gets (and the Word and spreadsheet reports use)."""
    data = workspace.store.read_assessment(assessment_id)
    return context_of(workspace, data, info, lang, compare_with=compare_with)


def context_of(
    workspace: AssessmentsMixin, data: AssessmentData, info: templates.TemplateInfo,
    lang: str | None = None, *, compare_with: int | None = None,
) -> BuiltContext:
    """:func:`report_context` from an assessment already read."""
    opened = workspace.open_data(data)
    facts = ReportFacts(info.name, lang or data.record.language, dt.date.today().isoformat())
    words = templates.words_for(info, facts.language, opened.pack.manifest.default_language)
    review = review_facts(workspace, data, compare_with=compare_with,
                          lang=facts.language)
    payload = canonical_json(report_data(opened, data, facts, review)).encode("utf-8")
    source = _source(workspace, opened, data, facts, sha256_hex(payload), review)
    context = build_context(source, facts.language, words)
    return BuiltContext(context, payload, source.fingerprint, facts.language, data.record.title)


def _source(workspace: WorkspaceBase, opened: OpenAssessment, data: AssessmentData,
            facts: ReportFacts, fingerprint: str, review: ReviewFacts) -> ReportSource:
    """What the template context is built from: all of it read before, none read here."""
    return ReportSource(
        record=data.record,
        pack=opened.pack,
        session=opened.session,
        fingerprint=fingerprint,
        generated=facts.generated,
        template=facts.template,
        notes=opened.notes,
        plans=data.plans,
        problems=opened.problems,
        pack_changed=opened.pack_changed,
        branding=branding_for_report(workspace),
        pack_verified=opened.verified,
        pack_source=opened.entry.source if opened.entry else "builtin",
        pack_signer=opened.entry.signer if opened.entry else None,
        archived=data.archived,
        model_scans=scans_for_report(data.scans),
        judgements=data.judgements,
        sections_off=data.sections_off,
        review=review,
    )


def discard_report(prepared: PreparedReport) -> None:
    """Stop the render process kept for a report that will not be laid out (HTML only)."""
    if prepared.pool is not None:
        prepared.pool.release(prepared.worker_key)


def report_template(
    workspace: WorkspaceBase, record: Assessment, name: str
) -> templates.TemplateInfo:
    """A template by name; ``pack`` is the assessment's pack's own template.

    A pack's own template is used only when the pack is verified (built in,
    or signed by a trusted key); it goes through the same sandbox as any other.
    """
    if name != PACK_TEMPLATE:
        return templates.get_template(
            name, user_root=templates.user_templates_root(workspace.data_dir))
    folder = workspace.catalog.report_template(record.pack_id, record.pack_version)
    if folder is None:
        raise ReportError(
            f"{record.pack_id} {record.pack_version} carries no report template of its own, or "
            "its signer is not trusted; use another template (e.g. default)", "template")
    return templates.template_at(folder, PACK_TEMPLATE)


def render_pdf(
    prepared: PreparedReport,
    output: Path,
    *,
    timeout: float | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[str], None] | None = None,
) -> RenderResult:
    """Lay out and write the PDF (any thread); nothing is left at ``output`` if it fails.

    The render process has a CPU-time budget scaled by the size of the report;
    ``timeout`` is the clock backstop (default: :func:`app.reports.limits.wall_backstop`).

    Raises:
        ReportError: the CPU-time, clock or memory limit was hit, the render
            failed, or the file cannot be written; :class:`ReportCancelled` when
            ``cancel`` was set.
    """
    started = time.monotonic()
    output = Path(output)
    if not output.parent.is_dir():
        discard_report(prepared)
        raise ReportError(f"the folder {output.parent} does not exist", "output")
    if cancel is not None and cancel.is_set():
        discard_report(prepared)
        raise ReportCancelled()
    temp = output.with_name(f".{output.name}.{uuid.uuid4().hex[:8]}.part")
    warm = prepared.pool.take_back(prepared.worker_key) if prepared.pool else None
    process = warm or pdf.RenderProcess()
    try:
        outcome = process.render_pdf(
            prepared.html,
            Path(prepared.base_folder),
            [Path(root) for root in prepared.roots],
            prepared.attachments,
            temp,
            timeout=timeout,
            cancel=cancel,
            progress=progress,
        )
        _check_pdf(temp)
        os.replace(temp, output)
    finally:
        process.close()
        temp.unlink(missing_ok=True)
    warnings = tuple(f"refused {d}" for d in outcome.denied) + outcome.warnings
    seconds = time.monotonic() - started
    return RenderResult(output, outcome.pages, prepared.fingerprint, seconds, warnings,
                        outcome.peak_memory_mb, outcome.cpu_seconds)


def _check_pdf(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise ReportError(f"the PDF was not written: {exc.strerror or exc}", "output") from None
    if head != b"%PDF-":
        raise ReportError("the PDF engine wrote an empty or broken file", "output")
