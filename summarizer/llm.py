"""The model engines (`openai`, `local`): prompts in, attributed summary out, one repair turn."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from summarizer import parse
from summarizer.article import Article
from summarizer.engine import Request
from summarizer.errors import ConfigurationError
from summarizer.summary import EngineInfo, Failure, Point, QuoteRef, SourceInfo, Summary
from summarizer.verify import verify

if TYPE_CHECKING:
    from summarizer.chunk import Chunk
    from summarizer.model import ModelClient
    from summarizer.prompt import Prompts

MAX_CHUNKS = 64
MIN_BUDGET = 128
REPAIRABLE = {"not_found", "wrong_speaker", "unquoted_quote", "wrong_language"}


@dataclass(frozen=True)
class Conversation:
    """Messages sent and the reply parsed from them, kept so a repair turn can follow up."""

    messages: tuple[dict[str, str], ...]
    reply: str
    draft: parse.Draft


class ModelEngine:
    """Summarizes through any OpenAI-compatible endpoint via `ModelClient`."""

    def __init__(
        self, name: str, client: ModelClient, prompts: Prompts, *, model: str, budget: int
    ) -> None:
        self.name = name
        self.client = client
        self.prompts = prompts
        self.model = model
        self.budget = budget

    async def summarize(self, article: Article, request: Request) -> Summary:
        """A verified-then-repaired summary; the pipeline prunes whatever still fails."""
        from summarizer import chunk
        from summarizer.quotes import find_quotes

        quotes = find_quotes(article.text, article.lang)
        spans = [(q.start, q.end) for q in quotes]
        chunks = chunk.split(article.text, max(self.budget, MIN_BUDGET), protected=spans)
        if len(chunks) > MAX_CHUNKS:
            raise ConfigurationError(
                f"{article.origin}: needs {len(chunks)} chunks at {self.budget} input tokens "
                f"(limit {MAX_CHUNKS}); raise --max-input-tokens"
            )
        if len(chunks) == 1:
            talk = await self._ask("summarize.j2", self._context(article, request, article.text))
        else:
            talk = await self._map_reduce(article, request, chunks)
        summary = verify(self._summary(article, request, talk.draft), article)
        assert summary.verification is not None
        todo = [f for f in summary.verification.errors if f.kind in REPAIRABLE]
        if not todo:
            return summary
        return await self._repair(article, request, talk, todo)

    def _context(self, article: Article, request: Request, text: str, **extra: Any) -> dict[str, Any]:
        from summarizer.prompt import nonce

        return {
            "lang_code": request.lang,
            "title": article.title,
            "source_lang": article.lang,
            "text": text,
            "nonce": nonce(text),
            "points": request.max_points,
            **extra,
        }

    async def _ask(self, template: str, context: dict[str, Any]) -> Conversation:
        from summarizer.prompt import SUMMARY_SCHEMA

        messages = self.prompts.messages(template, **context)
        return await self._send(messages, SUMMARY_SCHEMA)

    async def _send(self, messages: list[dict[str, str]], schema: dict[str, Any]) -> Conversation:
        """One call, re-asked once with the parse error when the reply is not the JSON we asked."""
        done = await self.client.complete(messages, schema=schema)
        try:
            return Conversation(tuple(messages), done.content, parse.draft(done.content, done.finish_reason))
        except parse.InvalidReply as exc:
            retry = [
                *messages,
                {"role": "assistant", "content": done.content[:4000]},
                {"role": "user", "content": f"{exc.message}. Answer again with the JSON object only."},
            ]
            again = await self.client.complete(retry, schema=schema)
            return Conversation(tuple(retry), again.content, parse.draft(again.content, again.finish_reason))

    async def _repair(
        self, article: Article, request: Request, talk: Conversation, failures: list[Failure]
    ) -> Summary:
        messages = [
            *talk.messages,
            {"role": "assistant", "content": talk.reply},
            {
                "role": "user",
                "content": self.prompts.messages(
                    "repair.j2", **self._context(article, request, article.text), failures=failures
                )[1]["content"],
            },
        ]
        fixed = await self._send(messages, _schema())
        return verify(self._summary(article, request, fixed.draft), article)

    async def _map_reduce(self, article: Article, request: Request, chunks: tuple[Chunk, ...]) -> Conversation:
        import asyncio

        from summarizer.quotes import find_quotes

        quotes = find_quotes(article.text, article.lang)
        per_chunk = max(2, request.max_points)
        maps = await asyncio.gather(
            *(
                self._ask(
                    "map.j2",
                    self._context(
                        article, replace(request), c.text,
                        part=c.index + 1, parts=len(chunks), speakers=_active(quotes, c.start),
                    )
                    | {"points": per_chunk},
                )
                for c in chunks
            )
        )
        return await self._reduce(article, request, [m.draft for m in maps])

    async def _reduce(self, article: Article, request: Request, drafts: list[parse.Draft]) -> Conversation:
        from summarizer.prompt import REDUCE_SCHEMA

        items, points_by_id, quotes_by_id = _catalogue(drafts)
        messages = self.prompts.messages(
            "reduce.j2", **self._context(article, request, ""), items=items
        )
        done = await self.client.complete(messages, schema=REDUCE_SCHEMA)
        headline, merged = parse.merged(done.content, done.finish_reason)
        points = tuple(_rebuild(m, points_by_id, quotes_by_id) for m in merged)
        draft = parse.Draft(headline=headline, points=points)
        return Conversation(tuple(messages), done.content, draft)

    def _summary(self, article: Article, request: Request, draft: parse.Draft) -> Summary:
        return Summary(
            lang=request.lang,
            source=SourceInfo(article.title, article.lang, article.sha256, article.origin),
            engine=EngineInfo(self.name, self.model, self.prompts.version),
            headline=draft.headline,
            points=draft.points[: request.max_points + 2],
        )


def _schema() -> dict[str, Any]:
    from summarizer.prompt import SUMMARY_SCHEMA

    return SUMMARY_SCHEMA


def _active(quotes: Any, start: int, limit: int = 3) -> list[str]:
    """The last few distinct speakers quoted before offset `start`, most recent first."""
    seen: list[str] = []
    for q in reversed([q for q in quotes if q.end <= start and q.speaker]):
        if q.speaker not in seen:
            seen.append(q.speaker)
        if len(seen) == limit:
            break
    return seen


def _catalogue(
    drafts: list[parse.Draft],
) -> tuple[list[dict[str, Any]], dict[str, Point], dict[str, QuoteRef]]:
    """Give every mapped point and quote an id, so the reduce step can cite them by reference."""
    items: list[dict[str, Any]] = []
    points: dict[str, Point] = {}
    quotes: dict[str, QuoteRef] = {}
    for ci, d in enumerate(drafts):
        for pi, point in enumerate(d.points):
            pid = f"c{ci}p{pi}"
            points[pid] = point
            qids = []
            for q in point.quotes:
                qid = f"q{len(quotes)}"
                quotes[qid] = q
                qids.append(qid)
            items.append({"id": pid, "speaker": point.speaker, "text": point.text, "quote_ids": qids})
    return items, points, quotes


def _rebuild(m: parse.Merged, points: dict[str, Point], quotes: dict[str, QuoteRef]) -> Point:
    """A merged point whose quotes are the referenced originals, never text the model rewrote."""
    allowed = {id(q) for pid in m.sources if pid in points for q in points[pid].quotes}
    kept = tuple(quotes[qid] for qid in m.quote_ids if qid in quotes and id(quotes[qid]) in allowed)
    return Point(text=m.text, speaker=m.speaker, quotes=kept)
