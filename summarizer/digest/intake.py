"""Reading an edition's new articles: the items a digest can use, loaded a few at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import replace

from summarizer import source
from summarizer.article import Article
from summarizer.concurrency import gather
from summarizer.digest import feeds
from summarizer.digest.ledger import Claim
from summarizer.errors import SummarizerError
from summarizer.source.policy import Policy

FETCH_CONCURRENCY = 8


def usable(items: Sequence[feeds.Item], limit: int) -> list[feeds.Item]:
    """The newest `limit` items (undated after dated), kept in listed order."""
    # listed order, so of two copies of one story the first source's still wins
    ranked = sorted(range(len(items)), key=lambda n: (items[n].published is None, -_age(items[n])))
    chosen = set(ranked[:limit])
    return [item for n, item in enumerate(items) if n in chosen]


def _age(item: feeds.Item) -> float:
    return item.published or 0.0


async def fetch_all(
    items: Sequence[feeds.Item],
    max_bytes: int,
    policy: Policy,
    read: Callable[[int, Article | None], None] | None = None,
) -> list[Claim]:
    """Load and clean every item's article, a few at a time; failures become failed claims."""
    # A link a feed gave is held to the URL policy; one the config's owner listed is not. `read`
    # hears of each listed item as soon as it is loaded (n, article or None).

    async def one(listed: tuple[int, feeds.Item]) -> Claim:
        n, item = listed
        claim = await _claim(item, max_bytes, policy)
        if read is not None:
            read(n, claim.article)
        return claim

    return await gather(list(enumerate(items)), one, FETCH_CONCURRENCY)


async def _claim(item: feeds.Item, max_bytes: int, policy: Policy) -> Claim:
    """The claim of one item: its loaded article, or why it could not be read."""
    rules = replace(policy, guard_first=item.from_feed)
    try:
        article = await asyncio.to_thread(source.load, item.link, max_bytes=max_bytes, policy=rules)
    except Exception as exc:  # one bad page never stops the digest
        reason = str(exc) if isinstance(exc, SummarizerError) else _unexpected(exc)
        reason = reason.replace(item.link, item.public)
        title = item.title or item.public
        return Claim(item.canonical, item.public, title, item.outlet, error=reason)
    title = item.title or article.title
    article = replace(article, origin=item.public)
    return Claim(item.canonical, item.public, title, item.outlet, article=article)


def _unexpected(exc: Exception) -> str:
    """What to say about a failure that is not one of ours."""
    return f"could not be read ({type(exc).__name__}: {exc})"
