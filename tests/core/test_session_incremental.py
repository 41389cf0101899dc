"""Visibility after an answer is recomputed only downstream of it, and stays right (issue 12, 3).

Every case compares the session updated answer by answer with a session
built afresh from the same answers, and counts the conditions evaluated.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.core import session as session_module
from app.core.answers import Answer
from app.core.loader import require_pack
from app.core.model import MultipleChoiceQuestion, NumberQuestion
from app.core.pack import Pack
from app.core.session import Session
from app.services.workspace import Workspace
from tests.core.bigpacks import generate
from tests.core.packtools import DEMO_SMALL, record_calls
from tests.core.test_session import FLOW_MANIFEST, FLOW_MODULE


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Pack]:
    root = tmp_path_factory.mktemp("packs")
    flow = root / "flow"
    flow.mkdir()
    (flow / "pack.yaml").write_text(FLOW_MANIFEST, encoding="utf-8")
    (flow / "flow.yaml").write_text(FLOW_MODULE, encoding="utf-8")
    found = {"demo": require_pack(DEMO_SMALL), "flow": require_pack(flow)}
    for shape, size in (("chain", 300), ("tree", 300), ("chain", 2000)):
        generate(root / f"{shape}{size}", size, shape)
        found[f"{shape}{size}"] = require_pack(root / f"{shape}{size}")
    return found


@pytest.fixture
def evaluations(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every condition the session evaluates, in order."""
    return record_calls(monkeypatch, session_module, "evaluate")


def some_answer(pack: Pack, qid: str, rng: random.Random) -> Answer | None:
    """A random answer that conditions can read (or None: clear it)."""
    question = pack.questions[qid]
    if rng.random() < 0.2:
        return None
    if question.type == "yes_no":
        return Answer(rng.choice(["yes", "no"]))
    if question.type == "single_choice":
        return Answer(rng.choice([c.id for c in pack.choices(question)]))
    if isinstance(question, MultipleChoiceQuestion):
        ids = [c.id for c in pack.choices(question)]
        return Answer(tuple(i for i in ids if rng.random() < 0.4))
    if isinstance(question, NumberQuestion):
        return Answer(rng.randint(0, 5))
    if question.type in ("short_text", "long_text"):
        return Answer(rng.choice(["", "big", "x"]))
    return Answer.unknown() if "unknown" in getattr(question, "allow", ()) else None


def visibility(session: Session) -> dict[str, bool]:
    return {qid: session.is_visible(qid) for qid in session.pack.questions}


@pytest.mark.parametrize("name", ["demo", "flow", "chain300", "tree300"])
def test_updated_visibility_equals_a_fresh_session_after_every_answer(
    packs: dict[str, Pack], name: str
) -> None:
    pack = packs[name]
    rng = random.Random(12)  # noqa: S311 - the same answers every run
    ids = list(pack.questions)
    session = Session(pack, {qid: Answer("yes") for qid in ids if rng.random() < 0.5
                             and pack.questions[qid].type == "yes_no"})
    for _ in range(150):
        before = visibility(session)
        qid = rng.choice(ids)
        changed = session.set_answer(qid, some_answer(pack, qid, rng))
        fresh = visibility(Session(pack, session.answers))
        assert visibility(session) == fresh
        assert changed == {q for q in ids if before[q] != fresh[q]}


def test_an_answer_re_evaluates_only_the_questions_downstream(
    packs: dict[str, Pack], evaluations: list[object]
) -> None:
    pack = packs["chain2000"]  # q(i) is shown when q(i+1) is 'yes'
    session = Session(pack, {qid: Answer("yes") for qid in pack.questions})
    assert session.progress().total == 2000
    evaluations.clear()
    assert session.set_answer("q1000", Answer("no")) == {f"q{i}" for i in range(1000)}
    assert len(evaluations) == 1000  # q999 ... q0, once each
    evaluations.clear()
    assert session.set_answer("q0", Answer("no")) == set()
    assert evaluations == []  # no condition reads q0


def test_the_walk_stops_where_visibility_does_not_change(
    packs: dict[str, Pack], evaluations: list[object]
) -> None:
    pack = packs["chain2000"]
    session = Session(pack, {qid: Answer("no") for qid in pack.questions})
    assert session.progress().total == 1  # only the last question is shown
    evaluations.clear()
    assert session.set_answer("q1000", Answer("yes")) == set()  # q1000 is hidden itself
    assert len(evaluations) == 1  # q999 only: still hidden, so nothing below it is looked at


def test_opening_a_session_evaluates_each_condition_once(
    packs: dict[str, Pack], evaluations: list[object]
) -> None:
    pack = packs["chain2000"]
    Session(pack, {qid: Answer("yes") for qid in pack.questions}).progress()
    assert len(evaluations) == 1999


def test_a_workspace_save_updates_visibility_downstream_only(
    packs: dict[str, Pack], tmp_path: Path, evaluations: list[object]
) -> None:
    folder = tmp_path / "chain"
    generate(folder, 500, "chain")
    with Workspace(tmp_path / "data") as ws:
        assert ws.install_folder(folder).ok
        created = ws.new_assessment("Org", "Chain", "org.aipia.bench.scaling")
        ws.store.save_answers(created.id, {f"q{i}": ({"value": "yes"}, None) for i in range(500)})
        opened = ws.open(created.id)
        assert opened.session.progress().total == 500
        evaluations.clear()
        changed = ws.save_answer(opened, "q250", Answer("no"))
        assert changed == {f"q{i}" for i in range(250)} and len(evaluations) == 250
        reopened = ws.open(created.id)
    assert reopened.session.progress().total == 250
    assert reopened.session.answer("q250") == Answer("no")
