"""What every command shares: the parser that fails in one line, common options, error lines."""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
import traceback
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from summarizer.engines import registry
from summarizer.errors import InputError, SummarizerError, redact

if TYPE_CHECKING:
    from summarizer.config import Settings
    from summarizer.source.policy import Policy

FORMATS = ("text", "markdown", "json", "html")
EXIT_PARTIAL = 4
"""Exit code when some inputs succeeded and others failed."""
EXIT_BUG = 70
"""Exit code of an unexpected internal error (EX_SOFTWARE)."""
SUBCOMMANDS = {
    "quotes": "list an article's direct quotations and their speakers",
    "verify": "check a summary (JSON, or plain text with --text) against its source article",
    "show": "write the evidence page: a summary beside its article, claims linked",
    "cache": "show or clear the model-reply cache",
    "golden": "check summaries against approved golden cases",
    "digest": "email one digest of new articles per reader language",
    "batch": "summarize many articles through the OpenAI Batch API",
}
"""One line per subcommand, for `summarize --help`."""
FETCH_DEADLINE_ENV = "SUMMARIZER_FETCH_DEADLINE"
API_KEY_ENV = "OPENAI_API_KEY"
NO_MODEL_NOTICE = (
    "summarize: no model configured, using the extract engine (set OPENAI_API_KEY or "
    "OPENAI_BASE_URL, or --model-path FILE.gguf, to summarize with a model)"
)


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one-line InputErrors (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(f"{message} (see `{self.prog} --help`)")


def common(p: argparse.ArgumentParser) -> None:
    """Options every command that reads articles takes."""
    p.add_argument(
        "--max-bytes",
        type=_byte_count,
        default=20_000_000,
        help="refuse larger inputs (default 20000000)",
    )
    p.add_argument(
        "--fetch-deadline",
        type=_seconds,
        metavar="SECONDS",
        help=f"total seconds one URL fetch may take (default 30) [{FETCH_DEADLINE_ENV}]",
    )
    debug(p)


def length_option(p: argparse.ArgumentParser) -> None:
    """The summary's length, for the commands that summarize."""
    p.add_argument(
        "--length",
        default="medium",
        choices=("short", "medium", "long"),
        help="about 3, 6 or 10 points (default medium)",
    )


def debug(p: argparse.ArgumentParser) -> None:
    """The option every command takes."""
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def fetch_policy(args: argparse.Namespace) -> Policy:
    """How the URLs a user typed are fetched: the deadline from the flag, else the environment."""
    from summarizer.source.policy import DEADLINE, Policy

    given = args.fetch_deadline
    if given is None and os.environ.get(FETCH_DEADLINE_ENV):
        try:
            given = _seconds(os.environ[FETCH_DEADLINE_ENV])
        except argparse.ArgumentTypeError as exc:
            raise InputError(f"{FETCH_DEADLINE_ENV}: {exc}") from None
    return Policy(deadline=DEADLINE if given is None else given)


def _byte_count(text: str) -> int:
    """A --max-bytes value: a whole number, 0 or more (a negative one is not "no limit")."""
    return _whole(text, 0, " bytes")


def count(text: str) -> int:
    """A whole number of 1 or more (no model call can run with 0 at once or 0 tokens)."""
    return _whole(text, 1, "")


def _whole(text: str, least: int, unit: str) -> int:
    """`text` as a whole number of at least `least` (`unit` names it in the message)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a whole number{unit and ' of' + unit}: {text!r}"
        ) from None
    if value < least:
        raise argparse.ArgumentTypeError(f"must be {least} or more{unit}, not {value}")
    return value


def _seconds(text: str) -> float:
    """A positive, finite number of seconds."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text}")
    return value


def error(message: str, exc: BaseException | None = None, debug: bool = False) -> None:
    """Report one failure on stderr, secrets masked: one line, or one per listed mistake."""
    # a digest config's mistakes are listed one a line, each with its line number; --debug adds the
    # traceback
    if debug and exc is not None:
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    listed = message.split("\n") if isinstance(exc, SummarizerError) else [message]
    lines = [redact(line, os.environ.get(API_KEY_ENV)) for line in listed if line.strip()]
    print("summarize: error: " + "\n".join(lines), file=sys.stderr)


class _Warnings(logging.Handler):
    """Our own warnings (e.g. a cache bypassed for the run) as `summarize: warning:` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        """Print one warning on the current stderr."""
        print(f"summarize: warning: {' '.join(record.getMessage().split())}", file=sys.stderr)


def show_warnings() -> None:
    """Route the package's warnings to stderr, once per process."""
    log = logging.getLogger("summarizer")
    if not any(isinstance(h, _Warnings) for h in log.handlers):
        log.addHandler(_Warnings(logging.WARNING))
        log.propagate = False


def model_options(p: argparse.ArgumentParser) -> None:
    """The flags that choose and tune the engine (flag > environment > config file)."""
    m = p.add_argument_group("model (flag > environment > config file)")
    m.add_argument(
        "--engine",
        metavar="NAME",
        help=f"{', '.join(registry.names())}, or an installed engine [SUMMARIZER_ENGINE]",
    )
    m.add_argument("--model", help="model name [SUMMARIZER_MODEL]")
    m.add_argument("--base-url", help="OpenAI-compatible endpoint [OPENAI_BASE_URL]")
    m.add_argument("--model-path", help="GGUF file for the local engine [SUMMARIZER_MODEL_PATH]")
    m.add_argument("--concurrency", type=count, help="model calls at once (default 4)")
    m.add_argument("--max-input-tokens", type=count, help="input token budget per model call")
    m.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        default=None,
        help="neither reuse nor store cached model replies",
    )


def settings_from(
    args: argparse.Namespace,
    config_file: str | None,
    base: Mapping[str, Any] | None = None,
    *,
    notice: bool = True,
) -> Settings:
    """Settings from the model flags, the environment, `base` and the config file."""
    # `auto` is noted unless `notice` is False: then the caller prints `no_model_notice` when it is
    # due
    names = ("engine", "model", "base_url", "model_path", "concurrency", "max_input_tokens")
    flags = {k: getattr(args, k) for k in names} | {"cache": args.cache}
    settings = registry.resolve(flags, config_file=config_file, base=base)
    if notice and no_model_notice(settings):
        print(NO_MODEL_NOTICE, file=sys.stderr)
    return settings


def no_model_notice(settings: Settings) -> bool:
    """Whether `auto` fell back to the extract engine, which the user should hear about."""
    return settings.resolved_engine() == "extract" and settings.engine == "auto"
