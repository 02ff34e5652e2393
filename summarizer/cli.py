"""Command line: `summarize FILE... --lang LANG`, `summarize quotes`, `summarize verify`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.errors import InputError, SummarizerError, VerificationError
from summarizer.output import write_atomic

if TYPE_CHECKING:
    from summarizer.engine import Engine, Request

FORMATS = ("text", "markdown", "json", "html")
EXTENSIONS = {"text": "txt", "markdown": "md", "json": "json", "html": "html"}
EXIT_PARTIAL = 4
NO_MODEL_NOTICE = (
    "summarize: no model configured, using the extract engine "
    "(set OPENAI_API_KEY or OPENAI_BASE_URL, or --model-path FILE.gguf, for a model)"
)


@dataclass(frozen=True)
class Outcome:
    """What one input produced: the rendered output, or the error that stopped it."""

    spec: str
    output: str = ""
    error: SummarizerError | None = None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `summarize` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    commands: dict[str, Callable[[list[str]], int]] = {"quotes": _quotes, "verify": _verify}
    handler = commands.get(args[0]) if args else None
    try:
        return handler(args[1:]) if handler else _summarize(args)
    except SummarizerError as exc:
        if "--debug" in args:
            raise
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return 130


def _error(message: str) -> None:
    print(f"summarize: error: {' '.join(message.split())}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one-line InputErrors (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(f"{message} (see `{self.prog} --help`)")


def _summarize_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="summarize",
        description="Neutral, attributed news summaries whose quotes are proven verbatim. "
        "Also: `summarize quotes ARTICLE`, `summarize verify SUMMARY.json --source ARTICLE`.",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE", help="article path, URL, or - for stdin")
    p.add_argument("--lang", required=True, help="reader language: en zh zh-Hant es fr de ja ru ar")
    p.add_argument("--engine", default="auto", choices=("auto", "extract"))
    p.add_argument("--length", default="medium", choices=("short", "medium", "long"))
    p.add_argument("--format", choices=FORMATS, help="output format (default: from --out, else text)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--out", metavar="PATH", help="write the result of a single input to PATH")
    out.add_argument("--out-dir", metavar="DIR", help="write one file per input into DIR")
    p.add_argument("--strict", action="store_true", help="exit 1 on any verification failure")
    _common(p)
    return p


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-bytes", type=int, default=20_000_000, help="refuse larger inputs")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def _summarize(argv: list[str]) -> int:
    args = _summarize_parser().parse_args(argv)
    from summarizer import lang
    from summarizer.engine import Request

    request = Request(lang=lang.normalize(args.lang), length=args.length)
    fmt = args.format or _format_from_path(args.out) or "text"
    if args.out and len(args.inputs) > 1:
        raise InputError("--out takes a single input; use --out-dir for several")
    engine = _engine(args.engine)
    outcomes = [_one(spec, engine, request, fmt, args) for spec in args.inputs]
    return _deliver(outcomes, fmt, request.lang, args)


def _format_from_path(path: str | None) -> str | None:
    suffix = Path(path).suffix.lower().lstrip(".") if path else ""
    by_ext = {ext: fmt for fmt, ext in EXTENSIONS.items()} | {"markdown": "markdown", "htm": "html"}
    return by_ext.get(suffix)


def _engine(name: str) -> Engine:
    from summarizer.extract import ExtractEngine

    if name == "auto":
        print(NO_MODEL_NOTICE, file=sys.stderr)
    return ExtractEngine()


def _one(spec: str, engine: Engine, request: Request, fmt: str, args: argparse.Namespace) -> Outcome:
    from summarizer import pipeline, source
    from summarizer.render import render

    try:
        article = source.load(spec, max_bytes=args.max_bytes)
        summary = pipeline.summarize(article, engine, request, strict=args.strict)
        output = render(summary, fmt)
        ver = summary.verification
        if args.strict and ver is not None and not ver.ok:
            kinds = ", ".join(sorted({f.kind for f in ver.errors}))
            return Outcome(spec, output, VerificationError(f"{spec}: verification failed ({kinds})"))
        return Outcome(spec, output)
    except SummarizerError as exc:
        if args.debug:
            raise
        return Outcome(spec, error=exc)


def _deliver(outcomes: list[Outcome], fmt: str, reader_lang: str, args: argparse.Namespace) -> int:
    for o in outcomes:
        if o.output and (o.error is None or isinstance(o.error, VerificationError)):
            _emit(o, fmt, reader_lang, args)
        if o.error is not None:
            _error(str(o.error) if len(outcomes) == 1 else f"{o.spec}: {o.error}")
    failed = [o for o in outcomes if o.error is not None]
    if not failed:
        return 0
    if len(outcomes) > 1:
        _error(f"{len(failed)} of {len(outcomes)} inputs failed: {', '.join(o.spec for o in failed)}")
        return EXIT_PARTIAL
    assert failed[0].error is not None
    return failed[0].error.exit_code


def _emit(o: Outcome, fmt: str, reader_lang: str, args: argparse.Namespace) -> None:
    if args.out:
        write_atomic(Path(args.out), o.output)
    elif args.out_dir:
        name = f"{_stem(o.spec)}.{reader_lang}.{EXTENSIONS[fmt]}"
        write_atomic(Path(args.out_dir) / name, o.output)
    else:
        sys.stdout.write(o.output if o.output.endswith("\n") else o.output + "\n")
        sys.stdout.flush()


def _stem(spec: str) -> str:
    if spec == "-":
        return "stdin"
    name = Path(spec.rstrip("/").split("?")[0]).name
    stem = Path(name).stem or "article"
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem)


def _quotes(argv: list[str]) -> int:
    p = _Parser(prog="summarize quotes", description="List direct quotations and their speakers.")
    p.add_argument("article", help="article path, URL, or - for stdin")
    p.add_argument("--format", default="text", choices=("text", "json"))
    _common(p)
    args = p.parse_args(argv)
    from summarizer import source
    from summarizer.quotes import find_quotes
    from summarizer.render import render_quotes

    article = source.load(args.article, max_bytes=args.max_bytes)
    sys.stdout.write(render_quotes(find_quotes(article.text, article.lang), args.format))
    return 0


def _verify(argv: list[str]) -> int:
    p = _Parser(prog="summarize verify", description="Check a summary JSON against its source.")
    p.add_argument("summary", help="summary JSON file (summarizer/summary@1), or - for stdin")
    p.add_argument("--source", required=True, help="the article the summary was made from")
    p.add_argument("--format", default="text", choices=("text", "json"))
    _common(p)
    args = p.parse_args(argv)
    from summarizer import source, summary
    from summarizer.render import render_verification
    from summarizer.verify import verify

    text = source.read_text(args.summary, max_bytes=args.max_bytes)
    checked = verify(summary.loads(text, origin=args.summary), source.load(args.source))
    assert checked.verification is not None
    sys.stdout.write(render_verification(checked, args.format))
    return 0 if checked.verification.ok else 1
