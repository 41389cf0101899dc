"""One user action: run it, on success call back, on a user error say so once, never a traceback.

Modelled on Anki's ``CollectionOp`` (``qt/aqt/operations/``): a handler
builds a :class:`UserOp` around a call to the workspace instead of writing
its own ``except (A, B, C)``. Every error a user can act on derives from
:class:`app.core.errors.UserError`; with ``OSError`` (a file the system
refuses) these are the ones caught here, and their text is shown in one
message box titled with what failed, or in the dialog's own message line
(:meth:`UserOp.shown_in`). Anything else is a bug and is not hidden.

The action runs on the GUI thread: it is the one that owns the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from app.core.errors import UserError

T = TypeVar("T")
USER_ERRORS: tuple[type[Exception], ...] = (UserError, OSError)


def error_text(error: BaseException) -> str:
    """What to show for a user error: its text (for a file, the system's reason)."""
    if isinstance(error, OSError) and not isinstance(error, UserError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror}{where}" if error.strerror else str(error)
    return str(error)


class UserOp(Generic[T]):
    """``UserOp(parent, op).failure(title).success(done).run()``; ``value`` holds the result."""

    def __init__(self, parent: QWidget | None, op: Callable[[], T]) -> None:
        self._parent = parent
        self._op = op
        self._title = ""
        self._show: Callable[[str], object] | None = None
        self._done: Callable[[T], object] | None = None
        self._quiet = False
        self.value: T | None = None
        self.error: BaseException | None = None

    def failure(self, title: str, text: Callable[[str], str] | None = None) -> UserOp[T]:
        """Show a user error in a message box titled ``title`` (``text`` rewords it)."""
        self._title = title
        if text is not None:
            self._show = lambda message: self._box(text(message))
        return self

    def shown_in(self, show: Callable[[str], object]) -> UserOp[T]:
        """Give a user error's text to ``show`` (e.g. a dialog's message line) instead."""
        self._show = show
        return self

    def quietly(self) -> UserOp[T]:
        """Fail without a word (``error`` still says why): for what the user did not ask."""
        self._quiet = True
        return self

    def success(self, done: Callable[[T], object]) -> UserOp[T]:
        self._done = done
        return self

    def run(self) -> bool:
        """Run the action; True when it succeeded (after the success callback)."""
        try:
            value = self._op()
        except USER_ERRORS as exc:
            self.error = exc
            if not self._quiet:
                (self._show or self._box)(error_text(exc))
            return False
        self.value = value
        if self._done is not None:
            self._done(value)
        return True

    def result(self) -> T | None:
        """Run the action; its value, or None when it failed (for actions that return one)."""
        return self.value if self.run() else None

    def _box(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # built on first use, not before the window

        QMessageBox.warning(self._parent, self._title or "AIPIA", text)

