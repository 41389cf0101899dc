"""``aipia assessment``: create, list, read, answer, export and import assessments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from app.cli import package_io
from app.cli.context import UserError, workspace
from app.cli.show_text import show_assessment
from app.core.answers import Answer
from app.core.answers.text import choice_ids, parse_answer_text
from app.core.diagnostics import did_you_mean
from app.core.kinds import kind_of
from app.core.model import AnyQuestion
from app.core.pack import Pack
from app.core.treatment.carry import JudgementCarry
from app.services.exchange import looks_like_package

# typed as a value, these mean an answer state, given with --unknown / --na
STATE_WORDS = frozenset({"unknown", "n/a", "na", "not applicable", "not_applicable",
                         "모름", "해당없음", "해당 없음"})


@click.group()
def assessment() -> None:
    """Assessments: one organization's answers to one pack."""


@assessment.command("new")
@click.option("--org", "organization", required=True, help="Organization name (created if new).")
@click.option("--title", required=True, help="Title of the assessment.")
@click.option("--pack", "pack_id", default=None, help="Pack id (default: the built-in pack).")
@click.option("--pack-version", default=None, help="Pack version (default: the newest).")
@click.option("--lang", "language", default=None,
              help="Language of the questions: one of the questionnaire's (e.g. en, ko, fr).")
def assessment_new(
    organization: str,
    title: str,
    pack_id: str | None,
    pack_version: str | None,
    language: str | None,
) -> None:
    """Start a new assessment."""
    with workspace() as ws:
        created = ws.new_assessment(organization, title, pack_id, pack_version, language)
    click.echo(
        f"Created assessment {created.id}: {created.title} "
        f"({created.pack_id} {created.pack_version}, {created.language})"
    )


@assessment.command("list")
@click.option("--org", "organization", default=None, help="Only this organization's.")
@click.option("--search", default=None, help="Match title or organization.")
@click.option("--all", "show_all", is_flag=True, help="Include archived assessments.")
def assessment_list(organization: str | None, search: str | None, show_all: bool) -> None:
    """List assessments."""
    with workspace() as ws:
        org_id = None
        if organization:
            found = ws.find_client(organization)
            if found is None:
                raise UserError(f"no organization called '{organization}'")
            org_id = found.id
        rows = ws.list_assessments(org_id, include_archived=show_all, search=search)
    if not rows:
        click.echo("No assessments. Start one with: aipia assessment new --org NAME --title TITLE")
    for row in rows:
        updated = local_time(row.updated_at)
        click.echo(
            f"{row.id:>4}  {row.organization_name} / {row.title}  [{row.status}]  "
            f"{row.pack_id} {row.pack_version}  {row.language}  updated {updated}"
        )


def local_time(stored: str) -> str:
    """``2026-11-28T13:36:53.957Z`` as the reader's local ``2026-11-28 22:36``."""
    try:
        moment = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except ValueError:
        return stored
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@assessment.command("show")
@click.argument("assessment_id", type=int)
@click.option("--lang", default=None, help="Language to show the questions in.")
@click.option(
    "--all", "show_hidden", is_flag=True, help="Also list questions hidden by conditions."
)
def assessment_show(assessment_id: int, lang: str | None, show_hidden: bool) -> None:
    """Show ASSESSMENT_ID: every question with its answer, progress, problems and risks."""
    with workspace() as ws:
        opened = ws.open(assessment_id)
        register = ws.risk_register(opened)
        click.echo(show_assessment(opened, lang or opened.record.language, show_hidden, register))


@assessment.command("answer")
@click.argument("assessment_id", type=int)
@click.argument("question_id")
@click.argument("value", required=False)
@click.option("--unknown", "state", flag_value="unknown", help='Answer "unknown".')
@click.option("--na", "state", flag_value="not_applicable", help='Answer "not applicable".')
@click.option("--clear", "state", flag_value="clear", help="Remove the answer.")
@click.option("--note", default=None, help="A note kept with the answer.")
def assessment_answer(
    assessment_id: int, question_id: str, value: str | None, state: str | None, note: str | None
) -> None:
    """Answer QUESTION_ID of ASSESSMENT_ID with VALUE.

    VALUE is a choice id (yes, no, partial or the pack's ids), several ids
    separated by commas, a number, a date (YYYY-MM-DD), text, or a table as a
    JSON list of rows. Put -- before a negative number: answer 1 q -- -5.
    """
    if (value is None) == (state is None):
        raise UserError("give either VALUE or one of --unknown, --na, --clear")
    with workspace() as ws:
        opened = ws.open(assessment_id)
        question = opened.pack.questions.get(question_id)
        if question is None:
            hint = did_you_mean(question_id, opened.pack.questions)
            raise UserError(f"no question '{question_id}' in pack {opened.pack.id}"
                            + (f"; {hint}" if hint else "; 'aipia assessment show' lists them"))
        word = (value or "").strip().casefold()
        state_note = None
        if word in STATE_WORDS and word not in choice_ids(opened.pack, question):
            state_note = state_word_note(question_id, kind_of(question).free_text, word)
        answer = _answer(opened.pack, question, value, state)
        changed = ws.save_answer(opened, question_id, answer, note)
        if not opened.session.is_visible(question_id):
            click.echo(
                f"Note: '{question_id}' is hidden by its conditions; the answer is kept "
                "but does not count."
            )
    click.echo(f"Saved {question_id}.")
    if state_note:
        click.echo(state_note, err=True)
    for qid in sorted(changed):
        shown = "now shown" if opened.session.is_visible(qid) else "now hidden"
        click.echo(f"  {qid}: {shown}")


def state_word_note(question_id: str, free_text: bool, word: str) -> str:
    """'unknown' or 'n/a' typed as the value: how to give that state instead.

    A question of free text takes the word as text (the returned note says how
    to give the state instead); any other type refuses it.
    """
    how = ("to answer \"unknown\", use --unknown; for \"not applicable\", use --na "
           f"(e.g. aipia assessment answer ID {question_id} --unknown)")
    if not free_text:
        raise UserError(f"{question_id}: {word!r} is not a value of this question: {how}")
    return f"Note: saved the text {word!r}; {how}"


def _answer(pack: Pack, question: AnyQuestion, value: str | None,
            state: str | None) -> Answer | None:
    if state == "clear":
        return None
    if state == "unknown":
        return Answer.unknown()
    if state == "not_applicable":
        return Answer.not_applicable()
    assert value is not None  # noqa: S101 - checked by the caller
    return parse_answer_text(pack, question, value)


@assessment.command("export")
@click.argument("assessment_id", type=int)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSON file to write.",
)
@click.option("--package", is_flag=True,
              help="Write one exchange file with the attachments, revisions and review.")
@click.option("--encrypt", is_flag=True, help="Encrypt the exchange file with a passphrase.")
def assessment_export(assessment_id: int, output: Path, package: bool, encrypt: bool) -> None:
    """Export ASSESSMENT_ID (pack id, version and hash, every answer and note) as JSON.

    With --package (or --encrypt): one exchange file with everything, to move
    an assessment with its evidence and history to another machine.
    """
    if package or encrypt:
        with workspace() as ws:
            click.echo(package_io.export_package(ws, assessment_id, output, encrypt))
        return
    with workspace() as ws:
        try:
            data = ws.export_to(assessment_id, output)
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    click.echo(f"Exported assessment {assessment_id} ({len(data['answers'])} answers) to {output}")


@assessment.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--as-copy", is_flag=True, help="Import as a new assessment even if it exists here.")
def assessment_import(file: Path, as_copy: bool) -> None:
    """Import an exported assessment FILE; nothing is written unless all of it is valid.

    FILE is a JSON export or an exchange file (``--package``); an encrypted one
    asks for its passphrase (or reads AIPIA_PASSPHRASE).
    """
    if looks_like_package(file):
        with workspace() as ws:
            for line in package_io.import_package(ws, file, as_copy):
                click.echo(line, err=line.startswith("Warning:"))
        return
    with workspace() as ws:
        meta = ws.read_import(file).assessment
        title = ws.copy_title(meta.organization, meta.title, meta.language)
        outcome = ws.import_file(file, as_copy=as_copy, title=title)
        imported = outcome.record
        count = ws.answer_count(imported.id)
        original = meta.title
    for warning in outcome.warnings:
        click.echo(f"Warning: {file}: {warning}", err=True)
    click.echo(
        f"Imported assessment {imported.id}: {imported.organization_name} / "
        f"{imported.title} ({count} answers)"
    )
    if imported.title != original:
        click.echo(f"It is a copy: {imported.organization_name} already has an assessment "
                   f"called '{original}', so this one is called '{imported.title}'.")


@assessment.command("upgrade")
@click.argument("assessment_id", type=int)
@click.option("--to", "version", default=None,
              help="Pack version to move to (default: the newest installed).")
@click.option("--dry-run", is_flag=True, help="Only show what would change.")
def assessment_upgrade(assessment_id: int, version: str | None, dry_run: bool) -> None:
    """Move ASSESSMENT_ID to a newer installed version of its pack, and say what changed.

    Answers move by id and by the renames the new version declares; answers
    whose question was removed, or that no longer fit, are archived (never
    deleted); new and changed questions are flagged for review. The database
    is backed up first and the upgrade is one transaction.
    """
    carry: JudgementCarry | None
    with workspace() as ws:
        if dry_run:
            plan = ws.plan_upgrade(assessment_id, version)
            carry = ws.plan_judgement_carry(assessment_id, plan.new_version)
        else:
            outcome = ws.upgrade(assessment_id, version)
            plan, carry = outcome.plan, outcome.judgements
    for line in [*plan.lines(), *(carry.lines() if carry else [])]:
        click.echo(line)
    if dry_run:
        click.echo("Dry run: nothing was changed.")
    else:
        click.echo(f"Upgraded assessment {assessment_id} to {plan.pack_id} {plan.new_version}. "
                   f"Backup of the database before the upgrade: {outcome.backup}")
