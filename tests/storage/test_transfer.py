"""Duplicating and importing whole assessments, all or nothing."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from app.storage import (
    Assessment,
    AssessmentImport,
    DuplicateError,
    NotFoundError,
    Organization,
    Store,
    transfer,
)


def counts(store: Store) -> dict[str, int]:
    tables = ("organizations", "assessments", "answers", "answer_history", "measure_plans")
    conn = store._db.conn
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608


@pytest.fixture
def filled(store: Store, assessment: Assessment) -> Assessment:
    store.save_answer(assessment.id, "q1", {"value": "yes"}, note="n")
    store.save_answer(assessment.id, "q1", {"value": "no"})
    store.save_answer(assessment.id, "q2", {"state": "unknown"})
    store.save_measure_plan(assessment.id, "m1", owner="DPO", due_date="2027-03-01",
                            status="planned")
    return store.update_assessment(assessment.id, status="approved", current_section="s2")


def test_duplicate_copies_answers_and_plans(store: Store, filled: Assessment) -> None:
    copy = store.duplicate_assessment(filled.id, "Triage chatbot v2")
    assert copy.id != filled.id
    assert copy.uuid != filled.uuid
    assert copy.title == "Triage chatbot v2"
    assert copy.status == "draft"
    assert (copy.organization_id, copy.pack_id, copy.pack_version, copy.pack_hash) == (
        filled.organization_id,
        filled.pack_id,
        filled.pack_version,
        filled.pack_hash,
    )
    assert copy.current_section == "s2"
    original = store.get_answers(filled.id)
    copied = store.get_answers(copy.id)
    assert {k: (v.value, v.note) for k, v in copied.items()} == {
        k: (v.value, v.note) for k, v in original.items()
    }
    history = store.answer_history(copy.id)
    assert [(h.question_id, h.value) for h in history] == [
        ("q1", {"value": "no"}),
        ("q2", {"state": "unknown"}),
    ]
    plan = store.get_measure_plans(copy.id)["m1"]
    assert (plan.owner, plan.due_date, plan.status) == ("DPO", "2027-03-01", "planned")


def test_duplicate_leaves_the_original_alone(store: Store, filled: Assessment) -> None:
    before = (store.get_answers(filled.id), store.answer_history(filled.id))
    store.duplicate_assessment(filled.id, "Copy")
    assert (store.get_answers(filled.id), store.answer_history(filled.id)) == before
    assert store.get_assessment(filled.id) == filled


def test_duplicate_failing_midway_writes_nothing(
    store: Store, filled: Assessment, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(store)

    def fail(*args: Any) -> None:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(transfer, "copy_plans", fail)
    with pytest.raises(RuntimeError, match="interrupted"):
        store.duplicate_assessment(filled.id, "Copy")
    assert counts(store) == before
    assert [a.id for a in store.list_assessments(include_archived=True)] == [filled.id]


def test_duplicate_unknown(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.duplicate_assessment(8, "Copy")


def import_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "uuid": uuid.uuid4().hex,
        "organization_name": "Imported Org",
        "title": "Imported",
        "pack_id": "ai-pia",
        "pack_version": "1.0.0",
        "pack_hash": "sha256:abc",
        "language": "ko",
        "status": "in_review",
        "current_section": "s3",
        "created_at": "2026-01-02T03:04:05.678Z",
        "answers": {"q1": ({"value": "yes"}, "n1"), "q2": ({"value": 2}, None)},
        "plans": {"m1": {"owner": "CISO", "due_date": "2027-02-01", "status": "done"}},
    }
    fields.update(overrides)
    return fields


def test_import_creates_everything(store: Store) -> None:
    fields = import_fields()
    imported = store.import_assessment(AssessmentImport(**fields))
    assert imported.uuid == fields["uuid"]
    assert imported.organization_name == "Imported Org"
    assert (imported.status, imported.current_section, imported.language) == (
        "in_review",
        "s3",
        "ko",
    )
    assert imported.created_at == "2026-01-02T03:04:05.678Z"
    stored = store.get_answers(imported.id)
    assert {k: (v.value, v.note) for k, v in stored.items()} == fields["answers"]
    assert len(store.answer_history(imported.id)) == 2
    plan = store.get_measure_plans(imported.id)["m1"]
    assert (plan.owner, plan.due_date, plan.status, plan.note) == (
        "CISO",
        "2027-02-01",
        "done",
        "",
    )
    assert store.get_assessment_by_uuid(fields["uuid"]) == imported


def test_import_reuses_an_existing_organization(store: Store, org: Organization) -> None:
    given = AssessmentImport(**import_fields(organization_name="ACME HEALTH"))
    imported = store.import_assessment(given)
    assert imported.organization_id == org.id
    assert len(store.list_organizations()) == 1


def test_import_of_known_uuid_is_refused(store: Store, assessment: Assessment) -> None:
    before = counts(store)
    with pytest.raises(DuplicateError, match="already exists"):
        store.import_assessment(AssessmentImport(**import_fields(uuid=assessment.uuid)))
    assert counts(store) == before


@pytest.mark.parametrize(
    "overrides",
    [
        {"answers": {"q1": ({"value": "yes"}, None), "q2": ({"v": float("inf")}, None)}},
        {"plans": {"m1": {"owner": "x", "colour": "red"}}},
        {"plans": {"m1": {"status": "whenever"}}},
        {"status": "lost"},
    ],
)
def test_import_with_a_bad_part_writes_nothing(store: Store, overrides: dict[str, Any]) -> None:
    before = counts(store)
    with pytest.raises(ValueError):
        store.import_assessment(AssessmentImport(**import_fields(**overrides)))
    assert counts(store) == before


def test_import_failing_midway_writes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(store)

    def fail(*args: Any) -> None:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(transfer, "write_plan", fail)
    with pytest.raises(RuntimeError, match="interrupted"):
        store.import_assessment(AssessmentImport(**import_fields()))
    assert counts(store) == before
    assert store.find_organization("Imported Org") is None


def test_import_normalises_created_at_to_utc(store: Store) -> None:
    given = AssessmentImport(**import_fields(created_at="2026-01-02T12:04:05+09:00"))
    imported = store.import_assessment(given)
    assert imported.created_at == "2026-01-02T03:04:05.000Z"


@pytest.mark.parametrize("created_at", ["yesterday", "2026-01-02T03:04:05"])
def test_import_refuses_times_without_zone(store: Store, created_at: str) -> None:
    with pytest.raises(ValueError, match="creation time must be a time like"):
        store.import_assessment(AssessmentImport(**import_fields(created_at=created_at)))
    assert counts(store)["assessments"] == 0
