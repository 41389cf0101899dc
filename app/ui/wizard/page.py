"""One wizard page: a section's title, introduction and question blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.style import role
from app.ui.wizard.question import QuestionBlock

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController

MAX_READING_WIDTH = 820


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
        outer = QWidget()
        self.setWidget(outer)
        body = QWidget(outer)
        body.setObjectName("sectionBody")
        body.setMaximumWidth(MAX_READING_WIDTH)
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(body, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(8)
        self.heading = QLabel(controller.text(section.title), body)
        role(self.heading, "sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
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

    def refresh(self) -> None:
        """Show / hide questions and update their messages from the session."""
        session = self.controller.session
        for qid, block in self.blocks.items():
            visible = session.is_visible(qid)
            if visible != (not block.isHidden()):
                block.setVisible(visible)
            if visible:
                block.refresh()

    def layout_now(self) -> None:
        """Polish and lay out the hidden page now, so that showing it later is quick."""
        content = self.widget()
        for child in content.findChildren(QWidget):
            child.ensurePolished()
        content.resize(self.viewport().size())
        content.layout().activate()

    def first_block(self) -> QuestionBlock | None:
        return next((b for b in self.blocks.values() if not b.isHidden()), None)
