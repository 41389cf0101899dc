"""The risk engine: which risks a set of answers raises, at what level, and why.

The expected registers below were worked out by hand from the rules and the
risk matrix of demo-small (tests/fixtures/packs/demo-small), so a change in
the engine's choices shows up as a difference from that reading.
"""

from __future__ import annotations

import datetime as dt
import functools
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.core.answers import Answer
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.risk_engine import RaisedRisk, RiskRegister, assess_risks
from app.core.session import Session

DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"

FULL_SCENARIO: dict[str, Answer] = {
    "system_name": Answer("Ward assistant"),
    "purpose": Answer("Summarise patient notes for nurses."),
    "go_live": Answer(dt.date(2027, 1, 1)),
    "affected_people": Answer(50_000),
    "dpia_screening": Answer(("scoring", "sensitive", "vulnerable", "innovative")),
    "dpia_reason": Answer("kept although hidden"),
    "model_inventory": Answer(
        (
            {"name": "llama", "weight_format": "pickle", "hash_verified": "no"},
            {"name": "qwen", "weight_format": "safetensors", "hash_verified": "yes"},
        )
    ),
    "deployment_mode": Answer("third_party_host"),
    "host_region": Answer("US"),
    "hash_pinned": Answer("yes"),
    "data_in_prompts": Answer(("contact", "health")),
    "prompt_logging": Answer("masked"),
    "log_retention_days": Answer(400),
    "transfers": Answer(({"recipient": "Host", "country": "US", "categories": ("contact",)},)),
    "last_review": Answer(dt.date(2026, 6, 1)),
}


@functools.cache
def demo_pack() -> Pack:
    return require_pack(DEMO_SMALL)


def register(answers: dict[str, Answer], pack: Pack | None = None) -> RiskRegister:
    return assess_risks(Session(pack or demo_pack(), answers))


def row(raised: RaisedRisk) -> tuple[Any, ...]:
    """What a reader of the register sees of one risk."""
    return (
        raised.risk.id,
        raised.level,
        (raised.inherent.likelihood, raised.inherent.severity),
        (raised.residual.likelihood, raised.residual.severity, raised.residual.level),
        raised.level_rules,
        [(e.question_id, e.answer) for e in raised.evidence],
        [m.id for m in raised.measures],
    )


def test_register_of_a_fully_answered_scenario() -> None:
    result = register(FULL_SCENARIO)
    a = FULL_SCENARIO
    assert [row(r) for r in result.risks] == [
        (
            "dpia_required",
            "critical",
            ("almost_certain", "significant"),  # count(dpia_screening) >= 4
            ("likely", "significant", "high"),  # default residual: likelihood one step lower
            ("count(dpia_screening) >= 4",),
            [("dpia_screening", a["dpia_screening"])],
            ["do_full_dpia"],
        ),
        (
            "host_sees_prompts",
            "critical",
            ("likely", "severe"),  # health data in prompts
            ("remote", "severe", "medium"),  # the pack's own residual likelihood
            ("selected(data_in_prompts, 'health', 'identifiers', 'children')",),
            [
                ("deployment_mode", a["deployment_mode"]),
                ("data_in_prompts", a["data_in_prompts"]),
            ],
            ["host_dpa", "use_safetensors"],
        ),
        (
            "unmanaged_prompt_logs",
            "critical",
            ("likely", "severe"),
            ("possible", "severe", "high"),
            ("selected(data_in_prompts, 'health', 'identifiers', 'children')",),
            [
                ("data_in_prompts", a["data_in_prompts"]),
                ("prompt_logging", a["prompt_logging"]),
                ("log_retention_days", a["log_retention_days"]),
            ],
            ["mask_and_expire_logs"],
        ),
        (
            "pickle_weights",
            "high",
            ("possible", "severe"),  # hashes pinned: the default likelihood
            ("remote", "severe", "medium"),
            (),
            # hash_pinned is evidence too: its answer is why the likelihood is the default
            [("model_inventory", a["model_inventory"]), ("hash_pinned", a["hash_pinned"])],
            ["use_safetensors", "verify_hashes"],
        ),
        (
            "transfer_abroad",
            "medium",
            ("possible", "significant"),
            ("remote", "significant", "medium"),
            (),
            [("transfers", a["transfers"])],
            ["transfer_basis"],
        ),
    ]
    assert result.risks[0].rule == "count(dpia_screening) >= 2"
    assert [r.risk.id for r in result.top] == [r.risk.id for r in result.risks]
    summary = result.summary
    assert summary.counts == {"low": 0, "medium": 1, "high": 1, "critical": 3}
    assert summary.residual_counts == {"low": 0, "medium": 3, "high": 2, "critical": 0}
    assert (summary.overall, summary.raised, summary.defined) == ("critical", 5, 6)
    assert [(m.id, risks) for m, risks in result.measures()] == [
        ("do_full_dpia", ["dpia_required"]),
        ("host_dpa", ["host_sees_prompts"]),
        ("use_safetensors", ["host_sees_prompts", "pickle_weights"]),
        ("mask_and_expire_logs", ["unmanaged_prompt_logs"]),
        ("verify_hashes", ["pickle_weights"]),
        ("transfer_basis", ["transfer_abroad"]),
    ]


def test_no_answers_raise_nothing_in_demo_small() -> None:
    result = register({})
    assert result.risks == ()
    assert result.top == ()
    assert result.measures() == []
    assert result.summary.counts == {"low": 0, "medium": 0, "high": 0, "critical": 0}
    assert (result.summary.overall, result.summary.raised, result.summary.defined) == (None, 0, 6)


def test_the_level_rules_are_tried_in_order() -> None:
    three = Answer(("scoring", "sensitive", "vulnerable"))
    (raised,) = register({"dpia_screening": three}).risks
    assert (raised.inherent.likelihood, raised.level, raised.level_rules) == ("likely", "high", ())
    assert [(e.question_id, e.answer) for e in raised.evidence] == [("dpia_screening", three)]
    one = register({"dpia_screening": Answer(("scoring",))})
    assert one.risks == ()


def test_unknown_answers_raise_the_risks_written_for_them() -> None:
    answers = {
        "model_inventory": Answer(({"name": "m", "weight_format": "unknown"},)),
        "hash_pinned": Answer.unknown(),
        "data_in_prompts": Answer(("contact",)),
        "prompt_logging": Answer.unknown(),
        "log_retention_days": Answer(400),  # hidden: logging is not known to be on
    }
    result = register(answers)
    assert [row(r)[:5] for r in result.risks] == [
        (
            "pickle_weights",
            "critical",
            ("likely", "severe"),
            ("possible", "severe", "high"),
            ("hash_pinned in ['no', 'unknown'] or not answered(hash_pinned)",),
        ),
        (
            "unmanaged_prompt_logs",
            "high",
            ("likely", "significant"),
            ("possible", "significant", "medium"),
            (),
        ),
        (
            "unverified_weights",
            "medium",
            ("possible", "significant"),
            ("remote", "significant", "medium"),
            (),
        ),
    ]
    logs = result.risks[1]
    assert [(e.question_id, e.answer) for e in logs.evidence] == [
        ("data_in_prompts", answers["data_in_prompts"]),
        ("prompt_logging", Answer.unknown()),
        ("log_retention_days", None),  # hidden: the engine did not see it
    ]


def test_an_unanswered_hash_question_counts_as_not_pinned() -> None:
    inventory = Answer(({"name": "m", "weight_format": "pickle"},))
    (pickle, unverified) = register({"model_inventory": inventory}).risks
    assert (pickle.risk.id, pickle.inherent.likelihood) == ("pickle_weights", "likely")
    assert [(e.question_id, e.answer) for e in pickle.evidence] == [
        ("model_inventory", inventory),
        ("hash_pinned", None),
    ]
    # no row has hash_verified == 'yes', so the "all rows" branch raises it
    assert unverified.risk.id == "unverified_weights"


def test_hidden_answers_never_raise_risks() -> None:
    answers = {
        "data_in_prompts": Answer(("none",)),
        "prompt_logging": Answer("full"),  # hidden by 'none'
        "log_retention_days": Answer(5000),  # hidden
        "deployment_mode": Answer("on_premises"),
        "host_region": Answer("US"),  # hidden
        "transfers": Answer(({"recipient": "Host", "country": "US"},)),  # hidden
    }
    assert register(answers).risks == ()
    shown = {**answers, "data_in_prompts": Answer(("contact",))}
    assert [r.risk.id for r in register(shown).risks] == ["unmanaged_prompt_logs"]


def test_top_risks_are_the_first_five() -> None:
    answers = {
        **FULL_SCENARIO,
        "hash_pinned": Answer("partial"),  # adds unverified_weights
    }
    result = register(answers)
    assert result.summary.raised == 6
    assert [r.risk.id for r in result.top] == [r.risk.id for r in result.risks[:5]]
    assert result.risks[-1].risk.id == "transfer_abroad"


# measure priorities and a risk that holds on empty answers (an edited copy of demo-small) -------
PRIORITY_EDITS = {
    "open_models.yaml": [
        (
            "ko: safetensors 또는 GGUF 형식 가중치만 이용}\n    priority: must",
            "ko: safetensors 또는 GGUF 형식 가중치만 이용}\n    priority: could",
        ),
        (
            "ko: 모든 모델 파일의 무결성 검증 및 버전 고정}\n    priority: must",
            "ko: 모든 모델 파일의 무결성 검증 및 버전 고정}\n    priority: should",
        ),
    ],
    "data_flows.yaml": [
        (
            "  - id: transfer_abroad\n",
            """\
  - id: never_reviewed
    title: {en: Data flows never reviewed, ko: 개인정보 흐름 미검토}
    description: {en: Nobody has said when the flows were reviewed., ko: 검토일이 없습니다.}
    when: not answered(last_review)
    likelihood: possible
    severity: limited
    residual: {severity: minimal}
    measures: [mask_and_expire_logs]
  - id: transfer_abroad
""",
        )
    ],
}


@pytest.fixture(scope="module")
def edited_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder = tmp_path_factory.mktemp("packs") / "edited"
    shutil.copytree(DEMO_SMALL, folder)
    for name, edits in PRIORITY_EDITS.items():
        text = (folder / name).read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        (folder / name).write_text(text, encoding="utf-8")
    return require_pack(folder)


def test_measures_are_sorted_must_should_could(edited_pack: Pack) -> None:
    result = register(FULL_SCENARIO, edited_pack)
    by_id = {r.risk.id: r for r in result.risks}
    assert [m.id for m in by_id["pickle_weights"].measures] == ["verify_hashes", "use_safetensors"]
    assert [m.id for m in by_id["host_sees_prompts"].measures] == ["host_dpa", "use_safetensors"]
    assert [(m.id, m.priority) for m, _ in result.measures()] == [
        ("do_full_dpia", "must"),
        ("host_dpa", "must"),
        ("mask_and_expire_logs", "must"),
        ("transfer_basis", "must"),
        ("verify_hashes", "should"),
        ("use_safetensors", "could"),
    ]


def test_no_answers_raise_only_risks_that_hold_on_empty_answers(edited_pack: Pack) -> None:
    result = register({}, edited_pack)
    assert [row(r) for r in result.risks] == [
        (
            "never_reviewed",
            "medium",
            ("possible", "limited"),
            ("remote", "minimal", "low"),  # residual severity given, likelihood one step lower
            (),
            [("last_review", None)],
            ["mask_and_expire_logs"],
        )
    ]
    assert (result.summary.overall, result.summary.raised, result.summary.defined) == (
        "medium",
        1,
        7,
    )
    answered = register({"last_review": Answer.not_applicable()}, edited_pack)
    assert answered.risks == ()
