"""README.md's system packages are exactly what the installed Qt plugin and WeasyPrint load.

The lists are derived here from the real files (the ELF headers of PySide6's X11 plugins and
the Qt libraries they load, and the libraries WeasyPrint opens) through one table of
library -> package (app/platform_check.py), and compared with README.md's install lines.
``.ci/run`` installs the Debian line, exactly, before the tests.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import platform_check
from tests.conftest import REPO_ROOT

PYSIDE = platform_check._pyside_folder()
pytestmark = pytest.mark.skipif(
    PYSIDE is None or not (PYSIDE / platform_check.PLUGIN).is_file(),
    reason="PySide6 has no xcb plugin here (not Linux)")


@pytest.mark.parametrize("family", ["debian", "fedora"])
def test_readme_lists_exactly_the_packages_the_app_loads(family: str) -> None:
    assert PYSIDE is not None
    listed = platform_check.readme_packages(family)
    assert len(listed) == len(set(listed))
    assert sorted(listed) == platform_check.required_packages(PYSIDE, family)


def test_every_library_the_plugins_load_has_a_package() -> None:
    assert PYSIDE is not None
    plugins = [platform_check.PLUGIN, *(
        path.relative_to(PYSIDE) for path in (PYSIDE / platform_check.GL_PLUGINS).glob("*.so"))]
    loaded = platform_check.system_libraries(PYSIDE, plugins)
    unknown = loaded - platform_check.BASE - set(platform_check.PACKAGES)
    assert not unknown, f"add these to app/platform_check.py's PACKAGES: {sorted(unknown)}"
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= loaded


def test_ci_installs_the_readme_list() -> None:
    script = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packages=$(python3 -m app.platform_check --readme-packages)" in script
    assert "apt-get install -y -qq --no-install-recommends $packages" in script
    assert script.index("apt-get install") < script.index("python -m pytest")
    printed = subprocess.run([sys.executable, "-m", "app.platform_check", "--readme-packages"],
                             capture_output=True, text=True, check=True, cwd=REPO_ROOT,
                             timeout=60)
    assert printed.stdout.split() == platform_check.readme_packages("debian")
