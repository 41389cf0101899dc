"""``aipia report``, ``aipia demo`` and ``aipia branding``: PDF reports from the command line."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import click

from app.cli.context import UserError, workspace
from app.cli.progress import ProgressLines
from app.services.deliverables import FORMATS, write_deliverable
from app.services.demo import import_demo
from app.services.reporting import PreparedReport, discard_report, render_pdf
from app.services.workspace import Workspace

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?")


class LanguageCode(click.ParamType):  # type: ignore[type-arg]
    """A language code such as ``en``, ``fr`` or ``pt-BR``; the questionnaire says which exist."""

    name = "LANG"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        text = str(value).strip()
        if not LANGUAGE_CODE.fullmatch(text):
            self.fail(f"{text[:20]!r} is not a language code such as en, ko, fr or pt-BR",
                      param, ctx)
        return text


LANGUAGES = LanguageCode()
REPORT_FORMATS = ("pdf", *FORMATS)
OUTPUT = click.Path(dir_okay=False, writable=True, path_type=Path)


def _write(prepared: PreparedReport, output: Path, html: bool, progress: ProgressLines) -> None:
    if html:
        discard_report(prepared)
        try:
            output.write_text(prepared.html, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
        click.echo(f"Wrote the report HTML to {output} (fingerprint {prepared.fingerprint})")
        return
    result = render_pdf(prepared, output, progress=progress)
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(
        f"Wrote {result.path} ({result.pages} pages, {result.seconds:.1f} s; "
        f"layout {result.cpu_seconds:.1f} s of CPU)\n"
        f"Fingerprint (SHA-256 of the attached data): {result.fingerprint}"
    )


@click.command("report")
@click.argument("assessment_id", type=int)
@click.option("-o", "--output", required=True, type=OUTPUT, help="PDF (or HTML) file to write.")
@click.option("--template", default="default", show_default=True, help="Report template name.")
@click.option(
    "--lang", type=LANGUAGES, default=None,
    help="Report language: any language of the assessment's questionnaire, e.g. en, ko, fr, "
    "pt-BR (default: the assessment's).",
)
@click.option(
    "--html", "as_html", is_flag=True, help="Write the filled-in HTML instead (debugging)."
)
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default=None,
              help="pdf, docx (Word, to edit), xlsx or csv (the action plan); "
              "default: from the output file's suffix, else pdf.")
@click.option("--compare-with", type=int, default=None,
              help="Add an appendix of what changed since this revision.")
def report(
    assessment_id: int, output: Path, template: str, lang: str | None, as_html: bool,
    fmt: str | None, compare_with: int | None,
) -> None:
    """Render the impact-assessment report of ASSESSMENT_ID as a PDF (or Word, or the
    action plan as a spreadsheet).

    Progress (stage, page) goes to standard error while it works.
    """
    chosen = fmt or output.suffix.lower().lstrip(".")
    if chosen in FORMATS and not as_html:
        with workspace() as ws:
            made = write_deliverable(ws, assessment_id, output, chosen, template=template,
                                     lang=lang, compare_with=compare_with)
        click.echo(f"Wrote {made.path} ({made.format}; data fingerprint {made.fingerprint})")
        return
    progress = ProgressLines()
    with workspace() as ws:
        prepared = ws.prepare_report(assessment_id, template=template, lang=lang,
                                     progress=progress, compare_with=compare_with)
    _write(prepared, output, as_html, progress)


@click.command("demo")
@click.option("-o", "--output", required=True, type=OUTPUT, help="PDF file to write.")
@click.option(
    "--lang", type=LANGUAGES, default=None,
    help="Report language: en or ko, the languages of the built-in questionnaire "
    "(default: the scenario's).",
)
@click.pass_context
def demo(ctx: click.Context, output: Path, lang: str | None) -> None:
    """Render the report of a built-in example assessment, with no set-up.

    The example is imported into a temporary folder, or into the folder given
    with the global --data-dir option.
    """
    root = ctx.find_root()
    progress = ProgressLines()
    given = root.params.get("data_dir")
    explicit = root.get_parameter_source("data_dir") == click.core.ParameterSource.COMMANDLINE
    with tempfile.TemporaryDirectory(prefix="aipia-demo-") as temp:
        data_dir = given if explicit and given else temp
        with Workspace(data_dir) as ws:
            imported = import_demo(ws)
            click.echo(f"Demo assessment {imported.id}: {imported.organization_name} / "
                       f"{imported.title}")
            prepared = ws.prepare_report(imported.id, lang=lang, progress=progress)
        _write(prepared, output, False, progress)


@click.group()
def branding() -> None:
    """Your branding on reports: consultancy name, logo and accent colour."""


@branding.command("set")
@click.option("--name", default=None, help="Consultancy or assessor name shown on the cover.")
@click.option(
    "--logo",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="PNG, JPEG or GIF logo (at most 2 MB); copied into the data folder.",
)
@click.option("--colour", "--color", "colour", default=None, help="Accent colour as #RRGGBB.")
def branding_set(name: str | None, logo: Path | None, colour: str | None) -> None:
    """Set the branding used on every report ('' clears the name or colour)."""
    if name is None and logo is None and colour is None:
        raise UserError("give at least one of --name, --logo, --colour")
    with workspace() as ws:
        stored = ws.set_branding(name=name, logo=logo, colour=colour)
    click.echo("Branding saved.")
    _show(stored)


@branding.command("show")
def branding_show() -> None:
    """Show the branding used on reports."""
    with workspace() as ws:
        stored = ws.branding()
        folder = ws.data_dir
    _show(stored, folder)


def _show(stored: dict[str, str], folder: Path | None = None) -> None:
    if not stored:
        click.echo("No branding set. Set it with: aipia branding set --name NAME --colour #RRGGBB")
        return
    for key in ("name", "colour", "logo"):
        value = stored.get(key, "")
        if key == "logo" and value and folder is not None:
            value = str(folder / value)
        click.echo(f"{key:>7}: {value or '—'}")
