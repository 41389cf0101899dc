"""A column's per-row show_if in the wizard: locked grey cells, hidden fields in the row form."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.answers import Answer
from app.services.workspace import Workspace
from app.ui.wizard.controller import WizardController
from app.ui.wizard.question import QuestionBlock
from app.ui.wizard.row_dialog import RowDialog
from app.ui.wizard.table_editor import TableEditor
from tests.reports.other_packs import CNIL_FR, PACK_ID

ROWS = ({"destinataire": "OVH", "pays": "fr"}, {"destinataire": "Cloud Inc", "pays": "us"})


def block(qtbot: Any, workspace: Workspace) -> tuple[QuestionBlock, TableEditor]:
    assert workspace.install_folder(CNIL_FR).ok
    record = workspace.new_assessment("Clinique", "AIPD", PACK_ID, language="en")
    controller = WizardController(workspace, workspace.open(record.id), "en")
    controller.edit("destinataires", Answer(ROWS))
    shown = QuestionBlock(controller, controller.pack.questions["destinataires"])
    qtbot.addWidget(shown)
    assert isinstance(shown.editor, TableEditor)
    return shown, shown.editor


def test_a_cell_the_row_does_not_ask_for_is_locked(qtbot: Any, isolated_data_dir: Any) -> None:
    with Workspace(isolated_data_dir) as workspace:
        _, editor = block(qtbot, workspace)
        column = [c.id for c in editor.columns].index("garanties")
        editable = Qt.ItemFlag.ItemIsEditable
        french, american = editor.table.item(0, column), editor.table.item(1, column)
        assert not french.flags() & editable
        assert french.toolTip() == "Not asked for this row"
        assert american.flags() & editable


def test_the_row_form_hides_the_field_until_the_row_asks_for_it(
        qtbot: Any, isolated_data_dir: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with Workspace(isolated_data_dir) as workspace:
        _, editor = block(qtbot, workspace)
        editor.table.setCurrentCell(0, 0)
        qtbot.waitUntil(lambda: editor.table.currentRow() == 0)
        opened: list[Any] = []

        def look(dialog: Any) -> int:
            field = dialog.fields["garanties"]
            opened.append(dialog.form.isRowVisible(field.widget))
            country = dialog.fields["pays"].editor
            country.setCurrentIndex(country.findData("us"))  # the row now goes abroad
            opened.append(dialog.form.isRowVisible(field.widget))
            return 0

        monkeypatch.setattr(RowDialog, "exec", look)
        editor.edit_row()
        assert opened == [False, True]
