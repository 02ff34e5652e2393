"""The digest run: intake → ledger → summaries per language → email → send, exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from summarizer import source
from summarizer.concurrency import gather
from summarizer.config import Settings
from summarizer.digest import feeds, headers, ledger, mail, via_batch
from summarizer.digest.config import DigestConfig
from summarizer.digest.copies import check_out, write_copies
from summarizer.digest.headers import Envelope
from summarizer.digest.ledger import Claim, Ledger, Outgoing, Stored
from summarizer.digest.mail import Entry, Letter
from summarizer.digest.readers import Recipient
from summarizer.engines.base import Engine, Request
from summarizer.engines.registry import open_engine
from summarizer.errors import DeliveryError, ModelError, SummarizerError
from summarizer.pipeline import AHEAD, summarize
from summarizer.source.policy import Policy
from summarizer.state.folder import state_dir
from summarizer.state.runlock import RunLock
from summarizer.summary import Summary

FETCH_CONCURRENCY = 8
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
    if not options.send:
        with contextlib.closing(ledger.open_ledger(state)) as book:
            stored, failures = await _intake(config, options, book, None)
            outcome = await _finish(config, settings, options, stored, failures, None)
            return replace(outcome, written=write_copies(outcome.messages, options.out))
    readers = {r.mailbox.address for r in config.recipients}
    with RunLock(state), contextlib.closing(ledger.open_ledger(state)) as book:
        book.bind(str(config.path))
        resent, stuck = _flush(book, deliver, readers)
        edition = book.open_edition()
        if options.via_batch:
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
            stored, failures = await _intake(config, options, book, edition)
        outcome = await _finish(config, settings, options, stored, failures, edition)
        if outcome.messages:
            book.compose(edition, outcome.messages, release=outcome.retry)
            _, failed = _flush(book, deliver, readers)
            stuck = {**stuck, **failed}
        written = write_copies(outcome.messages, options.out)
        return replace(outcome, resent=resent, undelivered=tuple(stuck.items()), written=written)


def _flush(
    book: Ledger, deliver: Deliver, readers: set[str]
) -> tuple[tuple[Outgoing, ...], dict[str, str]]:
    """Send every pending message to a current reader, marking each one the server accepted;
    refusals stay pending (a reader removed from the config gets nothing more), and once the
    server is unreachable the rest are not tried."""
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
    config: DigestConfig, options: Options, book: Ledger, edition: int | None
) -> tuple[list[Stored], tuple[feeds.SourceFailure, ...]]:
    """The edition's articles after claiming what is new (a preview, claiming nothing, if None)."""
    found = feeds.discover(
        config.sources, book.validators, since=options.since, policy=config.fetch
    )
    fresh = [item for item in found.items if not book.known(item.canonical)]
    claims = await _fetch(usable(fresh, config.max_articles), options.max_bytes, config.fetch)
    if edition is None:
        return book.preview(claims), found.failures
    book.claim(edition, claims, found.feeds)
    return book.claimed(edition), found.failures


async def _finish(
    config: DigestConfig,
    settings: Settings,
    options: Options,
    stored: Sequence[Stored],
    failures: tuple[feeds.SourceFailure, ...],
    edition: int | None,
) -> Outcome:
    """Summarize the articles and compose one message per reader (none when there are none)."""
    if not stored:
        return Outcome(0, (), failures, ())
    letters, retry = await _letters(config, settings, options, stored)
    messages = _messages(config, letters, options, edition)
    failed = tuple({e.link: e for x in letters.values() for e in x.entries if e.error}.values())
    return Outcome(len(stored), failed, failures, messages, retry=tuple(sorted(retry)))


def usable(items: Sequence[feeds.Item], limit: int) -> list[feeds.Item]:
    """The newest `limit` items (undated ones after dated ones), all a digest can use; kept in
    listed order, so of two copies of one story the first source's still wins."""
    ranked = sorted(range(len(items)), key=lambda n: (items[n].published is None, -_age(items[n])))
    chosen = set(ranked[:limit])
    return [item for n, item in enumerate(items) if n in chosen]


def _age(item: feeds.Item) -> float:
    return item.published or 0.0


async def _fetch(items: Sequence[feeds.Item], max_bytes: int, policy: Policy) -> list[Claim]:
    """Load and clean every item's article, a few at a time; failures become failed claims. A
    link a feed gave is held to the URL policy; one the config's owner listed is not."""

    async def one(item: feeds.Item) -> Claim:
        rules = replace(policy, guard_first=item.from_feed)
        try:
            article = await asyncio.to_thread(
                source.load, item.link, max_bytes=max_bytes, policy=rules
            )
        except Exception as exc:  # one bad page never stops the digest
            reason = str(exc) if isinstance(exc, SummarizerError) else _unexpected(exc)
            reason = reason.replace(item.link, item.public)
            title = item.title or item.public
            return Claim(item.canonical, item.public, title, item.outlet, error=reason)
        title = item.title or article.title
        article = replace(article, origin=item.public)
        return Claim(item.canonical, item.public, title, item.outlet, article=article)

    return await gather(items, one, FETCH_CONCURRENCY)


def _unexpected(exc: Exception) -> str:
    """What to say about a failure that is not one of ours."""
    return f"could not be read ({type(exc).__name__}: {exc})"


async def _letters(
    config: DigestConfig, settings: Settings, options: Options, stored: Sequence[Stored]
) -> tuple[dict[str, Letter], frozenset[int]]:
    """One letter per reader language, summaries made once per article and language; also the
    articles the model failed on (they go back to the next digest). When the model failed on
    every article, a ModelError: nothing is sent and the articles wait for the next run."""
    good = [s for s in stored if s.article is not None][: config.max_articles]
    extra = [s for s in stored if s.article is not None][config.max_articles :]
    failed = [s for s in stored if s.article is None]
    async with open_engine(settings) as engine:
        entries, model_failed = await _summaries(
            engine, good, config.languages, config.length, settings
        )
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
    engine: Engine, stored: Sequence[Stored], langs: Sequence[str], length: str, settings: Settings
) -> tuple[dict[tuple[int, str], Entry], frozenset[int]]:
    """Every (article, language) summary; the model client admits `settings.concurrency`
    calls at once, and AHEAD times as many articles are under way (see pipeline.run_many)."""

    async def one(pair: tuple[Stored, str]) -> tuple[tuple[int, str], Entry, bool]:
        item, lang = pair
        assert item.article is not None
        try:
            made = await summarize(item.article, engine, Request(lang, length))
        except ModelError as exc:
            return (item.id, lang), _entry(item, None, f"{exc} ({RETRIED})"), True
        except SummarizerError as exc:
            return (item.id, lang), _entry(item, None, str(exc)), False
        return (item.id, lang), _entry(item, made, None), False

    pairs = [(s, lang) for s in stored for lang in langs]
    done = await gather(pairs, one, AHEAD * settings.concurrency)
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
