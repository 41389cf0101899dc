"""What every command shares: the workspace, and turning known failures into messages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from app.core.errors import UserError
from app.services.workspace import Workspace

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
__all__ = ["CONTEXT_SETTINGS", "RootGroup", "UserError", "workspace"]

GLOBAL_OPTIONS = {"--data-dir": "DIR"}


class RootGroup(click.Group):
    """``aipia``: every :class:`UserError` of every command becomes ``Error: <text>`` and exit
    status 1 here, the one place the command line catches them (never a traceback); a global
    option given after the command gets a usage error that says where it goes, instead of
    click's "No such option"."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:  # a file that cannot be read or written: the system says why
            raise click.ClickException(str(exc)) from None
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
    """The workspace of the global ``--data-dir`` (its errors reach :class:`RootGroup`)."""
    ctx = click.get_current_context()
    data_dir = (ctx.find_root().obj or {}).get("data_dir")
    with Workspace(data_dir) as opened:
        yield opened
        if opened.backup_problem:  # saved, but today's backup failed: say so
            click.echo(f"Warning: {opened.backup_problem}", err=True)
