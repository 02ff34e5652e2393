"""`summarize batch submit|status|collect`: many summaries through the OpenAI Batch API."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.cli.common import (
    EXIT_PARTIAL,
    FORMATS,
    Parser,
    common,
    error,
    length_option,
    model_options,
    settings_from,
)
from summarizer.errors import InputError

if TYPE_CHECKING:
    from summarizer.batch.report import JobCounts

RESUBMIT = "run `summarize batch collect --resubmit`"


def parser() -> argparse.ArgumentParser:
    """Arguments of the batch commands."""
    p = Parser(
        prog="summarize batch",
        description="Summarize many articles at half the price through the OpenAI Batch API: "
        "submit them, follow the batches with status, then collect the summaries.",
    )
    sub = p.add_subparsers(dest="action", required=True, metavar="submit|status|collect")
    s = sub.add_parser("submit", help="send the articles' model calls as batches")
    s.add_argument("inputs", nargs="*", metavar="FILE", help="article path or URL")
    s.add_argument("--inputs-from", metavar="FILE", help="more inputs, one per line (- = stdin)")
    s.add_argument("--lang", required=True, help="reader language: en zh zh-Hant es fr de ...")
    length_option(s)
    s.add_argument("--format", default="text", choices=FORMATS, help="output format (text)")
    s.add_argument("--out-dir", default="summaries", help="where collect writes (./summaries)")
    s.add_argument("--config", help="TOML config file (default ~/.config/summarizer/config.toml)")
    limits(s)
    model_options(s)
    common(s)
    st = sub.add_parser("status", help="refresh the batches and count the articles")
    st.add_argument("job", nargs="?", type=positive, help="one job (default: every job)")
    common(st)
    c = sub.add_parser("collect", help="write the summaries of every finished article")
    c.add_argument("job", nargs="?", type=positive, help="one job (default: every job)")
    c.add_argument("--resubmit", action="store_true", help="send failed requests again")
    limits(c)
    common(c)
    return p


def limits(p: argparse.ArgumentParser) -> None:
    """The batch size flags."""
    p.add_argument("--max-requests-per-batch", type=positive, default=50_000, metavar="N")
    p.add_argument("--max-batch-bytes", type=positive, default=190_000_000, metavar="N")


def positive(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def main(argv: list[str]) -> int:
    """Run a batch command; exit 0 when everything asked for is done, 4 when some is not."""
    args = parser().parse_args(argv)
    if args.action == "submit":
        return submit(args)
    if args.action == "status":
        return status(args.job)
    return collect(args)


def submit(args: argparse.Namespace) -> int:
    """`summarize batch submit`: record a job and send its requests."""
    import asyncio  # slow to import (bench/startup.py): only once there is work

    from summarizer import batch, lang  # the batch stage loads only when its command runs
    from summarizer.batch.parts import Limits
    from summarizer.engines.base import Request

    if not args.inputs and not args.inputs_from:
        raise InputError("batch submit needs inputs: FILE... or --inputs-from FILE")
    request = Request(lang=lang.normalize(args.lang), length=args.length)
    settings = settings_from(args, args.config, notice=False)  # batch never falls back to extract
    size = Limits(args.max_requests_per_batch, args.max_batch_bytes, args.max_bytes)
    with _specs(args.inputs, args.inputs_from) as specs:
        done = asyncio.run(
            batch.submit(specs, request, settings, Path(args.out_dir), args.format, size)
        )
    for failure in batch.problems(done.job):
        error(f"{failure.spec}: {failure.error}")
    ids = f" ({', '.join(done.batches)})" if done.batches else ""
    print(
        f"job {done.job}: {done.articles} inputs, {done.requests} requests in "
        f"{len(done.batches)} batches{ids}; {done.cached} already cached, {done.failed} failed"
    )
    print(
        f"next: `summarize batch status {done.job}`, then `summarize batch collect {done.job}`",
        file=sys.stderr,
    )
    return EXIT_PARTIAL if done.failed else 0


@contextlib.contextmanager
def _specs(inputs: list[str], inputs_from: str | None) -> Iterator[Iterator[str]]:
    """The inputs on the command line, then those of --inputs-from, read lazily."""
    if inputs_from is None:
        yield iter(inputs)
        return
    try:
        handle = sys.stdin if inputs_from == "-" else open(inputs_from, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"cannot read --inputs-from {inputs_from}: {exc.strerror}") from None
    with handle:
        yield _chain(inputs, handle, inputs_from)


def _chain(inputs: list[str], handle: Iterator[str], name: str) -> Iterator[str]:
    yield from inputs
    try:
        for line in handle:
            spec = line.strip()
            if spec and not spec.startswith("#"):
                yield spec
    except UnicodeDecodeError:
        raise InputError(f"--inputs-from {name} is not UTF-8 text") from None


def status(job: int | None) -> int:
    """`summarize batch status [JOB]`: one line per batch, one per job."""
    from summarizer import batch  # the batch stage loads only when its command runs

    found = batch.status(job)
    for row in found.batches:
        info = row.info
        why = f" — {'; '.join(info.errors)}" if info.errors else ""
        print(
            f"{info.id} (job {row.job}): {info.status}, {info.completed}/{info.total} done, "
            f"{info.failed} failed{why}"
        )
    for counts in found.jobs:
        print(_job_line(counts))
    if not found.jobs:
        print("no batch jobs yet: start one with `summarize batch submit`")
    unfinished = [c for c in found.jobs if c.written < c.articles]
    return EXIT_PARTIAL if unfinished else 0


def _job_line(c: JobCounts) -> str:
    blocked = f" ({c.blocked} need --resubmit)" if c.blocked else ""
    return (
        f"job {c.job}: {c.articles} articles, {c.written} written, {c.failed} failed, "
        f"{c.pending} pending{blocked}"
    )


def collect(args: argparse.Namespace) -> int:
    """`summarize batch collect [JOB] [--resubmit]`: write what is ready, resend what failed."""
    import asyncio  # slow to import (bench/startup.py): only once there is work

    from summarizer import batch  # the batch stage loads only when its command runs
    from summarizer.batch.parts import Limits

    size = Limits(args.max_requests_per_batch, args.max_batch_bytes)
    done = asyncio.run(batch.collect(args.job, args.resubmit, size))
    for path in done.written:
        print(f"wrote {path}")
    for batch_id in done.resubmitted:
        print(f"resubmitted in {batch_id}")
    for failure in batch.problems(args.job):
        error(f"{failure.spec}: {failure.error}")
    print(
        f"collected: {len(done.written)} written, {done.pending} pending, "
        f"{done.blocked} waiting for --resubmit, {done.failed} failed"
    )
    if done.blocked:
        print(
            f"summarize: {done.blocked} article(s) wait for requests that failed or never ran: "
            f"{RESUBMIT}",
            file=sys.stderr,
        )
    return EXIT_PARTIAL if done.pending or done.blocked or done.failed else 0
