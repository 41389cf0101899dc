"""Plan-aware positions and the assessor's judgement in the register (app.core.treatment).

The positions below are read by hand from demo-small's matrix (likelihood
remote < possible < likely < almost_certain; severity minimal < limited <
significant < severe) and its risks' measures and residuals, so a change in
how plans move risks shows up as a difference from that reading.
"""

from __future__ import annotations

import pytest

from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.risk_engine import Position, assess_risks
from app.core.session import Session
from app.core.treatment import Judgement, Rating, TreatedRegister, treat_register
from app.core.treatment.judgement import Acceptance, EnginePosition
from tests.core.packtools import edited_pack
from tests.core.test_risk_engine import FULL_SCENARIO, demo_pack

AT = "2026-12-01T09:00:00.000Z"


def treated(plans: dict[str, str] | None = None,
            judgements: dict[str, Judgement] | None = None,
            pack: Pack | None = None, answers: dict | None = None) -> TreatedRegister:
    pack = pack or demo_pack()
    register = assess_risks(Session(pack, answers if answers is not None else FULL_SCENARIO))
    return treat_register(pack, register, plans or {}, judgements or {})


def stages(register: TreatedRegister, risk_id: str) -> tuple[str | None, ...]:
    found = register.get(risk_id)
    assert found is not None
    return tuple(p.level if p else None for p in (found.inherent, found.current, found.target))


def test_without_a_plan_no_risk_moves() -> None:
    """An untouched measure is not planned, and a measure nobody plans lowers nothing."""
    register = treated()
    for risk in register.risks:
        assert risk.current == risk.target == risk.inherent, risk.risk.id
    assert register.summary.counts["target"] == register.summary.counts["inherent"]


def test_a_risk_with_one_key_measure_moves_only_when_it_counts() -> None:
    # dpia_required: almost certain x significant (critical); residual one step lower (likely)
    assert stages(treated({"do_full_dpia": "not_planned"}), "dpia_required") == (
        "critical", "critical", "critical")
    assert stages(treated({"do_full_dpia": "planned"}), "dpia_required") == (
        "critical", "critical", "high")
    assert stages(treated({"do_full_dpia": "in_progress"}), "dpia_required") == (
        "critical", "critical", "high")
    assert stages(treated({"do_full_dpia": "done"}), "dpia_required") == (
        "critical", "high", "high")


def test_partial_plans_move_by_whole_steps_rounded_down() -> None:
    # host_sees_prompts: likely x severe (critical), residual remote x severe: two likelihood
    # steps over two must measures (host_dpa, use_safetensors)
    half = treated({"host_dpa": "done"}).get("host_sees_prompts")
    assert half is not None and half.current == Position("possible", "severe", "high")
    whole = treated({"host_dpa": "done", "use_safetensors": "planned"}).get("host_sees_prompts")
    assert whole is not None and whole.target == Position("remote", "severe", "medium")
    assert whole.current == Position("possible", "severe", "high")
    # pickle_weights: one step over two must measures: half a step rounds down to none
    assert stages(treated({"use_safetensors": "done"}), "pickle_weights") == (
        "high", "high", "high")


def test_the_key_measures_nobody_plans_are_named() -> None:
    register = treated({"use_safetensors": "planned", "verify_hashes": "not_planned"})
    pickle = register.get("pickle_weights")
    assert pickle is not None and pickle.target is not None
    assert pickle.target.level == "high"
    assert [m.measure.id for m in pickle.holding_target] == ["verify_hashes"]
    assert [m.measure.id for m in pickle.holding_current] == ["use_safetensors", "verify_hashes"]
    planned = treated({"use_safetensors": "planned", "verify_hashes": "planned"})
    assert planned.get("pickle_weights").holding_target == ()  # type: ignore[union-attr]
    assert planned.summary.counts["target"]["medium"] > register.summary.counts["target"]["medium"]


SHOULD_EDITS = {
    "open_models.yaml": [(
        "ko: safetensors 또는 GGUF 형식 가중치만 이용}\n    priority: must",
        "ko: safetensors 또는 GGUF 형식 가중치만 이용}\n    priority: should",
    )],
    "data_flows.yaml": [(
        "  - id: transfer_abroad\n",
        """\
  - id: shared_with_partners
    title: {en: Prompts shared with partners, ko: 파트너와 프롬프트 공유}
    description: {en: Partners may see prompts., ko: 파트너가 프롬프트를 볼 수 있습니다.}
    when: answered(system_name)
    rated_by: assessor
    measures: [transfer_basis]
  - id: transfer_abroad
""",
    )],
}


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return require_pack(edited_pack(tmp_path_factory.mktemp("packs") / "edited", SHOULD_EDITS))


def test_should_measures_do_not_move_a_risk_that_has_must_measures(edited: Pack) -> None:
    # host_sees_prompts now has one must (host_dpa) and one should (use_safetensors)
    register = treated({"use_safetensors": "done"}, pack=edited)
    assert stages(register, "host_sees_prompts") == ("critical", "critical", "critical")
    keys = {m.measure.id: m.key for m in register.get("host_sees_prompts").measures}  # type: ignore[union-attr]
    assert keys == {"host_dpa": True, "use_safetensors": False}
    assert stages(treated({"host_dpa": "done"}, pack=edited), "host_sees_prompts") == (
        "critical", "medium", "medium")


def test_a_risk_left_to_the_assessor_is_to_be_rated_until_rated(edited: Pack) -> None:
    register = treated(pack=edited)
    first = register.risks[0]
    assert first.risk.id == "shared_with_partners" and first.to_be_rated
    assert (first.engine, first.inherent, first.current, first.target) == (None,) * 4
    assert register.summary.to_be_rated == 1
    assert sum(register.summary.counts["inherent"].values()) == len(register.risks) - 1
    rated = Judgement("shared_with_partners", rating=Rating(
        likelihood="likely", severity="significant", reason="Two partners read every prompt.",
        by="H. Kim", at=AT))
    after = treated({"transfer_basis": "planned"}, {"shared_with_partners": rated}, pack=edited)
    risk = after.get("shared_with_partners")
    assert risk is not None and not risk.to_be_rated
    assert risk.inherent == Position("likely", "significant", "high")
    assert risk.target == Position("possible", "significant", "medium")
    assert after.summary.to_be_rated == 0


def test_the_assessors_rating_replaces_the_rules_and_the_plan_starts_from_it() -> None:
    rating = Rating(severity="minimal", reason="Only test data.", by="H. Kim", at=AT,
                    engine=EnginePosition(likelihood="possible", severity="significant"))
    register = treated({"transfer_basis": "done"},
                       {"transfer_abroad": Judgement("transfer_abroad", rating=rating)})
    risk = register.get("transfer_abroad")
    assert risk is not None and risk.adjusted and not risk.rating_outdated
    assert risk.engine == Position("possible", "significant", "medium")
    assert risk.inherent == Position("possible", "minimal", "low")
    assert risk.current == Position("remote", "minimal", "low")
    assert register.risks[-1].risk.id == "transfer_abroad"  # now the lowest: sorted last
    assert register.summary.adjusted == 1


def test_a_rating_made_when_the_rules_said_otherwise_is_marked_outdated() -> None:
    rating = Rating(likelihood="likely", reason="r", by="H. Kim", at=AT,
                    engine=EnginePosition(likelihood="remote", severity="significant"))
    risk = treated(judgements={"transfer_abroad": Judgement("transfer_abroad", rating=rating)}
                   ).get("transfer_abroad")
    assert risk is not None and risk.rating_outdated


def test_an_acceptance_below_the_target_level_is_marked_outdated() -> None:
    accepted = Acceptance(accepted_by="Dr Park", role="privacy_officer", accepted_on="2026-12-01",
                          level="medium", by="H. Kim", at=AT)
    judgement = Judgement("host_sees_prompts", acceptance=accepted)
    planned = treated({"host_dpa": "planned", "use_safetensors": "planned"},
                      {"host_sees_prompts": judgement})
    assert not planned.get("host_sees_prompts").acceptance_outdated  # type: ignore[union-attr]
    dropped = treated({"host_dpa": "planned"}, {"host_sees_prompts": judgement})
    assert dropped.get("host_sees_prompts").acceptance_outdated  # type: ignore[union-attr]
    assert dropped.summary.accepted == 1


def test_summary_counts_every_stage_and_the_measures_list() -> None:
    plans = {"do_full_dpia": "done", "host_dpa": "planned", "use_safetensors": "planned"}
    register = treated(plans)
    summary = register.summary
    assert summary.counts["inherent"] == {"low": 0, "medium": 1, "high": 1, "critical": 3}
    assert summary.counts["current"] == {"low": 0, "medium": 1, "high": 2, "critical": 2}
    # host_sees_prompts -> medium, pickle_weights: one of two -> stays high
    assert summary.counts["target"] == {"low": 0, "medium": 2, "high": 2, "critical": 1}
    assert summary.overall == {"inherent": "critical", "current": "critical",
                               "target": "critical"}
    statuses = {state.measure.id: state.status for state, _ in register.measures()}
    assert statuses["do_full_dpia"] == "done" and statuses["verify_hashes"] == "not_planned"
