"""The built-in pack 1.0.0 -> 1.1.0: old assessments still open, upgrade, and lose nothing.

``questionnaires/ai-pia-1.0.0`` is a frozen, byte-identical copy of 1.0.0 and
``tests/fixtures/ai-pia-1.0.0/scenarios`` holds the 1.0.0 golden scenarios. Each
scenario is upgraded with the real machinery (``app.core.versioning.upgrade`` and, end to
end, ``app.packs.upgrade``); every answer must be carried forward or archived,
and the questions whose meaning changed must be flagged for review.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.core.answers.file import parse_answer_file
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.risk_engine import assess_risks
from app.core.scenarios import scenario_session
from app.core.versioning.upgrade import UpgradePlan, plan_upgrade
from app.packs.catalog import PackCatalog
from app.packs.upgrade import upgrade_assessment
from app.services.transfer import import_assessment
from app.services.workspace import Workspace
from tests.conftest import REPO_ROOT

QUESTIONNAIRES = REPO_ROOT / "questionnaires"
CURRENT, FROZEN = QUESTIONNAIRES / "ai-pia", QUESTIONNAIRES / "ai-pia-1.0.0"
OLD_SCENARIOS = REPO_ROOT / "tests" / "fixtures" / "ai-pia-1.0.0" / "scenarios"
FROZEN_HASH = "55d84bcd59b1a2a9b64a6e4d62fdfe666cfc66d30d89305a7e2ab47d1abeacec"
REMOVED = {"deployment_mode", "weight_format", "licence_class"}
NAMES = sorted(path.name for path in OLD_SCENARIOS.glob("*.json"))
# Questions of 1.0.0 whose meaning changed in 1.1.0 and that a user who answered them
# must see again: the help of "no one" (placeholders are pseudonymised data), the
# uses that are high-risk, and the provider role of an organisation that builds its own system.
MUST_REVIEW = {"data_subjects", "use_case_category", "kr_ai_basic_act", "model_inventory"}


@cache
def old() -> Pack:
    return require_pack(FROZEN)


@cache
def new() -> Pack:
    return require_pack(CURRENT)


def stored(name: str) -> dict[str, tuple[dict[str, Any], str | None]]:
    """A 1.0.0 scenario's answers as storage hands them to the planner: (value, note)."""
    data = json.loads((OLD_SCENARIOS / name).read_text("utf-8"))
    return {qid: ({k: v for k, v in entry.items() if k != "note"}, entry.get("note"))
            for qid, entry in data["answers"].items()}


@cache
def plan(name: str) -> UpgradePlan:
    return plan_upgrade(old(), new(), stored(name))


def test_the_frozen_copy_is_version_1_0_0_unchanged() -> None:
    assert (old().id, old().version) == (new().id, "1.0.0")
    assert old().content_hash == FROZEN_HASH
    assert new().version == "1.1.0"
    assert sorted(new().manifest.removed_questions) == sorted(REMOVED)


def test_new_assessments_default_to_the_newest_version() -> None:
    catalog = PackCatalog(builtin_dir=QUESTIONNAIRES)
    assert catalog.default().version == "1.1.0"
    assert catalog.get(new().id).version == "1.1.0"
    assert catalog.get(new().id, "1.0.0").content_hash == FROZEN_HASH
    assert catalog.newer_version(new().id, "1.0.0").version == "1.1.0"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", NAMES)
def test_every_answer_is_carried_forward_or_archived(name: str) -> None:
    answers, result = stored(name), plan(name)
    archived = {a.question_id: a for a in result.archived}
    moved = {r.old: r.new for r in result.moved}
    lost = [qid for qid in answers
            if qid not in archived and moved.get(qid, qid) not in result.answers]
    assert lost == []
    # Only the three questions dropped on purpose are archived, as "removed", with their
    # value and note intact; every other answer, tables included, keeps its value.
    assert {qid: a.reason for qid, a in archived.items()} == dict.fromkeys(
        REMOVED & set(answers), "removed")
    for qid, entry in archived.items():
        assert (entry.value, entry.note) == answers[qid]
    for qid, (value, note) in answers.items():
        if qid not in archived:
            carried, carried_note = result.answers[moved.get(qid, qid)]
            assert (_unordered(carried), carried_note) == (_unordered(value), note), qid


def _unordered(answer: dict[str, Any]) -> dict[str, Any]:
    """A multiple-choice answer is stored in the order of its choices; compare it as a set."""
    value = answer.get("value")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return {**answer, "value": sorted(value)}
    return answer


@pytest.mark.parametrize("name", NAMES)
def test_changed_and_new_questions_are_flagged_for_review(name: str) -> None:
    flags = {f.question_id: f.reason for f in plan(name).review}
    answered = set(stored(name))
    assert {qid: flags.get(qid) for qid in MUST_REVIEW & answered} == dict.fromkeys(
        MUST_REVIEW & answered, "changed")
    for qid in ("purpose_elements", "prior_assessment", "kr_ai_role", "device_encryption"):
        assert flags[qid] == "new"
    # A tag of lifecycle stage alone is not a change: questions whose only difference is
    # their new `stage` are not flagged.
    changed = {c.id: c for c in plan(name).diff.questions.changed}
    stage_only = [qid for qid, c in changed.items() if c.fields == ("stage",)]
    assert stage_only and not set(stage_only) & set(flags)


@pytest.mark.parametrize("name", NAMES)
def test_each_changed_rating_of_a_golden_scenario_is_explained(name: str) -> None:
    """The 1.1.0 scenario says, for each risk whose level moved since 1.0.0, what it was and why."""
    before = _levels(old(), OLD_SCENARIOS / name)
    after = _levels(new(), CURRENT / "scenarios" / name)
    expected = parse_answer_file((CURRENT / "scenarios" / name).read_bytes(), name).expected
    assert expected is not None and expected.changes is not None
    assert expected.changes.since == "1.0.0"
    moved = {rid for rid in before.keys() | after.keys() if before.get(rid) != after.get(rid)}
    assert set(expected.changes.risks) == moved
    for rid, change in expected.changes.risks.items():
        assert change.was == before.get(rid), rid
        assert len(change.why) > 40, rid


def _levels(pack: Pack, path: Path) -> dict[str, str]:
    session, problems = scenario_session(pack, parse_answer_file(path.read_bytes(), str(path)))
    assert problems == []
    return {r.risk.id: r.level for r in assess_risks(session).risks}


@pytest.fixture
def workspace(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: QUESTIONNAIRES)
    return Workspace(isolated_data_dir)


def test_a_1_0_0_assessment_opens_and_upgrades_end_to_end(workspace: Workspace) -> None:
    name = "3-law-firm-offline-drafting.json"
    with workspace as ws:
        record = import_assessment(ws, OLD_SCENARIOS / name)
        assert (record.pack_version, record.pack_hash) == ("1.0.0", FROZEN_HASH)
        assert ws.open(record.id).pack.version == "1.0.0"  # the old pack still opens it
        outcome = upgrade_assessment(ws.store, ws.catalog, record.id)
        upgraded = ws.store.get_assessment(record.id)
        assert (upgraded.pack_version, upgraded.pack_hash) == ("1.1.0", new().content_hash)
        assert outcome.backup.is_file()
        kept = ws.store.get_answers(record.id)
        archived = {a.question_id: a for a in ws.store.list_archived_answers(record.id)}
        assert set(archived) == REMOVED
        assert archived["deployment_mode"].display["ko"] == "이용자 기기에서 오프라인 실행"
        assert len(kept) + len(archived) == len(stored(name))
        flags = ws.store.review_flags(record.id)
        assert flags["data_subjects"].reason == "changed"
        assert flags["local_chat_history"].reason == "new"
        assert ws.open(record.id).pack.version == "1.1.0"
