"""CLI fixtures: demo-small as the only built-in pack, and a runner that reports plainly.

The real built-in pack (questionnaires/) is being rewritten, so no CLI test
depends on its content: ``app.paths.questionnaires_dir`` points at a temp
folder holding a copy of tests/fixtures/packs/demo-small.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from app import paths
from app.cli import cli
from app.storage import Store

DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"
DEMO_ID = "org.aipia.test.demo-small"

Run = Callable[..., Result]


@pytest.fixture
def builtin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A built-in pack folder holding only a copy of demo-small."""
    folder = tmp_path / "builtin-packs"
    folder.mkdir()
    shutil.copytree(DEMO_SMALL, folder / "demo-small")
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: folder)
    return folder


@pytest.fixture
def run(builtin_dir: Path) -> Run:
    """``run("org", "add", "Acme")``: invoke ``aipia`` in-process; stdout and stderr kept apart."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(cli, list(args), prog_name="aipia", env=env)

    return invoke


def ok(result: Result) -> str:
    """The output of a command that must succeed."""
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def fails(result: Result, *words: str) -> str:
    """The error text of a command that must fail with exit 1, a message and no traceback."""
    assert result.exit_code == 1, result.output
    # click raises SystemExit for a handled error; anything else is a crash with a traceback
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def db_counts(data_dir: Path) -> dict[str, int]:
    """Organizations, assessments, answers and answer-history rows in the database."""
    with Store.open(data_dir / paths.DATABASE_NAME) as store:
        assessments = store.list_assessments(include_archived=True)
        return {
            "organizations": len(store.list_organizations(include_archived=True)),
            "assessments": len(assessments),
            "answers": sum(len(store.get_answers(a.id)) for a in assessments),
            "history": sum(len(store.answer_history(a.id)) for a in assessments),
        }
