"""One wizard page: a section's title, introduction and question blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.style import role
from app.ui.wizard.question import QuestionBlock
from app.ui.wizard.section_switch import SectionSwitch

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController

MAX_READING_WIDTH = 820
SETTLE_PASSES = 6
MARGINS = (24, 16, 24, 24)
FIRST_BLOCKS = 6  # built with the page: about a screenful
BLOCKS_PER_TURN = 4  # the rest, a few per event-loop turn


class SectionPage(QScrollArea):
    """Holds every question of the section; hidden ones are built but not shown.

    Widgets are created inside their final parents (the scroll area's content
    first, then the blocks), so Qt polishes each one once instead of again on
    every re-parenting. The first questions are built with the page, so it
    shows at once; the others on the next event-loop turns (or as soon as
    :attr:`blocks` is asked for).
    """

    def __init__(self, controller: WizardController, section_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.section_id = section_id
        section = controller.pack.sections[section_id]
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Always there: a bar that appears when a follow-up question makes the page taller
        # would narrow it, re-wrap every text and move everything under the pointer.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer = self.outer = QWidget()
        self.setWidget(outer)
        self.read_only = False  # an approved assessment's answers are shown, not edited
        body = self.body = QWidget(outer)
        body.setObjectName("sectionBody")
        body.setMaximumWidth(MAX_READING_WIDTH)
        outer_layout = self.outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(body, 1)
        layout = self.body_layout = QVBoxLayout(body)
        layout.setContentsMargins(*MARGINS)
        self._bottom_space = 0
        layout.setSpacing(8)
        self.heading = QLabel(controller.text(section.title), body)
        role(self.heading, "sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.review_note = QLabel(body)  # the reviewer's verdict and comments, when any
        role(self.review_note, "notice")
        self.review_note.setWordWrap(True)
        self.review_note.setTextFormat(Qt.TextFormat.PlainText)
        self.review_note.setVisible(False)
        layout.addWidget(self.review_note)
        self.switch = SectionSwitch(controller, section_id, body) if section.optional else None
        if self.switch is not None:
            layout.addWidget(self.switch)
        if section.description is not None:
            intro = QLabel(controller.text(section.description), body)
            role(intro, "sectionIntro")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addStretch(1)
        self._blocks: dict[str, QuestionBlock] = {}
        self._waiting = list(section.questions)  # questions whose blocks are still to come
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(lambda: self._build(BLOCKS_PER_TURN))
        self._build(FIRST_BLOCKS)
        if self._waiting:
            self._builder.start()

    @property
    def blocks(self) -> dict[str, QuestionBlock]:
        """Every question's block, in order (any still to come are built now)."""
        self.finish_building()
        return self._blocks

    def finish_building(self) -> None:
        self._build(len(self._waiting))

    def _build(self, count: int) -> None:
        """The next ``count`` blocks, above the closing stretch, shown if their question is."""
        session, layout = self.controller.session, self.body_layout
        for question in self._waiting[:count]:
            block = QuestionBlock(self.controller, question, self.body)
            layout.insertWidget(layout.count() - 1, block)
            self._blocks[question.id] = block
            if self.read_only:
                self._lock(block)
            visible = session.is_visible(question.id)
            block.setVisible(visible)
            if visible:
                block.refresh()
        del self._waiting[:count]
        if not self._waiting:
            self._builder.stop()

    def show_review(self, note: str) -> None:
        """The reviewer's verdict and comments on this section ("" hides the note)."""
        self.review_note.setText(note)
        self.review_note.setVisible(bool(note))

    def set_read_only(self, read_only: bool) -> None:
        """An approved assessment: answers are shown, not edited (blocks still to come are
        built that way)."""
        self.read_only = read_only
        if self.switch is not None:
            self.switch.button.setEnabled(not read_only)
        for block in self._blocks.values():
            self._lock(block)

    def _lock(self, block: QuestionBlock) -> None:
        for widget in (block.editor, block.clear_button, block.attach_button, block.toggles):
            if widget is not None:
                widget.setEnabled(not self.read_only)

    def refresh(self, anchor: str | None = None) -> None:
        """Show / hide questions and update their messages from the session.

        Args:
            anchor: the question just answered. It stays where it is on screen
                while questions appear or go above it, so the next click lands
                where the user aimed.
        """
        before = self._screen_y(anchor)
        session = self.controller.session
        if self.switch is not None:
            self.switch.refresh()
        moved = False
        for qid, block in self._blocks.items():
            visible = session.is_visible(qid)
            if visible != (not block.isHidden()):
                block.setVisible(visible)
                moved = True
            if visible:
                block.refresh()
        if moved and before is not None and anchor is not None:
            self._keep_in_place(anchor, before)

    def _screen_y(self, qid: str | None) -> int | None:
        block = self._blocks.get(qid) if qid is not None else None
        if block is None or block.isHidden() or not self.isVisible():
            return None
        return block.mapTo(self.viewport(), QPoint(0, 0)).y()

    def _keep_in_place(self, qid: str, before: int) -> None:
        self.settle_layout()
        after = self._screen_y(qid)
        if after is None or after == before:
            return
        bar = self.verticalScrollBar()
        target = bar.value() + after - before
        if target > bar.maximum():  # not enough page below: add blank space to scroll into
            self.set_bottom_space(self._bottom_space + target - bar.maximum())
            self.settle_layout()
        bar.setValue(target)

    def set_bottom_space(self, pixels: int) -> None:
        """Blank space under the last question (added only to keep an answer in place)."""
        self._bottom_space = pixels
        left, top, right, bottom = MARGINS
        self.body_layout.setContentsMargins(left, top, right, bottom + pixels)

    def settle_layout(self) -> None:
        """Lay the page out now, as the coming event-loop turns would (for exact positions).

        Each pass settles one level of nested layouts (a shown question, its
        editor, the page, the scroll area); stop when the page's height holds.
        """
        content = self.outer
        for _ in range(SETTLE_PASSES):
            height = content.height()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.setWidgetResizable(True)  # the scroll area fits the content to its size now
            if content.height() == height:
                return

    def layout_now(self) -> None:
        """Build, polish and lay out the hidden page now, so that showing it later is quick."""
        self.finish_building()
        content = self.outer
        for child in content.findChildren(QWidget):
            child.ensurePolished()
        content.resize(self.viewport().size())
        self.outer_layout.activate()

    def first_block(self) -> QuestionBlock | None:
        """The first question shown; blocks still to come are built only until there is one."""
        shown = next((b for b in self._blocks.values() if not b.isHidden()), None)
        while shown is None and self._waiting:
            self._build(1)
            block = next(reversed(self._blocks.values()))
            shown = None if block.isHidden() else block
        return shown
