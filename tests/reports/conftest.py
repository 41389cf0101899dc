"""Report fixtures: demo-small as the built-in pack, an imported assessment, rendered PDFs.

PDF renders take seconds each (a fresh process imports WeasyPrint), so the
English and Korean reports of the fixture assessment are rendered once per
test session and shared by the tests that only read them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import paths
from app.services.reporting import PreparedReport, RenderResult, prepare_report, render_pdf
from app.services.transfer import import_assessment
from app.services.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DEMO_SMALL = FIXTURES / "packs" / "demo-small"
ASSESSMENT_FILE = FIXTURES / "reports" / "demo-small-assessment.json"


def builtin_packs(folder: Path) -> Path:
    """A built-in pack folder holding only a copy of demo-small."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(DEMO_SMALL, folder / "demo-small", dirs_exist_ok=True)
    return folder


@pytest.fixture
def builtin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = builtin_packs(tmp_path / "builtin-packs")
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: folder)
    return folder


@pytest.fixture
def workspace(builtin_dir: Path, isolated_data_dir: Path) -> Iterator[Workspace]:
    with Workspace(isolated_data_dir) as ws:
        yield ws


@pytest.fixture
def assessment_id(workspace: Workspace) -> int:
    return import_assessment(workspace, ASSESSMENT_FILE).id


@dataclass(frozen=True)
class Rendered:
    prepared: PreparedReport
    result: RenderResult
    progress: list[str]


def _render(base: Path, lang: str) -> Rendered:
    with pytest.MonkeyPatch.context() as patch:
        packs = builtin_packs(base / "packs")
        patch.setattr(paths, "questionnaires_dir", lambda: packs)
        with Workspace(base / "data") as ws:
            assessment = import_assessment(ws, ASSESSMENT_FILE)
            prepared = prepare_report(ws, assessment.id, lang=lang)
    progress: list[str] = []
    result = render_pdf(prepared, base / f"report-{lang}.pdf", progress=progress.append)
    return Rendered(prepared, result, progress)


@pytest.fixture(scope="session")
def report_en(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return _render(tmp_path_factory.mktemp("report-en"), "en")


@pytest.fixture(scope="session")
def report_ko(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return _render(tmp_path_factory.mktemp("report-ko"), "ko")
