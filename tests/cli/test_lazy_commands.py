"""The command line imports only the command that runs (issue 19).

``aipia --version`` and ``aipia --help`` import no command module and none of the
pack, storage, report, services or pydantic model code; ``aipia org --help`` imports
the org commands and not the report commands. The summaries ``aipia --help`` lists
from the table in ``app.cli`` are the commands' own.
"""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from app.cli import COMMANDS, cli
from app.cli.lazy import LazyCommand, LazyGroup
from tests.conftest import REPO_ROOT

HEAVY = ("app.storage", "app.packs", "app.reports", "app.services", "app.core.model",
         "app.core.loader", "pydantic", "sqlite_utils", "weasyprint", "PySide6", "yaml")
COMMAND_MODULES = tuple(target.target.partition(":")[0] for target in COMMANDS.values())


def modules_after(*args: str) -> set[str]:
    """The modules a fresh ``aipia ARGS`` process has imported when it exits."""
    code = ("import json, sys\nfrom app.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(json.dumps(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def heavy(modules: set[str]) -> set[str]:
    return {name for name in modules
            if name.startswith(HEAVY) or name.startswith(COMMAND_MODULES)}


@pytest.mark.slow
@pytest.mark.parametrize("argument", ["--version", "--help"])
def test_version_and_help_import_no_command_and_no_model(argument: str) -> None:
    modules = modules_after(argument)
    assert "click" in modules and "app.cli" in modules  # it did run
    assert heavy(modules) == set()


@pytest.mark.slow
def test_a_command_imports_its_own_module_and_not_the_others() -> None:
    modules = modules_after("org", "--help")
    assert "app.cli.org_commands" in modules
    others = {name for name in COMMAND_MODULES if name != "app.cli.org_commands"}
    assert others & modules == set()
    assert "app.reports.docx_report" not in modules  # what 'aipia report' needs


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_table_summary_is_the_commands_own_help(name: str) -> None:
    stand_in = click.Command(name, help=COMMANDS[name].summary)
    command = COMMANDS[name].load()
    for limit in (30, 45, 80, 200):
        assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit)


def test_help_lists_every_command_with_its_summary() -> None:
    output = CliRunner().invoke(cli, ["--help"]).output
    for name in (*COMMANDS, "gui"):
        assert f"\n  {name} " in output
    assert "Questionnaire packs: check, sign, verify" in output


def test_lazy_groups_are_whole_when_loaded() -> None:
    ctx = click.Context(cli)
    pack = cli.get_command(ctx, "pack")
    assessment = cli.get_command(ctx, "assessment")
    assert isinstance(pack, click.Group) and isinstance(assessment, click.Group)
    assert {"validate", "keygen", "build", "verify", "install", "diff"} <= set(pack.commands)
    assert {"new", "attach", "attachments"} <= set(assessment.commands)


def test_a_target_that_is_no_command_is_refused() -> None:
    group = LazyGroup("g", lazy={"bad": LazyCommand("builtins:dict", "Bad.")})
    with pytest.raises(TypeError, match="not a click command"):
        group.get_command(click.Context(group), "bad")


def test_an_unknown_command_still_gets_clicks_message() -> None:
    result = CliRunner().invoke(cli, ["nosuchcommand"])
    assert result.exit_code == 2 and "No such command 'nosuchcommand'" in result.output
