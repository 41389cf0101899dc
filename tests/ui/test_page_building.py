"""A wizard page shows its first questions at once; the others are built on the next turns."""

from __future__ import annotations

from typing import Any

import pytest

from app.ui.wizard import page as page_module


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """One block with the page, then one per turn (the organisation section has four)."""
    monkeypatch.setattr(page_module, "FIRST_BLOCKS", 1)
    monkeypatch.setattr(page_module, "BLOCKS_PER_TURN", 1)


def built(page: Any) -> list[str]:
    return list(page._blocks)


def test_the_first_questions_come_with_the_page_and_the_rest_on_later_turns(
        qtbot: Any, small_steps: None, opened: Any) -> None:
    wizard = opened.assessment.wizard
    wizard._prebuild.stop()
    wizard.rebuild()  # the page of the current section, built again with these steps
    wizard._prebuild.stop()
    page = wizard.current_page()
    assert built(page) == ["system_name"]
    qtbot.waitUntil(lambda: len(built(page)) == 4)
    assert built(page) == ["system_name", "purpose", "go_live", "affected_people"]
    layout = page.body_layout
    in_layout = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert [b.question_id for b in in_layout if b in page._blocks.values()] == built(page)


def test_asking_for_the_blocks_builds_them_all_at_once(small_steps: None,
                                                        opened: Any) -> None:
    wizard = opened.assessment.wizard
    wizard._prebuild.stop()
    wizard.rebuild()
    wizard._prebuild.stop()
    page = wizard.current_page()
    assert len(built(page)) == 1
    blocks = page.blocks  # what the rest of the app and the tests use
    assert list(blocks) == ["system_name", "purpose", "go_live", "affected_people"]
    assert all(not block.isHidden() for block in blocks.values())
    assert not page._builder.isActive()


def test_focusing_the_first_question_builds_no_more_than_it_needs(
        qtbot: Any, small_steps: None, opened: Any) -> None:
    wizard = opened.assessment.wizard
    wizard._prebuild.stop()
    wizard.rebuild()
    wizard._prebuild.stop()
    page = wizard.current_page()
    page._builder.stop()
    wizard.focus_first_question()
    assert built(page) == ["system_name"]  # the rest still comes on later turns
    assert page.first_block() is page._blocks["system_name"]
    page._blocks["system_name"].hide()  # e.g. a question shown only after another answer
    assert page.first_block() is page._blocks["purpose"]
    assert built(page) == ["system_name", "purpose"]
