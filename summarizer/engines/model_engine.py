"""The model engines (`openai`, `local`): prompts in, attributed summary out, one repair turn."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from summarizer.article import Article
from summarizer.concurrency import UNDER_WAY
from summarizer.engines import chunk, parse
from summarizer.engines.base import Request
from summarizer.engines.mapreduce import Catalogue, catalogue, rebuild
from summarizer.engines.prompt import REDUCE_SCHEMA, SUMMARY_SCHEMA
from summarizer.engines.task import ArticleTask, Conversation, map_context, usage
from summarizer.engines.tokens import upper_bound
from summarizer.errors import ConfigurationError, ModelError
from summarizer.source.sentences import numbered
from summarizer.summary import EngineInfo, Failure, SourceInfo, Summary

if TYPE_CHECKING:
    from summarizer.attribution.find import Quote
    from summarizer.config import Settings
    from summarizer.engines.chunk import Chunk
    from summarizer.engines.prompt import Prompts
    from summarizer.model.client import ModelClient
    from summarizer.model.types import Completion

MAX_CHUNKS = 64
MIN_BUDGET = 256
REPAIRABLE = frozenset(
    {"not_found", "wrong_speaker", "unquoted_quote", "wrong_language", "no_evidence"}
    | {"number_not_in_evidence", "name_not_in_source", "unknown_speaker"}
)


@functools.lru_cache(maxsize=UNDER_WAY)
def _fits(text: str, budget: int) -> bool:
    """`chunk.fits`, decided once per article text: a digest asks once per reader language."""
    return chunk.fits(text, budget, bound=_bound(text))


@functools.lru_cache(maxsize=UNDER_WAY)
def _bound(text: str) -> int:
    """`upper_bound` of an article text, found once for the cheap check and the exact one."""
    return upper_bound(text)


class ModelEngine:
    """Summarizes through any OpenAI-compatible endpoint via `ModelClient`."""

    def __init__(
        self,
        name: str,
        client: ModelClient,
        prompts: Prompts,
        *,
        settings: Settings,
        own_tokens: bool = False,
    ) -> None:
        self.name = name
        self.client = client
        self.prompts = prompts
        self.settings = settings
        self.own_tokens = own_tokens

    @functools.cached_property
    def budget(self) -> int:
        """Input tokens an article chunk may use: the flag, or the context window minus overhead."""
        if self.settings.max_input_tokens:
            return max(self.settings.max_input_tokens, MIN_BUDGET)
        overhead = sum(chunk.count_tokens(m) for m in self._instructions())
        window = chunk.budget_for(
            self.settings.context_window, self.settings.max_output_tokens, overhead
        )
        return max(window, MIN_BUDGET)

    @functools.cached_property
    def sure_budget(self) -> int:
        """A budget no larger than `budget`, found without the tokenizer (0 if none is proven)."""
        if self.settings.max_input_tokens:
            return self.budget
        overhead = sum(upper_bound(m) for m in self._instructions())
        window = self.settings.context_window - self.settings.max_output_tokens - overhead
        return max(window, MIN_BUDGET) if window >= 1 else 0

    def surely_fits(self, article: Article) -> bool:
        """Whether a cheap bound proves that `article` needs one call, so no tokenizer loads."""
        return not self.own_tokens and _bound(article.text.strip()) <= self.sure_budget

    def _instructions(self) -> list[str]:
        """The prompt messages around an empty article: what every call spends besides it."""
        empty = ArticleTask(_EMPTY, Request("en")).context("")
        return [m["content"] for m in self.prompts.messages("summarize.j2", **empty)]

    def first_calls(self, article: Article, request: Request) -> list[list[dict[str, str]]]:
        """The messages of the calls that need no earlier reply: one call, or one map per chunk."""
        job = ArticleTask(article, request)
        parts = self._parts(article)
        if parts is None:
            return [self.prompts.messages("summarize.j2", **job.context(article.text))]
        quotes, chunks = parts
        return [
            self.prompts.messages("map.j2", **map_context(job, c, chunks, quotes)) for c in chunks
        ]

    def _parts(
        self, article: Article, budget: int | None = None
    ) -> tuple[Sequence[Quote], Sequence[Chunk]] | None:
        """The quotes and chunks of an article that needs several calls; None if one will do."""
        # one call is proven enough by the bound, else by one exact count, before any quote is
        # looked for
        if self.surely_fits(article):
            return None
        if _fits(article.text.strip(), budget or self.budget):
            return None
        from summarizer.attribution.find import find_quotes  # see _verified

        quotes = find_quotes(article.text, article.lang, article.title)
        chunks = self._chunks(article, quotes, budget)
        return (quotes, chunks) if len(chunks) > 1 else None

    async def budget_for(self, article: Article) -> int:
        """The input budget, shrunk when the server's own tokenizer needs more tokens than o200k."""
        # small models spend 2-3x as many tokens on Chinese
        if not self.own_tokens:
            return self.budget
        theirs = await self.client.count_tokens(article.text)
        ours = chunk.count_tokens(article.text)
        if not theirs or not ours or theirs <= ours:
            return self.budget
        return max(MIN_BUDGET, self.budget * ours // theirs)

    def _chunks(
        self, article: Article, quotes: Sequence[Quote], budget: int | None = None
    ) -> Sequence[Chunk]:
        chunks = chunk.split(
            article.text, budget or self.budget, protected=[(q.start, q.end) for q in quotes]
        )
        if len(chunks) > MAX_CHUNKS:
            raise ConfigurationError(
                f"{article.origin} needs {len(chunks)} chunks at this input budget "
                f"(limit {MAX_CHUNKS}); raise --max-input-tokens or use a larger model"
            )
        return chunks

    async def summarize(self, article: Article, request: Request) -> Summary:
        """A summary checked by the verifier, with one repair turn for what failed."""
        job = ArticleTask(article, request)
        talk = await self._first_talk(job)
        # In a worker thread, so the event loop sends the next request first.
        summary = await asyncio.to_thread(_verified, self._summary(job, talk.draft), article)
        assert summary.verification is not None
        todo = [f for f in summary.verification.errors if f.kind in REPAIRABLE]
        if not todo:
            return summary
        try:
            talk = await self._repair(job, talk, todo)
        except ModelError:
            return summary
        return await asyncio.to_thread(_verified, self._summary(job, talk.draft), article)

    async def _first_talk(self, job: ArticleTask) -> Conversation:
        """The summary call, or map calls then a reduce call when the article needs chunks."""
        budget = await self.budget_for(job.article) if self.own_tokens else None
        parts = self._parts(job.article, budget)
        if parts is None:
            return await self._ask(job, "summarize.j2", job.context(job.article.text))
        quotes, chunks = parts
        return await self._map_reduce(job, chunks, quotes)

    async def _complete(
        self, job: ArticleTask, messages: Sequence[dict[str, str]], schema: dict[str, Any]
    ) -> Completion:
        done = await self.client.complete(messages, schema=schema)
        job.calls.append(done)
        return done

    async def _ask(self, job: ArticleTask, template: str, context: dict[str, Any]) -> Conversation:
        return await self._send(job, self.prompts.messages(template, **context))

    async def _send(self, job: ArticleTask, messages: list[dict[str, str]]) -> Conversation:
        """One call, re-asked once with the parse error when the reply is not the JSON we asked."""
        found = numbered(job.article)
        done = await self._complete(job, messages, SUMMARY_SCHEMA)
        try:
            return Conversation(
                tuple(messages), done.content, parse.draft(done.content, done.finish_reason, found)
            )
        except parse.InvalidReply as exc:
            retry = [
                *messages,
                {"role": "assistant", "content": done.content[:4000]},
                {
                    "role": "user",
                    "content": f"{exc.message}. Answer again with the JSON object only.",
                },
            ]
            again = await self._complete(job, retry, SUMMARY_SCHEMA)
            return Conversation(
                tuple(retry), again.content, parse.draft(again.content, again.finish_reason, found)
            )

    async def _repair(
        self, job: ArticleTask, talk: Conversation, failures: list[Failure]
    ) -> Conversation:
        ask = self.prompts.messages("repair.j2", **job.context(""), failures=failures)[1]
        messages = [*talk.messages, {"role": "assistant", "content": talk.reply}, ask]
        if talk.catalogue is None:
            return await self._send(job, messages)
        return await self._merge(job, messages, talk.catalogue)

    async def _map_reduce(
        self, job: ArticleTask, chunks: Sequence[Chunk], quotes: Sequence[Quote]
    ) -> Conversation:
        maps = await asyncio.gather(
            *(self._ask(job, "map.j2", map_context(job, c, chunks, quotes)) for c in chunks)
        )
        return await self._reduce(job, [m.draft for m in maps])

    async def _reduce(self, job: ArticleTask, drafts: list[parse.Draft]) -> Conversation:
        cited = catalogue(drafts)
        messages = self.prompts.messages("reduce.j2", **job.context(""), items=cited[0])
        return await self._merge(job, messages, cited)

    async def _merge(
        self, job: ArticleTask, messages: list[dict[str, str]], cited: Catalogue
    ) -> Conversation:
        """A reduce call (or its repair): points that cite mapped quotes by id, never by text."""
        _, points, quotes = cited
        done = await self._complete(job, messages, REDUCE_SCHEMA)
        headline, merged = parse.merged(done.content, done.finish_reason)
        draft = parse.Draft(headline, tuple(rebuild(m, points, quotes) for m in merged))
        return Conversation(tuple(messages), done.content, draft, cited)

    def _summary(self, job: ArticleTask, draft: parse.Draft) -> Summary:
        article = job.article
        return Summary(
            lang=job.request.lang,
            source=SourceInfo(article.title, article.lang, article.sha256, article.origin),
            engine=EngineInfo(self.name, self.client.config.model, self.prompts.version),
            headline=draft.headline,
            points=draft.points,
            usage=usage(job.calls, self.settings),
        )


_EMPTY = Article(title="", text="", paragraphs=(), lang="en", origin="")


def _verified(summary: Summary, article: Article) -> Summary:
    """`verify`, imported on first use."""
    # quote finding and the verifier take 0.15-0.25 s to import, which the first calls' wait for the
    # model hides (bench/whole_run.py)
    from summarizer.verification.check import verify

    return verify(summary, article)
