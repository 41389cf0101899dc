"""The report dialog: choices, rendering off the GUI thread, cancel, plain errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.ui.report_dialog import ReportDialog, default_file_name
from tests.ui.helpers import click
from tests.ui.report_fakes import FakeReporting, use_fake_reporting


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeReporting:
    return use_fake_reporting(monkeypatch)


@pytest.fixture
def dialog(qtbot: Any, window: Any, fake: FakeReporting, tmp_path: Path) -> ReportDialog:
    record = window.context.workspace.new_assessment("Hanbit Clinic", "Chatbot", language="ko")
    shown = ReportDialog(window.context, record.id, window)
    qtbot.addWidget(shown)
    shown.output.setText(str(tmp_path / "out.pdf"))
    return shown


def test_offers_the_templates_and_every_language_of_the_pack(
        dialog: ReportDialog) -> None:
    assert dialog.template.currentText() == "Default"
    languages = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert languages == ["en", "ko"]
    assert dialog.language.currentData() == "ko"  # the assessment's language
    dialog.template.setCurrentIndex(1)  # "Brief" speaks English only: its words show marked
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "ko"]
    assert dialog.language.currentData() == "ko"


def test_renders_in_a_worker_thread_and_opens_the_pdf(
        qtbot: Any, dialog: ReportDialog, fake: FakeReporting, opened_urls: list[str],
        tmp_path: Path) -> None:
    click(qtbot, dialog.create_button)
    assert not dialog.create_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert fake.calls[0].lang == "ko" and fake.calls[0].template == "default"
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert opened_urls == [str(tmp_path / "out.pdf")]
    assert "(pages: 3)" in dialog.status.text()
    assert not dialog.open_button.isHidden() and dialog.create_button.isEnabled()


def test_cancel_stops_the_render_and_the_window_stays_responsive(
        qtbot: Any, dialog: ReportDialog, fake: FakeReporting, opened_urls: list[str]) -> None:
    fake.block = True
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(fake.started.is_set)
    qtbot.waitUntil(lambda: dialog.status.text() == "Starting the PDF engine…")  # events flow
    assert dialog.cancel_button.text() == "Cancel"
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.worker is None)
    assert dialog.status.text() == "Cancelled; no report was saved."
    assert opened_urls == [] and dialog.result is None


def test_errors_are_shown_in_plain_words(
        qtbot: Any, dialog: ReportDialog, fake: FakeReporting) -> None:
    fake.fail_with = "the template 'default' has no Korean words"
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.worker is None)
    assert dialog.status.text() == (
        "The report could not be created: the template 'default' has no Korean words")


def test_a_missing_folder_is_caught_before_rendering(
        qtbot: Any, dialog: ReportDialog, fake: FakeReporting, tmp_path: Path) -> None:
    dialog.output.setText(str(tmp_path / "nowhere" / "out.pdf"))
    click(qtbot, dialog.create_button)
    assert "does not exist" in dialog.status.text() and fake.calls == []


def test_the_save_location_is_chosen_with_a_file_dialog(
        qtbot: Any, dialog: ReportDialog, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "chosen"), "")))
    click(qtbot, dialog.browse)
    assert dialog.output.text() == str(tmp_path / "chosen.pdf")


def test_default_file_name_is_safe(window: Any) -> None:
    record = window.context.workspace.new_assessment("A/B: Ltd", "Bot?", language="en")
    assert "/" not in default_file_name(record) and "?" not in default_file_name(record)


def test_engine_progress_is_shown_in_plain_words(dialog: ReportDialog) -> None:
    assert dialog._progress_text("Step 5 - Creating layout - Page 12") == "Laying out page 12…"
    assert dialog._progress_text("Step 1 - Fetching and parsing HTML") == "Preparing the layout…"
    assert dialog._progress_text("Starting the PDF engine") == "Starting the PDF engine…"
    assert dialog._progress_text("Writing 14 pages") == "Writing 14 pages…"
    assert dialog._progress_text("Some new engine message") == "Creating the report…"


def test_the_first_report_goes_to_a_folder_that_exists_then_to_the_last_one_used(
        qtbot: Any, window: Any, fake: FakeReporting, tmp_path: Path) -> None:
    record = window.context.workspace.new_assessment("Hanbit Clinic", "Chatbot", language="en")
    home = Path.home()
    assert not (home / "Documents").exists()  # a fresh account: Qt still names ~/Documents
    first = ReportDialog(window.context, record.id, window)
    qtbot.addWidget(first)
    assert Path(first.output.text()).parent == home
    (home / "Documents").mkdir(parents=True)
    second = ReportDialog(window.context, record.id, window)
    qtbot.addWidget(second)
    assert Path(second.output.text()).parent == home / "Documents"

    chosen = tmp_path / "reports"
    chosen.mkdir()
    second.output.setText(str(chosen / "hanbit.pdf"))
    click(qtbot, second.create_button)
    qtbot.waitUntil(lambda: second.worker is None)
    assert (chosen / "hanbit.pdf").exists()
    third = ReportDialog(window.context, record.id, window)
    qtbot.addWidget(third)
    assert Path(third.output.text()).parent == chosen


def test_without_a_pdf_viewer_the_dialog_says_where_the_report_is(
        qtbot: Any, dialog: ReportDialog, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert dialog.status.text() == (
        "The report is saved, but no program to open PDF files was found. Find the file "
        f"“out.pdf” in the folder {tmp_path}.")
