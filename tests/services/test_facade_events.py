"""The facade announces each change once, after it is stored; reading announces nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.answers import Answer
from app.services.events import Change, Topic
from app.services.workspace import Workspace
from tests.services.conftest import DEMO_SMALL, exported_file


@pytest.fixture
def seen(here: Workspace) -> list[Change]:
    changes: list[Change] = []
    here.events.subscribe(changes.append)
    return changes


def test_each_use_case_that_changes_data_says_what_changed(
        here: Workspace, seen: list[Change], tmp_path: Path) -> None:
    client = here.add_client("Hanbit Clinic")
    record = here.new_assessment("Hanbit Clinic", "Notes", language="en")
    opened = here.open(record.id)
    here.save_answer(opened, "system_name", Answer("Summariser"))
    here.save_measure_plan(record.id, "host_dpa", owner="DPO")
    here.set_status(record.id, "in_review")
    copy = here.duplicate_assessment(record.id, "Notes 2027")
    here.update_client(client.id, notes="Dr Lee")
    here.delete_assessment(copy.id)
    assert seen == [Change(Topic.CLIENTS), Change(Topic.ASSESSMENTS, record.id),
                    Change(Topic.ANSWERS, record.id), Change(Topic.PLANS, record.id),
                    Change(Topic.ASSESSMENTS, record.id), Change(Topic.ASSESSMENTS, copy.id),
                    Change(Topic.CLIENTS), Change(Topic.ASSESSMENTS, copy.id)]


def test_reading_announces_nothing(here: Workspace, seen: list[Change], filled: int) -> None:
    seen.clear()
    here.list_clients()
    here.list_assessments()
    here.open(filled)
    here.measure_plans(filled)
    here.pack_listings()
    here.trusted_keys()
    here.export_assessment(filled)
    assert seen == []


def test_import_and_install_announce_their_changes(
        here: Workspace, there: Workspace, filled: int, tmp_path: Path) -> None:
    exported_file(here, filled, tmp_path / "export.json")
    changes: list[Change] = []
    there.events.subscribe(changes.append)
    imported = there.import_file(tmp_path / "export.json").record
    assert changes == [Change(Topic.CLIENTS), Change(Topic.ASSESSMENTS, imported.id)]
    changes.clear()
    newer = tmp_path / "newer"
    shutil.copytree(DEMO_SMALL, newer)
    manifest = newer / "pack.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "id: org.aipia.test.demo-small", "id: org.aipia.test.other"), encoding="utf-8")
    assert there.install_folder(newer).ok
    assert changes == [Change(Topic.PACKS)]


def test_a_refused_change_announces_nothing(here: Workspace, seen: list[Change]) -> None:
    from app.core.errors import UserError

    with pytest.raises(UserError):
        here.new_assessment("Hanbit Clinic", "  ", language="en")
    with pytest.raises(UserError):
        here.set_status(12345, "draft")
    assert seen == []


def test_an_observer_can_stop_listening(here: Workspace) -> None:
    changes: list[Change] = []
    stop = here.events.subscribe(changes.append)
    here.add_client("A")
    stop()
    here.add_client("B")
    assert changes == [Change(Topic.CLIENTS)]
