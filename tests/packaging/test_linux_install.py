"""The Linux tarball and its install.sh, on a stand-in for the built app folder."""

from __future__ import annotations

import configparser
import os
import shlex
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))

import make_tarball

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the tarball is for Linux")


def fake_dist(folder: Path) -> Path:
    """A folder shaped like dist/aipia: a program that answers --version, a library, a link."""
    dist = folder / "aipia"
    (dist / "_internal" / "lib").mkdir(parents=True)
    program = dist / "aipia"
    program.write_text("#!/bin/sh\necho \"aipia from $(dirname \"$(readlink -f \"$0\")\") $*\"\n")
    program.chmod(0o755)
    (dist / "_internal" / "lib" / "libx.so.1").write_bytes(b"\x7fELF")
    (dist / "_internal" / "libx.so.1").symlink_to("lib/libx.so.1")
    return dist


def unpack(folder: Path) -> Path:
    tarball = make_tarball.make_tarball(fake_dist(folder), folder / "out")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
        link = tar.getmember(next(n for n in names if n.endswith("_internal/libx.so.1")))
        assert link.issym() and link.linkname == "lib/libx.so.1"
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python >= 3.11.4
        tar.extractall(folder / "unpacked", **safe)  # noqa: S202 - made by this test
    (top,) = (folder / "unpacked").iterdir()
    assert top.name == tarball.name.removesuffix(".tar.gz")
    return top


def install(script: Path, *args: str, home: Path) -> str:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([str(script), *args], env=env, capture_output=True, text=True,
                            check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir())


def test_install_into_home_runs_from_the_menu_and_uninstall_leaves_nothing(tmp_path: Path) -> None:
    top = unpack(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    said = install(top / "install.sh", home=home)
    local = home / ".local"
    launcher = local / "bin" / "aipia"
    assert str(launcher) in said and "--uninstall" in said
    result = subprocess.run([str(launcher), "--version"], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == f"aipia from {local / 'lib' / 'aipia'} --version"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(local / "share" / "applications" / "aipia.desktop", encoding="utf-8")
    assert shlex.split(entry["Desktop Entry"]["Exec"]) == [str(launcher)]
    assert entry["Desktop Entry"]["GenericName[ko]"] == "개인정보 영향평가"
    icons = local / "share" / "icons" / "hicolor"
    assert (icons / "256x256" / "apps" / "aipia.png").is_file()
    assert (icons / "scalable" / "apps" / "aipia.svg").is_file()
    assert os.readlink(local / "lib" / "aipia" / "_internal" / "libx.so.1") == "lib/libx.so.1"

    said = install(local / "lib" / "aipia" / "install.sh", "--uninstall", home=home)
    assert "not touched" in said
    assert files_under(home) == [] and list(local.iterdir()) == []


def test_uninstall_keeps_other_apps_files_and_the_users_assessments(tmp_path: Path) -> None:
    top = unpack(tmp_path)
    home = tmp_path / "home"
    prefix = tmp_path / "opt with space"
    other = prefix / "share" / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nName=Other\n")
    data = home / ".local" / "share" / "AIPIA" / "aipia.db"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"assessments")
    install(top / "install.sh", "--prefix", str(prefix), home=home)
    exec_line = (prefix / "share" / "applications" / "aipia.desktop").read_text().split("Exec=")[1]
    assert exec_line.startswith(f'"{prefix}/bin/aipia"')  # quoted: the path has a space
    install(top / "install.sh", "--uninstall", f"--prefix={prefix}", home=home)
    assert files_under(prefix) == ["share/applications/other.desktop"]
    assert data.read_bytes() == b"assessments"


def test_an_unknown_option_is_refused_with_a_hint(tmp_path: Path) -> None:
    script = REPO_ROOT / "packaging" / "linux" / "install.sh"
    result = subprocess.run([str(script), "--prefx", "/tmp/x"], env={"HOME": str(tmp_path)},
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "unknown option '--prefx'" in result.stderr and "--help" in result.stderr
