"""Rules said in words: what a reader is told about why a rule holds, in English and Korean.

Every expected sentence was written by hand from the rule and the labels of
demo-small (tests/fixtures/packs/demo-small), as a reader would want it said.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from app.core.answers import Answer, answer_from_json
from app.core.expr import compile_expression
from app.core.loader import require_pack
from app.core.loader.scope import build_scope
from app.core.pack import Pack
from app.core.reasons import explain_rule
from app.core.reasons.risk_text import explain_risk
from app.core.risk_engine import assess_risks
from app.core.session import Session
from tests.core.packtools import apply_edit, copy_demo

DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"

MODELS = [
    {"name": "llama-3.1-8b", "weight_format": "pickle", "hash_verified": "no"},
    {"name": "qwen2.5-7b", "weight_format": "safetensors", "hash_verified": "yes"},
    {"name": "gemma-3-4b-it", "weight_format": "pickle", "hash_verified": "unknown"},
]


@functools.cache
def demo() -> Pack:
    return require_pack(DEMO_SMALL)


def session(answers: dict[str, Any], pack: Pack | None = None) -> Session:
    """A session from answers written as in an answer file (``{"state": "unknown"}`` or a value)."""
    pack = pack or demo()
    typed = {}
    for qid, given in answers.items():
        data = given if isinstance(given, dict) and "state" in given else {"value": given}
        typed[qid] = answer_from_json(pack.questions[qid], data, pack.choices)
    return Session(pack, typed)


def say(
    answers: dict[str, Any], rule: str, lang: str = "en", pack: Pack | None = None
) -> list[str]:
    pack = pack or demo()
    expr, problems = compile_expression(rule, build_scope(pack.questions.values(), pack.choices))
    assert expr is not None, problems
    return [s.text for s in explain_rule(session(answers, pack), expr, lang)]


# and / or / not -----------------------------------------------------------------------------


def test_or_says_only_the_branches_that_are_true() -> None:
    answers = {"hash_pinned": "yes", "deployment_mode": "third_party_host"}
    assert say(answers, "hash_pinned == 'no' or deployment_mode == 'third_party_host'") == [
        "You answered ‘Through a third-party inference host’ to “Where does the model run?”.",
    ]


def test_and_says_every_part() -> None:
    answers = {"hash_pinned": "partial", "deployment_mode": "on_premises"}
    assert say(answers, "hash_pinned != 'yes' and deployment_mode == 'on_premises'") == [
        "You answered ‘Partly’ to “Are model weights checked against the publisher's hashes "
        "and pinned to a fixed revision?”.",
        "You answered ‘On our own server’ to “Where does the model run?”.",
    ]


def test_not_is_said_the_other_way_round() -> None:
    answers = {"data_in_prompts": ["contact", "free_text"], "hash_pinned": "yes",
               "deployment_mode": "third_party_host"}
    assert say(answers, "not selected(data_in_prompts, 'health', 'children')") == [
        "For “What personal data can reach the model in prompts or documents?” you did not "
        "select ‘Health data’ or ‘Children's data’.",
    ]
    # not (a and b): only the part that is false explains it
    rule = "not (hash_pinned == 'yes' and deployment_mode == 'on_premises')"
    assert say(answers, rule) == [
        "You answered ‘Through a third-party inference host’ to “Where does the model run?”.",
    ]


def test_a_false_rule_is_explained_by_what_made_it_false() -> None:
    rule = "hash_pinned == 'no' or deployment_mode == 'private_cloud'"
    assert say({"hash_pinned": "yes"}, rule) == [
        "You answered ‘Yes’ to “Are model weights checked against the publisher's hashes and "
        "pinned to a fixed revision?”.",
        "“Where does the model run?” has not been answered.",
    ]


# unanswered, unknown, not applicable, hidden ---------------------------------------------------


def test_unanswered_unknown_and_not_applicable_answers() -> None:
    assert say({}, "not answered(purpose)") == [
        "“What is the system used for, and why is AI needed?” has not been answered.",
    ]
    answers = {"hash_pinned": {"state": "unknown"}, "last_review": {"state": "not_applicable"}}
    assert say(answers, "unknown(hash_pinned) and not_applicable(last_review)") == [
        "You answered ‘Unknown’ to “Are model weights checked against the publisher's hashes "
        "and pinned to a fixed revision?”.",
        "You answered ‘Not applicable’ to “When were these data flows last reviewed?”.",
    ]
    assert say(answers, "unknown(hash_pinned)", "ko") == [
        "“모델 가중치 파일을 운영에 적용하기 전에 배포처가 공개한 해시값 또는 전자서명과 대조하여 "
        "무결성을 검증하고, 변경 불가능한 버전(커밋)으로 고정하고 있습니까?”에 대한 응답은 "
        "‘모름’입니다.",
    ]


def test_a_question_that_is_not_asked_says_so() -> None:
    # dpia_reason is only asked when fewer than two screening criteria apply
    answers = {"dpia_screening": ["scoring", "sensitive"], "dpia_reason": "kept"}
    assert say(answers, "not answered(dpia_reason)") == [
        "“Why do you consider a full DPIA unnecessary?” has no answer: it is not asked, "
        "given your other answers.",
    ]


def test_a_guard_is_left_out_when_the_answer_is_said_anyway() -> None:
    answers = {"purpose": "Summaries."}
    assert say(answers, "answered(purpose) and length(purpose) < 40") == [
        "Your answer to “What is the system used for, and why is AI needed?” is 10 characters "
        "long (the rule looks for less than 40 characters).",
    ]


# numbers, dates, counts ----------------------------------------------------------------------


def test_numbers_read_with_separators_and_units() -> None:
    answers = {"affected_people": 1234567}
    rule = "affected_people >= 1000000"
    assert say(answers, rule) == [
        "You answered 1,234,567 people to “About how many people's data does the system "
        "process each year?” (the rule looks for 1,000,000 people or more).",
    ]
    assert say(answers, rule, "ko") == [
        "“시스템이 연간 처리하는 정보주체는 대략 몇 명입니까?”에 대한 응답은 "
        "1,234,567명입니다(판단 기준: 1,000,000명 이상).",
    ]
    # the other way round: not (x > 10) is said as "10 or less"
    assert say({"affected_people": 7}, "not affected_people > 10")[0].endswith(
        "(the rule looks for 10 people or less)."
    )


def test_dates_read_as_dates() -> None:
    answers = {"go_live": "2026-03-01"}
    rule = "go_live < date('2027-01-01')"
    assert say(answers, rule) == [
        "You answered 1 March 2026 to “When did (or will) the system go into use?” "
        "(the rule looks for a date before 1 January 2027).",
    ]
    assert say(answers, rule, "ko") == [
        "“시스템의 운영 개시일(예정일)은 언제입니까?”에 대한 응답은 2026년 3월 1일"
        "입니다(판단 기준: 2027년 1월 1일보다 이전).",
    ]


def test_counts_of_choices_name_the_choices() -> None:
    answers = {"dpia_screening": ["scoring", "sensitive", "innovative"]}
    assert say(answers, "count(dpia_screening) >= 2") == [
        "You selected 3 options for “Which of these describe the processing?” (the rule looks "
        "for 2 or more): ‘Evaluation or scoring of people’, ‘Sensitive or highly personal "
        "data’ and ‘Innovative technology (such as generative AI)’.",
    ]
    assert say(answers, "count(dpia_screening) >= 2", "ko") == [
        "“다음 중 해당하는 처리 특성을 모두 선택하십시오.”에서 3개 항목(‘정보주체에 대한 "
        "평가 또는 점수화’, ‘민감정보 또는 매우 사적인 정보’, ‘혁신적 기술의 이용"
        "(생성형 AI 등)’)을 선택했습니다(판단 기준: 2개 이상).",
    ]
    one = say({"dpia_screening": ["scoring"]}, "count(dpia_screening) < 2")
    assert one == [
        "You selected 1 option for “Which of these describe the processing?” (the rule looks "
        "for less than 2): ‘Evaluation or scoring of people’.",
    ]


# tables ------------------------------------------------------------------------------------------


def test_a_table_rule_names_the_rows_that_made_it_true() -> None:
    answers = {"model_inventory": MODELS}
    assert say(answers, "any_row(model_inventory, weight_format in ['pickle', 'unknown'])") == [
        "2 of the 3 rows of “Which models does the system use?” match (Weight format: "
        "‘Pickle (.bin/.pt/.ckpt)’): llama-3.1-8b and gemma-3-4b-it.",
    ]
    assert say(answers, "any_row(model_inventory, hash_verified != 'yes')", "ko") == [
        "“시스템이 이용하는 모델을 모두 기재하십시오.”의 3개 행 중 다음 2개 행이 해당합니다: "
        "llama-3.1-8b(해시 검증: ‘아니오’), gemma-3-4b-it(해시 검증: ‘모름’).",
    ]


def test_rows_that_match_for_different_reasons_each_say_theirs() -> None:
    rule = "any_row(model_inventory, weight_format == 'pickle' or hash_verified == 'unknown')"
    assert say({"model_inventory": MODELS}, rule) == [
        "2 of the 3 rows of “Which models does the system use?” match: llama-3.1-8b (Weight "
        "format: ‘Pickle (.bin/.pt/.ckpt)’) and gemma-3-4b-it (Weight format: "
        "‘Pickle (.bin/.pt/.ckpt)’; Hash verified: ‘Unknown’).",
    ]


def test_all_rows_none_of_the_rows_and_counts_of_rows() -> None:
    answers = {"model_inventory": MODELS}
    assert say(answers, "all_rows(model_inventory, parameters_b == null)") == [
        "All 3 rows of “Which models does the system use?” match (Size: empty): "
        "llama-3.1-8b, qwen2.5-7b and gemma-3-4b-it.",
    ]
    assert say(answers, "not any_row(model_inventory, weight_format in ['gguf', 'safetensors'] "
                        "and hash_verified == 'no')") == [
        "None of the 3 rows of “Which models does the system use?” matches (Weight "
        "format: ‘GGUF’ or ‘safetensors’ and Hash verified: ‘No’).",
    ]
    assert say(answers, "count(model_inventory, weight_format == 'pickle') >= 2") == [
        "2 of the 3 rows of “Which models does the system use?” match (Weight format: "
        "‘Pickle (.bin/.pt/.ckpt)’): llama-3.1-8b and gemma-3-4b-it (the rule looks for 2 "
        "or more).",
    ]
    # all_rows being false names the rows that break it
    assert say(answers, "not all_rows(model_inventory, hash_verified == 'yes')") == [
        "2 of the 3 rows of “Which models does the system use?” match: llama-3.1-8b (Hash "
        "verified: ‘No’) and gemma-3-4b-it (Hash verified: ‘Unknown’).",
    ]


def test_a_long_table_lists_eight_rows_and_puts_only_those_into_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """99 matching rows: the reason names eight and counts the rest, and the speaker
    words only those eight (the Risks tab re-says it after every answer)."""
    from app.core.reasons.render import Speaker

    rows = [{"name": f"m{i}", "weight_format": "pickle"} for i in range(99)]
    mixed = [*rows[:5], {"name": "q", "weight_format": "gguf"}, *rows[5:]]
    named: list[int] = []
    original = Speaker.row_name
    monkeypatch.setattr(Speaker, "row_name",
                        lambda self, t, m: named.append(m.index) or original(self, t, m))
    assert say({"model_inventory": rows},
               "any_row(model_inventory, weight_format == 'pickle')") == [
        "All 99 rows of “Which models does the system use?” match (Weight format: "
        "‘Pickle (.bin/.pt/.ckpt)’): m0, m1, m2, m3, m4, m5, m6, m7 and 91 more.",
    ]
    assert named == list(range(8))
    named.clear()
    assert say({"model_inventory": mixed},
               "any_row(model_inventory, weight_format in ['pickle', 'gguf'])") == [
        "All 100 rows of “Which models does the system use?” match: m0 (Weight format: "
        "‘Pickle (.bin/.pt/.ckpt)’), m1 (Weight format: ‘Pickle (.bin/.pt/.ckpt)’), m2 "
        "(Weight format: ‘Pickle (.bin/.pt/.ckpt)’), m3 (Weight format: ‘Pickle "
        "(.bin/.pt/.ckpt)’), m4 (Weight format: ‘Pickle (.bin/.pt/.ckpt)’), q (Weight "
        "format: ‘GGUF’), m5 (Weight format: ‘Pickle (.bin/.pt/.ckpt)’), m6 (Weight format: "
        "‘Pickle (.bin/.pt/.ckpt)’) and 92 more.",
    ]
    assert named == list(range(8))


def test_empty_and_unnamed_rows() -> None:
    assert say({"model_inventory": []}, "count(model_inventory) == 0") == [
        "“Which models does the system use?” has no rows.",
    ]
    rows = [{"weight_format": "pickle"}, {"name": "qwen", "weight_format": "gguf"}]
    assert say({"model_inventory": rows}, "any_row(model_inventory, weight_format == 'pickle')",
               "ko") == [
        "“시스템이 이용하는 모델을 모두 기재하십시오.”의 2개 행 중 다음 1개 행이 해당합니다"
        "(가중치 형식: ‘피클(.bin/.pt/.ckpt)’): 1번째 행.",
    ]


def test_questions_inside_a_row_condition_are_said_once() -> None:
    answers = {
        "deployment_mode": "third_party_host",
        "transfers": [{"recipient": "Host A", "country": "US"},
                      {"recipient": "Host B", "country": "JP"}],
    }
    rule = "any_row(transfers, country != 'KR' and deployment_mode == 'third_party_host')"
    assert say(answers, rule) == [
        "All 2 rows of “Where is personal data transferred?” match: Host A (Country: ‘US’) "
        "and Host B (Country: ‘JP’).",
        "You answered ‘Through a third-party inference host’ to “Where does the model run?”.",
    ]


def test_multiple_choice_cells() -> None:
    answers = {"deployment_mode": "third_party_host", "transfers": [
        {"recipient": "Host A", "categories": ["health", "contact"]},
        {"recipient": "Host B", "categories": ["contact"]}]}
    assert say(answers, "any_row(transfers, 'health' in categories)") == [
        "1 of the 2 rows of “Where is personal data transferred?” matches (Data: ‘Health "
        "data’): Host A.",
    ]


# risks: levels, the pack's own reason, languages without a wording table ----------------------


def raised(pack: Pack, answers: dict[str, Any], risk_id: str) -> Any:
    register = assess_risks(session(answers, pack))
    return next(r for r in register.risks if r.risk.id == risk_id)


def test_the_rules_that_chose_the_levels_are_explained_too() -> None:
    answers = {"dpia_screening": ["scoring", "sensitive", "vulnerable", "innovative"]}
    explained = explain_risk(demo(), raised(demo(), answers, "dpia_required"), "en")
    assert [s.text for s in explained.why] == [
        "You selected 4 options for “Which of these describe the processing?” (the rule looks "
        "for 2 or more): ‘Evaluation or scoring of people’, ‘Sensitive or highly personal data’, "
        "‘Vulnerable data subjects (patients, children, employees)’ and ‘Innovative "
        "technology (such as generative AI)’.",
    ]
    [level] = explained.levels
    assert level.heading.text == "Why the likelihood is ‘Almost certain’:"
    assert [s.text for s in level.sentences] == [
        s.text.replace("2 or more", "4 or more") for s in explained.why
    ]
    assert explained.notice is None


PACK_REASON = (
    "      - {en: '{matched:model_inventory} of the {total:model_inventory} models have pickled "
    "weights: {rows:model_inventory}.', ko: '모델 {total:model_inventory}개 중 "
    "{matched:model_inventory}개의 가중치가 피클 형식입니다: {rows:model_inventory}.'}"
)


def test_a_pack_can_give_its_own_reason(tmp_path: Path) -> None:
    folder = copy_demo(tmp_path / "demo")
    apply_edit(folder, "open_models.yaml",
               "    when: any_row(model_inventory, weight_format in ['pickle', 'unknown'])\n",
               "    when: any_row(model_inventory, weight_format in ['pickle', 'unknown'])\n"
               "    reason:\n" + PACK_REASON.replace("      - ", "      ", 1) + "\n")
    pack = require_pack(folder)
    risk = raised(pack, {"model_inventory": MODELS}, "pickle_weights")
    assert [s.text for s in explain_risk(pack, risk, "en").why] == [
        "2 of the 3 models have pickled weights: llama-3.1-8b and gemma-3-4b-it.",
    ]
    assert [s.text for s in explain_risk(pack, risk, "ko").why] == [
        "모델 3개 중 2개의 가중치가 피클 형식입니다: llama-3.1-8b, gemma-3-4b-it.",
    ]


@pytest.mark.parametrize("lang", ["de", "es-MX"])  # fr, it and pt-BR have tables of their own
def test_a_language_without_wording_falls_back_to_english_visibly(lang: str) -> None:
    risk = raised(demo(), {"deployment_mode": "third_party_host"}, "host_sees_prompts")
    explained = explain_risk(demo(), risk, lang)
    assert [s.text for s in explained.why] == [
        "You answered ‘Through a third-party inference host’ to “Where does the model run?”.",
    ]
    assert explained.notice is not None
    assert explained.notice.text == (
        f"The reasons are in English: there is no wording for the language ‘{lang}’ yet."
    )


def test_answers_are_copied_so_reasons_outlive_the_session() -> None:
    answers = {"deployment_mode": "third_party_host"}
    live = session(answers)
    risk = next(r for r in assess_risks(live).risks if r.risk.id == "host_sees_prompts")
    live.set_answer("deployment_mode", Answer("on_premises"))
    assert explain_risk(demo(), risk, "en").why[0].text.startswith(
        "You answered ‘Through a third-party inference host’"
    )
