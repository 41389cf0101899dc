"""``aipia feed``: a regulator publishes, a user subscribes, checks, installs and upgrades."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.packs import signing
from app.storage import Store
from tests.cli.conftest import Run, fails, ok
from tests.core.upgradetools import V1, V2
from tests.packs.feedtools import (  # noqa: F401 - fixtures
    FeedServer,
    Tls,
    loopback_only_fixture,
    tls_fixture,
)

pytestmark = pytest.mark.usefixtures("loopback_only")
PASSPHRASE = {"AIPIA_KEY_PASSPHRASE": "correct horse battery"}
PACK_ID = "org.aipia.test.upgrade"


class Regulator:
    def __init__(self, run: Run, folder: Path) -> None:
        self.run, self.folder = run, folder
        self.key = folder / "regulator.key"
        self.bundles, self.feed = folder / "bundles", folder / "feed"
        self.bundles.mkdir(parents=True)
        ok(run("pack", "keygen", "-o", str(self.key), env=PASSPHRASE))
        self.fingerprint = signing.fingerprint(signing.load_public_key(Path(f"{self.key}.pub")))

    def release(self, source: Path, name: str, notes: str) -> str:
        ok(self.run("pack", "build", str(source), "-o", str(self.bundles / f"{name}.aipack"),
                    "--key", str(self.key), env=PASSPHRASE))
        (self.bundles / f"{name}.notes.en.txt").write_text(notes, encoding="utf-8")
        return ok(self.run("feed", "build", str(self.bundles), "-o", str(self.feed), "--key",
                           str(self.key), env=PASSPHRASE))


@pytest.fixture
def regulator(run: Run, tmp_path: Path) -> Regulator:
    return Regulator(run, tmp_path / "regulator")


def test_publish_subscribe_check_install_and_upgrade(run: Run, regulator: Regulator,
                                                     tmp_path: Path) -> None:
    built = regulator.release(V1, "clinic-1", "First release.")
    assert "index version 1, 1 pack version(s)" in built
    assert signing.group(regulator.fingerprint) in built
    added = ok(run("feed", "add", str(regulator.feed), "--fingerprint",
                   signing.group(regulator.fingerprint), "--name", "Regulator"))
    assert "Added feed 1" in added and "Nothing was fetched" in added
    checked = ok(run("feed", "check"))
    assert f"{PACK_ID} 1.0.0 (new pack): Upgrade test pack" in checked
    assert "First release." in checked
    assert "Nothing to install" in ok(run("feed", "install"))  # new packs only when named
    assert "Installed org.aipia.test.upgrade 1.0.0 (verified)" in ok(
        run("feed", "install", PACK_ID))
    ok(run("assessment", "new", "--org", "Clinic", "--title", "Notes", "--pack", PACK_ID))

    regulator.release(V2, "clinic-2", "Renames hosting to deployment.")
    checked = ok(run("feed", "check", "1"))
    assert f"{PACK_ID} 2.0.0 (update from 1.0.0)" in checked
    assert "Renames hosting to deployment." in checked
    installed = ok(run("feed", "install"))
    assert "Installed org.aipia.test.upgrade 2.0.0 (verified)" in installed
    assert "What changed since 1.0.0:" in installed
    assert "Assessment 1 (Notes) uses 1.0.0: upgrade it with 'aipia assessment upgrade 1'" in (
        installed)
    ok(run("assessment", "upgrade", "1"))
    listed = ok(run("feed", "list"))
    assert "Feed 1 (Regulator)" in listed and "index version 2" in listed


def test_an_https_feed_is_checked_with_the_systems_certificate_settings(
    run: Run, regulator: Regulator, tls: Tls,
) -> None:
    regulator.release(V1, "clinic-1", "First release.")
    with FeedServer(regulator.feed, tls) as server:
        ok(run("feed", "add", server.url, "--fingerprint", regulator.fingerprint))
        refused = fails(run("feed", "check"), "certificate could not be verified")
        assert "1 feed(s) could not be checked; nothing was changed" in refused
        trusted = ok(run("feed", "check", env={"SSL_CERT_FILE": str(tls.cert)}))
    assert f"{PACK_ID} 1.0.0 (new pack)" in trusted


def test_plain_http_needs_the_explicit_flag(run: Run, regulator: Regulator) -> None:
    regulator.release(V1, "clinic-1", "First release.")
    with FeedServer(regulator.feed) as server:
        fails(run("feed", "add", server.url, "--fingerprint", regulator.fingerprint),
              "plain HTTP is refused", "--allow-http")
        ok(run("feed", "add", server.url, "--fingerprint", regulator.fingerprint,
               "--allow-http"))
        assert f"{PACK_ID} 1.0.0 (new pack)" in ok(run("feed", "check"))


def test_a_tampered_feed_is_refused_and_nothing_changes(run: Run, regulator: Regulator,
                                                        builtin_dir: Path) -> None:
    regulator.release(V1, "clinic-1", "First release.")
    ok(run("feed", "add", str(regulator.feed), "--fingerprint", regulator.fingerprint))
    index = regulator.feed / "index.json"
    index.write_bytes(index.read_bytes().replace(b"First release.", b"Firts release."))
    result = run("feed", "install", PACK_ID)
    fails(result, "signature invalid: index.json or index.sig was changed after signing")
    assert "no feed offers a newer org.aipia.test.upgrade" in result.stderr
    assert "problem: signature invalid" in ok(run("feed", "list"))
    with Store.open(paths.data_dir() / paths.DATABASE_NAME) as store:
        assert store.list_installed_packs() == []
        assert store.list_feeds()[0].index_version == 0


def test_a_feed_is_removed_by_number_and_bad_input_is_explained(
    run: Run, regulator: Regulator,
) -> None:
    fails(run("feed", "add", str(regulator.folder / "missing"), "--fingerprint",
              regulator.fingerprint), "no such folder")
    fails(run("feed", "add", str(regulator.bundles), "--fingerprint", "D752 D16F"),
          "Give the publisher's whole fingerprint")
    ok(run("feed", "add", str(regulator.bundles), "--fingerprint", regulator.fingerprint))
    fails(run("feed", "add", str(regulator.bundles), "--fingerprint", regulator.fingerprint),
          "You already subscribe")
    fails(run("feed", "remove", "7"), "There is no feed 7")
    assert "Removed feed 1" in ok(run("feed", "remove", "1"))
    assert "No feeds." in ok(run("feed", "list"))


def test_building_a_feed_of_unsigned_bundles_is_refused(run: Run, regulator: Regulator) -> None:
    ok(run("pack", "build", str(V1), "-o", str(regulator.bundles / "u.aipack"), "--unsigned"))
    fails(run("feed", "build", str(regulator.bundles), "-o", str(regulator.feed), "--key",
              str(regulator.key), env=PASSPHRASE), "a feed lists signed bundles only")
    assert not regulator.feed.exists()
