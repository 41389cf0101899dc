"""``aipia pack keygen|build|verify|install|diff``, ``aipia trust`` and ``assessment upgrade``."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import Run, fails, ok
from tests.core.upgradetools import V1, V2

PASS = {"AIPIA_KEY_PASSPHRASE": "regulator passphrase"}
PACK_ID = "org.aipia.test.upgrade"


@pytest.fixture
def key(run: Run, tmp_path: Path) -> Path:
    path = tmp_path / "regulator.key"
    out = ok(run("pack", "keygen", "-o", str(path), env=PASS))
    assert "Fingerprint: " in out
    return path


@pytest.fixture
def bundles(run: Run, key: Path, tmp_path: Path) -> dict[str, Path]:
    found = {}
    for name, folder in (("v1", V1), ("v2", V2)):
        path = tmp_path / f"{name}.aipack"
        out = ok(run("pack", "build", str(folder), "-o", str(path), "--key", str(key),
                     "--expires", "2099-01-01", env=PASS))
        assert out.startswith(f"Wrote {path}: {PACK_ID} ")
        found[name] = path
    return found


def fingerprint(run: Run, key: Path) -> str:
    out = ok(run("trust", "add", str(key.with_name(key.name + ".pub")), "--name", "Regulator"))
    return out.split(": ", 1)[1].strip()


def test_keygen_asks_for_the_passphrase_twice(run: Run, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from app.cli import cli

    path = tmp_path / "k.key"
    result = CliRunner().invoke(cli, ["pack", "keygen", "-o", str(path)],
                                input="long passphrase\nlong passphrase\n")
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.with_name("k.key.pub").is_file()
    again = run("pack", "keygen", "-o", str(path), env=PASS)
    fails(again, "already exists")


def test_build_needs_a_key_or_unsigned_and_the_right_passphrase(
    run: Run, key: Path, tmp_path: Path
) -> None:
    fails(run("pack", "build", str(V1), "-o", str(tmp_path / "x.aipack")), "--key KEYFILE")
    fails(run("pack", "build", str(V1), "-o", str(tmp_path / "x.aipack"), "--key", str(key),
              env={"AIPIA_KEY_PASSPHRASE": "wrong one"}), "wrong passphrase")
    fails(run("pack", "build", str(V1), "-o", str(tmp_path / "x.aipack"), "--key", str(key),
              "--expires", "soon", env=PASS), "--expires must be a date")
    assert not (tmp_path / "x.aipack").exists()


def test_verify_reports_signer_dates_and_result(
    run: Run, key: Path, bundles: dict[str, Path]
) -> None:
    untrusted = run("pack", "verify", str(bundles["v1"]))
    fails(untrusted, "its key is not trusted here", "aipia trust add")
    assert f"pack:      {PACK_ID} 1.0.0" in untrusted.stdout
    assert "expires:   2099-01-01" in untrusted.stdout
    assert "not in your trust store" in untrusted.stdout and "result:    OK" not in untrusted.stdout
    grouped = fingerprint(run, key)
    out = ok(run("pack", "verify", str(bundles["v1"])))
    assert f"signer:    {grouped} (trusted: Regulator)" in out and out.endswith("result:    OK\n")


def test_verify_fails_for_an_unsigned_bundle(run: Run, tmp_path: Path) -> None:
    unsigned = tmp_path / "unsigned.aipack"
    ok(run("pack", "build", str(V1), "-o", str(unsigned), "--unsigned"))
    result = run("pack", "verify", str(unsigned))
    fails(result, "the bundle is not signed")
    assert "NOT SIGNED" in result.stdout


def test_verify_fails_on_one_changed_byte(
    run: Run, bundles: dict[str, Path], tmp_path: Path
) -> None:
    tampered = tmp_path / "tampered.aipack"
    with zipfile.ZipFile(bundles["v1"]) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            out.writestr(info, data.replace(b"Basics", b"Basicz"))
    fails(run("pack", "verify", str(tampered)),
          "signature invalid: pack/main.yaml does not match its SHA-256")


def test_install_needs_a_choice_for_an_unknown_signer(
    run: Run, key: Path, bundles: dict[str, Path]
) -> None:
    error = fails(run("pack", "install", str(bundles["v1"])), "signed by a key you do not trust")
    assert "--trust-signer" in error and "--allow-unverified" in error
    assert "UNVERIFIED" not in ok(run("pack", "list"))
    out = ok(run("pack", "install", "--allow-unverified", str(bundles["v1"])))
    assert out.startswith(f"Installed {PACK_ID} 1.0.0 (UNVERIFIED)")
    assert f"{PACK_ID} 1.0.0  bundle  [UNVERIFIED, signer " in ok(run("pack", "list"))


def test_install_trusting_the_signer_and_the_what_changed_summary(
    run: Run, bundles: dict[str, Path]
) -> None:
    out = ok(run("pack", "install", "--trust-signer", str(bundles["v1"])))
    assert "(verified)" in out
    assert "AIPIA tests" in ok(run("trust", "list"))
    ok(run("assessment", "new", "--org", "Acme", "--title", "Bot", "--pack", PACK_ID))
    out = ok(run("pack", "install", str(bundles["v2"])))
    assert "What changed since 1.0.0:" in out
    assert "1 renamed (hosting -> deployment)" in out
    assert "'aipia assessment upgrade 1'" in out
    fails(run("pack", "install", str(bundles["v1"])), "rollback refused")


def test_a_folder_installs_only_as_unverified(run: Run) -> None:
    fails(run("pack", "install", str(V1)), "is a pack folder: it is not signed")
    assert "(UNVERIFIED)" in ok(run("pack", "install", "--allow-unsigned", str(V1)))


def test_diff_text_and_json(run: Run, bundles: dict[str, Path]) -> None:
    out = ok(run("pack", "diff", str(bundles["v1"]), str(V2)))
    assert out.splitlines()[0] == f"{PACK_ID} 1.0.0 -> {PACK_ID} 2.0.0"
    for line in ("  + lawful_basis", "  - vendor_notes (listed in removed_questions)",
                 "  ~ hosting -> deployment (renamed)", "  ~ keeps_logs: label",
                 "choices of deployment:", "  ~ cloud_gpu -> rented_gpu (renamed)",
                 "  + rented_compute", "  ~ retention: description",
                 "warning: removed but not listed in removed_questions: old_contact"):
        assert line in out.splitlines(), line
    data = json.loads(ok(run("pack", "diff", "--json", str(V1), str(bundles["v2"]))))
    assert data["questions"]["added"] == ["lawful_basis"]
    assert data["choices"]["data_kinds"]["removed"] == ["chat_logs"]


def test_trust_add_list_remove(run: Run, key: Path, bundles: dict[str, Path]) -> None:
    grouped = fingerprint(run, key)
    listed = ok(run("trust", "list"))
    assert "aipia-publisher  [built in]" in listed and f"{grouped}  Regulator  [added " in listed
    out = ok(run("trust", "remove", grouped[:9]))
    assert out.startswith("Removed Regulator") and grouped not in ok(run("trust", "list"))
    fails(run("trust", "remove", grouped), "no trusted key has the fingerprint")
    builtin = listed.splitlines()[0][:39]
    fails(run("trust", "remove", builtin), "built into AIPIA and cannot be removed")
    assert "Trusted key: " in ok(run("trust", "add", str(bundles["v1"])))


def test_assessment_upgrade(run: Run, bundles: dict[str, Path]) -> None:
    ok(run("pack", "install", "--trust-signer", str(bundles["v1"])))
    ok(run("assessment", "new", "--org", "Acme", "--title", "Bot", "--pack", PACK_ID))
    ok(run("assessment", "answer", "1", "hosting", "cloud_gpu", "--note", "in Seoul"))
    ok(run("assessment", "answer", "1", "vendor_notes", "The vendor keeps logs."))
    fails(run("assessment", "upgrade", "1"), "already uses the newest installed version")
    ok(run("pack", "install", str(bundles["v2"])))
    show = ok(run("assessment", "show", "1"))
    assert "! A newer version of the pack is installed: 2.0.0" in show
    dry = ok(run("assessment", "upgrade", "1", "--dry-run"))
    assert "  moved: hosting -> deployment" in dry and "Dry run: nothing was changed." in dry
    out = ok(run("assessment", "upgrade", "1"))
    assert "  vendor_notes: removed by the publisher" in out
    assert "Backup of the database before the upgrade: " in out
    show = ok(run("assessment", "show", "1"))
    assert "→ Rented GPUs" in show and "✎ in Seoul" in show
    assert "== Archived answers (kept from earlier pack versions)" in show
    assert "→ The vendor keeps logs." in show
    assert "- [lawful_basis] new: " in show
