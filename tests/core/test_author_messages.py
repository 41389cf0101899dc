"""Messages that misled a pack author (issue 15, item 7), as the author now reads them."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.core.loader import load_pack
from tests.core.packtools import PackFactory, load_errors, make_pack, where
from tests.reports.other_packs import CNIL_FR

__all__ = ["make_pack"]  # the fixture, imported for pytest
FLOWS = "data_flows.yaml"


def test_a_duplicate_id_gives_one_message_and_no_follow_on_error(
        make_pack: PackFactory) -> None:
    # the second 'prompt_logging' is a number; rules compare the first with its choices
    folder = make_pack(FLOWS, "      - id: log_retention_days\n",
                       "      - id: prompt_logging\n")
    messages = [d.message for d in load_errors(folder).errors]
    duplicate = [m for m in messages if "prompt_logging" in m]
    first = where(folder, FLOWS, "prompt_logging")
    assert duplicate == [f"duplicate question id 'prompt_logging' (first defined at {first})"]
    assert not any("cannot compare" in m or "cycle" in m for m in messages)


def test_a_column_outside_a_row_condition_is_named_as_a_column(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, "      - id: last_review\n",
                       "      - id: last_review\n        show_if: country == 'KR'\n")
    [error] = load_errors(folder).errors
    assert error.message == "'country' is a column of table 'transfers', not a question"
    assert error.hint is not None and "any_row(transfers, country" in error.hint


def test_the_comma_hint_uses_the_pack_s_own_languages(tmp_path: Path) -> None:
    folder = tmp_path / "cnil"
    shutil.copytree(CNIL_FR, folder)
    module = folder / "maturite.yaml"
    module.write_text(module.read_text("utf-8").replace(
        "      - id: droit_effacement\n",
        "      - id: droit_effacement\n        help: {fr: Accès, copie, en: Access}\n"), "utf-8")
    [error] = load_pack(folder).errors
    assert error.message == "'copie' is not a language code"
    assert error.hint == ("a comma inside {fr: ..., en: ...} starts a new key: "
                          "put the text in quotes")


def test_an_unknown_id_says_where_it_was_looked_for(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, "type: multiple_choice\n        choices_from: data_categories\n",
                       "type: multiple_choice\n        choices_from: data_categorie\n")
    messages = [d.message for d in load_errors(folder).errors]
    assert "unknown choice list 'data_categorie' in pack.yaml's 'choice_lists'" in messages
