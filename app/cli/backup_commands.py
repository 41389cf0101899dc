"""``aipia backup``: list the database's backups, make one now, restore one, how many to keep.

``list`` and ``restore`` work without opening the database, so they help when it
is damaged and every other command refuses it.
"""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import UserError, workspace
from app.services import backups as service


def _data_dir() -> str | None:
    data_dir: str | None = (click.get_current_context().find_root().obj or {}).get("data_dir")
    return data_dir


def _line(entry: service.BackupEntry) -> str:
    contents = entry.contents
    count = contents.assessments
    held = (f"{count} assessment{'' if count == 1 else 's'}" if contents.problem is None
            else f"DAMAGED ({contents.problem[:80]})")
    when = entry.created_local.strftime("%Y-%m-%d %H:%M")
    return (f"{entry.id:<34} {when}  {held:<16} {service.size_text(entry.backup.size):>8}  "
            f"{service.describe_kind(entry.backup.kind)}")


@click.group("backup")
def backup() -> None:
    """Backups of the database: list them, make one now, restore one."""


@backup.command("list")
def backup_list() -> None:
    """List the backups, newest first, with the number of assessments each holds."""
    entries = service.list_backups(_data_dir())
    folder = service.database_file(_data_dir()).parent / "backups"
    if not entries:
        click.echo(f"No backups yet in {folder}. AIPIA makes one at the first change of each "
                   "day; make one now with: aipia backup now")
        return
    for entry in entries:
        click.echo(_line(entry))
    click.echo(f"{len(entries)} backups in {folder}. Restore one with: aipia backup restore ID")


@backup.command("restore")
@click.argument("backup_id", metavar="ID|FILE")
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
def backup_restore(backup_id: str, yes: bool) -> None:
    """Put backup ID (or a backup FILE) back in place of the database.

    The current database is first kept as a backup of its own
    (``before-restore``), even when it is damaged.
    """
    chosen = service.find_backup(_data_dir(), backup_id)
    target = service.database_file(_data_dir())
    if not yes and not click.confirm(
        f"Replace {target} with the backup {chosen.name}? The current database is kept as "
        "a backup first.", default=False,
    ):
        raise UserError("nothing was restored")
    outcome = service.restore(_data_dir(), str(chosen))
    if outcome.kept is not None:
        click.echo(f"Kept the database as it was in {outcome.kept}")
    click.echo(f"Restored {Path(outcome.restored).name}: {outcome.contents.assessments} "
               f"assessments, {outcome.contents.organizations} organizations.")


@backup.command("now")
def backup_now() -> None:
    """Check the whole database and back it up now."""
    with workspace() as ws:
        made = ws.backup_now()
        kept = ws.backup_keep()
    click.echo(f"Backed up to {made} (the newest {kept} backups are kept).")


@backup.command("keep")
@click.argument("count", type=int, required=False)
def backup_keep(count: int | None) -> None:
    """Show how many backups are kept, or set it to COUNT (default 10)."""
    with workspace() as ws:
        kept = ws.backup_keep(count)
    click.echo(f"The newest {kept} backups are kept.")
