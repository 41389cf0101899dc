"""Installing a pack a feed offers: download within the index's size, check, install.

The download stops at the size the index gives; the file must then have
exactly that size and the index's SHA-256. It is installed by
:func:`app.packs.install.install_bundle`, like any bundle file (signature,
every file's hash, the pack's content, rollback refusal). The feed's key is
trusted for the bundle only when it is the key the user subscribed with.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from app.packs import install, trust
from app.packs.bundle import BUNDLE_SUFFIX, read_bundle
from app.packs.catalog import PackCatalog
from app.packs.feed import FeedError
from app.packs.feed.index import FeedPack
from app.packs.feed.location import parse_location
from app.packs.feed.transport import CHUNK, FetchOptions, download
from app.storage import FeedSubscription, Store


def download_offer(feed: FeedSubscription, pack: FeedPack, folder: Path,
                   options: FetchOptions) -> Path:
    """Fetch the bundle of ``pack`` into ``folder``; no database access (worker-thread safe).

    Raises:
        FeedError: unreachable, larger or smaller than the index says, another hash.
    """
    location = parse_location(feed.location, allow_http=feed.allow_http)
    target = folder / f"{pack.id}-{pack.version}{BUNDLE_SUFFIX}"
    download(location, pack.file, pack.size, target,
             dataclasses.replace(options, allow_http=feed.allow_http))
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        for piece in iter(lambda: handle.read(CHUNK), b""):
            digest.update(piece)
    if digest.hexdigest() != pack.sha256:
        raise FeedError(f"{pack.file} does not match the SHA-256 the signed index gives "
                        "(changed on the server or on the way?); refused, nothing installed")
    return target


def install_downloaded(store: Store, data_dir: Path, catalog: PackCatalog, *,
                       feed: FeedSubscription, pack: FeedPack, path: Path
                       ) -> install.InstallResult:
    """Install a downloaded bundle through the same checks as a bundle file.

    Raises:
        FeedError: the bundle is not the pack, or not by the signer, the index says.
        BundleError, UntrustedBundleError, InstallError: as for any bundle.
    """
    bundle = read_bundle(path, trust.trusted_keys(store))
    if (bundle.pack_id, bundle.version, bundle.key_id) != (pack.id, pack.version, pack.signer):
        raise FeedError(f"{pack.file} holds {bundle.pack_id} {bundle.version}, signed by "
                        f"{bundle.key_id or 'nobody'}, not what the index says; refused")
    return install.install_bundle(store, path, data_dir, trust_signer=pack.signer == feed.key_id,
                                  catalog=catalog)
