"""`summarize FILE... --lang LANG`: summarize inputs concurrently and write the results."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.cli.common import (
    EXIT_PARTIAL,
    FORMATS,
    NO_MODEL_NOTICE,
    SUBCOMMANDS,
    Parser,
    common,
    error,
    fetch_policy,
    length_option,
    model_options,
    no_model_notice,
    settings_from,
)
from summarizer.errors import InputError, VerificationError
from summarizer.output import EXTENSIONS, distinct, refuse_inputs, write_atomic

if TYPE_CHECKING:
    from summarizer.config import Settings
    from summarizer.engines.base import Request
    from summarizer.pipeline import Result
    from summarizer.source.policy import Policy
    from summarizer.summary import Summary

USAGE = ("calls", "cached", "prompt_tokens", "completion_tokens", "cost_usd")


def parser() -> argparse.ArgumentParser:
    """Arguments of the main command."""
    commands = "\n".join(f"  {name:<8} {line}" for name, line in SUBCOMMANDS.items())
    p = Parser(
        prog="summarize",
        description="Neutral, attributed news summaries whose quotes are proven verbatim.",
        epilog=f"other commands (`summarize COMMAND --help`):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="FILE", help="article path, URL, or - for stdin")
    p.add_argument("--lang", required=True, help="reader language: en zh zh-Hant es fr de ja ru ar")
    length_option(p)
    p.add_argument(
        "--format", choices=FORMATS, help="output format (default: from --out, else text)"
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument("--out", metavar="PATH", help="write the result of a single input to PATH")
    out.add_argument("--out-dir", metavar="DIR", help="write one file per input into DIR")
    p.add_argument("--strict", action="store_true", help="exit 1 on any verification failure")
    p.add_argument("--stats", action="store_true", help="print model calls, tokens and cost")
    model_options(p)
    p.add_argument("--config", help="TOML config file (default ~/.config/summarizer/config.toml)")
    common(p)
    p.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    return p


class _Version(argparse.Action):
    """--version: the installed package's version (read only when asked: it is slow to load)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from summarizer._data import version

        print(f"summarize {version()}")
        parser.exit()


def main(argv: list[str]) -> int:
    """Run the main command; returns the exit code."""
    args = parser().parse_args(argv)
    # asyncio and the stages are slow to import (bench/startup.py): only once the arguments parse
    import asyncio

    from summarizer import lang
    from summarizer.engines.base import Request

    request = Request(lang=lang.normalize(args.lang), length=args.length)
    fmt = args.format or format_from_path(args.out) or "text"
    if args.out and len(args.inputs) > 1:
        raise InputError("--out takes a single input; use --out-dir for several")
    if args.out:
        refuse_inputs(args.out, args.inputs)
    policy = fetch_policy(args)
    settings = settings_from(args, args.config, notice=False)
    delivery = Delivery(args, fmt, request.lang, notice=no_model_notice(settings))
    return asyncio.run(_run(args, settings, request, policy, delivery))


async def _run(
    args: argparse.Namespace,
    settings: Settings,
    request: Request,
    policy: Policy,
    delivery: Delivery,
) -> int:
    from summarizer import pipeline, source
    from summarizer.engines.registry import open_engine

    async with open_engine(settings) as engine:
        async for result in pipeline.run_many(
            args.inputs,
            lambda spec: source.load(spec, max_bytes=args.max_bytes, policy=policy),
            engine,
            request,
            concurrency=settings.concurrency,
            strict=args.strict,
        ):
            await delivery.take(result)
    return delivery.finish()


# so memory stays flat over any number of inputs
class Delivery:
    """Writes each result as it arrives, in input order, keeping only the tallies."""

    def __init__(
        self, args: argparse.Namespace, fmt: str, reader_lang: str, *, notice: bool
    ) -> None:
        self.args, self.fmt, self.reader_lang = args, fmt, reader_lang
        # The no-model notice comes with the first summary, so that an input that fails to
        # read shows its one error line alone.
        self.notice = notice
        self.names = iter(distinct(args.inputs))
        self.progress = Progress(len(args.inputs))
        self.usage = dict.fromkeys(USAGE, 0.0)
        self.codes: list[int] = []
        self.failed: list[str] = []

    async def take(self, result: Result) -> None:
        """Count, write and report one result (files in a worker thread: they are synced)."""
        import asyncio

        self.progress.step(result)
        for key in USAGE:
            self.usage[key] += float(result.summary.usage.get(key, 0)) if result.summary else 0.0
        if self.args.out or self.args.out_dir:
            await asyncio.to_thread(self.deliver, result, next(self.names))
        else:
            self.deliver(result, next(self.names))

    def deliver(self, r: Result, name: str) -> None:
        """Write one successful result (with --strict, one that verifies); report one failure."""
        args = self.args
        failure = r.error
        if r.summary is not None:
            failure = _strict_failure(r.summary) if args.strict else None
            if failure is None:
                if self.notice:
                    print(NO_MODEL_NOTICE, file=sys.stderr)
                    self.notice = False
                emit(name, shown(r, self.fmt), self.fmt, self.reader_lang, args)
        if failure is not None:
            named = r.spec in str(failure)  # "no such file: x.txt" needs no "x.txt: " before it
            prefix = f"{r.spec}: " if (len(args.inputs) > 1 or args.strict) and not named else ""
            error(f"{prefix}{failure}", failure, args.debug)
            self.codes.append(failure.exit_code)
            self.failed.append(r.spec)

    def finish(self) -> int:
        """End the progress line, print --stats; the exit code."""
        self.progress.close()
        if self.args.stats:
            print_stats(self.usage)
        if not self.codes:
            return 0
        total = len(self.args.inputs)
        if total > 1:
            error(f"{len(self.codes)} of {total} inputs failed: {', '.join(self.failed)}")
            return EXIT_PARTIAL
        return self.codes[0]


class Progress:
    """A one-line progress counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0
        self.shown = sys.stderr.isatty() and total > 1

    def step(self, result: Result) -> None:
        """Count one finished input."""
        self.count += 1
        if self.shown:
            mark = "failed: " + result.spec if result.error else result.spec
            print(f"\r[{self.count}/{self.total}] {mark[-60:]:<60}", end="", file=sys.stderr)

    def close(self) -> None:
        """End the progress line."""
        if self.shown:
            print(file=sys.stderr)


def print_stats(totals: Mapping[str, float]) -> None:
    """Totals of model usage over every summary, on stderr."""
    print(
        f"summarize: {int(totals['calls'])} model calls ({int(totals['cached'])} cached), "
        f"{int(totals['prompt_tokens'])} prompt + {int(totals['completion_tokens'])} completion "
        f"tokens, estimated cost ${totals['cost_usd']:.4f}",
        file=sys.stderr,
    )


def format_from_path(path: str | None) -> str | None:
    """The output format an --out file name implies, if any."""
    suffix = Path(path).suffix.lower().lstrip(".") if path else ""
    by_ext = {ext: fmt for fmt, ext in EXTENSIONS.items()} | {"markdown": "markdown", "htm": "html"}
    return by_ext.get(suffix)


def shown(r: Result, fmt: str) -> str:
    """A successful result in `fmt`: the evidence page for html, else the rendered summary."""
    assert r.summary is not None
    # Only once there is output, and the page (jinja2 and its templates) only for html.
    if fmt == "html" and r.article is not None:
        from summarizer.page import evidence_page

        return evidence_page(r.summary, r.article)
    from summarizer.render import render

    return render(r.summary, fmt)


def _strict_failure(summary: Summary | None) -> VerificationError | None:
    """Why --strict withholds `summary` (its verification failed), or None."""
    ver = summary.verification if summary is not None else None
    if ver is None or ver.ok:
        return None
    kinds = ", ".join(sorted({f.kind for f in ver.errors}))
    return VerificationError(f"verification failed ({kinds}); nothing was written")


def emit(name: str, output: str, fmt: str, reader_lang: str, args: argparse.Namespace) -> None:
    """Write one rendered result to --out, as `name` into --out-dir, or to stdout."""
    if args.out:
        write_atomic(Path(args.out), output)
    elif args.out_dir:
        write_atomic(Path(args.out_dir) / f"{name}.{reader_lang}.{EXTENSIONS[fmt]}", output)
    else:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
        sys.stdout.flush()
