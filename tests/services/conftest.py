"""Service fixtures: workspaces with the demo-small pack as their only built-in pack."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.answers import Answer
from app.packs.catalog import PackCatalog
from app.services.transfer import export_assessment, write_export
from app.services.workspace import Workspace

DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"
DEMO_ID = "org.aipia.test.demo-small"


@pytest.fixture
def builtin(tmp_path: Path) -> Path:
    folder = tmp_path / "builtin"
    shutil.copytree(DEMO_SMALL, folder / "demo-small")
    return folder


def open_workspace(data_dir: Path, builtin: Path) -> Workspace:
    workspace = Workspace(data_dir)
    workspace.catalog = PackCatalog(workspace.store, builtin_dir=builtin)
    return workspace


@pytest.fixture
def here(tmp_path: Path, builtin: Path) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "here", builtin) as workspace:
        yield workspace


@pytest.fixture
def there(tmp_path: Path, builtin: Path) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "there", builtin) as workspace:
        yield workspace


def counts(workspace: Workspace) -> tuple[int, int, int]:
    store = workspace.store
    assessments = store.list_assessments(include_archived=True)
    answers = sum(len(store.get_answers(a.id)) for a in assessments)
    return len(store.list_organizations(include_archived=True)), len(assessments), answers


@pytest.fixture
def filled(here: Workspace) -> int:
    record = here.new_assessment("서울병원", "진료 요약 도우미", language="ko")
    opened = here.open(record.id)
    for qid, answer, note in [
        ("system_name", Answer("요약 도우미"), "정식 명칭"),
        ("affected_people", Answer.unknown(), None),
        ("dpia_screening", Answer(("sensitive", "scoring")), None),
        ("go_live", Answer(dt.date(2027, 3, 1)), None),
        ("deployment_mode", Answer("third_party_host"), None),
        ("host_region", Answer("US"), None),
        ("transfers", Answer(({"recipient": "Host", "country": "US"},)), "계약서 확인"),
        ("last_review", Answer.not_applicable(), None),
    ]:
        here.save_answer(opened, qid, answer, note)
    here.save_answer(opened, "deployment_mode", Answer("on_premises"))  # hides two answers
    here.store.save_measure_plan(record.id, "host_dpa", owner="DPO", status="in_progress")
    return record.id


def exported_file(workspace: Workspace, assessment_id: int, path: Path) -> dict[str, Any]:
    data = export_assessment(workspace, assessment_id)
    write_export(data, path)
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded
