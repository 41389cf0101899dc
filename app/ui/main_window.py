"""The main window: the assessment list, an opened assessment, and the menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import app
from app import paths
from app.services.events import Topic
from app.ui.actions import Actions
from app.ui.last_session import remember_open
from app.ui.operations import UserOp
from app.ui.startup_loading import FirstPaint, ModuleLoader
from app.ui.window_size import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from app.services.events import Change
    from app.services.records import Assessment
    from app.ui.assessment_view import AssessmentView
    from app.ui.context import AppContext
    from app.ui.home_view import HomeView

WORKSPACE_MODULES = ("app.services.workspace", "app.core.risk_engine", "app.ui.summaries")


def _build_pack_models() -> None:
    """In the start-up thread: the pack models the list's first pack read will need."""
    from app.core.model import build_models

    build_models()


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 home_later: bool = False) -> None:
        """The window; with ``home_later``, the list is built after the first paint.

        Until then the window shows its menus and "Opening your data…" only, so it
        appears sooner (issue 19); :attr:`home` builds the list at once when asked for.
        """
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self._home: HomeView | None = None
        self.assessment: AssessmentView | None = None
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.menu_actions = Actions(self)
        self._connect()
        if home_later:
            self.stack.addWidget(opening_placeholder())
        else:
            self._build_home()
        fit_to_screen(self, QSize(1180, 780))
        self.context_was_ready = False
        self.workspace_failed = False  # it could not be opened: the window closes (exit 1)
        self._waiting_to_open: int | None = None  # opened before the workspace was there
        self._loader = ModuleLoader(WORKSPACE_MODULES, self, prepare=_build_pack_models)
        self._loader.loaded.connect(self.open_workspace)
        self._first_paint = FirstPaint(self, self._list_then_load)
        self.retranslate()
        self._update_actions()

    # opening the data folder -------------------------------------------------------------
    def load_after_first_paint(self) -> None:
        """Open the workspace once the window is on screen (it takes most of start-up).

        Its modules are imported in a background thread, so the window stays
        responsive; the database itself is then opened on this thread, which
        is the only one that uses it.
        """
        self.installEventFilter(self._first_paint)

    @property
    def home(self) -> HomeView:
        """The assessment list (built now if it was left for after the first paint)."""
        return self._home if self._home is not None else self._build_home()

    def _build_home(self) -> HomeView:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        from app.ui.home_view import HomeView

        home = self._home = HomeView(self.context)
        placeholder = self.stack.widget(0)
        self.stack.insertWidget(0, home)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if self.assessment is None:
            self.stack.setCurrentWidget(home)
        home.openRequested.connect(self.open_assessment)
        home.newRequested.connect(self.new_assessment)
        home.selectionChanged.connect(self._update_actions)
        home.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 15000))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), home.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)
        self.context.changes.changed.connect(self._data_changed)  # after the list's own
        return home

    def _list_then_load(self) -> None:
        """After the first paint: the list read straight from the database, then the workspace.

        The workspace's imports start on the next event-loop turn, once the rows
        are there; opening one before it is ready waits for it
        (:meth:`open_assessment`).
        """
        home = self.home
        if self.context.open_listing():
            home.reload()
        QTimer.singleShot(0, self._loader.start)

    @property
    def list_is_ready(self) -> bool:
        """The assessment list's rows are there: selectable, and openable."""
        return self._home is not None and self._home.rows_listed

    def open_workspace(self) -> bool:
        from app.services.records import DatabaseDamagedError
        from app.services.workspace import Workspace
        from app.ui.feed_notice import start_feed_check
        from app.ui.startup_messages import storage_message

        opening = UserOp(self, lambda: Workspace(self.context.data_dir)).quietly()
        workspace = opening.result()
        if workspace is None:
            if isinstance(opening.error, DatabaseDamagedError) \
                    and self.restore_backup(str(opening.error)):
                return self.open_workspace()  # a backup was put back in place of the damage
            self.workspace_failed = True
            self._stop_waiting()
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self, "AIPIA", storage_message(str(opening.error)))
            self.close()
            return False
        if workspace.read_only:
            self.statusBar().addPermanentWidget(QLabel(self.tr(
                "Read-only: this data folder cannot be written, so nothing can be changed.")))
        self.context.attach(workspace)
        self.context_was_ready = True
        self._update_actions()
        waiting = self._stop_waiting()
        if waiting is None:
            self._reopen_last()
        else:  # the user asked for it while the workspace was being opened
            self.home.select(waiting)
            self.open_assessment(waiting)
        start_feed_check(self)  # fetches only if the user turned start-up checks on
        return True

    def _stop_waiting(self) -> int | None:
        """The assessment the user opened before the workspace was ready (the wait is over)."""
        waiting, self._waiting_to_open = self._waiting_to_open, None
        if waiting is not None:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
        return waiting

    def _reopen_last(self) -> None:
        """Open the assessment that was open when the app was last closed, if it still opens."""
        from app.ui.last_session import last_open

        chosen = last_open(self.context.data_dir)
        if chosen is None:
            return
        # deleted since (NotFoundError) or unreadable: show the list
        if not UserOp(self, lambda: self.context.workspace.get_assessment(chosen)).quietly().run():
            return
        self.home.select(chosen)
        self.open_assessment(chosen, quiet=True)

    def _connect(self) -> None:
        a = self.menu_actions
        a.new.triggered.connect(self.new_assessment)
        a.open.triggered.connect(self.open_selected)
        a.save.triggered.connect(self.save)
        a.report.triggered.connect(self.export_report)
        a.export_data.triggered.connect(self.export_data)
        a.import_data.triggered.connect(self.import_data)
        a.export_package.triggered.connect(self.export_package)
        a.import_package.triggered.connect(self.import_package)
        a.compare.triggered.connect(self.compare)
        a.close_assessment.triggered.connect(self.close_assessment)
        a.quit.triggered.connect(self.close)
        a.duplicate.triggered.connect(self.duplicate)
        a.assessment_language.triggered.connect(
            lambda: self.assessment is not None and self.assessment.choose_language())
        a.status_draft.triggered.connect(lambda: self.set_status("draft"))
        a.status_review.triggered.connect(lambda: self.set_status("in_review"))
        a.status_completed.triggered.connect(lambda: self.set_status("approved"))
        a.archive.triggered.connect(self.toggle_archive)
        a.delete.triggered.connect(self.delete)
        a.packs.triggered.connect(self.show_packs)
        a.feeds.triggered.connect(self.show_feeds)
        a.preferences.triggered.connect(self.show_preferences)
        a.help.triggered.connect(self.show_help)
        a.about.triggered.connect(self.show_about)
        a.restore_backup.triggered.connect(lambda: self.restore_backup())

    def _data_changed(self, change: Change) -> None:
        if change.topic is Topic.ASSESSMENTS:
            self._update_actions()  # e.g. "Archive" becomes "Unarchive"

    def retranslate(self) -> None:
        self.menu_actions.retranslate()
        record = self.current_record()
        # Ending in the application's name, the title is shown as it is: Qt appends the name
        # to any other title on Linux and Windows ("AIPIA — … — AIPIA").
        what = f"{record.organization_name} — {record.title}" if self.assessment and record \
            else self.tr("AI privacy impact assessment")
        self.setWindowTitle(f"{what} — {paths.APP_NAME}")
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.context.closed:
            self.retranslate()
        super().changeEvent(event)

    # state ---------------------------------------------------------------------------
    def current_id(self) -> int | None:
        if self.assessment is not None:
            return self.assessment.assessment_id
        return self._home.selected_id() if self._home is not None else None

    def current_record(self) -> Assessment | None:
        if not self.context.is_ready:
            return None
        chosen = self.current_id()
        return self.context.workspace.get_assessment(chosen) if chosen is not None else None

    def _update_actions(self) -> None:
        record = self.current_record()
        has = record is not None
        a = self.menu_actions
        for action in (a.open, a.report, a.export_data, a.export_package, a.compare,
                       a.duplicate, a.status_draft,
                       a.status_review, a.status_completed, a.archive, a.delete):
            action.setEnabled(has)
        listed = self._home is not None and self._home.selected_id() is not None
        a.open.setEnabled(listed and self.assessment is None)
        a.close_assessment.setEnabled(self.assessment is not None)
        a.assessment_language.setEnabled(self.assessment is not None)
        a.save.setEnabled(self.assessment is not None)
        ready = self.context.is_ready
        for action in (a.new, a.import_data, a.import_package, a.packs, a.feeds,
                       a.preferences):
            action.setEnabled(ready)
        for action in (a.new, a.import_data, a.import_package, a.duplicate, a.status_draft,
                       a.status_review, a.status_completed, a.archive, a.delete, a.restore_backup):
            if ready and self.context.workspace.read_only:  # reading, exporting, reports only
                action.setEnabled(False)
        archived = record is not None and record.status == "archived"
        a.archive.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))

    # opening and closing -------------------------------------------------------------------
    def open_selected(self) -> None:
        chosen = self.home.selected_id()
        if chosen is not None:
            self.open_assessment(chosen)

    def open_assessment(self, assessment_id: int, quiet: bool = False) -> bool:
        from app.ui.assessment_view import AssessmentView

        if not self.context.is_ready:
            self._wait_to_open(assessment_id)
            return False
        if self.assessment is not None and not self.close_assessment():
            return False
        opening = UserOp(self, lambda: self.context.workspace.open(assessment_id))
        opening.failure(self.tr("This assessment cannot be opened"))
        opened = (opening.quietly() if quiet else opening).result()
        if opened is None:
            return False
        remember_open(self.context.data_dir, assessment_id)
        view = AssessmentView(self.context, opened)
        view.closeRequested.connect(self.close_assessment)
        view.reportRequested.connect(self.export_report)
        view.compareRequested.connect(self.compare)
        view.upgraded.connect(lambda: self.open_assessment(assessment_id))
        self.assessment = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.wizard.focus_first_question()
        self.retranslate()
        return True

    def _wait_to_open(self, assessment_id: int) -> None:
        """Open ``assessment_id`` as soon as the workspace is (a wait cursor until then)."""
        from PySide6.QtCore import Qt

        if self._waiting_to_open is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._waiting_to_open = assessment_id
        self.statusBar().showMessage(QCoreApplication.translate("HomeView", "Opening your data…"))

    def close_assessment(self) -> bool:
        """Back to the list; pending answers are saved first (or the user decides)."""
        view = self.assessment
        if view is None:
            return True
        if not view.flush() and not self._confirm_unsaved():
            return False
        self.assessment = None
        remember_open(self.context.data_dir, None)
        self.stack.removeWidget(view)
        view.deleteLater()
        self.home.select(view.assessment_id)
        self.home.table.setFocus()
        self.retranslate()
        return True

    def _confirm_unsaved(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        button = QMessageBox.StandardButton
        view = self.assessment
        error = view.controller.unsaved_reason() if view is not None else ""
        answer = QMessageBox.warning(
            self, self.tr("Answers not saved"),
            self.tr("Some answers could not be saved: %1\n\nClose anyway and lose them?")
            .replace("%1", error), button.Discard | button.Cancel, button.Cancel)
        return answer == button.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.assessment is not None and not self.assessment.flush() \
                and not self._confirm_unsaved():
            event.ignore()
            return
        event.accept()

    def save(self) -> None:
        if self.assessment is None:
            return
        if self.assessment.flush():
            self.statusBar().showMessage(self.tr("All answers are saved. AIPIA saves every "
                                                 "answer as you type."), 6000)
        else:
            self._warn(self.tr("Answers not saved"), self.assessment.controller.unsaved_reason())

    # list actions ------------------------------------------------------------------------
    def new_assessment(self) -> None:
        from PySide6.QtWidgets import QDialog

        from app.ui.new_assessment import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.context, self._current_client(), self)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.home.select(dialog.created.id)
            self.open_assessment(dialog.created.id)

    def _current_client(self) -> str:
        """The client chosen in the list, else the selected assessment's (for new ones)."""
        chosen = self.home.selected_client()
        if chosen is not None:
            return self.context.workspace.get_client(chosen).name
        record = self.current_record()
        return record.organization_name if record else ""

    def duplicate(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        record = self.current_record()
        if record is None:
            return
        default = self.tr("%1 (re-assessment)").replace("%1", record.title)
        title, ok = QInputDialog.getText(self, self.tr("Duplicate as re-assessment"),
                                         self.tr("Title of the new assessment:"), text=default)
        if not ok or not title.strip():
            return
        if self.assessment is not None:
            self.assessment.flush()
        copy = self.context.workspace.duplicate_assessment(record.id, title.strip())
        self.close_assessment()
        self.home.select(copy.id)

    def set_status(self, status: str) -> None:
        """Move the assessment through the review workflow (who: the preferences' name)."""
        from PySide6.QtWidgets import QInputDialog

        from app.core.review import ReviewError

        chosen = self.current_id()
        if chosen is None:
            return
        comment = ""
        current = self.context.workspace.get_assessment(chosen).status
        if status == "draft" and current == "in_review":
            comment, ok = QInputDialog.getText(self, self.tr("Changes requested"),
                                               self.tr("What must change?"))
            if not ok:
                return
        try:
            self.context.workspace.set_status(chosen, status, comment=comment)
        except ReviewError as exc:
            self._warn(self.tr("The status was not changed"), exc.text(self.context.language))
            return
        self._update_actions()

    def toggle_archive(self) -> None:
        record = self.current_record()
        if record is not None:
            self.set_status("draft" if record.status == "archived" else "archived")

    def delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        button = QMessageBox.StandardButton
        record = self.current_record()
        if record is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete assessment"),
            self.tr("Delete “%1” for %2?\n\nIts answers and measure plans are deleted too. "
                    "This cannot be undone.").replace("%1", record.title)
            .replace("%2", record.organization_name),
            button.Yes | button.No, button.No)
        if answer != button.Yes:
            return
        if self.assessment is not None and self.assessment.assessment_id == record.id:
            view, self.assessment = self.assessment, None
            self.stack.removeWidget(view)
            view.deleteLater()
        self.context.workspace.delete_assessment(record.id)
        self.retranslate()

    # dialogs -----------------------------------------------------------------------------
    def export_report(self) -> None:
        from app.ui.report_dialog import ReportDialog

        chosen = self.current_id()
        if chosen is None:
            return
        if self.assessment is not None:
            self.assessment.flush()
        self.dialog = ReportDialog(self.context, chosen, self)
        self.dialog.open()

    def export_package(self) -> None:
        from app.ui import exchange_dialogs

        exchange_dialogs.export_exchange(self)

    def import_package(self) -> None:
        from app.ui import exchange_dialogs

        exchange_dialogs.import_exchange(self)

    def export_data(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from app.ui.file_locations import remember_folder, suggested_folder
        from app.ui.report_dialog import default_file_name

        record = self.current_record()
        if record is None:
            return
        if self.assessment is not None:
            self.assessment.flush()
        suggested = str(suggested_folder(self.context.data_dir)
                        / default_file_name(record).replace(".pdf", ".json"))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export assessment data"), suggested, self.tr("AIPIA data (*.json)"))
        if not path:
            return
        if not UserOp(self, lambda: self.context.workspace.export_to(
                record.id, Path(path))).failure(
                self.tr("The data was not exported")).run():
            return
        remember_folder(self.context.data_dir, path)
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 6000)

    def import_data(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from app.ui.file_locations import remember_folder, suggested_folder

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import assessment data"), str(suggested_folder(self.context.data_dir)),
            self.tr("AIPIA data (*.json)"))
        if not path:
            return
        outcome = UserOp(self, lambda: self.context.workspace.import_file(
            Path(path), as_copy=True)).failure(
            self.tr("The file was not imported")).result()
        if outcome is None:
            return
        remember_folder(self.context.data_dir, path)
        self.close_assessment()
        self.home.select(outcome.record.id)
        if outcome.warnings:
            self._warn(self.tr("Imported, with a warning"), "\n\n".join(outcome.warnings))

    def compare(self) -> None:
        from app.ui.review.comparison import ComparisonDialog

        record = self.current_record()
        if record is not None:
            language = self.assessment.controller.language if self.assessment else record.language
            self.dialog = ComparisonDialog(self.context, record.id, language, self)
            self.dialog.open()

    def show_packs(self) -> None:
        from app.ui.packs_dialog import PacksDialog

        self.dialog = PacksDialog(self.context, self)
        self.dialog.open()

    def show_feeds(self) -> None:
        from app.ui.feed_notice import upgrade_in
        from app.ui.feeds_dialog import FeedsDialog

        self.dialog = FeedsDialog(self.context, lambda aid: upgrade_in(self, aid), self)
        self.dialog.open()

    def show_preferences(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        self.dialog = SettingsDialog(self.context, self)
        self.dialog.open()

    def show_help(self) -> None:
        from app.ui.help_dialog import HelpDialog

        self.dialog = HelpDialog(str(self.context.data_dir), self)
        self.dialog.open()

    def restore_backup(self, problem: str = "") -> bool:
        """Restore from backup; with ``problem`` (the database is damaged), at start-up."""
        from app.ui.restore_dialog import offer_restore, open_restore_dialog

        return offer_restore(self, problem) if problem else open_restore_dialog(self)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About AIPIA"), self.about_text())

    def about_text(self) -> str:
        import html

        return (f"<h3>AIPIA {html.escape(app.__version__)}</h3><p>"
                + html.escape(self.tr("Privacy impact assessments of AI systems, offline."))
                + "</p><p>" + html.escape(self.tr("Your answers never leave this computer."))
                + "</p><p>" + html.escape(self.tr("Your data is kept in: %1").replace(
                    "%1", str(self.context.data_dir))) + "</p>")

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, text)


def opening_placeholder() -> QWidget:
    """What the window shows before its list is built: "Opening your data…", centred.

    Stretches centre it: naming an alignment flag would load all of ``Qt``'s
    enums (~25 ms) before the first paint.
    """
    placeholder = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(QLabel(QCoreApplication.translate("HomeView", "Opening your data…")))
    row.addStretch(1)
    column = QVBoxLayout(placeholder)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return placeholder

