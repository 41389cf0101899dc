"""An answer is checked against its question once on its way in, and written once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.answers import Answer, AnswerError
from app.services.workspace import OpenAssessment, Workspace
from tests.counters import answer_operations
from tests.services.conftest import exported_file


@pytest.fixture
def opened(here: Workspace) -> OpenAssessment:
    record = here.new_assessment("Hanbit Clinic", "Notes", language="en")
    return here.open(record.id)


def test_one_save_is_one_check_one_write_one_session_update(
        here: Workspace, opened: OpenAssessment, monkeypatch: pytest.MonkeyPatch) -> None:
    with answer_operations(monkeypatch) as count:
        here.save_answer(opened, "deployment_mode", Answer("third_party_host"))
    assert count == {"checks": 1, "guards": 1, "writes": 1, "applies": 1}
    stored = here.store.get_answers(opened.record.id)["deployment_mode"]
    assert stored.value == {"value": "third_party_host"}


def test_a_refused_answer_is_checked_once_and_nothing_is_written(
        here: Workspace, opened: OpenAssessment, monkeypatch: pytest.MonkeyPatch) -> None:
    with answer_operations(monkeypatch) as count, pytest.raises(AnswerError, match="not one of"):
        here.save_answer(opened, "deployment_mode", Answer("on_the_moon"))
    assert count == {"checks": 1}
    assert here.store.get_answers(opened.record.id) == {}


def test_answering_a_flagged_question_clears_its_flag_in_the_same_write(
        here: Workspace, there: Workspace, filled: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = exported_file(here, filled, tmp_path / "export.json")
    data["review"] = {"deployment_mode": {"reason": "changed", "detail": "new choices"}}
    (tmp_path / "export.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    record = there.import_file(tmp_path / "export.json").record
    opened = there.open(record.id)
    assert set(opened.review) == {"deployment_mode"}
    with answer_operations(monkeypatch) as count:
        there.save_answer(opened, "deployment_mode", Answer("private_cloud"))
    assert count["writes"] == 1
    assert there.store.review_flags(record.id) == {} and opened.review == {}
