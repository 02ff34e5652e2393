"""Command line: `summarize FILE... --lang LANG`; quotes, verify, show, cache, golden, digest,
batch."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence

from summarizer.errors import InputError, SummarizerError

EXIT_BUG = 70
"""Exit code of an unexpected internal error (EX_SOFTWARE)."""


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one-line InputErrors (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(f"{message} (see `{self.prog} --help`)")


def common(p: argparse.ArgumentParser) -> None:
    """Options every command takes."""
    p.add_argument("--max-bytes", type=int, default=20_000_000, help="refuse larger inputs")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def error(message: str, exc: BaseException | None = None, debug: bool = False) -> None:
    """Report one failure as a single line on stderr (plus its traceback with --debug)."""
    if debug and exc is not None:
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    print(f"summarize: error: {' '.join(message.split())}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `summarize` console script; returns the exit code."""
    from summarizer.cli import batch, digest, golden, run, tools

    args = list(sys.argv[1:] if argv is None else argv)
    commands: dict[str, Callable[[list[str]], int]] = {
        "quotes": tools.quotes,
        "verify": tools.verify,
        "show": tools.show,
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
