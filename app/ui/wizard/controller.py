"""The wizard's glue between widgets and the core session: edits in, debounced saves out.

Visibility, validation, progress and navigation all come from
:class:`app.core.session.Session`; this object only remembers what the widgets
cannot (which edits are not saved yet, which questions the user has touched)
and tells the widgets when to refresh.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.core.answers import Answer, AnswerError
from app.core.session import Progress
from app.ui.operations import UserOp

if TYPE_CHECKING:
    from app.core.model import AnyQuestion
    from app.core.pack import Pack
    from app.core.scores import ScoreResult
    from app.core.session import Session
    from app.services.answering import CheckedAnswer
    from app.services.workspace import OpenAssessment, Workspace

SAVE_DELAY_MS = 600


class SaveState(StrEnum):
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"
    INVALID = "invalid"  # something typed cannot be saved as it is (too long, not a number...)


class SectionState(StrEnum):
    EMPTY = "empty"
    PARTIAL = "partial"
    COMPLETE = "complete"
    ISSUES = "issues"
    OFF = "off"  # switched off by the assessor (an optional section)


class WizardController(QObject):
    """One opened assessment being filled in."""

    sectionChanged = Signal(str)
    answerEdited = Signal(str)  # question id; the session already holds the new answer
    visibilityChanged = Signal(object)  # set of question ids
    saveStateChanged = Signal(str)
    saved = Signal()
    evidenceRequested = Signal(str, object)  # question id; the files dropped (None: ask)

    def __init__(
        self, workspace: Workspace, opened: OpenAssessment, language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.opened = opened
        self.language = language
        self._pending: dict[str, CheckedAnswer] = {}  # checked and applied, not stored yet
        self._invalid: dict[str, str] = {}
        self._drafts: dict[str, str] = {}  # what the user typed for an invalid answer
        self._touched: set[str] = set()
        self._checked_sections: set[str] = set()
        self._state = SaveState.SAVED
        self.save_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.current_section = self._start_section()

    # what the widgets read ------------------------------------------------------
    @property
    def session(self) -> Session:
        return self.opened.session

    @property
    def pack(self) -> Pack:
        """The assessment's pack, its texts missing in the wizard's language marked, e.g. "(en)"."""
        shown = self.__dict__.get("_shown")
        if shown is None or shown[0] is not self.opened.pack:
            shown = self.__dict__["_shown"] = (self.opened.pack,
                                               self.opened.pack.marking_fallbacks())
        marked: Pack = shown[1]
        return marked

    @property
    def save_state(self) -> SaveState:
        return self._state

    def text(self, value: object) -> str:
        """Pack text (a LangText or None) in the wizard's language."""
        return self.pack.text(value, self.language)  # type: ignore[arg-type]

    def scores(self) -> list[ScoreResult]:
        """The pack's declared scores on the answers as they stand (shown live)."""
        return self.workspace.scores(self.opened)

    def question(self, qid: str) -> AnyQuestion:
        return self.pack.questions[qid]

    def review_reason(self, qid: str) -> str | None:
        """Why a pack upgrade asks to look at ``qid`` again; None once it is answered."""
        flag = self.opened.review.get(qid)
        return flag.reason if flag is not None and qid not in self._touched else None

    def messages_for(self, qid: str) -> list[str]:
        """What to show under a question: an unusable value, then the session's issues.

        "An answer is required" waits until the user has touched the question or
        left its section, so a fresh page is not a wall of red.
        """
        messages = [self._invalid[qid]] if qid in self._invalid else []
        section = self.pack.section_of[qid]
        show_required = qid in self._touched or section in self._checked_sections
        for issue in self.session.issues_for(qid):
            if issue.kind != "required" or show_required:
                messages.append(issue.text(self.language, self.pack.manifest.default_language))
        return messages

    def progress(self, section_id: str | None = None) -> Progress:
        return self.session.progress(section_id)

    def section_state(self, section_id: str) -> SectionState:
        """The section's mark, from its answers alone: the same in every run of the app.

        (Missing answers make a section "in progress", not "needs attention":
        which sections were left in this run is not part of the state.)
        """
        if section_id in self.session.switched_off:
            return SectionState.OFF
        if any(self._invalid.get(q.id) for q in self.pack.sections[section_id].questions):
            return SectionState.ISSUES
        issues = self.session.issues(section_id)
        if any(issue.kind != "required" for issue in issues):
            return SectionState.ISSUES
        progress = self.session.progress(section_id)
        if progress.complete and not issues:
            return SectionState.COMPLETE
        return SectionState.PARTIAL if progress.answered else SectionState.EMPTY

    # navigation -------------------------------------------------------------------
    def _start_section(self) -> str | None:
        stored = self.opened.record.current_section
        if stored is not None and stored in self.pack.sections \
                and self.session.section_visible(stored):
            return stored
        return self.session.next_section(None)

    def go_to(self, section_id: str) -> None:
        """Open a section (any visible one, in any order) and remember it for next time."""
        if section_id == self.current_section or section_id not in self.pack.sections:
            return
        if self.current_section is not None:
            self._checked_sections.add(self.current_section)
        self.current_section = section_id
        self.workspace.set_current_section(self.opened, section_id)
        self.sectionChanged.emit(section_id)

    def next_section(self) -> str | None:
        return self.session.next_section(self.current_section)

    def previous_section(self) -> str | None:
        if self.current_section is None:
            return None
        return self.session.previous_section(self.current_section)

    def go_next(self) -> bool:
        target = self.next_section()
        if self.current_section is not None:
            self._checked_sections.add(self.current_section)
        if target is None:
            return False
        self.go_to(target)
        return True

    def go_back(self) -> bool:
        target = self.previous_section()
        if target is None:
            return False
        self.go_to(target)
        return True

    # edits and saving ---------------------------------------------------------------
    def edit(self, qid: str, answer: Answer | None) -> bool:
        """Check an edit (once), apply it at once (live show/hide) and schedule its save."""
        self._touched.add(qid)
        try:
            checked = self.workspace.check_answer(self.opened, qid, answer)
        except AnswerError as exc:
            self.reject(qid, exc.message)
            return False
        self._invalid.pop(qid, None)
        self._drafts.pop(qid, None)
        changed = self.workspace.apply_answer(self.opened, checked)
        self._pending[qid] = checked
        self._set_state(SaveState.INVALID if self._invalid else SaveState.PENDING)
        self._timer.start()
        self.answerEdited.emit(qid)
        if changed:
            self.visibilityChanged.emit(changed)
        return True

    def switch_section(self, section_id: str, *, off: bool, reason: str = "",
                       parent: QWidget | None = None) -> bool:
        """Switch an optional section off (with a reason) or on; a refusal is shown once."""
        workspace, opened = self.workspace, self.opened

        def op() -> set[str]:
            if off:
                return workspace.switch_section_off(opened, section_id, reason)
            return workspace.switch_section_on(opened, section_id)

        title = QCoreApplication.translate("WizardController", "The section was not switched")
        return UserOp(parent, op).failure(title).success(self.visibilityChanged.emit).run()

    def reject(self, qid: str, message: str, typed: str | None = None) -> None:
        """A value the user typed that cannot be used: kept on screen (and here), not saved."""
        self._touched.add(qid)
        self._invalid[qid] = message
        if typed is not None:
            self._drafts[qid] = typed
        if self._state is not SaveState.FAILED:
            self._set_state(SaveState.INVALID)
        self.answerEdited.emit(qid)

    def draft(self, qid: str) -> str | None:
        """Text typed for ``qid`` that could not be saved (shown again when pages are rebuilt)."""
        return self._drafts.get(qid) if qid in self._invalid else None

    def unsaved_reason(self) -> str:
        """Why some of what the user entered is not saved ("" when everything is)."""
        if self.save_error:
            return self.save_error
        if self._invalid:
            labels = ", ".join(f"“{self.text(self.question(qid).label)}”" for qid in self._invalid)
            return QCoreApplication.translate(
                "WizardController", "these answers cannot be saved as they are: %1").replace(
                "%1", labels)
        return ""

    def has_unsaved(self) -> bool:
        return bool(self._pending or self._invalid)

    def flush(self) -> bool:
        """Save every pending edit now.

        Returns False (keeping them) if the database refused, or if something
        typed cannot be saved as it is (see :meth:`unsaved_reason`).
        """
        self._timer.stop()
        while self._pending:
            qid, checked = next(iter(self._pending.items()))
            try:
                self.workspace.store_answer(self.opened, checked)
            except Exception as exc:  # shown to the user; the edits are kept for a retry
                self.save_error = str(exc)
                self._set_state(SaveState.FAILED)
                self._timer.start()
                return False
            del self._pending[qid]
        self.save_error = ""
        self._set_state(SaveState.INVALID if self._invalid else SaveState.SAVED)
        self.saved.emit()
        return not self._invalid

    def _set_state(self, state: SaveState) -> None:
        if state != self._state:
            self._state = state
            self.saveStateChanged.emit(state.value)

    def state_label(self) -> str:
        """The save state in the interface language."""
        if self._state is SaveState.PENDING:
            return QCoreApplication.translate("WizardController", "Saving…")
        if self._state is SaveState.FAILED:
            return QCoreApplication.translate("WizardController", "Not saved: %1").replace(
                "%1", self.save_error
            )
        if self._state is SaveState.INVALID:
            return QCoreApplication.translate(
                "WizardController", "Not saved: fix the answer marked in red")
        return QCoreApplication.translate("WizardController", "All changes saved")
