"""Optional sections the assessor switches off: hidden, not required, their risks not raised."""

from __future__ import annotations

import pytest

from app.core.answers import Answer
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.risk_engine import assess_risks
from app.core.sections_off import MAX_REASON, SectionSwitchError, checked_reason, optional_section
from app.core.session import Session
from tests.core.packtools import PackFactory, make_pack

__all__ = ["make_pack"]  # the fixture, imported for pytest

OPTIONAL_FLOWS = ("data_flows.yaml", "  - id: flows\n", "  - id: flows\n    optional: true\n")
LOGGED = {"data_in_prompts": Answer(("health",)), "prompt_logging": Answer("full")}


@pytest.fixture
def pack(make_pack: PackFactory) -> Pack:
    return require_pack(make_pack(*OPTIONAL_FLOWS))


def raised(session: Session) -> set[str]:
    return {r.risk.id for r in assess_risks(session).risks}


def test_the_section_is_optional_in_the_model(pack: Pack) -> None:
    assert pack.sections["flows"].optional
    assert not pack.sections["organisation"].optional


def test_switched_off_questions_are_hidden_not_required_and_their_risks_not_raised(
        pack: Pack) -> None:
    session = Session(pack, LOGGED)
    assert "unmanaged_prompt_logs" in raised(session)
    assert session.is_required("data_in_prompts")
    changed = session.switch_section("flows", off=True)
    assert {"data_in_prompts", "prompt_logging"} <= changed
    assert not session.is_visible("data_in_prompts")
    assert not session.is_required("data_in_prompts")
    assert session.issues("flows") == []
    assert "unmanaged_prompt_logs" not in raised(session)
    assert session.answer("prompt_logging") == Answer("full")  # kept
    assert session.section_visible("flows")  # still listed, to be switched on again
    assert session.progress("flows").total == 0


def test_switching_on_again_brings_the_answers_and_the_risk_back(pack: Pack) -> None:
    session = Session(pack, LOGGED, switched_off=["flows"])
    assert "unmanaged_prompt_logs" not in raised(session)
    session.switch_section("flows", off=False)
    assert session.is_visible("prompt_logging")
    assert "unmanaged_prompt_logs" in raised(session)


def test_a_risk_reading_only_other_sections_is_still_raised(pack: Pack) -> None:
    session = Session(pack, {"model_inventory": Answer(({"name": "m", "weight_format":
                                                         "pickle"},))}, switched_off=["flows"])
    assert "pickle_weights" in raised(session)


def test_only_an_optional_section_of_the_pack_can_be_switched_off(pack: Pack) -> None:
    assert optional_section(pack, "flows") == "flows"
    with pytest.raises(SectionSwitchError, match="unknown section 'flow'") as unknown:
        optional_section(pack, "flow")
    assert str(unknown.value).endswith("(sections that may be switched off: flows)")
    with pytest.raises(SectionSwitchError, match="'organisation' cannot be switched off"):
        optional_section(pack, "organisation")
    with pytest.raises(SectionSwitchError, match=r"unknown section 'x{100}' in"):
        optional_section(pack, "x" * 5000)  # echoed short


@pytest.mark.parametrize(("reason", "words"), [
    ("", "give a reason"), ("   \n ", "give a reason"),
    ("x" * (MAX_REASON + 1), f"is {MAX_REASON + 1} characters long"),
])
def test_a_reason_is_required_and_bounded(reason: str, words: str) -> None:
    with pytest.raises(SectionSwitchError, match=words):
        checked_reason(reason)
    assert checked_reason("  We host nothing.  ") == "We host nothing."
    assert checked_reason("x" * MAX_REASON) == "x" * MAX_REASON
