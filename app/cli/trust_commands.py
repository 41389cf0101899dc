"""``aipia trust``: the publisher keys whose signed packs count as verified."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import UserError, workspace


@click.group("trust")
def trust_group() -> None:
    """Trusted publisher keys, shown by fingerprint."""


@trust_group.command("add")
@click.argument("path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--name", default="", help="A name to recognise the key by (e.g. the publisher).")
def trust_add(path: Path, name: str) -> None:
    """Trust the public key in PATH (a .pub/.pem file, or the signer of a .aipack bundle).

    Compare the fingerprint printed here with the one the publisher gives you.
    """
    with workspace() as ws:
        try:
            key = ws.trust_key(ws.read_public_key(path), name)
        except ValueError as exc:  # not a key at all
            raise UserError(str(exc)) from None
    click.echo(f"Trusted {key.name or 'key'}: {key.grouped}")


@trust_group.command("list")
def trust_list() -> None:
    """List the trusted keys: the one built into AIPIA, then those you added."""
    with workspace() as ws:
        keys = ws.trusted_keys()
    for key in keys:
        origin = "built in" if key.builtin else f"added {key.added_at[:10] if key.added_at else ''}"
        click.echo(f"{key.grouped}  {key.name or '(no name)'}  [{origin}]")


@trust_group.command("remove")
@click.argument("fingerprint")
def trust_remove(fingerprint: str) -> None:
    """Stop trusting the key with FINGERPRINT (or its first 8+ hex digits)."""
    with workspace() as ws:
        key = ws.untrust_key(fingerprint)
    click.echo(f"Removed {key.name or 'key'} {key.grouped}; packs it signed are now unverified.")
