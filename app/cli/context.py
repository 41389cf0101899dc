"""What every command shares: the workspace, and turning known failures into messages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from app.core.answers import AnswerError
from app.packs.catalog import PackNotFoundError
from app.services.transfer import ImportFileError
from app.services.workspace import Workspace, WorkspaceError
from app.storage import StorageError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
KNOWN_ERRORS = (StorageError, PackNotFoundError, AnswerError, WorkspaceError, ImportFileError)


class UserError(click.ClickException):
    """A message for the user, exit status 1, no traceback."""


@contextmanager
def workspace() -> Iterator[Workspace]:
    """The workspace of the global ``--data-dir``; known errors become plain messages."""
    ctx = click.get_current_context()
    data_dir = (ctx.find_root().obj or {}).get("data_dir")
    try:
        with Workspace(data_dir) as opened:
            yield opened
            if opened.store.backup_problem:  # saved, but today's backup failed: say so
                click.echo(f"Warning: {opened.store.backup_problem}", err=True)
    except KNOWN_ERRORS as exc:
        raise UserError(str(exc)) from None
