"""Typed answers: what each question type accepts, refuses, and how it is said.

Most tests use the demo-small fixture pack (tests rely on its question ids);
a few build one question directly to reach a limit the pack does not set.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter

from app.core.answers import Answer, AnswerError, answer_from_json, coerce_value
from app.core.answers.text import format_answer, parse_answer_text
from app.core.loader import require_pack
from app.core.model.questions import Question
from app.core.pack import Pack

DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"
QUESTION = TypeAdapter(Question)


@functools.cache
def demo_pack() -> Pack:
    return require_pack(DEMO_SMALL)


@pytest.fixture
def pack() -> Pack:
    return demo_pack()


def check(pack: Pack, qid: str, value: Any) -> Any:
    """The typed value of ``value`` as an answer to ``qid``."""
    return coerce_value(pack.questions[qid], value, pack.choices)


def from_json(pack: Pack, qid: str, data: Any) -> Answer:
    return answer_from_json(pack.questions[qid], data, pack.choices)


def refused(pack: Pack, qid: str, value: Any, *words: str) -> str:
    """Assert ``value`` is refused for ``qid`` with a message naming it and ``words``."""
    with pytest.raises(AnswerError) as caught:
        check(pack, qid, value)
    message = str(caught.value)
    assert message.startswith(f"{qid}: ")
    assert caught.value.question_id == qid
    for word in words:
        assert word in message
    return message


def one_question(**fields: Any) -> Any:
    """A single question model, for limits demo-small does not use."""
    return QUESTION.validate_python({"id": "q", "label": {"en": "Q"}, **fields})


# yes / no ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["yes", "no", "partial"])
def test_yes_no_accepts_its_words(pack: Pack, value: str) -> None:
    assert check(pack, "hash_pinned", value) == value


@pytest.mark.parametrize("value", ["Yes", "y", "true", True, 1, "unknown", ["yes"]])
def test_yes_no_refuses_other_values(pack: Pack, value: Any) -> None:
    refused(pack, "hash_pinned", value, "expected one of yes, no, partial")


def test_partial_only_where_allowed() -> None:
    question = one_question(type="yes_no")
    assert coerce_value(question, "no", lambda _: ()) == "no"
    with pytest.raises(AnswerError, match=r"^q: expected one of yes, no, got 'partial'$"):
        coerce_value(question, "partial", lambda _: ())


# choices -----------------------------------------------------------------------------------------
def test_single_choice(pack: Pack) -> None:
    assert check(pack, "deployment_mode", "on_premises") == "on_premises"
    message = refused(pack, "deployment_mode", "cloud", "'cloud' is not one of the choices")
    assert "offline_device, on_premises, private_cloud, third_party_host" in message
    refused(pack, "deployment_mode", ["on_premises"], "not one of the choices")
    # "unknown" is an answer state, never a value of a question
    refused(pack, "prompt_logging", "unknown", "not one of the choices")


def test_multiple_choice_keeps_the_pack_order(pack: Pack) -> None:
    assert check(pack, "dpia_screening", ["sensitive", "scoring", "scoring"]) == (
        "scoring",
        "sensitive",
    )
    assert check(pack, "dpia_screening", ("none",)) == ("none",)


def test_multiple_choice_from_a_shared_list(pack: Pack) -> None:
    assert check(pack, "data_in_prompts", ["health", "contact"]) == ("contact", "health")
    refused(pack, "data_in_prompts", ["health", "genome"], "'genome' is not one of the choices")


def test_exclusive_choice_cannot_be_combined(pack: Pack) -> None:
    refused(pack, "dpia_screening", ["scoring", "none"], "'none' cannot be combined")
    refused(pack, "data_in_prompts", ["none", "health"], "'none' cannot be combined")


@pytest.mark.parametrize("value", ["scoring", [1], [None], {"scoring": True}])
def test_multiple_choice_needs_a_list_of_ids(pack: Pack, value: Any) -> None:
    refused(pack, "dpia_screening", value, "expected a list of choice ids")


def test_an_empty_selection_is_no_answer(pack: Pack) -> None:
    refused(pack, "dpia_screening", [], "the answer is empty", "clear the answer")


# texts -------------------------------------------------------------------------------------------
def test_texts(pack: Pack) -> None:
    assert check(pack, "system_name", "환자 기록 요약") == "환자 기록 요약"
    assert check(pack, "purpose", "line one\nline two") == "line one\nline two"
    refused(pack, "system_name", 12, "expected text")
    refused(pack, "purpose", "a\x00b", "NUL")


@pytest.mark.parametrize("value", ["", "   ", "\n\t"])
def test_blank_text_is_no_answer(pack: Pack, value: str) -> None:
    refused(pack, "system_name", value, "the answer is empty")


def test_text_length_limits(pack: Pack) -> None:
    assert check(pack, "system_name", "x" * 500) == "x" * 500
    refused(pack, "system_name", "x" * 501, "longer than 500 characters")
    short = one_question(type="short_text", max_length=3)
    assert coerce_value(short, "가나다", lambda _: ()) == "가나다"  # characters, not bytes
    with pytest.raises(AnswerError, match="longer than 3"):
        coerce_value(short, "abcd", lambda _: ())


# numbers -----------------------------------------------------------------------------------------
def test_number_bounds_are_inclusive(pack: Pack) -> None:
    assert check(pack, "affected_people", 0) == 0
    assert check(pack, "affected_people", 100_000_000) == 100_000_000
    refused(pack, "affected_people", -1, "-1 is below the minimum 0")
    refused(pack, "affected_people", 100_000_001, "above the maximum 1e+08")


def test_integer_questions_take_whole_numbers(pack: Pack) -> None:
    value = check(pack, "log_retention_days", 30.0)
    assert (value, type(value)) == (30, int)
    refused(pack, "log_retention_days", 30.5, "expected a whole number")


def test_decimal_questions_keep_decimals() -> None:
    question = one_question(type="number", min=0.5, max=2.5)
    assert coerce_value(question, 2.25, lambda _: ()) == 2.25
    with pytest.raises(AnswerError, match=r"0\.25 is below the minimum 0\.5"):
        coerce_value(question, 0.25, lambda _: ())


@pytest.mark.parametrize(
    "value",
    [
        True,
        "12",
        None,
        float("nan"),
        float("inf"),
        -float("inf"),
        pytest.param(10**400, id="huge-int"),
        [1],
    ],
)
def test_number_refuses_non_numbers(pack: Pack, value: Any) -> None:
    with pytest.raises(AnswerError) as caught:
        check(pack, "log_retention_days", value)
    assert caught.value.question_id == "log_retention_days"
    assert len(str(caught.value)) < 120  # a huge value is not echoed in full


# dates -------------------------------------------------------------------------------------------
def test_dates(pack: Pack) -> None:
    assert check(pack, "go_live", "2026-02-28") == dt.date(2026, 2, 28)
    assert check(pack, "go_live", dt.date(2026, 2, 28)) == dt.date(2026, 2, 28)
    assert check(pack, "go_live", dt.datetime(2026, 2, 28, 13, 5)) == dt.date(2026, 2, 28)


@pytest.mark.parametrize(
    "value",
    ["2026-02-30", "28/02/2026", "2026-2-28", "20260228", "2026-W09-6", "２０２６-02-28", 20260228],
)
def test_bad_dates(pack: Pack, value: Any) -> None:
    refused(pack, "go_live", value, "expected a date written YYYY-MM-DD")


# explicit unknown / not applicable ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("qid", "state"),
    [
        ("affected_people", "unknown"),
        ("prompt_logging", "unknown"),
        ("hash_pinned", "unknown"),
        ("last_review", "not_applicable"),
    ],
)
def test_explicit_states_where_offered(pack: Pack, qid: str, state: str) -> None:
    answer = from_json(pack, qid, {"state": state})
    assert (answer.value, answer.state, answer.is_explicit_state) == (None, state, True)


@pytest.mark.parametrize(
    ("qid", "state"),
    [
        ("affected_people", "not_applicable"),
        ("last_review", "unknown"),
        ("deployment_mode", "unknown"),
        ("system_name", "not_applicable"),
        ("model_inventory", "unknown"),
    ],
)
def test_explicit_states_only_where_offered(pack: Pack, qid: str, state: str) -> None:
    with pytest.raises(AnswerError, match=rf"^{qid}: this question does not offer '{state}'$"):
        from_json(pack, qid, {"state": state})


@pytest.mark.parametrize(
    "data",
    [
        {"state": "maybe"},
        {"state": "answered"},
        {},
        {"value": "yes", "state": "unknown"},
        {"val": "yes"},
        ["yes"],
        "yes",
        {"value": None},
    ],
)
def test_malformed_stored_answers(pack: Pack, data: Any) -> None:
    with pytest.raises(AnswerError) as caught:
        from_json(pack, "hash_pinned", data)
    assert str(caught.value).startswith("hash_pinned: ")


# tables ------------------------------------------------------------------------------------------
MODEL_ROW = {
    "name": "Llama-3.1-8B-Instruct",
    "publisher": "Meta",
    "parameters_b": 8,
    "weight_format": "safetensors",
    "hash_verified": "yes",
    "obtained": "2026-01-15",
}


def test_table_rows_are_typed(pack: Pack) -> None:
    rows = check(pack, "model_inventory", [MODEL_ROW, {"name": "adapter", "parameters_b": 0.1}])
    assert rows == (
        {**MODEL_ROW, "obtained": dt.date(2026, 1, 15)},
        {"name": "adapter", "parameters_b": 0.1},
    )
    transfers = check(pack, "transfers", [{"recipient": "Host", "categories": ["health"]}])
    assert transfers == ({"recipient": "Host", "categories": ("health",)},)


def test_empty_cells_are_dropped(pack: Pack) -> None:
    rows = check(pack, "transfers", [{"recipient": "Host", "country": " ", "categories": []}])
    assert rows == ({"recipient": "Host"},)
    assert check(pack, "transfers", [{"recipient": "Host", "country": None}]) == (
        {"recipient": "Host"},
    )


def test_an_empty_table_is_an_answer(pack: Pack) -> None:
    assert check(pack, "transfers", []) == ()


@pytest.mark.parametrize("value", ["rows", {"name": "x"}, ["x"], [{"name": "x"}, 3]])
def test_table_needs_a_list_of_rows(pack: Pack, value: Any) -> None:
    refused(pack, "model_inventory", value, "expected a list of rows")


def test_table_row_limit() -> None:
    question = one_question(
        type="table", max_rows=2, columns=[{"id": "c", "type": "short_text", "label": {"en": "C"}}]
    )
    assert len(coerce_value(question, [{"c": "a"}, {"c": "b"}], lambda _: ())) == 2
    with pytest.raises(AnswerError, match=r"^q: more than 2 rows$"):
        coerce_value(question, [{"c": "a"}] * 3, lambda _: ())


def test_unknown_column_names_the_row(pack: Pack) -> None:
    message = refused(pack, "model_inventory", [MODEL_ROW, {"nmae": "x"}], "row 2")
    assert "unknown column 'nmae'" in message
    assert "name, publisher, parameters_b" in message


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ({"parameters_b": -1}, "row 1, column parameters_b: -1 is below the minimum 0"),
        ({"parameters_b": "8"}, "row 1, column parameters_b: expected a number"),
        ({"weight_format": "onnx"}, "row 1, column weight_format: 'onnx' is not one of"),
        ({"hash_verified": "partial"}, "row 1, column hash_verified: expected one of yes, no"),
        ({"obtained": "yesterday"}, "row 1, column obtained: expected a date"),
        ({"name": 5}, "row 1, column name: expected text"),
    ],
)
def test_cell_validation_names_row_and_column(
    pack: Pack, cell: dict[str, Any], expected: str
) -> None:
    refused(pack, "model_inventory", [{**MODEL_ROW, **cell}], expected)


def test_state_words_in_cells_only_where_allowed(pack: Pack) -> None:
    rows = check(
        pack,
        "model_inventory",
        [{"name": "m", "weight_format": "unknown", "hash_verified": "unknown"}],
    )
    assert rows == ({"name": "m", "weight_format": "unknown", "hash_verified": "unknown"},)
    refused(
        pack,
        "model_inventory",
        [{"name": "m", "weight_format": "not_applicable"}],
        "row 1, column weight_format",
    )
    refused(
        pack,
        "transfers",
        [{"recipient": "x", "relationship": "unknown"}],
        "row 1, column relationship: 'unknown' is not one of the choices",
    )
    refused(pack, "model_inventory", [{"name": "unknown", "parameters_b": "unknown"}], "row 1")


def test_multiple_choice_cells_check_exclusive_choices(pack: Pack) -> None:
    refused(
        pack,
        "transfers",
        [{"recipient": "x", "categories": ["none", "health"]}],
        "row 1, column categories: 'none' cannot be combined",
    )


# JSON round trip ---------------------------------------------------------------------------------
ROUND_TRIP = [
    ("hash_pinned", Answer("partial")),
    ("hash_pinned", Answer.unknown()),
    ("deployment_mode", Answer("third_party_host")),
    ("dpia_screening", Answer(("scoring", "innovative"))),
    ("system_name", Answer("Triage bot 🤖")),
    ("purpose", Answer("multi\nline")),
    ("affected_people", Answer(1200)),
    ("affected_people", Answer.unknown()),
    ("go_live", Answer(dt.date(2027, 1, 1))),
    ("last_review", Answer.not_applicable()),
    ("transfers", Answer(())),
    (
        "model_inventory",
        Answer(
            (
                {"name": "m", "parameters_b": 7.5, "obtained": dt.date(2026, 3, 1)},
                {"name": "n", "weight_format": "unknown", "hash_verified": "no"},
            )
        ),
    ),
]


@pytest.mark.parametrize(("qid", "answer"), ROUND_TRIP)
def test_json_round_trip(pack: Pack, qid: str, answer: Answer) -> None:
    data = answer.to_json()
    assert set(data) == ({"state"} if answer.is_explicit_state else {"value"})
    assert from_json(pack, qid, data) == answer


@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "name": st.text(min_size=1, max_size=20).filter(
                    lambda s: s.strip() and "\x00" not in s
                )
            },
            optional={
                "parameters_b": st.floats(0, 10_000, allow_nan=False),
                "hash_verified": st.sampled_from(["yes", "no", "unknown"]),
                "obtained": st.dates(),
            },
        ),
        max_size=5,
    )
)
def test_table_round_trip_property(rows: list[dict[str, Any]]) -> None:
    pack = demo_pack()
    answer = Answer(coerce_value(pack.questions["model_inventory"], rows, pack.choices))
    again = answer_from_json(pack.questions["model_inventory"], answer.to_json(), pack.choices)
    assert again == answer


# answers typed on the command line ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        ("hash_pinned", " partial ", "partial"),
        ("deployment_mode", "on_premises", "on_premises"),
        ("dpia_screening", "innovative, scoring,", ("scoring", "innovative")),
        ("affected_people", "1200", 1200),
        ("affected_people", "1e3", 1000),
        ("log_retention_days", "90", 90),
        ("go_live", "2027-01-31", dt.date(2027, 1, 31)),
        ("system_name", "  Triage bot ", "Triage bot"),
        ("purpose", "  indented\nkept ", "  indented\nkept "),
        (
            "transfers",
            '[{"recipient": "Host", "country": "US"}]',
            ({"recipient": "Host", "country": "US"},),
        ),
        ("transfers", "[]", ()),
    ],
)
def test_parse_answer_text(pack: Pack, qid: str, text: str, expected: Any) -> None:
    answer = parse_answer_text(pack, pack.questions[qid], text)
    assert answer == Answer(expected)


@pytest.mark.parametrize(
    ("qid", "text", "words"),
    [
        ("affected_people", "many", "expected a number, got 'many'"),
        ("affected_people", "12.5", "expected a whole number"),
        ("affected_people", "nan", "expected a number"),
        ("transfers", "[{recipient: x}]", "give the rows as JSON"),
        ("transfers", '{"recipient": "x"}', "expected a list of rows"),
        ("dpia_screening", " , ", "the answer is empty"),
        ("hash_pinned", "maybe", "expected one of yes, no, partial"),
        ("go_live", "next week", "YYYY-MM-DD"),
    ],
)
def test_parse_answer_text_errors(pack: Pack, qid: str, text: str, words: str) -> None:
    with pytest.raises(AnswerError) as caught:
        parse_answer_text(pack, pack.questions[qid], text)
    assert str(caught.value).startswith(f"{qid}: ")
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("qid", "answer", "lang", "shown"),
    [
        ("hash_pinned", Answer("partial"), "ko", "일부"),
        ("hash_pinned", Answer.unknown(), "en", "Unknown"),
        ("last_review", Answer.not_applicable(), "ko", "해당 없음"),
        ("hash_pinned", None, "ko", "미응답"),
        (
            "data_in_prompts",
            Answer(("contact", "health")),
            "ko",
            "연락처 정보(이름, 이메일, 전화번호), 건강 정보",
        ),
        ("affected_people", Answer(1200), "ko", "1200 명"),
        ("transfers", Answer(({"recipient": "x"},)), "en", "1 row(s)"),
    ],
)
def test_format_answer(pack: Pack, qid: str, answer: Answer | None, lang: str, shown: str) -> None:
    assert format_answer(pack, pack.questions[qid], answer, lang) == shown
