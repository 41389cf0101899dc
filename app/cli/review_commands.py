"""``aipia assessment status | review | opinion | revisions | compare | plan``: the review
workflow on the command line (the same services as the desktop app).

Who did it is ``--by``, else the name kept with ``aipia preferences name``, else
the login name.
"""

from __future__ import annotations

import json

import click

from app.cli.context import workspace
from app.core.model import PRIORITY_ORDER
from app.core.review.compare import CHANGE_PARTS, Comparison
from app.core.review.records import OPINION_KINDS, STANCES, VERDICTS
from app.core.statuses import ASSESSMENT_STATUSES
from app.services import review, revisions
from app.services.review import ReviewState
from app.services.risk_treatment import risk_register

BY_HELP = "Who does it (default: your name from 'aipia preferences name', else your login)."
ACTIONS = {"submit": "sent to review", "request_changes": "changes requested",
           "approve": "approved", "reopen": "new revision started", "archive": "archived",
           "restore": "restored", "migrated": "status carried over"}


@click.command("status")
@click.argument("assessment_id", type=int)
@click.argument("status", required=False, type=click.Choice(ASSESSMENT_STATUSES))
@click.option("--comment", default="", help="Why (required to send it back to draft).")
@click.option("--by", default=None, help=BY_HELP)
def status_command(assessment_id: int, status: str | None, comment: str, by: str | None) -> None:
    """Show the status of ASSESSMENT_ID, or move it to STATUS.

    draft -> in_review -> approved (each approval keeps a revision), or back
    to draft with changes requested; approved -> draft starts a new revision.
    """
    with workspace() as ws:
        if status is not None:
            event = review.change_status(ws, assessment_id, status, by=by, comment=comment)
            made = f" (revision {event.revision})" if event.revision else ""
            click.echo(f"Assessment {assessment_id}: {event.from_status} -> {event.to_status}"
                       f"{made}, {ACTIONS[event.action]} by {event.by}.")
        state = review.review_state(ws, assessment_id)
    click.echo(_status_line(state))


def _status_line(state: ReviewState) -> str:
    record = state.record
    latest = f"; last approved: revision {state.latest.number} on " \
             f"{state.latest.approved_at[:10]} by {state.latest.approved_by}" if state.latest \
        else ""
    working = "read-only until a new revision starts" if state.locked \
        else f"working on revision {state.working}"
    moves = ", ".join(state.moves) or "none"
    return (f"#{record.id} {record.title}: {record.status} ({working}{latest}). "
            f"Can move to: {moves}.")


@click.command("review")
@click.argument("assessment_id", type=int)
@click.option("--section", default=None, help="The section judged or commented on.")
@click.option("--verdict", type=click.Choice(VERDICTS), default=None,
              help="acceptable, improvable or to_fix (needs --section; in review only).")
@click.option("--comment", default=None, help="A comment (with --verdict, its reason).")
@click.option("--by", default=None, help=BY_HELP)
@click.option("--lang", default=None, help="Language of section titles (default: the "
              "assessment's).")
def review_command(assessment_id: int, section: str | None, verdict: str | None,
                   comment: str | None, by: str | None, lang: str | None) -> None:
    """Judge a section of ASSESSMENT_ID, comment, or (with no option) show the review."""
    with workspace() as ws:
        if verdict is not None:
            if section is None:
                raise click.UsageError("--verdict needs --section SECTION_ID")
            review.judge_section(ws, assessment_id, section, verdict, comment=comment or "",
                                 by=by)
            click.echo(f"Section {section}: {verdict}.")
        elif comment is not None:
            review.add_comment(ws, assessment_id, comment, section_id=section, by=by)
            click.echo(f"Comment saved on {section or 'the whole assessment'}.")
        state = review.review_state(ws, assessment_id, lang)
    if verdict is None and comment is None:
        for line in review_lines(state):
            click.echo(line)


def review_lines(state: ReviewState) -> list[str]:
    """The review as text: status, sections, comments, opinions, trail."""
    lines = [_status_line(state), "", "Sections:"]
    for s in state.sections:
        mark = s.verdict.verdict if s.verdict else "-"
        why = f" — {s.verdict.comment} ({s.verdict.by})" if s.verdict and s.verdict.comment \
            else ""
        files = f" [{s.attachments} file(s)]" if s.attachments else ""
        lines.append(f"  {mark:<11} {s.section_id}: {s.title}{files}{why}")
        lines += [f"    > {c.body} ({c.by}, {c.at[:10]})" for c in s.comments]
    lines += [f"  > {c.body} ({c.by}, {c.at[:10]})" for c in state.general_comments]
    lines += ["", "Opinions:"] + [_opinion_line(kind, state) for kind in OPINION_KINDS]
    lines += ["", "Trail:"] + [
        f"  {e.at[:16].replace('T', ' ')} UTC  {ACTIONS.get(e.action, e.action):<20} {e.by}"
        + (f" (revision {e.revision})" if e.revision else "")
        + (f": {e.comment}" if e.comment else "") for e in state.events] + (
        [] if state.events else ["  (not sent to review yet)"])
    return lines


def _opinion_line(kind: str, state: ReviewState) -> str:
    opinion = state.opinions.get(kind)
    label = "DPO" if kind == "dpo" else "People concerned"
    if opinion is None:
        return f"  {label}: not recorded"
    if not opinion.asked:
        return f"  {label}: not asked — {opinion.reason}"
    return f"  {label}: {opinion.stance}{f' ({opinion.name})' if opinion.name else ''} — " \
           f"{opinion.text}"


@click.command("opinion")
@click.argument("assessment_id", type=int)
@click.argument("kind", type=click.Choice(OPINION_KINDS))
@click.option("--stance", type=click.Choice(STANCES), default=None,
              help="favourable or unfavourable.")
@click.option("--text", default="", help="The opinion.")
@click.option("--name", default="", help="Whose opinion (the DPO, or who was asked).")
@click.option("--not-asked", "not_asked", is_flag=True,
              help="The people concerned were not asked (give --reason).")
@click.option("--reason", default="", help="Why they were not asked.")
@click.option("--by", default=None, help=BY_HELP)
def opinion_command(assessment_id: int, kind: str, stance: str | None, text: str, name: str,
                    not_asked: bool, reason: str, by: str | None) -> None:
    """Record the DPO's opinion, or the opinion of the people concerned (KIND)."""
    with workspace() as ws:
        saved = review.record_opinion(ws, assessment_id, kind, asked=not not_asked, name=name,
                                      stance=stance or "", text=text, reason=reason, by=by)
    about = f" (about revision {saved.revision})" if saved.revision else ""
    click.echo(f"Recorded the {kind} opinion{about}.")


@click.command("revisions")
@click.argument("assessment_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print them as JSON.")
def revisions_command(assessment_id: int, as_json: bool) -> None:
    """List the approved revisions of ASSESSMENT_ID (each approval keeps one)."""
    with workspace() as ws:
        found = revisions.list_revisions(ws, assessment_id)
        changed = revisions.changed_since_revision(ws, assessment_id)
    if as_json:
        click.echo(json.dumps([vars(r) for r in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("No revision yet: a revision is kept each time the assessment is approved.")
    for r in found:
        note = f" — {r.comment}" if r.comment else ""
        click.echo(f"{r.number:>3}  {r.approved_at[:16].replace('T', ' ')} UTC  {r.approved_by}"
                   f"  {r.pack_id} {r.pack_version}  SHA-256 {r.snapshot_hash[:16]}…{note}")
    if changed:
        click.echo("Changed since the last revision (not approved yet).")


@click.command("compare")
@click.argument("assessment_id", type=int)
@click.option("--from", "before", type=int, default=None,
              help="Revision to compare from (default: the last one).")
@click.option("--to", "after", type=int, default=None,
              help="Revision to compare to (default: the work as it is now).")
@click.option("--with", "other", type=int, default=None,
              help="Compare from another assessment instead (e.g. last year's).")
@click.option("--lang", default=None,
              help="Language of the titles, answers, plan statuses and verdicts.")
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
def compare_command(assessment_id: int, before: int | None, after: int | None,
                    other: int | None, lang: str | None, as_json: bool) -> None:
    """What changed in ASSESSMENT_ID: between two revisions, or since another assessment."""
    with workspace() as ws:
        if other is not None:
            found = revisions.compare_assessments(ws, other, assessment_id, lang)
        else:
            latest = ws.store.latest_revision(assessment_id)
            start = before if before is not None else (latest.number if latest else 1)
            found = revisions.compare_revisions(ws, assessment_id, start, after, lang)
    if as_json:
        click.echo(json.dumps(found.to_json(), indent=2, ensure_ascii=False))
    else:
        for line in comparison_lines(found):
            click.echo(line)


def comparison_lines(found: Comparison) -> list[str]:
    lines = [f"From {found.left} to {found.right}:", *[f"Note: {n}" for n in found.notes]]
    if found.empty:
        return [*lines, "Nothing changed."]
    for part in CHANGE_PARTS:
        changes = getattr(found, part)
        if changes:
            lines.append(f"{part.capitalize()}:")
        for c in changes:
            what = f"{c.title} [{c.group}]" if part == "evidence" else c.item
            stage = f" [{c.group}]" if part == "risks" else ""
            lines.append(f"  {c.kind:<8} {what}{stage}: {c.before} -> {c.after}")
    return lines


@click.command("plan")
@click.argument("assessment_id", type=int)
@click.option("--lang", default=None, help="Language of the measure titles.")
def plan_command(assessment_id: int, lang: str | None) -> None:
    """List the action plan of ASSESSMENT_ID: each measure's status, owner and due date.

    Change a measure's plan with 'aipia risk plan'; export the plan with
    'aipia report ID --format xlsx' (or csv).
    """
    with workspace() as ws:
        opened = ws.open(assessment_id)
        register = risk_register(ws, opened)
        plans = ws.store.get_measure_plans(assessment_id)
    language = lang or opened.record.language
    measures = {m.measure.id: m for treated in register.risks for m in treated.measures}
    if not measures:
        click.echo("No measure is recommended: the answers raise no risk.")
    for measure_id, state in sorted(measures.items(),
                                    key=lambda kv: PRIORITY_ORDER[kv[1].measure.priority]):
        plan = plans.get(measure_id)
        owner = plan.owner if plan and plan.owner else "-"
        due = plan.due_date if plan and plan.due_date else "-"
        click.echo(f"{state.measure.priority:<6} {state.status:<11} {measure_id:<32} "
                   f"owner {owner:<16} due {due:<10} "
                   f"{opened.pack.text(state.measure.title, language)}")


COMMANDS = (status_command, review_command, opinion_command, revisions_command,
            compare_command, plan_command)
