"""``aipia``: the command line. The same operations as the desktop app, headless."""

from __future__ import annotations

import sys
from typing import Any

import click

import app
from app.cli.lazy import LazyCommand
from app.cli.root import CONTEXT_SETTINGS, RootGroup
from app.core.errors import UserError

# Every command but ``gui``, imported when it runs; the summary is what ``aipia --help`` lists
# (tests/cli/test_lazy_commands.py checks it against the command's own help).
COMMANDS = {
    "assessment": LazyCommand("app.cli.groups:assessment_group",
                              "Assessments: one organization's answers to one pack."),
    "backup": LazyCommand("app.cli.backup_commands:backup",
                          "Backups of the database: list them, make one now, restore one."),
    "branding": LazyCommand("app.cli.report_commands:branding",
                            "Your branding on reports: consultancy name, logo and accent "
                            "colour."),
    "demo": LazyCommand("app.cli.report_commands:demo",
                        "Render the report of a built-in example assessment, with no set-up."),
    "feed": LazyCommand("app.cli.feed_commands:feed_group",
                        "Pack feeds: publish one, subscribe to one, learn of and install "
                        "updates."),
    "inspect": LazyCommand("app.cli.inspect_commands:inspect_command",
                           "Read the model files in PATHS and propose answers for the model "
                           "inventory."),
    "org": LazyCommand("app.cli.org_commands:org",
                       "Organizations (the clients a consultant serves)."),
    "pack": LazyCommand("app.cli.groups:pack_group",
                        "Questionnaire packs: check, sign, verify, install, compare and list "
                        "them."),
    "preferences": LazyCommand("app.cli.preferences_commands:preferences_group",
                               "Settings kept in the data folder (the desktop app's "
                               "Preferences)."),
    "report": LazyCommand("app.cli.report_commands:report",
                          "Render the impact-assessment report of ASSESSMENT_ID as a PDF (or "
                          "Word, or the action plan as a spreadsheet)."),
    "risk": LazyCommand("app.cli.risk_commands:risk_group",
                        "The risk register: plans, ratings, treatments and acceptances."),
    "template": LazyCommand("app.cli.template_commands:template_group",
                            "Report templates: copy the default to change its look or wording."),
    "trust": LazyCommand("app.cli.trust_commands:trust_group",
                         "Trusted publisher keys, shown by fingerprint."),
}


@click.group(cls=RootGroup, context_settings=CONTEXT_SETTINGS, invoke_without_command=True,
             lazy=COMMANDS)
@click.version_option(app.__version__, "--version", prog_name="aipia")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    envvar="AIPIA_DATA_DIR",
    help="Folder for the database and installed packs (default: the user data folder; "
    "env: AIPIA_DATA_DIR).",
)
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None) -> None:
    """AIPIA: privacy impact assessments of AI systems, offline."""
    ctx.obj = {"data_dir": data_dir}
    if ctx.invoked_subcommand is None:
        ctx.exit(launch_gui(data_dir))


def launch_gui(data_dir: str | None) -> int:
    """Open the desktop app. Qt is imported here only, so every other command stays headless."""
    import importlib

    from app.platform_check import gui_platform_problem

    problem = gui_platform_problem()  # before Qt, which aborts when a library is missing
    if problem:
        raise UserError(problem)
    # A run-time import: the CLI and the UI are sibling layers that never import each other.
    ui_app = importlib.import_module("app.ui.app")
    status: int = ui_app.main(data_dir)
    return status


@cli.command("gui")
@click.pass_context
def gui(ctx: click.Context) -> None:
    """Open the desktop app (the same as running aipia without a command)."""
    ctx.exit(launch_gui((ctx.find_root().obj or {}).get("data_dir")))


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point."""
    try:
        return cli.main(args=argv, prog_name="aipia", standalone_mode=True)
    except UserError as exc:  # pragma: no cover - click turns these into exit 1 already
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
