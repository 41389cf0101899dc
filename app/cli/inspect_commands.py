"""``aipia inspect``: read model folders and files (never run them) and report what they are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from app.cli.context import UserError, workspace
from app.core.inspect import ScanReport
from app.core.inspect import manifest as manifests
from app.core.inspect.inventory import Proposals
from app.services.inspection import proposals_for_new, run_scan

LANGUAGES = click.Choice(["en", "ko"])
CHANGE_WORDS = {"added": "new file", "removed": "missing now", "changed": "content changed",
                "unhashed": "not hashed, cannot compare"}


@click.command("inspect")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--no-hash", is_flag=True, help="Skip the SHA-256 of each file (much faster).")
@click.option("--lang", type=LANGUAGES, default="en", show_default=True,
              help="Language of the messages and proposed answers.")
@click.option("--manifest", "manifest_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the scan manifest (every file with its size and SHA-256) here.")
@click.option("--compare", "compare_with", type=click.Path(dir_okay=False, exists=True,
              path_type=Path), help="Compare with a manifest written earlier by --manifest.")
@click.option("--assessment", "assessment_id", type=int, default=None,
              help="Keep the manifest with this assessment, compare with its last scan, "
                   "and fit the proposed answers to its questionnaire.")
def inspect_command(paths: tuple[Path, ...], as_json: bool, no_hash: bool, lang: str,
                    manifest_out: Path | None, compare_with: Path | None,
                    assessment_id: int | None) -> None:
    """Read the model files in PATHS and propose answers for the model inventory.

    The answers proposed are those the built-in questionnaire can hold (with
    --assessment, that assessment's questionnaire).

    Exit status 1 when no model was found, a file would run code when loaded,
    or the files changed since the compared scan.
    """
    old = _read_manifest(compare_with) if compare_with else None
    report = run_scan(paths, hash_files=not no_hash)
    changes = manifests.compare(old, manifests.build(report)) if old is not None else None
    if assessment_id is not None:
        proposals, changes = _with_assessment(assessment_id, report, lang, changes)
    else:
        proposals = proposals_for_new(report, lang)
    if manifest_out is not None:
        _write_manifest(manifest_out, report)
    if as_json:
        click.echo(json.dumps(_json(report, proposals, changes, lang), ensure_ascii=False,
                              indent=2))
    else:
        click.echo(_text(report, proposals, changes, lang))
    unsafe = any(m.flagged for m in report.models)
    changed = any(c.kind != "unhashed" for c in changes or ())
    if unsafe or changed or not report.models:
        raise click.exceptions.Exit(1)


def _with_assessment(assessment_id: int, report: ScanReport, lang: str,
                     changes: list[manifests.Change] | None
                     ) -> tuple[Proposals, list[manifests.Change] | None]:
    with workspace() as ws:
        opened = ws.open(assessment_id)
        proposals = ws.scan_proposals(opened, report, lang)
        last = ws.scan_changes(assessment_id, report) if changes is None else None
        ws.keep_scan(assessment_id, report)
    return proposals, (last[1] if last else changes)


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes()[: manifests.MAX_BYTES + 1])
        manifests.files_of(data)
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: cannot be compared: {str(exc)[:200]}") from None
    return dict(data)


def _write_manifest(path: Path, report: ScanReport) -> None:
    try:
        path.write_text(json.dumps(manifests.build(report), indent=2, ensure_ascii=False),
                        encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None


def _json(report: ScanReport, proposals: Proposals, changes: list[manifests.Change] | None,
          lang: str) -> dict[str, Any]:
    data = report.to_json()
    for model, row in zip(data["models"], proposals.rows, strict=False):
        model["proposed_row"] = {
            cid: {"value": s.value, "from": s.evidence_text(lang)} for cid, s in row.cells.items()}
    data["proposed_answers"] = {
        qid: {"value": s.value, "from": s.evidence_text(lang)}
        for qid, s in proposals.answers.items()}
    if changes is not None:
        data["changes"] = [c.__dict__ for c in changes]
    return data


def _text(report: ScanReport, proposals: Proposals, changes: list[manifests.Change] | None,
          lang: str) -> str:
    lines = []
    for model, row in zip(report.models, proposals.rows, strict=False):
        lines.append(f"Model: {model.label}  ({model.root})")
        lines += [f"  {cid}: {s.value}  [{s.evidence_text(lang)}]" for cid, s in row.cells.items()]
        for item in model.files:
            digest = item.sha256 or "not hashed"
            lines.append(f"    {item.name}  {_size(item.size)}  sha256 {digest}")
        lines += [f"  ! {p.text(lang)}" for p in model.problems]
    lines += [f"! {p.text(lang)}" for p in report.problems]
    if proposals.answers:
        lines.append("Proposed answers:")
        lines += [f"  {qid}: {s.value}" for qid, s in proposals.answers.items()]
    if changes is not None:
        lines.append("Changes since the compared scan:" if changes else
                     "No file changed since the compared scan.")
        lines += [f"  {CHANGE_WORDS[c.kind]}: {c.path}" for c in changes]
    return "\n".join(lines) or "Nothing found."


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"
