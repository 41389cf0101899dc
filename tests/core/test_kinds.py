"""Question kinds: each type is one registry entry; a new one needs nothing else in the core."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from app.core.answers import Answer, AnswerError, answer_from_json, check_answer
from app.core.answers.text import format_answer, parse_answer_text
from app.core.kinds import kind_named, kinds, registered
from app.core.loader import load_pack
from app.core.risk_engine import assess_risks
from app.core.session import Session
from tests.rating_kind import RatingKind, RatingQuestion, pack_with_ratings


def test_every_builtin_type_is_one_registered_kind() -> None:
    names = [kind.name for kind in kinds()]
    assert names == ["yes_no", "single_choice", "multiple_choice", "short_text", "long_text",
                     "number", "date", "table"]
    for kind in kinds():  # each names the models of its own type
        assert get_args(kind.question_model.model_fields["type"].annotation) == (kind.name,)


def test_a_pack_cannot_use_a_type_no_kind_registers(tmp_path: Path) -> None:
    loaded = load_pack(pack_with_ratings(tmp_path))
    assert loaded.pack is None
    assert any("unknown type 'rating'" in str(d) and "feedback.yaml" in str(d)
               for d in loaded.errors), [str(d) for d in loaded.errors]


def test_a_new_kind_works_through_the_core_once_registered(tmp_path: Path) -> None:
    folder = pack_with_ratings(tmp_path)
    with registered(RatingKind()):
        loaded = load_pack(folder)
        assert loaded.pack is not None, [str(d) for d in loaded.errors]
        pack = loaded.pack
        question = pack.questions["satisfaction"]
        assert isinstance(question, RatingQuestion) and question.stars == 5
        assert check_answer(question, Answer(4), pack.choices) == Answer(4)
        with pytest.raises(AnswerError, match="give 1 to 5 stars, not 9"):
            answer_from_json(question, {"value": 9}, pack.choices)
        assert answer_from_json(question, {"state": "unknown"}, pack.choices).state == "unknown"
        typed = parse_answer_text(pack, question, "2★")
        assert typed == Answer(2)
        session = Session(pack, {"satisfaction": typed})
        raised = [r.risk.id for r in assess_risks(session).risks]
        assert "unhappy_users" in raised  # the rule compares the stars as a number
        assert format_answer(pack, question, typed, "en") == "★★☆☆☆"
        assert kind_named("rating").demo_value(pack, question, "en") == 3
    assert "rating" not in [kind.name for kind in kinds()]
    assert load_pack(folder).pack is None  # gone again: the models were rebuilt without it


def test_a_rule_comparing_stars_with_text_is_refused_at_load(tmp_path: Path) -> None:
    folder = pack_with_ratings(tmp_path)
    module = folder / "feedback.yaml"
    module.write_text(module.read_text(encoding="utf-8").replace(
        "when: satisfaction <= 2", "when: satisfaction == 'low'"), encoding="utf-8")
    with registered(RatingKind()):
        loaded = load_pack(folder)
    assert loaded.pack is None
    assert any("feedback.yaml" in str(d) for d in loaded.errors)
