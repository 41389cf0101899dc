"""``aipia`` itself and ``aipia pack``: version, help, data folder, lint/validate/list/schema."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app
import app.cli as cli_module
from app import paths
from tests.cli.conftest import DEMO_ID, DEMO_SMALL, Run, fails, ok

LINT_KEYS = {"id", "version", "questions", "risks", "measures", "languages", "errors", "warnings"}


def broken_copy(tmp_path: Path) -> Path:
    """demo-small with a show_if naming a question that does not exist."""
    folder = tmp_path / "broken"
    shutil.copytree(DEMO_SMALL, folder)
    module = folder / "open_models.yaml"
    text = module.read_text(encoding="utf-8")
    old = "show_if: deployment_mode == 'third_party_host'\n"
    assert text.count(old) == 1
    module.write_text(text.replace(old, "show_if: deploymnet_mode == 'third_party_host'\n"))
    return folder


# the program -------------------------------------------------------------------------------------
def test_version(run: Run) -> None:
    assert ok(run("--version")).strip() == f"aipia, version {app.__version__}"


def test_help(run: Run) -> None:
    out = ok(run("--help"))
    assert out.startswith("Usage: aipia")
    for command in ("assessment", "org", "pack", "--data-dir", "--version"):
        assert command in out


def test_no_arguments_opens_the_desktop_app(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # 'aipia' alone opens the GUI (commit 0be8661); the launcher is replaced so no Qt starts
    launched: list[str | None] = []

    def fake_launch(data_dir: str | None) -> int:
        launched.append(data_dir)
        return 0

    monkeypatch.setattr(cli_module, "launch_gui", fake_launch)
    assert run("--data-dir", str(tmp_path)).exit_code == 0
    assert launched == [str(tmp_path)]


def test_the_installed_command_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("aipia")
    if not script.exists():
        pytest.skip("the aipia console script is not installed in this environment")
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"aipia, version {app.__version__}")


def test_data_dir_option_and_environment(run: Run, tmp_path: Path, isolated_data_dir: Path) -> None:
    chosen = tmp_path / "chosen"
    ok(run("--data-dir", str(chosen), "org", "add", "Acme"))
    assert (chosen / paths.DATABASE_NAME).is_file()
    assert "Acme" in ok(run("--data-dir", str(chosen), "org", "list"))
    # the default (here the AIPIA_DATA_DIR of the test) is another database
    assert "No organizations yet" in ok(run("org", "list"))
    assert (isolated_data_dir / paths.DATABASE_NAME).is_file()

    other = tmp_path / "from-env"
    ok(run("org", "add", "Beta", env={"AIPIA_DATA_DIR": str(other)}))
    assert (other / paths.DATABASE_NAME).is_file()
    assert "Beta" in ok(run("org", "list", env={"AIPIA_DATA_DIR": str(other)}))
    # the option wins over the environment
    listed = ok(run("--data-dir", str(chosen), "org", "list", env={"AIPIA_DATA_DIR": str(other)}))
    assert "Acme" in listed and "Beta" not in listed


# organizations -----------------------------------------------------------------------------------
def test_org_add_and_list(run: Run) -> None:
    assert "No organizations yet" in ok(run("org", "list"))
    assert ok(run("org", "add", "Acme Health", "--notes", "hospital")).strip() == (
        "Added organization 1: Acme Health"
    )
    ok(run("org", "add", "서울병원"))
    listed = ok(run("org", "list"))
    assert "Acme Health  (0 assessment(s))" in listed
    assert "서울병원  (0 assessment(s))" in listed


def test_org_add_duplicate_name(run: Run) -> None:
    ok(run("org", "add", "Acme"))
    error = fails(run("org", "add", "ACME"), "already exists")
    assert error.startswith("Error: ")
    assert ok(run("org", "list")).count("Acme") == 1


# packs -------------------------------------------------------------------------------------------
def test_pack_lint_json(run: Run) -> None:
    summary = json.loads(ok(run("pack", "lint", "--json", str(DEMO_SMALL))))
    assert set(summary) >= LINT_KEYS
    assert (summary["id"], summary["version"]) == (DEMO_ID, "0.1.0")
    assert (summary["questions"], summary["risks"], summary["measures"]) == (15, 6, 6)
    assert summary["languages"] == {"en": 1.0, "ko": 1.0}
    assert summary["errors"] == []
    assert isinstance(summary["warnings"], list)


def test_pack_lint_json_of_a_broken_pack(run: Run, tmp_path: Path) -> None:
    result = run("pack", "lint", "--json", str(broken_copy(tmp_path)))
    assert result.exit_code == 1
    summary = json.loads(result.stdout)  # still exactly one JSON object on stdout
    assert set(summary) >= LINT_KEYS
    assert summary["questions"] == 0
    (error,) = summary["errors"]
    assert error["file"].endswith("open_models.yaml")
    assert isinstance(error["line"], int) and isinstance(error["column"], int)
    assert "deploymnet_mode" in error["message"]
    assert "deployment_mode" in (error["hint"] or "")


def test_pack_lint_json_of_a_missing_folder(run: Run, tmp_path: Path) -> None:
    result = run("pack", "lint", "--json", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["id"] is None
    assert "pack.yaml" in summary["errors"][0]["message"]


def test_pack_lint_text(run: Run) -> None:
    out = ok(run("pack", "lint", str(DEMO_SMALL)))
    assert f"pack:      {DEMO_ID} 0.1.0" in out
    assert "15 questions, 6 risks, 6 measures" in out
    assert "en 100%, ko 100%" in out


def test_pack_validate(run: Run, tmp_path: Path) -> None:
    assert f"valid ({DEMO_ID} 0.1.0)" in ok(run("pack", "validate", str(DEMO_SMALL)))
    broken = broken_copy(tmp_path)
    result = run("pack", "validate", str(DEMO_SMALL), str(broken))
    assert result.exit_code == 1
    assert "open_models.yaml:" in result.stderr
    assert "1 error(s)" in result.stderr


def test_pack_list_shows_the_builtin_pack(run: Run) -> None:
    assert ok(run("pack", "list")).strip() == (
        f"{DEMO_ID} 0.1.0  builtin  [verified]  AI privacy impact assessment (open-weight models)"
    )


def test_pack_schema_is_json(run: Run) -> None:
    schema = json.loads(ok(run("pack", "schema", "--kind", "manifest")))
    assert isinstance(schema, dict)
    assert "properties" in schema or "$defs" in schema
