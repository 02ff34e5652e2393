"""The SQLite response cache: location, keys, round trips, sharing across threads and processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import ConfigurationError
from summarizer.model.cache import Cache, cache_dir, cache_key
from summarizer.model.types import Completion

REPLY = Completion('{"headline": "x"}', "stop", 120, 30, "req_7", False, "json_object")
KEY_PARTS: dict[str, Any] = {
    "base_url": "http://127.0.0.1:8080/v1",
    "model": "m",
    "prompt_version": "v1",
    "messages": [{"role": "user", "content": "Hallo"}],
    "schema": {"type": "object", "required": ["headline"]},
    "temperature": 0.0,
    "max_tokens": None,
}
WRITER = """
import sys
from pathlib import Path
from summarizer.model.cache import Cache
from summarizer.model.types import Completion
cache = Cache(Path(sys.argv[1]))
for i in range(150):
    cache.put(f"{sys.argv[2]}{i}", Completion(str(i), "stop", 1, 1, None, False, "none"))
"""


def test_location_honours_override_then_xdg_then_home(tmp_path: Path) -> None:
    assert cache_dir({"SUMMARIZER_CACHE_DIR": "/x", "XDG_CACHE_HOME": "/y"}) == Path("/x")
    assert cache_dir({"XDG_CACHE_HOME": "/y"}) == Path("/y/summarizer")
    assert cache_dir({}) == Path.home() / ".cache" / "summarizer"
    assert Cache().path == tmp_path / "cache" / "cache.sqlite3"  # set by conftest


def test_round_trip_marks_the_reply_cached() -> None:
    cache = Cache()
    assert cache.get("k") is None
    cache.put("k", REPLY)
    got = cache.get("k")
    assert got is not None and got.cached
    assert got == Completion(**{**REPLY.__dict__, "cached": True})


def test_stats_and_clear() -> None:
    cache = Cache()
    for i in range(3):
        cache.put(str(i), REPLY)
    cache.get("0")
    cache.get("missing")
    stats = cache.stats()
    assert (stats.entries, stats.hits) == (3, 1) and stats.bytes > 0
    assert cache.clear() == 3
    assert cache.stats().entries == 0 and cache.get("0") is None


def test_a_corrupt_file_cleared_under_a_kept_connection_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = Cache(path)
    cache.put("old", REPLY)  # this thread now keeps a connection to the file
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    assert cache.clear() == -1 and not path.exists()
    cache.put("new", REPLY)
    assert Cache(path).get("new") is not None


def test_database_is_in_wal_mode() -> None:
    cache = Cache()
    cache.put("k", REPLY)
    with sqlite3.connect(cache.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.parametrize(
    "change",
    [
        {"base_url": "http://other/v1"},
        {"model": "m2"},
        {"prompt_version": "v2"},
        {"messages": [{"role": "user", "content": "Hallo!"}]},
        {"schema": None},
        {"temperature": 0.2},
        {"max_tokens": 100},
    ],
)
def test_key_changes_with_everything_that_shapes_the_reply(change: dict[str, Any]) -> None:
    assert cache_key(**KEY_PARTS) != cache_key(**{**KEY_PARTS, **change})


def test_key_ignores_dict_order_and_a_trailing_slash() -> None:
    reordered = {**KEY_PARTS, "schema": {"required": ["headline"], "type": "object"}}
    reordered["base_url"] += "/"
    assert cache_key(**reordered) == cache_key(**KEY_PARTS)


def test_concurrent_threads_share_one_cache() -> None:
    cache = Cache()

    def work(i: int) -> bool:
        cache.put(f"k{i}", REPLY)
        return cache.get(f"k{i}") is not None

    with ThreadPoolExecutor(16) as pool:
        assert all(pool.map(work, range(200)))
    assert cache.stats().entries == 200


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag], stderr=subprocess.PIPE)
        for tag in ("a", "b")
    ]
    for writer in writers:
        assert writer.wait(timeout=60) == 0, writer.stderr.read() if writer.stderr else ""
    assert Cache(path).stats().entries == 300


def test_unusable_location_is_a_one_line_configuration_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(ConfigurationError, match="SUMMARIZER_CACHE_DIR") as caught:
        Cache(blocker / "cache.sqlite3").get("k")
    assert "\n" not in str(caught.value)


def test_corrupt_database_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ConfigurationError, match="cannot use the response cache"):
        Cache(path).put("k", REPLY)


def test_put_many_stores_every_pair_across_pages_and_replaces_older_entries() -> None:
    cache = Cache()
    cache.put("k7", REPLY)
    pairs = (
        (f"k{i}", Completion(f'{{"n": {i}}}', "stop", i, 1, None, False, "none"))
        for i in range(1234)
    )
    assert cache.put_many(pairs) == 1234
    assert cache.stats().entries == 1234
    for i in (0, 7, 499, 500, 1233):
        got = cache.get(f"k{i}")
        assert got is not None and got.content == f'{{"n": {i}}}' and got.prompt_tokens == i
    assert cache.put_many([]) == 0 and cache.stats().entries == 1234


def test_put_many_keeps_the_pages_it_finished_when_its_input_breaks_off() -> None:
    cache = Cache()

    def pairs() -> Iterator[tuple[str, Completion]]:
        for i in range(700):
            yield f"k{i}", REPLY
        raise OSError("the result download broke off")

    with pytest.raises(OSError, match="broke off"):
        cache.put_many(pairs())
    assert cache.stats().entries == 500
    assert cache.get("k499") is not None and cache.get("k500") is None


def test_a_cache_written_before_its_schema_had_a_version_keeps_its_replies(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE completions (key TEXT PRIMARY KEY, content TEXT NOT NULL,"
            " finish_reason TEXT NOT NULL, prompt_tokens INTEGER NOT NULL,"
            " completion_tokens INTEGER NOT NULL, request_id TEXT,"
            " response_format TEXT NOT NULL, created REAL NOT NULL)"
        )
        db.execute("INSERT INTO completions VALUES ('k', 'old', 'stop', 1, 2, NULL, 'none', 0)")
    got = Cache(path).get("k")
    assert got is not None and got.content == "old"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (1,)


def test_a_cache_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    Cache(path).put("k", REPLY)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 9")
    with pytest.raises(ConfigurationError, match=r"newer summarizer \(schema 9\).*CACHE_DIR"):
        Cache(path).get("k")
