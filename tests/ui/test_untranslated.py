"""No English from the app or the report template on a Korean screen or in a Korean report.

Pack text is the pack's business (a Korean assessment shows the pack's
Korean), so these screens use a Korean assessment of the fixture pack. Two
nets catch what slips through: the interface catalogue (an English source
string shown as it is) and, on screens, any run of English words with no
Korean beside it (text the app built outside the catalogue, such as the
report engine's progress lines).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from app.core.answers import Answer
from tests.conftest import REPO_ROOT
from tests.ui.conftest import DEMO_PACK
from tests.ui.helpers import use_edited_demo_pack
from tests.ui.report_fakes import use_fake_reporting
from tests.ui.test_language import switch_language
from tests.ui.test_translations import TS_FILE, messages

HANGUL = re.compile(r"[\uac00-\ud7a3]")
ENGLISH_WORDS = re.compile(r"\b[A-Za-z]{2,}(?: [A-Za-z]{2,})+\b")
ALLOWED = re.compile(r"^(AIPIA|English|YYYY-MM-DD|PDF|[A-Z]{2,}[\w. -]*)$")  # names, formats


def catalogue() -> list[re.Pattern[str]]:
    """English source strings whose Korean differs, as patterns (%1 matches anything)."""
    patterns = []
    for (_context, source), (translation, _kind) in messages(TS_FILE).items():
        plain = source.replace("&", "")
        if translation.replace("&", "") == plain or len(plain) < 3:
            continue
        parts = [re.escape(part) for part in re.split(r"%\d", plain)]
        patterns.append(re.compile("^" + ".+".join(parts) + "$"))
    return patterns


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a user can see on ``widget`` and below it (tooltips included)."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QTreeWidget):
            header = child.headerItem()
            texts += [header.text(c) for c in range(header.columnCount())]
    return [text.replace("&", "") for text in texts if text and text.strip()]


def untranslated(texts: list[str], patterns: list[re.Pattern[str]]) -> list[str]:
    found = []
    for text in texts:
        for line in text.splitlines():
            line = line.strip()
            if not line or ALLOWED.match(line):
                continue
            if any(p.match(line) for p in patterns):
                found.append(f"catalogue string: {line!r}")
            elif not HANGUL.search(line) and ENGLISH_WORDS.search(line) \
                    and "/" not in line and "://" not in line:
                found.append(f"English words: {line!r}")
    return found


@pytest.fixture
def korean(qtbot: Any, window: Any) -> Any:
    """The interface in Korean, a Korean assessment open, a risk raised."""
    switch_language(qtbot, window, "ko")
    workspace = window.context.workspace
    record = workspace.new_assessment("한빛의원", "진료 기록 요약", language="ko")
    workspace.save_answer(workspace.open(record.id), "deployment_mode",
                          Answer("third_party_host"))
    window.home.reload()
    window.open_assessment(record.id)
    return window


def test_korean_screens_show_no_english_from_the_app(
        qtbot: Any, korean: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.report_dialog import ReportDialog

    patterns = catalogue()
    problems = untranslated(shown_texts(korean), patterns)
    view = korean.assessment
    for section in view.controller.session.visible_sections():
        view.controller.go_to(section.id)
        problems += untranslated(shown_texts(view.wizard.current_page()), patterns)
    for tab in (view.risks, view.review, view.evidence):
        view.tabs.setCurrentWidget(tab)
        problems += untranslated(shown_texts(tab), patterns)
    for menu in korean.menu_actions.menus.values():
        problems += untranslated([menu.title()] + [a.text() for a in menu.actions()], patterns)

    use_fake_reporting(monkeypatch)
    dialog = ReportDialog(korean.context, view.assessment_id, korean)
    qtbot.addWidget(dialog)
    lines = ["Filling in the template", "Starting the PDF engine", "Writing 12 pages",
             "Step 5 - Creating layout - Page 3", "a line the dialog has never seen"]
    shown = [dialog._progress_text(line) for line in lines]  # the reports layer's own words
    problems += untranslated(shown_texts(dialog) + shown, patterns)
    assert not problems, "\n".join(sorted(set(problems)))


def english_template_words() -> set[str]:
    """The default template's English phrases (two words or more) that Korean replaces."""
    folder = REPO_ROOT / "report_templates" / "default" / "wording"
    words = {lang: json.loads((folder / f"{lang}.json").read_text(encoding="utf-8"))
             for lang in ("en", "ko")}

    def leaves(value: Any, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], str]:
        if isinstance(value, dict):
            return {k: v for key, item in value.items() for k, v in
                    leaves(item, (*path, key)).items()}
        return {path: value} if isinstance(value, str) else {}

    english, korean = leaves(words["en"]), leaves(words["ko"])
    return {text for key, text in english.items()
            if " " in text.strip() and korean.get(key) != text}


@pytest.fixture
def pack_with_translated_locators(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """demo-small whose first reference gives its locator in both languages."""
    text = (DEMO_PACK / "context.yaml").read_text(encoding="utf-8")
    first = re.search(r"- \{source: (\w+), section: \"[^\"]*\"\}", text)
    assert first is not None
    use_edited_demo_pack(tmp_path, monkeypatch, "context.yaml", first.group(0),
                         f"- {{source: {first.group(1)}, section: {{en: Steps 5-7, ko: 5~7단계}}}}")


@pytest.mark.usefixtures("pack_with_translated_locators")
def test_the_korean_report_and_guidance_have_no_english_from_the_template(
        qtbot: Any, window: Any) -> None:
    from app.services.reporting import discard_report, prepare_report
    from app.ui.wizard.guidance import reference_text

    workspace = window.context.workspace
    record = workspace.new_assessment("한빛의원", "진료 기록 요약", language="ko")
    opened = workspace.open(record.id)
    workspace.save_answer(opened, "deployment_mode", Answer("third_party_host"))
    prepared = prepare_report(workspace, record.id, lang="ko")
    discard_report(prepared)
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", prepared.html, flags=re.S)
    text = " ".join(re.sub(r"<[^>]+>", "\n", body).split())
    leftovers = sorted(phrase for phrase in english_template_words() if phrase in text)
    assert not leftovers
    assert "5~7단계" in text and "Steps 5-7" not in text  # the locator, in Korean
    pack = opened.pack
    cited = [ref for q in pack.questions.values() for ref in getattr(q, "references", ())
             if not isinstance(ref.section, str) and ref.section is not None]
    assert [reference_text(pack, ref, "ko")[0].split(", ")[-1] for ref in cited] == ["5~7단계"]
    assert [reference_text(pack, ref, "en")[0].split(", ")[-1] for ref in cited] == ["Steps 5-7"]


def catalogue_for(language: str) -> list[re.Pattern[str]]:
    """English source strings whose translation in ``language`` differs, as patterns."""
    from tests.ui.test_translations import ts_file

    patterns = []
    for (_context, source), (translation, _kind) in messages(ts_file(language)).items():
        plain = source.replace("&", "")
        if translation.replace("&", "") == plain or len(plain) < 3:
            continue
        parts = [re.escape(part) for part in re.split(r"%\d", plain)]
        patterns.append(re.compile("^" + ".+".join(parts) + "$"))
    return patterns


def catalogue_strings(texts: list[str], patterns: list[re.Pattern[str]]) -> list[str]:
    return [f"{line.strip()!r}" for text in texts for line in text.splitlines()
            if line.strip() and any(p.match(line.strip()) for p in patterns)]


def every_dialog(window: Any, qtbot: Any) -> list[Any]:
    """Each window and dialog the app opens, for the open assessment (none is shown)."""
    from app.services.feeds import Feeds
    from app.ui.archived_answers import ArchivedAnswersDialog
    from app.ui.clients import ClientDialog
    from app.ui.feeds_dialog import AddFeedDialog, FeedsDialog
    from app.ui.help_dialog import HelpDialog
    from app.ui.new_assessment import NewAssessmentDialog
    from app.ui.packs_dialog import PacksDialog
    from app.ui.report_dialog import ReportDialog
    from app.ui.restore_dialog import RestoreDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.wizard.scan_dialog import ScanDialog

    context, view = window.context, window.assessment
    opened = context.workspace.open(view.assessment_id)
    dialogs = [
        SettingsDialog(context, window), PacksDialog(context, window),
        FeedsDialog(context, parent=window), AddFeedDialog(Feeds(context.workspace), window),
        HelpDialog(str(context.data_dir), window), NewAssessmentDialog(context, "", window),
        RestoreDialog(context.data_dir, window), ClientDialog(context, None, window),
        ArchivedAnswersDialog(opened, "en", window), ScanDialog(view.controller, window),
        ReportDialog(context, view.assessment_id, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return dialogs


@pytest.mark.parametrize("language", ["fr", "it", "pt-BR"])
def test_french_italian_and_portuguese_screens_show_no_english_catalogue_string(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    switch_language(qtbot, window, language)
    patterns = catalogue_for(language)
    problems = catalogue_strings(shown_texts(window), patterns)  # the list of assessments
    workspace = window.context.workspace
    record = workspace.new_assessment("Clinique", "Résumés", language="en")
    workspace.save_answer(workspace.open(record.id), "deployment_mode",
                          Answer("third_party_host"))
    window.home.reload()
    window.open_assessment(record.id)
    view = window.assessment
    for section in view.controller.session.visible_sections():
        view.controller.go_to(section.id)
        problems += catalogue_strings(shown_texts(view.wizard.current_page()), patterns)
    problems += catalogue_strings(shown_texts(window), patterns)
    for tab in (view.risks, view.review, view.evidence):
        view.tabs.setCurrentWidget(tab)
        problems += catalogue_strings(shown_texts(tab), patterns)
    for menu in window.menu_actions.menus.values():
        problems += catalogue_strings([menu.title()] + [a.text() for a in menu.actions()],
                                      patterns)
    use_fake_reporting(monkeypatch)
    dialogs = every_dialog(window, qtbot)
    for dialog in dialogs:
        problems += catalogue_strings(shown_texts(dialog), patterns)
    lines = ["Filling in the template", "Starting the PDF engine", "Writing 12 pages",
             "Step 5 - Creating layout - Page 3"]
    problems += catalogue_strings([dialogs[-1]._progress_text(line) for line in lines], patterns)
    assert len(dialogs) == 11 and len(patterns) > 400
    assert not problems, "\n".join(sorted(set(problems)))
