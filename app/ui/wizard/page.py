"""One wizard page: a section's title, introduction and question blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.style import role
from app.ui.wizard.question import QuestionBlock
from app.ui.wizard.section_switch import SectionSwitch

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController

MAX_READING_WIDTH = 820
SETTLE_PASSES = 6
MARGINS = (24, 16, 24, 24)


class SectionPage(QScrollArea):
    """Holds every question of the section; hidden ones are built but not shown.

    Widgets are created inside their final parents (the scroll area's content
    first, then the blocks), so Qt polishes each one once instead of again on
    every re-parenting.
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
        self.blocks: dict[str, QuestionBlock] = {}
        for question in section.questions:
            block = QuestionBlock(controller, question, body)
            layout.addWidget(block)
            self.blocks[question.id] = block
        layout.addStretch(1)
        self.refresh()

    def show_review(self, note: str) -> None:
        """The reviewer's verdict and comments on this section ("" hides the note)."""
        self.review_note.setText(note)
        self.review_note.setVisible(bool(note))

    def set_read_only(self, read_only: bool) -> None:
        """An approved assessment: answers are shown, not edited."""
        if self.switch is not None:
            self.switch.button.setEnabled(not read_only)
        for block in self.blocks.values():
            for widget in (block.editor, block.clear_button, block.toggles):
                if widget is not None:
                    widget.setEnabled(not read_only)

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
        for qid, block in self.blocks.items():
            visible = session.is_visible(qid)
            if visible != (not block.isHidden()):
                block.setVisible(visible)
                moved = True
            if visible:
                block.refresh()
        if moved and before is not None and anchor is not None:
            self._keep_in_place(anchor, before)

    def _screen_y(self, qid: str | None) -> int | None:
        block = self.blocks.get(qid) if qid is not None else None
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
        """Polish and lay out the hidden page now, so that showing it later is quick."""
        content = self.outer
        for child in content.findChildren(QWidget):
            child.ensurePolished()
        content.resize(self.viewport().size())
        self.outer_layout.activate()

    def first_block(self) -> QuestionBlock | None:
        return next((b for b in self.blocks.values() if not b.isHidden()), None)
