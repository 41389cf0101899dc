"""``aipia trust``: the publisher keys whose signed packs count as verified."""

from __future__ import annotations

from pathlib import Path

import click
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.cli.context import UserError, workspace
from app.packs import signing, trust
from app.packs.bundle import BUNDLE_SUFFIX, read_bundle


@click.group("trust")
def trust_group() -> None:
    """Trusted publisher keys, shown by fingerprint."""


def _public_key(path: Path) -> Ed25519PublicKey:
    """The key in a public-key file, or the signer's key of a (verified) bundle."""
    if path.suffix != BUNDLE_SUFFIX:
        return signing.load_public_key(path)
    bundle = read_bundle(path, {})
    if bundle.public_key is None:
        raise UserError(f"{path} is not signed: there is no key to trust")
    return signing.public_from_b64(bundle.public_key)


@trust_group.command("add")
@click.argument("path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--name", default="", help="A name to recognise the key by (e.g. the publisher).")
def trust_add(path: Path, name: str) -> None:
    """Trust the public key in PATH (a .pub/.pem file, or the signer of a .aipack bundle).

    Compare the fingerprint printed here with the one the publisher gives you.
    """
    with workspace() as ws:
        try:
            key = trust.add_key(ws.store, _public_key(path), name)
        except ValueError as exc:  # not a key at all
            raise UserError(str(exc)) from None
    click.echo(f"Trusted {key.name or 'key'}: {key.grouped}")


@trust_group.command("list")
def trust_list() -> None:
    """List the trusted keys: the one built into AIPIA, then those you added."""
    with workspace() as ws:
        keys = trust.trusted_keys(ws.store).values()
    for key in keys:
        origin = "built in" if key.builtin else f"added {key.added_at[:10] if key.added_at else ''}"
        click.echo(f"{key.grouped}  {key.name or '(no name)'}  [{origin}]")


@trust_group.command("remove")
@click.argument("fingerprint")
def trust_remove(fingerprint: str) -> None:
    """Stop trusting the key with FINGERPRINT (or its first 8+ hex digits)."""
    with workspace() as ws:
        key = trust.remove_key(ws.store, fingerprint)
    click.echo(f"Removed {key.name or 'key'} {key.grouped}; packs it signed are now unverified.")
