"""Before Qt starts: are the system libraries of Qt's X11 (xcb) platform plugin there?

When one of them is missing, Qt prints a misleading hint (that ``xcb-cursor``
is missing, even when it is installed) and aborts the process (SIGABRT).
``aipia`` calls :func:`gui_platform_problem` before it imports Qt and, if a
library is missing, prints one line naming the libraries and the command that
installs them, and exits with status 1.

The libraries are read from the plugin itself (its ELF ``DT_NEEDED``
entries, and those of the Qt libraries bundled with PySide6 that it needs,
see :mod:`app.elf_needed`), then each one that is not bundled is loaded with
:mod:`ctypes`, exactly as the dynamic linker would look for it. This module
imports nothing of Qt, and nothing outside the standard library, so
``.ci/run`` can run it with the system Python too: ``python3 -m
app.platform_check --readme-packages`` prints the Debian packages README.md
lists, which it installs, and ``python -m app.platform_check`` checks them.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from app.elf_needed import ElfError, needed_libraries

PLUGIN = Path("Qt", "plugins", "platforms", "libqxcb.so")
GL_PLUGINS = Path("Qt", "plugins", "xcbglintegrations")  # optional: Qt falls back without them
QT_LIBRARIES = Path("Qt", "lib")
# What WeasyPrint opens itself (weasyprint/text/ffi.py) to draw the PDF.
WEASYPRINT_LIBRARIES = ("libgobject-2.0.so.0", "libpango-1.0.so.0", "libpangoft2-1.0.so.0",
                        "libharfbuzz.so.0", "libharfbuzz-subset.so.0", "libfontconfig.so.1")
README = Path(__file__).resolve().parents[1] / "README.md"
README_LINES = {
    "debian": re.compile(r"apt-get install -y --no-install-recommends ([A-Za-z0-9.+\- ]+)`"),
    "fedora": re.compile(r"dnf install -y ([A-Za-z0-9.+\- ]+)`"),
}
# Part of every Linux system (the C and C++ runtimes): never the missing piece to name.
BASE = frozenset({
    "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
    "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libstdc++.so.6", "libgcc_s.so.1",
    "libz.so.1", "libzstd.so.1",
})
# Library -> (Debian/Ubuntu package, Fedora package). A test checks that every library
# the installed plugin needs is here and that README.md's apt-get line names its package.
PACKAGES: dict[str, tuple[str, str]] = {
    "libgobject-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libpango-1.0.so.0": ("libpango-1.0-0", "pango"),
    "libpangoft2-1.0.so.0": ("libpangoft2-1.0-0", "pango"),
    "libharfbuzz.so.0": ("libharfbuzz0b", "harfbuzz"),
    "libharfbuzz-subset.so.0": ("libharfbuzz-subset0", "harfbuzz"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
}

Loader = Callable[[str], object]
LOADER: Loader | None = None  # how each library is tried; None: ctypes.CDLL, as the
# dynamic linker finds it (ctypes imported only when a check runs: Windows never needs it)


def gui_platform_problem(
    environ: Mapping[str, str] | None = None,
    loader: Loader | None = None,
    pyside_folder: Path | None = None,
) -> str | None:
    """One line saying which libraries are missing and how to install them, or None.

    None also when there is nothing to check: not Linux, another Qt platform
    chosen (``QT_QPA_PLATFORM=offscreen``, ``wayland``), or no PySide6 plugin found.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM", "xcb") not in ("", "xcb"):
        return None
    folder = pyside_folder or _pyside_folder()
    if folder is None or not (folder / PLUGIN).is_file():
        return None
    missing = missing_libraries(folder, loader or LOADER or _dynamic_linker())
    return problem_text(missing, _os_release(), env) if missing else None


def _dynamic_linker() -> Loader:
    import ctypes

    return ctypes.CDLL


def missing_libraries(folder: Path, loader: Loader) -> list[str]:
    """The system libraries the xcb plugin needs that cannot be loaded, sorted."""
    missing = []
    for name in sorted(system_libraries(folder)):
        try:
            loader(name)
        except OSError:
            missing.append(name)
    return missing


def system_libraries(folder: Path, plugins: Iterable[Path] = (PLUGIN,)) -> set[str]:
    """Every library the plugins need, directly or through the Qt libraries bundled with them."""
    bundled = [folder / QT_LIBRARIES, folder / PLUGIN.parent]
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        bundled.append(Path(sys._MEIPASS))
    seen: set[Path] = set()
    found: set[str] = set()
    todo = [folder / plugin for plugin in plugins]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in _needed(path):
            local = next((d / name for d in bundled if (d / name).is_file()), None)
            if local is not None:
                todo.append(local)
            else:
                found.add(name)
    return found


def _needed(path: Path) -> list[str]:
    try:
        return needed_libraries(path)
    except (ElfError, OSError):
        return []  # unreadable: let Qt itself try


def problem_text(missing: Iterable[str], os_release: str, environ: Mapping[str, str]) -> str:
    """The one line printed when libraries are missing."""
    names = list(missing)
    text = (
        "the desktop app cannot start: Qt's X11 (xcb) platform needs "
        f"{', '.join(names)}, which {'is' if len(names) == 1 else 'are'} not installed. "
        f"{install_hint(names, os_release)}"
    )
    if environ.get("WAYLAND_DISPLAY"):
        text += " On Wayland you can also start it with QT_QPA_PLATFORM=wayland."
    return text + " (Commands that open no window, such as 'aipia demo', do not need them.)"


def install_hint(names: Iterable[str], os_release: str) -> str:
    """``To install: sudo apt-get install ...`` for the system in ``/etc/os-release``."""
    family = distribution_family(os_release)
    column = {"debian": 0, "fedora": 1}.get(family)
    known = [PACKAGES[name][column] for name in names if name in PACKAGES] if column is not None \
        else []
    if not known:
        return "Install the packages of your system that provide them."
    packages = " ".join(dict.fromkeys(known))
    command = "sudo apt-get install" if family == "debian" else "sudo dnf install"
    return f"To install: {command} {packages}"


def distribution_family(os_release: str) -> str:
    """``debian``, ``fedora`` or ``other``, from the ``ID`` and ``ID_LIKE`` lines."""
    words: set[str] = set()
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("ID", "ID_LIKE"):
            words.update(value.strip().strip("\"'").split())
    if words & {"debian", "ubuntu"}:
        return "debian"
    if words & {"fedora", "rhel", "centos"}:
        return "fedora"
    return "other"


def _os_release() -> str:
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            return Path(candidate).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return ""


def _pyside_folder() -> Path | None:
    """PySide6's folder, found without importing it (that would load Qt)."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


def required_packages(folder: Path, family: str) -> list[str]:
    """The packages (``debian`` or ``fedora`` names) the app needs: those of the libraries Qt's
    X11 plugins and WeasyPrint load, less those every system has. What README.md must list."""
    plugins = [PLUGIN, *(p.relative_to(folder) for p in sorted((folder / GL_PLUGINS).glob("*.so")))]
    names = (system_libraries(folder, plugins) | set(WEASYPRINT_LIBRARIES)) - BASE
    column = {"debian": 0, "fedora": 1}[family]
    return sorted({PACKAGES[name][column] for name in names if name in PACKAGES})


def readme_packages(family: str = "debian", readme: Path = README) -> list[str]:
    """The packages README.md's install line for ``family`` names: what ``.ci/run`` installs."""
    found = README_LINES[family].search(readme.read_text(encoding="utf-8"))
    if found is None:
        raise LookupError(f"{readme} has no {family} install line ({README_LINES[family].pattern})")
    return found.group(1).split()


def main(argv: list[str]) -> int:
    """``--readme-packages``: print README.md's Debian list (for ``.ci/run``); otherwise check
    the xcb plugin's libraries as ``aipia`` would with ``QT_QPA_PLATFORM=xcb``."""
    if argv == ["--readme-packages"]:
        print(" ".join(readme_packages()))
        return 0
    problem = gui_platform_problem({"QT_QPA_PLATFORM": "xcb"})
    print(problem or "Qt's X11 (xcb) platform plugin finds every library it needs.")
    return 1 if problem else 0


if __name__ == "__main__":  # pragma: no cover - .ci/run: python3 -m app.platform_check
    sys.exit(main(sys.argv[1:]))
