"""digest.toml: a full file loads into dataclasses; every mistake is reported with its line."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer import lang
from summarizer.digest.config import SmtpSettings, SourceSpec, load
from summarizer.digest.readers import Address
from summarizer.errors import ConfigurationError

FULL = """\
title = "Morning briefing"
unsubscribe = "mailto:leave@example.org"
length = "medium"

[sender]
address = "briefing@example.org"
name = "新闻简报 Desk"

[[recipients]]
address = "li@example.org"
name = "李雷"
lang = "zh-CN"

[[recipients]]
address = "ann@example.org"
lang = "EN"

[[sources]]
folder = "articles"
[[sources]]
feed = "https://example.org/rss.xml"
outlet = "Example News"
[[sources]]
urls = "lists/urls.txt"

[limits]
articles = 12
email_bytes = 50000

[smtp]
host = "smtp.example.org"
security = "ssl"
user_env = "DIGEST_SMTP_USER"
password_env = "DIGEST_SMTP_PASSWORD"
timeout = 12.5

[engine]
engine = "openai"
model = "gpt-4o-mini"
concurrency = 8
"""


def minimal(
    title: str = 'title = "Briefing"',
    sender: str = '[sender]\naddress = "desk@example.org"',
    recipient: str = 'address = "ann@example.org"\nlang = "en"',
    source: str = 'folder = "articles"',
    tail: str = "",
) -> str:
    """A valid digest.toml, with one part swapped for a test's own text."""
    return f"{title}\n{sender}\n\n[[recipients]]\n{recipient}\n\n[[sources]]\n{source}\n\n{tail}\n"


def write(folder: Path, text: str, name: str = "digest.toml") -> Path:
    """`text` as a digest file in `folder`, next to an articles folder and a URL list."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "lists").mkdir(exist_ok=True)
    (folder / "lists" / "urls.txt").write_text("https://example.org/a\n", encoding="utf-8")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def mistakes(path: Path) -> tuple[tuple[int, str], ...]:
    """The (line, problem) pairs loading `path` reports."""
    with pytest.raises(ConfigurationError) as caught:
        load(path)
    found = caught.value.evidence["mistakes"]
    assert isinstance(found, tuple)
    lines = str(caught.value).split("\n")
    assert lines == [f"{path}:{line}: {problem}" for line, problem in found]
    return found


def line_of(text: str, needle: str) -> int:
    """The 1-based number of the first line of `text` containing `needle`."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def test_full_file_loads_into_dataclasses(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    config = load(path)
    assert config.path == path.resolve() and config.title == "Morning briefing"
    assert config.sender == Address("briefing@example.org", "新闻简报 Desk")
    assert [(r.mailbox.address, r.mailbox.name, r.lang) for r in config.recipients] == [
        ("li@example.org", "李雷", lang.normalize("zh-CN")),
        ("ann@example.org", None, "en"),
    ]
    assert config.languages == ("zh", "en")
    assert config.sources == (
        SourceSpec("folder", str((tmp_path / "articles").resolve())),
        SourceSpec("feed", "https://example.org/rss.xml", "Example News"),
        SourceSpec("urls", str((tmp_path / "lists" / "urls.txt").resolve())),
    )
    assert config.smtp == SmtpSettings(
        "smtp.example.org", 465, "ssl", "DIGEST_SMTP_USER", "DIGEST_SMTP_PASSWORD", 12.5
    )
    assert (config.max_articles, config.max_email_bytes, config.length) == (12, 50000, "medium")
    assert config.unsubscribe == "mailto:leave@example.org"
    assert dict(config.engine) == {"engine": "openai", "model": "gpt-4o-mini", "concurrency": 8}


def test_minimal_file_gets_the_defaults(tmp_path: Path) -> None:
    config = load(write(tmp_path, minimal()))
    assert config.smtp is None and config.unsubscribe is None and dict(config.engine) == {}
    assert (config.max_articles, config.max_email_bytes, config.length) == (30, 100_000, "short")
    assert config.sender == Address("desk@example.org")


def test_relative_paths_are_relative_to_the_file_not_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "conf", minimal(source='urls = "lists/urls.txt"'))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    config = load(Path("..") / "conf" / "digest.toml")
    assert config.sources[0].location == str(tmp_path.resolve() / "conf" / "lists" / "urls.txt")


@pytest.mark.parametrize(
    "security, port", [("starttls", 587), ("ssl", 465), ("none", 25), (None, 587)]
)
def test_default_port_follows_security(tmp_path: Path, security: str | None, port: int) -> None:
    chosen = f'security = "{security}"' if security else ""
    config = load(write(tmp_path, minimal(tail=f'[smtp]\nhost = "mx.example.org"\n{chosen}')))
    assert config.smtp is not None and config.smtp.port == port
    assert config.smtp.security == (security or "starttls") and config.smtp.credentials({}) is None


def test_every_mistake_is_reported_with_its_line(tmp_path: Path) -> None:
    text = """\
title = "Briefing"
length = "tiny"

[sender]
address = "desk@example.org"

[[recipients]]
address = "li@example.org"
lang = "zh"

[[recipients]]
adress = "ann@example.org"
lang = "klingon"

[[sources]]
folder = "no-such-folder"

[smtp]
host = "mx.example.org"
port = 0
password = "hunter2"
"""
    path = write(tmp_path, text)
    found = mistakes(path)
    assert [line for line, _ in found] == [2, 11, 12, 13, 16, 20, 21]
    problems = dict(found)
    assert "'length' must be one of short, medium, long" in problems[2]
    assert "'address' is missing in [[recipients]] #2" in problems[11]
    assert problems[12] == ("unknown key 'adress' in [[recipients]] #2; did you mean 'address'?")
    assert "unknown language 'klingon'" in problems[13]
    assert "no such folder" in problems[16] and "no-such-folder" in problems[16]
    assert "from 1 to 65535" in problems[20]
    assert "name it with password_env" in problems[21] and "hunter2" not in str(found)


def test_a_secret_pasted_into_password_env_is_not_repeated(tmp_path: Path) -> None:
    smtp = '[smtp]\nhost = "mx.example.org"\nuser_env = "U"\npassword_env = "hunter2!"'
    text = minimal(tail=smtp)
    assert mistakes(write(tmp_path, text)) == (
        (
            line_of(text, "password_env"),
            "'password_env' in [smtp] must name an environment variable",
        ),
    )


def test_mistakes_in_inline_tables_point_at_their_key(tmp_path: Path) -> None:
    inline = 'recipients = [{ address = "ann@example.org", lang = "xx" }]'
    text = minimal(title=f'title = "Briefing"\n{inline}').replace(
        '[[recipients]]\naddress = "ann@example.org"\nlang = "en"\n', ""
    )
    path = write(tmp_path, text)
    [(line, problem)] = mistakes(path)
    assert line == line_of(text, "recipients = [")
    assert problem.startswith("'lang' in [[recipients]] #1: unknown language 'xx'; supported: en")


@pytest.mark.parametrize(
    "part, written, marker",
    [
        ("tail", '[smtp]\nhost = "mx.example.org"\n"port" = 0', '"port"'),
        ("title", 'title = "Briefing"\nlimits.articles = 0', "limits.articles"),
        ("tail", "[limits]\n'articles' = 0", "'articles'"),
    ],
)
def test_quoted_and_dotted_keys_are_located(
    tmp_path: Path, part: str, written: str, marker: str
) -> None:
    text = minimal(**{part: written})
    [(line, problem)] = mistakes(write(tmp_path, text))
    assert line == line_of(text, marker) and "must be a whole number" in problem


def test_text_inside_multiline_strings_is_not_taken_for_keys(tmp_path: Path) -> None:
    recipient = 'address = "ann@example.org"\nname = """\\\n  lang = Ann \\\n  """\nlang = "xx"'
    text = minimal(recipient=recipient)
    [(line, problem)] = mistakes(write(tmp_path, text))
    assert line == line_of(text, 'lang = "xx"') and "unknown language 'xx'" in problem


def test_crlf_and_byte_order_mark_keep_line_numbers(tmp_path: Path) -> None:
    text = minimal(tail="[limits]\narticles = -1")
    path = tmp_path / "digest.toml"
    write(tmp_path, "")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    assert mistakes(path)[0][0] == line_of(text, "articles = -1")


@pytest.mark.parametrize(
    "text, line",
    [
        ('title = "Briefing"\n[sender]\naddress = \n', 3),
        ('title = "Briefing"\n\n[sender]\naddress = "a@b.org"\naddress = "c@d.org"\n', 5),
        ('title = "Briefing"\n[sender\n', 2),
        ('title = "Briefing\n\n', 1),
    ],
)
def test_toml_syntax_error_names_its_line(tmp_path: Path, text: str, line: int) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigurationError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: TOML syntax error: ") and "\n" not in message
    assert caught.value.evidence["line"] == line


RULES = [
    # (part of the file, text written there, line marker, fragment of the message)
    ("title", "", "", "'title' is missing"),
    ("title", 'title = ""', 'title = ""', "'title' is empty"),
    ("title", 'title = "two\\nlines"', "two", "'title' must be one line"),
    ("title", "title = 3", "title = 3", "'title' must be a quoted string"),
    (
        "title",
        'titel = "x"',
        "titel",
        "unknown key 'titel' at the top level; did you mean 'title'?",
    ),
    (
        "title",
        'title = "B"\nlength = "tiny"',
        "tiny",
        "'length' must be one of short, medium, long",
    ),
    ("title", 'title = "B"\nunsubscribe = "http://x.org/u"', "unsubscribe", "mailto: or https:"),
    ("title", 'title = "B"\nunsubscribe = "leave@x.org"', "unsubscribe", "mailto: or https:"),
    ("sender", 'sender = "desk@example.org"', "sender =", "[sender] must be a table"),
    (
        "sender",
        '[sender]\naddress = "desk@example.org"\nname = "Desk\\r\\nBcc: x"',
        "Bcc",
        "one line",
    ),
    ("sender", '[sender]\nname = "Desk"', "[sender]", "'address' is missing in [sender]"),
    (
        "sender",
        '[sender]\naddress = "desk@example.org"\nadres = "x"',
        "adres",
        "did you mean 'address'",
    ),
    ("recipient", 'address = "ann@example.org"', "[[recipients]]", "'lang' is missing"),
    ("recipient", 'lang = "en"', "[[recipients]]", "'address' is missing in [[recipients]] #1"),
    ("recipient", 'address = "a@b.org"\nlang = "tlh"', "tlh", "unknown language 'tlh'"),
    ("recipient", 'address = "ann@example.org"\nlang = "en"\nname = "A\\nB"', "A\\n", "one line"),
    ("tail", '[[recipients]]\naddress = "Ann@Example.org"\nlang = "fr"', "Ann@", "listed twice"),
    ("source", 'folder = "articles"\nfeed = "https://x.org/f"', "[[sources]]", "exactly one of"),
    ("source", 'outlet = "Daily"', "[[sources]]", "exactly one of folder, feed, urls; has none"),
    ("source", 'feed = "ftp://example.org/rss"', "ftp:", "not an http(s) URL"),
    ("source", 'feed = "example.org/rss"', "feed =", "not an http(s) URL"),
    ("source", 'folder = "missing"', "missing", "no such folder"),
    ("source", 'folder = "lists/urls.txt"', "folder =", "no such folder"),
    ("source", 'urls = "missing.txt"', "missing.txt", "no such file"),
    ("source", 'urls = "lists"', "urls =", "no such file"),
    ("source", 'folder = "articles"\nfeeds = "x"', "feeds", "did you mean 'feed'"),
    ("tail", "[limits]\narticles = 0", "articles =", "'articles' in [limits] must be a whole"),
    ("tail", '[limits]\nemail_bytes = "100k"', "email_bytes", "must be a whole number"),
    ("tail", "[limits]\narticles = true", "articles =", "must be a whole number"),
    ("tail", "[limits]\narticle = 3", "article =", "did you mean 'articles'"),
    ("tail", "[smtp]\nport = 25", "[smtp]", "'host' is missing in [smtp]"),
    ("tail", '[smtp]\nhost = "smtp://mx.org"', "host", "bare host name"),
    ("tail", '[smtp]\nhost = "mx.org"\nsecurity = "tls"', "tls", "starttls, ssl, none"),
    ("tail", '[smtp]\nhost = "mx.org"\nport = 70000', "70000", "from 1 to 65535"),
    ("tail", '[smtp]\nhost = "mx.org"\nport = "25"', "port", "from 1 to 65535"),
    ("tail", '[smtp]\nhost = "mx.org"\ntimeout = 0', "timeout", "seconds above 0"),
    ("tail", '[smtp]\nhost = "mx.org"\ntimeout = "30s"', "timeout", "seconds above 0"),
    ("tail", '[smtp]\nhost = "mx.org"\nuser = "me"', "user =", "name it with user_env"),
    ("tail", '[smtp]\nhost = "mx.org"\npassword = "pw"', "password", "name it with password_env"),
    ("tail", '[smtp]\nhost = "mx.org"\nuser_env = "U"', "user_env", "together"),
    ("tail", '[smtp]\nhost = "mx.org"\npassword_env = "P"', "password_env", "together"),
    (
        "tail",
        '[smtp]\nhost = "mx.org"\nuser_env = "U"\npassword_env = "s3cr3t!"',
        "s3cr",
        "name an",
    ),
    ("tail", "[engine]\nconcurency = 3", "concurency", "did you mean 'concurrency'"),
    ("tail", "[engine]\nconcurrency = 0", "concurrency", "'concurrency' in [engine]: 0 is not"),
    ("tail", "[engine]\nmodel = 4", "model", "'model' in [engine]: expected a string"),
    ("tail", '[engine]\napi_key = "sk-1"', "api_key", "OPENAI_API_KEY"),
    ("tail", '[engine]\nengine = "extrct"', "extrct", "unknown engine 'extrct'; valid engines"),
]


@pytest.mark.parametrize("part, written, marker, fragment", RULES)
def test_each_rule_reports_its_mistake_on_its_line(
    tmp_path: Path, part: str, written: str, marker: str, fragment: str
) -> None:
    text = minimal(**{part: written})
    found = mistakes(write(tmp_path, text))
    expected = line_of(text, marker)
    assert any(line == expected and fragment in problem for line, problem in found), found


@pytest.mark.parametrize(
    "address",
    [
        "ann example.org",
        "ann@example",
        "a@b@example.org",
        "@example.org",
        "ann@.org",
        "a(b@example.org",
        "a:b@example.org",
        "ann@example.org(x)",
    ],
)
def test_addresses_that_do_not_look_like_email_are_refused(tmp_path: Path, address: str) -> None:
    text = minimal(recipient=f'address = "{address}"\nlang = "en"')
    found = mistakes(write(tmp_path, text))
    assert found == (
        (
            line_of(text, f'"{address}"'),
            f"'address' in [[recipients]] #1 is not an email address: {address!r}; "
            "write it like name@example.org",
        ),
    )


@pytest.mark.parametrize("table", ["[recipients]\naddress = 'a@b.org'\nlang = 'en'", ""])
def test_recipients_must_be_an_array_of_tables(tmp_path: Path, table: str) -> None:
    text = minimal().replace('[[recipients]]\naddress = "ann@example.org"\nlang = "en"', table)
    found = mistakes(write(tmp_path, text))
    expected = line_of(text, "[recipients]") if table else 1
    assert [line for line, _ in found] == [expected] and "[[recipients]]" in found[0][1]


def test_sources_are_required(tmp_path: Path) -> None:
    text = minimal().replace('[[sources]]\nfolder = "articles"', "")
    assert mistakes(write(tmp_path, text)) == (
        (
            1,
            'no [[sources]]; add [[sources]] with folder = "articles", feed = "https://..." '
            'or urls = "urls.txt"',
        ),
    )


def test_missing_sender_is_reported_on_line_one(tmp_path: Path) -> None:
    text = minimal(sender="")
    found = mistakes(write(tmp_path, text))
    assert found == ((1, 'no [sender] table; add [sender] with address = "you@example.org"'),)


def test_missing_file_is_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigurationError, match=r"^digest file not found: .*nope\.toml; "):
        load(path)


def test_folder_instead_of_file_is_one_line_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as caught:
        load(tmp_path)
    assert str(caught.value) == f"cannot read digest file {tmp_path}: Is a directory"


def test_non_utf8_file_is_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "digest.toml"
    path.write_bytes('title = "Matin"\n# é\n'.encode("latin-1"))
    with pytest.raises(ConfigurationError) as caught:
        load(path)
    assert str(caught.value) == (
        f"digest file {path} is not UTF-8 text (bad byte at offset 18); save it as UTF-8"
    )


def test_unreadable_file_is_one_line_naming_it(
    unreadable: Callable[[str], contextlib.AbstractContextManager[Path]],
) -> None:
    with unreadable(minimal()) as path, pytest.raises(ConfigurationError) as caught:
        load(path)
    assert str(caught.value) == f"cannot read digest file {path}: Permission denied"


SMTP = SmtpSettings("mx.example.org", 587, user_env="DIGEST_SMTP_USER", password_env="DIGEST_PW")


def test_credentials_come_from_the_named_variables() -> None:
    env = {"DIGEST_SMTP_USER": "desk", "DIGEST_PW": "s3cret"}
    assert SMTP.credentials(env) == ("desk", "s3cret")


@pytest.mark.parametrize(
    "env, message",
    [
        ({"DIGEST_PW": "s3cret"}, "SMTP user variable DIGEST_SMTP_USER is not set"),
        (
            {"DIGEST_SMTP_USER": "desk", "DIGEST_PW": ""},
            "SMTP password variable DIGEST_PW is not set",
        ),
    ],
)
def test_unset_credential_variable_is_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        SMTP.credentials(env)
    assert str(caught.value).startswith(message) and "s3cret" not in str(caught.value)


def test_no_credentials_without_variables() -> None:
    assert SmtpSettings("mx.example.org", 25, "none").credentials({"DIGEST_PW": "x"}) is None
