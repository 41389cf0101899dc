"""Assessments: create, read, list, search, update, delete."""

from __future__ import annotations

import uuid

import pytest

from app.storage import Assessment, DuplicateError, NotFoundError, Organization, Store

from .helpers import TIMESTAMP, new_assessment


def test_create_round_trip(store: Store, org: Organization) -> None:
    created = store.create_assessment(org.id, "Chatbot",
                                      pack_id="ai-pia", pack_version="1.2.0", pack_hash="sha256:1",
                                      language="ko")
    assert created.organization_id == org.id
    assert created.organization_name == "Acme Health"
    assert (created.pack_id, created.pack_version, created.pack_hash) == (
        "ai-pia",
        "1.2.0",
        "sha256:1",
    )
    assert created.language == "ko"
    assert created.status == "draft"
    assert created.current_section is None
    assert uuid.UUID(created.uuid).version == 4
    assert len(created.uuid) == 32
    assert TIMESTAMP.match(created.created_at)
    assert store.get_assessment(created.id) == created
    assert store.get_assessment_by_uuid(created.uuid) == created


def test_given_uuid_is_kept_in_hex_form(store: Store, org: Organization) -> None:
    given = uuid.uuid4()
    created = store.create_assessment(org.id, "T",
                                      pack_id="p", pack_version="1", pack_hash="h", language="en",
                                      uuid=str(given))
    assert created.uuid == given.hex
    assert store.get_assessment_by_uuid(str(given)) == created


def test_duplicate_uuid_is_refused(store: Store, org: Organization, assessment: Assessment) -> None:
    with pytest.raises(DuplicateError, match=assessment.uuid):
        store.create_assessment(org.id, "T",
                                pack_id="p", pack_version="1", pack_hash="h", language="en",
                                uuid=assessment.uuid)


def test_invalid_uuid_is_refused(store: Store, org: Organization) -> None:
    with pytest.raises(ValueError, match="not a valid assessment uuid"):
        store.create_assessment(org.id, "T",
                                pack_id="p", pack_version="1", pack_hash="h", language="en",
                                uuid="nope")


def test_unknown_organization_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no organization with id 7"):
        new_assessment(store, 7)


def test_blank_title_is_refused(store: Store, org: Organization) -> None:
    with pytest.raises(ValueError, match="Title must be a non-empty text"):
        store.create_assessment(org.id, " ",
                                pack_id="p", pack_version="1", pack_hash="h", language="en")


def test_unknown_ids(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no assessment with id 5"):
        store.get_assessment(5)
    assert store.get_assessment_by_uuid(uuid.uuid4().hex) is None


def test_list_filters_by_organization_and_archived(store: Store, org: Organization) -> None:
    other = store.add_organization("Other")
    first = new_assessment(store, org.id, "First")
    second = new_assessment(store, other.id, "Second")
    old = new_assessment(store, org.id, "Old")
    store.update_assessment(old.id, status="archived")
    assert {a.title for a in store.list_assessments()} == {"First", "Second"}
    assert [a.id for a in store.list_assessments(organization_id=org.id)] == [first.id]
    assert {a.id for a in store.list_assessments(org.id, include_archived=True)} == {
        first.id,
        old.id,
    }
    assert [a.id for a in store.list_assessments(organization_id=other.id)] == [second.id]


def test_list_is_most_recently_changed_first(
    store: Store, org: Organization, ticking_clock: list[str]
) -> None:
    first = new_assessment(store, org.id, "First")
    second = new_assessment(store, org.id, "Second")
    store.save_answer(first.id, "q1", {"value": "yes"})
    assert [a.id for a in store.list_assessments()] == [first.id, second.id]
    store.update_assessment(second.id, title="Second, renamed")
    assert [a.id for a in store.list_assessments()] == [second.id, first.id]


def test_search_matches_title_or_organization_ignoring_case(
    store: Store, org: Organization
) -> None:
    clinic = store.add_organization("Seoul Clinic")
    bot = new_assessment(store, org.id, "Triage Chatbot")
    scan = new_assessment(store, clinic.id, "Image scanner")
    korean = new_assessment(store, clinic.id, "의료 챗봇")
    assert [a.id for a in store.list_assessments(search="CHATBOT")] == [bot.id]
    assert {a.id for a in store.list_assessments(search="seoul")} == {scan.id, korean.id}
    assert [a.id for a in store.list_assessments(search="챗봇")] == [korean.id]
    assert store.list_assessments(search="nothing like it") == []
    assert len(store.list_assessments(search="  ")) == 3


def test_search_uses_unicode_case_folding(store: Store, org: Organization) -> None:
    straße = new_assessment(store, org.id, "STRASSE Überwachung")
    assert [a.id for a in store.list_assessments(search="überwachung")] == [straße.id]
    assert [a.id for a in store.list_assessments(search="straße")] == [straße.id]


def test_search_treats_like_wildcards_literally(store: Store, org: Organization) -> None:
    new_assessment(store, org.id, "Plain")
    percent = new_assessment(store, org.id, "100% coverage")
    assert [a.id for a in store.list_assessments(search="%")] == [percent.id]
    assert store.list_assessments(search="_") == []


def test_update_changes_only_given_fields(
    ticking_clock: list[str], store: Store, assessment: Assessment
) -> None:
    updated = store.update_assessment(assessment.id, status="in_review", current_section="data")
    assert updated.status == "in_review"
    assert updated.current_section == "data"
    assert updated.title == assessment.title
    assert updated.updated_at > assessment.updated_at
    cleared = store.update_assessment(assessment.id, current_section=None)
    assert cleared.current_section is None
    assert cleared.status == "in_review"


def test_update_every_field(store: Store, assessment: Assessment) -> None:
    updated = store.update_assessment(
        assessment.id,
        title="Renamed",
        status="approved",
        language="ko",
        current_section="risks",
        pack_version="2.0.0",
        pack_hash="sha256:def",
    )
    assert store.get_assessment(assessment.id) == updated
    assert (updated.title, updated.status, updated.language) == ("Renamed", "approved", "ko")
    assert (updated.pack_version, updated.pack_hash) == ("2.0.0", "sha256:def")


def test_update_with_nothing_changes_nothing(store: Store, assessment: Assessment) -> None:
    assert store.update_assessment(assessment.id) == assessment


def test_update_rejects_unknown_status(store: Store, assessment: Assessment) -> None:
    with pytest.raises(ValueError, match="status must be one of draft, in_review"):
        store.update_assessment(assessment.id, status="done")
    assert store.get_assessment(assessment.id).status == "draft"


def test_update_unknown_assessment(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.update_assessment(3, title="x")


def test_delete_cascades(store: Store, assessment: Assessment) -> None:
    store.save_answer(assessment.id, "q1", {"value": "yes"})
    store.save_measure_plan(assessment.id, "m1", owner="DPO")
    store.delete_assessment(assessment.id)
    with pytest.raises(NotFoundError):
        store.get_assessment(assessment.id)
    conn = store._db.conn
    for table in ("answers", "answer_history", "measure_plans"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0  # noqa: S608


def test_delete_unknown_assessment(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.delete_assessment(123)


def test_organization_with_assessments_cannot_be_deleted(
    store: Store, org: Organization, assessment: Assessment
) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store._db.execute("DELETE FROM organizations WHERE id = ?", [org.id])
    assert store.get_assessment(assessment.id) == assessment
