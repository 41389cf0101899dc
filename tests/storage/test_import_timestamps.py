"""Importing keeps the exported timestamps, so export -> import -> export is stable."""

from __future__ import annotations

import uuid

import pytest

from app.storage import AssessmentImport, Store


def _import(store: Store, **times: str | None) -> int:
    imported = store.import_assessment(AssessmentImport(
        uuid=uuid.uuid4().hex,
        organization_name="Imported Org",
        title="Imported",
        pack_id="ai-pia",
        pack_version="1.0.0",
        pack_hash="sha256:abc",
        language="en",
        answers={"q1": ({"value": "yes"}, None)},
        plans={"m1": {"owner": "DPO"}},
        **times,
    ))
    return imported.id


def test_import_keeps_created_and_updated_at(store: Store) -> None:
    assessment_id = _import(
        store, created_at="2026-01-02T03:04:05.678Z", updated_at="2026-02-03T04:05:06.789Z"
    )
    stored = store.get_assessment(assessment_id)
    assert (stored.created_at, stored.updated_at) == (
        "2026-01-02T03:04:05.678Z",
        "2026-02-03T04:05:06.789Z",
    )


def test_import_normalises_updated_at_to_utc(store: Store) -> None:
    assessment_id = _import(store, updated_at="2026-02-03T13:05:06+09:00")
    assert store.get_assessment(assessment_id).updated_at == "2026-02-03T04:05:06.000Z"


def test_import_without_updated_at_uses_now(store: Store, ticking_clock: list[str]) -> None:
    assessment_id = _import(store, created_at="2026-01-02T03:04:05.678Z")
    stored = store.get_assessment(assessment_id)
    assert stored.created_at == "2026-01-02T03:04:05.678Z"
    assert stored.updated_at in ticking_clock


@pytest.mark.parametrize("updated_at", ["last week", "2026-02-03T04:05:06"])
def test_import_refuses_an_updated_at_without_zone(store: Store, updated_at: str) -> None:
    with pytest.raises(ValueError, match="update time must be a time like"):
        _import(store, updated_at=updated_at)
    assert store.list_assessments(include_archived=True) == []
