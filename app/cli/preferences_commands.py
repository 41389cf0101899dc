"""``aipia preferences``: your name on reviews, and the evidence size limits."""

from __future__ import annotations

import click

from app.cli.context import workspace
from app.core.review.evidence import size_text
from app.services import evidence, review


@click.group("preferences")
def preferences_group() -> None:
    """Settings kept in the data folder (the desktop app's Preferences)."""


@preferences_group.command("show")
def preferences_show() -> None:
    """Show your name and the evidence limits."""
    with workspace() as ws:
        name = review.my_name(ws)
        per_file, per_assessment = evidence.limits(ws)
    click.echo(f"name: {name or '— (the login name is used)'}")
    click.echo(f"evidence limit per file: {size_text(per_file)}")
    click.echo(f"evidence limit per assessment: {size_text(per_assessment)}")


@preferences_group.command("name")
@click.argument("name", required=False)
@click.option("--clear", is_flag=True, help="Forget the name (the login name is used).")
def preferences_name(name: str | None, clear: bool) -> None:
    """Set NAME as who reviews, approves and attaches (shown in the trail and the report)."""
    with workspace() as ws:
        if clear or name is not None:
            review.set_my_name(ws, "" if clear else name or "")
        shown = review.my_name(ws)
    click.echo(f"Your name: {shown}" if shown else "No name kept; your login name is used.")


@preferences_group.command("evidence-limits")
@click.option("--per-file", type=int, default=None, help="Largest file, in MB (1-45).")
@click.option("--per-assessment", type=int, default=None,
              help="All of one assessment's files, in MB (1-45).")
def preferences_limits(per_file: int | None, per_assessment: int | None) -> None:
    """Set (or show) the size limits of attachments."""
    with workspace() as ws:
        limits = evidence.set_limits(ws, per_file_mb=per_file, per_assessment_mb=per_assessment)
    click.echo(f"Per file: {size_text(limits[0])}; per assessment: {size_text(limits[1])}.")
