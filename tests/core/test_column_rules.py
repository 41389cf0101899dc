"""Per-row show_if and required on table columns, and long_text columns (issue 15, item 5)."""

from __future__ import annotations

from app.core.answers import Answer
from app.core.loader import require_pack
from app.core.session import Session
from tests.core.packtools import PackFactory, assert_diag, load_errors, make_pack, where
from tests.reports.other_packs import CNIL_FR

__all__ = ["make_pack"]  # the fixture, imported for pytest
FLOWS = "data_flows.yaml"
COUNTRY = "          - id: country\n            type: short_text\n"


def rows_issues(rows: list[dict[str, str]]) -> list[str]:
    session = Session(require_pack(CNIL_FR), {"destinataires": Answer(tuple(rows))})
    return [issue.text("en") for issue in session.issues_for("destinataires")]


def test_a_cell_is_asked_and_required_only_in_the_rows_its_rules_name() -> None:
    pack = require_pack(CNIL_FR)
    session = Session(pack)
    us, fr = {"destinataire": "Cloud Inc", "pays": "us"}, {"destinataire": "OVH", "pays": "fr"}
    assert session.cell_visible("destinataires", "garanties", us)
    assert not session.cell_visible("destinataires", "garanties", fr)
    assert session.cell_required("destinataires", "garanties", us)
    assert not session.cell_required("destinataires", "garanties", fr)  # not asked
    assert rows_issues([fr]) == []
    assert rows_issues([fr, us]) == ["Row 2: fill in 'Transfer safeguards'."]
    assert rows_issues([{**us, "garanties": "Clauses contractuelles types"}]) == []
    # required: role == 'sous_traitant' - only the processor's row must rate its contract
    processor = {**fr, "role": "sous_traitant"}
    assert rows_issues([processor]) == ["Row 1: fill in 'Contract maturity'."]
    assert rows_issues([{**processor, "maturite_contrat": "n3"}]) == []


def test_a_long_text_column_keeps_line_breaks_and_its_limit() -> None:
    pack = require_pack(CNIL_FR)
    column = pack.column("destinataires", "garanties")
    assert column is not None and column.type == "long_text" and column.max_length == 5000


def test_a_column_rule_names_the_row_s_cells_or_questions(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, COUNTRY, COUNTRY + "            show_if: contry != 'KR'\n")
    result = load_errors(folder)
    assert_diag(result, where(folder, FLOWS, "contry"), "unknown column or question 'contry'",
                "did you mean 'country'?")
    assert len(result.errors) == 1


def test_a_column_required_expression_must_be_a_condition(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, COUNTRY, COUNTRY + "            required: country\n")
    result = load_errors(folder)
    assert_diag(result, where(folder, FLOWS, "required: country", shift=10),
                "'country' is a text column, not a condition")
    assert len(result.errors) == 1


def test_the_rules_are_compiled_once_per_column() -> None:
    pack = require_pack(CNIL_FR)
    assert pack.rules.cell_show_if.keys() == {("destinataires", "garanties")}
    assert pack.rules.cell_required.keys() == {("destinataires", "garanties"),
                                               ("destinataires", "maturite_contrat")}
