"""``aipia``: the command line. The same operations as the desktop app, headless."""

from __future__ import annotations

import sys
from typing import Any

import click

import app
from app.cli.assessment_commands import assessment
from app.cli.backup_commands import backup
from app.cli.bundle_commands import COMMANDS as BUNDLE_COMMANDS
from app.cli.context import CONTEXT_SETTINGS, RootGroup, UserError
from app.cli.evidence_commands import COMMANDS as EVIDENCE_COMMANDS
from app.cli.feed_commands import feed_group
from app.cli.inspect_commands import inspect_command
from app.cli.org_commands import org
from app.cli.pack_commands import pack
from app.cli.preferences_commands import preferences_group
from app.cli.report_commands import branding, demo, report
from app.cli.review_commands import COMMANDS as REVIEW_COMMANDS
from app.cli.risk_commands import risk_group
from app.cli.template_commands import template_group
from app.cli.trust_commands import trust_group


@click.group(cls=RootGroup, context_settings=CONTEXT_SETTINGS, invoke_without_command=True)
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


for bundle_command in BUNDLE_COMMANDS:
    pack.add_command(bundle_command)
cli.add_command(pack)
cli.add_command(trust_group)
cli.add_command(feed_group)
cli.add_command(org)
cli.add_command(assessment)
for command in (report, demo, branding):
    cli.add_command(command)
cli.add_command(inspect_command)
cli.add_command(backup)
cli.add_command(risk_group)
cli.add_command(template_group)
for workflow_command in (*REVIEW_COMMANDS, *EVIDENCE_COMMANDS):
    assessment.add_command(workflow_command)
cli.add_command(preferences_group)


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point."""
    try:
        return cli.main(args=argv, prog_name="aipia", standalone_mode=True)
    except UserError as exc:  # pragma: no cover - click turns these into exit 1 already
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
