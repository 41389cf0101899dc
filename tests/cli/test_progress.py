"""Report progress on standard error: one line per stage, pages at most every two seconds."""

from __future__ import annotations

from app.cli.progress import EVERY_SECONDS, ProgressLines, describe


def test_messages_become_plain_lines() -> None:
    assert describe("Step 5 - Creating layout - Page 12") == ("layout", "Laying out page 12")
    assert describe("Step 1 - Fetching and parsing HTML - HTML string") == (
        "Step 1", "Reading the report HTML")
    assert describe("Step 2 - Fetching and parsing CSS - report.css") is None
    assert describe("Writing 45 pages") == ("Writing 45 pages", "Writing 45 pages")


def test_a_line_per_stage_and_pages_at_most_every_two_seconds() -> None:
    now = [100.0]
    lines: list[str] = []
    progress = ProgressLines(lines.append, clock=lambda: now[0])
    for message, seconds in [("Starting the PDF engine", 0.5),
                             ("Step 5 - Creating layout - Page 1", 0.5),
                             ("Step 5 - Creating layout - Page 2", 0.5),  # too soon: skipped
                             ("Step 5 - Creating layout - Page 3", EVERY_SECONDS),
                             ("Step 5 - Creating layout - Page 9", 0.1),
                             ("Writing 9 pages", 0.0)]:
        now[0] += seconds
        progress(message)
    assert lines == ["   0.5 s  Starting the PDF engine", "   1.0 s  Laying out page 1",
                     "   3.5 s  Laying out page 3", "   3.6 s  Writing 9 pages"]
