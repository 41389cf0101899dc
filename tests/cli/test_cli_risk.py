"""``aipia risk``: the register with its plan, and the assessor's judgement, as a user runs it.

demo-small, answered so that two risks are raised: dpia_required (almost
certain x significant = Critical, one must measure, residual one likelihood
step lower) and host_sees_prompts (likely x severe = Critical, two must
measures, residual remote x severe = Medium).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run, fails, ok


@pytest.fixture
def assessment(run: Run) -> int:
    ok(run("assessment", "new", "--org", "Seoul Clinic", "--title", "Notes", "--lang", "en"))
    for question, value in [("dpia_screening", "scoring,sensitive,vulnerable,innovative"),
                            ("deployment_mode", "third_party_host"),
                            ("data_in_prompts", "health")]:
        ok(run("assessment", "answer", "1", question, value))
    return 1


def test_list_shows_three_stages_and_moves_with_the_plan(run: Run, assessment: int) -> None:
    before = ok(run("risk", "list", "1"))
    assert "before measures Critical → today Critical → with the plan Critical" in before
    out = ok(run("risk", "plan", "1", "host_dpa", "--status", "done", "--owner", "Legal"))
    assert "host_sees_prompts: before measures Critical → today High → with the plan High" in out
    out = ok(run("risk", "plan", "1", "use_safetensors", "--status", "planned"))
    assert ("host_sees_prompts: before measures Critical → today High → with the plan Medium"
            in out)


def test_show_names_the_measure_nobody_plans(run: Run, assessment: int) -> None:
    ok(run("risk", "plan", "1", "host_dpa", "--status", "in_progress"))
    out = ok(run("risk", "show", "1", "host_sees_prompts"))
    assert "with the plan: High (Possible × Severe)" in out
    assert "kept at High by measures nobody plans: Load only safetensors or GGUF weights" in out
    assert "* [in progress] host_dpa (must)" in out
    assert "* [not planned yet] use_safetensors (must)" in out


def test_a_rating_is_shown_beside_the_rules_and_kept_in_the_history(
    run: Run, assessment: int
) -> None:
    out = ok(run("risk", "rate", "1", "dpia_required", "--likelihood", "possible",
                 "--reason", "Screening was done by the vendor.", "--by", "H. Kim"))
    assert out == ("Rated dpia_required: Medium (Possible × Significant) "
                   "(rules: Critical (Almost certain × Significant)).\n")
    shown = ok(run("risk", "show", "1", "dpia_required"))
    assert "(rules: Critical (Almost certain × Significant))" in shown
    assert "rated by the assessor (H. Kim, " in shown
    assert "Screening was done by the vendor." in shown
    history = ok(run("risk", "history", "1"))
    assert "dpia_required  rating: Possible × —: Screening was done by the vendor. — H. Kim" in (
        history)


@pytest.mark.parametrize(("args", "words"), [
    (["--likelihood", "likly", "--reason", "x"],
     "'likly' is not a likelihood step of the matrix; the steps are: remote, possible, likely, "
     "almost_certain (did you mean 'likely'?) — nothing was saved."),
    (["--likelihood", "likely", "--reason", "  "],
     "give a justification for the rating: why the likelihood or severity is not what the rules "
     "say — nothing was saved."),
])
def test_refused_ratings_say_why_and_save_nothing(run: Run, assessment: int, args: list[str],
                                                  words: str) -> None:
    fails(run("risk", "rate", "1", "dpia_required", *args, "--by", "H. Kim"), words)
    assert ok(run("risk", "history", "1")) == "No judgement recorded yet.\n"


def test_treat_accept_and_clear(run: Run, assessment: int) -> None:
    refused = run("risk", "treat", "1", "dpia_required", "postpone", "--reason", "later")
    assert refused.exit_code == 2  # click's usage error, before anything is opened
    assert "'postpone' is not one of 'reduce', 'accept', 'avoid', 'transfer'" in refused.stderr
    ok(run("risk", "treat", "1", "dpia_required", "reduce", "--reason", "DPIA under way",
           "--by", "H. Kim"))
    fails(run("risk", "accept", "1", "dpia_required", "--by", "Dr Park", "--role", "ceo"),
          "'ceo' is not a role of the acceptance policy; the roles are: owner, privacy_officer")
    out = ok(run("risk", "accept", "1", "dpia_required", "--by", "Dr Park",
                 "--role", "privacy_officer", "--on", "2026-12-01",
                 "--note", "Until the DPIA is signed"))
    assert out == "Accepted dpia_required at Critical (privacy_officer, Dr Park).\n"
    listed = ok(run("risk", "list", "1"))
    assert "dpia_required" in listed and "[accepted]" in listed
    ok(run("risk", "plan", "1", "do_full_dpia", "--status", "planned"))
    assert "[accepted]" in ok(run("risk", "list", "1"))  # still accepted: the level fell
    out = ok(run("risk", "clear", "1", "dpia_required", "acceptance", "--by", "Dr Park"))
    assert out == "Cleared the acceptance of dpia_required.\n"
    again = ok(run("risk", "clear", "1", "dpia_required", "acceptance", "--by", "Dr Park"))
    assert again == "dpia_required has no acceptance; nothing changed.\n"


def test_unknown_and_unraised_risks_are_refused(run: Run, assessment: int) -> None:
    fails(run("risk", "show", "1", "dpia_requird"), "did you mean 'dpia_required'?")
    fails(run("risk", "treat", "1", "transfer_abroad", "accept", "--reason", "x"),
          "risk 'transfer_abroad' is not raised by the current answers")


def test_a_bad_due_date_is_refused(run: Run, assessment: int, isolated_data_dir: Path) -> None:
    fails(run("risk", "plan", "1", "host_dpa", "--due", "next week"),
          "The due date must be a date like 2026-12-31")


def test_assessment_show_prints_the_stages_and_the_judgement(run: Run, assessment: int) -> None:
    ok(run("risk", "treat", "1", "host_sees_prompts", "transfer", "--reason",
           "The host's insurance covers it.", "--by", "H. Kim"))
    out = ok(run("assessment", "show", "1"))
    assert "before measures Critical → today Critical → with the plan Critical" in out
    assert "treatment: transfer — The host's insurance covers it. (H. Kim, " in out
    assert "Measures: host_dpa (must, not planned yet), use_safetensors (must, not planned yet)" \
        in out
