"""Installing a pack (a folder or a signed bundle) into the user's data folder.

Only a pack that loads without errors is installed, and only its listed
files (plus a bundle's report template) are written, so what is installed is
exactly what was checked. Files go to a staging folder first and are moved
into place in one step; on any failure nothing was changed.

A bundle's signature and hashes are checked before any of its YAML is parsed
(``app.packs.bundle``). An unsigned bundle, or one signed by a key the user
does not trust, is installed only on an explicit choice (``allow_unverified``,
or ``trust_signer`` to trust the key first).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from app.core.diagnostics import Diagnostic, Severity
from app.core.errors import UserError
from app.core.loader import MANIFEST_NAME, LoadResult, load_pack
from app.core.model import version_key
from app.core.pack import Pack
from app.packs import signing, trust
from app.packs.binding import Binding, bind, find_binding, refusal
from app.packs.bundle import Bundle, BundleError, SignerStatus, read_bundle
from app.packs.catalog import PackCatalog
from app.storage import InstalledPack, Store

PACKS_FOLDER = "packs"


class InstallError(UserError):
    """A pack that cannot be installed; nothing was changed."""


class UntrustedBundleError(InstallError):
    """The bundle is intact but unsigned, or signed by an unknown key: the user must choose."""

    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        if bundle.status is SignerStatus.UNSIGNED:
            text = (f"{bundle.path.name} is not signed: nobody vouches for its content. "
                    "Install it only if you know where it comes from (it will be marked "
                    "unverified).")
        else:
            text = (f"{bundle.path.name} is signed by a key you do not trust yet, with the "
                    f"fingerprint {signing.group(bundle.key_id or '')}. Compare it with the one "
                    "the publisher gives, then trust the key, or install the pack as unverified.")
        super().__init__(text)


@dataclass
class InstallResult:
    installed: InstalledPack | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    previous: str | None = None  # the highest version installed before, if any
    bundle: Bundle | None = None

    @property
    def ok(self) -> bool:
        return self.installed is not None

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]


def install_folder(store: Store, source: Path, data_dir: Path, *, verified: bool = False,
                   signer: str | None = None, origin: str = "folder",
                   catalog: PackCatalog | None = None) -> InstallResult:
    """Check the pack in ``source`` and, if valid, copy it under ``data_dir/packs``.

    Raises:
        InstallError: same version with different content, or an older version
            than one already accepted (rollback).
    """
    result = load_pack(source)
    if result.pack is None:
        return InstallResult(None, result.diagnostics)
    pack = result.pack
    bound = _refuse_other_publisher(store, catalog, pack.id, signer, f"The folder {source}")
    previous, notes = _refuse_conflicts(store, pack, catalog, _publisher_of(bound, signer),
                                        str(source))
    # exactly the bytes that were checked (read once, never through a link)
    files = {name: result.files[name] for name in (MANIFEST_NAME, *pack.manifest.modules)}
    target = _target(data_dir, pack)
    staging = _stage(target, files)
    with _placed(staging, target):
        installed = store.record_installed_pack(
            pack_id=pack.id, version=pack.version, content_hash=pack.content_hash,
            title=pack.manifest.title.root,
            publisher=_publisher(pack), path=str(target), source=origin, verified=verified,
            signer=signer)
    _hand_over(catalog, target, result, str(source))
    return InstallResult(installed, result.diagnostics + notes, previous)


def install_bundle(
    store: Store, path: Path, data_dir: Path, *, trust_signer: bool = False,
    allow_unverified: bool = False, catalog: PackCatalog | None = None,
    today: dt.date | None = None,
) -> InstallResult:
    """Verify the bundle at ``path`` and install its pack.

    Args:
        trust_signer: add the (valid) signer's key to the trust store first.
        allow_unverified: install an unsigned or unknown-signer bundle, marked unverified.

    Raises:
        BundleError: damaged, tampered with, or not a bundle.
        UntrustedBundleError: unsigned or unknown signer, and no choice was given.
        InstallError: same version with different content, rollback, or a
            manifest that disagrees with its pack.
    """
    bundle = read_bundle(path, trust.trusted_keys(store))
    bound = _refuse_other_publisher(store, catalog, bundle.pack_id, bundle.key_id, path.name)
    _check_trust_choice(bundle, trust_signer, allow_unverified)
    warnings = _date_warnings(bundle, today or dt.date.today())
    target_root = data_dir / PACKS_FOLDER
    target_root.mkdir(parents=True, exist_ok=True)
    staging = _stage(target_root / ".bundle", bundle.files)
    try:
        loaded, diagnostics = _load_staged(staging, bundle)
        pack = loaded.pack
        if pack is None:
            shutil.rmtree(staging, ignore_errors=True)
            return InstallResult(None, diagnostics + warnings, bundle=bundle)
        previous, notes = _refuse_conflicts(
            store, pack, catalog, _publisher_of(bound, bundle.key_id), str(path))
        target = _target(data_dir, pack)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with _placed(staging, target):
        installed = store.record_installed_pack(
            pack_id=pack.id, version=pack.version, content_hash=pack.content_hash,
            title=pack.manifest.title.root,
            publisher=_publisher(pack), path=str(target), source="bundle",
            verified=bundle.status is not SignerStatus.UNSIGNED,
            signer=bundle.key_id, issued=bundle.manifest.issued.isoformat(),
            expires=bundle.manifest.expires.isoformat() if bundle.manifest.expires else None)
    _hand_over(catalog, target, loaded, str(staging))
    if trust_signer and bundle.status is SignerStatus.UNKNOWN and bundle.public_key:
        trust.add_key(store, signing.public_from_b64(bundle.public_key), _publisher(pack))
    vouched = bundle.status is SignerStatus.TRUSTED or (
        trust_signer and bundle.status is SignerStatus.UNKNOWN)
    if bound is None and vouched and bundle.key_id:
        bind(store, pack.id, bundle.key_id)  # from now on only this key publishes the id
    return InstallResult(installed, diagnostics + warnings + notes, previous, bundle)


def _publisher(pack: Pack) -> str:
    return pack.manifest.publisher.name.get("en")


def _check_trust_choice(bundle: Bundle, trust_signer: bool, allow_unverified: bool) -> None:
    if bundle.status is SignerStatus.TRUSTED or allow_unverified:
        return
    if bundle.status is SignerStatus.UNKNOWN and trust_signer:
        return
    raise UntrustedBundleError(bundle)


def _date_warnings(bundle: Bundle, today: dt.date) -> list[Diagnostic]:
    expires = bundle.manifest.expires
    if expires is None or expires >= today:
        return []
    return [Diagnostic(
        str(bundle.path), f"this pack expired on {expires.isoformat()}",
        hint="the publisher may have a newer version; it is installed anyway",
        severity=Severity.WARNING)]


def _load_staged(staging: Path, bundle: Bundle) -> tuple[LoadResult, list[Diagnostic]]:
    """Load the staged files; diagnostics name the file inside the bundle, not the staging path."""
    result = load_pack(staging)
    shown = f"{bundle.path.name}/pack"
    diagnostics = [
        dataclasses.replace(d, file=d.file.replace(str(staging), shown)) for d in result.diagnostics
    ]
    pack = result.pack
    if pack is not None and (pack.id, pack.version) != (bundle.pack_id, bundle.version):
        raise InstallError(
            f"{bundle.path.name}: bundle.json says {bundle.pack_id} {bundle.version} but its "
            f"pack.yaml says {pack.id} {pack.version}")
    return result, diagnostics


def _hand_over(catalog: PackCatalog | None, target: Path, result: LoadResult, was: str) -> None:
    """Give the catalog the pack just checked and placed, so it is not loaded again."""
    if catalog is None:
        return
    moved = [dataclasses.replace(d, file=d.file.replace(was, str(target)))
             for d in result.diagnostics]
    catalog.remember(target, dataclasses.replace(result, diagnostics=moved))


def _target(data_dir: Path, pack: Pack) -> Path:
    return data_dir / PACKS_FOLDER / pack.id / pack.version


@dataclass(frozen=True)
class _Accepted:
    version: str
    content_hash: str
    source: str  # "builtin" | "folder" | "bundle"
    signer: str | None


SamePublisher = Callable[[str, str | None], bool]


def _refuse_other_publisher(
    store: Store, catalog: PackCatalog | None, pack_id: str, signer: str | None, what: str
) -> Binding | None:
    """The binding of ``pack_id``; raises if it belongs to another key than ``signer``."""
    builtin = catalog.builtin_ids() if catalog is not None else frozenset()
    bound = find_binding(store, pack_id, builtin)
    if bound is not None and signer not in bound.keys:
        raise InstallError(refusal(bound, store, signer, what))
    return bound


def _publisher_of(bound: Binding | None, signer: str | None) -> SamePublisher:
    """Which installed versions come from the same publisher as the pack being installed.

    The bound key's versions; for an id nobody vouched for yet, those signed by
    the same key (when it is signed) or every version (when it is not).
    """
    if bound is not None:
        return bound.owns
    if signer is not None:
        return lambda _source, other: other == signer
    return lambda _source, _signer: True


def _accepted(store: Store, catalog: PackCatalog | None, pack_id: str) -> list[_Accepted]:
    """Every version of ``pack_id`` already here, with where it came from."""
    found = [_Accepted(p.version, p.content_hash, p.source, p.signer)
             for p in store.list_installed_packs() if p.pack_id == pack_id]
    if catalog is not None:
        for entry in catalog.entries():
            loaded = catalog.load(entry.path).pack if entry.pack_id == pack_id else None
            if loaded is not None:
                found.append(_Accepted(entry.version, loaded.content_hash, entry.source,
                                       entry.signer))
    return found


def _refuse_conflicts(
    store: Store, pack: Pack, catalog: PackCatalog | None, same: SamePublisher, where: str
) -> tuple[str | None, list[Diagnostic]]:
    """The publisher's highest version so far, and notes; raises on a changed version or a rollback.

    Only the same publisher's versions count: an unverified version (even a
    higher one) never blocks the publisher's own; the publisher's pack takes
    the place of an unverified one of the same version, with a warning.
    """
    accepted = _accepted(store, catalog, pack.id)
    ours = [a for a in accepted if same(a.source, a.signer)]
    for found in ours:
        if found.version == pack.version and found.content_hash != pack.content_hash:
            raise InstallError(
                f"{pack.id} {pack.version} is already installed with different content; "
                "a changed pack needs a higher version")
    newest = max((a.version for a in ours), key=version_key, default=None)
    if newest is not None and version_key(pack.version) < version_key(newest):
        raise InstallError(f"{pack.id} {pack.version} is older than the installed {newest} "
                           "(rollback refused)")
    replaced = any(a.version == pack.version and a.content_hash != pack.content_hash
                   for a in accepted if not same(a.source, a.signer))
    notes = [Diagnostic(where, f"this replaces the unverified {pack.id} {pack.version} "
                        "installed earlier from another source",
                        hint="assessments made on it will say that the pack changed",
                        severity=Severity.WARNING)] if replaced else []
    return newest, notes


def _stage(target: Path, files: Mapping[str, bytes]) -> Path:
    """Write ``files`` into a new staging folder next to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=target.parent))
    try:
        for name, data in files.items():
            path = (staging / name).resolve()
            if not path.is_relative_to(staging.resolve()):
                raise InstallError(f"refused to write {name!r} outside the pack folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("xb") as handle:
                handle.write(data)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


@contextmanager
def _placed(staging: Path, target: Path) -> Iterator[None]:
    """Move the staged files into place; if the body (recording) fails, take a new copy out."""
    existed = target.exists()
    _move_into_place(staging, target)
    try:
        yield
    except BaseException:
        if not existed:
            shutil.rmtree(target, ignore_errors=True)
        raise


def _move_into_place(staging: Path, target: Path) -> None:
    """Replace ``target`` with ``staging`` (the old copy is removed only once the new one is in)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = None
    try:
        if target.exists():
            old = target.with_name(f".old-{target.name}-{staging.name}")
            target.replace(old)
        staging.replace(target)
    except BaseException:
        if old is not None and not target.exists():
            old.replace(target)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


__all__ = [
    "BundleError",
    "InstallError",
    "InstallResult",
    "UntrustedBundleError",
    "install_bundle",
    "install_folder",
]
