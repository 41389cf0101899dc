"""The assessment session: visibility, kept hidden answers, validation, progress, navigation.

demo-small (the fixture pack) gives question-level conditions and chains; a
small "flow" pack written here adds section conditions, a chain through
sections, a required message with braces and an expression-required question.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest

from app.core.answers import Answer
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.session import Progress, Session

DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"

FLOW_MANIFEST = """\
format: 1
id: org.aipia.test.flow
version: 1.0.0
title: {en: Flow test, ko: 흐름 시험}
description: {en: Visibility and validation flow., ko: 표시 조건과 검증 흐름.}
publisher: {name: {en: Tests, ko: 시험}}
licence: CC0-1.0
published: 2026-01-01
languages: [en, ko]
default_language: en
modules: [flow.yaml]
risk_matrix:
  likelihood:
    - {id: low_l, label: {en: Low, ko: 낮음}}
    - {id: high_l, label: {en: High, ko: 높음}}
  severity:
    - {id: low_s, label: {en: Low, ko: 낮음}}
    - {id: high_s, label: {en: High, ko: 높음}}
  levels:
    - {id: low, label: {en: Low, ko: 낮음}, colour: "#00ff00"}
    - {id: high, label: {en: High, ko: 높음}, colour: "#ff0000"}
  grid:
    - [low, low]
    - [low, high]
"""
FLOW_MODULE = """\
id: flow
title: {en: Flow, ko: 흐름}
sections:
  - id: start
    title: {en: Start, ko: 시작}
    questions:
      - id: uses_ai
        type: yes_no
        required: true
        allow: [not_applicable]
        label: {en: Do you use AI?, ko: AI를 이용합니까?}
      - id: owner
        type: short_text
        required: true
        required_message: {en: "Name the owner {like this}.", ko: "담당자를 적으십시오 {예시}."}
        label: {en: Who owns it?, ko: 담당자는 누구입니까?}
  - id: ai
    title: {en: AI, ko: 인공지능}
    show_if: uses_ai == 'yes'
    questions:
      - id: model_kind
        type: single_choice
        required: true
        label: {en: Which kind?, ko: 어떤 종류입니까?}
        choices:
          - {id: hosted, label: {en: Hosted, ko: 호스팅}}
          - {id: own, label: {en: Our own, ko: 자체}}
      - id: trains
        type: yes_no
        show_if: model_kind == 'own'
        label: {en: Do you train it?, ko: 직접 학습합니까?}
  - id: training
    title: {en: Training, ko: 학습}
    show_if: trains == 'yes'
    questions:
      - id: dataset
        type: short_text
        required: true
        label: {en: Which data set?, ko: 어떤 데이터셋입니까?}
      - id: records
        type: number
        integer: true
        required: count(dataset_rows) > 0 or dataset == 'big'
        label: {en: How many records?, ko: 기록은 몇 건입니까?}
        constraint:
          rule: records >= 10
          message: {en: At least 10 records., ko: 최소 10건이어야 합니다.}
      - id: dataset_rows
        type: table
        min_rows: 2
        label: {en: Data set parts, ko: 데이터셋 구성}
        columns:
          - {id: part, type: short_text, required: true, label: {en: Part, ko: 구성}}
          - {id: size, type: number, label: {en: Size, ko: 크기}}
  - id: end
    title: {en: End, ko: 끝}
    questions:
      - id: review
        type: date
        allow: [unknown]
        label: {en: Next review?, ko: 다음 검토일은?}
"""


@functools.cache
def demo_pack() -> Pack:
    return require_pack(DEMO_SMALL)


@pytest.fixture(scope="module")
def flow_pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    folder = tmp_path_factory.mktemp("flow")
    (folder / "pack.yaml").write_text(FLOW_MANIFEST, encoding="utf-8")
    (folder / "flow.yaml").write_text(FLOW_MODULE, encoding="utf-8")
    return require_pack(folder)


@pytest.fixture
def demo() -> Session:
    return Session(demo_pack())


@pytest.fixture
def flow(flow_pack: Pack) -> Session:
    return Session(flow_pack)


def hidden(session: Session) -> set[str]:
    return {qid for qid in session.pack.questions if not session.is_visible(qid)}


def texts(session: Session, qid: str, lang: str) -> list[str]:
    return [issue.text(lang) for issue in session.issues_for(qid)]


# visibility --------------------------------------------------------------------------------------
def test_visibility_without_answers(demo: Session, flow: Session) -> None:
    assert hidden(demo) == {"host_region", "log_retention_days", "transfers"}
    assert hidden(flow) == {"model_kind", "trains", "dataset", "records", "dataset_rows"}


def test_show_if_follows_the_answer(demo: Session) -> None:
    assert demo.set_answer("deployment_mode", Answer("third_party_host")) == {
        "host_region",
        "transfers",
    }
    assert demo.is_visible("host_region")
    assert demo.set_answer("host_region", Answer("US")) == set()
    assert demo.set_answer("deployment_mode", Answer("on_premises")) == {"host_region", "transfers"}
    # transfers also shows when host_region is answered, but a hidden answer does not count
    assert not demo.is_visible("transfers")


def test_a_chain_of_conditions(demo: Session) -> None:
    demo.set_answer("data_in_prompts", Answer(("health",)))
    assert demo.set_answer("prompt_logging", Answer("full")) == {"log_retention_days"}
    assert demo.set_answer("data_in_prompts", Answer(("none",))) == {
        "prompt_logging",
        "log_retention_days",
    }
    assert demo.set_answer("data_in_prompts", None) == {"prompt_logging", "log_retention_days"}


def test_section_conditions_and_a_chain_through_sections(flow: Session) -> None:
    assert [s.id for s in flow.visible_sections()] == ["start", "end"]
    assert flow.set_answer("uses_ai", Answer("yes")) == {"model_kind"}
    assert flow.set_answer("model_kind", Answer("own")) == {"trains"}
    assert flow.set_answer("trains", Answer("yes")) == {"dataset", "records", "dataset_rows"}
    assert [s.id for s in flow.visible_sections()] == ["start", "ai", "training", "end"]
    # one answer at the top of the chain hides two sections
    assert flow.set_answer("uses_ai", Answer("no")) == {
        "model_kind",
        "trains",
        "dataset",
        "records",
        "dataset_rows",
    }
    assert [s.id for s in flow.visible_sections()] == ["start", "end"]
    assert flow.visible_questions("training") == []


@pytest.mark.parametrize("answer", [Answer("no"), Answer.not_applicable(), None])
def test_a_section_stays_hidden_unless_its_condition_holds(
    flow: Session, answer: Answer | None
) -> None:
    flow.set_answer("uses_ai", answer)
    assert not flow.section_visible("ai")


def test_unknown_question(demo: Session) -> None:
    with pytest.raises(KeyError, match="unknown question 'nope'"):
        demo.set_answer("nope", Answer("yes"))


# hidden answers ----------------------------------------------------------------------------------
def test_hidden_answers_are_kept_but_do_not_count(demo: Session) -> None:
    demo.set_answer("deployment_mode", Answer("third_party_host"))
    demo.set_answer("host_region", Answer("US"))
    before = demo.progress()
    demo.set_answer("deployment_mode", Answer("offline_device"))
    assert demo.answer("host_region") == Answer("US")
    assert demo.answers["host_region"] == Answer("US")
    assert demo.effective_answer("host_region") is None
    assert demo.progress().answered == before.answered - 1
    assert demo.progress().total == before.total - 2  # host_region and transfers
    assert demo.issues_for("host_region") == []


def test_a_question_reappearing_gets_its_answer_back(flow: Session) -> None:
    for qid, answer in [
        ("uses_ai", Answer("yes")),
        ("model_kind", Answer("own")),
        ("trains", Answer("yes")),
        ("dataset", Answer("big")),
    ]:
        flow.set_answer(qid, answer)
    flow.set_answer("uses_ai", Answer("no"))
    assert flow.effective_answer("dataset") is None
    changed = flow.set_answer("uses_ai", Answer("yes"))
    assert changed == {"model_kind", "trains", "dataset", "records", "dataset_rows"}
    assert flow.effective_answer("dataset") == Answer("big")
    assert flow.effective_answer("trains") == Answer("yes")


def test_a_session_opened_with_hidden_answers(flow_pack: Pack) -> None:
    session = Session(flow_pack, {"uses_ai": Answer("no"), "model_kind": Answer("own")})
    assert not session.is_visible("model_kind")
    assert session.progress() == Progress(1, 3)
    assert session.evaluate(flow_pack.rules.show_if["trains"]) is False


# required and constraints ------------------------------------------------------------------------
def test_required_messages_in_both_languages(flow: Session) -> None:
    assert texts(flow, "uses_ai", "en") == ["An answer is required."]
    assert texts(flow, "uses_ai", "ko") == ["답변이 필요합니다."]
    # the pack's own message, braces and all (it is never used as a format string)
    assert texts(flow, "owner", "en") == ["Name the owner {like this}."]
    assert texts(flow, "owner", "ko") == ["담당자를 적으십시오 {예시}."]
    assert [i.kind for i in flow.issues()] == ["required", "required"]


def test_required_as_an_expression(flow: Session, demo: Session) -> None:
    for qid, answer in [("uses_ai", "yes"), ("model_kind", "own"), ("trains", "yes")]:
        flow.set_answer(qid, Answer(answer))
    assert not flow.is_required("records")
    flow.set_answer("dataset", Answer("big"))
    assert flow.is_required("records")
    assert texts(flow, "records", "en") == ["An answer is required."]
    flow.set_answer("dataset", Answer("small"))
    assert not flow.is_required("records")
    flow.set_answer("dataset_rows", Answer(({"part": "a"},)))
    assert flow.is_required("records")

    assert not demo.is_required("host_region")  # hidden
    demo.set_answer("deployment_mode", Answer("third_party_host"))
    assert demo.is_required("host_region")
    assert demo.is_required("system_name")
    assert not demo.is_required("go_live")


def test_required_is_met_by_unknown_and_not_applicable(flow: Session, demo: Session) -> None:
    flow.set_answer("uses_ai", Answer.not_applicable())
    assert flow.issues_for("uses_ai") == []
    demo.set_answer("affected_people", Answer.unknown())
    assert demo.issues_for("affected_people") == []


def test_constraint_messages(demo: Session) -> None:
    demo.set_answer("affected_people", Answer(0))
    assert texts(demo, "affected_people", "en") == [
        'Enter at least 1 person, or choose "I don\'t know".'
    ]
    assert texts(demo, "affected_people", "ko") == ['1명 이상을 입력하거나 "모름"을 선택하십시오.']
    assert [i.kind for i in demo.issues_for("affected_people")] == ["constraint"]
    demo.set_answer("affected_people", Answer(1))
    assert demo.issues_for("affected_people") == []


def test_constraints_of_hidden_questions_do_not_count(demo: Session) -> None:
    demo.set_answer("data_in_prompts", Answer(("contact",)))
    demo.set_answer("prompt_logging", Answer("masked"))
    demo.set_answer("log_retention_days", Answer(5000))
    assert texts(demo, "log_retention_days", "ko") == [
        "10년을 넘는 기간은 보관기간으로 보기 어렵습니다. 값을 확인하십시오."
    ]
    demo.set_answer("prompt_logging", Answer("not_logged"))
    assert demo.issues_for("log_retention_days") == []
    assert "log_retention_days" not in {i.question_id for i in demo.issues()}


def test_table_rows_and_required_cells(demo: Session, flow: Session) -> None:
    demo.set_answer("model_inventory", Answer(()))
    assert texts(demo, "model_inventory", "en") == ["Add at least 1 row(s)."]
    assert texts(demo, "model_inventory", "ko") == ["최소 1개 행을 입력하세요."]
    demo.set_answer("model_inventory", Answer(({"name": "m"}, {"publisher": "p"})))
    assert texts(demo, "model_inventory", "en") == ["Row 2: fill in 'Model'."]
    assert texts(demo, "model_inventory", "ko") == ["2번째 행: '모델명' 항목을 입력하세요."]

    for qid, answer in [("uses_ai", "yes"), ("model_kind", "own"), ("trains", "yes")]:
        flow.set_answer(qid, Answer(answer))
    flow.set_answer("dataset_rows", Answer(({"size": 3},)))
    assert texts(flow, "dataset_rows", "en") == ["Add at least 2 row(s).", "Row 1: fill in 'Part'."]
    assert {i.kind for i in flow.issues_for("dataset_rows")} == {"rows"}


def test_can_finish(flow: Session) -> None:
    assert not flow.can_finish()
    flow.set_answer("uses_ai", Answer("no"))
    flow.set_answer("owner", Answer("DPO"))
    assert flow.can_finish()
    flow.set_answer("uses_ai", Answer("yes"))
    assert not flow.can_finish()
    assert [i.question_id for i in flow.issues()] == ["model_kind"]


# progress ----------------------------------------------------------------------------------------
def test_progress_overall_and_per_section(demo: Session) -> None:
    empty = demo.progress()
    assert (empty.answered, empty.total, empty.complete) == (0, 12, False)
    demo.set_answer("system_name", Answer("Bot"))
    demo.set_answer("affected_people", Answer.unknown())
    demo.set_answer("last_review", Answer.not_applicable())
    assert demo.progress() == Progress(3, 12)
    assert demo.progress().ratio == pytest.approx(0.25)
    assert demo.progress("organisation") == Progress(2, 4)
    assert demo.progress("flows") == Progress(1, 3)
    assert demo.progress("inventory") == Progress(0, 3)


def test_section_complete_needs_answers_and_no_issues(flow: Session) -> None:
    assert not flow.section_complete("end")
    flow.set_answer("review", Answer.unknown())
    assert flow.section_complete("end")
    flow.set_answer("uses_ai", Answer("no"))
    flow.set_answer("owner", Answer("x"))
    assert flow.section_complete("start")
    assert flow.progress("ai").total == 0
    assert flow.progress("ai").ratio == 1.0


# navigation --------------------------------------------------------------------------------------
def test_next_and_previous_skip_hidden_sections(flow: Session) -> None:
    assert flow.next_section(None) == "start"
    assert flow.next_section("start") == "end"
    assert flow.previous_section("end") == "start"
    assert flow.next_section("end") is None
    assert flow.previous_section("start") is None
    flow.set_answer("uses_ai", Answer("yes"))
    assert flow.next_section("start") == "ai"
    assert flow.next_section("ai") == "end"
    flow.set_answer("model_kind", Answer("own"))
    flow.set_answer("trains", Answer("yes"))
    assert flow.next_section("ai") == "training"
    assert flow.previous_section("end") == "training"
    # from a section that has just been hidden, the neighbours are still found
    flow.set_answer("trains", Answer("no"))
    assert flow.next_section("training") == "end"
    assert flow.previous_section("training") == "ai"


def test_navigation_in_demo_small(demo: Session) -> None:
    order = []
    section = demo.next_section(None)
    while section is not None:
        order.append(section)
        section = demo.next_section(section)
    assert order == ["organisation", "screening", "inventory", "flows"]
    assert demo.previous_section("inventory") == "screening"


def test_dates_and_tables_in_conditions(demo: Session) -> None:
    demo.set_answer("go_live", Answer(dt.date(2027, 1, 1)))
    demo.set_answer("deployment_mode", Answer("third_party_host"))
    demo.set_answer("transfers", Answer(({"recipient": "Host", "country": "US"},)))
    assert demo.is_visible("transfers")
    assert demo.progress("flows").total == 4
