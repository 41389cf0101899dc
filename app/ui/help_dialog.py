"""Help and About: short, plain guidance for people without a privacy background."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    def __init__(self, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("AIPIA help"))
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        steps = [
            self.tr("Choose “New assessment…”, name the client and the AI system, and pick the "
                    "questionnaire and its language."),
            self.tr("Answer the questions section by section. The panel on the right explains "
                    "each question and cites its sources. If you do not know an answer, say so: "
                    "“Unknown” is a valid answer and shows where to look further."),
            self.tr("Answers are saved as you type. You can close the app at any time and carry "
                    "on later where you left off."),
            self.tr("The Risks tab shows, as you answer, which risks your answers raise, why, "
                    "and what to do. Give each measure an owner, a due date and a status."),
            self.tr("Create the PDF report with File › Export report. It embeds your answers, "
                    "so it can be checked and re-imported later."),
        ]
        items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
        keys = [
            (self.tr("Next / previous section"), "Ctrl+PgDown / Ctrl+PgUp"),
            (self.tr("Next / previous field"), "Tab / Shift+Tab"),
            (self.tr("Table: add row / remove row"), "Ctrl+Shift+= / Ctrl+Shift+-"),
            (self.tr("Table: move row"), "Ctrl+Shift+Up / Ctrl+Shift+Down"),
            (self.tr("Save now"), "Ctrl+S"),
            (self.tr("Export report"), "Ctrl+E"),
        ]
        rows = "".join(f"<tr><td>{html.escape(a)}</td><td><b>{html.escape(b)}</b></td></tr>"
                       for a, b in keys)
        where = html.escape(self.tr("Your data is kept in: %1").replace("%1", data_dir))
        heading = html.escape(self.tr("How to assess an AI system"))
        keyboard = html.escape(self.tr("Keyboard"))
        browser.setHtml(
            f"<h2>{heading}</h2><ol>{items}</ol>"
            f"<h3>{keyboard}</h3><table cellpadding='3'>{rows}</table>"
            f"<p>{where}</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(640, 520)

