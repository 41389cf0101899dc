"""The review workflow's rules, opinions and attachment names (pure)."""

from __future__ import annotations

import pytest

from app.core.review import EvidenceError, ReviewError, SectionVerdict
from app.core.review.evidence import display_name, limit_bytes, size_text, viewable
from app.core.review.opinions import new_opinion
from app.core.review.workflow import (
    check_verdict,
    checked_name,
    edit_refusal,
    plan_move,
    sections_to_fix,
)

WHEN = "2026-03-01T09:00:00.000Z"


@pytest.mark.parametrize(("current", "target", "action"), [
    ("draft", "in_review", "submit"),
    ("in_review", "approved", "approve"),
    ("approved", "draft", "reopen"),
    ("approved", "archived", "archive"),
])
def test_the_moves_of_the_workflow(current: str, target: str, action: str) -> None:
    assert plan_move(current, target).action == action


def test_changes_are_requested_with_a_comment_saying_what() -> None:
    with pytest.raises(ReviewError) as caught:
        plan_move("in_review", "draft", comment="   ")
    assert caught.value.code == "comment_needed"
    assert plan_move("in_review", "draft", comment=" Fix the flows ").comment == "Fix the flows"


def test_approval_is_refused_while_a_section_is_to_fix() -> None:
    with pytest.raises(ReviewError) as caught:
        plan_move("in_review", "approved", to_fix=["flows", "scope"])
    assert "2 section(s)" in caught.value.text("en") and "flows, scope" in str(caught.value)
    assert "flows, scope" in caught.value.text("ko")


@pytest.mark.parametrize(("current", "target", "advice"), [
    ("draft", "approved", "send it to review first"),
    ("approved", "in_review", "start a new revision"),
])
def test_a_skipped_step_says_which_step_comes_first(current: str, target: str,
                                                    advice: str) -> None:
    with pytest.raises(ReviewError) as caught:
        plan_move(current, target)
    assert caught.value.code == "move_not_allowed" and advice in str(caught.value)


def test_an_archived_assessment_returns_to_draft_or_to_the_status_it_had() -> None:
    assert plan_move("archived", "approved", before_archive="approved").action == "restore"
    assert plan_move("archived", "draft", before_archive="approved").action == "restore"
    with pytest.raises(ReviewError) as caught:
        plan_move("archived", "in_review", before_archive="approved")
    assert "restore it to draft or to approved" in str(caught.value)
    assert "초안이나 보관 전 상태(승인됨)" in caught.value.text("ko")


def test_only_an_approved_assessment_is_read_only() -> None:
    refusal = edit_refusal(7, "approved", 2)
    assert refusal is not None and "revision 2" in refusal.text("en")
    assert "개정판 2" in refusal.text("ko")
    assert edit_refusal(7, "in_review", None) is None
    assert edit_refusal(7, "draft", 2) is None


def test_verdicts_are_given_in_review_and_to_fix_ones_are_listed() -> None:
    assert check_verdict("in_review", "improvable") == "improvable"
    with pytest.raises(ReviewError, match="not a verdict"):
        check_verdict("in_review", "ok")
    with pytest.raises(ReviewError, match="while the assessment is in review; it is draft"):
        check_verdict("draft", "acceptable")
    verdicts = [SectionVerdict("a", "to_fix", "", "x", WHEN),
                SectionVerdict("b", "acceptable", "", "x", WHEN),
                SectionVerdict("c", "to_fix", "", "x", WHEN)]
    assert sections_to_fix(verdicts) == ["a", "c"]


def test_names_are_tidied_and_required() -> None:
    assert checked_name("  Hana   Kim ") == "Hana Kim"
    with pytest.raises(ReviewError) as caught:
        checked_name("  ")
    assert caught.value.code == "name_empty"
    with pytest.raises(ReviewError, match="at most 200"):
        checked_name("x" * 201)


def test_the_people_concerned_were_asked_or_we_say_why_not() -> None:
    asked = new_opinion("data_subjects", name="Staff council", stance="favourable",
                        text="Agreed", by="H. Kim", at=WHEN)
    assert asked.asked and asked.stance == "favourable"
    not_asked = new_opinion("data_subjects", asked=False, reason="Patients cannot be reached",
                            by="H. Kim", at=WHEN)
    assert (not_asked.asked, not_asked.reason, not_asked.stance) == (
        False, "Patients cannot be reached", "")
    with pytest.raises(ReviewError) as caught:
        new_opinion("data_subjects", asked=False, by="H. Kim", at=WHEN)
    assert caught.value.code == "reason_needed"
    with pytest.raises(ReviewError, match="not a stance"):
        new_opinion("dpo", stance="maybe", text="?", by="H. Kim", at=WHEN)
    with pytest.raises(ReviewError, match="the opinion is empty"):
        new_opinion("dpo", stance="favourable", text=" ", by="H. Kim", at=WHEN)


@pytest.mark.parametrize(("name", "why"), [
    ("../../x", "folder separator"),
    ("a\\b.txt", "folder separator"),
    ("..", "empty"),
    ("bad\x00name", "control characters"),
    ("x" * 121, "longer than 120"),
])
def test_an_attachment_name_is_never_a_path(name: str, why: str) -> None:
    with pytest.raises(EvidenceError) as caught:
        display_name(name)
    assert why in str(caught.value)


def test_only_viewer_types_are_opened() -> None:
    assert viewable("Contract.PDF") and viewable("스캔.jpeg")
    assert not viewable("setup.exe") and not viewable("run.sh") and not viewable("README")
    assert display_name("  계약서.pdf ") == "계약서.pdf"


def test_sizes_and_limits() -> None:
    assert size_text(512) == "512 bytes" and size_text(3 * 1024 * 1024) == "3.0 MB"
    assert limit_bytes(10, "the limit per file", 45 * 2**20) == 10 * 2**20
    for bad in (0, 46, "10", True, 2.5):
        with pytest.raises(EvidenceError, match="whole number of MB from 1 to 45"):
            limit_bytes(bad, "the limit per file", 45 * 2**20)
