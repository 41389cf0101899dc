"""Exchange files on the command line: ``assessment export --package`` and their import.

The passphrase of an encrypted file is read from the ``AIPIA_PASSPHRASE``
environment variable (for scripts) or asked for without echo; it is never
an option, so it never shows in the shell history or the process list.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from app.cli.context import UserError
from app.core.envelope import check_passphrase
from app.core.review.evidence import size_text
from app.services import exchange
from app.services.transfer import copy_title
from app.services.workspace import Workspace

PASSPHRASE_ENV = "AIPIA_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret


def export_passphrase() -> str:
    """A new passphrase: from the environment, else asked twice."""
    given = os.environ.get(PASSPHRASE_ENV) or click.prompt(
        "Passphrase for the exchange file (tell it to the recipient another way)",
        hide_input=True, confirmation_prompt=True, err=True)
    try:
        return check_passphrase(given)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def import_passphrase(path: Path) -> str | None:
    """The passphrase of a sealed file (None for a plain one)."""
    if not exchange.is_sealed(path):
        return None
    return os.environ.get(PASSPHRASE_ENV) or click.prompt(
        f"Passphrase of {path.name}", hide_input=True, err=True)


def export_package(ws: Workspace, assessment_id: int, output: Path, encrypt: bool) -> str:
    passphrase = export_passphrase() if encrypt else None
    try:
        summary = exchange.export_package(ws, assessment_id, output, passphrase=passphrase)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    sealed = "encrypted " if summary.encrypted else ""
    return (f"Exported assessment {assessment_id} to the {sealed}exchange file {output} "
            f"({summary.answers} answers, {summary.revisions} revision(s), "
            f"{summary.attachments} attachment(s) in {summary.files} file(s); "
            f"{size_text(summary.size)})")


def import_package(ws: Workspace, file: Path, as_copy: bool) -> list[str]:
    passphrase = import_passphrase(file)
    package = exchange.read_package(file, passphrase)
    meta = package.exported.assessment
    title = copy_title(ws, meta.organization, meta.title, meta.language) if as_copy else None
    outcome = exchange.import_package(ws, file, passphrase=passphrase, as_copy=as_copy,
                                      title=title)
    record, held = outcome.record, exchange.describe(package, file)
    verb = "Updated" if outcome.replaced else "Imported"
    lines = [f"Warning: {file}: {w}" for w in outcome.warnings]
    lines.append(f"{verb} assessment {record.id}: {record.organization_name} / {record.title} "
                 f"({held.answers} answers, {held.revisions} revision(s), "
                 f"{held.attachments} attachment(s); every hash checked)")
    return lines
