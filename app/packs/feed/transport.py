"""Fetching a feed's files, from a folder or over HTTPS, within limits.

The standard library is enough (``urllib.request`` with an opener built by
hand), so no HTTP library is added. What a request carries is exactly:
``GET <path>``, ``Host``, ``User-Agent: AIPIA/<version>``,
``Accept-Encoding: identity`` and ``Connection: close`` — no cookies (there
is no cookie handler), no other identifier. The opener has no FTP, data: or
file: handler. Also:

- HTTPS certificates are checked against the system's trusted authorities
  (``ssl.create_default_context``); only tests pass their own context, which
  trusts their own test certificate — verification is never turned off;
- a redirect may only stay on the same scheme, host and port, at most
  ``MAX_REDIRECTS`` times (a loop is reported);
- the proxy comes from the system settings (``urllib.request.getproxies``:
  the ``https_proxy``/``no_proxy`` variables, or the Windows and macOS
  settings);
- every read has a timeout, every download a deadline, and every file a size
  limit: reading stops as soon as a response goes over it, whatever its
  ``Content-Length`` says.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import app
from app.packs.feed import FeedError
from app.packs.feed.location import FeedLocation, shown

USER_AGENT = f"AIPIA/{app.__version__}"
CHUNK = 64 * 1024
MAX_REDIRECTS = 3


@dataclass(frozen=True)
class FetchOptions:
    """How patient to be, and (tests only) which certificates to trust."""

    timeout: float = 15.0  # seconds to connect, and to wait for each piece of a response
    deadline: float = 600.0  # seconds for one whole file
    ssl_context: ssl.SSLContext | None = None  # None: the system's trusted authorities
    allow_http: bool = False  # plain HTTP, for a loopback test server only (see location)


def fetch_bytes(location: FeedLocation, name: str, limit: int, options: FetchOptions,
                too_large: str) -> bytes:
    """The whole of ``name`` (at most ``limit`` bytes; ``too_large`` is the refusal)."""
    return b"".join(chunks(location, name, limit, options, too_large))


def chunks(location: FeedLocation, name: str, limit: int, options: FetchOptions,
           too_large: str) -> Iterator[bytes]:
    """``name`` in pieces; raises :class:`FeedError` as soon as more than ``limit`` arrive."""
    source = _local_chunks if location.folder is not None else _remote_chunks
    received = 0
    started = time.monotonic()
    for piece in source(location, name, limit, options, too_large):
        received += len(piece)
        if received > limit:
            raise FeedError(too_large)
        if time.monotonic() - started > options.deadline:
            raise FeedError(f"{name}: the download took longer than {options.deadline:.0f} s; "
                            "stopped (a very slow server or connection)")
        yield piece


# local folders (a USB stick, a shared drive) --------------------------------------------------
def _local_chunks(location: FeedLocation, name: str, limit: int, options: FetchOptions,
                  too_large: str) -> Iterator[bytes]:
    folder = location.folder
    assert folder is not None  # noqa: S101 - only called for folders
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise FeedError(f"{name} leads out of the feed folder (a symbolic link?); refused")
    if path.exists() and not path.is_file():
        raise FeedError(f"{name} in {folder} is not a regular file; refused")
    try:
        with path.open("rb") as handle:
            yield from iter(lambda: handle.read(min(CHUNK, limit + 1)), b"")
    except FileNotFoundError:
        raise FeedError(f"{name} is missing from the feed folder {folder}") from None
    except OSError as exc:
        raise FeedError(f"cannot read {name} in {folder}: {exc.strerror or exc}") from None


# HTTPS ---------------------------------------------------------------------------------------
class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to the same scheme, host and port, a few times."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 1

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
        headers: http.client.HTTPMessage, newurl: str,
    ) -> urllib.request.Request | None:
        if _origin(newurl) != _origin(req.full_url):
            fp.close()
            raise FeedError(f"the server redirected to {shown(newurl)}, another address than "
                            "the feed's; refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    default = {"https": 443, "http": 80}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), parts.port or default


def opener(options: FetchOptions) -> urllib.request.OpenerDirector:
    """An opener with only the handlers a feed needs (no cookies, files or FTP)."""
    context = options.ssl_context or ssl.create_default_context()
    handlers: list[urllib.request.BaseHandler] = [
        urllib.request.ProxyHandler(),  # the system's proxy settings
        urllib.request.HTTPSHandler(context=context),
        _SameOriginRedirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ]
    if options.allow_http:
        handlers.append(urllib.request.HTTPHandler())
    director = urllib.request.OpenerDirector()
    for handler in handlers:
        director.add_handler(handler)
    director.addheaders = [("User-Agent", USER_AGENT)]
    return director


def _remote_chunks(location: FeedLocation, name: str, limit: int, options: FetchOptions,
                   too_large: str) -> Iterator[bytes]:
    url = location.join(name)
    response = _open(url, options)
    with response:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FeedError(too_large)  # before reading; the body is counted anyway
        while True:
            try:
                piece = response.read(CHUNK)
            except (TimeoutError, OSError, http.client.HTTPException) as exc:
                raise FeedError(_network_problem(url, exc)) from None
            if not piece:
                return
            yield piece


def _open(url: str, options: FetchOptions) -> http.client.HTTPResponse:
    try:
        response = opener(options).open(url, timeout=options.timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        if 300 <= exc.code < 400:
            raise FeedError(f"{shown(url)}: too many redirects (a redirect loop?); stopped after "
                            f"{MAX_REDIRECTS}") from None
        raise FeedError(f"{shown(url)}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FeedError(_network_problem(url, exc.reason)) from None
    except (TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
        raise FeedError(_network_problem(url, exc)) from None
    if response is None:  # a scheme no handler takes (plain HTTP not allowed)
        raise FeedError(f"{shown(url)}: this address cannot be fetched (plain HTTP is refused)")
    assert isinstance(response, http.client.HTTPResponse)  # noqa: S101 - http(s) handlers only
    return response


def _network_problem(url: str, reason: object) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{shown(url)}: the server did not answer in time (timed out); try again later"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return (f"{shown(url)}: the server's certificate could not be verified "
                f"({reason.verify_message}); refused")
    if isinstance(reason, ssl.SSLError):
        return f"{shown(url)}: the secure connection failed ({reason.reason or reason})"
    if isinstance(reason, FeedError):
        return str(reason)
    text = getattr(reason, "strerror", None) or str(reason)
    return f"{shown(url)}: cannot connect ({shown(str(text))})"


def download(location: FeedLocation, name: str, size: int, target: Path,
             options: FetchOptions) -> None:
    """Write ``name`` to ``target``; refuse (and stop reading) past ``size`` bytes."""
    too_large = (f"{name} is larger than the {size} bytes the index gives; stopped reading "
                 "(refused)")
    written = 0
    with target.open("xb") as handle:
        for piece in chunks(location, name, size, options, too_large):
            handle.write(piece)
            written += len(piece)
    if written != size:
        raise FeedError(f"{name} has {written} bytes, not the {size} the index gives; refused")
