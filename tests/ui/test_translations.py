"""Every interface string is translated into every interface language; compiled files are current.

The languages are those of the language menu (app/ui/i18n.py LANGUAGES): one
resources/translations/aipia_<code>.ts each (``pt-BR`` is ``pt_BR``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.ui.i18n import LANGUAGES, file_code
from tests.conftest import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
TRANSLATED = [code for code in LANGUAGES if code != "en"]  # English is the source
TS_FILE = TRANSLATIONS / "aipia_ko.ts"
QM_FILE = TRANSLATIONS / "aipia_ko.qm"
FILE_MENU = {"ko": "파일(&F)", "fr": "&Fichier", "it": "&File", "pt-BR": "&Arquivo"}


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"aipia_{file_code(language)}.ts"


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


def test_the_language_menu_has_the_five_languages() -> None:
    assert list(LANGUAGES) == ["en", "ko", "fr", "it", "pt-BR"]
    assert set(FILE_MENU) == set(TRANSLATED)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_interface_string_is_translated(extracted: Path, language: str) -> None:
    committed = messages(ts_file(language))
    missing = sorted(set(messages(extracted)) - set(committed))
    assert not missing, f"run pyside6-lupdate and translate: {missing}"
    unfinished = [key for key, (text, kind) in committed.items() if not text or kind]
    assert not unfinished
    if language != "ko":  # a Latin-script translation that equals the English is suspicious
        same = [s for (_c, s), (text, _k) in committed.items() if text == s and len(s) > 12]
        assert len(same) <= 8, same  # a few are the same word: "Version %1", "PDF (*.pdf)"


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_and_shortcut_letters_survive_translation(language: str) -> None:
    for (_context, source), (text, _kind) in messages(ts_file(language)).items():
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        if re.search(r"&\w", source):
            assert re.search(r"&\w", text), source
        assert source.count("\n") == text.count("\n"), source


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_file_matches_the_source(tmp_path: Path, language: str) -> None:
    source = ts_file(language)
    compiled = tmp_path / source.with_suffix(".qm").name
    subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(compiled)], check=True,
                   capture_output=True, timeout=120)
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), "run pyside6-lrelease"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_translation_loads(qapp: object, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(ts_file(language).with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Actions", "&File") == FILE_MENU[language]
    finally:
        QCoreApplication.removeTranslator(translator)
