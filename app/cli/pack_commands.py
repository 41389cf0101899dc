"""``aipia pack``: validate, lint and describe questionnaire packs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from app.cli.context import workspace
from app.core.lint import LintReport, lint_pack
from app.core.loader import load_pack
from app.core.schema import KINDS, pack_json_schema, scenario_json_schema
from app.services.publishing import group
from app.services.records import PackEntry


@click.group()
def pack() -> None:
    """Questionnaire packs: check, sign, verify, install, compare and list them."""


@pack.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def pack_validate(paths: tuple[Path, ...]) -> None:
    """Check the pack folder(s) at PATHS; print every error as file:line:col."""
    failed = False
    for path in paths:
        result = load_pack(path)
        for diagnostic in result.diagnostics:
            click.echo(str(diagnostic), err=True)
        if result.ok:
            manifest = result.manifest
            assert manifest is not None  # noqa: S101 - a valid pack always has one
            click.echo(f"{path}: valid ({manifest.id} {manifest.version})")
        else:
            failed = True
            click.echo(f"{path}: {len(result.errors)} error(s)", err=True)
    if failed:
        raise SystemExit(1)


def lint_summary(report: LintReport) -> dict[str, object]:
    """What ``pack lint --json`` prints."""
    result = report.result
    pack_ = result.pack
    manifest = result.manifest
    sections = [s for m in pack_.modules for s in m.sections] if pack_ else []
    return {
        "id": manifest.id if manifest else None,
        "version": manifest.version if manifest else None,
        "modules": len(pack_.modules) if pack_ else 0,
        "sections": len(sections),
        "questions": len(pack_.questions) if pack_ else 0,
        "risks": len(pack_.risks) if pack_ else 0,
        "measures": len(pack_.measures) if pack_ else 0,
        "languages": result.completeness,
        "scenarios": [
            {"file": s.file, "title": s.title, "ok": s.ok, "overall": s.overall,
             "risks": s.raised, "positions": s.positions}
            for s in report.scenarios
        ],
        "errors": [d.to_json() for d in report.errors],
        "warnings": [d.to_json() for d in report.warnings],
    }


@pack.command("lint")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def pack_lint(path: Path, as_json: bool) -> None:
    """Validate the pack at PATH and summarise it: counts, language completeness, warnings.

    Golden scenarios stored with the pack (scenarios/*.json) are run too: each
    must raise exactly its expected risk register.
    """
    report = lint_pack(path)
    summary = lint_summary(report)
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _print_lint(report, summary)
    if report.errors:
        raise SystemExit(1)


def _print_lint(report: LintReport, summary: dict[str, object]) -> None:
    for diagnostic in report.diagnostics:
        click.echo(str(diagnostic))
    click.echo(f"pack:      {summary['id']} {summary['version']}")
    click.echo(
        f"contents:  {summary['modules']} modules, {summary['sections']} sections, "
        f"{summary['questions']} questions, {summary['risks']} risks, "
        f"{summary['measures']} measures"
    )
    languages = summary["languages"]
    assert isinstance(languages, dict)  # noqa: S101 - built above
    shown = ", ".join(f"{lang} {ratio:.0%}" for lang, ratio in languages.items()) or "n/a"
    click.echo(f"languages: {shown}")
    for scenario in report.scenarios:
        state = "ok" if scenario.ok else "FAILED"
        click.echo(f"scenario:  {scenario.title} — {len(scenario.raised)} risk(s), "
                   f"overall {scenario.overall or 'none'}: {state}")
    click.echo(f"result:    {len(report.errors)} error(s), {len(report.warnings)} warning(s)")


@pack.command("schema")
@click.option(
    "--kind",
    type=click.Choice([*sorted(KINDS), "scenario"]),
    default=None,
    help="Only the schema of pack.yaml (manifest), of a module file, or of a golden "
    "scenario (scenarios/*.json).",
)
def pack_schema(kind: str | None) -> None:
    """Print the JSON Schema of the pack format."""
    schema = scenario_json_schema() if kind == "scenario" else pack_json_schema(kind)
    click.echo(json.dumps(schema, ensure_ascii=False, indent=2))


@pack.command("list")
def pack_list() -> None:
    """List the packs assessments can use, and whether each is verified."""
    with workspace() as ws:
        listings = ws.pack_listings()
    for listing in listings:
        entry, manifest = listing.entry, listing.manifest
        title = manifest.title.get("en") if manifest else "(invalid)"
        state = "" if listing.ok else "  [INVALID]"
        click.echo(f"{entry.pack_id} {entry.version}  {entry.source}  {_origin(entry)}  "
                   f"{title}{state}")


def _origin(entry: PackEntry) -> str:
    """``verified``, or ``UNVERIFIED``, with the signer's short fingerprint and expiry."""
    words = ["verified" if entry.verified else "UNVERIFIED"]
    if entry.signer:
        words.append(f"signer {group(entry.signer)[:19]}")
    if entry.expires and entry.expires < dt.date.today().isoformat():
        words.append(f"EXPIRED {entry.expires}")
    elif entry.expires:
        words.append(f"expires {entry.expires}")
    return f"[{', '.join(words)}]"
