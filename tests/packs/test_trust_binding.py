"""A pack id first installed from a trusted key stays bound to it (issue 12, item 8).

An unverified pack (unsigned, from a folder, or signed by a key the user does
not trust) never blocks the publisher's signed versions, never shadows them,
and is never offered as an upgrade without saying that it is unverified.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import paths
from app.cli.show_text import show_assessment
from app.core.diagnostics import Severity
from app.packs import signing
from app.packs.bundle_build import build_bundle
from app.packs.catalog import PackCatalog
from app.packs.install import InstallError, install_bundle, install_folder
from app.services.workspace import Workspace
from app.storage import Store
from tests.core.upgradetools import V1, V2, edited
from tests.packs.conftest import FIXTURE_PACKS, ISSUED, trust

PACK_ID = "org.aipia.test.upgrade"


def versioned(source: Path, dest: Path, version: str) -> Path:
    """A copy of a fixture pack that claims ``version``."""
    old = "version: 2.0.0" if source == V2 else "version: 1.0.0"
    return edited(source, dest, [("pack.yaml", old, f"version: {version}")])


def bundle_of(folder: Path, out: Path, key: Ed25519PrivateKey | None) -> Path:
    return build_bundle(folder, out, key, issued=ISSUED).bundle.path


def versions(store: Store) -> list[str]:
    return sorted(p.version for p in store.list_installed_packs())


@pytest.fixture
def impostor(tmp_path: Path) -> Path:
    """An unverified 9.0.0 of the test pack: higher than anything the publisher released."""
    return versioned(V1, tmp_path / "impostor", "9.0.0")


def test_an_unknown_signers_higher_version_does_not_block_the_publishers_versions(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path, impostor: Path,
    key: Ed25519PrivateKey, other_key: Ed25519PrivateKey, bundles: dict[str, Path],
) -> None:
    fake = bundle_of(impostor, tmp_path / "fake.aipack", other_key)
    assert install_bundle(store, fake, data_dir, allow_unverified=True, catalog=catalog).ok
    trust(store, key)
    assert install_bundle(store, bundles["v1"], data_dir, catalog=catalog).ok  # no "rollback"
    assert install_bundle(store, bundles["v2"], data_dir, catalog=catalog).ok
    assert versions(store) == ["1.0.0", "2.0.0", "9.0.0"]
    # the publisher's versions are the ones that count: newest, upgrades, rollback floor
    assert catalog.entry(PACK_ID).version == "2.0.0"
    newer = catalog.newer_version(PACK_ID, "1.0.0")
    assert newer is not None and newer.version == "2.0.0" and newer.verified
    assert catalog.highest_version(PACK_ID) == "2.0.0"
    assert catalog.entry(PACK_ID, "9.0.0").verified is False  # still there, still unverified


def test_an_unsigned_folders_higher_version_does_not_block_the_publishers_versions(
    store: Store, data_dir: Path, catalog: PackCatalog, impostor: Path,
    key: Ed25519PrivateKey, bundles: dict[str, Path],
) -> None:
    assert install_folder(store, impostor, data_dir, catalog=catalog).ok
    trust(store, key)
    assert install_bundle(store, bundles["v1"], data_dir, catalog=catalog).ok
    assert catalog.entry(PACK_ID).version == "1.0.0"
    assert catalog.newer_version(PACK_ID, "1.0.0") is None  # 9.0.0 is not the publisher's


def test_once_a_trusted_key_installed_an_id_other_sources_are_refused(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path, impostor: Path,
    key: Ed25519PrivateKey, other_key: Ed25519PrivateKey, bundles: dict[str, Path],
) -> None:
    trust(store, key)
    assert install_bundle(store, bundles["v1"], data_dir, catalog=catalog).ok
    unsigned = bundle_of(impostor, tmp_path / "unsigned.aipack", None)
    with pytest.raises(InstallError, match=r"first installed from a bundle signed by the key "
                                           r".*unsigned.aipack is not signed, so it is refused"):
        install_bundle(store, unsigned, data_dir, allow_unverified=True, catalog=catalog)
    stranger = bundle_of(impostor, tmp_path / "stranger.aipack", other_key)
    grouped = signing.group(signing.fingerprint(other_key.public_key()))[:19]
    with pytest.raises(InstallError, match=f"is signed by another key \\({grouped}"):
        install_bundle(store, stranger, data_dir, trust_signer=True, catalog=catalog)
    with pytest.raises(InstallError, match="give it an id of its own"):
        install_folder(store, impostor, data_dir, catalog=catalog)
    assert versions(store) == ["1.0.0"]
    assert not (data_dir / "packs" / PACK_ID / "9.0.0").exists()
    # the refused key was not trusted on the way
    assert signing.fingerprint(other_key.public_key()) not in {
        k.key_id for k in store.list_trusted_keys()}


def test_the_binding_stays_when_the_key_is_no_longer_trusted(
    store: Store, data_dir: Path, catalog: PackCatalog, impostor: Path,
    key: Ed25519PrivateKey, bundles: dict[str, Path],
) -> None:
    trust(store, key)
    assert install_bundle(store, bundles["v1"], data_dir, catalog=catalog).ok
    store.untrust_key(signing.fingerprint(key.public_key()))
    with pytest.raises(InstallError, match="only that key can publish its versions"):
        install_folder(store, impostor, data_dir, catalog=catalog)
    # the publisher's own next version still installs (unverified while the key is not trusted)
    assert install_bundle(store, bundles["v2"], data_dir, allow_unverified=True,
                          catalog=catalog).ok
    assert catalog.entry(PACK_ID).version == "2.0.0"
    assert not catalog.entry(PACK_ID).verified


def test_a_lower_version_from_the_bound_key_is_still_a_rollback(
    store: Store, data_dir: Path, catalog: PackCatalog, key: Ed25519PrivateKey,
    bundles: dict[str, Path],
) -> None:
    trust(store, key)
    assert install_bundle(store, bundles["v2"], data_dir, catalog=catalog).ok
    with pytest.raises(InstallError, match="rollback refused"):
        install_bundle(store, bundles["v1"], data_dir, catalog=catalog)


def test_the_publishers_pack_replaces_an_unverified_one_of_the_same_version(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path,
    key: Ed25519PrivateKey, bundles: dict[str, Path],
) -> None:
    changed = edited(V1, tmp_path / "changed", [("pack.yaml", "licence: CC0-1.0", "licence: MIT")])
    assert install_folder(store, changed, data_dir, catalog=catalog).ok
    trust(store, key)
    result = install_bundle(store, bundles["v1"], data_dir, catalog=catalog)
    assert result.ok
    warnings = [d for d in result.diagnostics if d.severity is Severity.WARNING]
    assert any("replaces the unverified org.aipia.test.upgrade 1.0.0" in d.message
               for d in warnings)
    entry = catalog.entry(PACK_ID, "1.0.0")
    assert entry.verified and entry.source == "bundle"
    assert b"licence: MIT" not in (entry.path / "pack.yaml").read_bytes()


def test_an_unsigned_folder_cannot_claim_a_built_in_pack_id(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path
) -> None:
    fake = edited(FIXTURE_PACKS / "demo-small", tmp_path / "fake",
                  [("pack.yaml", "version: 0.1.0", "version: 99.0.0")])
    with pytest.raises(InstallError, match="id of a pack built into AIPIA"):
        install_folder(store, fake, data_dir, catalog=catalog)
    assert store.list_installed_packs() == []
    assert catalog.newer_version("org.aipia.test.demo-small", "0.1.0") is None


def test_assessment_show_offers_no_fake_upgrade_of_the_built_in_pack(tmp_path: Path) -> None:
    """The attack as reported: an unsigned folder claiming org.aipia.ai-pia 99.0.0."""
    builtin = next(p for p in paths.questionnaires_dir().iterdir() if (p / "pack.yaml").is_file())
    fake = tmp_path / "fake"
    shutil.copytree(builtin, fake)
    manifest = fake / "pack.yaml"
    text = manifest.read_text(encoding="utf-8")
    version = next(line for line in text.splitlines() if line.startswith("version:"))
    manifest.write_text(text.replace(version, "version: 99.0.0"), encoding="utf-8")
    with Workspace(tmp_path / "data") as ws:
        created = ws.new_assessment("Clinic", "Chatbot")
        with pytest.raises(InstallError, match="built into AIPIA"):
            ws.install_folder(fake)
        shown = show_assessment(ws.open(created.id), "en")
    assert "99.0.0" not in shown and "newer version" not in shown


@pytest.mark.parametrize(("lang", "word"), [("en", "UNVERIFIED"), ("ko", "미검증")])
def test_an_unverified_newer_version_is_announced_as_unverified(
    tmp_path: Path, lang: str, word: str
) -> None:
    with Workspace(tmp_path / "data") as ws:
        assert ws.install_folder(V1).ok and ws.install_folder(V2).ok
        created = ws.new_assessment("Clinic", "Chatbot", PACK_ID, "1.0.0", lang)
        opened = ws.open(created.id)
        assert opened.newer is not None and not opened.newer.verified
        lines = show_assessment(opened, lang).splitlines()
    newer = [line for line in lines if "2.0.0" in line]
    assert len(newer) == 1 and word in newer[0]
