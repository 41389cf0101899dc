"""Applying an upgrade plan: one transaction, history kept, archive and flags stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.versioning.upgrade import UpgradePlan, plan_upgrade
from app.storage import Assessment, Organization, StorageError, Store
from tests.core.upgradetools import V1, V2, load, stored_v1


@pytest.fixture
def on_v1(store: Store, org: Organization) -> Assessment:
    old = load(V1)
    record = store.create_assessment(org.id, "Clinic",
                                     pack_id=old.id, pack_version=old.version,
                                     pack_hash=old.content_hash, language="en")
    store.save_answers(record.id, stored_v1())
    return record


def plan_for(store: Store, record: Assessment) -> UpgradePlan:
    stored = {q: (a.value, a.note) for q, a in store.get_answers(record.id).items()}
    return plan_upgrade(load(V1), load(V2), stored, current_section="basics")


def test_the_whole_plan_is_applied(store: Store, on_v1: Assessment, db_path: Path) -> None:
    plan = plan_for(store, on_v1)
    store.apply_upgrade(on_v1.id, plan, db_path.with_name("backup"))
    record = store.get_assessment(on_v1.id)
    assert (record.pack_version, record.pack_hash) == ("2.0.0", load(V2).content_hash)
    assert record.current_section == "basics"
    answers = store.get_answers(on_v1.id)
    assert {q: (a.value, a.note) for q, a in answers.items()} == plan.answers
    archived = store.list_archived_answers(on_v1.id)
    assert [(a.question_id, a.reason) for a in archived] == [
        (a.question_id, a.reason) for a in plan.archived]
    assert archived[0].label["en"] == "Which personal data reach the model?"
    assert set(store.review_flags(on_v1.id)) == {"data_kinds", "deployment", "keeps_logs",
                                                 "lawful_basis"}
    [upgrade] = store.list_pack_upgrades(on_v1.id)
    assert (upgrade.from_version, upgrade.to_version, upgrade.backup) == (
        "1.0.0", "2.0.0", str(db_path.with_name("backup")))
    assert upgrade.summary["moved"] == [{"old": "hosting", "new": "deployment"}]


def test_moves_leave_a_history(store: Store, on_v1: Assessment) -> None:
    store.apply_upgrade(on_v1.id, plan_for(store, on_v1))
    hosting = store.answer_history(on_v1.id, "hosting")
    assert [h.value for h in hosting] == [{"value": "cloud_gpu"}, None]
    deployment = store.answer_history(on_v1.id, "deployment")
    assert [h.value for h in deployment] == [{"value": "rented_gpu"}]
    assert len(store.answer_history(on_v1.id, "system_name")) == 1  # unchanged: no new row


def test_a_failure_half_way_changes_nothing(
    store: Store, on_v1: Assessment, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_for(store, on_v1)
    before = (store.get_answers(on_v1.id), store.get_assessment(on_v1.id))
    import app.storage.upgrades as upgrades

    def broken(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(upgrades, "write_flag", broken)
    with pytest.raises(StorageError):
        store.apply_upgrade(on_v1.id, plan)
    assert (store.get_answers(on_v1.id), store.get_assessment(on_v1.id)) == before
    assert store.list_archived_answers(on_v1.id) == []
    assert store.list_pack_upgrades(on_v1.id) == []


def test_a_plan_for_another_version_is_refused(store: Store, on_v1: Assessment) -> None:
    plan = plan_for(store, on_v1)
    store.apply_upgrade(on_v1.id, plan)
    refused = r"is on org\.aipia\.test\.upgrade 2\.0\.0, not .* 1\.0\.0"
    with pytest.raises(StorageError, match=refused):
        store.apply_upgrade(on_v1.id, plan)


def test_review_flags_are_cleared_one_by_one_or_all(store: Store, on_v1: Assessment) -> None:
    store.apply_upgrade(on_v1.id, plan_for(store, on_v1))
    assert store.clear_review_flags(on_v1.id, ["lawful_basis", "nope"]) == 1
    assert "lawful_basis" not in store.review_flags(on_v1.id)
    assert store.clear_review_flags(on_v1.id) == 3
    assert store.review_flags(on_v1.id) == {}


def test_the_backup_is_a_complete_copy(store: Store, on_v1: Assessment) -> None:
    backup = store.write_backup("upgrade-1")
    assert backup.parent == store.path.parent / "backups"
    assert backup.name.endswith("-upgrade-1.db")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT count(*) FROM answers").fetchone()[0] == 7
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()


def test_duplicating_keeps_archive_and_flags(store: Store, on_v1: Assessment) -> None:
    store.apply_upgrade(on_v1.id, plan_for(store, on_v1))
    copy = store.duplicate_assessment(on_v1.id, "Copy")
    assert [a.question_id for a in store.list_archived_answers(copy.id)] == [
        a.question_id for a in store.list_archived_answers(on_v1.id)]
    assert set(store.review_flags(copy.id)) == set(store.review_flags(on_v1.id))


def test_deleting_the_assessment_deletes_its_archive(store: Store, on_v1: Assessment) -> None:
    store.apply_upgrade(on_v1.id, plan_for(store, on_v1))
    store.delete_assessment(on_v1.id)
    count = store._db.execute("SELECT count(*) FROM archived_answers").fetchone()[0]
    assert count == 0
