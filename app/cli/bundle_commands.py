"""``aipia pack keygen|build|verify|install|diff``: signed pack bundles for authors and users."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import click

from app.cli.context import UserError, workspace
from app.core.versioning.diff import ItemDiff, PackDiff, diff_packs
from app.services import publishing as signing
from app.services.publishing import BuildError, SignerStatus, build_bundle
from app.services.records import InstallResult, KnownKey, PackSource, UntrustedBundleError
from app.services.workspace import Workspace

PASSPHRASE_ENV = "AIPIA_KEY_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret
FILE = click.Path(dir_okay=False, path_type=Path)


def passphrase(confirm: bool) -> str:
    """From AIPIA_KEY_PASSPHRASE (scripts), else asked without echo."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    return str(click.prompt("Passphrase", hide_input=True, confirmation_prompt=confirm))


@click.command("keygen")
@click.option("-o", "--output", required=True, type=FILE,
              help="Private key file to write (the public key goes to OUTPUT.pub).")
def pack_keygen(output: Path) -> None:
    """Create a publisher key pair; the private key is encrypted with a passphrase.

    The passphrase is asked twice, or read from AIPIA_KEY_PASSPHRASE.
    """
    public, key_id = signing.generate_key_pair(output, passphrase(confirm=True))
    click.echo(f"Private key: {output} (keep it secret, keep a backup)")
    click.echo(f"Public key:  {public} (give it to your users)")
    click.echo(f"Fingerprint: {signing.group(key_id)}")


def _date(value: str | None, what: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{what} must be a date like 2027-12-31, got {value!r}") from None


@click.command("build")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=FILE, help="Bundle file to write (.aipack).")
@click.option("--key", "key_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Private key to sign with (from 'aipia pack keygen').")
@click.option("--unsigned", is_flag=True, help="Build without a signature (for tests only).")
@click.option("--expires", default=None, help="Expiry date, YYYY-MM-DD (default: none).")
@click.option("--issued", default=None, help="Issue date, YYYY-MM-DD (default: today).")
def pack_build(folder: Path, output: Path, key_file: Path | None, unsigned: bool,
               expires: str | None, issued: str | None) -> None:
    """Check the pack in FOLDER and write it as a signed bundle."""
    if (key_file is None) == (not unsigned):
        raise UserError("give --key KEYFILE to sign the bundle, or --unsigned")
    try:
        key = signing.load_private_key(key_file, passphrase(False)) if key_file else None
        result = build_bundle(folder, output, key, issued=_date(issued, "--issued"),
                              expires=_date(expires, "--expires"))
    except BuildError as exc:
        for diagnostic in exc.diagnostics:
            click.echo(str(diagnostic), err=True)
        raise
    for warning in result.warnings:
        click.echo(str(warning), err=True)
    bundle = result.bundle
    signer = signing.group(bundle.key_id) if bundle.key_id else "unsigned"
    click.echo(f"Wrote {output}: {bundle.pack_id} {bundle.version}, {len(bundle.files)} files, "
               f"signer {signer}")


def _describe(source: PackSource, trusted: dict[str, KnownKey]) -> list[str]:
    bundle = source.bundle
    assert bundle is not None  # noqa: S101 - only bundles are verified
    manifest = bundle.manifest
    expires = manifest.expires.isoformat() if manifest.expires else "never"
    if bundle.expired():
        expires += " (EXPIRED: the publisher may have a newer version)"
    key_id = bundle.key_id or ""
    if bundle.status is SignerStatus.UNSIGNED:
        signer = "none: the bundle is NOT SIGNED (installs only as unverified)"
    elif bundle.status is SignerStatus.TRUSTED:
        signer = f"{signing.group(key_id)} (trusted: {trusted[key_id].name})"
    else:
        signer = (f"{signing.group(key_id)} (valid signature, but the key is not in your "
                  "trust store)")
    return [
        f"bundle:    {bundle.path}",
        f"pack:      {bundle.pack_id} {bundle.version}",
        f"issued:    {manifest.issued.isoformat()}",
        f"expires:   {expires}",
        f"signer:    {signer}",
        f"files:     {len(bundle.files)}, every SHA-256 matches bundle.json",
    ]


@click.command("verify")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
def pack_verify(file: Path) -> None:
    """Check FILE's signature, every file hash and the pack inside; exit 1 if anything is wrong.

    A bundle is genuine only when a trusted key signed it: an unsigned bundle,
    or one signed by a key not in your trust store, fails (exit 1) after the
    report, which shows the signer's fingerprint to compare with the
    publisher's. An expired pack only warns.
    """
    with workspace() as ws:
        trusted = {key.key_id: key for key in ws.trusted_keys()}
        source = ws.read_pack_source(file)
    for line in _describe(source, trusted):
        click.echo(line)
    for diagnostic in source.result.diagnostics:
        click.echo(str(diagnostic), err=True)
    if not source.result.ok:
        raise UserError(f"the pack inside has {len(source.result.errors)} error(s)")
    manifest = source.result.manifest
    bundle = source.bundle
    assert manifest is not None and bundle is not None  # noqa: S101 - a valid pack
    if (manifest.id, manifest.version) != (bundle.pack_id, bundle.version):
        raise UserError(f"bundle.json says {bundle.pack_id} {bundle.version} but pack.yaml says "
                        f"{manifest.id} {manifest.version}")
    click.echo("content:   a valid pack")
    if bundle.status is SignerStatus.UNSIGNED:
        raise UserError("the bundle is not signed: nothing shows who published it")
    if bundle.status is not SignerStatus.TRUSTED:
        raise UserError("the signature is valid, but its key is not trusted here; compare the "
                        "fingerprint above with the publisher's, then: aipia trust add "
                        f"{file}")
    if bundle.expired():
        click.echo("warning:   the pack has expired; the publisher may have a newer version",
                   err=True)
    click.echo("result:    OK")


@click.command("install")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--trust-signer", is_flag=True,
              help="Trust the bundle's signer (after comparing its fingerprint) and install.")
@click.option("--allow-unsigned", "--allow-unverified", "allow_unverified", is_flag=True,
              help="Install an unsigned bundle or folder, or an unknown signer's bundle, "
              "marked unverified.")
def pack_install(path: Path, trust_signer: bool, allow_unverified: bool) -> None:
    """Install the pack bundle (or pack folder) at PATH, so assessments can use it."""
    with workspace() as ws:
        try:
            if path.is_dir():
                if not allow_unverified:
                    raise UserError(f"{path} is a pack folder: it is not signed. Install it as "
                                    "unverified with --allow-unsigned")
                result = ws.install_folder(path)
            else:
                result = ws.install_bundle(path, trust_signer=trust_signer,
                                           allow_unverified=allow_unverified)
        except UntrustedBundleError as exc:
            hint = ("--trust-signer to trust the key, or --allow-unverified" if exc.bundle.key_id
                    else "--allow-unsigned")
            raise UserError(f"{exc}\nRun again with {hint} to install it as unverified."
                            ) from None
        report_install(ws, result)


def report_install(ws: Workspace, result: InstallResult) -> None:
    for diagnostic in result.diagnostics:
        click.echo(str(diagnostic), err=True)
    installed = result.installed
    if installed is None:
        raise UserError(f"the pack was not installed: {len(result.diagnostics)} problem(s)")
    entry = ws.pack_entry(installed.pack_id, installed.version)
    state = "verified" if entry.verified else "UNVERIFIED"
    click.echo(f"Installed {installed.pack_id} {installed.version} ({state}) in {installed.path}")
    if result.previous and result.previous != installed.version:
        click.echo(f"What changed since {result.previous}:")
        for line in ws.pack_diff(installed.pack_id, result.previous, installed.version).lines():
            click.echo(f"  {line}")
    for record in ws.older_assessments(installed.pack_id, installed.version):
        click.echo(f"Assessment {record.id} ({record.title}) uses {record.pack_version}: "
                   f"upgrade it with 'aipia assessment upgrade {record.id}'")


def _items(title: str, diff: ItemDiff, declared: tuple[str, ...] = ()) -> list[str]:
    lines = [f"  + {i}" for i in diff.added]
    lines += [f"  - {i}" + (" (listed in removed_questions)" if i in declared else "")
              for i in diff.removed]
    lines += [f"  ~ {r.old} -> {r.new} (renamed)" for r in diff.renamed]
    lines += [f"  ~ {c.id}: {', '.join(c.fields)}" for c in diff.changed]
    return [f"{title}:", *lines] if lines else []


def _diff_lines(diff: PackDiff) -> list[str]:
    lines = [f"{diff.old_id} {diff.old_version} -> {diff.new_id} {diff.new_version}"]
    if diff.empty:
        return [*lines, "No question, choice, risk or measure changed."]
    lines += _items("questions", diff.questions, diff.declared_removed)
    for qid, choices in diff.choices:
        lines += _items(f"choices of {qid}", choices)
    lines += _items("risks", diff.risks) + _items("measures", diff.measures)
    if diff.undeclared_removed:
        lines.append("warning: removed but not listed in removed_questions: "
                     + ", ".join(diff.undeclared_removed))
    return lines


@click.command("diff")
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def pack_diff(old: Path, new: Path, as_json: bool) -> None:
    """List what changed from the pack OLD to the pack NEW (folders or bundles)."""
    with workspace() as ws:
        sources = [ws.read_pack_source(path) for path in (old, new)]
    packs = []
    for path, source in zip((old, new), sources, strict=True):
        if source.result.pack is None:
            for diagnostic in source.result.errors:
                click.echo(str(diagnostic), err=True)
            raise UserError(f"{path}: the pack has errors")
        packs.append(source.result.pack)
    diff = diff_packs(packs[0], packs[1])
    if as_json:
        click.echo(json.dumps(diff.to_json(), ensure_ascii=False, indent=2))
        return
    for line in _diff_lines(diff):
        click.echo(line)


COMMANDS = (pack_keygen, pack_build, pack_verify, pack_install, pack_diff)
