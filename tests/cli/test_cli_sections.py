"""`aipia assessment section`: switch an optional section off with a reason, or on again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run, fails, ok
from tests.core.packtools import apply_edit


@pytest.fixture
def assessment(run: Run, builtin_dir: Path) -> int:
    apply_edit(builtin_dir / "demo-small", "data_flows.yaml", "  - id: flows\n",
               "  - id: flows\n    optional: true\n")
    ok(run("assessment", "new", "--org", "Acme", "--title", "Bot"))
    return 1


def test_off_with_a_reason_then_on_again(run: Run, assessment: int) -> None:
    out = ok(run("assessment", "section", "1", "flows", "--off", "--reason", "Nothing leaves",
                 "--by", "H. Kim"))
    assert out.startswith("Switched off section flows: ")
    shown = ok(run("assessment", "show", "1"))
    assert "data_in_prompts" not in shown
    said = [line for line in shown.splitlines() if " — switched off by H. Kim on " in line]
    assert len(said) == 1 and said[0].startswith("== ")  # the section is named, with why
    assert said[0].endswith(": Nothing leaves")
    out = ok(run("assessment", "section", "1", "flows", "--on"))
    assert out.startswith("Switched on section flows: ")
    assert "prompt" in ok(run("assessment", "show", "1"))


@pytest.mark.parametrize(("args", "words"), [
    (["flows", "--off"], "give a reason"),
    (["flows", "--off", "--reason", "x" * 2001], "is 2001 characters long"),
    (["flow", "--off", "--reason", "r"], "unknown section 'flow'"),
    (["organisation", "--off", "--reason", "r"], "'organisation' cannot be switched off"),
    (["flows"], "say --off (with --reason) or --on"),
    (["flows", "--on", "--reason", "r"], "--reason goes with --off"),
])
def test_refusals_say_what_to_do(run: Run, assessment: int, args: list[str],
                                 words: str) -> None:
    fails(run("assessment", "section", "1", *args), words)
