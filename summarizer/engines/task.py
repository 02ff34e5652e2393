"""One article under way in a model engine: prompt variables, costs, the conversation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer.article import Article
from summarizer.engines import parse
from summarizer.engines.base import Request
from summarizer.engines.mapreduce import Catalogue, active_speakers
from summarizer.engines.prompt import nonce, numbered_text
from summarizer.source.sentences import numbered

if TYPE_CHECKING:
    from summarizer.attribution.find import Quote
    from summarizer.config import Settings
    from summarizer.engines.chunk import Chunk
    from summarizer.model.types import Completion


@dataclass(frozen=True)
class Conversation:
    """Messages sent and the reply parsed from them, kept so a repair turn can follow up."""

    messages: tuple[dict[str, str], ...]
    reply: str
    draft: parse.Draft
    catalogue: Catalogue | None = None


@dataclass
class ArticleTask:
    """One article being summarized: its inputs and the completions it cost."""

    article: Article
    request: Request
    calls: list[Completion] = field(default_factory=list)

    def context(self, text: str, offset: int = 0, **extra: Any) -> dict[str, Any]:
        """Template variables for a prompt over `text` (the article, or the chunk at `offset`)."""
        # its sentences are numbered as the model cites them
        base = {
            "lang_code": self.request.lang,
            "title": self.article.title,
            "source_lang": self.article.lang,
            "text": numbered_text(text, offset, numbered(self.article)) if text else text,
            "nonce": nonce(f"{self.article.title}\n{self.article.text}"),
            "points": self.request.max_points,
        }
        return base | extra


def usage(calls: Sequence[Completion], settings: Settings) -> dict[str, Any]:
    """Calls, cache hits, tokens and estimated cost (USD, from the configured price table)."""
    prompt = sum(c.prompt_tokens for c in calls if not c.cached)
    completion = sum(c.completion_tokens for c in calls if not c.cached)
    cost = (prompt * settings.price_per_mtok_in + completion * settings.price_per_mtok_out) / 1e6
    return {
        "calls": len(calls),
        "cached": sum(1 for c in calls if c.cached),
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "cost_usd": round(cost, 6),
    }


def map_context(
    job: ArticleTask, c: Chunk, chunks: Sequence[Chunk], quotes: Sequence[Quote]
) -> dict[str, Any]:
    """Template variables of the map call over chunk `c`."""
    return job.context(
        c.text,
        c.start,
        part=c.index + 1,
        parts=len(chunks),
        speakers=active_speakers(quotes, c.start),
        points=max(2, job.request.max_points // 2 + 1),
    )
