"""`aipia assessment answer` on a question whose choices are an earlier table's rows."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run, fails, ok
from tests.core.answer_choice_pack import with_answer_choices
from tests.core.packtools import apply_edit

ROWS = '[{"recipient": "Host Inc."}, {"recipient": "Nimbus"}]'


def test_a_row_name_is_an_answer_and_anything_else_is_refused(run: Run,
                                                              builtin_dir: Path) -> None:
    for file, edits in with_answer_choices().items():
        for old, new in edits:
            apply_edit(builtin_dir / "demo-small", file, old, new)
    ok(run("assessment", "new", "--org", "Acme", "--title", "Bot"))
    error = fails(run("assessment", "answer", "1", "main_recipient", "Nimbus"))
    assert "no choices until 'transfers' is answered" in error
    ok(run("assessment", "answer", "1", "deployment_mode", "third_party_host"))
    ok(run("assessment", "answer", "1", "transfers", ROWS))
    ok(run("assessment", "answer", "1", "main_recipient", "Nimbus"))
    error = fails(run("assessment", "answer", "1", "main_recipient", "Orbit"))
    assert "'Orbit' is not one of the current choices (from 'transfers': 'Host Inc.'" in error
    shown = ok(run("assessment", "show", "1"))
    assert "Nimbus" in shown
