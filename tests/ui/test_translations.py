"""Every interface string has a Korean translation, and the compiled file is up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.conftest import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "aipia_ko.ts"
QM_FILE = TRANSLATIONS / "aipia_ko.qm"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(REPO_ROOT / ".venv" / "bin")) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing; it comes with PySide6")
    return found


def messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, its type attribute)."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = (
                translation.text or "", translation.get("type"))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The strings the code uses today, extracted with pyside6-lupdate."""
    target = tmp_path_factory.mktemp("ts") / "current.ts"
    sources = sorted(str(p) for p in (REPO_ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(target), "-locations", "none"],
                   check=True, capture_output=True, timeout=120)
    return target


def test_every_interface_string_has_a_korean_translation(extracted: Path) -> None:
    committed = messages(TS_FILE)
    missing = sorted(set(messages(extracted)) - set(committed))
    assert not missing, f"run pyside6-lupdate and translate: {missing}"
    unfinished = [key for key, (text, kind) in committed.items() if not text or kind]
    assert not unfinished


def test_placeholders_and_shortcut_letters_survive_translation() -> None:
    for (_context, source), (text, _kind) in messages(TS_FILE).items():
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        if re.search(r"&\w", source):
            assert re.search(r"&\w", text), source


def test_the_compiled_file_matches_the_source(tmp_path: Path) -> None:
    compiled = tmp_path / "aipia_ko.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(compiled)], check=True,
                   capture_output=True, timeout=120)
    assert compiled.read_bytes() == QM_FILE.read_bytes(), "run pyside6-lrelease"


def test_the_translation_loads(qapp: object) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Actions", "&File") == "파일(&F)"
    finally:
        QCoreApplication.removeTranslator(translator)
