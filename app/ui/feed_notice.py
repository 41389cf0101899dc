""""An update of pack X is available": the notice, its install button, and the start-up check.

Nothing installs without a click on the notice's Install button. The bundle
is downloaded in a worker thread, then installed on the GUI thread by the
same path as a bundle file; the assessments on the older version are then
listed, each with an Upgrade… button (the assessment's own upgrade flow).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.feed_worker import FeedWorker
from app.ui.operations import UserOp
from app.ui.style import role

if TYPE_CHECKING:
    from app.services.feeds import FeedPack, Feeds, Offer
    from app.services.records import FeedSubscription
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

OpenUpgrade = Callable[[int], object]


class OfferCard(QGroupBox):
    """One offered pack version: what it is, its release notes, and its Install button."""

    def __init__(self, context: AppContext, feed: FeedSubscription, offer: Offer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed, self.offer = feed, offer
        pack, language = offer.pack, context.language
        title = pack.text(pack.title, language)
        if offer.installed:
            self.setTitle(self.tr("An update of pack “%1” is available").replace("%1", title))
            version = self.tr("Version %1 (you have %2)").replace("%1", pack.version).replace(
                "%2", offer.installed)
        else:
            self.setTitle(self.tr("A new pack is available: “%1”").replace("%1", title))
            version = self.tr("Version %1").replace("%1", pack.version)
        source = self.tr("From the feed %1").replace("%1", feed.name or feed.location)
        self.notes = QPlainTextEdit(pack.text(pack.notes, language)
                                    or self.tr("The publisher gave no release notes."))
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Release notes"))
        self.notes.setMaximumHeight(120)
        self.install_button = QPushButton(self.tr("&Install version %1").replace(
            "%1", pack.version))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.upgrades = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{version} · {source}"))
        layout.addWidget(QLabel(self.tr("Release notes:")))
        layout.addWidget(self.notes)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(self.upgrades)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setPalette(self.palette())
        if error:
            role(self.status, "questionIssue")
        self.status.setVisible(True)


class UpdateNotice(QDialog):
    """Lists offered pack versions; each installs only when its button is clicked."""

    def __init__(self, context: AppContext, feeds: Feeds, *,
                 offers: list[tuple[FeedSubscription, Offer]], open_upgrade: OpenUpgrade | None,
                 worker: FeedWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.feeds, self.open_upgrade = context, feeds, open_upgrade
        self.worker = worker
        self.setWindowTitle(self.tr("Pack updates"))
        self.cards = [OfferCard(context, feed, offer) for feed, offer in offers]
        body = QWidget()
        column = QVBoxLayout(body)
        intro = QLabel(self.tr("Publishers you follow have released new versions of their "
                               "questionnaire packs. Nothing is installed until you click "
                               "Install."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        for card in self.cards:
            column.addWidget(card)
            card.install_button.clicked.connect(lambda _=False, c=card: self.install(c))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Later"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(660, min(300 + 180 * len(self.cards), 640))
        self.worker.downloaded.connect(self._downloaded)

    def install(self, card: OfferCard) -> bool:
        """Download the offered bundle (in the background); installing follows."""
        if not self.worker.download(card.feed, card.offer.pack):
            card.say(self.tr("Another download is still running; try again in a moment."))
            return False
        card.install_button.setEnabled(False)
        card.say(self.tr("Downloading…"))
        return True

    def _downloaded(self, feed: FeedSubscription, pack: FeedPack, result: object) -> None:
        card = next((c for c in self.cards if c.offer.pack is pack), None)
        if card is None or not self.context.is_ready:
            return
        if not isinstance(result, Path):
            self._failed(card, str(result))
            return
        try:
            self._install(card, result)
        finally:
            shutil.rmtree(result.parent, ignore_errors=True)

    def _install(self, card: OfferCard, path: Path) -> None:
        result = UserOp(self, lambda: self.feeds.install_file(
            card.feed, card.offer.pack, path)).shown_in(lambda text: self._failed(card, text)) \
            .result()
        if result is None:
            return
        if result.installed is None:
            problems = "; ".join(str(d) for d in result.diagnostics[:3])
            self._failed(card, problems)
            return
        pack = card.offer.pack
        card.say(self.tr("Installed %1 %2.").replace("%1", pack.id).replace("%2", pack.version))
        self._list_upgrades(card)

    def _failed(self, card: OfferCard, reason: str) -> None:
        card.say(self.tr("Not installed: %1").replace("%1", reason), error=True)
        card.install_button.setEnabled(True)

    def _list_upgrades(self, card: OfferCard) -> None:
        pack = card.offer.pack
        older = self.feeds.older_assessments(pack.id, pack.version)
        if older:
            card.upgrades.addWidget(QLabel(self.tr("These assessments use an older version; "
                                                   "upgrade each to carry its answers over:")))
        for record in older:
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("“%1” (%2) uses version %3").replace("%1", record.title)
                                 .replace("%2", record.organization_name)
                                 .replace("%3", record.pack_version)), 1)
            button = QPushButton(self.tr("&Upgrade…"))
            button.setObjectName(f"upgrade-{record.id}")
            button.setEnabled(self.open_upgrade is not None)
            button.clicked.connect(lambda _=False, rid=record.id: self._upgrade(rid))
            row.addWidget(button)
            card.upgrades.addLayout(row)

    def _upgrade(self, assessment_id: int) -> None:
        if self.open_upgrade is not None:
            self.hide()
            self.open_upgrade(assessment_id)


# the start-up check ---------------------------------------------------------------------------
def start_feed_check(window: MainWindow) -> FeedWorker | None:
    """If the user turned checking on, fetch the feeds due (at most daily) in the background."""
    due = window.context.workspace.due_feeds()
    if not due:  # the default: checking is off, and the network code is not even imported
        return None
    from app.services.feeds import STARTUP_OPTIONS

    feeds = window.context.workspace.feeds()
    worker = FeedWorker(STARTUP_OPTIONS, window)
    worker.checked.connect(lambda results: show_updates(window, feeds, worker, results))
    worker.check(due)
    return worker


def show_updates(window: MainWindow, feeds: Feeds, worker: FeedWorker,
                 results: list[tuple[Any, Any]]) -> UpdateNotice | None:
    """Record what the check found; show the notice if an installed pack has an update."""
    if not window.context.is_ready:
        return None
    outcomes = [feeds.accept(feed, fetched) for feed, fetched in results]
    if any(o.error for o in outcomes):
        window.statusBar().showMessage(QCoreApplication.translate(
            "FeedNotice", "A pack feed could not be checked; see Tools → Pack feeds…"), 10000)
    updates = [(o.feed, offer) for o in outcomes for offer in o.offers if offer.is_update]
    if not updates:
        return None
    notice = UpdateNotice(window.context, feeds, offers=updates,
                          open_upgrade=lambda aid: upgrade_in(window, aid),
                          worker=worker, parent=window)
    window.dialog = notice
    notice.show()
    return notice


def upgrade_in(window: MainWindow, assessment_id: int) -> bool:
    """Open the assessment and start its own upgrade flow (what changes, then confirm)."""
    if not window.open_assessment(assessment_id) or window.assessment is None:
        return False
    return window.assessment.upgrade()
