"""The digest run: intake → ledger → summaries per language → email → send, exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from summarizer.config import Settings
from summarizer.digest import feeds, headers, ledger, mail
from summarizer.digest.config import DigestConfig
from summarizer.digest.copies import check_out, write_copies
from summarizer.digest.early import HeadStart
from summarizer.digest.headers import Envelope
from summarizer.digest.intake import fetch_all, usable
from summarizer.digest.ledger import Ledger, Outgoing, Stored
from summarizer.digest.mail import Entry, Letter
from summarizer.digest.readers import Recipient
from summarizer.errors import DeliveryError, ModelError, SummarizerError
from summarizer.state.folder import state_dir
from summarizer.state.runlock import RunLock
from summarizer.summary import Summary

RETRIED = "it goes into the next digest"


@dataclass(frozen=True)
class Options:
    """How this run behaves: send or only preview, where copies go, how far back to look."""

    send: bool
    out: Path | None = None
    since: float | None = None
    via_batch: bool = False
    max_bytes: int = 20_000_000
    now: datetime = field(default_factory=lambda: datetime.now().astimezone())


@dataclass(frozen=True)
class Outcome:
    """What a run did, for the CLI to report."""

    articles: int
    failed: tuple[Entry, ...]
    source_failures: tuple[feeds.SourceFailure, ...]
    messages: tuple[Outgoing, ...]
    resent: tuple[Outgoing, ...] = ()
    undelivered: tuple[tuple[str, str], ...] = ()
    written: tuple[Path, ...] = ()
    waiting: str | None = None
    retry: tuple[int, ...] = ()
    """Ledger ids of articles the model failed on: released for the next digest."""


Deliver = Callable[[Outgoing], None]


async def run(
    config: DigestConfig, settings: Settings, options: Options, deliver: Deliver
) -> Outcome:
    """One digest run; with `options.send`, under the run lock and recorded in the ledger."""
    state = state_dir()
    check_out(options.out, len(_audience(config, options.send)))
    async with HeadStart(settings, config.languages, config.length) as head:
        if not options.send:
            with contextlib.closing(ledger.open_ledger(state)) as book:
                stored, failures = await _intake(config, options, book, None, head)
                outcome = await _finish(config, options, stored, failures, None, head)
                return replace(outcome, written=write_copies(outcome.messages, options.out))
        return await _send(config, settings, options, deliver, head)


async def _send(
    config: DigestConfig, settings: Settings, options: Options, deliver: Deliver, head: HeadStart
) -> Outcome:
    """A run that sends: under the run lock, recorded in the ledger."""
    state = state_dir()
    readers = {r.mailbox.address for r in config.recipients}
    with RunLock(state), contextlib.closing(ledger.open_ledger(state)) as book:
        book.bind(str(config.path))
        resent, stuck = _flush(book, deliver, readers)
        edition = book.open_edition()
        if options.via_batch:
            # the Batch API side (summarizer.batch) loads only for a run that uses it
            from summarizer.digest import via_batch

            intake = functools.partial(_intake, config, options, book, edition)
            waiting = await via_batch.advance(config, settings, book, edition, intake)
            if waiting is not None and not waiting.go_on:
                return Outcome(
                    waiting.articles,
                    (),
                    waiting.failures,
                    (),
                    resent=resent,
                    undelivered=tuple(stuck.items()),
                    waiting=waiting.message,
                )
            failures = waiting.failures if waiting is not None else ()
            stored = book.claimed(edition)
        else:
            stored, failures = await _intake(config, options, book, edition, head)
        outcome = await _finish(config, options, stored, failures, edition, head)
        if outcome.messages:
            book.compose(edition, outcome.messages, release=outcome.retry)
            _, failed = _flush(book, deliver, readers)
            stuck = {**stuck, **failed}
        written = write_copies(outcome.messages, options.out)
        return replace(outcome, resent=resent, undelivered=tuple(stuck.items()), written=written)


def _flush(
    book: Ledger, deliver: Deliver, readers: set[str]
) -> tuple[tuple[Outgoing, ...], dict[str, str]]:
    """Send every pending message to a current reader, marking each one the server accepted."""
    # refusals stay pending (a reader removed from the config gets nothing more), and once the
    # server is unreachable the rest are not tried
    done, refused, down = [], {}, ""
    for message in (m for m in book.pending() if m.recipient in readers):
        if down:
            refused[message.recipient] = f"not tried, the server is unreachable: {down}"
            continue
        try:
            deliver(message)
        except DeliveryError as exc:
            refused[message.recipient] = str(exc)
            down = "" if exc.evidence.get("code") is not None else str(exc)
            continue
        book.mark_sent(message.message_id)
        done.append(message)
    return tuple(done), refused


async def _intake(
    config: DigestConfig,
    options: Options,
    book: Ledger,
    edition: int | None,
    head: HeadStart | None = None,
) -> tuple[list[Stored], tuple[feeds.SourceFailure, ...]]:
    """The edition's articles after claiming what is new (a preview, claiming nothing, if None)."""
    # with `head`, the summaries of those it will claim begin as they are read
    found = feeds.discover(
        config.sources, book.validators, since=options.since, policy=config.fetch
    )
    fresh = [item for item in found.items if not book.known(item.canonical)]
    read = None
    if head is not None:
        held = [s for s in book.claimed(edition) if s.article] if edition is not None else []
        read = head.reader(config.max_articles - len(held), lambda a: not book.holds(a.sha256))
    items = usable(fresh, config.max_articles)
    claims = await fetch_all(items, options.max_bytes, config.fetch, read)
    if edition is None:
        return book.preview(claims), found.failures
    book.claim(edition, claims, found.feeds)
    return book.claimed(edition), found.failures


async def _finish(
    config: DigestConfig,
    options: Options,
    stored: Sequence[Stored],
    failures: tuple[feeds.SourceFailure, ...],
    edition: int | None,
    head: HeadStart,
) -> Outcome:
    """Summarize the articles and compose one message per reader (none when there are none)."""
    if not stored:
        return Outcome(0, (), failures, ())
    letters, retry = await _letters(config, options, stored, head)
    messages = _messages(config, letters, options, edition)
    failed = tuple({e.link: e for x in letters.values() for e in x.entries if e.error}.values())
    return Outcome(len(stored), failed, failures, messages, retry=tuple(sorted(retry)))


async def _letters(
    config: DigestConfig, options: Options, stored: Sequence[Stored], head: HeadStart
) -> tuple[dict[str, Letter], frozenset[int]]:
    """One letter per reader language, and the articles the model failed on."""
    # summaries are made once per article and language; failed articles go back to the next digest.
    # When the model failed on every article, a ModelError: nothing is sent and the articles wait
    # for the next run.
    good = [s for s in stored if s.article is not None][: config.max_articles]
    extra = [s for s in stored if s.article is not None][config.max_articles :]
    failed = [s for s in stored if s.article is None]
    await head.engine()  # an engine that cannot open stops the run, even with nothing to do
    entries, model_failed = await _summaries(head, good, config.languages)
    letters = {}
    for lang in config.languages:
        ordered = [entries[(s.id, lang)] for s in good] + [_entry(s, None, s.error) for s in failed]
        letters[lang] = Letter(
            title=config.title,
            lang=lang,
            date=options.now,
            entries=tuple(ordered),
            extra=tuple(_entry(s, None, None) for s in extra),
        )
    if good and len(model_failed) == len(good):
        reason = next(e.error for e in entries.values() if e.error)
        raise ModelError(
            f"the model failed for every article, so no digest was sent; the {len(good)} "
            f"articles wait for the next run (first error: {reason})",
            articles=len(good),
        )
    return letters, model_failed


async def _summaries(
    head: HeadStart, stored: Sequence[Stored], langs: Sequence[str]
) -> tuple[dict[tuple[int, str], Entry], frozenset[int]]:
    """Every (article, language) summary, those begun while reading included."""
    # the model client admits `concurrency` calls at once, and AHEAD times as many articles are
    # under way (see pipeline.run_many)

    async def one(pair: tuple[Stored, str]) -> tuple[tuple[int, str], Entry, bool]:
        item, lang = pair
        assert item.article is not None
        try:
            made = await head.summary(item.article, lang)
        except ModelError as exc:
            return (item.id, lang), _entry(item, None, f"{exc} ({RETRIED})"), True
        except SummarizerError as exc:
            return (item.id, lang), _entry(item, None, str(exc)), False
        return (item.id, lang), _entry(item, made, None), False

    pairs = [(s, lang) for s in stored for lang in langs]
    done = await asyncio.gather(*(one(pair) for pair in pairs))
    return {key: entry for key, entry, _ in done}, frozenset(k[0] for k, _, bad in done if bad)


def _entry(item: Stored, made: Summary | None, error: str | None) -> Entry:
    """The email's view of one article."""
    return Entry(item.title, item.outlet, item.link, summary=made, error=error)


def _messages(
    config: DigestConfig, letters: dict[str, Letter], options: Options, edition: int | None
) -> tuple[Outgoing, ...]:
    """One message per recipient, in their language, identified stably."""
    key = f"{options.now:%Y%m%d}-{edition}" if edition is not None else "preview"
    out = []
    for person in _audience(config, options.send):
        mid = headers.message_id(key, person.lang, person.mailbox.address, config.sender.address)
        envelope = Envelope(config.sender, person.mailbox, mid, config.unsubscribe)
        raw = mail.compose(letters[person.lang], envelope, max_bytes=config.max_email_bytes)
        out.append(Outgoing(edition or 0, person.mailbox.address, person.lang, mid, raw))
    return tuple(out)


def _audience(config: DigestConfig, send: bool) -> tuple[Recipient, ...]:
    """Everyone when sending; the first reader of each language for a preview."""
    if send:
        return config.recipients
    firsts = {r.lang: r for r in reversed(config.recipients)}
    return tuple(firsts[lang] for lang in config.languages)
