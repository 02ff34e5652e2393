"""ModelClient against a real HTTP fake: retries, faults, output-format fallback, cache, usage."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import pytest

from summarizer.errors import ModelError
from summarizer.model.cache import Cache
from summarizer.model.client import ModelClient
from summarizer.model.types import Completion, ModelConfig, Usage
from tests.fakeserver import (
    FakeOpenAI,
    Reply,
    dropped,
    insufficient_quota,
    llama_cpp,
    rate_limited,
    server_error,
    timeout,
    truncated,
    unauthorized,
)

KEY = "sk-test-SECRET-4f7c1d9e2b"
SCHEMA: dict[str, Any] = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello"}]
T = TypeVar("T")


def config(fake: FakeOpenAI, **overrides: Any) -> ModelConfig:
    """Fast settings: millisecond backoff, three attempts."""
    base = ModelConfig(
        model="fake-model",
        base_url=fake.url,
        api_key=KEY,
        timeout=2,
        max_attempts=3,
        max_wait=10,
        min_wait=0.01,
        max_backoff=0.05,
    )
    return replace(base, **overrides)


def run(
    cfg: ModelConfig, use: Callable[[ModelClient], Awaitable[T]], cache: Cache | None = None
) -> T:
    """Run `use` with a fresh client, closing it afterwards."""

    async def main() -> T:
        async with ModelClient(cfg, cache=cache, prompt_version="v1") as client:
            return await use(client)

    return asyncio.run(main())


def ask(schema: dict[str, Any] | None = SCHEMA) -> Callable[[ModelClient], Awaitable[Completion]]:
    """One complete() call."""
    return lambda client: client.complete(MESSAGES, schema=schema)


def failure(cfg: ModelConfig, schema: dict[str, Any] | None = None) -> ModelError:
    """The ModelError a call raises; it must be one line and never show the key."""
    with pytest.raises(ModelError) as caught:
        run(cfg, ask(schema))
    error = caught.value
    assert "\n" not in str(error)
    assert KEY not in str(error) and KEY not in repr(error.evidence)
    assert error.exit_code == 3
    return error


def test_reply_request_and_usage(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(Reply(content='{"ok": true}'))
    done = run(config(fake_openai, max_tokens=50), ask())
    assert done == Completion('{"ok": true}', "stop", 3, 3, "req_1", False, "json_schema")
    (sent,) = fake_openai.chat_requests()
    assert sent.body["model"] == "fake-model"
    assert sent.body["messages"] == MESSAGES
    assert sent.body["temperature"] == 0.0 and sent.body["max_tokens"] == 50
    assert sent.body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "summary", "schema": SCHEMA, "strict": False},
    }


def test_without_schema_no_response_format_is_sent(fake_openai: FakeOpenAI) -> None:
    done = run(config(fake_openai), ask(None))
    assert done.response_format == "none"
    assert "response_format" not in fake_openai.chat_requests()[0].body


@pytest.mark.parametrize("header", ["retry-after", "retry-after-ms"])
def test_rate_limit_waits_as_told_then_succeeds(fake_openai: FakeOpenAI, header: str) -> None:
    fake_openai.script(rate_limited(0.3, header), Reply(content="{}"))
    assert run(config(fake_openai), ask()).content == "{}"
    first, second = fake_openai.chat_requests()
    assert second.at - first.at >= 0.3


def test_rate_limit_gives_up_after_max_attempts(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(*[rate_limited(0.01)] * 3)
    error = failure(config(fake_openai))
    assert str(error) == "model error: HTTP 429 rate limited after 3 attempts (request id req_3)"
    assert len(fake_openai.chat_requests()) == 3


def test_retry_after_longer_than_the_budget_fails_fast(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(rate_limited(30))
    started = time.monotonic()
    failure(config(fake_openai, max_wait=2))
    assert time.monotonic() - started < 1.5
    assert len(fake_openai.chat_requests()) == 1


def test_insufficient_quota_is_not_retried(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(insufficient_quota(), Reply())
    assert "HTTP 429 insufficient quota" in str(failure(config(fake_openai)))
    assert len(fake_openai.chat_requests()) == 1


def test_server_error_is_retried(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(server_error(503), Reply(content="fine"))
    assert run(config(fake_openai), ask(None)).content == "fine"
    assert len(fake_openai.chat_requests()) == 2


def test_persistent_server_error_fails_after_max_attempts(fake_openai: FakeOpenAI) -> None:
    fake_openai.handler = lambda body: server_error(500)
    error = failure(config(fake_openai), SCHEMA)
    assert str(error).startswith("model error: HTTP 500 server error after 3 attempts")
    assert len(fake_openai.chat_requests()) == 5  # json_schema, json_object refused; 3 plain


def test_authentication_error_names_the_variable_not_the_key(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(unauthorized(KEY), Reply())
    error = failure(config(fake_openai))
    assert "HTTP 401" in str(error) and "OPENAI_API_KEY" in str(error)
    assert len(fake_openai.chat_requests()) == 1
    assert KEY not in repr(config(fake_openai))


@pytest.mark.parametrize("status", [400, 403, 404, 422])
def test_client_errors_are_not_retried(fake_openai: FakeOpenAI, status: int) -> None:
    fake_openai.script(Reply(status=status, error={"message": "no such thing"}), Reply())
    assert f"HTTP {status}" in str(failure(config(fake_openai), SCHEMA))
    assert len(fake_openai.chat_requests()) == 1


def test_timeout_is_retried_then_reported(fake_openai: FakeOpenAI) -> None:
    fake_openai.handler = lambda body: timeout(1.0)
    error = failure(config(fake_openai, timeout=0.2, max_attempts=2))
    assert str(error) == "model error: no answer within 0.2 s after 2 attempts"
    assert len(fake_openai.chat_requests()) == 2


def test_dropped_connection_is_retried(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(dropped(), Reply(content="again"))
    assert run(config(fake_openai), ask(None)).content == "again"
    assert len(fake_openai.chat_requests()) == 2


def test_unreachable_server_is_a_one_line_model_error(fake_openai: FakeOpenAI) -> None:
    url = fake_openai.url
    fake_openai.close()
    error = failure(replace(config(fake_openai), base_url=url, max_attempts=2))
    assert "connection to 127.0.0.1:" in str(error) and "after 2 attempts" in str(error)


def test_truncated_reply_is_returned_and_not_cached(fake_openai: FakeOpenAI) -> None:
    fake_openai.script(truncated('{"ok": tr'), truncated('{"ok": tr'))
    cache = Cache()
    assert run(config(fake_openai), ask(), cache).finish_reason == "length"
    assert not run(config(fake_openai), ask(), cache).cached
    assert len(fake_openai.chat_requests()) == 2 and cache.stats().entries == 0


def test_malformed_json_is_returned_verbatim_and_not_cached(fake_openai: FakeOpenAI) -> None:
    fake_openai.handler = lambda body: Reply(content="Sure! {ok: yes")
    cache = Cache()
    assert run(config(fake_openai), ask(), cache).content == "Sure! {ok: yes"
    assert cache.stats().entries == 0


def test_llama_cpp_json_schema_refusal_falls_back_once(fake_openai: FakeOpenAI) -> None:
    fake_openai.handler = llama_cpp('{"ok": true}')

    async def twice(client: ModelClient) -> list[Completion]:
        return [await client.complete(MESSAGES, schema=SCHEMA) for _ in range(2)]

    first, second = run(config(fake_openai), twice)
    assert first.response_format == second.response_format == "json_object"
    formats = [r.body["response_format"]["type"] for r in fake_openai.chat_requests()]
    assert formats == ["json_schema", "json_object", "json_object"]
    assert fake_openai.chat_requests()[1].body["response_format"]["schema"] == SCHEMA


def test_unsupported_response_format_falls_back_to_none(fake_openai: FakeOpenAI) -> None:
    refuse = Reply(status=400, error={"message": "'response_format' is not supported"})
    fake_openai.handler = lambda body: refuse if "response_format" in body else Reply()
    assert run(config(fake_openai), ask()).response_format == "none"
    assert len(fake_openai.chat_requests()) == 3


def test_server_error_after_a_working_mode_is_retried_not_downgraded(
    fake_openai: FakeOpenAI,
) -> None:
    fake_openai.script(Reply(), server_error(500), Reply())

    async def twice(client: ModelClient) -> list[Completion]:
        return [await client.complete(MESSAGES, schema=SCHEMA) for _ in range(2)]

    assert [c.response_format for c in run(config(fake_openai), twice)] == ["json_schema"] * 2
    assert len(fake_openai.chat_requests()) == 3


def test_concurrent_calls_overlap(fake_openai: FakeOpenAI) -> None:
    fake_openai.latency = 0.3

    async def many(client: ModelClient) -> list[Completion]:
        return await asyncio.gather(
            *(client.complete([{"role": "user", "content": str(i)}]) for i in range(16))
        )

    started = time.monotonic()
    assert len(run(config(fake_openai), many)) == 16
    # sequential would take 4.8 s; the margin keeps a loaded machine from failing it
    assert time.monotonic() - started < 3.2


def test_cache_hit_costs_no_request_and_is_counted(fake_openai: FakeOpenAI) -> None:
    cache = Cache()

    async def thrice(client: ModelClient) -> list[Completion]:
        return [await client.complete(MESSAGES, schema=SCHEMA) for _ in range(3)]

    async def used(client: ModelClient) -> Usage:
        await thrice(client)
        return client.usage()

    usage = run(config(fake_openai), used, cache)
    assert len(fake_openai.chat_requests()) == 1
    assert (usage.calls, usage.cached, usage.requests) == (3, 2, 1)
    assert (usage.prompt_tokens, usage.completion_tokens) == (3, 3)
    assert [c.cached for c in run(config(fake_openai), thrice, cache)] == [True] * 3
    assert run(config(fake_openai, model="other"), ask(), cache).cached is False


def test_api_key_never_reaches_the_cache_file(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    fake_openai.handler = lambda body: Reply(content='{"ok": true}')
    run(config(fake_openai), ask(), cache)
    assert cache.stats().entries == 1
    for file in tmp_path.iterdir():
        assert KEY.encode() not in file.read_bytes()
