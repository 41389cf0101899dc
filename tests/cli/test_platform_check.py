"""Before Qt starts: a missing X11 library is one clear line and exit status 1, not Qt's abort.

On Debian, Qt aborted (SIGABRT) saying xcb-cursor was missing while libxcb-cursor0 was
installed; libxcb-icccm4 and libxcb-keysyms1 were the missing ones. Here the libraries of
the installed PySide6's xcb plugin are read from its ELF headers, and a missing one is
simulated by a loader that fails for it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from app import platform_check
from app.cli import cli
from app.elf_needed import ElfError, needed_libraries
from tests.conftest import REPO_ROOT

PYSIDE = platform_check._pyside_folder()
MISSING = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
UBUNTU = "ID=ubuntu\nID_LIKE=debian\n"
FEDORA = 'ID=fedora\nVERSION_ID=40\n'
needs_plugin = pytest.mark.skipif(
    PYSIDE is None or not (PYSIDE / platform_check.PLUGIN).is_file(),
    reason="PySide6 has no xcb plugin here (not Linux)")


def without(missing: set[str]) -> platform_check.Loader:
    """A loader like ctypes.CDLL that fails for ``missing``, as for a library not installed."""
    def load(name: str) -> object:
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return name
    return load


@needs_plugin
def test_the_plugins_libraries_are_read_from_its_elf_header() -> None:
    assert PYSIDE is not None
    direct = needed_libraries(PYSIDE / platform_check.PLUGIN)
    assert "libQt6XcbQpa.so.6" in direct and "libxcb-cursor.so.0" in direct
    every = platform_check.system_libraries(PYSIDE)
    assert every >= MISSING  # needed by libQt6XcbQpa, the bundled library the plugin loads
    assert not any(name.startswith("libQt6") for name in every)  # bundled: followed, not tried


def test_a_file_that_is_not_elf_is_refused(tmp_path: Path) -> None:
    for name, content in (("text.so", b"not a library"), ("cut.so", b"\x7fELF\x02\x01\x01")):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ElfError):
            needed_libraries(tmp_path / name)


@needs_plugin
def test_missing_libraries_are_named_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(platform_check, "_os_release", lambda: DEBIAN)
    problem = platform_check.gui_platform_problem({}, without(MISSING), PYSIDE)
    assert problem == (
        "the desktop app cannot start: Qt's X11 (xcb) platform needs libxcb-icccm.so.4, "
        "libxcb-keysyms.so.1, which are not installed. To install: sudo apt-get install "
        "libxcb-icccm4 libxcb-keysyms1 (Commands that open no window, such as 'aipia demo', "
        "do not need them.)"
    )
    assert platform_check.gui_platform_problem({}, without(set()), PYSIDE) is None


@pytest.mark.parametrize(("os_release", "command"), [
    (DEBIAN, "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"),
    (UBUNTU, "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"),
    (FEDORA, "sudo dnf install xcb-util-wm xcb-util-keysyms"),
    ("ID=arch\n", "Install the packages of your system that provide them."),
])
def test_the_install_command_fits_the_system(os_release: str, command: str) -> None:
    text = platform_check.problem_text(sorted(MISSING), os_release, {})
    assert command in text and "libxcb-icccm.so.4, libxcb-keysyms.so.1" in text


def test_on_wayland_the_text_also_offers_the_wayland_platform() -> None:
    text = platform_check.problem_text(["libxcb-cursor.so.0"], DEBIAN, {"WAYLAND_DISPLAY": "w"})
    assert "needs libxcb-cursor.so.0, which is not installed" in text
    assert "QT_QPA_PLATFORM=wayland" in text


@needs_plugin
@pytest.mark.parametrize("environ", [{"QT_QPA_PLATFORM": "offscreen"},
                                     {"QT_QPA_PLATFORM": "wayland"}])
def test_nothing_is_checked_for_another_platform(environ: dict[str, str]) -> None:
    assert platform_check.gui_platform_problem(environ, without(MISSING), PYSIDE) is None


def test_nothing_is_checked_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "darwin")
    assert platform_check.gui_platform_problem({}, without(MISSING)) is None


@needs_plugin
def test_aipia_says_so_and_exits_1_before_qt(
    monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    monkeypatch.setattr(platform_check, "LOADER", without(MISSING))
    monkeypatch.setattr(platform_check, "_os_release", lambda: DEBIAN)
    opened: list[str] = []
    monkeypatch.setattr("importlib.import_module", opened.append)  # Qt's app must not load
    for args in ([], ["gui"]):
        result = CliRunner().invoke(cli, args, prog_name="aipia", env={"QT_QPA_PLATFORM": "xcb"})
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("Error: the desktop app cannot start: Qt's X11 (xcb) "
                                        "platform needs libxcb-icccm.so.4, libxcb-keysyms.so.1")
        assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert opened == []


@needs_plugin
def test_the_real_command_exits_1_without_importing_qt(tmp_path: Path) -> None:
    """The console script as a user runs it: no abort (SIGABRT), no Qt, one line."""
    code = (
        "import atexit, sys\n"
        "from app import platform_check as check\n"
        "def load(name):\n"
        "    if name == 'libxcb-keysyms.so.1':\n"
        "        raise OSError(name + ': cannot open shared object file')\n"
        "check.LOADER = load\n"
        "check._os_release = lambda: 'ID=debian'\n"
        "atexit.register(lambda: print('Qt loaded:', 'PySide6' in sys.modules))\n"
        "from app.launch import main\n"  # the console script ``aipia``
        "main([])\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb",
           "AIPIA_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO_ROOT, check=False)
    assert done.returncode == 1, done
    assert done.stderr.strip() == (
        "Error: the desktop app cannot start: Qt's X11 (xcb) platform needs "
        "libxcb-keysyms.so.1, which is not installed. To install: sudo apt-get install "
        "libxcb-keysyms1 (Commands that open no window, such as 'aipia demo', do not need them.)")
    assert done.stdout.strip() == "Qt loaded: False"
