"""`summarize digest --config digest.toml [--send | --dry-run]`: the scheduled briefing email."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.cli.common import EXIT_PARTIAL, Parser, common, error, model_options, settings_from
from summarizer.errors import ConfigurationError, DeliveryError, InputError

if TYPE_CHECKING:
    from summarizer.digest.config import DigestConfig
    from summarizer.digest.run import Deliver, Outcome

_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 604800}


def parser() -> argparse.ArgumentParser:
    """Arguments of `summarize digest`."""
    p = Parser(
        prog="summarize digest",
        description="Summarize the new articles of every source and email one digest per "
        "reader language, exactly once.",
    )
    p.add_argument("--config", required=True, metavar="DIGEST.toml", help="digest configuration")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--send", action="store_true", help="send and record in the ledger")
    mode.add_argument(
        "--dry-run", action="store_true", help="only write .eml previews (the default)"
    )
    p.add_argument("--out", metavar="FILE.eml|DIR", help="where .eml copies go (dry run: .)")
    p.add_argument("--since", metavar="AGE", help="skip articles older than AGE, e.g. 24h, 2d")
    p.add_argument(
        "--via",
        choices=("sync", "batch"),
        default="sync",
        help="batch: submit to the Batch API now, send on a later run (half the price)",
    )
    model_options(p)
    common(p)
    return p


def main(argv: list[str]) -> int:
    """Run `summarize digest`; returns the exit code."""
    args = parser().parse_args(argv)
    import asyncio  # slow to import (bench/startup.py): only once the arguments parse

    from summarizer.digest import config as digest_config  # loads only when digest runs
    from summarizer.digest import run as digest

    config = digest_config.load(args.config)
    if args.fetch_deadline is not None:
        config = replace(config, fetch=replace(config.fetch, deadline=args.fetch_deadline))
    if args.via == "batch" and not args.send:
        raise InputError("--via batch needs --send: the batches are recorded in the ledger")
    if args.send and config.smtp is None:
        raise ConfigurationError(f"{config.path}: --send needs an [smtp] table")
    out = Path(args.out) if args.out else (None if args.send else Path("."))
    since = time.time() - parse_age(args.since) if args.since else None
    settings = settings_from(args, None, base=config.engine)
    options = digest.Options(
        args.send, out, since, via_batch=args.via == "batch", max_bytes=args.max_bytes
    )
    outcome = asyncio.run(digest.run(config, settings, options, _deliverer(config)))
    return report(outcome, args.send)


def parse_age(text: str) -> float:
    """Seconds in an age like 90m, 24h, 2d or 1w."""
    match = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text)
    if not match or int(match[1]) == 0:
        raise InputError(f"--since {text!r}: expected an age like 90m, 24h, 2d or 1w")
    return int(match[1]) * _UNITS[match[2]]


def _deliverer(config: DigestConfig) -> Deliver:
    """Send one stored message through the configured SMTP server."""
    from summarizer.digest.ledger import Outgoing  # loads only when digest runs
    from summarizer.digest.send import send

    def deliver(message: Outgoing) -> None:
        assert config.smtp is not None
        creds = config.smtp.credentials(os.environ)
        send(message.raw, config.sender.address, [message.recipient], config.smtp, creds)

    return deliver


def report(outcome: Outcome, sent: bool) -> int:
    """Print what happened; exit 4 when some articles or sources failed."""
    for m in outcome.resent:
        print(f"sent {m.message_id} to {m.recipient} (composed by an earlier run)")
    for failure in outcome.source_failures:
        error(f"source {failure.location}: {failure.reason}")
    for entry in outcome.failed:
        error(f"{entry.link}: {entry.error}")
    if outcome.waiting:
        print(outcome.waiting, file=sys.stderr)
    elif not outcome.messages:
        print("no new articles: nothing to send", file=sys.stderr)
    verb = "sent" if sent else "composed (dry run, nothing sent)"
    held = {recipient for recipient, _ in outcome.undelivered}
    for m in outcome.messages:
        done = "kept for the next run" if m.recipient in held else verb
        size = f"{len(m.raw) / 1000:.0f} KB"
        print(f"{done}: {m.lang} digest for {m.recipient}, {size}, {m.message_id}")
    for path in outcome.written:
        print(f"wrote {path}")
    for recipient, reason in outcome.undelivered:
        error(f"not delivered to {recipient} (kept for the next run): {reason}")
    print(
        f"digest: {outcome.articles} articles, {len(outcome.failed)} failed, "
        f"{len(outcome.source_failures)} sources failed",
        file=sys.stderr,
    )
    if outcome.undelivered:
        return DeliveryError.exit_code
    return EXIT_PARTIAL if outcome.failed or outcome.source_failures else 0
