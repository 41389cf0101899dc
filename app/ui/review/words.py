"""The review's words in the interface language: verdicts, statuses, actions, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import UserError
from app.ui.operations import error_text

translate = QCoreApplication.translate

T = TypeVar("T")
VERDICT_ORDER = ("acceptable", "improvable", "to_fix")
VERDICT_MARKS = {"acceptable": "✓", "improvable": "◐", "to_fix": "✗"}


def verdict_word(verdict: str) -> str:
    return {
        "acceptable": translate("ReviewWords", "Acceptable"),
        "improvable": translate("ReviewWords", "Improvable"),
        "to_fix": translate("ReviewWords", "To fix"),
    }.get(verdict, verdict)


def status_word(status: str) -> str:
    return {
        "draft": translate("ReviewWords", "Draft"),
        "in_review": translate("ReviewWords", "In review"),
        "approved": translate("ReviewWords", "Approved"),
        "archived": translate("ReviewWords", "Archived"),
    }.get(status, status)


def action_word(action: str) -> str:
    return {
        "submit": translate("ReviewWords", "Sent to review"),
        "approve": translate("ReviewWords", "Approved"),
        "request_changes": translate("ReviewWords", "Changes requested"),
        "reopen": translate("ReviewWords", "New revision started"),
        "archive": translate("ReviewWords", "Archived"),
        "restore": translate("ReviewWords", "Restored"),
    }.get(action, action)


def stance_word(stance: str) -> str:
    return {
        "favourable": translate("ReviewWords", "Favourable"),
        "unfavourable": translate("ReviewWords", "Unfavourable"),
    }.get(stance, stance)


def localized_error(error: BaseException, language: str) -> str:
    """A user error in the interface ``language`` when it can say itself in it (a review,
    evidence, exchange file or judgement refusal: ``text(lang)``), else as it was raised."""
    text = getattr(error, "text", None)
    if isinstance(error, UserError) and callable(text):
        return str(text(language))
    return error_text(error)


def attempt(parent: QWidget, language: str, title: str, op: Callable[[], T]) -> T | None:
    """Run ``op``; on a user error show why in one message box and return None."""
    try:
        return op()
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, title, localized_error(exc, language))
        return None
