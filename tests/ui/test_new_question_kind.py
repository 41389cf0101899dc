"""A question type the app does not know: one core kind and one editor, nothing else changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSpinBox

from app import paths
from app.core.answers import Answer
from app.core.kinds import registered
from app.core.pack import Pack
from app.ui.wizard.editors import Editor
from app.ui.wizard.question_editors import registered_editor
from tests.rating_kind import RatingKind, RatingQuestion, pack_with_ratings
from tests.ui.helpers import block


class RatingEditor(Editor):
    """Stars as a spin box: 0 (shown as "—") is no answer."""

    def __init__(self, pack: Pack, question: RatingQuestion, language: str) -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setRange(0, question.stars)
        self.spin.setSpecialValueText("—")
        self.spin.setAccessibleName(pack.text(question.label, language))
        QHBoxLayout(self).addWidget(self.spin)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(lambda value: self.changed.emit(self.value_answer()))

    def set_answer(self, answer: Answer | None) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(answer.value if answer and answer.state == "answered" else 0)
        self.spin.blockSignals(False)

    def value_answer(self) -> Answer | None:
        return Answer(self.spin.value()) if self.spin.value() else None


def test_a_new_question_type_is_asked_saved_and_raises_its_risk(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builtin = tmp_path / "builtin"
    pack_with_ratings(builtin)
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: builtin)
    with registered(RatingKind()), registered_editor("rating", RatingEditor):
        window = make_window()
        workspace = window.context.workspace
        record = workspace.new_assessment("Hanbit Clinic", "Notes", language="en")
        window.open_assessment(record.id)
        view = window.assessment
        view.controller.go_to("feedback")
        shown = block(window, "satisfaction")
        assert isinstance(shown.editor, RatingEditor)
        assert shown.title.text() == "How happy are users with the answers? *"  # required
        assert shown.toggles is not None and list(shown.toggles.boxes) == ["unknown"]
        for _ in range(2):
            qtbot.keyClick(shown.editor.spin, Qt.Key.Key_Up)
        assert view.controller.session.answer("satisfaction") == Answer(2)
        assert view.flush()
        stored = workspace.store.get_answers(record.id)["satisfaction"].value
        assert stored == {"value": 2}
        view.tabs.setCurrentWidget(view.risks)
        titles = [view.risks.list.topLevelItem(r).text(1)
                  for r in range(view.risks.list.topLevelItemCount())]
        assert "Users stop trusting the answers" in titles
        qtbot.keyClick(shown.editor.spin, Qt.Key.Key_Up)
        qtbot.keyClick(shown.editor.spin, Qt.Key.Key_Up)  # 4 stars: the risk goes away
        titles = [view.risks.list.topLevelItem(r).text(1)
                  for r in range(view.risks.list.topLevelItemCount())]
        assert "Users stop trusting the answers" not in titles
        assert window.close_assessment()
        qtbot.waitUntil(window.home.summaries_done)  # progress and risk of the new type too
        window.close()  # before the type is unregistered
        window.context.close()
