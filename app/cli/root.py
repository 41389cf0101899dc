"""The ``aipia`` group itself: its settings, its lazy commands, and the one place errors end.

Light on purpose (click and the core's error class only): ``aipia --version`` and
``aipia --help`` import this and no command module.
"""

from __future__ import annotations

import click

from app.cli.lazy import LazyGroup
from app.core.errors import UserError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

GLOBAL_OPTIONS = {"--data-dir": "DIR"}


class RootGroup(LazyGroup):
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
