"""The packs an assessment can use: the built-in ones, and those the user installed.

The listing is kept between calls and read again only when it may have changed:
a pack installed or removed, a key trusted or no longer trusted (by this store,
or by another program on the same database), or the built-in folder changed.
Listing reads only the built-in packs' manifests; each pack folder is loaded
once per catalog, when it is first needed; an install hands over the pack it
checked (:meth:`PackCatalog.remember`), so the first open does not load it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.core.errors import UserError
from app.core.loader import LoadResult, load_pack, read_manifest
from app.core.model import Manifest, version_key
from app.core.pack import Pack
from app.packs import trust
from app.packs.binding import Binding, find_binding
from app.packs.bundle import TEMPLATE_FOLDER
from app.storage import Store

TEMPLATE_ENTRY = "report.html"


class PackNotFoundError(UserError, LookupError):
    """No usable pack with that id (and version)."""


@dataclass(frozen=True)
class PackEntry:
    """Where a pack lives, how it came to be here, and whether it is verified.

    ``verified`` is True for built-in packs, and for bundles whose signature
    was valid when installed and whose signer is trusted now (removing a key
    from the trust store makes its packs unverified again).
    """

    pack_id: str
    version: str
    path: Path
    source: str  # "builtin" | "folder" | "bundle"
    verified: bool
    signer: str | None = None  # the signing key's fingerprint
    issued: str | None = None
    expires: str | None = None

    @property
    def signed(self) -> bool:
        return self.signer is not None


class PackCatalog:
    """Finds and loads packs; each folder is loaded once per catalog."""

    def __init__(self, store: Store | None = None, builtin_dir: Path | None = None) -> None:
        self.store = store
        self.builtin_dir = builtin_dir or paths.questionnaires_dir()
        self._loaded: dict[Path, LoadResult] = {}
        self._listing: tuple[object, list[PackEntry]] | None = None  # (when, entries)
        self.scans = 0  # how often the folder and the database were listed (tests count it)

    def entries(self) -> list[PackEntry]:
        """Every known pack version: built-in first, then installed, newest version first."""
        when = self._listing_key()
        if self._listing is None or self._listing[0] != when:
            self._listing = (when, self._scan())
            self.scans += 1
        return list(self._listing[1])

    def _listing_key(self) -> object:
        try:
            builtin = self.builtin_dir.stat().st_mtime_ns
        except OSError:
            builtin = None
        return builtin, self.store.catalog_version() if self.store is not None else None

    def forget_listing(self) -> None:
        """Read the listing again at the next use."""
        self._listing = None

    def remember(self, folder: Path, result: LoadResult) -> None:
        """The pack now in ``folder`` is ``result`` (checked just before it was copied there)."""
        self._loaded[folder.resolve()] = result
        self.forget_listing()

    def _scan(self) -> list[PackEntry]:
        found = {(e.pack_id, e.version): e for e in self._installed()}
        for entry in self._builtin():
            found[(entry.pack_id, entry.version)] = entry
        return sorted(
            found.values(),
            key=lambda e: (
                e.source != "builtin",
                e.pack_id,
                tuple(-x for x in version_key(e.version)),
            ),
        )

    def _builtin(self) -> list[PackEntry]:
        entries = []
        for folder in sorted(p for p in self.builtin_dir.iterdir() if (p / "pack.yaml").is_file()):
            manifest = self._manifest(folder)
            if manifest is not None:
                entries.append(PackEntry(manifest.id, manifest.version, folder, "builtin", True))
        return entries

    def _manifest(self, folder: Path) -> Manifest | None:
        """A built-in pack's manifest: listing the packs loads none of them."""
        loaded = self._loaded.get(folder.resolve())
        return loaded.manifest if loaded is not None else read_manifest(folder)

    def _installed(self) -> list[PackEntry]:
        if self.store is None:
            return []
        trusted = trust.trusted_keys(self.store)
        return [
            PackEntry(
                p.pack_id, p.version, Path(p.path), p.source,
                p.verified and p.source == "bundle" and p.signer in trusted,
                p.signer, p.issued, p.expires,
            )
            for p in self.store.list_installed_packs()
        ]

    def load(self, folder: Path) -> LoadResult:
        folder = folder.resolve()
        if folder not in self._loaded:
            self._loaded[folder] = load_pack(folder)
        return self._loaded[folder]

    def binding(self, pack_id: str) -> Binding | None:
        """The key ``pack_id`` is bound to (see ``app.packs.binding``), if any."""
        return find_binding(self.store, pack_id, self.builtin_ids())

    def builtin_ids(self) -> frozenset[str]:
        return frozenset(e.pack_id for e in self.entries() if e.source == "builtin")

    def publisher_entries(self, pack_id: str) -> list[PackEntry]:
        """The versions of ``pack_id`` from the key it is bound to (all while it is unbound).

        Only these count as its newest or newer versions, so an unverified pack
        claiming the id never shadows the publisher's. Should none of the bound
        key's versions be installed, every version counts.
        """
        matches = [e for e in self.entries() if e.pack_id == pack_id]
        bound = self.binding(pack_id)
        owned = [e for e in matches if bound is None or bound.owns(e.source, e.signer)]
        return owned or matches

    def entry(self, pack_id: str, version: str | None = None) -> PackEntry:
        """The entry for ``pack_id`` at ``version`` (when None, the publisher's newest)."""
        if version is None:
            matches = self.publisher_entries(pack_id)
        else:
            matches = [e for e in self.entries() if e.pack_id == pack_id and e.version == version]
        if not matches:
            known = ", ".join(sorted({e.pack_id for e in self.entries()})) or "none"
            wanted = f"{pack_id} {version}" if version else pack_id
            raise PackNotFoundError(f"no pack '{wanted}' is installed (installed: {known})")
        return max(matches, key=lambda e: version_key(e.version))

    def get(self, pack_id: str, version: str | None = None) -> Pack:
        """The loaded pack; raises :class:`PackNotFoundError` if missing or invalid."""
        entry = self.entry(pack_id, version)
        result = self.load(entry.path)
        if result.pack is None:
            first = result.errors[0] if result.errors else "unknown problem"
            raise PackNotFoundError(
                f"pack '{pack_id}' {entry.version} at {entry.path} is invalid: {first}"
            )
        return result.pack

    def default(self) -> Pack:
        """The first built-in pack: what a new assessment uses unless told otherwise."""
        builtin = [e for e in self.entries() if e.source == "builtin"]
        if not builtin:
            raise PackNotFoundError(f"no built-in pack found in {self.builtin_dir}")
        return self.get(builtin[0].pack_id, builtin[0].version)

    def newer_version(self, pack_id: str, version: str) -> PackEntry | None:
        """The publisher's newest valid version of ``pack_id`` above ``version``, if installed.

        Its ``verified`` says whether a trusted key vouches for it: whoever
        offers it as an upgrade must say so when it is not.
        """
        newer = [
            e for e in self.publisher_entries(pack_id)
            if version_key(e.version) > version_key(version) and self.load(e.path).ok
        ]
        return max(newer, key=lambda e: version_key(e.version), default=None)

    def highest_version(self, pack_id: str) -> str | None:
        """The publisher's highest version of ``pack_id`` accepted so far."""
        versions = [e.version for e in self.publisher_entries(pack_id)]
        return max(versions, key=version_key, default=None)

    def report_template(self, pack_id: str, version: str) -> Path | None:
        """The pack's own report template folder: only for a verified (trusted) pack."""
        try:
            entry = self.entry(pack_id, version)
        except PackNotFoundError:
            return None
        folder = entry.path / TEMPLATE_FOLDER
        if not entry.verified or folder.is_symlink() or not (folder / TEMPLATE_ENTRY).is_file():
            return None
        return folder
