"""The report's model inventory shows the files of the latest model scan, their SHA-256 and date."""

from __future__ import annotations

from pathlib import Path

from app.services import inspection
from app.services.reporting import discard_report, prepare_report
from app.services.workspace import Workspace
from tests.core import model_builders as mb


def test_report_shows_scanned_files_hashes_and_date(
    workspace: Workspace, assessment_id: int, tmp_path: Path
) -> None:
    report = inspection.run_scan([mb.hf_folder(tmp_path / "tiny-llama")])
    inspection.keep_scan(workspace, assessment_id, report)
    digest = next(f.sha256 for f in report.models[0].files if f.name == "model.safetensors")
    for lang, title in (("en", "Model files checked"), ("ko", "검사한 모델 파일")):
        prepared = prepare_report(workspace, assessment_id, lang=lang)
        discard_report(prepared)
        html = prepared.html
        assert title in html
        assert f"{report.scanned_at[:10]}" in html
        assert "model.safetensors" in html and digest in html


def test_report_without_scans_has_no_scan_section(workspace: Workspace, assessment_id: int) -> None:
    prepared = prepare_report(workspace, assessment_id, lang="en")
    discard_report(prepared)
    assert "Model files checked" not in prepared.html
