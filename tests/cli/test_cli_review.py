"""``aipia assessment status | review | opinion | revisions | compare | plan | attach ...``,
``aipia preferences`` and exchange files, as a user runs them (demo-small)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from tests.cli.conftest import Run, db_counts, fails, ok


@pytest.fixture
def assessment(run: Run) -> int:
    ok(run("assessment", "new", "--org", "Seoul Clinic", "--title", "Notes", "--lang", "en"))
    ok(run("assessment", "answer", "1", "system_name", "Notes helper"))
    return 1


def approve(run: Run) -> None:
    ok(run("assessment", "status", "1", "in_review", "--by", "H. Kim"))
    ok(run("assessment", "status", "1", "approved", "--by", "J. Lee"))


def test_status_shows_where_it_is_and_refuses_a_skipped_step(run: Run, assessment: int) -> None:
    assert ok(run("assessment", "status", "1")) == (
        "#1 Notes: draft (working on revision 1). Can move to: in_review, archived.\n")
    fails(run("assessment", "status", "1", "approved", "--by", "J. Lee"),
          "an assessment that is draft cannot become approved: send it to review first")
    ok(run("assessment", "status", "1", "in_review", "--by", "H. Kim"))
    fails(run("assessment", "status", "1", "draft", "--by", "J. Lee"), "a comment is needed")
    usage = run("assessment", "status", "1", "completed")
    assert usage.exit_code == 2 and "'completed' is not one of" in usage.stderr


def test_review_shows_sections_opinions_and_the_trail(run: Run, assessment: int) -> None:
    ok(run("assessment", "status", "1", "in_review", "--by", "H. Kim"))
    ok(run("assessment", "review", "1", "--section", "flows", "--verdict", "improvable",
           "--comment", "Shorter logs", "--by", "J. Lee"))
    ok(run("assessment", "review", "1", "--comment", "Clear overall", "--by", "J. Lee"))
    fails(run("assessment", "review", "1", "--section", "flow", "--verdict", "acceptable",
              "--by", "J. Lee"), "'flow' is not a section", "flows")
    shown = ok(run("assessment", "review", "1"))
    assert "  improvable  flows: " in shown and "Shorter logs (J. Lee)" in shown
    assert "  > Clear overall (J. Lee, " in shown
    assert "DPO: not recorded" in shown and "sent to review       H. Kim" in shown
    fails(run("assessment", "opinion", "1", "data_subjects", "--not-asked"),
          "say why the people concerned were not asked")
    ok(run("assessment", "opinion", "1", "data_subjects", "--not-asked", "--reason",
           "Anonymous users", "--by", "H. Kim"))
    assert "People concerned: not asked — Anonymous users" in ok(run("assessment", "review", "1"))


def test_revisions_and_compare(run: Run, assessment: int) -> None:
    assert "No revision yet" in ok(run("assessment", "revisions", "1"))
    approve(run)
    listed = ok(run("assessment", "revisions", "1"))
    assert listed.startswith("  1  ") and "J. Lee  org.aipia.test.demo-small 0.1.0" in listed
    assert json.loads(ok(run("assessment", "revisions", "1", "--json")))[0]["number"] == 1
    ok(run("assessment", "status", "1", "draft", "--by", "H. Kim"))
    ok(run("assessment", "answer", "1", "system_name", "Notes helper 2"))
    assert "Changed since the last revision" in ok(run("assessment", "revisions", "1"))
    changes = json.loads(ok(run("assessment", "compare", "1", "--json")))
    assert [(c["id"], c["before"], c["after"]) for c in changes["answers"]] == [
        ("system_name", "Notes helper", "Notes helper 2")]
    assert "changed  system_name: Notes helper -> Notes helper 2" in ok(
        run("assessment", "compare", "1", "--from", "1"))
    fails(run("assessment", "compare", "1", "--from", "4"), "has no revision 4 (revisions: 1)")
    ok(run("assessment", "new", "--org", "Seoul Clinic", "--title", "Notes 2027"))
    against = ok(run("assessment", "compare", "2", "--with", "1"))
    assert against.startswith("From #1 Notes to #2 Notes 2027:")
    assert "removed  system_name" in against


def test_plan_lists_the_measures_by_priority(run: Run, assessment: int) -> None:
    assert "No measure is recommended" in ok(run("assessment", "plan", "1"))
    ok(run("assessment", "answer", "1", "deployment_mode", "third_party_host"))
    ok(run("assessment", "answer", "1", "data_in_prompts", "health"))
    ok(run("risk", "plan", "1", "host_dpa", "--status", "done", "--owner", "Legal",
           "--due", "2027-01-31"))
    lines = ok(run("assessment", "plan", "1")).splitlines()
    host = next(line for line in lines if " host_dpa " in line)
    assert host.startswith("must   done") and "owner Legal" in host and "due 2027-01-31" in host


def test_attach_list_copy_and_detach(run: Run, assessment: int, tmp_path: Path) -> None:
    proof = tmp_path / "dpa.pdf"
    proof.write_bytes(b"%PDF-1.4 signed")
    out = ok(run("assessment", "attach", "1", str(proof), "--measure", "host_dpa",
                 "--note", "Signed", "--by", "H. Kim"))
    assert out.startswith("Attached dpa.pdf (15 bytes) as attachment 1 to measure host_dpa.")
    fails(run("assessment", "attach", "1", str(tmp_path / "missing.pdf")), "does not exist")
    fails(run("assessment", "attach", "1", str(proof), "--answer", "nope"),
          "'nope' is not a question")
    usage = run("assessment", "attach", "1", str(proof), "--answer", "x", "--section", "flows")
    assert usage.exit_code == 2
    assert "measure host_dpa  H. Kim" in ok(run("assessment", "attachments", "1"))
    copy = tmp_path / "copy.pdf"
    ok(run("assessment", "attachment-copy", "1", "1", "-o", str(copy)))
    assert copy.read_bytes() == proof.read_bytes()
    kept = CliRunner().invoke(cli, ["assessment", "detach", "1", "1"], input="n\n")
    assert kept.exit_code == 1 and "1  dpa.pdf" in ok(run("assessment", "attachments", "1"))
    ok(run("assessment", "detach", "1", "1", "--yes"))
    assert "No attachments" in ok(run("assessment", "attachments", "1"))


def test_preferences(run: Run, assessment: int, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ok(run("preferences", "name", "Hana  Kim")) == "Your name: Hana Kim\n"
    assert "sent to review by Hana Kim" in ok(run("assessment", "status", "1", "in_review"))
    assert "No name kept" in ok(run("preferences", "name", "--clear"))
    fails(run("preferences", "evidence-limits", "--per-file", "100"),
          "whole number of MB from 1 to 45")
    assert ok(run("preferences", "evidence-limits", "--per-file", "5")) == (
        "Per file: 5.0 MB; per assessment: 40.0 MB.\n")
    assert "evidence limit per file: 5.0 MB" in ok(run("preferences", "show"))


def test_an_exchange_file_with_a_changed_byte_changes_nothing(
    run: Run, assessment: int, tmp_path: Path, isolated_data_dir: Path
) -> None:
    approve(run)
    package = tmp_path / "notes.aipia"
    out = ok(run("assessment", "export", "1", "--package", "-o", str(package)))
    assert "exchange file" in out and "1 revision(s)" in out
    data = bytearray(package.read_bytes())
    data[len(data) // 3] ^= 0x01
    broken = tmp_path / "broken.aipia"
    broken.write_bytes(bytes(data))
    other = tmp_path / "other"
    fails(run("--data-dir", str(other), "assessment", "import", str(broken)), "broken.aipia")
    assert db_counts(other)["assessments"] == 0
    fails(run("assessment", "import", str(package)), "already here", "at revision 1")
    fails(run("assessment", "export", "1", "--encrypt", "-o", str(tmp_path / "x.aipia"),
              env={"AIPIA_PASSPHRASE": "short"}), "at least 8 characters")
    assert not (tmp_path / "x.aipia").exists()


def test_report_formats_from_the_suffix_or_the_option(
    run: Run, assessment: int, tmp_path: Path
) -> None:
    out = ok(run("report", "1", "-o", str(tmp_path / "plan.csv")))
    assert out.startswith(f"Wrote {tmp_path / 'plan.csv'} (csv; data fingerprint ")
    ok(run("report", "1", "-o", str(tmp_path / "plan.txt"), "--format", "xlsx"))
    assert (tmp_path / "plan.txt").read_bytes()[:2] == b"PK"
