"""``aipia assessment section``: switch an optional section off (with a reason) or on again."""

from __future__ import annotations

import click

from app.cli.context import UserError, workspace


@click.command("section")
@click.argument("assessment_id", type=int)
@click.argument("section_id")
@click.option("--off", "state", flag_value="off", help="Switch the section off (needs --reason).")
@click.option("--on", "state", flag_value="on", help="Switch the section on again.")
@click.option("--reason", default=None, help="Why the section does not apply (up to 2000 "
              "characters).")
@click.option("--by", default=None, help="Who switches it (default: your name in the "
              "preferences, else your login name).")
def section_command(assessment_id: int, section_id: str, state: str | None,
                    reason: str | None, by: str | None) -> None:
    """Switch optional section SECTION_ID of ASSESSMENT_ID off or on again.

    A switched-off section's questions are hidden and not required, and risks
    that read them are not raised; its answers are kept and come back when it
    is switched on again.
    """
    if state is None:
        raise UserError("say --off (with --reason) or --on")
    if state == "on" and reason is not None:
        raise UserError("--reason goes with --off; switching a section on needs none")
    with workspace() as ws:
        opened = ws.open(assessment_id)
        if state == "off":
            changed = ws.switch_section_off(opened, section_id, reason or "", by)
            click.echo(f"Switched off section {section_id}: {len(changed)} question(s) hidden.")
        else:
            changed = ws.switch_section_on(opened, section_id)
            click.echo(f"Switched on section {section_id}: {len(changed)} question(s) shown.")


COMMANDS = (section_command,)
