"""What every command shares: the workspace, and turning known failures into messages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from app.core.answers import AnswerError
from app.core.envelope import EnvelopeError
from app.core.review import ReviewError
from app.packs.catalog import PackNotFoundError
from app.services.transfer import ImportFileError
from app.services.workspace import Workspace, WorkspaceError
from app.storage import StorageError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
KNOWN_ERRORS = (StorageError, PackNotFoundError, AnswerError, WorkspaceError, ImportFileError,
                ReviewError, EnvelopeError)


class UserError(click.ClickException):
    """A message for the user, exit status 1, no traceback."""


GLOBAL_OPTIONS = {"--data-dir": "DIR"}


class RootGroup(click.Group):
    """``aipia``: a global option given after the command gets a usage error that says where
    it goes, instead of click's "No such option"."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except click.NoSuchOption as exc:
            if exc.option_name not in GLOBAL_OPTIONS or exc.ctx is None:
                raise
            name, path = exc.option_name, exc.ctx.command_path.split(" ", 1)
            fixed = " ".join([path[0], name, GLOBAL_OPTIONS[name], *path[1:]])
            raise click.UsageError(
                f"{name} is a global option: give it before the command, as in: {fixed} ...",
                exc.ctx,
            ) from None


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
