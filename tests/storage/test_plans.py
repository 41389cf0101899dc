"""Measure plans."""

from __future__ import annotations

from typing import Any

import pytest

from app.storage import Assessment, NotFoundError, Store

from .helpers import TIMESTAMP


def test_save_and_get_round_trip(store: Store, assessment: Assessment) -> None:
    store.save_measure_plan(
        assessment.id,
        "m_dpia_review",
        owner="DPO",
        due_date="2027-01-31",
        status="in_progress",
        note="after vendor call",
    )
    plan = store.get_measure_plans(assessment.id)["m_dpia_review"]
    assert plan.measure_id == "m_dpia_review"
    assert (plan.owner, plan.due_date, plan.status, plan.note) == (
        "DPO",
        "2027-01-31",
        "in_progress",
        "after vendor call",
    )
    assert TIMESTAMP.match(plan.updated_at)
    assert store.get_assessment(assessment.id).updated_at == plan.updated_at


def test_defaults(store: Store, assessment: Assessment) -> None:
    store.save_measure_plan(assessment.id, "m1")
    plan = store.get_measure_plans(assessment.id)["m1"]
    assert (plan.owner, plan.due_date, plan.status, plan.note) == ("", None, "not_planned", "")


def test_save_replaces(store: Store, assessment: Assessment) -> None:
    store.save_measure_plan(assessment.id, "m1", owner="A", due_date="2027-01-01")
    store.save_measure_plan(assessment.id, "m1", status="done")
    plans = store.get_measure_plans(assessment.id)
    assert list(plans) == ["m1"]
    assert (plans["m1"].owner, plans["m1"].due_date, plans["m1"].status) == ("", None, "done")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": "someday"}, "status must be one of not_planned, planned, in_progress, done"),
        ({"due_date": "31/01/2027"}, "due date must be a date like 2026-12-31"),
        ({"owner": None}, "owner must be a text"),
    ],
)
def test_bad_input_is_refused(
    store: Store, assessment: Assessment, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        store.save_measure_plan(assessment.id, "m1", **kwargs)
    assert store.get_measure_plans(assessment.id) == {}


def test_unknown_assessment(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.save_measure_plan(404, "m1")
