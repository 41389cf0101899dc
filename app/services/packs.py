"""Questionnaire packs as use cases: list them, install one, compare versions, upgrade to one.

Installing a pack, or trusting or no longer trusting a key (``app.services.keys``),
changes what the catalog lists and which packs count as verified: each of these
emits its change, and the catalog's cached listing is read again on next use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.model import Manifest
from app.core.pack import Pack
from app.core.treatment.carry import JudgementCarry
from app.core.versioning.diff import PackDiff, diff_packs
from app.core.versioning.upgrade import UpgradePlan
from app.packs import install, trust, upgrade
from app.packs.catalog import PackEntry
from app.packs.source import PackSource, read_pack_source
from app.services.base import WorkspaceBase
from app.services.events import Topic


@dataclass(frozen=True)
class PackListing:
    """One installed pack version as the lists show it; ``manifest`` is None if it is invalid."""

    entry: PackEntry
    manifest: Manifest | None
    ok: bool


class PacksMixin(WorkspaceBase):
    # listing ---------------------------------------------------------------------------------
    def pack_listings(self) -> list[PackListing]:
        """Every known pack version: built-in first, then installed, newest version first."""
        listings = []
        for entry in self.catalog.entries():
            loaded = self.catalog.load(entry.path)
            listings.append(PackListing(entry, loaded.manifest, loaded.ok))
        return listings

    def pack_entry(self, pack_id: str, version: str | None = None) -> PackEntry:
        return self.catalog.entry(pack_id, version)

    def get_pack(self, pack_id: str, version: str | None = None) -> Pack:
        return self.catalog.get(pack_id, version)

    def default_pack(self) -> Pack:
        return self.catalog.default()

    def pack_diff(self, pack_id: str, old: str, new: str) -> PackDiff:
        """What changed from version ``old`` of an installed pack to version ``new``."""
        return diff_packs(self.catalog.get(pack_id, old), self.catalog.get(pack_id, new))

    def read_pack_source(self, path: Path) -> PackSource:
        """A pack folder or bundle as it is (for verify and diff): nothing is installed."""
        return read_pack_source(path, trust.trusted_keys(self.store))

    # installing ------------------------------------------------------------------------------
    def install_bundle(
        self, path: Path, *, trust_signer: bool = False, allow_unverified: bool = False
    ) -> install.InstallResult:
        """Verify and install a ``.aipack`` bundle (see ``app.packs.install``)."""
        self._require_writable()
        result = install.install_bundle(
            self.store, path, self.data_dir, trust_signer=trust_signer,
            allow_unverified=allow_unverified, catalog=self.catalog)
        self._installed(result, trusted=trust_signer)
        return result

    def install_folder(self, folder: Path) -> install.InstallResult:
        """Check and install an (unsigned) pack folder; it is marked unverified."""
        self._require_writable()
        result = install.install_folder(self.store, folder, self.data_dir, catalog=self.catalog)
        self._installed(result)
        return result

    def _installed(self, result: install.InstallResult, trusted: bool = False) -> None:
        if trusted:
            self._changed(Topic.TRUST)
        if result.ok:
            self._changed(Topic.PACKS)

    # upgrading assessments ---------------------------------------------------------------------
    def plan_upgrade(self, assessment_id: int, version: str | None = None) -> UpgradePlan:
        """What upgrading the assessment's pack would do ("what changed"); changes nothing."""
        return upgrade.plan_assessment_upgrade(self.store, self.catalog, assessment_id, version)

    def plan_judgement_carry(self, assessment_id: int, version: str) -> JudgementCarry:
        """Which risk judgements ``version`` of the assessment's pack keeps, and which not."""
        return upgrade.plan_judgement_carry(self.store, self.catalog, assessment_id, version)

    def upgrade(self, assessment_id: int, version: str | None = None) -> upgrade.UpgradeOutcome:
        """Back up the database, then move the assessment to the newer pack version."""
        outcome = upgrade.upgrade_assessment(self.store, self.catalog, assessment_id, version)
        self._changed(Topic.ASSESSMENTS, assessment_id)
        return outcome
