"""Feeds in the desktop app: the start-up notice (install on click only) and the feeds dialog.

The feeds are folders (no network at all); the loopback guard fails a test
that tries to reach anything beyond 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

import app
from app.packs import signing
from app.services.feeds import Feeds
from app.services.workspace import Workspace
from app.ui.context import interface_settings
from app.ui.feed_notice import UpdateNotice
from app.ui.feed_worker import FeedWorker
from app.ui.feeds_dialog import AddFeedDialog, FeedsDialog
from app.ui.i18n import SETTING_KEY
from tests.core.upgradetools import V1, V2
from tests.packs.feedtools import (  # noqa: F401 - fixture
    add_bundle,
    fingerprint,
    loopback_only_fixture,
    publish,
)
from tests.ui.helpers import click

pytestmark = pytest.mark.usefixtures("loopback_only")
PACK_ID = "org.aipia.test.upgrade"
WAIT_MS = 30_000  # an upper bound for a busy machine, never a speed requirement


@dataclass
class Setup:
    feed: Path
    key: Ed25519PrivateKey
    assessment_id: int


@pytest.fixture
def regulator_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def prepare(data_dir: Path, tmp_path: Path, key: Ed25519PrivateKey, *, subscribe: bool = True,
            auto_check: bool = True) -> Setup:
    """v1 installed with an assessment on it; a folder feed holding v1 and v2 (with notes)."""
    bundles, feed = tmp_path / "bundles", tmp_path / "feed"
    add_bundle(bundles, V1, key, "v1", {"en": "First release."})
    add_bundle(bundles, V2, key, "v2", {"en": "Renames hosting to deployment.",
                                        "ko": "hosting 질문의 이름을 deployment로 바꿨습니다."})
    publish(bundles, feed, key)
    with Workspace(data_dir) as ws:
        ws.install_bundle(bundles / "v1.aipack", trust_signer=True)
        record = ws.new_assessment("Hanbit Clinic", "Notes", PACK_ID, "1.0.0")
        feeds = Feeds(ws)
        if subscribe:
            feeds.add(str(feed), fingerprint(key), "Regulator")
        feeds.set_auto_check(auto_check)
    return Setup(feed, key, record.id)


def click_button_named(monkeypatch: pytest.MonkeyPatch, text: str) -> list[QMessageBox]:
    """Every QMessageBox.exec() clicks the button labelled ``text``."""
    asked: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box)
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def highest(window: Any) -> str | None:
    return window.context.workspace.catalog.highest_version(PACK_ID)


def test_the_start_up_check_shows_the_update_with_its_notes_and_installs_on_click_only(
    qtbot: Any, make_window: Callable[..., Any], isolated_data_dir: Path, tmp_path: Path,
    regulator_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch,
) -> None:
    setup = prepare(isolated_data_dir, tmp_path, regulator_key)
    window = make_window()
    qtbot.waitUntil(lambda: isinstance(window.dialog, UpdateNotice)
                    and window.dialog.isVisible(), timeout=WAIT_MS)
    notice = window.dialog
    [card] = notice.cards
    assert card.title() == "An update of pack “Upgrade test pack” is available"
    assert card.notes.toPlainText() == "Renames hosting to deployment."
    assert card.install_button.text() == "&Install version 2.0.0"
    assert highest(window) == "1.0.0"  # shown, not installed

    click(qtbot, card.install_button)
    qtbot.waitUntil(lambda: card.status.text().startswith("Installed"), timeout=WAIT_MS)
    assert card.status.text() == f"Installed {PACK_ID} 2.0.0."
    assert highest(window) == "2.0.0"
    upgrade = card.findChild(QPushButton, f"upgrade-{setup.assessment_id}")
    assert upgrade is not None and upgrade.text() == "&Upgrade…"

    asked = click_button_named(monkeypatch, "&Upgrade")
    click(qtbot, upgrade)
    [question] = asked
    assert "Move this assessment from version 1.0.0 to version 2.0.0?" in question.text()
    record = window.context.workspace.store.get_assessment(setup.assessment_id)
    assert record.pack_version == "2.0.0"


def test_the_notice_follows_the_interface_language(
    qtbot: Any, make_window: Callable[..., Any], isolated_data_dir: Path, tmp_path: Path,
    regulator_key: Ed25519PrivateKey,
) -> None:
    prepare(isolated_data_dir, tmp_path, regulator_key)
    interface_settings(isolated_data_dir).setValue(SETTING_KEY, "ko")
    window = make_window()
    qtbot.waitUntil(lambda: isinstance(window.dialog, UpdateNotice), timeout=WAIT_MS)
    [card] = window.dialog.cards
    assert card.notes.toPlainText() == "hosting 질문의 이름을 deployment로 바꿨습니다."
    assert card.title() == "팩 “업그레이드 시험 팩”의 업데이트가 있습니다"


def test_with_checking_off_nothing_is_fetched_at_start_up(
    make_window: Callable[..., Any], isolated_data_dir: Path, tmp_path: Path,
    regulator_key: Ed25519PrivateKey,
) -> None:
    prepare(isolated_data_dir, tmp_path, regulator_key, auto_check=False)
    window = make_window()
    assert window.findChildren(FeedWorker) == []
    [feed] = window.context.workspace.store.list_feeds()
    assert feed.checked_at is None and window.dialog is None


def test_a_feed_checked_today_is_not_checked_again_at_start_up(
    make_window: Callable[..., Any], isolated_data_dir: Path, tmp_path: Path,
    regulator_key: Ed25519PrivateKey,
) -> None:
    prepare(isolated_data_dir, tmp_path, regulator_key)
    with Workspace(isolated_data_dir) as ws:
        Feeds(ws).check()
    window = make_window()
    assert window.findChildren(FeedWorker) == []


def open_feeds(window: Any) -> FeedsDialog:
    window.menu_actions.feeds.trigger()
    assert isinstance(window.dialog, FeedsDialog)
    return window.dialog


def add_with(monkeypatch: pytest.MonkeyPatch, qtbot: Any, location: str, key_text: str) -> None:
    """The add-feed dialog is filled in and confirmed by typing, as a user would."""

    def fake_exec(dialog: AddFeedDialog) -> int:
        qtbot.keyClicks(dialog.location, location)
        qtbot.keyClicks(dialog.fingerprint, key_text)
        qtbot.keyClicks(dialog.name, "Regulator")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        return dialog.result()

    monkeypatch.setattr(AddFeedDialog, "exec", fake_exec)


def test_the_feeds_dialog_adds_checks_and_installs_and_says_what_is_sent(
    qtbot: Any, make_window: Callable[..., Any], isolated_data_dir: Path, tmp_path: Path,
    regulator_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch,
) -> None:
    setup = prepare(isolated_data_dir, tmp_path, regulator_key, subscribe=False,
                    auto_check=False)
    window = make_window()
    dialog = open_feeds(window)
    assert f"User-Agent: AIPIA/{app.__version__}" in dialog.sent.text()
    assert "No cookies, no identifier" in dialog.sent.text()
    assert not dialog.auto_check.isChecked()

    add_with(monkeypatch, qtbot, str(setup.feed), "D752 D16F")
    assert not dialog.add_feed()
    assert "Give the publisher's whole fingerprint" in dialog.dialog.error.text()
    assert window.context.workspace.store.list_feeds() == []

    add_with(monkeypatch, qtbot, str(setup.feed), signing.group(fingerprint(setup.key)))
    assert dialog.add_feed()
    assert dialog.list.topLevelItem(0).text(4) == "Not checked yet"
    click(qtbot, dialog.auto_check)
    assert Feeds(window.context.workspace).auto_check is True

    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.offers.topLevelItemCount() == 1, timeout=WAIT_MS)
    offer = dialog.offers.topLevelItem(0)
    assert [offer.text(c) for c in range(4)] == ["Upgrade test pack", "2.0.0", "1.0.0",
                                                 "Regulator"]
    assert dialog.list.topLevelItem(0).text(4) == "OK (index version 1)"
    offer.setSelected(True)
    click(qtbot, dialog.install_button)
    notice = dialog.dialog
    assert isinstance(notice, UpdateNotice)
    click(qtbot, notice.cards[0].install_button)
    qtbot.waitUntil(lambda: highest(window) == "2.0.0", timeout=WAIT_MS)
    notice.done(QDialog.DialogCode.Accepted)
    assert dialog.offers.topLevelItemCount() == 0


def test_removing_a_feed_asks_first(
    qtbot: Any, make_window: Callable[..., Any], isolated_data_dir: Path, tmp_path: Path,
    regulator_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch,
) -> None:
    prepare(isolated_data_dir, tmp_path, regulator_key, auto_check=False)
    window = make_window()
    dialog = open_feeds(window)
    dialog.list.topLevelItem(0).setSelected(True)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    click(qtbot, dialog.remove_button)
    assert len(window.context.workspace.store.list_feeds()) == 1
    dialog.list.topLevelItem(0).setSelected(True)
    click(qtbot, dialog.remove_button)
    assert window.context.workspace.store.list_feeds() == []
    assert dialog.list.topLevelItemCount() == 0
