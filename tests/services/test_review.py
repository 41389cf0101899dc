"""Review and sign-off as use cases: moves, verdicts, the lock, revisions, names."""

from __future__ import annotations

import pytest

from app.core.answers import Answer
from app.core.review import ReviewError
from app.services import review, revisions
from app.services import risk_treatment as treatment
from app.services.workspace import Workspace


def to_review(workspace: Workspace, assessment_id: int) -> None:
    review.change_status(workspace, assessment_id, "in_review", by="H. Kim")


def approve(workspace: Workspace, assessment_id: int, comment: str = "") -> None:
    review.change_status(workspace, assessment_id, "approved", by="J. Lee", comment=comment)


def test_an_approval_freezes_a_revision_with_everything_it_covers(
    here: Workspace, filled: int
) -> None:
    to_review(here, filled)
    review.judge_section(here, filled, "flows", "improvable", comment="Shorter logs?", by="J. Lee")
    approve(here, filled, "Good to go")
    [info] = revisions.list_revisions(here, filled)
    assert (info.number, info.approved_by, info.comment) == (1, "J. Lee", "Good to go")
    snapshot = revisions.get_revision(here, filled, 1).snapshot
    assert snapshot["answers"]["system_name"] == {"value": "요약 도우미", "note": "정식 명칭"}
    assert snapshot["measure_plans"]["host_dpa"]["status"] == "in_progress"
    assert snapshot["section_verdicts"]["flows"]["verdict"] == "improvable"
    assert snapshot["pack"]["version"] == info.pack_version
    trail = [(e.action, e.by, e.revision) for e in review.review_state(here, filled).events]
    assert trail == [("submit", "H. Kim", None), ("approve", "J. Lee", 1)]


def test_an_approved_assessment_is_read_only_until_a_new_revision_starts(
    here: Workspace, filled: int
) -> None:
    to_review(here, filled)
    approve(here, filled)
    opened = here.open(filled)
    before = here.store.get_answers(filled)
    with pytest.raises(ReviewError) as caught:
        here.save_answer(opened, "system_name", Answer("Other"))
    assert caught.value.code == "locked" and "revision 1" in str(caught.value)
    with pytest.raises(ReviewError):
        treatment.plan_measure(here, opened, "host_dpa", status="done")
    assert here.store.get_answers(filled) == before
    assert here.store.get_measure_plans(filled)["host_dpa"].status == "in_progress"
    event = review.start_new_revision(here, filled, by="H. Kim", comment="Yearly review")
    assert (event.action, event.revision) == ("reopen", 2)
    here.save_answer(here.open(filled), "system_name", Answer("Other"))
    assert revisions.changed_since_revision(here, filled) is True
    assert revisions.get_revision(here, filled, 1).snapshot["answers"]["system_name"][
        "value"] == "요약 도우미"  # the approved revision stays as it was
    state = review.review_state(here, filled)
    assert (state.working, state.locked, state.latest and state.latest.number) == (2, False, 1)


def test_a_section_to_fix_blocks_approval_until_marked_anew(here: Workspace, filled: int) -> None:
    to_review(here, filled)
    review.judge_section(here, filled, "flows", "to_fix", comment="Log retention?", by="J. Lee")
    with pytest.raises(ReviewError) as caught:
        approve(here, filled)
    assert caught.value.code == "to_fix_left"
    assert here.store.get_assessment(filled).status == "in_review"
    assert revisions.list_revisions(here, filled) == []
    review.change_status(here, filled, "draft", by="J. Lee", comment="See the flows section")
    with pytest.raises(ReviewError, match="in review; it is draft"):
        review.judge_section(here, filled, "flows", "acceptable", by="J. Lee")
    to_review(here, filled)
    review.judge_section(here, filled, "flows", "acceptable", by="J. Lee")
    approve(here, filled)
    state = review.review_state(here, filled)
    flows = next(s for s in state.sections if s.section_id == "flows")
    assert flows.verdict is not None and flows.verdict.verdict == "acceptable"
    assert state.to_fix == () and state.locked


def test_an_unknown_section_gets_a_suggestion(here: Workspace, filled: int) -> None:
    to_review(here, filled)
    with pytest.raises(ReviewError) as caught:
        review.judge_section(here, filled, "flow", "acceptable", by="J. Lee")
    assert "'flow' is not a section" in str(caught.value) and "flows" in str(caught.value)
    assert here.store.verdict_history(filled) == []


def test_opinions_can_follow_the_approval_and_name_its_revision(
    here: Workspace, filled: int
) -> None:
    to_review(here, filled)
    approve(here, filled)
    dpo = review.record_opinion(here, filled, "dpo", name="P. Park", stance="favourable",
                                text="Proceed with the plan.", by="P. Park")
    people = review.record_opinion(here, filled, "data_subjects", asked=False,
                                   reason="Patients are represented by the ethics board.",
                                   by="H. Kim")
    assert dpo.revision == 1 and people.revision == 1 and not people.asked
    assert set(review.review_state(here, filled).opinions) == {"dpo", "data_subjects"}


def test_who_is_the_name_given_else_the_preferences_else_the_login(
    here: Workspace, filled: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review, "login_name", lambda: "hkim")
    assert review.who(here) == "hkim"
    review.set_my_name(here, "  Hana  Kim ")
    assert review.who(here) == "Hana Kim" and review.who(here, "J. Lee") == "J. Lee"
    to_review(here, filled)
    review.change_status(here, filled, "draft", comment="Not yet")
    assert review.review_state(here, filled).events[-1].by == "Hana Kim"
    review.set_my_name(here, "")
    monkeypatch.setattr(review, "login_name", lambda: "")
    with pytest.raises(ReviewError) as caught:
        review.who(here)
    assert caught.value.code == "name_empty"


def test_archiving_and_restoring_keep_the_approval(here: Workspace, filled: int) -> None:
    to_review(here, filled)
    approve(here, filled)
    review.change_status(here, filled, "archived", by="H. Kim")
    assert review.review_state(here, filled).moves == ("draft", "approved")
    review.change_status(here, filled, "approved", by="H. Kim")
    assert here.store.get_assessment(filled).status == "approved"
    assert [e.action for e in here.store.review_events(filled)][-2:] == ["archive", "restore"]
