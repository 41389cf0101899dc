"""``aipia risk``: the register with its plan, and the assessor's judgement of each risk."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager

import click

from app.cli.context import UserError, workspace
from app.cli.risk_text import RiskText
from app.core.statuses import PLAN_STATUSES
from app.core.treatment import PARTS, TREATMENTS, JudgementError
from app.services.workspace import OpenAssessment, Workspace


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return ""


BY_HELP = "Who records it (default: your login name)."
LANG_HELP = "Language of the output (default: the assessment's)."


@contextmanager
def _opened(assessment_id: int) -> Iterator[tuple[Workspace, OpenAssessment]]:
    """The workspace and the assessment; a refused judgement becomes a plain message."""
    with workspace() as ws:
        opened = ws.open(assessment_id)
        try:
            yield ws, opened
        except JudgementError as exc:
            raise UserError(f"{exc.text('en').rstrip('.')} — nothing was saved.") from None


@click.group("risk")
def risk_group() -> None:
    """The risk register: plans, ratings, treatments and acceptances."""


@risk_group.command("list")
@click.argument("assessment_id", type=int)
@click.option("--lang", default=None, help=LANG_HELP)
def risk_list(assessment_id: int, lang: str | None) -> None:
    """List the risks of ASSESSMENT_ID: before measures, today, with the plan."""
    with _opened(assessment_id) as (ws, opened):
        register = ws.risk_register(opened)
    say = RiskText(opened.pack, lang or opened.record.language)
    click.echo(say.summary(register))
    for number, treated in enumerate(register.risks, 1):
        marks = "".join(mark for mark, on in (
            (" [adjusted]", treated.adjusted), (" [accepted]", treated.judgement.acceptance),
            (" [!]", treated.rating_outdated or treated.acceptance_outdated)) if on)
        click.echo(f"R{number:<3} {treated.risk.id:<34} {say.stages(treated)}{marks}")


@risk_group.command("show")
@click.argument("assessment_id", type=int)
@click.argument("risk_id")
@click.option("--lang", default=None, help=LANG_HELP)
def risk_show(assessment_id: int, risk_id: str, lang: str | None) -> None:
    """Show RISK_ID of ASSESSMENT_ID: positions, measures, judgement and its history."""
    with _opened(assessment_id) as (ws, opened):
        treated = ws.raised_risk(opened, risk_id)
        history = ws.judgement_history(assessment_id, risk_id)
    say = RiskText(opened.pack, lang or opened.record.language)
    click.echo(f"{say.text(treated.risk.title)} ({risk_id})")
    for line in say.risk_lines(treated, indent=2):
        click.echo(line)
    for change in history:
        click.echo("  " + say.history_line(change))


@risk_group.command("rate")
@click.argument("assessment_id", type=int)
@click.argument("risk_id")
@click.option("--likelihood", default=None, help="The assessor's likelihood step id.")
@click.option("--severity", default=None, help="The assessor's severity step id.")
@click.option("--reason", required=True, help="Why (required; shown in the report).")
@click.option("--by", default=_default_user, help=BY_HELP)
def risk_rate(assessment_id: int, risk_id: str, likelihood: str | None, severity: str | None,
              reason: str, by: str) -> None:
    """Rate RISK_ID yourself: its likelihood and / or severity, with a justification."""
    with _opened(assessment_id) as (ws, opened):
        treated = ws.rate_risk(opened, risk_id, likelihood=likelihood,
                                    severity=severity, reason=reason, by=by)
    say = RiskText(opened.pack, "en")
    click.echo(f"Rated {risk_id}: {say.position(treated.inherent)} "
               f"(rules: {say.position(treated.engine)}).")


@risk_group.command("treat")
@click.argument("assessment_id", type=int)
@click.argument("risk_id")
@click.argument("treatment", type=click.Choice(TREATMENTS))
@click.option("--reason", required=True, help="Why this treatment (required).")
@click.option("--by", default=_default_user, help=BY_HELP)
def risk_treat(assessment_id: int, risk_id: str, treatment: str, reason: str, by: str) -> None:
    """Choose the TREATMENT of RISK_ID: reduce, accept, avoid or transfer."""
    with _opened(assessment_id) as (ws, opened):
        ws.choose_treatment(opened, risk_id, treatment, reason=reason, by=by)
    click.echo(f"Treatment of {risk_id}: {treatment}.")


@risk_group.command("accept")
@click.argument("assessment_id", type=int)
@click.argument("risk_id")
@click.option("--by", "accepted_by", required=True, help="Who accepts the residual risk.")
@click.option("--role", required=True, help="Their role in the pack's acceptance policy.")
@click.option("--on", "accepted_on", default=None, help="Date of the acceptance (default: today).")
@click.option("--note", default="", help="A note kept with the acceptance.")
def risk_accept(assessment_id: int, risk_id: str, accepted_by: str, role: str,
                accepted_on: str | None, note: str) -> None:
    """Record who accepted what remains of RISK_ID once its plan is in place."""
    with _opened(assessment_id) as (ws, opened):
        outcome = ws.accept_risk(opened, risk_id, accepted_by=accepted_by, role=role,
                                      accepted_on=accepted_on, note=note)
    say = RiskText(opened.pack, "en")
    level = outcome.risk.judgement.acceptance.level if outcome.risk.judgement.acceptance else ""
    click.echo(f"Accepted {risk_id} at {say.level(level)} ({role}, {accepted_by}).")
    if outcome.notice is not None:
        click.echo(f"Note: {opened.pack.text(outcome.notice, 'en')}")


@risk_group.command("clear")
@click.argument("assessment_id", type=int)
@click.argument("risk_id")
@click.argument("part", type=click.Choice(PARTS))
@click.option("--by", default=_default_user, help=BY_HELP)
def risk_clear(assessment_id: int, risk_id: str, part: str, by: str) -> None:
    """Remove the rating, treatment or acceptance of RISK_ID (PART); the history keeps it."""
    with _opened(assessment_id) as (ws, opened):
        cleared = ws.clear_judgement(opened, risk_id, part, by=by)
    click.echo(f"Cleared the {part} of {risk_id}." if cleared
               else f"{risk_id} has no {part}; nothing changed.")


@risk_group.command("history")
@click.argument("assessment_id", type=int)
@click.argument("risk_id", required=False)
@click.option("--lang", default=None, help=LANG_HELP)
def risk_history(assessment_id: int, risk_id: str | None, lang: str | None) -> None:
    """Every change of the judgements of ASSESSMENT_ID (of RISK_ID only, if given)."""
    with _opened(assessment_id) as (ws, opened):
        changes = ws.judgement_history(assessment_id, risk_id)
    say = RiskText(opened.pack, lang or opened.record.language)
    if not changes:
        click.echo(say.words["no_history"])
    for change in changes:
        click.echo(say.history_line(change))


@risk_group.command("plan")
@click.argument("assessment_id", type=int)
@click.argument("measure_id")
@click.option("--status", type=click.Choice(PLAN_STATUSES), default=None,
              help="not_planned, planned, in_progress or done.")
@click.option("--owner", default=None, help="Who is in charge.")
@click.option("--due", "due_date", default=None, help="Due date, YYYY-MM-DD ('' removes it).")
@click.option("--note", default=None, help="A note kept with the plan.")
def risk_plan(assessment_id: int, measure_id: str, status: str | None, owner: str | None,
              due_date: str | None, note: str | None) -> None:
    """Plan MEASURE_ID: its status, owner, due date; the risks it treats move with it."""
    with _opened(assessment_id) as (ws, opened):
        try:
            register = ws.plan_measure(opened, measure_id, status=status, owner=owner,
                                             due_date=due_date, note=note)
        except ValueError as exc:  # a bad due date, from the store's checks
            raise UserError(str(exc)) from None
    say = RiskText(opened.pack, "en")
    click.echo(f"Saved the plan of {measure_id}.")
    for treated in register.risks:
        if any(m.measure.id == measure_id for m in treated.measures):
            click.echo(f"  {treated.risk.id}: {say.stages(treated)}")
