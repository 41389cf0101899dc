"""``aipia assessment attach | attachments | detach | attachment-copy``: evidence files.

Files are copied into the data folder by their SHA-256 within the limits of
``aipia preferences evidence-limits``; AIPIA never runs them.
"""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import UserError, workspace
from app.core.review.evidence import size_text
from app.services import evidence

BY_HELP = "Who attaches it (default: your name from 'aipia preferences name', else your login)."


def _target(answer: str | None, measure: str | None, section: str | None) -> tuple[str, str]:
    given = [(kind, value) for kind, value in (("answer", answer), ("measure", measure),
                                                ("section", section)) if value is not None]
    if len(given) > 1:
        raise click.UsageError("attach to one of --answer, --measure or --section")
    return given[0] if given else ("assessment", "")


@click.command("attach")
@click.argument("assessment_id", type=int)
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--answer", default=None, help="Attach to the answer of this question id.")
@click.option("--measure", default=None, help="Attach to this measure id.")
@click.option("--section", default=None, help="Attach to this section id.")
@click.option("--note", default="", help="What the file shows.")
@click.option("--name", default=None, help="The name to show (default: the file's name).")
@click.option("--by", default=None, help=BY_HELP)
def attach_command(assessment_id: int, file: Path, answer: str | None, measure: str | None,
                   section: str | None, note: str, name: str | None, by: str | None) -> None:
    """Attach FILE to ASSESSMENT_ID (to an answer, a measure, a section, or the whole)."""
    kind, target = _target(answer, measure, section)
    with workspace() as ws:
        item = evidence.attach(ws, assessment_id, file, target_kind=kind, target_id=target,
                               note=note, by=by, name=name)
    click.echo(f"Attached {item.name} ({size_text(item.size)}) as attachment {item.id} to "
               f"{kind} {target}".rstrip() + f". SHA-256 {item.sha256}")


@click.command("attachments")
@click.argument("assessment_id", type=int)
def attachments_command(assessment_id: int) -> None:
    """List the files attached to ASSESSMENT_ID, with sizes and SHA-256."""
    with workspace() as ws:
        items = evidence.list_attachments(ws, assessment_id)
    if not items:
        click.echo("No attachments. Add one with: aipia assessment attach ID FILE")
    for item in items:
        target = f"{item.target_kind} {item.target_id}".strip()
        note = f" — {item.note}" if item.note else ""
        click.echo(f"{item.id:>4}  {item.name}  {size_text(item.size)}  {target}  "
                   f"{item.added_by} {item.added_at[:10]}  SHA-256 {item.sha256}{note}")


@click.command("detach")
@click.argument("assessment_id", type=int)
@click.argument("attachment_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def detach_command(assessment_id: int, attachment_id: int, yes: bool) -> None:
    """Remove attachment ATTACHMENT_ID (the file stays while a revision lists it)."""
    with workspace() as ws:
        item = evidence.get_attachment(ws, assessment_id, attachment_id)
        if not yes:
            click.confirm(f"Remove {item.name} from assessment {assessment_id}?", abort=True)
        evidence.detach(ws, assessment_id, attachment_id)
    click.echo(f"Removed {item.name}.")


@click.command("attachment-copy")
@click.argument("assessment_id", type=int)
@click.argument("attachment_id", type=int)
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="File (or folder) to write the copy to.")
def attachment_copy_command(assessment_id: int, attachment_id: int, output: Path) -> None:
    """Save a copy of attachment ATTACHMENT_ID, checked against its SHA-256."""
    with workspace() as ws:
        try:
            path = evidence.save_copy(ws, assessment_id, attachment_id, output)
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    click.echo(f"Wrote {path}")


COMMANDS = (attach_command, attachments_command, detach_command, attachment_copy_command)
