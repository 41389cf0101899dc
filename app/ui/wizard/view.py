"""The wizard screen: section sidebar, the current page, guidance, progress and Back / Next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.wizard.guidance import GuidancePanel
from app.ui.wizard.page import SectionPage
from app.ui.wizard.question import QuestionBlock
from app.ui.wizard.scores_panel import ScoresPanel
from app.ui.wizard.sidebar import SectionSidebar

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController


class WizardView(QWidget):
    """Displays the controller's state; every user action goes back to the controller."""

    finished = Signal()  # Next on the last section

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.pages: dict[str, SectionPage] = {}
        self.sidebar = SectionSidebar(controller)
        self.scores = ScoresPanel(controller)
        self.stack = QStackedWidget()
        self.guidance = GuidancePanel()
        self.progress = QProgressBar()
        # The count goes beside the bar: drawn on the bar, the fill hid it in some styles.
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(140)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressText")
        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.save_label.setWordWrap(True)  # a long save error must not widen the window
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(False)
        self.review_notes: dict[str, str] = {}  # the reviewer's words per section
        self.read_only = False  # approved: answers shown, not edited
        self._edited: str | None = None  # the question answered last: kept in place on screen
        self._prebuild = QTimer(self)
        self._prebuild.setInterval(0)
        self._prebuild.timeout.connect(self._prebuild_next)
        self._lay_out()
        self._connect()
        self.retranslate()
        if controller.current_section is not None:
            self.show_section(controller.current_section)
        self.scores.refresh()
        self.start_prebuilding()

    def _lay_out(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sidebar, 1)
        column.addWidget(self.scores)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.guidance)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([self.sidebar.preferred_width(), 640, 280])
        self.sidebar.setMinimumWidth(170)
        self.guidance.setMinimumWidth(200)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 6, 12, 8)
        bar.addWidget(self.progress_label)
        bar.addSpacing(6)
        bar.addWidget(self.progress)
        bar.addSpacing(12)
        bar.addWidget(self.save_label, 1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)

    def _connect(self) -> None:
        controller = self.controller
        self.sidebar.sectionChosen.connect(controller.go_to)
        controller.sectionChanged.connect(self.show_section)
        controller.answerEdited.connect(self._answers_changed)
        controller.visibilityChanged.connect(self._visibility_changed)
        controller.saveStateChanged.connect(lambda _state: self._show_save_state())
        self.back_button.clicked.connect(controller.go_back)
        self.next_button.clicked.connect(self._next)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self._next)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, controller.go_back)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("&Back"))
        self.scores.retranslate()
        self.back_button.setToolTip(self.tr("Previous section (Ctrl+PgUp)"))
        self._update_navigation()
        self._show_save_state()

    # pages ---------------------------------------------------------------------------
    def page(self, section_id: str) -> SectionPage:
        page = self.pages.get(section_id)
        if page is None:
            page = SectionPage(self.controller, section_id, self.stack)
            page.show_review(self.review_notes.get(section_id, ""))
            page.set_read_only(self.read_only)
            self.pages[section_id] = page
            self.stack.addWidget(page)
        return page

    def start_prebuilding(self) -> None:
        """Build the other pages while the user reads, one per idle moment, nearest first.

        Building a page of 40 questions takes longer than a user should wait for
        a click; prepared in advance, showing it is quick.
        """
        self._prebuild.start()

    def _prebuild_next(self) -> None:
        current = self.controller.current_section
        order = [s.id for _, s in self.controller.pack.iter_sections()]
        start = order.index(current) if current in order else 0
        nearest = sorted(order, key=lambda s: (abs(order.index(s) - start - 0.5), s))
        missing = [s for s in nearest if s not in self.pages]
        if not missing:
            self._prebuild.stop()
            return
        page = self.page(missing[0])
        page.ensurePolished()
        page.layout_now()

    def prebuilt(self) -> bool:
        return not self._prebuild.isActive()

    def current_page(self) -> SectionPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, SectionPage) else None

    def show_section(self, section_id: str) -> None:
        page = self.page(section_id)
        page.set_bottom_space(0)
        page.refresh()
        self.stack.setCurrentWidget(page)
        page.verticalScrollBar().setValue(0)
        section = self.controller.pack.sections[section_id]
        self.guidance.show_section(self.controller.pack, section, self.controller.language)
        self.sidebar.show_current()  # the marks follow answers, not where the user is
        self._update_navigation()

    def rebuild(self) -> None:
        """Build every page again (after a language change)."""
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.sidebar.rebuild()
        if self.controller.current_section is not None:
            self.show_section(self.controller.current_section)
        self.scores.refresh()  # their labels in the new language
        self.retranslate()
        self.start_prebuilding()

    # review ----------------------------------------------------------------------------
    def show_review(self, verdicts: dict[str, str], notes: dict[str, str],
                    read_only: bool) -> None:
        """Verdict marks in the sidebar, the reviewer's notes atop the pages, and (approved)
        every editor disabled."""
        self.review_notes = dict(notes)
        self.read_only = read_only
        for section_id, page in self.pages.items():
            page.show_review(notes.get(section_id, ""))
            page.set_read_only(read_only)
        self.sidebar.set_verdicts(verdicts)

    # refresh -------------------------------------------------------------------------
    def refresh_review(self) -> None:
        """Review flags were cleared: update every page built so far."""
        for page in self.pages.values():
            page.refresh()

    def _answers_changed(self, qid: str | None = None) -> None:
        if qid is not None:
            self._edited = qid
        page = self.current_page()
        if page is not None:
            page.refresh(anchor=self._edited)
        self.sidebar.refresh()
        self.scores.refresh()
        self._update_navigation()

    def _visibility_changed(self, _changed: object) -> None:
        visible = self.sidebar.section_ids()
        now = [s.id for s in self.controller.session.visible_sections()]
        if visible != now:
            self.sidebar.rebuild()
        self._answers_changed()

    def _update_navigation(self) -> None:
        progress = self.controller.progress()
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.answered)
        self.progress_label.setText(self.tr("%1 of %2 answered").replace(
            "%1", str(progress.answered)).replace("%2", str(progress.total)))
        self.progress.setAccessibleName(self.progress_label.text())
        self.back_button.setEnabled(self.controller.previous_section() is not None)
        last = self.controller.next_section() is None
        self.next_button.setText(self.tr("See the &risks") if last else self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Next section (Ctrl+PgDown)"))

    def _show_save_state(self) -> None:
        self.save_label.setText(self.controller.state_label())

    def _next(self) -> None:
        if not self.controller.go_next():
            self.sidebar.refresh()
            page = self.current_page()
            if page is not None:
                page.refresh()
            self.finished.emit()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, QuestionBlock):
            widget = widget.parentWidget()
        if widget is None or widget.controller is not self.controller:
            return
        if self.guidance.question_id != widget.question_id:
            self.guidance.show_question(
                self.controller.pack, widget.question, self.controller.language
            )

    def focus_first_question(self) -> None:
        page = self.current_page()
        block = page.first_block() if page is not None else None
        if block is not None:
            block.setFocus(Qt.FocusReason.TabFocusReason)
