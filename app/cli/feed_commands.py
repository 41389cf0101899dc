"""``aipia feed build|add|list|check|install|remove``: pack feeds, for publishers and users."""

from __future__ import annotations

import textwrap
from pathlib import Path

import click

from app.cli.bundle_commands import passphrase, report_install
from app.cli.context import UserError, workspace
from app.core.model import version_key
from app.services import publishing as signing
from app.services.feed_schedule import local_time
from app.services.feeds import CheckOutcome, FeedStatus, Offer
from app.services.publishing import DEFAULT_VALID_DAYS, BuildError, build_feed
from app.services.records import FeedSubscription, UntrustedBundleError

LANG = click.option("--lang", default="en", show_default=True,
                    help="Language of pack titles and release notes (en, ko).")


@click.group("feed")
def feed_group() -> None:
    """Pack feeds: publish one, subscribe to one, learn of and install updates."""


@feed_group.command("build")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("-o", "--output", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Feed folder to write (keep it: the next build raises its version).")
@click.option("--key", "key_file", required=True,
              type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Private key to sign the index with (from 'aipia pack keygen').")
@click.option("--valid-days", default=DEFAULT_VALID_DAYS, show_default=True, type=int,
              help="Days until the index expires; build again before then.")
def feed_build(folder: Path, output: Path, key_file: Path, valid_days: int) -> None:
    """Write a signed feed of the bundles (.aipack) in FOLDER, with their release notes."""
    try:
        key = signing.load_private_key(key_file, passphrase(False))
        result = build_feed(folder, output, key, valid_days=valid_days)
    except BuildError as exc:
        for diagnostic in exc.diagnostics:
            click.echo(str(diagnostic), err=True)
        raise
    index = result.index
    click.echo(f"Wrote the feed in {output}: index version {index.version}, "
               f"{len(index.packs)} pack version(s), expires {index.expires.isoformat()}")
    for pack in index.packs:
        notes = ", ".join(sorted(pack.notes)) or "none"
        click.echo(f"  {pack.id} {pack.version}  {pack.file}  ({pack.size} bytes, notes: {notes})")
    click.echo(f"Fingerprint for subscribers: {signing.group(index.signer.key_id)}")


@feed_group.command("add")
@click.argument("location")
@click.option("--fingerprint", required=True,
              help="The publisher's key fingerprint (or the start of a key you trust).")
@click.option("--name", default="", help="A name to recognise the feed by.")
@click.option("--allow-http", is_flag=True,
              help="Allow plain http:// for a test server on this computer only.")
def feed_add(location: str, fingerprint: str, name: str, allow_http: bool) -> None:
    """Subscribe to the feed at LOCATION (an https:// address or a folder); no network yet."""
    with workspace() as ws:
        try:
            feed = ws.feeds().add(location, fingerprint, name, allow_http)
        except ValueError as exc:  # a name or location the store refuses
            raise UserError(str(exc)) from None
    click.echo(f"Added feed {feed.id}: {feed.location}")
    click.echo(f"Its index must be signed by {signing.group(feed.key_id)}")
    click.echo("Nothing was fetched. Check it with 'aipia feed check'.")


def _feed_line(feed: FeedSubscription) -> str:
    name = f" ({feed.name})" if feed.name else ""
    return f"Feed {feed.id}{name}: {feed.location}"


def _offer_lines(offer: Offer, language: str, notes: bool) -> list[str]:
    pack = offer.pack
    what = f"update from {offer.installed}" if offer.installed else "new pack"
    lines = [f"  {pack.id} {pack.version} ({what}): {pack.text(pack.title, language)}"]
    if notes and pack.notes:
        text = pack.text(pack.notes, language)
        lines += textwrap.wrap(text, 88, initial_indent="      ", subsequent_indent="      ")
    return lines


@feed_group.command("list")
@LANG
def feed_list(lang: str) -> None:
    """List your feeds, when each was checked, and what it offered then (no network)."""
    with workspace() as ws:
        statuses = ws.feeds().statuses()
    if not statuses:
        click.echo("No feeds. Add one with 'aipia feed add LOCATION --fingerprint FP'.")
    for status in statuses:
        for line in _status_lines(status, lang):
            click.echo(line)


def _status_lines(status: FeedStatus, language: str) -> list[str]:
    feed = status.feed
    lines = [_feed_line(feed), f"  key {signing.group(feed.key_id)}"]
    checked = local_time(feed.checked_at) or "never"
    version = f", index version {status.index.version}" if status.index else ""
    lines.append(f"  checked: {checked}{version}")
    if status.problem:
        lines.append(f"  problem: {status.problem}")
    for offer in status.offers:
        lines += _offer_lines(offer, language, notes=False)
    return lines


def _outcome_lines(outcome: CheckOutcome, language: str) -> list[str]:
    lines = [_feed_line(outcome.feed)]
    if outcome.error:
        return [*lines, f"  refused: {outcome.error}"]
    lines[0] += f" (index version {outcome.feed.index_version})"
    for offer in outcome.offers:
        lines += _offer_lines(offer, language, notes=True)
    return lines if outcome.offers else [*lines, "  up to date"]


@feed_group.command("check")
@click.argument("feed", required=False)
@LANG
def feed_check(feed: str | None, lang: str) -> None:
    """Fetch and verify FEED's index (default: every feed) and list the updates it offers."""
    with workspace() as ws:
        feeds = ws.feeds()
        chosen = None if feed is None else [feeds.find(feed)]
        outcomes = feeds.check(chosen)
    for outcome in outcomes:
        for line in _outcome_lines(outcome, lang):
            click.echo(line, err=outcome.error is not None)
    if not outcomes:
        click.echo("No feeds. Add one with 'aipia feed add LOCATION --fingerprint FP'.")
    failed = [o for o in outcomes if o.error]
    if failed:
        raise UserError(f"{len(failed)} feed(s) could not be checked; nothing was changed")
    if any(o.offers for o in outcomes):
        click.echo("Install with 'aipia feed install' (updates) or 'aipia feed install PACK_ID'.")


@feed_group.command("install")
@click.argument("pack_ids", metavar="[PACK_ID]...", nargs=-1)
@click.option("--feed", "feed_ref", default=None, help="Only this feed (number or location).")
def feed_install(pack_ids: tuple[str, ...], feed_ref: str | None) -> None:
    """Check the feeds, then install the updates of installed packs (or the PACK_IDs named)."""
    with workspace() as ws:
        feeds = ws.feeds()
        chosen = None if feed_ref is None else [feeds.find(feed_ref)]
        outcomes = feeds.check(chosen)
        for outcome in outcomes:
            if outcome.error:
                click.echo(f"{_feed_line(outcome.feed)}\n  refused: {outcome.error}", err=True)
        wanted = _wanted(outcomes, pack_ids)
        if not wanted:
            click.echo("Nothing to install: no feed offers an update of an installed pack.")
        for outcome, offer in wanted:
            click.echo(f"Downloading {offer.pack.id} {offer.pack.version} from "
                       f"{outcome.feed.location}")
            try:
                result = feeds.install(outcome.feed, offer.pack)
            except (UserError, OSError) as exc:
                hint = (" Trust its key first ('aipia trust add'), comparing the fingerprint."
                        if isinstance(exc, UntrustedBundleError) else "")
                raise UserError(f"{offer.pack.id} {offer.pack.version} was not installed: "
                                f"{exc}{hint}") from None
            report_install(ws, result)


def _wanted(outcomes: list[CheckOutcome],
            pack_ids: tuple[str, ...]) -> list[tuple[CheckOutcome, Offer]]:
    """The offers to install: the named packs, else every update of an installed pack."""
    best: dict[str, tuple[CheckOutcome, Offer]] = {}
    for outcome in outcomes:
        for offer in outcome.offers:
            held = best.get(offer.pack.id)
            if held is None or version_key(offer.pack.version) > version_key(held[1].pack.version):
                best[offer.pack.id] = (outcome, offer)
    found = list(best.values())
    if not pack_ids:
        return [(o, offer) for o, offer in found if offer.is_update]
    chosen = [(o, offer) for o, offer in found if offer.pack.id in pack_ids]
    missing = sorted(set(pack_ids) - {offer.pack.id for _o, offer in chosen})
    if missing:
        raise UserError(f"no feed offers a newer {missing[0]} (see 'aipia feed check')")
    return chosen


@feed_group.command("remove")
@click.argument("feed")
def feed_remove(feed: str) -> None:
    """Stop following FEED (its number in 'aipia feed list', or its location)."""
    with workspace() as ws:
        removed = ws.feeds().remove(feed)
    click.echo(f"Removed feed {removed.id}: {removed.location}. Installed packs stay installed.")
