"""Upgrading an assessment to a newer installed version of its pack.

The plan (where every answer goes) is computed from the two loaded packs by
``app.core.versioning.upgrade``; here it is checked, the database is backed up with the
SQLite backup API, and the plan is applied in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import UserError
from app.core.model import version_key
from app.core.treatment.carry import JudgementCarry, carry_judgements
from app.core.versioning.upgrade import ReviewFlag, UpgradePlan, plan_upgrade
from app.packs.catalog import PackCatalog
from app.storage import Store


class UpgradeError(UserError):
    """The assessment cannot be upgraded as asked; nothing was changed."""


@dataclass(frozen=True)
class UpgradeOutcome:
    plan: UpgradePlan
    backup: Path
    judgements: JudgementCarry | None = None  # risk judgements kept and set aside


def plan_assessment_upgrade(
    store: Store, catalog: PackCatalog, assessment_id: int, version: str | None = None
) -> UpgradePlan:
    """What upgrading to ``version`` (default: the newest installed) would do; changes nothing.

    Raises:
        UpgradeError: no newer version, or ``version`` is not newer.
        PackNotFoundError: a pack version is missing or invalid.
    """
    record = store.get_assessment(assessment_id)
    if version is None:
        newer = catalog.newer_version(record.pack_id, record.pack_version)
        if newer is None:
            raise UpgradeError(
                f"assessment {assessment_id} already uses the newest installed version of "
                f"{record.pack_id} ({record.pack_version})")
        version = newer.version
    if version_key(version) <= version_key(record.pack_version):
        raise UpgradeError(
            f"{record.pack_id} {version} is not newer than {record.pack_version}, the version "
            f"assessment {assessment_id} uses")
    old = catalog.get(record.pack_id, record.pack_version)
    new = catalog.get(record.pack_id, version)
    stored = {qid: (a.value, a.note) for qid, a in store.get_answers(assessment_id).items()}
    flags = {
        qid: ReviewFlag(qid, flag.reason, flag.detail)
        for qid, flag in store.review_flags(assessment_id).items()
    }
    return plan_upgrade(old, new, stored, current_section=record.current_section, flags=flags)


def upgrade_assessment(
    store: Store, catalog: PackCatalog, assessment_id: int, version: str | None = None
) -> UpgradeOutcome:
    """Back the database up, then apply the upgrade plan in one transaction."""
    plan = plan_assessment_upgrade(store, catalog, assessment_id, version)
    carry = plan_judgement_carry(store, catalog, assessment_id, plan.new_version)
    backup = store.write_backup(f"upgrade-{assessment_id}")
    store.apply_upgrade(assessment_id, plan, backup, carry)
    return UpgradeOutcome(plan, backup, carry)


def plan_judgement_carry(
    store: Store, catalog: PackCatalog, assessment_id: int, version: str
) -> JudgementCarry:
    """Which of the assessment's risk judgements ``version`` of its pack keeps, and which not."""
    record = store.get_assessment(assessment_id)
    new = catalog.get(record.pack_id, version)
    return carry_judgements(new, store.get_judgements(assessment_id))
