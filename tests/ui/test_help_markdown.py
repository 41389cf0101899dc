"""The guidance panel renders a pack's help in the safe Markdown subset (issue 15, item 5)."""

from __future__ import annotations

from typing import Any

from app.core.loader import require_pack
from app.ui.wizard.guidance import GuidancePanel
from tests.reports.other_packs import CNIL_FR


def test_lists_links_and_emphasis_show_and_html_does_not(qtbot: Any) -> None:
    pack = require_pack(CNIL_FR)
    panel = GuidancePanel()
    qtbot.addWidget(panel)
    panel.show_question(pack, pack.questions["droit_acces"], "fr")
    document = panel.document()
    text = document.toPlainText()
    assert "<b>" not in text.replace("<b>pas de HTML</b>", "")  # only the typed tag shows
    assert "<b>pas de HTML</b>" in text  # raw HTML is shown as typed, not obeyed
    assert "**" not in text and "[droit d'accès]" not in text
    html = panel.toHtml()
    assert 'href="https://www.cnil.fr/fr/le-droit-dacces"' in html
    assert html.count("<li") == 2
    assert "font-weight:700" in html and "font-style:italic" in html
