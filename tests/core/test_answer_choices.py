"""Choices from an earlier answer: the loader's checks, the types in rules, the session."""

from __future__ import annotations

import pytest

from app.core.answer_choices import check_current
from app.core.answers import Answer, AnswerError, check_answer
from app.core.answers.text import format_answer
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.session import Session
from tests.core.answer_choice_pack import FLOWS, with_answer_choices
from tests.core.packtools import PackFactory, assert_diag, load_clean, load_errors, make_pack, where

__all__ = ["make_pack"]  # the fixture, imported for pytest

ROWS = ({"recipient": "Acme Cloud", "country": "US"}, {"recipient": "  "},
        {"recipient": "Nimbus"}, {"recipient": "Acme Cloud"})


@pytest.fixture
def pack(make_pack: PackFactory) -> Pack:
    return require_pack(make_pack(with_answer_choices()))


def session_with_rows(pack: Pack, rows: tuple[dict[str, str], ...] = ROWS) -> Session:
    session = Session(pack, {"deployment_mode": Answer("third_party_host"),
                             "transfers": Answer(rows)})
    assert session.is_visible("transfers")
    return session


def test_a_table_s_rows_are_the_choices_once_each_without_blank_names(pack: Pack) -> None:
    session = session_with_rows(pack)
    assert [c.id for c in session.choices(pack.questions["main_recipient"])] == [
        "Acme Cloud", "Nimbus"]


def test_picked_choices_are_offered_with_their_labels_but_not_an_exclusive_one(
        pack: Pack) -> None:
    session = Session(pack, {"data_in_prompts": Answer(("contact", "health"))})
    offered = session.choices(pack.questions["worst_data"])
    assert [(c.id, pack.text(c.label, "en")) for c in offered] == [
        ("contact", "Contact details (name, e-mail, phone)"), ("health", "Health data")]
    session.set_answer("data_in_prompts", Answer(("none",)))
    assert session.choices(pack.questions["worst_data"]) == ()


def test_nothing_is_offered_until_the_earlier_question_is_answered(pack: Pack) -> None:
    session = Session(pack)
    assert session.choices(pack.questions["main_recipient"]) == ()
    with pytest.raises(AnswerError, match="no choices until 'transfers' is answered"):
        check_current(pack.questions["main_recipient"], Answer("Acme Cloud"), ())


def test_a_new_answer_must_be_one_of_the_current_rows(pack: Pack) -> None:
    session = session_with_rows(pack)
    question = pack.questions["main_recipient"]
    checked = check_answer(question, Answer("  Nimbus "), pack.choices)
    assert checked == Answer("Nimbus")
    check_current(question, checked, session.choices(question))
    with pytest.raises(AnswerError, match="'Orbit' is not one of the current choices"):
        check_current(question, Answer("Orbit"), session.choices(question))


def test_a_row_name_of_the_wrong_shape_is_refused_before_any_row_is_looked_at(
        pack: Pack) -> None:
    question = pack.questions["main_recipient"]
    for value, words in ((3, "expected a row name"), ("x" * 2001, "at most 2000"),
                         (["Nimbus"], "expected a row name")):
        with pytest.raises(AnswerError, match=words):
            check_answer(question, Answer(value), pack.choices)


def test_a_pick_the_earlier_answer_no_longer_offers_is_kept_and_flagged(pack: Pack) -> None:
    session = session_with_rows(pack)
    session.set_answer("main_recipient", Answer("Nimbus"))
    assert session.issues_for("main_recipient") == []
    session.set_answer("transfers", Answer(({"recipient": "Acme Cloud"},)))
    assert session.answer("main_recipient") == Answer("Nimbus")  # kept
    issues = session.issues_for("main_recipient")
    assert [i.kind for i in issues] == ["choices"]
    assert issues[0].text("en") == (
        "No longer one of the choices: 'Nimbus'. It is not in the answer to "
        "'Where is personal data transferred?' any more; choose again.")
    assert "수령자" in issues[0].text("ko") or "다시 선택하세요" in issues[0].text("ko")
    assert not session.can_finish()


def test_an_explicit_unknown_never_goes_stale(pack: Pack) -> None:
    session = Session(pack, {"main_recipient": Answer.unknown()})
    assert session.issues_for("main_recipient") == []


def test_the_report_shows_row_names_and_picked_labels(pack: Pack) -> None:
    assert format_answer(pack, pack.questions["main_recipient"], Answer("Nimbus"), "en") == \
        "Nimbus"
    shown = format_answer(pack, pack.questions["worst_data"], Answer(("health",)), "ko")
    assert shown == "건강 정보"


def test_rules_compare_a_row_choice_with_any_text_and_a_pick_with_its_ids(
        make_pack: PackFactory) -> None:
    rule = ("main_recipient == 'Acme Cloud' or 'health' in worst_data "
            "or selected(worst_data, 'children')")
    pack = require_pack(make_pack(with_answer_choices(rule=rule)))
    session = session_with_rows(pack)
    session.set_answer("main_recipient", Answer("Acme Cloud"))
    assert session.evaluate(pack.rules.risk_when["unmanaged_prompt_logs"]) is True


def test_a_rule_naming_a_choice_the_multiple_choice_does_not_have_is_an_error(
        make_pack: PackFactory) -> None:
    rule = "count(worst_data) > 0 and 'healthy' in worst_data"
    folder = make_pack(with_answer_choices(rule=rule))
    assert_diag(load_errors(folder), where(folder, FLOWS, "'healthy'"),
                "'healthy' is not a choice of 'worst_data'", "health")


def test_a_row_choice_is_not_a_number(make_pack: PackFactory) -> None:
    folder = make_pack(with_answer_choices(rule="main_recipient > 3"))
    assert_diag(load_errors(folder), where(folder, FLOWS, "main_recipient > 3"),
                "cannot compare")


@pytest.mark.parametrize(("source", "needle", "words"), [
    ("{question: transfer, column: recipient}", "transfer,",
     ("unknown question 'transfer'", "looked for among the questions before", "transfers")),
    ("{question: last_review}", "last_review}",
     ("'last_review' comes after 'main_recipient'", "move 'main_recipient' after")),
    ("{question: log_retention_days}", "log_retention_days}",
     ("'log_retention_days' is a number question", "table's rows or a multiple_choice")),
    ("{question: transfers, column: contry}", "contry",
     ("unknown column 'contry'", "columns of table 'transfers'", "country")),
    ("{question: transfers, column: relationship}", "relationship}",
     ("column 'relationship' of 'transfers' is a single_choice column", "short_text")),
])
def test_the_loader_names_what_is_wrong_with_the_source(
        make_pack: PackFactory, source: str, needle: str, words: tuple[str, ...]) -> None:
    folder = make_pack({FLOWS: [*with_answer_choices()[FLOWS],
                                ("{question: transfers, column: recipient}", source)]})
    assert_diag(load_errors(folder), where(folder, FLOWS, needle), *words)


def test_a_table_source_needs_a_column_and_a_multiple_choice_has_none(
        make_pack: PackFactory) -> None:
    folder = make_pack({FLOWS: [*with_answer_choices()[FLOWS],
                                ("{question: transfers, column: recipient}",
                                 "{question: transfers}"),
                                ("{question: data_in_prompts}",
                                 "{question: data_in_prompts, column: name}")]})
    result = load_errors(folder)
    assert_diag(result, where(folder, FLOWS, "{question: transfers}"),
                "'transfers' is a table: say which column names each row", "add column: recipient")
    assert_diag(result, where(folder, FLOWS, "{question: data_in_prompts, column"),
                "'data_in_prompts' is a multiple_choice question, which has no columns")


def test_a_table_column_cannot_take_choices_from_an_answer(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, "            choices_from: data_categories\n",
                       "            choices_from: {question: data_in_prompts}\n")
    # A column's choices_from names a shared list only: the mapping is refused, and why.
    assert_diag(load_errors(folder), where(folder, FLOWS, "{question: data_in_prompts}"),
                "a table column takes 'choices_from' as the id of a shared list")


def test_the_pack_with_both_sources_loads_cleanly(make_pack: PackFactory) -> None:
    load_clean(make_pack(with_answer_choices()))
