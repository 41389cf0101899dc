"""Feed test tools: a loopback-only network guard, a threaded HTTP(S) server, publishing.

Every feed test uses :func:`loopback_only`: a connection (or name lookup) to
anything but 127.0.0.1 / ::1 / localhost is refused and recorded, and the test
fails at teardown if one was tried (unless it said it expects one).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app import paths
from app.packs import signing
from app.packs.bundle_build import build_bundle
from app.packs.feed.build import FeedBuildResult, build_feed
from app.services.workspace import Workspace

FIXTURE_PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "packs"

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                   "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
SAFETY_CAP = 256 * 1024 * 1024  # an "endless" response stops here if a client never does
Route = Callable[[BaseHTTPRequestHandler], None]


# the network guard ---------------------------------------------------------------------------
def _is_loopback(host: object) -> bool:
    text = host.decode() if isinstance(host, bytes) else str(host)
    if text.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


@dataclass
class Guard:
    refused: list[str] = field(default_factory=list)
    expect_refusals: bool = False


@pytest.fixture(name="loopback_only")
def loopback_only_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[Guard]:
    """Refuse (and record) every connection and name lookup beyond the loopback address."""
    guard = Guard()
    real_connect, real_lookup = socket.create_connection, socket.getaddrinfo

    def connect(address: tuple[Any, ...], *args: Any, **kwargs: Any) -> socket.socket:
        if not _is_loopback(address[0]):
            guard.refused.append(str(address[0]))
            raise ConnectionRefusedError(f"test guard: {address[0]} is not a loopback address")
        return real_connect(address, *args, **kwargs)

    def lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _is_loopback(host):
            guard.refused.append(str(host))
            raise socket.gaierror(f"test guard: no name lookup of {host}")
        return real_lookup(host, *args, **kwargs)

    for name in PROXY_VARIABLES:  # a proxy from the environment would leave the machine
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(socket, "create_connection", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    yield guard
    assert guard.expect_refusals or guard.refused == [], (
        f"a test tried to reach beyond the loopback address: {guard.refused}")


@pytest.fixture(name="feed_workspace")
def feed_workspace_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """A user's workspace whose only built-in pack is demo-small."""
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: FIXTURE_PACKS)
    with Workspace(tmp_path / "user-data") as opened:
        yield opened


@pytest.fixture(name="tls")
def tls_fixture(tmp_path: Path) -> Tls:
    return make_tls(tmp_path / "tls")


# TLS -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tls:
    cert: Path
    key: Path

    def client_context(self) -> ssl.SSLContext:
        """Trusts the test certificate only (verification stays on)."""
        return ssl.create_default_context(cafile=str(self.cert))

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(self.cert), str(self.key))
        return context


def make_tls(folder: Path) -> Tls:
    """A self-signed certificate for 127.0.0.1, valid for a day either side of now."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    tls = Tls(folder / "cert.pem", folder / "key.pem")
    tls.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    tls.key.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return tls


# the server ----------------------------------------------------------------------------------
@dataclass
class Request:
    path: str
    headers: dict[str, str]
    request_line: str


class FeedServer:
    """Serves ``root`` on 127.0.0.1 (HTTPS when ``tls`` is given); ``routes`` override paths."""

    def __init__(self, root: Path, tls: Tls | None = None) -> None:
        self.root = root
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.release = threading.Event()  # slow routes wait on it; set when stopping
        self.sent: dict[str, int] = {}  # bytes an endless route wrote, by path
        self.finished = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        if tls is not None:
            self._server.socket = tls.server_context().wrap_socket(self._server.socket,
                                                                   server_side=True)
        self.scheme = "https" if tls else "http"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(Request(self.path, dict(self.headers.items()),
                                               self.requestline))
                route = server.routes.get(self.path)
                if route is not None:
                    route(self)
                    return
                server.serve_file(self)

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler

    def serve_file(self, handler: BaseHTTPRequestHandler) -> None:
        relative = handler.path.lstrip("/").split("?")[0]
        path = (self.root / relative).resolve()
        if not path.is_relative_to(self.root.resolve()) or not path.is_file():
            handler.send_error(404)
            return
        send(handler, path.read_bytes())


def send(handler: BaseHTTPRequestHandler, body: bytes, *, length: int | None = None,
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(body) if length is None else length))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def redirect(location: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def endless(server: FeedServer, prefix: bytes = b"") -> Route:
    """A response without a length that never ends (until the client hangs up)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.end_headers()
        chunk = b"x" * 65536
        sent = 0
        try:
            handler.wfile.write(prefix)
            while sent < SAFETY_CAP:
                handler.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass
        finally:
            server.sent[handler.path] = sent
            server.finished.set()
            handler.close_connection = True

    return route


def stalled(server: FeedServer) -> Route:
    """Accepts the request and answers nothing until the server stops."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        server.release.wait()

    return route


# publishing ----------------------------------------------------------------------------------
def fingerprint(key: Ed25519PrivateKey) -> str:
    return signing.fingerprint(key.public_key())


def add_bundle(folder: Path, source: Path, key: Ed25519PrivateKey | None, name: str,
               notes: dict[str, str] | None = None) -> Path:
    """Build ``source`` into ``folder/name.aipack``, with release notes files."""
    folder.mkdir(parents=True, exist_ok=True)
    path = build_bundle(source, folder / f"{name}.aipack", key).bundle.path
    for language, text in (notes or {}).items():
        (folder / f"{name}.notes.{language}.txt").write_text(text, encoding="utf-8")
    return path


def publish(bundles: Path, feed: Path, key: Ed25519PrivateKey, *, today: dt.date | None = None,
            valid_days: int = 90) -> FeedBuildResult:
    return build_feed(bundles, feed, key, today=today, valid_days=valid_days)
