"""Command line: `summarize FILE... --lang LANG` and its subcommands."""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable, Sequence

from summarizer.cli.common import EXIT_BUG, error, show_warnings
from summarizer.errors import SummarizerError

COMMANDS: dict[str, tuple[str, str]] = {
    "quotes": ("tools", "quotes"),
    "verify": ("tools", "verify"),
    "show": ("tools", "show"),
    "cache": ("tools", "cache"),
    "golden": ("golden", "main"),
    "digest": ("digest", "main"),
    "batch": ("batch", "main"),
}
"""The subcommands, each as (module of summarizer.cli, function), imported only when it runs."""
# so that `summarize FILE` does not load the others (`summarize --help` lists them from
# common.SUBCOMMANDS)
YOUNG_COLLECTIONS = (10_000, 10, 10)
"""The console script's garbage-collection thresholds, generations 0-2 (Python's: 700, 10, 10)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `summarize` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if argv is None:
        # The default threshold (700) collects the youngest objects every few requests and every
        # object now and then: 0.3-0.45 s of a 200-article digest holding the GIL while calls
        # wait (bench/digest.py, docs/benchmarks.md); what the stages make holds few cycles.
        gc.set_threshold(*YOUNG_COLLECTIONS)
    show_warnings()
    try:
        return _command(args)
    finally:
        if argv is None:
            # The console script's process ends next. Its final garbage collection walks every
            # object the SDK and the stages made (0.3-0.4 s after a digest, bench/digest.py)
            # only to free memory the system takes back anyway; outputs are closed by now.
            gc.freeze()


def _command(args: list[str]) -> int:
    """Run the subcommand (or a summary) named by `args`; errors become exit codes."""
    try:
        if args and args[0] in COMMANDS:
            return _handler(args[0])(args[1:])
        from summarizer.cli import run  # what it imports (outputs, tempfile) no subcommand needs

        return run.main(args)
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


def _handler(name: str) -> Callable[[list[str]], int]:
    """The function that runs subcommand `name`."""
    module, function = COMMANDS[name]
    found: Callable[[list[str]], int] = getattr(
        importlib.import_module(f"summarizer.cli.{module}"), function
    )
    return found
