"""Answers, their history, and the all-or-nothing batch save."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.storage import Assessment, NotFoundError, Store, answers

from .helpers import TIMESTAMP


def test_save_and_get_round_trip(store: Store, assessment: Assessment) -> None:
    store.save_answer(assessment.id, "uses_rag", {"value": "yes"}, note="per vendor docs")
    stored = store.get_answers(assessment.id)["uses_rag"]
    assert stored.question_id == "uses_rag"
    assert stored.value == {"value": "yes"}
    assert stored.note == "per vendor docs"
    assert TIMESTAMP.match(stored.updated_at)


def test_save_overwrites_and_bumps_assessment(store: Store, assessment: Assessment) -> None:
    store.save_answer(assessment.id, "q", {"value": "yes"}, note="first")
    store.save_answer(assessment.id, "q", {"state": "unknown"})
    stored = store.get_answers(assessment.id)
    assert list(stored) == ["q"]
    assert stored["q"].value == {"state": "unknown"}
    assert stored["q"].note is None
    assert store.get_assessment(assessment.id).updated_at == stored["q"].updated_at


def test_every_save_and_clear_is_in_history(store: Store, assessment: Assessment) -> None:
    store.save_answer(assessment.id, "q1", {"value": "yes"}, note="n1")
    store.save_answer(assessment.id, "q2", {"value": 3})
    store.save_answer(assessment.id, "q1", {"value": "no"})
    store.clear_answer(assessment.id, "q1")
    history = store.answer_history(assessment.id)
    assert [(h.question_id, h.value, h.note) for h in history] == [
        ("q1", {"value": "yes"}, "n1"),
        ("q2", {"value": 3}, None),
        ("q1", {"value": "no"}, None),
        ("q1", None, None),
    ]
    assert all(TIMESTAMP.match(h.changed_at) for h in history)
    assert [h.value for h in store.answer_history(assessment.id, "q2")] == [{"value": 3}]
    assert "q1" not in store.get_answers(assessment.id)


def test_clearing_an_unanswered_question_changes_nothing(
    store: Store, assessment: Assessment
) -> None:
    store.clear_answer(assessment.id, "never_answered")
    assert store.answer_history(assessment.id) == []
    assert store.get_assessment(assessment.id) == assessment


def test_clear_on_unknown_assessment(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.clear_answer(99, "q")


def test_save_on_unknown_assessment_writes_nothing(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no assessment with id 99"):
        store.save_answer(99, "q", {"value": "yes"})
    assert store._db.conn.execute("SELECT count(*) FROM answer_history").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yes", "must be a dict"),
        ({"when": object()}, "cannot be stored as JSON"),
        ({"score": float("nan")}, "cannot be stored as JSON"),
    ],
)
def test_bad_values_are_refused(
    store: Store, assessment: Assessment, value: Any, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        store.save_answer(assessment.id, "q", value)
    assert store.get_answers(assessment.id) == {}


@pytest.mark.parametrize("question_id", ["", " q", 3])
def test_bad_question_ids_are_refused(
    store: Store, assessment: Assessment, question_id: Any
) -> None:
    with pytest.raises(ValueError, match="question id"):
        store.save_answer(assessment.id, question_id, {"value": 1})


def test_save_answers_writes_all(store: Store, assessment: Assessment) -> None:
    store.save_answers(
        assessment.id,
        {"a": ({"value": 1}, None), "b": ({"value": [1, 2]}, "note"), "c": ({}, None)},
    )
    stored = store.get_answers(assessment.id)
    assert {k: (v.value, v.note) for k, v in stored.items()} == {
        "a": ({"value": 1}, None),
        "b": ({"value": [1, 2]}, "note"),
        "c": ({}, None),
    }
    assert len(store.answer_history(assessment.id)) == 3


def test_save_answers_with_one_bad_value_writes_nothing(
    store: Store, assessment: Assessment
) -> None:
    store.save_answer(assessment.id, "a", {"value": "before"})
    batch = {"a": ({"value": "after"}, None), "b": ({"bad": {1, 2}}, None)}
    with pytest.raises(ValueError, match="'b'"):
        store.save_answers(assessment.id, batch)  # type: ignore[arg-type]
    assert store.get_answers(assessment.id)["a"].value == {"value": "before"}
    assert len(store.answer_history(assessment.id)) == 1


def test_save_answers_failing_midway_rolls_back(
    store: Store, assessment: Assessment, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_answer(assessment.id, "a", {"value": "before"})
    real_write = answers.write_answer
    calls = []

    def failing_write(*args: Any) -> None:
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        real_write(*args)

    monkeypatch.setattr(answers, "write_answer", failing_write)
    batch = {q: ({"value": "after"}, None) for q in ("a", "b", "c", "d")}
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save_answers(assessment.id, batch)
    assert {k: v.value for k, v in store.get_answers(assessment.id).items()} == {
        "a": {"value": "before"}
    }
    assert len(store.answer_history(assessment.id)) == 1
    assert store.get_assessment(assessment.id).updated_at == (
        store.answer_history(assessment.id)[0].changed_at
    )
    assert not store._db.conn.in_transaction


def test_empty_batch_is_a_no_op(store: Store, assessment: Assessment) -> None:
    store.save_answers(assessment.id, {})
    assert store.get_assessment(assessment.id) == assessment


def test_answers_are_per_assessment(store: Store, assessment: Assessment) -> None:
    other = store.create_assessment(assessment.organization_id, "Other",
                                    pack_id="p", pack_version="1", pack_hash="h", language="en")
    store.save_answer(assessment.id, "q", {"value": 1})
    store.save_answer(other.id, "q", {"value": 2})
    assert store.get_answers(assessment.id)["q"].value == {"value": 1}
    assert store.get_answers(other.id)["q"].value == {"value": 2}
    assert len(store.answer_history(other.id, "q")) == 1


JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.dictionaries(st.text(), JSON_VALUES, max_size=5), note=st.none() | st.text())
def test_any_json_dict_round_trips(
    store: Store, assessment: Assessment, value: dict[str, Any], note: str | None
) -> None:
    store.save_answer(assessment.id, "q", value, note)
    stored = store.get_answers(assessment.id)["q"]
    assert stored.value == value
    assert stored.note == note
    assert store.answer_history(assessment.id, "q")[-1].value == value


def test_batch_entries_must_be_value_note_pairs(store: Store, assessment: Assessment) -> None:
    with pytest.raises(ValueError, match=r"'q' must be a \(value, note\) pair"):
        store.save_answers(assessment.id, {"q": {"value": 1}})  # type: ignore[dict-item]
    assert store.get_answers(assessment.id) == {}
