"""A choice question whose choices are an earlier table's rows, in the wizard.

The radio buttons follow the table live (same page), a pick the table no
longer offers stays stored and is flagged under the question, and before the
table has rows the question says what to answer first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.core.answers import Answer
from app.services.workspace import Workspace
from app.ui.wizard.controller import WizardController
from app.ui.wizard.view import WizardView
from tests.core.answer_choice_pack import with_answer_choices
from tests.core.packtools import edited_pack
from tests.ui.helpers import click

PACK_ID = "org.aipia.test.demo-small"
ROWS = ({"recipient": "Acme Cloud"}, {"recipient": "Nimbus"})


@pytest.fixture
def view(qtbot: Any, isolated_data_dir: Any, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Any:
    edited_pack(tmp_path / "packs" / "demo-small", with_answer_choices())  # the built-in pack
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: tmp_path / "packs")
    with Workspace(isolated_data_dir) as workspace:
        record = workspace.new_assessment("Hanbit", "Bot", PACK_ID, language="en")
        shown = WizardView(WizardController(workspace, workspace.open(record.id), "en"))
        qtbot.addWidget(shown)
        shown.controller.edit("deployment_mode", Answer("third_party_host"))
        shown.controller.go_to("flows")
        yield shown
        shown.controller.flush()  # no save left pending for a later test's event loop


def buttons(view: Any) -> dict[str, Any]:
    return view.current_page().blocks["main_recipient"].editor.buttons


def message(view: Any) -> str:
    return view.current_page().blocks["main_recipient"].message.text()


def test_the_choices_are_the_table_s_rows_and_follow_it_live(qtbot: Any, view: Any) -> None:
    assert buttons(view).keys() == {"unknown"}
    assert message(view) == ("Nothing to choose from yet: answer “Where is personal data "
                             "transferred?” first.")
    view.controller.edit("transfers", Answer(ROWS))
    assert list(buttons(view)) == ["Acme Cloud", "Nimbus", "unknown"]
    click(qtbot, buttons(view)["Nimbus"])
    assert view.controller.session.answer("main_recipient") == Answer("Nimbus")
    assert message(view) == ""


def test_a_removed_row_keeps_the_answer_and_flags_it(qtbot: Any, view: Any) -> None:
    view.controller.edit("transfers", Answer(ROWS))
    click(qtbot, buttons(view)["Nimbus"])
    view.controller.edit("transfers", Answer(({"recipient": "Acme Cloud"},)))
    assert list(buttons(view)) == ["Acme Cloud", "unknown"]
    assert not any(button.isChecked() for button in buttons(view).values())
    assert view.controller.session.answer("main_recipient") == Answer("Nimbus")
    assert message(view).startswith("No longer one of the choices: 'Nimbus'.")
    click(qtbot, buttons(view)["Acme Cloud"])  # choosing again clears the flag
    assert view.controller.session.answer("main_recipient") == Answer("Acme Cloud")
    assert message(view) == ""
    assert view.controller.flush()
