"""The one exception the reports layer raises: a message a user can act on."""

from __future__ import annotations

from app.core.errors import UserError


class ReportError(UserError):
    """A report could not be produced; ``str(error)`` says why and what to try.

    Attributes:
        kind: a stable word for callers that react differently (the GUI shows a
            "try again" button only for ``timeout``): ``template``, ``timeout``
            (the clock backstop), ``cpu`` (the CPU-time limit), ``memory``,
            ``cancelled``, ``crashed``, ``render``, ``output``, ``branding``.
    """

    def __init__(self, message: str, kind: str = "render") -> None:
        super().__init__(message)
        self.kind = kind


class ReportCancelled(ReportError):
    """The render was cancelled by the user; nothing was written."""

    def __init__(self, message: str = "The report was cancelled; no file was written.") -> None:
        super().__init__(message, "cancelled")
