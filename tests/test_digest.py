"""`summarize digest` end to end: real folders, feeds over HTTP, a real SMTP server, real kills."""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.cli import main
from summarizer.state.runlock import RunLock
from tests.fakemodel import FakeModel
from tests.fakeserver import FakeOpenAI, Reply, unauthorized
from tests.feedserver import FeedServer, Page
from tests.smtpserver import SmtpServer

ARTICLES = Path(__file__).parent / "data" / "articles"
PICKED = (
    "en-02-trump-civil-fraud-testimony",
    "zh-02-china-us-summit-foreign-experts",
    "es-01-infanta-cristina-noos-case",
    "ru-01-klimkin-gas-transit-talks",
)
ZH, EN, EN2 = "li@example.org", "ann@example.org", "bob@example.org"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Four shared articles in four languages, as files in a folder."""
    target = tmp_path / "articles"
    target.mkdir()
    for name in PICKED:
        src = next((ARTICLES / name).glob("article.*"))
        shutil.copy(src, target / f"{name}{src.suffix}")
    return target


ALLOW_LOCAL = '[fetch]\nallow = ["127.0.0.1"]\n'
"""The test pages are on 127.0.0.1, an internal address a feed's links may reach only if allowed."""


def write_config(
    tmp_path: Path, sources: str, port: int, *, recipients: tuple[tuple[str, str], ...] = ()
) -> Path:
    """A digest.toml with the given [[sources]] text, readers and SMTP port."""
    people = recipients or ((ZH, "zh"), (EN, "en"), (EN2, "en"))
    readers = "".join(f'[[recipients]]\naddress = "{a}"\nlang = "{lang}"\n\n' for a, lang in people)
    path = tmp_path / "digest.toml"
    path.write_text(
        'title = "Morning briefing"\nunsubscribe = "mailto:leave@example.org"\n\n'
        '[sender]\naddress = "briefing@example.org"\nname = "新闻简报"\n\n'
        f"{readers}{sources}\n"
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\ntimeout = 10\n'
        '\n[engine]\nengine = "extract"\n',
        encoding="utf-8",
    )
    return path


def received(server: SmtpServer) -> dict[str, list[EmailMessage]]:
    """Messages the server accepted, parsed, by envelope recipient."""
    out: dict[str, list[EmailMessage]] = {}
    for m in server.messages:
        parsed = email.message_from_bytes(m.raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        for rcpt in m.recipients:
            out.setdefault(rcpt, []).append(parsed)
    return out


def body(message: EmailMessage, kind: str) -> str:
    """The text of the plain or html alternative."""
    part = message.get_body(preferencelist=(kind,))
    assert part is not None
    return str(part.get_content())


def test_dry_run_writes_one_eml_per_language_and_records_nothing(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    out = tmp_path / "preview"
    assert main(["digest", "--config", str(config), "--dry-run", "--out", str(out)]) == 0
    files = sorted(p.name for p in out.iterdir())
    assert files == [f"digest-en-{EN}.eml", f"digest-zh-{ZH}.eml"]
    zh = email.message_from_bytes((out / files[1]).read_bytes(), policy=email.policy.default)
    assert "Morning briefing" in str(zh["subject"])
    assert zh.get_content_type() == "multipart/alternative"
    assert not smtp.messages
    assert main(["digest", "--config", str(config), "--send"]) == 0
    assert {k: len(v) for k, v in received(smtp).items()} == {ZH: 1, EN: 1, EN2: 1}
    assert "composed (dry run" in capsys.readouterr().out


def test_send_twice_sends_exactly_one_email_per_recipient(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    assert main(["digest", "--config", str(config), "--send"]) == 0
    assert main(["digest", "--config", str(config), "--send"]) == 0
    got = received(smtp)
    assert {k: len(v) for k, v in got.items()} == {ZH: 1, EN: 1, EN2: 1}
    assert "nothing to send" in capsys.readouterr().err
    text = body(got[EN][0], "plain")
    for name in PICKED:
        assert name in text, f"{name} missing from the digest"
    assert got[EN][0]["message-id"] != got[EN2][0]["message-id"]
    assert body(got[EN][0], "html") == body(got[EN2][0], "html")


def test_a_new_article_goes_into_the_next_digest_only(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer
) -> None:
    config = write_config(
        tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port, recipients=((EN, "en"),)
    )
    assert main(["digest", "--config", str(config), "--send"]) == 0
    extra = ARTICLES / "ja-01-nigeria-girl-suicide-bombing-afp" / "article.txt"
    shutil.copy(extra, folder / "ja-01.txt")
    assert main(["digest", "--config", str(config), "--send"]) == 0
    first, second = received(smtp)[EN]
    assert "ja-01" not in body(first, "plain")
    assert "ja-01" in body(second, "plain")
    assert all(name not in body(second, "plain") for name in PICKED)


def test_the_same_story_from_two_sources_appears_once(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer
) -> None:
    twin = tmp_path / "other"
    twin.mkdir()
    shutil.copy(folder / f"{PICKED[0]}.txt", twin / "copy-of-the-same-story.txt")
    sources = f'[[sources]]\nfolder = "{folder}"\n\n[[sources]]\nfolder = "{twin}"\n'
    config = write_config(tmp_path, sources, smtp.port, recipients=((EN, "en"),))
    assert main(["digest", "--config", str(config), "--send"]) == 0
    text = body(received(smtp)[EN][0], "plain")
    assert "copy-of-the-same-story" not in text
    assert PICKED[0] in text


def test_an_article_that_fails_is_listed_and_the_digest_still_goes_out(
    tmp_path: Path,
    state: Path,
    folder: Path,
    smtp: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (folder / "stub.txt").write_text("Too short to summarize.\n", encoding="utf-8")
    config = write_config(
        tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port, recipients=((EN, "en"),)
    )
    assert main(["digest", "--config", str(config), "--send"]) == 4
    text = body(received(smtp)[EN][0], "plain")
    assert "stub.txt" in text
    assert "too short" in text.lower()
    assert "stub.txt" in capsys.readouterr().err


def test_feed_articles_are_fetched_summarized_and_not_fetched_twice(
    tmp_path: Path, state: Path, smtp: SmtpServer
) -> None:
    with FeedServer() as web:
        page = (ARTICLES / "html-01-reuters-parasite-sag-awards" / "article.html").read_bytes()
        web.pages["/sag.html"] = Page(page, "text/html; charset=utf-8")
        link = web.url("/sag.html")
        rss = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>SAG awards</title><link>{link}</link></item></channel></rss>"
        ).encode()
        web.pages["/rss.xml"] = Page(rss, etag='"v1"')
        sources = f'[[sources]]\nfeed = "{web.url("/rss.xml")}"\n\n{ALLOW_LOCAL}'
        config = write_config(tmp_path, sources, smtp.port, recipients=((EN, "en"),))
        assert main(["digest", "--config", str(config), "--send"]) == 0
        assert main(["digest", "--config", str(config), "--send"]) == 0
        feed_gets = [s for s in web.seen if s.path == "/rss.xml"]
        page_gets = [s for s in web.seen if s.path == "/sag.html"]
    assert len(page_gets) == 1
    assert feed_gets[1].headers.get("If-None-Match") == '"v1"'
    message = received(smtp)[EN][0]
    assert link in body(message, "html")
    assert "Wire" in body(message, "plain")


def test_a_second_run_while_one_holds_the_lock_is_refused(
    tmp_path: Path,
    state: Path,
    folder: Path,
    smtp: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    state.mkdir()
    with RunLock(state):
        assert main(["digest", "--config", str(config), "--send"]) == 2
    assert "another digest run is in progress" in capsys.readouterr().err
    assert not smtp.messages


def test_an_smtp_login_failure_marks_nothing_sent(
    tmp_path: Path,
    state: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with SmtpServer(auth=("desk", "right")) as server:
        config = write_config(
            tmp_path, f'[[sources]]\nfolder = "{folder}"\n', server.port, recipients=((EN, "en"),)
        )
        text = config.read_text(encoding="utf-8").replace(
            'security = "none"', 'security = "none"\nuser_env = "U"\npassword_env = "P"'
        )
        config.write_text(text, encoding="utf-8")
        monkeypatch.setenv("U", "desk")
        monkeypatch.setenv("P", "wrong")
        assert main(["digest", "--config", str(config), "--send"]) == 2
        assert "authentication failed" in capsys.readouterr().err
        monkeypatch.setenv("P", "right")
        assert main(["digest", "--config", str(config), "--send"]) == 0
        assert main(["digest", "--config", str(config), "--send"]) == 0
        assert len(server.messages) == 1
        assert all(name in body(received(server)[EN][0], "plain") for name in PICKED)


def test_a_refused_recipient_does_not_block_the_others_and_is_retried_next_run(
    tmp_path: Path, state: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with SmtpServer(refuse={EN2: "550 5.1.1 no such user"}) as server:
        config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', server.port)
        assert main(["digest", "--config", str(config), "--send"]) == 3
        assert f"not delivered to {EN2}" in capsys.readouterr().err
        assert sorted(received(server)) == [EN, ZH]
        server.refuse.clear()
        assert main(["digest", "--config", str(config), "--send"]) == 0
        got = received(server)
    assert {k: len(v) for k, v in got.items()} == {ZH: 1, EN: 1, EN2: 1}
    assert "composed by an earlier run" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--since", "yesterday"], "expected an age like"),
        (["--out", "one.eml"], "give a folder instead"),
        (["--send", "--dry-run"], "not allowed with"),
    ],
    ids=["bad-since", "one-file-for-two-languages", "send-and-dry-run"],
)
def test_bad_arguments_are_one_line_errors(
    tmp_path: Path,
    state: Path,
    folder: Path,
    smtp: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    os.chdir(tmp_path)
    assert main(["digest", "--config", str(config), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "one.eml").exists()


def test_send_without_an_smtp_table_is_a_configuration_error(
    tmp_path: Path, state: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', 25)
    text = config.read_text(encoding="utf-8")
    config.write_text(text[: text.index("[smtp]")] + '[engine]\nengine = "extract"\n')
    assert main(["digest", "--config", str(config), "--send"]) == 2
    assert "[smtp]" in capsys.readouterr().err


# ---- killed runs ------------------------------------------------------------------------------


def spawn(config: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`summarize digest --send` in a child process."""
    code = "import sys; from summarizer.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen(
        [sys.executable, "-c", code, "digest", "--config", str(config), "--send"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Poll until `condition` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def child_env(state: Path, fake: FakeOpenAI) -> dict[str, str]:
    """The child's environment: our state folder and cache, the fake model server."""
    env = dict(os.environ)
    env |= {"OPENAI_BASE_URL": fake.url, "OPENAI_API_KEY": "sk-test", "SUMMARIZER_ENGINE": "openai"}
    env["SUMMARIZER_STATE_DIR"] = str(state)
    return env


def test_killed_while_summarizing_then_rerun_sends_once_and_loses_nothing(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer
) -> None:
    fake = FakeOpenAI(latency=0.4).start()
    fake.handler = FakeModel()
    try:
        config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
        config.write_text(config.read_text().replace('engine = "extract"', "concurrency = 1"))
        child = spawn(config, child_env(state, fake))
        wait_for(lambda: len(fake.chat_requests()) >= 2)
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert not smtp.messages
        again = spawn(config, child_env(state, fake))
        assert again.wait(timeout=120) == 0, again.stderr.read() if again.stderr else ""
    finally:
        fake.close()
    got = received(smtp)
    assert {k: len(v) for k, v in got.items()} == {ZH: 1, EN: 1, EN2: 1}
    text = body(got[EN][0], "plain")
    assert all(name in text for name in PICKED)


def test_killed_between_two_deliveries_then_rerun_sends_only_the_missing_one(
    tmp_path: Path, state: Path, folder: Path
) -> None:
    fake = FakeOpenAI().start()
    fake.handler = FakeModel()
    try:
        with SmtpServer(rcpt_delay={EN2: 30.0}) as server:
            config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', server.port)
            child = spawn(config, child_env(state, fake))
            wait_for(lambda: EN2 in server.rcpt_seen)
            child.send_signal(signal.SIGKILL)
            child.wait()
            assert sorted(received(server)) == [EN, ZH]
            server.rcpt_delay.clear()
            again = spawn(config, child_env(state, fake))
            assert again.wait(timeout=60) == 0, again.stderr.read() if again.stderr else ""
            got = received(server)
    finally:
        fake.close()
    assert {k: len(v) for k, v in got.items()} == {ZH: 1, EN: 1, EN2: 1}
    assert got[EN][0]["message-id"] != got[EN2][0]["message-id"]
    assert body(got[EN][0], "html") == body(got[EN2][0], "html")


def test_via_batch_submits_first_then_a_later_run_sends_from_the_results(
    tmp_path: Path,
    state: Path,
    folder: Path,
    smtp: SmtpServer,
    fake_openai: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_openai.handler = FakeModel()
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    config.write_text(config.read_text().replace('engine = "extract"', 'engine = "openai"'))
    argv = ["digest", "--config", str(config), "--send", "--via", "batch"]
    assert main(argv) == 0
    assert "submitted 4 articles as batch job(s) 1, 2" in capsys.readouterr().err
    assert len(fake_openai.batch_ids()) == 2
    runs = 1
    while not smtp.messages:
        assert main(argv) == 0
        runs += 1
        assert runs < 8, capsys.readouterr().err
    assert "waiting for batch job(s) 1, 2" in capsys.readouterr().err
    assert fake_openai.chat_requests() == [], "every summary came from the batches"
    assert main(argv) == 0
    got = received(smtp)
    assert {k: len(v) for k, v in got.items()} == {ZH: 1, EN: 1, EN2: 1}
    assert all(name in body(got[ZH][0], "plain") for name in PICKED)


def test_via_batch_needs_send(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    assert main(["digest", "--config", str(config), "--via", "batch"]) == 2
    assert "--via batch needs --send" in capsys.readouterr().err


def openai_config(
    tmp_path: Path, folder: Path, port: int, fake: FakeOpenAI, mp: pytest.MonkeyPatch
) -> Path:
    """A digest.toml using the fake model server, one en reader."""
    mp.setenv("OPENAI_BASE_URL", fake.url)
    mp.setenv("OPENAI_API_KEY", "sk-test")
    config = write_config(
        tmp_path, f'[[sources]]\nfolder = "{folder}"\n', port, recipients=((EN, "en"),)
    )
    config.write_text(config.read_text().replace('engine = "extract"', 'engine = "openai"'))
    return config


def test_a_model_outage_sends_nothing_and_loses_no_article(
    tmp_path: Path,
    state: Path,
    folder: Path,
    smtp: SmtpServer,
    fake_openai: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = openai_config(tmp_path, folder, smtp.port, fake_openai, monkeypatch)
    fake_openai.handler = lambda body: unauthorized()
    assert main(["digest", "--config", str(config), "--send"]) == 3
    assert "the model failed for every article, so no digest was sent" in capsys.readouterr().err
    assert not smtp.messages
    fake_openai.handler = FakeModel()
    assert main(["digest", "--config", str(config), "--send"]) == 0
    text = body(received(smtp)[EN][0], "plain")
    assert all(name in text for name in PICKED)


def test_the_model_is_asked_about_the_first_article_while_a_later_one_still_loads(
    tmp_path: Path,
    state: Path,
    smtp: SmtpServer,
    fake_openai: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The second page is answered only once the model has been asked something: a digest
    that read every article before its first model call would find it unavailable."""
    asked, model = threading.Event(), FakeModel()

    def handler(body: dict[str, object]) -> Reply:
        asked.set()
        return model(body)

    fake_openai.handler = handler
    with FeedServer() as web:
        links = []
        for n, name in enumerate(PICKED[:2]):
            text = (ARTICLES / name / "article.txt").read_bytes()
            ready = asked if n else None
            web.pages[f"/{name}"] = Page(text, "text/plain; charset=utf-8", ready=ready)
            links.append(web.url(f"/{name}"))
        items = "".join(
            f"<item><title>{n}</title><link>{u}</link></item>" for n, u in enumerate(links)
        )
        rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        web.pages["/rss.xml"] = Page((rss + "</channel></rss>").encode())
        sources = f'[[sources]]\nfeed = "{web.url("/rss.xml")}"\n\n{ALLOW_LOCAL}'
        config = openai_config(tmp_path, tmp_path, smtp.port, fake_openai, monkeypatch)
        config.write_text(
            config.read_text().replace(f'[[sources]]\nfolder = "{tmp_path}"\n', sources)
        )
        assert main(["digest", "--config", str(config), "--send"]) == 0
    html = body(received(smtp)[EN][0], "html")
    assert all(link in html for link in links)


def test_a_story_twice_in_one_run_or_already_sent_costs_no_model_call(
    tmp_path: Path,
    state: Path,
    folder: Path,
    smtp: SmtpServer,
    fake_openai: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Summaries begin while articles are read; a copy the ledger will not claim never does
    (without the response cache, which would hide a second call for the same text)."""
    later = tmp_path / "later.txt"
    shutil.move(folder / f"{PICKED[2]}.txt", later)
    (folder / f"{PICKED[3]}.txt").unlink()
    config = openai_config(tmp_path, folder, smtp.port, fake_openai, monkeypatch)
    config.write_text(
        config.read_text().replace('engine = "openai"', 'engine = "openai"\ncache = false')
    )
    fake_openai.handler = model = FakeModel()
    shutil.copy(folder / f"{PICKED[0]}.txt", folder / "a-copy-listed-first.txt")
    assert main(["digest", "--config", str(config), "--send"]) == 0
    assert model.kinds().count("summarize") == 2
    with FeedServer() as web:
        text = (folder / f"{PICKED[1]}.txt").read_bytes()
        web.pages["/same-story"] = Page(text, "text/plain; charset=utf-8")
        item = f"<item><title>Again</title><link>{web.url('/same-story')}</link></item>"
        rss = f'<?xml version="1.0"?><rss version="2.0"><channel>{item}</channel></rss>'
        web.pages["/rss.xml"] = Page(rss.encode())
        feed = f'[[sources]]\nfeed = "{web.url("/rss.xml")}"\n\n{ALLOW_LOCAL}'
        config.write_text(config.read_text().replace("[smtp]", f"{feed}\n[smtp]"))
        shutil.move(later, folder / f"{PICKED[2]}.txt")
        assert main(["digest", "--config", str(config), "--send"]) == 0
        assert [s.path for s in web.seen] == ["/rss.xml", "/same-story"]
    assert model.kinds().count("summarize") == 3


def test_a_digest_in_two_languages_finds_each_articles_quotes_once(
    tmp_path: Path,
    state: Path,
    folder: Path,
    smtp: SmtpServer,
    fake_openai: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every reply is held until all eight first calls (4 articles × zh, en) are answered, so
    the two checks of each article start together in worker threads: one finds its quotes, the
    other waits for them (quote finding is the digest's largest CPU cost after the SDK's). The
    fake model finds quotes in its prompts too, all before the replies go out."""
    everyone, model, lock = threading.Event(), FakeModel(), threading.Lock()
    fake_misses = []

    def handler(body: dict[str, object]) -> Reply:
        with lock:
            reply = model(body)
            if len(model.kinds()) == 2 * len(PICKED):
                fake_misses.append(find_quotes.cache_info().misses)
                everyone.set()
        everyone.wait(20)
        return reply

    fake_openai.handler = handler
    config = openai_config(tmp_path, folder, smtp.port, fake_openai, monkeypatch)
    people = f'[[recipients]]\naddress = "{ZH}"\nlang = "zh"\n\n[[recipients]]'
    text = config.read_text().replace("[[recipients]]", people, 1)
    config.write_text(text.replace('engine = "openai"', 'engine = "openai"\nconcurrency = 8'))
    find_quotes.cache_clear()
    assert main(["digest", "--config", str(config), "--send"]) == 0
    assert sorted(received(smtp)) == sorted([ZH, EN])
    assert model.kinds().count("summarize") == 2 * len(PICKED)
    assert find_quotes.cache_info().misses - fake_misses[0] == len(PICKED)


def test_an_article_the_model_failed_on_goes_into_the_next_digest(
    tmp_path: Path,
    state: Path,
    folder: Path,
    smtp: SmtpServer,
    fake_openai: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = openai_config(tmp_path, folder, smtp.port, fake_openai, monkeypatch)
    model = FakeModel()
    spanish = "Cristina"
    fake_openai.handler = lambda body: unauthorized() if spanish in str(body) else model(body)
    assert main(["digest", "--config", str(config), "--send"]) == 4
    first = body(received(smtp)[EN][0], "plain")
    assert "goes into the next digest" in first
    fake_openai.handler = model
    assert main(["digest", "--config", str(config), "--send"]) == 0
    second = body(received(smtp)[EN][1], "plain")
    assert PICKED[2] in second and PICKED[0] not in second


def test_two_digest_configs_cannot_share_a_state_folder(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    assert main(["digest", "--config", str(config), "--send"]) == 0
    other = tmp_path / "other"
    other.mkdir()
    second = write_config(other, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    assert main(["digest", "--config", str(second), "--send"]) == 2
    assert "give each digest config its own state folder" in capsys.readouterr().err
    assert len(smtp.messages) == 3


def test_send_with_one_eml_file_for_three_readers_is_refused_before_sending(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port)
    out = tmp_path / "copy.eml"
    assert main(["digest", "--config", str(config), "--send", "--out", str(out)]) == 2
    assert "give a folder instead" in capsys.readouterr().err
    assert not smtp.messages and not out.exists()


def test_a_reader_removed_from_the_config_is_not_retried(
    tmp_path: Path, state: Path, folder: Path
) -> None:
    with SmtpServer(refuse={EN2: "550 5.1.1 no such user"}) as server:
        config = write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', server.port)
        assert main(["digest", "--config", str(config), "--send"]) == 3
        config.write_text(
            config.read_text().replace(f'address = "{EN2}"', 'address = "new@example.org"')
        )
        assert main(["digest", "--config", str(config), "--send"]) == 0
        assert server.rcpt_seen.count(EN2) == 1


def test_max_bytes_applies_to_every_article(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer
) -> None:
    config = write_config(
        tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port, recipients=((EN, "en"),)
    )
    assert main(["digest", "--config", str(config), "--send", "--max-bytes", "1000"]) == 4
    text = " ".join(body(received(smtp)[EN][0], "plain").split())  # unwrapped
    assert text.count("too large") == len(PICKED)


def test_once_the_mail_server_is_unreachable_the_other_messages_are_not_tried(
    tmp_path: Path, state: Path, folder: Path
) -> None:
    import asyncio

    from summarizer.config import Settings
    from summarizer.digest import config as digest_config
    from summarizer.digest import run as digest
    from summarizer.digest.ledger import Outgoing
    from summarizer.errors import DeliveryError

    tried: list[str] = []

    def unreachable(message: Outgoing) -> None:
        tried.append(message.recipient)
        raise DeliveryError("could not deliver to 127.0.0.1:1 after 4 attempts: refused", code=None)

    config = digest_config.load(write_config(tmp_path, f'[[sources]]\nfolder = "{folder}"\n', 1))
    options = digest.Options(send=True)
    outcome = asyncio.run(digest.run(config, Settings(engine="extract"), options, unreachable))
    assert len(tried) == 1
    assert {r for r, _ in outcome.undelivered} == {ZH, EN, EN2}
    assert sum("not tried" in why for _, why in outcome.undelivered) == 2


def test_a_dry_run_skips_a_story_already_sent_under_another_name(
    tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(
        tmp_path, f'[[sources]]\nfolder = "{folder}"\n', smtp.port, recipients=((EN, "en"),)
    )
    assert main(["digest", "--config", str(config), "--send"]) == 0
    shutil.copy(folder / f"{PICKED[0]}.txt", folder / "renamed-copy.txt")
    out = tmp_path / "preview"
    assert main(["digest", "--config", str(config), "--dry-run", "--out", str(out)]) == 0
    assert "nothing to send" in capsys.readouterr().err
    assert not out.exists()
