"""What a person typing ``aipia`` commands runs into (issue 10 §3): exit statuses, choice ids
shown and matched whatever their case, "did you mean", where a global option goes, readable
dates, imported copies that say so, and "unknown" typed as a value."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.conftest import Run, db_counts, fails, ok
from tests.conftest import REPO_ROOT


@pytest.fixture
def assessment(run: Run) -> str:
    ok(run("assessment", "new", "--org", "Acme Health", "--title", "Ward bot"))
    return "1"


def usage_error(result: object, *words: str) -> str:
    """The message of a usage error: exit status 2, the usage line, no traceback."""
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert stderr.startswith("Usage: aipia") and "Traceback" not in stderr
    for word in words:
        assert word in stderr, stderr
    return stderr


# exit statuses -----------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ("assessment", "nosuch"),  # unknown command
    ("assessment", "list", "--bogus"),  # unknown option
    ("assessment", "answer", "1"),  # missing argument
    ("report", "1", "-o", "x.pdf", "--lang", "french"),  # not a language code
    ("assessment", "show", "one"),  # not a number
])
def test_usage_errors_exit_with_status_2(run: Run, args: tuple[str, ...]) -> None:
    usage_error(run(*args))


def test_failures_exit_with_status_1(run: Run, assessment: str) -> None:
    fails(run("assessment", "show", "99"), "99")
    fails(run("assessment", "answer", assessment, "hash_pinned", "maybe"), "hash_pinned")


def test_the_docs_give_both_exit_statuses() -> None:
    text = " ".join((REPO_ROOT / "docs" / "cli.md").read_text(encoding="utf-8").split())
    assert "status 0 on success" in text
    assert "1 when something is wrong" in text
    assert "2 for a usage error" in text


# choices -----------------------------------------------------------------------------------------
def test_show_lists_the_choice_ids_of_each_question(run: Run, assessment: str) -> None:
    out = ok(run("assessment", "show", assessment))
    after = out.split("- [deployment_mode]", 1)[1]
    assert "  choices: offline_device, on_premises, private_cloud, third_party_host" in after
    assert "- [hash_pinned]" in out
    assert "  choices: yes, no, partial (or --unknown)" in out.split("- [hash_pinned]", 1)[1]
    korean = ok(run("assessment", "show", assessment, "--lang", "ko"))
    assert "  선택지: offline_device, on_premises" in korean


def test_choice_values_match_whatever_their_case(
    run: Run, assessment: str, isolated_data_dir: Path
) -> None:
    ok(run("assessment", "answer", assessment, "hash_pinned", "Partial"))
    ok(run("assessment", "answer", assessment, "deployment_mode", "THIRD_PARTY_HOST"))
    ok(run("assessment", "answer", assessment, "dpia_screening", "Sensitive, large_SCALE"))
    out = ok(run("assessment", "show", assessment))
    shown = out.split("- [deployment_mode]")[1]
    assert "  → Partly" in out and "third-party inference host" in shown
    exported = isolated_data_dir.parent / "out.json"
    ok(run("assessment", "export", assessment, "-o", str(exported)))
    answers = json.loads(exported.read_text(encoding="utf-8"))["answers"]
    assert answers["hash_pinned"] == {"value": "partial"}
    assert answers["deployment_mode"] == {"value": "third_party_host"}
    assert answers["dpia_screening"] == {"value": ["sensitive", "large_scale"]}


def test_a_mistyped_question_id_gets_did_you_mean(run: Run, assessment: str) -> None:
    fails(run("assessment", "answer", assessment, "deployment_mod", "on_premises"),
          "no question 'deployment_mod'", "did you mean 'deployment_mode'?")
    fails(run("assessment", "answer", assessment, "zzzz", "1"),
          "no question 'zzzz'", "'aipia assessment show' lists them")


# global option -----------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ("assessment", "list", "--data-dir", "elsewhere"),
    ("org", "add", "Acme", "--data-dir=elsewhere"),
])
def test_data_dir_after_the_command_says_where_it_goes(
    run: Run, isolated_data_dir: Path, args: tuple[str, ...]
) -> None:
    command = " ".join(args[:2])
    usage_error(run(*args), "--data-dir is a global option: give it before the command",
                f"aipia --data-dir DIR {command}")
    assert not (Path.cwd() / "elsewhere").exists()


# list dates, imported copies ---------------------------------------------------------------------
def test_list_shows_a_date_and_time_a_person_reads(run: Run, assessment: str) -> None:
    line = ok(run("assessment", "list")).strip()
    assert re.search(r"  updated \d{4}-\d\d-\d\d \d\d:\d\d$", line), line
    assert "T" not in line.rsplit("updated", 1)[1] and "Z" not in line


def test_an_imported_copy_says_it_is_a_copy(run: Run, assessment: str, tmp_path: Path) -> None:
    exported = tmp_path / "ward.json"
    ok(run("assessment", "export", assessment, "-o", str(exported)))
    out = ok(run("assessment", "import", str(exported), "--as-copy"))
    assert "Imported assessment 2: Acme Health / Ward bot (copy) (0 answers)" in out
    assert "It is a copy: Acme Health already has an assessment called 'Ward bot'" in out
    ok(run("assessment", "import", str(exported), "--as-copy"))
    listed = ok(run("assessment", "list"))
    assert "Ward bot (copy 2)" in listed and "Ward bot (copy)" in listed
    fresh = tmp_path / "fresh-data"  # where no assessment has the title: no suffix, no note
    out = ok(run("--data-dir", str(fresh), "assessment", "import", str(exported)))
    assert "Ward bot (0 answers)" in out and "copy" not in out


# "unknown" typed as a value ----------------------------------------------------------------------
def test_unknown_typed_as_a_value_points_to_the_options(
    run: Run, assessment: str, isolated_data_dir: Path
) -> None:
    before = db_counts(isolated_data_dir)
    for word in ("unknown", "Unknown", "n/a"):
        error = fails(run("assessment", "answer", assessment, "hash_pinned", word), "--unknown",
                      "--na")
        assert "is not a value of this question" in error
    assert db_counts(isolated_data_dir) == before
    result = run("assessment", "answer", assessment, "system_name", "unknown")
    assert "Saved system_name." in ok(result)  # a text question takes the word as text...
    assert "Note: saved the text 'unknown'" in result.stderr and "--unknown" in result.stderr
