"""A risk memo works out again only the risks whose rules read a changed answer (or visibility)."""

from __future__ import annotations

from app.core.answers import Answer
from app.core.loader import require_pack
from app.core.risk_engine import assess_risks
from app.core.risk_memo import RiskMemo
from app.core.session import Session
from tests.core.test_risk_engine import DEMO_SMALL, FULL_SCENARIO, demo_pack


def test_the_same_answers_work_out_no_risk_again() -> None:
    session = Session(demo_pack(), FULL_SCENARIO)
    memo = RiskMemo()
    first = assess_risks(session, memo)
    counted = memo.worked_out
    assert counted == len([r for r in demo_pack().risks if r in demo_pack().rules.risk_when])
    again = assess_risks(session, memo)
    assert memo.worked_out == counted
    assert again == first == assess_risks(session)


def test_one_answer_works_out_only_the_risks_that_read_it() -> None:
    session = Session(demo_pack(), FULL_SCENARIO)
    memo = RiskMemo()
    assess_risks(session, memo)
    before = memo.worked_out
    session.set_answer("deployment_mode", Answer("on_premises"))  # also hides host_region
    changed = assess_risks(session, memo)
    redone = memo.worked_out - before
    assert 1 <= redone < len(demo_pack().risks)
    assert changed == assess_risks(session)  # the same register as worked out afresh
    assert "host_sees_prompts" not in [r.risk.id for r in changed.risks]


def test_a_question_hidden_by_another_answer_counts_as_changed() -> None:
    answers = {"data_in_prompts": Answer(("contact",)), "prompt_logging": Answer("full")}
    session = Session(demo_pack(), answers)
    memo = RiskMemo()
    assert [r.risk.id for r in assess_risks(session, memo).risks] == ["unmanaged_prompt_logs"]
    session.set_answer("data_in_prompts", Answer(("none",)))  # hides prompt_logging
    assert assess_risks(session, memo).risks == ()


def test_another_pack_starts_the_memo_afresh() -> None:
    memo = RiskMemo()
    assess_risks(Session(demo_pack(), FULL_SCENARIO), memo)
    counted = memo.worked_out
    assess_risks(Session(demo_pack(), FULL_SCENARIO), memo)  # another session, same pack
    assert memo.worked_out == counted
    reloaded = require_pack(DEMO_SMALL)  # e.g. the assessment moved to another version
    assert assess_risks(Session(reloaded, FULL_SCENARIO), memo) \
        == assess_risks(Session(reloaded, FULL_SCENARIO))
    assert memo.worked_out == 2 * counted
