"""Progress of a report on standard error: the stage, and the page being laid out.

The render process sends the same stage messages the desktop app's report
dialog shows (``Filling in the template``, ``Starting the PDF engine``,
WeasyPrint's ``Step 5 - Creating layout - Page 12``, ``Writing 45 pages``).
:class:`ProgressLines` prints one line per stage, and the page count at most
every :data:`EVERY_SECONDS`, so a 40-second report is never silent and
standard output stays clean for the result.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import click

EVERY_SECONDS = 2.0
PAGE = re.compile(r"^Step 5 - Creating layout - Page (\d+)")
STEPS = {
    "Step 1": "Reading the report HTML",
    "Step 3": "Applying the styles",
    "Step 4": "Building the page structure",
    "Step 5": "Laying out the pages",
    "Step 6": "Creating the PDF",
}


def describe(message: str) -> tuple[str, str] | None:
    """``(stage, line)`` for a progress message, or None for one not worth a line."""
    page = PAGE.match(message)
    if page:
        return "layout", f"Laying out page {page.group(1)}"
    if message.startswith("Step 5 - Creating layout - Repagination"):
        return "again", "Laying out again, to fill in the page numbers"
    if message.startswith("Step"):
        step = message[:6]
        return (step, STEPS[step]) if step in STEPS else None
    return message, message


class ProgressLines:
    """A ``progress`` callback that prints ``  12.3 s  Laying out page 12`` lines."""

    def __init__(
        self,
        echo: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.echo = echo or (lambda line: click.echo(line, err=True))
        self.clock = clock
        self.started = clock()
        self.stage = ""
        self.printed = float("-inf")

    def __call__(self, message: str) -> None:
        described = describe(message)
        if described is None:
            return
        stage, line = described
        now = self.clock()
        if stage == self.stage and now - self.printed < EVERY_SECONDS:
            return
        self.stage, self.printed = stage, now
        self.echo(f"{now - self.started:6.1f} s  {line}")
