"""An assessment's language is stored with it and changes only when asked; answers are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.answers import Answer
from app.services.workspace import Workspace, WorkspaceError


def test_set_language_keeps_the_answers(tmp_path: Path) -> None:
    with Workspace(tmp_path / "data") as workspace:
        record = workspace.new_assessment("Hanbit", "Bot", language="en")
        opened = workspace.open(record.id)
        workspace.save_answer(opened, "org_size", Answer("small"))
        changed = workspace.set_language(opened, "ko")
        assert changed.language == opened.record.language == "ko"
        again = workspace.open(record.id)
        assert again.record.language == "ko"
        assert again.session.answer("org_size") == Answer("small")
        with pytest.raises(WorkspaceError, match="not available in 'fr'"):
            workspace.set_language(again, "fr")
        assert workspace.store.get_assessment(record.id).language == "ko"
