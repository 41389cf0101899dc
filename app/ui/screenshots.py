"""``python -m app.ui.screenshots OUTDIR``: PNGs of the main screens and report pages (en, ko).

Runs on a throw-away data folder, never the user's. Use ``xvfb-run -a`` (or
``QT_QPA_PLATFORM=offscreen``) on a machine without a display.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from app.ui.app import build_main_window, create_application

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.ui.main_window import MainWindow
    from app.ui.wizard.controller import WizardController

WINDOW_SIZE = (1280, 820)


def settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> Path:
    settle()
    widget.grab().save(str(path))
    return path


def conditional_section(controller: WizardController) -> str | None:
    """The visible section showing the most questions that have a show-if condition."""
    session, rules = controller.session, controller.pack.rules.show_if
    best, best_count = controller.current_section, -1
    for section in session.visible_sections():
        count = sum(1 for q in session.visible_questions(section.id) if q.id in rules)
        if count > best_count:
            best, best_count = section.id, count
    return best


def shoot_language(window: MainWindow, assessment_id: int, language: str, out: Path) -> list[Path]:
    from app.ui.report_dialog import ReportDialog

    window.context.set_language(language)
    window.close_assessment()
    window.home.select(assessment_id)
    window.home._fill_summaries()
    shots = [save(window, out / f"main-window-{language}.png")]
    workspace = window.context.workspace
    workspace.set_language(workspace.open(assessment_id), language)
    view = window.assessment if window.open_assessment(assessment_id) else None
    if view is None:
        raise RuntimeError(f"assessment {assessment_id} did not open")
    section = conditional_section(view.controller)
    if section is not None:
        view.controller.go_to(section)
    window.activateWindow()
    settle()
    view.wizard.focus_first_question()  # its help and sources fill the guidance panel
    shots.append(save(window, out / f"wizard-{language}.png"))
    view.tabs.setCurrentWidget(view.risks)
    shots.append(save(window, out / f"risks-{language}.png"))
    dialog = ReportDialog(window.context, assessment_id, window)
    dialog.show()
    shots.append(save(dialog, out / f"report-dialog-{language}.png"))
    dialog.close()
    view.tabs.setCurrentWidget(view.wizard)
    from app.ui.review_shots import review_screens

    return shots + review_screens(window, assessment_id, language, out, save)


def take_screenshots(out: Path, reports: bool = True) -> list[Path]:
    """The main screens in both languages, and (``reports``) report pages as README shows."""
    from app.services.demo import demo_assessment, golden_scenario

    out.mkdir(parents=True, exist_ok=True)
    create_application()
    with tempfile.TemporaryDirectory(prefix="aipia-shots-") as data:
        window = build_main_window(data)
        window.resize(*WINDOW_SIZE)
        window.show()
        workspace = window.context.workspace
        second = workspace.new_assessment("Seoul Logistics", "Driver chat assistant",
                                          language="ko")
        workspace.set_status(second.id, "in_review")
        shots: list[Path] = []
        record = None
        for language in ("en", "ko"):
            if record is None or golden_scenario() is None:  # one golden import serves both
                record = demo_assessment(workspace, language)
            shots += shoot_language(window, record.id, language, out)
            if reports:
                shots += report_pages(workspace, record.id, language, out)
        window.close()
        window.context.close()
    return shots


def report_pages(workspace: Workspace, assessment_id: int, language: str, out: Path) -> list[Path]:
    """The report's heat map and risk register pages; a note instead where they cannot be."""
    from app.ui import report_shots

    try:
        return report_shots.report_page_shots(workspace, assessment_id, language, out)
    except report_shots.ReportShotsUnavailable as exc:
        print(f"Report pages skipped: {exc}", file=sys.stderr)
        return []


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m app.ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    for path in take_screenshots(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
