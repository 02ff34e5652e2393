"""`summarize FILE... --lang LANG`: summarize inputs concurrently and write the results."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.cli import Parser, common, error
from summarizer.errors import InputError, VerificationError
from summarizer.output import EXTENSIONS, stem, write_atomic

if TYPE_CHECKING:
    from summarizer.config import Settings
    from summarizer.engines.base import Request
    from summarizer.pipeline import Result

FORMATS = ("text", "markdown", "json", "html")
EXIT_PARTIAL = 4
USAGE = ("calls", "cached", "prompt_tokens", "completion_tokens", "cost_usd")
NO_MODEL_NOTICE = (
    "summarize: no model configured, using the extract engine (set OPENAI_API_KEY or "
    "OPENAI_BASE_URL, or --model-path FILE.gguf, to summarize with a model)"
)


def parser() -> argparse.ArgumentParser:
    """Arguments of the main command."""
    p = Parser(
        prog="summarize",
        description="Neutral, attributed news summaries whose quotes are proven verbatim. Also: "
        "`summarize quotes ARTICLE`, `summarize verify SUMMARY --source ARTICLE`, "
        "`summarize cache stats|clear`.",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE", help="article path, URL, or - for stdin")
    p.add_argument("--lang", required=True, help="reader language: en zh zh-Hant es fr de ja ru ar")
    p.add_argument("--length", default="medium", choices=("short", "medium", "long"))
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
    return p


def model_options(p: argparse.ArgumentParser) -> None:
    """The flags that choose and tune the engine (flag > environment > config file)."""
    m = p.add_argument_group("model (flag > environment > config file)")
    m.add_argument("--engine", choices=("auto", "extract", "openai", "local"))
    m.add_argument("--model", help="model name [SUMMARIZER_MODEL]")
    m.add_argument("--base-url", help="OpenAI-compatible endpoint [OPENAI_BASE_URL]")
    m.add_argument("--model-path", help="GGUF file for the local engine [SUMMARIZER_MODEL_PATH]")
    m.add_argument("--concurrency", type=int, help="model calls at once (default 4)")
    m.add_argument("--max-input-tokens", type=int, help="input token budget per model call")
    m.add_argument("--no-cache", dest="cache", action="store_false", default=None)


def settings_from(
    args: argparse.Namespace, config_file: str | None, base: Mapping[str, Any] | None = None
) -> Settings:
    """Settings from the model flags, the environment, `base` and the config file; notes `auto`."""
    from summarizer import config

    names = ("engine", "model", "base_url", "model_path", "concurrency", "max_input_tokens")
    flags = {k: getattr(args, k) for k in names} | {"cache": args.cache}
    settings = config.resolve(flags, config=config_file, base=base)
    if settings.resolved_engine() == "extract" and settings.engine == "auto":
        print(NO_MODEL_NOTICE, file=sys.stderr)
    return settings


def summarize(argv: list[str]) -> int:
    """Run the main command; returns the exit code."""
    args = parser().parse_args(argv)
    import asyncio

    from summarizer import lang
    from summarizer.engines.base import Request

    request = Request(lang=lang.normalize(args.lang), length=args.length)
    fmt = args.format or format_from_path(args.out) or "text"
    if args.out and len(args.inputs) > 1:
        raise InputError("--out takes a single input; use --out-dir for several")
    settings = settings_from(args, args.config)
    return asyncio.run(_run(args, settings, request, Delivery(args, fmt, request.lang)))


async def _run(
    args: argparse.Namespace, settings: Settings, request: Request, delivery: Delivery
) -> int:
    from summarizer import pipeline, source
    from summarizer.engines.base import open_engine

    async with open_engine(settings) as engine:
        async for result in pipeline.run_many(
            args.inputs,
            lambda spec: source.load(spec, max_bytes=args.max_bytes),
            engine,
            request,
            concurrency=settings.concurrency,
            strict=args.strict,
        ):
            await delivery.take(result)
    return delivery.finish()


class Delivery:
    """Writes each result as it arrives (stdout in input order) and keeps only the tallies, so
    memory stays flat over any number of inputs."""

    def __init__(self, args: argparse.Namespace, fmt: str, reader_lang: str) -> None:
        self.args, self.fmt, self.reader_lang = args, fmt, reader_lang
        self.progress = Progress(len(args.inputs))
        self.usage = dict.fromkeys(USAGE, 0.0)
        self.codes: list[int] = []
        self.failed: list[tuple[int, str]] = []
        self.held: dict[int, Result] = {}
        self.next = 0

    async def take(self, result: Result) -> None:
        """Count, write and report one result."""
        import asyncio

        self.progress.step(result)
        for key in USAGE:
            self.usage[key] += float(result.summary.usage.get(key, 0)) if result.summary else 0.0
        if self.args.out or self.args.out_dir:
            await asyncio.to_thread(self.deliver, result)
            return
        self.held[result.index] = result
        while self.next in self.held:
            self.deliver(self.held.pop(self.next))
            self.next += 1

    def deliver(self, r: Result) -> None:
        """Write one successful result, report one failure."""
        from summarizer.render import render

        args = self.args
        if r.summary is not None:
            emit(r.spec, render(r.summary, self.fmt), self.fmt, self.reader_lang, args)
            ver = r.summary.verification
            if args.strict and ver is not None and not ver.ok:
                kinds = ", ".join(sorted({f.kind for f in ver.errors}))
                r = replace(r, error=VerificationError(f"verification failed ({kinds})"))
        if r.error is not None:
            prefix = f"{r.spec}: " if len(args.inputs) > 1 or args.strict else ""
            error(f"{prefix}{r.error}", r.error, args.debug)
            self.codes.append(r.error.exit_code)
            self.failed.append((r.index, r.spec))

    def finish(self) -> int:
        """End the progress line, print --stats; the exit code."""
        self.progress.close()
        if self.args.stats:
            print_stats(self.usage)
        if not self.codes:
            return 0
        total = len(self.args.inputs)
        if total > 1:
            failed = ", ".join(spec for _, spec in sorted(self.failed))
            error(f"{len(self.codes)} of {total} inputs failed: {failed}")
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


def emit(spec: str, output: str, fmt: str, reader_lang: str, args: argparse.Namespace) -> None:
    """Write one rendered result to --out, into --out-dir, or to stdout."""
    if args.out:
        write_atomic(Path(args.out), output)
    elif args.out_dir:
        write_atomic(Path(args.out_dir) / f"{stem(spec)}.{reader_lang}.{EXTENSIONS[fmt]}", output)
    else:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
        sys.stdout.flush()
