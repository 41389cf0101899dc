"""Organizations: add, find, list, update, archive."""

from __future__ import annotations

import pytest

from app.storage import DuplicateError, NotFoundError, Organization, Store

from .helpers import TIMESTAMP


def test_add_and_get_round_trip(store: Store) -> None:
    added = store.add_organization("  Acme Health ", notes="hospital group")
    assert added.name == "Acme Health"
    assert added.notes == "hospital group"
    assert added.archived is False
    assert TIMESTAMP.match(added.created_at)
    assert added.created_at == added.updated_at
    assert store.get_organization(added.id) == added


def test_duplicate_name_ignores_case(store: Store, org: Organization) -> None:
    with pytest.raises(DuplicateError, match="'ACME HEALTH' already exists"):
        store.add_organization("ACME HEALTH")
    assert len(store.list_organizations()) == 1


def test_blank_name_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="non-empty"):
        store.add_organization("   ")


def test_find_ignores_case_and_spaces(store: Store, org: Organization) -> None:
    assert store.find_organization(" acme health ") == org
    assert store.find_organization("Other") is None


def test_get_unknown_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no organization with id 42"):
        store.get_organization(42)


def test_list_is_sorted_and_hides_archived(store: Store) -> None:
    zeta = store.add_organization("zeta")
    store.add_organization("Alpha")
    store.add_organization("beta")
    store.update_organization(zeta.id, archived=True)
    assert [o.name for o in store.list_organizations()] == ["Alpha", "beta"]
    names = [o.name for o in store.list_organizations(include_archived=True)]
    assert names == ["Alpha", "beta", "zeta"]


def test_update_changes_only_given_fields(
    ticking_clock: list[str], store: Store, org: Organization
) -> None:
    updated = store.update_organization(org.id, notes="new notes")
    assert (updated.name, updated.notes) == ("Acme Health", "new notes")
    assert updated.updated_at > org.updated_at
    assert updated.created_at == org.created_at
    assert store.update_organization(org.id) == updated


def test_rename(store: Store, org: Organization) -> None:
    assert store.rename_organization(org.id, "Acme Care").name == "Acme Care"
    assert store.find_organization("acme care") is not None


def test_rename_to_taken_name_is_refused(store: Store, org: Organization) -> None:
    other = store.add_organization("Other")
    with pytest.raises(DuplicateError, match="already exists"):
        store.rename_organization(other.id, "acme health")
    assert store.get_organization(other.id).name == "Other"


def test_update_unknown_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.update_organization(99, notes="x")


def test_korean_names_round_trip(store: Store) -> None:
    added = store.add_organization("한국병원")
    assert store.find_organization("한국병원") == added


def test_delete_takes_the_assessments_and_their_answers(store: Store, org: Organization) -> None:
    from .helpers import new_assessment

    kept = store.add_organization("Other")
    first = new_assessment(store, org.id)
    new_assessment(store, org.id)
    other = new_assessment(store, kept.id)
    store.save_answer(first.id, "q1", {"value": "yes"})
    store.save_measure_plan(first.id, "m1", owner="DPO")
    assert store.count_assessments(org.id) == 2

    assert store.delete_organization(org.id) == 2
    assert [o.name for o in store.list_organizations()] == ["Other"]
    assert [a.id for a in store.list_assessments(None, include_archived=True)] == [other.id]
    assert store.get_answers(first.id) == {} and store.get_measure_plans(first.id) == {}
    with pytest.raises(NotFoundError):
        store.delete_organization(org.id)
