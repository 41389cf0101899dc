"""Upgrading an assessment end to end: installed bundles, backup, one transaction, golden."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.packs.catalog import PackCatalog
from app.packs.install import install_bundle
from app.packs.upgrade import UpgradeError, plan_assessment_upgrade, upgrade_assessment
from app.storage import Assessment, Store
from tests.core.upgradetools import expected_v2, stored_v1
from tests.packs.conftest import trust


@pytest.fixture
def on_v1(store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
          key: Ed25519PrivateKey) -> Assessment:
    trust(store, key)
    install_bundle(store, bundles["v1"], data_dir, catalog=catalog)
    pack = catalog.get("org.aipia.test.upgrade")
    org = store.add_organization("Hanbit Clinic")
    record = store.create_assessment(org.id, "Helper",
                                     pack_id=pack.id, pack_version=pack.version,
                                     pack_hash=pack.content_hash,
                                     language="en")
    store.save_answers(record.id, stored_v1())
    return record


def test_no_newer_version_means_no_upgrade(
    store: Store, catalog: PackCatalog, on_v1: Assessment
) -> None:
    assert catalog.newer_version("org.aipia.test.upgrade", "1.0.0") is None
    with pytest.raises(UpgradeError, match="already uses the newest installed version"):
        plan_assessment_upgrade(store, catalog, on_v1.id)
    with pytest.raises(UpgradeError, match=r"is not newer than 1\.0\.0"):
        plan_assessment_upgrade(store, catalog, on_v1.id, "1.0.0")


def test_golden_upgrade_loses_nothing(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
    on_v1: Assessment,
) -> None:
    install_bundle(store, bundles["v2"], data_dir, catalog=catalog)
    assert catalog.newer_version("org.aipia.test.upgrade", "1.0.0") is not None
    preview = plan_assessment_upgrade(store, catalog, on_v1.id)
    assert store.get_assessment(on_v1.id).pack_version == "1.0.0"  # a preview changes nothing
    outcome = upgrade_assessment(store, catalog, on_v1.id)
    assert outcome.plan.answers == preview.answers
    expected = expected_v2()
    stored = {
        qid: {**a.value, **({"note": a.note} if a.note else {})}
        for qid, a in store.get_answers(on_v1.id).items()
    }
    assert stored == expected["answers"]
    archived = sorted(store.list_archived_answers(on_v1.id), key=lambda a: a.question_id)
    assert [(a.question_id, a.reason, a.value, a.note, a.display["en"]) for a in archived] == [
        (e["question_id"], e["reason"], e["value"], e["note"], e["display_en"])
        for e in expected["archived"]]
    flags = {qid: f.reason for qid, f in store.review_flags(on_v1.id).items()}
    assert flags == expected["review"]
    # Every one of the 7 answers is kept (5, one of them renamed) or archived (3, one of
    # which, data_kinds, also keeps the choices that still exist).
    assert len(stored) + len(archived) == len(stored_v1()) + 1


def test_the_backup_holds_the_assessment_before_the_upgrade(
    store: Store, data_dir: Path, catalog: PackCatalog, bundles: dict[str, Path],
    on_v1: Assessment,
) -> None:
    install_bundle(store, bundles["v2"], data_dir, catalog=catalog)
    outcome = upgrade_assessment(store, catalog, on_v1.id)
    assert outcome.backup.parent == data_dir / "backups" and outcome.backup.is_file()
    copy = sqlite3.connect(outcome.backup)
    try:
        version = copy.execute("SELECT pack_version FROM assessments").fetchone()[0]
        answers = copy.execute("SELECT count(*) FROM answers").fetchone()[0]
    finally:
        copy.close()
    assert (version, answers) == ("1.0.0", 7)
    [record] = store.list_pack_upgrades(on_v1.id)
    assert record.backup == str(outcome.backup)
