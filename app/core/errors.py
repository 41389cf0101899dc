"""The one base class of the errors a user can act on.

Every layer raises its own subclasses (a damaged database, a pack that does
not load, a bundle signed by an unknown key, an answer that does not fit its
question...), and each front end catches this class once: the command line
prints ``Error: <text>`` and exits with status 1 (``app.cli.context``), the
desktop app shows one message box (``app.ui.operations``). Neither shows a
traceback for these.

``str(error)`` is the whole text as the user reads it. ``message`` says what
is wrong, ``where`` where (a file and line, a question id, a field), ``hint``
what to do; screens that show them apart read these attributes.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can act on: what is wrong (``message``), ``where``, and a ``hint``."""

    def __init__(self, message: str = "", *, where: str = "", hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint
