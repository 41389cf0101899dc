"""What may be saved as a judgement: refusals say what is wrong, in English and Korean."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.treatment import JudgementError, TreatedRisk
from app.core.treatment.checks import (
    check_policy,
    new_acceptance,
    new_rating,
    new_treatment,
    part_problems,
)
from app.core.treatment.judgement import Acceptance, Rating
from tests.conftest import REPO_ROOT
from tests.core.test_risk_engine import demo_pack
from tests.core.test_treatment import AT, treated

BUILT_IN = REPO_ROOT / "questionnaires" / "ai-pia"


@pytest.fixture(scope="module")
def builtin() -> Pack:
    return require_pack(BUILT_IN)


def risk(risk_id: str, plans: dict[str, str] | None = None) -> TreatedRisk:
    found = treated(plans).get(risk_id)
    assert found is not None
    return found


def refusal(excinfo: pytest.ExceptionInfo[JudgementError]) -> tuple[str, str]:
    return excinfo.value.code, excinfo.value.field


def test_a_rating_records_the_rules_position_it_replaces() -> None:
    rating = new_rating(demo_pack(), risk("transfer_abroad"), likelihood=None, severity="severe",
                        reason="  Cross-border data includes health notes.  ", by="H. Kim", at=AT)
    assert (rating.likelihood, rating.severity) == (None, "severe")
    assert rating.reason == "Cross-border data includes health notes."
    assert rating.engine is not None
    assert (rating.engine.likelihood, rating.engine.severity) == ("possible", "significant")


@pytest.mark.parametrize(("likelihood", "severity", "reason", "code", "field"), [
    ("likely", None, "   ", "rating_reason", "reason"),
    (None, None, "why", "no_levels", "likelihood"),
    ("rare", None, "why", "unknown_step", "likelihood"),
    (None, "catastrophic", "why", "unknown_step", "severity"),
])
def test_bad_ratings_are_refused(likelihood: str | None, severity: str | None, reason: str,
                                 code: str, field: str) -> None:
    with pytest.raises(JudgementError) as excinfo:
        new_rating(demo_pack(), risk("transfer_abroad"), likelihood=likelihood, severity=severity,
                   reason=reason,
                   by="H. Kim", at=AT)
    assert refusal(excinfo) == (code, field)


def test_an_unknown_step_names_the_steps_and_a_close_one_in_both_languages() -> None:
    with pytest.raises(JudgementError) as excinfo:
        new_rating(demo_pack(), risk("transfer_abroad"), likelihood="likly", severity=None,
                   reason="r", by="H. Kim", at=AT)
    assert str(excinfo.value) == (
        "'likly' is not a likelihood step of the matrix; the steps are: remote, possible, "
        "likely, almost_certain (did you mean 'likely'?)")
    assert excinfo.value.text("ko").startswith("'likly'은(는) 위험 매트릭스의 발생 가능성 단계가")


def test_a_treatment_needs_a_known_choice_and_a_reason() -> None:
    chosen = new_treatment("transfer", "Cyber insurance covers the host.", "H. Kim", AT)
    assert chosen.choice == "transfer"
    with pytest.raises(JudgementError) as excinfo:
        new_treatment("postpone", "later", "H. Kim", AT)
    assert refusal(excinfo) == ("unknown_treatment", "choice")
    with pytest.raises(JudgementError) as excinfo:
        new_treatment("accept", "", "H. Kim", AT)
    assert refusal(excinfo) == ("treatment_reason", "reason")
    with pytest.raises(JudgementError) as excinfo:
        new_treatment("accept", "fine", "   ", AT)
    assert refusal(excinfo) == ("name_empty", "by")


def test_the_built_in_policy_lets_only_the_privacy_officer_accept_a_high(builtin: Pack) -> None:
    check_policy(builtin, "medium", "owner")
    check_policy(builtin, "high", "privacy_officer")
    with pytest.raises(JudgementError) as excinfo:
        check_policy(builtin, "high", "owner")
    assert refusal(excinfo) == ("role_not_allowed", "role")
    assert "Privacy officer (CPO or DPO) (privacy_officer)" in str(excinfo.value)
    assert "개인정보 보호책임자 (privacy_officer)" in excinfo.value.text("ko")


def test_the_built_in_policy_refuses_a_residual_critical(builtin: Pack) -> None:
    with pytest.raises(JudgementError) as excinfo:
        check_policy(builtin, "critical", "privacy_officer")
    assert refusal(excinfo) == ("not_acceptable", "role")
    assert "a residual Critical risk cannot be accepted" in str(excinfo.value)
    assert "Art. 36" in str(excinfo.value)
    assert "'매우 높음'" in excinfo.value.text("ko")


def test_an_unknown_role_lists_the_roles() -> None:
    with pytest.raises(JudgementError) as excinfo:
        check_policy(demo_pack(), "low", "ceo")  # demo-small has the default policy
    assert str(excinfo.value) == (
        "'ceo' is not a role of the acceptance policy; the roles are: owner, privacy_officer")


def test_an_acceptance_is_of_the_target_level_and_dated() -> None:
    target = risk("dpia_required", {"do_full_dpia": "planned"})
    accepted = new_acceptance(demo_pack(), target, accepted_by="Dr J. Park", role="privacy_officer",
                              accepted_on="2026-11-30",
                              note="Signed in the board minutes.", by="", at=AT)
    assert (accepted.level, accepted.accepted_on) == ("high", dt.date(2026, 11, 30))
    assert accepted.by == "Dr J. Park"  # recorded by the accepter when nobody else is named
    with pytest.raises(JudgementError) as excinfo:
        new_acceptance(demo_pack(), target, accepted_by="Dr J. Park", role="privacy_officer",
                       accepted_on="30/11/2026", note="",
                       by="", at=AT)
    assert refusal(excinfo) == ("bad_date", "accepted_on")
    with pytest.raises(JudgementError) as excinfo:
        new_acceptance(demo_pack(), target, accepted_by=" ", role="privacy_officer",
                       accepted_on=None, note="", by="", at=AT)
    assert refusal(excinfo) == ("name_empty", "by")


def test_imported_parts_are_checked_against_the_pack(builtin: Pack) -> None:
    good = Rating(likelihood="likely", reason="r", by="x", at=AT)
    assert part_problems(builtin, "ft_memorisation", good) == []
    bad = Rating(likelihood="frequent", reason="r", by="x", at=AT)
    assert part_problems(builtin, "ft_memorisation", bad) == [
        "'frequent' is not a likelihood step of the matrix; the steps are: remote, possible, "
        "likely, almost_certain"]
    assert part_problems(builtin, "no_such_risk", good) == [
        "'no_such_risk' is not a risk of pack 'org.aipia.ai-pia' 1.1.0"]
    forbidden = Acceptance(accepted_by="A", role="owner", accepted_on="2026-12-01",
                           level="high", by="A", at=AT)
    [problem] = part_problems(builtin, "ft_memorisation", forbidden)
    assert problem.startswith("a residual High risk can only be accepted by")
