"""Asking which language an assessment should use, and confirming the change.

An assessment has one language, stored with it: its questions, guidance,
risks and default report language. The interface language is separate and
never changes it; only this command does, after the user confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.ui.i18n import LANGUAGES

Button = QMessageBox.StandardButton


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


class LanguageQuestion(QObject):
    """The questions asked before an assessment's language changes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent

    def ask(self, languages: tuple[str, ...], current: str) -> str | None:
        """The language the user confirms switching to, or None (none other, or cancelled)."""
        others = [code for code in languages if code != current]
        if not others:
            QMessageBox.information(self.widget, self.tr("Assessment language"),
                                    self.tr("This questionnaire is only available in %1.")
                                    .replace("%1", language_name(current)))
            return None
        chosen: str | None = others[0]
        if len(others) > 1:
            names = [language_name(code) for code in others]
            name, ok = QInputDialog.getItem(self.widget, self.tr("Assessment language"),
                                            self.tr("Show this assessment in:"), names, 0, False)
            chosen = others[names.index(name)] if ok and name in names else None
        if chosen is None or not self.confirm(current, chosen):
            return None
        return chosen

    def confirm(self, current: str, new: str) -> bool:
        text = self.tr("Switch this assessment from %1 to %2?").replace(
            "%1", language_name(current)).replace("%2", language_name(new))
        detail = self.tr("Its questions, guidance and risks will be shown in %1, and its reports "
                         "will be in %1 unless you choose otherwise. Your answers are kept as "
                         "they are. The language of menus and buttons does not change (Tools › "
                         "Preferences).").replace("%1", language_name(new))
        answer = QMessageBox.question(self.widget, self.tr("Change the assessment language"),
                                      text + "\n\n" + detail, Button.Yes | Button.No, Button.No)
        return answer == Button.Yes
