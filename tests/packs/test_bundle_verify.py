"""Signed bundles: round trip, and every kind of tampering refused before any YAML is read."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.packs import signing
from app.packs.bundle import BundleError, SignerStatus, read_bundle
from app.packs.bundle_build import BuildError, build_bundle
from tests.core.upgradetools import V1, edited
from tests.packs.conftest import ISSUED
from tests.packs.ziptools import entries, flip_byte, rewrite, write_zip


def trusted(key: Ed25519PrivateKey) -> dict[str, bool]:
    return {signing.fingerprint(key.public_key()): True}


def test_round_trip(bundles: dict[str, Path], key: Ed25519PrivateKey) -> None:
    bundle = read_bundle(bundles["v1"], trusted(key))
    assert bundle.status is SignerStatus.TRUSTED
    assert (bundle.pack_id, bundle.version) == ("org.aipia.test.upgrade", "1.0.0")
    assert bundle.manifest.issued == ISSUED and bundle.manifest.expires is None
    assert bundle.key_id == signing.fingerprint(key.public_key())
    assert set(bundle.files) == {"pack.yaml", "main.yaml"}
    assert bundle.files["main.yaml"] == (V1 / "main.yaml").read_bytes()
    assert set(entries(bundles["v1"])) == {
        "bundle.json", "bundle.sig", "pack/pack.yaml", "pack/main.yaml"}


def test_an_unknown_signer_is_reported_not_refused(bundles: dict[str, Path]) -> None:
    assert read_bundle(bundles["v1"], {}).status is SignerStatus.UNKNOWN


def test_the_same_input_builds_the_same_bytes(
    tmp_path: Path, key: Ed25519PrivateKey, bundles: dict[str, Path]
) -> None:
    again = build_bundle(V1, tmp_path / "again.aipack", key, issued=ISSUED).bundle.path
    assert again.read_bytes() == bundles["v1"].read_bytes()


@pytest.mark.parametrize("entry", ["bundle.json", "bundle.sig", "pack/pack.yaml",
                                   "pack/main.yaml"])
@pytest.mark.parametrize("where", [0.0, 0.3, 0.5, 0.9])
def test_one_changed_byte_anywhere_is_refused(
    bundles: dict[str, Path], key: Ed25519PrivateKey, tmp_path: Path, entry: str, where: float
) -> None:
    original = entries(bundles["v1"])
    changed = dict(original)
    changed[entry] = flip_byte(original[entry], int(where * (len(original[entry]) - 2)))
    tampered = write_zip(tmp_path / "tampered.aipack", changed)
    with pytest.raises(BundleError, match="signature invalid"):
        read_bundle(tampered, trusted(key))


def test_an_extra_file_is_refused(bundles: dict[str, Path], tmp_path: Path) -> None:
    tampered = rewrite(bundles["v1"], tmp_path / "t.aipack", pack__extra_DOT_yaml=b"a: 1\n")
    with pytest.raises(BundleError, match=r"signature invalid: pack/extra\.yaml is in the bundle "
                                          r"but not in bundle\.json"):
        read_bundle(tampered, {})


def test_an_extra_file_outside_pack_is_refused(bundles: dict[str, Path], tmp_path: Path) -> None:
    tampered = rewrite(bundles["v1"], tmp_path / "t.aipack", README_DOT_txt=b"hi")
    with pytest.raises(BundleError, match=r"README\.txt is in the bundle but not in"):
        read_bundle(tampered, {})


def test_a_missing_file_is_refused(bundles: dict[str, Path], tmp_path: Path) -> None:
    tampered = rewrite(bundles["v1"], tmp_path / "t.aipack", pack__main_DOT_yaml=None)
    with pytest.raises(BundleError, match=r"pack/main\.yaml is listed in bundle\.json but "
                                          "missing"):
        read_bundle(tampered, {})


def test_a_missing_signature_is_refused(bundles: dict[str, Path], tmp_path: Path) -> None:
    tampered = rewrite(bundles["v1"], tmp_path / "t.aipack", bundle_DOT_sig=None)
    with pytest.raises(BundleError, match="signature missing"):
        read_bundle(tampered, {})


def test_a_signature_in_an_unsigned_bundle_is_refused(tmp_path: Path) -> None:
    unsigned = build_bundle(V1, tmp_path / "u.aipack", None).bundle.path
    tampered = rewrite(unsigned, tmp_path / "t.aipack", bundle_DOT_sig=b"AAAA")
    with pytest.raises(BundleError, match="names no signer"):
        read_bundle(tampered, {})


def test_a_manifest_claiming_another_key_is_refused(
    bundles: dict[str, Path], tmp_path: Path, other_key: Ed25519PrivateKey
) -> None:
    manifest = json.loads(entries(bundles["v1"])["bundle.json"])
    manifest["signer"]["public_key"] = signing.public_b64(other_key.public_key())
    data = json.dumps(manifest).encode()
    tampered = rewrite(bundles["v1"], tmp_path / "t.aipack", bundle_DOT_json=data)
    with pytest.raises(BundleError, match="does not match its key id"):
        read_bundle(tampered, {})


def test_re_signing_with_another_key_makes_an_unknown_signer(
    bundles: dict[str, Path], tmp_path: Path, key: Ed25519PrivateKey, other_key: Ed25519PrivateKey
) -> None:
    """Someone who changes a pack can sign it with their own key, never with the publisher's."""
    files = entries(bundles["v1"])
    manifest = json.loads(files["bundle.json"])
    public = other_key.public_key()
    manifest["signer"] = {"key_id": signing.fingerprint(public),
                          "public_key": signing.public_b64(public)}
    files["bundle.json"] = json.dumps(manifest).encode()
    files["bundle.sig"] = base64.b64encode(other_key.sign(files["bundle.json"]))
    resigned = write_zip(tmp_path / "resigned.aipack", files)
    assert read_bundle(resigned, trusted(key)).status is SignerStatus.UNKNOWN


def test_an_unsigned_bundle_is_checked_for_damage(tmp_path: Path) -> None:
    unsigned = build_bundle(V1, tmp_path / "u.aipack", None).bundle.path
    assert read_bundle(unsigned, {}).status is SignerStatus.UNSIGNED
    files = entries(unsigned)
    files["pack/main.yaml"] = flip_byte(files["pack/main.yaml"])
    damaged = write_zip(tmp_path / "d.aipack", files)
    with pytest.raises(BundleError, match=r"bundle damaged: pack/main\.yaml does not match"):
        read_bundle(damaged, {})


@pytest.mark.parametrize(("change", "message"), [
    ({"format": "zip"}, "format"),
    ({"files": {"../pack.yaml": "0" * 64}}, r"not a file under pack/ \(it goes up a folder"),
    ({"pack": {"id": "Bad", "version": "1.0.0"}}, r"pack\.id"),
    ({"issued": "yesterday"}, "issued"),
])
def test_a_malformed_manifest_is_refused(
    bundles: dict[str, Path], tmp_path: Path, change: dict[str, object], message: str
) -> None:
    manifest = json.loads(entries(bundles["v1"])["bundle.json"])
    manifest.update(change)
    files = entries(bundles["v1"])
    files["bundle.json"] = json.dumps(manifest).encode()
    files.pop("bundle.sig")
    manifest["signer"] = None
    files["bundle.json"] = json.dumps(manifest).encode()
    with pytest.raises(BundleError, match=message):
        read_bundle(write_zip(tmp_path / "m.aipack", files), {})


def test_a_bundle_without_manifest_is_not_a_bundle(tmp_path: Path) -> None:
    plain = write_zip(tmp_path / "plain.aipack", {"pack/pack.yaml": b"format: 1\n"})
    with pytest.raises(BundleError, match=r"not an AIPIA pack bundle: it has no bundle\.json"):
        read_bundle(plain, {})


def test_an_invalid_pack_is_not_built(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    broken = edited(V1, tmp_path / "broken", [("main.yaml", "type: yes_no", "type: yes_or_no")])
    with pytest.raises(BuildError, match="the pack has errors") as caught:
        build_bundle(broken, tmp_path / "b.aipack", key)
    assert any("yes_or_no" in str(d) for d in caught.value.diagnostics)
    assert not (tmp_path / "b.aipack").exists()


def test_a_report_template_travels_in_the_bundle(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    pack = edited(V1, tmp_path / "p", [])
    (pack / "report_template" / "images").mkdir(parents=True)
    (pack / "report_template" / "report.html").write_text("<p>{{ pack.title }}</p>")
    (pack / "report_template" / "translations.json").write_text('{"en": {}}')
    (pack / "report_template" / "images" / "logo.svg").write_text("<svg/>")
    (pack / "notes.txt").write_text("not part of the pack")
    bundle = build_bundle(pack, tmp_path / "t.aipack", key).bundle
    assert bundle.has_template
    assert set(bundle.files) == {"pack.yaml", "main.yaml", "report_template/report.html",
                                 "report_template/translations.json",
                                 "report_template/images/logo.svg"}


def test_a_template_without_its_entry_is_not_built(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    pack = edited(V1, tmp_path / "p", [])
    (pack / "report_template").mkdir()
    (pack / "report_template" / "style.css").write_text("p {}")
    with pytest.raises(BuildError, match=r"lacks report\.html, wording/en\.json"):
        build_bundle(pack, tmp_path / "t.aipack", key)


def test_an_expiry_before_the_issue_date_is_refused(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    with pytest.raises(BuildError, match="not after the issue date"):
        build_bundle(V1, tmp_path / "t.aipack", key, issued=ISSUED, expires=ISSUED)
