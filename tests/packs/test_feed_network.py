"""Network hygiene of feed checks: HTTPS only, what is sent, redirects, timeouts, limits, proxy.

Every server here is started by the test on 127.0.0.1; the loopback guard
refuses (and fails the test on) any other connection or name lookup.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import app
from app.packs.feed import FeedError
from app.packs.feed.transport import FetchOptions
from app.services.feeds import Feeds
from app.services.workspace import Workspace
from tests.core.upgradetools import V1
from tests.packs.feedtools import (  # noqa: F401 - fixtures
    FeedServer,
    Guard,
    Tls,
    add_bundle,
    endless,
    feed_workspace_fixture,
    fingerprint,
    loopback_only_fixture,
    publish,
    redirect,
    send,
    stalled,
    tls_fixture,
)

pytestmark = pytest.mark.usefixtures("loopback_only")
SENT_HEADERS = {"Host", "User-Agent", "Accept-Encoding", "Connection"}


@pytest.fixture
def feed_dir(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    add_bundle(tmp_path / "bundles", V1, key, "upgrade-1", {"en": "First release."})
    publish(tmp_path / "bundles", tmp_path / "feed", key)
    return tmp_path / "feed"


def check_one(ws: Workspace, url: str, key: Ed25519PrivateKey, options: FetchOptions,
              allow_http: bool = False) -> str | None:
    """Subscribe to ``url`` and check it once; the error, or None."""
    feeds = Feeds(ws, options)
    feed = feeds.add(url, fingerprint(key), allow_http=allow_http)
    [outcome] = feeds.check([feed])
    return outcome.error


def test_an_https_check_sends_only_the_app_name_and_version(
    feed_dir: Path, tls: Tls, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    with FeedServer(feed_dir, tls) as server:
        index = (feed_dir / "index.json").read_bytes()
        server.routes["/index.json"] = lambda h: send(h, index, headers={
            "Set-Cookie": "tracker=1; Path=/"})
        error = check_one(feed_workspace, server.url, key,
                          FetchOptions(ssl_context=tls.client_context()))
    assert error is None
    assert [r.path for r in server.requests] == ["/index.json", "/index.sig"]
    for request in server.requests:
        assert set(request.headers) == SENT_HEADERS  # no Cookie, no Referer, nothing else
        assert request.headers["User-Agent"] == f"AIPIA/{app.__version__}"
        assert request.headers["Accept-Encoding"] == "identity"


def test_the_servers_certificate_is_verified(
    feed_dir: Path, tls: Tls, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    with FeedServer(feed_dir, tls) as server:
        error = check_one(feed_workspace, server.url, key, FetchOptions(timeout=5))
    assert error is not None and "certificate could not be verified" in error
    assert Feeds(feed_workspace).store.list_feeds()[0].index_version == 0


def test_plain_http_is_refused_unless_allowed_for_a_local_test_server(
    feed_dir: Path, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    feeds = Feeds(feed_workspace)
    with FeedServer(feed_dir) as server:
        with pytest.raises(FeedError, match="plain HTTP is refused, because anyone on the way"):
            feeds.add(server.url, fingerprint(key))
        with pytest.raises(FeedError, match="plain HTTP is allowed only for a test server on"):
            feeds.add("http://feeds.example.org/aipia/", fingerprint(key), allow_http=True)
        assert feeds.store.list_feeds() == []
        assert check_one(feed_workspace, server.url, key, FetchOptions(), allow_http=True) is None


def test_a_redirect_on_the_same_server_is_followed(
    feed_dir: Path, tls: Tls, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    with FeedServer(feed_dir, tls) as server:
        for name in ("index.json", "index.sig"):
            server.routes[f"/old/{name}"] = redirect(f"/{name}")
        error = check_one(feed_workspace, server.url + "old/", key,
                          FetchOptions(ssl_context=tls.client_context()))
    assert error is None
    assert [r.path for r in server.requests] == ["/old/index.json", "/index.json",
                                                 "/old/index.sig", "/index.sig"]


def test_a_redirect_to_another_host_is_refused_before_connecting(
    feed_dir: Path, tls: Tls, feed_workspace: Workspace, key: Ed25519PrivateKey,
    loopback_only: Guard,
) -> None:
    with FeedServer(feed_dir, tls) as server:
        server.routes["/index.json"] = redirect("https://feeds.example.org/index.json")
        error = check_one(feed_workspace, server.url, key,
                          FetchOptions(ssl_context=tls.client_context()))
    assert error == ("the server redirected to https://feeds.example.org/index.json, another "
                     "address than the feed's; refused")
    assert loopback_only.refused == []


def test_a_redirect_loop_is_stopped(
    feed_dir: Path, tls: Tls, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    with FeedServer(feed_dir, tls) as server:
        server.routes["/index.json"] = redirect("/a")
        server.routes["/a"] = redirect("/index.json")
        error = check_one(feed_workspace, server.url, key,
                          FetchOptions(ssl_context=tls.client_context()))
    assert error is not None and "too many redirects (a redirect loop?)" in error
    assert len(server.requests) <= 4


def test_a_server_that_does_not_answer_times_out(
    feed_dir: Path, tls: Tls, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    with FeedServer(feed_dir, tls) as server:
        server.routes["/index.json"] = stalled(server)
        error = check_one(feed_workspace, server.url, key,
                          FetchOptions(timeout=0.5, ssl_context=tls.client_context()))
    assert error is not None and "did not answer in time (timed out)" in error


def test_an_endless_response_is_read_only_up_to_the_limit(
    feed_dir: Path, tls: Tls, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    with FeedServer(feed_dir, tls) as server:
        server.routes["/index.json"] = endless(server)  # "2 GB and more", no Content-Length
        error = check_one(feed_workspace, server.url, key,
                          FetchOptions(ssl_context=tls.client_context()))
        assert server.finished.wait(60)
    assert error == "index.json is larger than 1024 KB; refused"
    assert server.sent["/index.json"] < 32 * 1024 * 1024  # the client hung up early


def test_a_declared_two_gigabytes_is_refused_before_reading(
    feed_dir: Path, tls: Tls, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    with FeedServer(feed_dir, tls) as server:
        server.routes["/index.json"] = lambda h: send(h, b"{" * 1000, length=2 * 1024**3)
        error = check_one(feed_workspace, server.url, key,
                          FetchOptions(ssl_context=tls.client_context()))
    assert error == "index.json is larger than 1024 KB; refused"


def test_the_system_proxy_setting_is_used(
    feed_dir: Path, feed_workspace: Workspace, key: Ed25519PrivateKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feed_url = "http://127.0.0.1:9/aipia/"  # nothing listens there: only the proxy can answer
    with FeedServer(feed_dir) as proxy:
        for name in ("index.json", "index.sig"):
            body = (feed_dir / name).read_bytes()
            proxy.routes[feed_url + name] = lambda h, body=body: send(h, body)
        monkeypatch.setenv("http_proxy", proxy.url)
        error = check_one(feed_workspace, feed_url, key, FetchOptions(), allow_http=True)
    assert error is None
    assert [r.request_line for r in proxy.requests] == [
        f"GET {feed_url}index.json HTTP/1.1", f"GET {feed_url}index.sig HTTP/1.1"]


def test_the_guard_refuses_a_host_beyond_the_loopback_address(
    feed_workspace: Workspace, key: Ed25519PrivateKey, loopback_only: Guard,
) -> None:
    loopback_only.expect_refusals = True
    error = check_one(feed_workspace, "https://feeds.example.org/aipia/", key,
                      FetchOptions(timeout=5))
    assert error is not None and "cannot connect" in error
    assert loopback_only.refused == ["feeds.example.org"]


def test_a_folder_feed_needs_no_network_and_keeps_to_its_folder(
    feed_dir: Path, tmp_path: Path, feed_workspace: Workspace, key: Ed25519PrivateKey,
) -> None:
    assert check_one(feed_workspace, feed_dir.as_uri(), key, FetchOptions()) is None
    escaping = tmp_path / "escaping"
    escaping.mkdir()
    (escaping / "index.json").symlink_to(feed_dir / "index.json")
    (escaping / "index.sig").write_bytes((feed_dir / "index.sig").read_bytes())
    error = check_one(feed_workspace, str(escaping), key, FetchOptions())
    assert error == "index.json leads out of the feed folder (a symbolic link?); refused"

