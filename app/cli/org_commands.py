"""``aipia org``: the organizations (clients) assessments belong to."""

from __future__ import annotations

import click

from app.cli.context import workspace


@click.group()
def org() -> None:
    """Organizations (the clients a consultant serves)."""


@org.command("add")
@click.argument("name")
@click.option("--notes", default="", help="Free notes about the organization.")
def org_add(name: str, notes: str) -> None:
    """Add an organization called NAME."""
    with workspace() as ws:
        added = ws.add_client(name, notes)
    click.echo(f"Added organization {added.id}: {added.name}")


@org.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include archived organizations.")
def org_list(show_all: bool) -> None:
    """List organizations."""
    with workspace() as ws:
        orgs = ws.list_clients(include_archived=show_all)
        counts = {o.id: ws.count_assessments(o.id) for o in orgs}
    if not orgs:
        click.echo("No organizations yet. Add one with: aipia org add NAME")
    for item in orgs:
        click.echo(f"{item.id:>4}  {item.name}  ({counts[item.id]} assessment(s))")
