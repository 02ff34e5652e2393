"""Command line: `summarize FILE... --lang LANG`; quotes, verify, cache, golden, digest, batch."""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from summarizer.errors import InputError, SummarizerError, redact

if TYPE_CHECKING:
    from summarizer.source.fetch import Policy

EXIT_BUG = 70
"""Exit code of an unexpected internal error (EX_SOFTWARE)."""


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one-line InputErrors (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(f"{message} (see `{self.prog} --help`)")


FETCH_DEADLINE_ENV = "SUMMARIZER_FETCH_DEADLINE"
API_KEY_ENV = "OPENAI_API_KEY"


def common(p: argparse.ArgumentParser) -> None:
    """Options every command takes."""
    p.add_argument("--max-bytes", type=_byte_count, default=20_000_000, help="refuse larger inputs")
    p.add_argument(
        "--fetch-deadline",
        type=_seconds,
        metavar="SECONDS",
        help=f"total seconds one URL fetch may take (default 30) [{FETCH_DEADLINE_ENV}]",
    )
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def fetch_policy(args: argparse.Namespace) -> Policy:
    """How the URLs a user typed are fetched: the deadline from the flag, else the environment."""
    from summarizer.source.fetch import DEADLINE, Policy

    given = args.fetch_deadline
    if given is None and os.environ.get(FETCH_DEADLINE_ENV):
        try:
            given = _seconds(os.environ[FETCH_DEADLINE_ENV])
        except argparse.ArgumentTypeError as exc:
            raise InputError(f"{FETCH_DEADLINE_ENV}: {exc}") from None
    return Policy(deadline=DEADLINE if given is None else given)


def _byte_count(text: str) -> int:
    """A --max-bytes value: a whole number, 0 or more (a negative one is not "no limit")."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more bytes, not {value}")
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
    """Report one failure as a single line on stderr (plus its traceback with --debug)."""
    if debug and exc is not None:
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    print(f"summarize: error: {redact(message, os.environ.get(API_KEY_ENV))}", file=sys.stderr)


class _Warnings(logging.Handler):
    """Our own warnings (e.g. a cache bypassed for the run) as `summarize: warning:` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        """Print one warning on the current stderr."""
        print(f"summarize: warning: {' '.join(record.getMessage().split())}", file=sys.stderr)


def _show_warnings() -> None:
    """Route the package's warnings to stderr once per process."""
    log = logging.getLogger("summarizer")
    if not any(isinstance(h, _Warnings) for h in log.handlers):
        log.addHandler(_Warnings(logging.WARNING))
        log.propagate = False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `summarize` console script; returns the exit code."""
    from summarizer.cli import batch, digest, golden, run, tools

    _show_warnings()
    args = list(sys.argv[1:] if argv is None else argv)
    commands: dict[str, Callable[[list[str]], int]] = {
        "quotes": tools.quotes,
        "verify": tools.verify,
        "cache": tools.cache,
        "golden": golden.main,
        "digest": digest.main,
        "batch": batch.main,
    }
    handler = commands.get(args[0]) if args else None
    try:
        return handler(args[1:]) if handler else run.summarize(args)
    except SummarizerError as exc:
        error(str(exc), exc, "--debug" in args)
        return exc.exit_code
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except Exception as exc:  # a bug of ours: still one line, the traceback only with --debug
        error(
            f"internal error ({type(exc).__name__}: {exc}); rerun with --debug for the "
            "traceback and please report it",
            exc,
            "--debug" in args,
        )
        return EXIT_BUG
