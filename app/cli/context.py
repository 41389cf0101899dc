"""What every command shares: the workspace of the global ``--data-dir``.

The root group, which turns known failures into messages, is :mod:`app.cli.root`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from app.core.errors import UserError
from app.services.workspace import Workspace

__all__ = ["UserError", "workspace"]


@contextmanager
def workspace() -> Iterator[Workspace]:
    """The workspace of the global ``--data-dir`` (its errors reach :class:`RootGroup`)."""
    ctx = click.get_current_context()
    data_dir = (ctx.find_root().obj or {}).get("data_dir")
    with Workspace(data_dir) as opened:
        yield opened
        if opened.backup_problem:  # saved, but today's backup failed: say so
            click.echo(f"Warning: {opened.backup_problem}", err=True)
