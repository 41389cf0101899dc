"""One question on a page: its label, editor, explicit-state toggles and messages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.answer_choices import answer_source
from app.core.answers import Answer
from app.core.inspect.mapping import INVENTORY_QUESTION
from app.ui.pack_changes import PackChanges
from app.ui.style import role
from app.ui.wizard.editors import Editor, StateToggles, explicit_states
from app.ui.wizard.question_editors import make_editor, offered_editor
from app.ui.wizard.scan_dialog import ScanDialog
from app.ui.wizard.table_editor import TableEditor

if TYPE_CHECKING:
    from app.core.model import AnyQuestion
    from app.ui.wizard.controller import WizardController


class QuestionBlock(QFrame):
    """Displays one question and forwards its edits to the controller."""

    def __init__(self, controller: WizardController, question: AnyQuestion,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionBlock")
        self.controller = controller
        self.question = question
        self.question_id: str = question.id
        self.label_text = controller.text(question.label)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        role(self.title, "questionTitle")
        self.offered = controller.session.choices(question) if answer_source(question) else None
        self.editor = self._make_editor()
        if isinstance(self.editor, TableEditor):
            table = question.id
            self.editor.cell_shown = lambda column, row: controller.session.cell_visible(
                table, column, row)
        if question.id == INVENTORY_QUESTION and isinstance(self.editor, TableEditor):
            add_scan_action(self)
        self.title.setBuddy(self.editor)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear this answer"))
        self.clear_button.setAccessibleName(self.tr("Clear the answer to: %1").replace(
            "%1", self.label_text))
        self.clear_button.setAutoRaise(True)
        keep = self.clear_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # appearing must not push the question down
        self.clear_button.setSizePolicy(keep)
        self.clear_button.clicked.connect(self.clear)
        self.attach_button = QToolButton()
        self.attach_button.setText(self.tr("Attach…"))
        self.attach_button.setToolTip(self.tr(
            "Attach a file as evidence for this answer (or drop files on the question)"))
        self.attach_button.setAccessibleName(self.tr("Attach evidence to: %1").replace(
            "%1", self.label_text))
        self.attach_button.setAutoRaise(True)
        self.attach_button.clicked.connect(
            lambda: controller.evidenceRequested.emit(self.question_id, None))
        self.setAcceptDrops(True)
        states = () if self.editor.handles_states() else explicit_states(question)
        self.toggles = StateToggles(states, controller.language) if states else None
        self.message = QLabel()
        role(self.message, "questionIssue")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(False)
        self.review = QLabel()
        role(self.review, "notice")
        self.review.setWordWrap(True)
        self.review.setVisible(False)
        self._lay_out()
        self.setFocusProxy(self.editor)
        self._show_answer(controller.session.answer(self.question_id))
        draft = controller.draft(self.question_id)
        if draft is not None:  # typed before the page was rebuilt, not saved yet
            self.editor.set_raw_text(draft)
        self._connect_editor()
        if self.toggles is not None:
            self.toggles.toggled.connect(self._state_toggled)
        self.refresh()

    def _make_editor(self) -> Editor:
        controller = self.controller
        if self.offered is not None:  # choices from an earlier answer, as they are now
            return offered_editor(controller.pack, self.question, controller.language,
                                  self.offered)
        return make_editor(controller.pack, self.question, controller.language)

    def _connect_editor(self) -> None:
        self.editor.changed.connect(self._edited)
        self.editor.invalid.connect(lambda text: self.controller.reject(
            self.question_id, text, self.editor.raw_text()))

    def _follow_offered_choices(self) -> None:
        """The earlier answer changed what is offered: the editor offers the new choices."""
        if self.offered is None:
            return
        now = self.controller.session.choices(self.question)
        if [c.id for c in now] == [c.id for c in self.offered]:
            return
        self.offered, old = now, self.editor
        self.editor = self._make_editor()
        self.editor.setEnabled(old.isEnabled())
        layout = self.layout()
        if layout is not None:
            layout.replaceWidget(old, self.editor)
        old.hide()  # gone at once, deleted when the event loop next turns
        old.deleteLater()
        self.title.setBuddy(self.editor)
        self.setFocusProxy(self.editor)
        self._connect_editor()
        self._show_answer(self.controller.session.answer(self.question_id))

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.review)
        layout.addWidget(self.editor)
        if self.toggles is not None:
            layout.addWidget(self.toggles)
        layout.addWidget(self.message)

    def _show_answer(self, answer: Answer | None) -> None:
        explicit = answer.state if answer is not None and answer.state != "answered" else None
        self.editor.set_answer(answer)
        if self.toggles is not None:
            self.toggles.set_state(explicit)
            self.editor.setEnabled(explicit is None)

    # edits -------------------------------------------------------------------------
    def _edited(self, answer: Answer | None) -> None:
        if self.toggles is not None and self.toggles.state() is not None:
            return
        self.controller.edit(self.question_id, answer)

    def _state_toggled(self, state: str | None) -> None:
        self.editor.setEnabled(state is None)
        answer = Answer(None, state) if state else self.editor.value_answer()  # type: ignore[arg-type]
        self.controller.edit(self.question_id, answer)

    def clear(self) -> None:
        self._show_answer(None)
        self.controller.edit(self.question_id, None)
        self.editor.setFocus()

    # evidence ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.attach_button.isEnabled() and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.controller.evidenceRequested.emit(self.question_id, paths)

    # display -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Update the required mark, the clear button and the messages from the session."""
        session = self.controller.session
        self._follow_offered_choices()
        required = session.is_required(self.question_id)
        self.title.setText(self.label_text + (" *" if required else ""))
        self.title.setAccessibleDescription(self.tr("Required") if required else "")
        self.clear_button.setVisible(session.answer(self.question_id) is not None)
        reason = self.controller.review_reason(self.question_id)
        if reason is not None:
            self.review.setText(PackChanges(self).review_reason(reason))
        self.review.setVisible(reason is not None)
        messages = self.controller.messages_for(self.question_id)
        if self.offered == ():
            messages.append(self.nothing_to_choose())
        self.message.setText("\n".join(messages))
        self.message.setVisible(bool(messages))
        self.editor.setAccessibleDescription("\n".join(messages))

    def nothing_to_choose(self) -> str:
        source = answer_source(self.question)
        label = self.controller.pack.questions[source.question].label if source else None
        return self.tr("Nothing to choose from yet: answer “%1” first.").replace(
            "%1", self.controller.text(label))


# the model inventory question's scan button -------------------------------------------------
def open_scan_dialog(block: QuestionBlock) -> None:
    """The "Scan a model folder…" action of the model inventory question."""
    dialog = ScanDialog(block.controller, block.window())
    if dialog.exec() and dialog.applied:
        show_saved_answers(block, dialog.applied)


def show_saved_answers(block: QuestionBlock, question_ids: list[str]) -> None:
    """Show newly saved answers in every built question block and refresh the wizard."""
    session = block.controller.session
    for other in block.window().findChildren(QuestionBlock):
        if other.question_id in question_ids:
            other._show_answer(session.answer(other.question_id))
            other.refresh()
    for qid in question_ids:
        block.controller.answerEdited.emit(qid)


def add_scan_action(block: QuestionBlock) -> QPushButton:
    """Add the "Scan a model folder…" button under the model inventory table."""
    button = QPushButton(QCoreApplication.translate("QuestionBlock", "Scan a model folder…"))
    button.setToolTip(QCoreApplication.translate(
        "QuestionBlock", "Read model files on this computer and propose answers"))
    button.clicked.connect(lambda: open_scan_dialog(block))
    block.editor.add_action(button)  # type: ignore[attr-defined]
    return button
