"""Where a feed is: an ``https://`` URL, or a folder (a path or a ``file://`` URL).

Plain ``http://`` is refused unless the user explicitly allows it, and even then
only for a test server on this computer (a loopback address): anyone on the
way could change what a plain-HTTP server sends. The signature would catch a
changed index, but HTTPS also keeps what you fetch private.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from app.packs.feed import FeedError

LOOPBACK_NAMES = ("localhost",)
INDEX_SUFFIX = "/index.json"
MAX_SHOWN = 200


@dataclass(frozen=True)
class FeedLocation:
    """A checked feed location; ``url`` always ends with ``/``."""

    url: str

    @property
    def scheme(self) -> str:
        return urllib.parse.urlsplit(self.url).scheme

    @property
    def folder(self) -> Path | None:
        """The local folder of a ``file://`` feed, else None."""
        if self.scheme != "file":
            return None
        return Path(urllib.request.url2pathname(urllib.parse.urlsplit(self.url).path))

    def join(self, name: str) -> str:
        return self.url + name


def shown(text: str) -> str:
    """At most ~200 characters of an untrusted value, for messages."""
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_location(text: str, *, allow_http: bool = False) -> FeedLocation:
    """Check a feed location as the user gave it, and normalise it.

    Raises:
        FeedError: an unsupported scheme, plain HTTP not allowed, a missing folder.
    """
    given = text.strip()
    if "://" not in given:
        return _folder(Path(given).expanduser(), given)
    parts = urllib.parse.urlsplit(given)
    scheme = parts.scheme.lower()
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise FeedError(f"{shown(given)}: a file:// feed must be on this computer "
                            "(file:///path/to/feed)")
        return _folder(Path(urllib.request.url2pathname(parts.path)), given)
    if scheme not in ("https", "http"):
        raise FeedError(f"{shown(given)}: a feed is an https:// address or a folder")
    _check_remote(given, parts, allow_http)
    path = parts.path.removesuffix(INDEX_SUFFIX).rstrip("/") + "/"
    return FeedLocation(urllib.parse.urlunsplit((scheme, parts.netloc.lower(), path, "", "")))


def _check_remote(given: str, parts: urllib.parse.SplitResult, allow_http: bool) -> None:
    if not parts.hostname:
        raise FeedError(f"{shown(given)}: the address has no host name")
    if parts.username or parts.password:
        raise FeedError(f"{shown(given)}: a feed address must not hold a user name or password")
    if parts.query or parts.fragment:
        raise FeedError(f"{shown(given)}: a feed address has no '?' or '#' part")
    if parts.scheme.lower() == "http":
        if not allow_http:
            raise FeedError(
                f"{shown(given)}: plain HTTP is refused, because anyone on the way could read "
                "or change it. Ask the publisher for the https:// address (for a test server "
                "on this computer only: --allow-http)")
        if not is_loopback(parts.hostname):
            raise FeedError(f"{shown(given)}: plain HTTP is allowed only for a test server on "
                            "this computer (localhost); use https://")


def _folder(path: Path, given: str) -> FeedLocation:
    folder = path.resolve()
    if folder.name == INDEX_SUFFIX[1:] and folder.is_file():
        folder = folder.parent
    if not folder.is_dir():
        raise FeedError(f"{shown(given)}: no such folder (a feed is an https:// address or a "
                        "folder holding index.json)")
    return FeedLocation(folder.as_uri().rstrip("/") + "/")
