"""The pack's declared scores show live under the wizard's section list.

The labels are the pack's, in the assessment's language (French here); the
panel's own words are the interface's (English in tests).
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.answers import Answer
from app.services.workspace import Workspace
from app.ui.wizard.controller import WizardController
from app.ui.wizard.view import WizardView
from tests.reports.other_packs import CNIL_FR, PACK_ID


@pytest.fixture
def workspace(isolated_data_dir: Any) -> Any:
    with Workspace(isolated_data_dir) as opened:
        assert opened.install_folder(CNIL_FR).ok
        yield opened


def wizard(qtbot: Any, workspace: Workspace, lang: str) -> WizardView:
    record = workspace.new_assessment("Clinique", "AIPD", PACK_ID, language=lang)
    view = WizardView(WizardController(workspace, workspace.open(record.id), lang))
    qtbot.addWidget(view)
    return view


def texts(view: WizardView) -> list[str]:
    return [label.text() for row in view.scores.rows.values() for label in (row[0], row[2])]


def test_scores_follow_each_answer(qtbot: Any, workspace: Workspace) -> None:
    view = wizard(qtbot, workspace, "fr")
    assert not view.scores.isHidden()
    assert texts(view)[:2] == ["Maturité des mesures de sécurité", "not yet scored"]
    view.controller.edit("chiffrement_niveau", Answer("n1"))  # weight 2
    view.controller.edit("journalisation_niveau", Answer("n5"))
    _label, bar, value = view.scores.rows["maturite_securite"]
    assert value.text() == "2.3 / 5"  # (1*2 + 5) / 3
    assert bar.value() == 47
    assert bar.accessibleName() == "Maturité des mesures de sécurité: 2.3 / 5"
    view.controller.edit("journalisation_niveau", Answer("na"))  # not scored: left out
    assert value.text() == "1.0 / 5"


def test_a_pack_without_scores_shows_no_panel(qtbot: Any, isolated_data_dir: Any) -> None:
    with Workspace(isolated_data_dir) as workspace:
        record = workspace.new_assessment("Hanbit", "Bot", language="en")
        view = WizardView(WizardController(workspace, workspace.open(record.id), "en"))
        qtbot.addWidget(view)
        assert view.scores.isHidden() and view.scores.rows == {}
