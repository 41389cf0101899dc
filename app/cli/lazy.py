"""Commands imported only when they run: ``aipia --version`` and ``--help`` import none of them.

A :class:`LazyGroup` knows its commands by name as ``"module:attribute"`` with the
summary its help lists, and imports a command's module on first use
(``get_command``). Its help lists the summaries from the table, so ``aipia --help``
imports no command module either (after click's ``LazyGroup`` example in its
documentation). The attribute is a click command, or a function that returns one
(for a group put together from commands of several modules, see
:mod:`app.cli.groups`). ``tests/cli/test_lazy_commands.py`` checks the table
against the commands themselves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from gettext import gettext as _
from typing import Any

import click


@dataclass(frozen=True)
class LazyCommand:
    """Where a command lives (``"module:attribute"``) and what the help lists for it."""

    target: str
    summary: str  # the first paragraph of the command's help

    def load(self) -> click.Command:
        module_name, _, attribute = self.target.partition(":")
        found: click.Command | Callable[[], click.Command] = getattr(
            importlib.import_module(module_name), attribute)
        command = found if isinstance(found, click.Command) else found()
        if not isinstance(command, click.Command):
            raise TypeError(f"{self.target} is not a click command")
        return command


class LazyGroup(click.Group):
    """A click group whose commands in ``lazy`` are imported the first time they are asked for."""

    def __init__(self, *args: Any, lazy: Mapping[str, LazyCommand] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, LazyCommand] = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            self.add_command(self.lazy[cmd_name].load(), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click's, with the table's summary for each command not imported yet."""
        commands = [(name, self.peek(name)) for name in self.list_commands(ctx)]
        rows = [(name, command) for name, command in commands if not command.hidden]
        if not rows:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in rows)
        with formatter.section(_("Commands")):
            formatter.write_dl([(name, command.get_short_help_str(limit))
                                for name, command in rows])

    def peek(self, name: str) -> click.Command:
        """The command if it is imported, else a stand-in with its summary as help."""
        if name in self.commands:
            return self.commands[name]
        return click.Command(name, help=self.lazy[name].summary)
