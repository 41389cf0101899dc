"""The allow-list URL fetcher: what WeasyPrint may read while it renders a report.

Only ``data:`` URLs, regular files that really live (symlinks resolved)
inside an allowed folder — the template's own folder and the bundled fonts —
and the app's own fonts and images by name can be read: ``aipia-font:NAME``
is ``resources/fonts/NAME`` (``.ttf`` or ``.otf`` added if NAME has none) and
``aipia-image:NAME`` is ``resources/icons/NAME``, so a template copied into any
folder still finds them. No network scheme, no ``file://host/...``, no ``..`` segments, no
devices or FIFOs, nothing larger than :data:`MAX_FETCH_BYTES`. Every refusal is
recorded so tests and template authors can see what was asked for.

The policy is plain Python (testable without WeasyPrint); :func:`make_fetcher`
wraps it in WeasyPrint's fetcher class and is only called inside the render
process, so importing this module stays light.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, unquote_to_bytes, urlsplit
from urllib.request import url2pathname

from app import paths

MAX_FETCH_BYTES = 25 * 1024 * 1024
MAX_DENIALS_KEPT = 50
_MIME_FALLBACK = {
    ".css": "text/css",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
}


NAMED_FILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
NAMED_SUFFIXES = (".ttf", ".otf")


def named_folders() -> dict[str, Path]:
    """The app's folders a template reaches by name: ``aipia-font:`` and ``aipia-image:``."""
    return {"aipia-font": paths.fonts_dir(), "aipia-image": paths.resources_dir() / "icons"}


class FetchDenied(ValueError):
    """A URL the report may not read."""


@dataclass(frozen=True)
class Fetched:
    body: bytes
    mime_type: str


@dataclass
class FetchPolicy:
    """Which URLs a render may read; remembers every refusal."""

    roots: tuple[Path, ...]
    max_bytes: int = MAX_FETCH_BYTES
    denied: list[str] = field(default_factory=list)
    named: dict[str, Path] = field(default_factory=named_folders)  # scheme -> app folder

    @classmethod
    def for_folders(cls, folders: Iterable[str | os.PathLike[str]]) -> FetchPolicy:
        return cls(tuple(Path(os.path.realpath(folder)) for folder in folders))

    def fetch(self, url: str) -> Fetched:
        """The bytes behind ``url``; raises :class:`FetchDenied` (and records it)."""
        try:
            return self._fetch(url)
        except FetchDenied as exc:
            if len(self.denied) < MAX_DENIALS_KEPT:
                shown = url if len(url) <= 200 else url[:200] + "..."
                self.denied.append(f"{shown}: {exc}")
            raise

    def _fetch(self, url: str) -> Fetched:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return self._data(url)
        if scheme == "file":
            return self._file(url)
        if scheme in self.named:
            return self._named(self.named[scheme], url[len(scheme) + 1 :])
        raise FetchDenied(f"the scheme '{scheme or '(none)'}' is not allowed in reports")

    def _data(self, url: str) -> Fetched:
        if len(url) > self.max_bytes * 2:
            raise FetchDenied("data URL too large")
        header, sep, payload = url[5:].partition(",")
        if not sep:
            raise FetchDenied("malformed data URL")
        parts = header.split(";")
        mime = parts[0].strip().lower() or "text/plain"
        try:
            raw = unquote_to_bytes(payload)
            body = base64.b64decode(raw, validate=False) if "base64" in parts[1:] else raw
        except (binascii.Error, ValueError):
            raise FetchDenied("malformed data URL") from None
        if len(body) > self.max_bytes:
            raise FetchDenied("data URL too large")
        return Fetched(body, mime)

    def _file(self, url: str) -> Fetched:
        parts = urlsplit(url)
        if parts.netloc not in ("",):
            raise FetchDenied("file URLs naming a host are not allowed")
        raw_path = unquote(parts.path)
        if ".." in raw_path.replace("\\", "/").split("/"):
            raise FetchDenied("'..' is not allowed in report file paths")
        real = Path(os.path.realpath(url2pathname(parts.path)))
        if not any(real.is_relative_to(root) for root in self.roots):
            raise FetchDenied(
                "outside the template and font folders (name the app's fonts as "
                "aipia-font:FILE, e.g. url(\"aipia-font:NanumGothic.ttf\"))"
            )
        return self._read(real)


    def _named(self, folder: Path, name: str) -> Fetched:
        name = unquote(name)
        if not NAMED_FILE.fullmatch(name):
            raise FetchDenied("not a file name of the app's fonts or images")
        candidates = [name] if "." in name else [name + suffix for suffix in NAMED_SUFFIXES]
        for candidate in candidates:
            path = folder / candidate
            if path.is_file() and not path.is_symlink():
                return self._read(path)
        raise FetchDenied(f"the app has no such file in {folder.name}/")

    def _read(self, real: Path) -> Fetched:
        try:
            info = os.stat(real)
        except OSError:
            raise FetchDenied("no such file") from None
        if not stat.S_ISREG(info.st_mode):
            raise FetchDenied("not a regular file")
        if info.st_size > self.max_bytes:
            raise FetchDenied(f"larger than {self.max_bytes // 2**20} MB")
        with open(real, "rb") as handle:
            body = handle.read(self.max_bytes + 1)
        if len(body) > self.max_bytes:
            raise FetchDenied(f"larger than {self.max_bytes // 2**20} MB")
        return Fetched(body, _mime_type(real))


def _mime_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _MIME_FALLBACK:
        return _MIME_FALLBACK[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def make_fetcher(policy: FetchPolicy) -> Any:
    """A WeasyPrint ``URLFetcher`` that answers only through ``policy`` (render process only)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AllowListFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(
                allowed_protocols=("data", "file"), allow_redirects=False, fail_on_errors=False
            )

        def fetch(self, url: str, headers: Any = None) -> Any:
            fetched = policy.fetch(url)
            return URLFetcherResponse(
                url, fetched.body, {"Content-Type": fetched.mime_type}, status=200
            )

    return AllowListFetcher()
