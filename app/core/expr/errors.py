"""Errors and problems reported to pack authors, each with a source location."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExprProblem:
    """A problem found in an expression, located by character offset and length.

    Attributes:
        message: What is wrong, in words a pack author understands.
        offset: Index of the first offending character in the source.
        length: Number of offending characters (0 at the end of the source).
        hint: A likely fix, or None.
    """

    message: str
    offset: int
    length: int
    hint: str | None = None

    def __str__(self) -> str:
        text = f"{self.message} (at character {self.offset + 1})"
        return f"{text}; {self.hint}" if self.hint else text


class ExprSyntaxError(ValueError):
    """The source text is not a well-formed expression, or exceeds a limit."""

    def __init__(self, message: str, offset: int, length: int = 1, hint: str | None = None):
        self.message = message
        self.offset = offset
        self.length = length
        self.hint = hint
        super().__init__(str(self.to_problem()))

    def to_problem(self) -> ExprProblem:
        """The same error as an ExprProblem."""
        return ExprProblem(self.message, self.offset, self.length, self.hint)
