"""Installing bundles: trust choices, rollback, expiry, staging, report templates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.diagnostics import Severity
from app.packs import signing
from app.packs import trust as trust_store
from app.packs.bundle import SignerStatus
from app.packs.bundle_build import build_bundle
from app.packs.catalog import PackCatalog
from app.packs.install import (
    InstallError,
    UntrustedBundleError,
    install_bundle,
    install_folder,
)
from app.storage import Store
from tests.core.upgradetools import V1, edited
from tests.packs.conftest import FIXTURE_PACKS, ISSUED, trust
from tests.packs.ziptools import entries, write_zip

PACK_ID = "org.aipia.test.upgrade"


def entry(catalog: PackCatalog, version: str) -> object:
    return catalog.entry(PACK_ID, version)


def leftovers(data_dir: Path) -> list[str]:
    packs = data_dir / "packs"
    return sorted(p.name for p in packs.rglob(".*")) if packs.exists() else []


def test_a_bundle_from_a_trusted_publisher_installs_verified(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
    key: Ed25519PrivateKey,
) -> None:
    trust(store, key)
    result = install_bundle(store, bundles["v1"], data_dir, catalog=catalog)
    assert result.ok and result.diagnostics == [] and result.previous is None
    installed = result.installed
    assert installed is not None
    assert (installed.source, installed.verified, installed.issued) == ("bundle", True,
                                                                        "2026-03-01")
    assert installed.signer == signing.fingerprint(key.public_key())
    found = catalog.entry(PACK_ID, "1.0.0")
    assert found.verified and found.signed
    assert (data_dir / "packs" / PACK_ID / "1.0.0" / "main.yaml").read_bytes() == (
        V1 / "main.yaml").read_bytes()
    assert leftovers(data_dir) == []


def test_an_unknown_signer_needs_a_choice(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
    key: Ed25519PrivateKey,
) -> None:
    with pytest.raises(UntrustedBundleError, match="signed by a key you do not trust") as caught:
        install_bundle(store, bundles["v1"], data_dir, catalog=catalog)
    assert caught.value.bundle.status is SignerStatus.UNKNOWN
    assert signing.group(signing.fingerprint(key.public_key())) in str(caught.value)
    assert store.list_installed_packs() == [] and leftovers(data_dir) == []


def test_installing_as_unverified_keeps_the_mark(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
) -> None:
    install_bundle(store, bundles["v1"], data_dir, catalog=catalog, allow_unverified=True)
    assert not catalog.entry(PACK_ID, "1.0.0").verified
    assert store.list_trusted_keys() == []


def test_trusting_the_signer_makes_it_verified_and_removing_it_undoes_that(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
    key: Ed25519PrivateKey,
) -> None:
    install_bundle(store, bundles["v1"], data_dir, catalog=catalog, trust_signer=True)
    [trusted] = store.list_trusted_keys()
    assert trusted.key_id == signing.fingerprint(key.public_key())
    assert trusted.name == "AIPIA tests"
    assert catalog.entry(PACK_ID, "1.0.0").verified
    trust_store.remove_key(store, trusted.key_id[:8])
    assert not catalog.entry(PACK_ID, "1.0.0").verified


def test_an_unsigned_bundle_needs_a_choice_and_stays_unverified(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path
) -> None:
    unsigned = build_bundle(V1, tmp_path / "u.aipack", None).bundle.path
    with pytest.raises(UntrustedBundleError, match="is not signed"):
        install_bundle(store, unsigned, data_dir, catalog=catalog, trust_signer=True)
    result = install_bundle(store, unsigned, data_dir, catalog=catalog, allow_unverified=True)
    assert result.installed is not None and not result.installed.verified
    assert result.installed.signer is None
    assert not catalog.entry(PACK_ID, "1.0.0").verified


def test_a_lower_version_is_refused_as_rollback(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
    key: Ed25519PrivateKey,
) -> None:
    trust(store, key)
    result = install_bundle(store, bundles["v2"], data_dir, catalog=catalog)
    assert result.ok
    with pytest.raises(InstallError, match=r"1\.0\.0 is older than the installed 2\.0\.0 "
                                           r"\(rollback refused\)"):
        install_bundle(store, bundles["v1"], data_dir, catalog=catalog)
    assert [p.version for p in store.list_installed_packs()] == ["2.0.0"]
    assert not (data_dir / "packs" / PACK_ID / "1.0.0").exists() and leftovers(data_dir) == []


def test_a_lower_version_than_the_built_in_pack_is_refused(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path, key: Ed25519PrivateKey,
    key_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    builtin_keys = tmp_path / "builtin-keys"  # the test key stands in for the AIPIA project key
    builtin_keys.mkdir()
    shutil.copy(key_file.with_name(key_file.name + ".pub"), builtin_keys / "project.pem")
    monkeypatch.setattr(trust_store, "keys_dir", lambda: builtin_keys)
    older = edited(FIXTURE_PACKS / "demo-small", tmp_path / "older",
                   [("pack.yaml", "version: 0.1.0", "version: 0.0.9")])
    bundle = build_bundle(older, tmp_path / "older.aipack", key).bundle.path
    with pytest.raises(InstallError, match="rollback refused"):
        install_bundle(store, bundle, data_dir, catalog=catalog)


def test_the_same_version_with_other_content_is_refused(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
    key: Ed25519PrivateKey, tmp_path: Path,
) -> None:
    trust(store, key)
    install_bundle(store, bundles["v1"], data_dir, catalog=catalog)
    changed = edited(V1, tmp_path / "changed", [("main.yaml", "Basics", "The basics")])
    bundle = build_bundle(changed, tmp_path / "changed.aipack", key).bundle.path
    with pytest.raises(InstallError, match="a changed pack needs a higher version"):
        install_bundle(store, bundle, data_dir, catalog=catalog)
    again = install_bundle(store, bundles["v1"], data_dir, catalog=catalog)
    assert again.ok and again.previous == "1.0.0"


def test_an_expired_pack_installs_with_a_warning(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    bundle = build_bundle(V1, tmp_path / "old.aipack", key, issued=ISSUED,
                          expires=dt.date(2026, 6, 1)).bundle.path
    trust(store, key)
    result = install_bundle(store, bundle, data_dir, catalog=catalog, today=dt.date(2026, 7, 1))
    assert result.ok
    [warning] = result.warnings
    assert warning.severity is Severity.WARNING
    assert "this pack expired on 2026-06-01" in str(warning)
    assert catalog.entry(PACK_ID, "1.0.0").expires == "2026-06-01"


def test_broken_yaml_in_a_signed_bundle_is_reported_inside_the_bundle(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path, key: Ed25519PrivateKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A publisher can sign a broken pack only by bypassing the builder; it is still refused."""
    from app.packs import bundle_build

    broken = edited(V1, tmp_path / "broken", [("main.yaml", "type: yes_no", "type: yes_or_no")])
    monkeypatch.setattr(bundle_build, "load_pack", lambda folder: _valid_result(V1))
    bundle = build_bundle(broken, tmp_path / "broken.aipack", key).bundle.path
    monkeypatch.undo()
    trust(store, key)
    result = install_bundle(store, bundle, data_dir, catalog=catalog)
    assert not result.ok
    assert any(str(d).startswith("broken.aipack/pack/main.yaml:") and "yes_or_no" in str(d)
               for d in result.diagnostics)
    assert store.list_installed_packs() == [] and leftovers(data_dir) == []


def _valid_result(folder: Path) -> object:
    """A valid pack's load result without its checked bytes: the build reads the files again."""
    from app.core.loader import load_pack

    return dataclasses.replace(load_pack(folder), files={})


def test_a_manifest_that_disagrees_with_its_pack_is_refused(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
    tmp_path: Path,
) -> None:
    files = entries(bundles["v1"])
    manifest = json.loads(files["bundle.json"])
    manifest["pack"]["version"] = "9.0.0"
    manifest["signer"] = None
    files["bundle.json"] = json.dumps(manifest).encode()
    files.pop("bundle.sig")
    lying = write_zip(tmp_path / "lying.aipack", files)
    with pytest.raises(InstallError, match=r"bundle\.json says org\.aipia\.test\.upgrade 9\.0\.0 "
                                           r"but its pack\.yaml says .* 1\.0\.0"):
        install_bundle(store, lying, data_dir, catalog=catalog, allow_unverified=True)
    assert store.list_installed_packs() == [] and leftovers(data_dir) == []


def test_a_folder_install_is_unverified(
    store: Store, data_dir: Path, catalog: PackCatalog
) -> None:
    result = install_folder(store, V1, data_dir, catalog=catalog)
    assert result.ok
    assert not catalog.entry(PACK_ID, "1.0.0").verified


def test_a_pack_template_is_used_only_when_its_signer_is_trusted(
    store: Store, data_dir: Path, catalog: PackCatalog, tmp_path: Path, key: Ed25519PrivateKey,
) -> None:
    pack = edited(V1, tmp_path / "p", [])
    (pack / "report_template").mkdir()
    (pack / "report_template" / "report.html").write_text("<p>{{ pack.title }}</p>")
    (pack / "report_template" / "translations.json").write_text('{"en": {}}')
    bundle = build_bundle(pack, tmp_path / "t.aipack", key).bundle.path
    install_bundle(store, bundle, data_dir, catalog=catalog, allow_unverified=True)
    assert catalog.report_template(PACK_ID, "1.0.0") is None
    trust(store, key)
    folder = catalog.report_template(PACK_ID, "1.0.0")
    assert folder == data_dir / "packs" / PACK_ID / "1.0.0" / "report_template"
    assert (folder / "report.html").is_file()


def test_the_built_in_key_is_always_trusted(store: Store) -> None:
    builtin = trust_store.builtin_keys()
    assert [k.name for k in builtin] == ["aipia-publisher"]
    assert builtin[0].key_id in trust_store.trusted_keys(store)
    with pytest.raises(trust_store.TrustError, match="built into AIPIA and cannot be removed"):
        trust_store.remove_key(store, builtin[0].key_id)


def test_finding_keys_by_fingerprint_prefix(store: Store, key: Ed25519PrivateKey) -> None:
    added = trust_store.add_key(store, key.public_key(), "Regulator")
    assert trust_store.find_key(store, signing.group(added.key_id)[:9]).key_id == added.key_id
    with pytest.raises(trust_store.TrustError, match="at least its first 8 hex digits"):
        trust_store.find_key(store, "abc")
    with pytest.raises(trust_store.TrustError, match="no trusted key has the fingerprint"):
        trust_store.find_key(store, "0" * 16)
