"""Pack the built Linux app (dist/aipia) as a tarball people unpack and install themselves.

    python scripts/make_tarball.py [--dist dist/aipia] [--out dist]

Writes ``dist/aipia-VERSION-linux-ARCH.tar.gz``, one folder inside::

    aipia-VERSION-linux-ARCH/
        install.sh        installs into ~/.local (or --prefix DIR); --uninstall removes it
        aipia.desktop     the menu entry (install.sh points it at the installed program)
        icons/            aipia-16.png ... aipia-512.png, aipia.svg
        aipia/            the PyInstaller folder: the program aipia and _internal/
        README.txt

The links PyInstaller made inside the folder stay links; owners are root,
times are those of the files, so two builds of the same folder pack alike.
"""

from __future__ import annotations

import argparse
import io
import platform
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
README = """AIPIA {version} for Linux ({arch})

Install for yourself (no administrator rights needed):   ./install.sh
Install elsewhere:                                       ./install.sh --prefix DIR
Remove it again:                                         ./install.sh --uninstall

Or run it without installing: ./aipia/aipia
Your assessments are kept in ~/.local/share/AIPIA; installing or removing the
app never touches them.
"""


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def tarball_name(arch: str | None = None) -> str:
    return f"aipia-{version()}-linux-{arch or platform.machine()}"


def _members(dist: Path) -> list[tuple[Path, str]]:
    """(file on disk, name in the tarball) for everything but the app folder itself."""
    icons = ROOT / "resources" / "icons"
    pairs = [(ROOT / "packaging" / "linux" / "install.sh", "install.sh"),
             (ROOT / "resources" / "aipia.desktop", "aipia.desktop"),
             (icons / "aipia.svg", "icons/aipia.svg")]
    pairs += [(icons / f"aipia-{size}.png", f"icons/aipia-{size}.png") for size in ICON_SIZES]
    missing = [str(path) for path, _ in pairs if not path.is_file()]
    if missing or not (dist / "aipia").is_file():
        raise SystemExit(f"make_tarball: missing {missing or dist / 'aipia'}; build first")
    return pairs


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isfile() and info.name.endswith(("/install.sh", "/aipia/aipia")):
        info.mode = 0o755
    return info


def make_tarball(dist: Path, out: Path) -> Path:
    """Write the tarball of ``dist`` (a built dist/aipia folder) into ``out``; returns its path."""
    top = tarball_name()
    pairs = _members(dist)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{top}.tar.gz"
    with tarfile.open(path, "w:gz", compresslevel=6) as tar:
        for source, name in pairs:
            tar.add(source, f"{top}/{name}", filter=_normalised)
        readme = README.format(version=version(), arch=platform.machine()).encode()
        info = _normalised(tarfile.TarInfo(f"{top}/README.txt"))
        info.size, info.mode, info.mtime = len(readme), 0o644, int((dist / "aipia").stat().st_mtime)
        tar.addfile(info, io.BytesIO(readme))
        tar.add(dist, f"{top}/aipia", recursive=False, filter=_normalised)
        for item in sorted(dist.rglob("*")):
            name = f"{top}/aipia/{item.relative_to(dist).as_posix()}"
            tar.add(item, name, recursive=False, filter=_normalised)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "aipia")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    path = make_tarball(args.dist, args.out)
    print(f"wrote {path} ({path.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
