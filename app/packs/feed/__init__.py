"""Pack feeds: a publisher's signed index of packs, hosted as plain files.

A feed is a folder any web server or file share can host::

    index.json      the index: format, a version number that only goes up, issue
                    and expiry dates, the signer, and per pack version its bundle
                    file, size, SHA-256, dates, title and release notes
    index.sig       base64 of the Ed25519 signature over the exact bytes of index.json
    bundles/*.aipack

The ideas are TUF's, kept small: the index is signed (``index``), it carries a
version (an older one than the last seen is a rollback, refused) and an expiry
(an expired one is reported, not trusted: a mirror cannot freeze users on old
data), and every bundle must have the size and hash the index gives
(``download``). Fetching (``transport``) is HTTPS or a local folder, within
size limits and a timeout. A downloaded bundle is installed by
``app.packs.install``, the same path as a bundle file.
"""

from __future__ import annotations

from app.core.errors import UserError


class FeedError(UserError):
    """A feed, or something in it, that cannot be used; nothing was changed."""
