"""The menu bar's actions and their shortcuts, in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

StandardKey = QKeySequence.StandardKey


class Actions(QObject):
    """Creates every action once; texts are set again when the language changes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new = self._make(StandardKey.New)
        self.open = self._make(StandardKey.Open)
        self.save = self._make(StandardKey.Save)
        self.report = self._make("Ctrl+E")
        self.export_data = self._make(None)
        self.import_data = self._make(None)
        self.export_package = self._make(None)
        self.import_package = self._make(None)
        self.compare = self._make(None)
        self.close_assessment = self._make("Ctrl+L")
        self.quit = self._make(StandardKey.Quit, fallback="Ctrl+Q")
        self.duplicate = self._make("Ctrl+D")
        self.assessment_language = self._make(None)
        self.status_draft = self._make(None)
        self.status_review = self._make(None)
        self.status_completed = self._make(None)
        self.archive = self._make(None)
        self.delete = self._make(None)
        self.packs = self._make(None)
        self.feeds = self._make(None)
        self.preferences = self._make(StandardKey.Preferences, fallback="Ctrl+,")
        self.help = self._make(StandardKey.HelpContents, fallback="F1")
        self.about = self._make(None)
        self.restore_backup = self._make(None)
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.retranslate()

    def _make(self, keys: StandardKey | str | None, fallback: str | None = None) -> QAction:
        action = QAction(self.window)
        if isinstance(keys, StandardKey):
            shortcuts = QKeySequence.keyBindings(keys)
            if not shortcuts and fallback:
                shortcuts = [QKeySequence(fallback)]
            action.setShortcuts(shortcuts)
        elif keys:
            # setShortcuts (a list) rather than setShortcut: resolving the latter's overloads
            # builds Python enums of Qt's key codes, ~15 ms before the window can appear
            action.setShortcuts([QKeySequence(keys)])
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        layout = {
            "file": [self.new, self.open, self.save, None, self.report, self.export_data,
                     self.import_data, self.export_package, self.import_package,
                     self.restore_backup, None, self.close_assessment, None,
                     self.quit],
            "assessment": [self.duplicate, self.assessment_language, None, self.status_draft,
                           self.status_review, self.status_completed, self.compare,
                           self.archive, None,
                           self.delete],
            "tools": [self.packs, self.feeds, None, self.preferences],
            "help": [self.help, None, self.about],
        }
        for key, actions in layout.items():
            menu = bar.addMenu("")
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            self.menus[key] = menu

    def retranslate(self) -> None:
        self.menus["file"].setTitle(self.tr("&File"))
        self.menus["assessment"].setTitle(self.tr("&Assessment"))
        self.menus["tools"].setTitle(self.tr("&Tools"))
        self.menus["help"].setTitle(self.tr("&Help"))
        texts = {
            self.new: self.tr("&New assessment…"),
            self.open: self.tr("&Open assessment"),
            self.save: self.tr("&Save"),
            self.report: self.tr("&Export report (PDF, Word, Excel)…"),
            self.export_data: self.tr("Export assessment &data…"),
            self.import_data: self.tr("&Import assessment data…"),
            self.export_package: self.tr("E&xport exchange file…"),
            self.import_package: self.tr("Import exc&hange file…"),
            self.compare: self.tr("&Compare revisions or assessments…"),
            self.close_assessment: self.tr("&Back to all assessments"),
            self.quit: self.tr("&Quit"),
            self.duplicate: self.tr("&Duplicate as re-assessment…"),
            self.assessment_language: self.tr("Change the assessment &language…"),
            self.status_draft: self.tr("Mark as d&raft"),
            self.status_review: self.tr("Mark as in re&view"),
            self.status_completed: self.tr("A&pprove (keeps a revision)"),
            self.archive: self.tr("&Archive"),
            self.delete: self.tr("D&elete…"),
            self.packs: self.tr("&Questionnaire packs…"),
            self.feeds: self.tr("Pack &feeds…"),
            self.preferences: self.tr("&Preferences…"),
            self.help: self.tr("AIPIA &help"),
            self.about: self.tr("&About AIPIA"),
            self.restore_backup: self.tr("&Restore from backup…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.save.setStatusTip(self.tr("Answers are saved automatically; this saves any "
                                       "pending change now."))
