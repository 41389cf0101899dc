"""``aipia report``, ``aipia demo`` and ``aipia branding`` from the command line."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from PIL import Image
from pypdf import PdfReader

from app import paths
from app.cli import cli
from tests.reports.conftest import ASSESSMENT_FILE, builtin_packs


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="aipia")


def ok(result: Result) -> str:
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def fails(result: Result, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert message in result.output, result.output
    assert "Traceback" not in result.output


@pytest.fixture
def imported(builtin_dir: Path) -> str:
    out = ok(run("assessment", "import", str(ASSESSMENT_FILE)))
    return out.split()[2].rstrip(":")


def test_report_html(imported: str, tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    out = ok(run("report", imported, "-o", str(output), "--html", "--lang", "ko"))
    assert "Wrote the report HTML" in out and "fingerprint" in out
    html = output.read_text(encoding="utf-8")
    assert '<html lang="ko">' in html and "Seoul Family Clinic" in html


@pytest.mark.slow
def test_report_pdf_with_branding(imported: str, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), "#0f766e").save(buffer, "PNG")
    logo.write_bytes(buffer.getvalue())
    ok(run("branding", "set", "--name", "Hana Privacy", "--colour", "#0F766E", "--logo", str(logo)))
    output = tmp_path / "report.pdf"
    out = ok(run("report", imported, "-o", str(output)))
    assert f"Wrote {output}" in out and "Fingerprint" in out
    reader = PdfReader(output)
    assert "Hana Privacy" in reader.pages[0].extract_text()
    assert len(reader.pages[0].images) == 1  # the logo


def test_report_errors_are_plain_messages(imported: str, tmp_path: Path) -> None:
    output = tmp_path / "x.pdf"
    fails(run("report", imported, "-o", str(output), "--template", "nope"),
          "no report template 'nope'")
    fails(run("report", "999", "-o", str(output)), "999")
    fails(run("report", imported, "-o", str(tmp_path / "missing" / "x.pdf")), "does not exist")
    assert not output.exists()


def test_branding_set_and_show(builtin_dir: Path, tmp_path: Path) -> None:
    assert "No branding set" in ok(run("branding", "show"))
    out = ok(run("branding", "set", "--name", "Hana Privacy", "--color", "#1D4E89"))
    assert "Branding saved." in out
    shown = ok(run("branding", "show"))
    assert "Hana Privacy" in shown and "#1d4e89" in shown


def test_branding_refuses_bad_values(builtin_dir: Path, tmp_path: Path) -> None:
    fails(run("branding", "set", "--colour", "navy"), "'navy' is not a colour: give it as #RRGGBB")
    text = tmp_path / "logo.png"
    text.write_text("<svg/>")
    fails(run("branding", "set", "--logo", str(text)), "is not a PNG, JPEG or GIF image")
    fails(run("branding", "set"), "give at least one of")
    assert "No branding set" in ok(run("branding", "show"))


@pytest.fixture
def scenario_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = builtin_packs(tmp_path / "packs-with-scenarios")
    scenarios = folder / "demo-small" / "scenarios"
    scenarios.mkdir()
    shutil.copy(ASSESSMENT_FILE, scenarios / "clinic.json")
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: folder)
    return folder


@pytest.mark.slow
def test_demo_renders_a_report_with_no_set_up(scenario_packs: Path, tmp_path: Path) -> None:
    output = tmp_path / "demo.pdf"
    data_dir = tmp_path / "demo-data"
    result = run("--data-dir", str(data_dir), "demo", "-o", str(output), "--lang", "ko")
    out = ok(result)
    assert "Demo assessment 1: Seoul Family Clinic" in out
    pages = len(PdfReader(output).pages)
    # progress goes to standard error, stage by stage; standard output keeps only the result
    for stage in ("Filling in the template", "Starting the PDF engine", "Laying out page 1",
                  f"Writing {pages} pages"):
        assert stage in result.stderr, result.stderr
        assert stage not in result.stdout
    assert f"({pages} pages," in result.stdout and "s of CPU)" in result.stdout
    assert "요약" in PdfReader(output).pages[2].extract_text()
    assert (data_dir / paths.DATABASE_NAME).exists()
    again = ok(run("--data-dir", str(data_dir), "demo", "-o", str(output)))
    assert "Demo assessment 1:" in again  # imported once, reused


def test_demo_without_a_scenario_says_so(builtin_dir: Path, tmp_path: Path) -> None:
    fails(run("demo", "-o", str(tmp_path / "demo.pdf")), "no built-in demo scenario")
