"""The assessment that was open when the app was closed, opened again at the next start."""

from __future__ import annotations

from pathlib import Path

from app.ui.context import interface_settings

LAST_ASSESSMENT_KEY = "session.open_assessment"


def remember_open(data_dir: Path, assessment_id: int | None) -> None:
    """Note the open assessment (None: the list was shown last)."""
    settings = interface_settings(data_dir)
    if assessment_id is None:
        settings.remove(LAST_ASSESSMENT_KEY)
    else:
        settings.setValue(LAST_ASSESSMENT_KEY, int(assessment_id))


def last_open(data_dir: Path) -> int | None:
    value = interface_settings(data_dir).value(LAST_ASSESSMENT_KEY)
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None
