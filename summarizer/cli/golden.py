"""`summarize golden check|update|record`: regression checks against approved summaries."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.cli.common import Parser, count, debug
from summarizer.engines import registry
from summarizer.errors import InputError
from summarizer.output import write_atomic

if TYPE_CHECKING:
    from summarizer.golden.check import Report


def parser() -> argparse.ArgumentParser:
    """Arguments of the golden commands."""
    p = Parser(prog="summarize golden", description="Check summaries against approved goldens.")
    p.add_argument("action", choices=("check", "update", "record"))
    p.add_argument("--cases", default="golden", help="golden folder (default: ./golden)")
    p.add_argument("--case", help="record only this case (folder name)")
    p.add_argument("--live", action="store_true", help="run the model instead of replaying")
    p.add_argument("--repeat", type=count, default=1, help="live runs per case (mean and worst)")
    p.add_argument("--report", metavar="FILE.md|FILE.json", help="also write a report")
    p.add_argument("--junit", metavar="FILE", help="also write JUnit XML")
    p.add_argument("--allow-regression", action="store_true", help="let update lower floors")
    p.add_argument("--engine", metavar="NAME", help="openai, local, or an installed engine")
    p.add_argument("--model")
    p.add_argument("--base-url")
    p.add_argument("--model-path")
    p.add_argument("--config")
    debug(p)
    return p


def main(argv: list[str]) -> int:
    """Run a golden command; exit 1 on any regression or problem."""
    args = parser().parse_args(argv)
    import asyncio  # slow to import (bench/startup.py): only once the arguments parse

    from summarizer.golden import check as golden_check  # loads only when golden runs
    from summarizer.golden import report as golden_report  # loads only when golden runs
    from summarizer.golden import update as golden_update

    flags = {k: getattr(args, k) for k in ("engine", "model", "base_url", "model_path")}
    settings = registry.resolve(flags, config_file=args.config)
    if (args.live or args.action == "record") and settings.resolved_engine() == "extract":
        raise InputError(
            f"golden {args.action} needs a model: --engine openai|local with "
            "--model/--base-url or --model-path"
        )
    root = Path(args.cases)
    if args.action == "record":
        written = asyncio.run(golden_update.record(root, settings, args.case))
        print(
            f"recorded replies in {len(written)} files; "
            "now run `summarize golden check` and review the diff"
        )
        return 0
    if args.action == "update":
        report = asyncio.run(
            golden_update.update(
                root,
                settings,
                live=args.live,
                repeat=args.repeat,
                allow_regression=args.allow_regression,
            )
        )
        print(f"pinned {len(report.outcomes)} checks in {root / 'baseline.json'}")
        return 0
    report = asyncio.run(golden_check.check(root, settings, live=args.live, repeat=args.repeat))
    sys.stdout.write(golden_report.table(report, color=sys.stdout.isatty()))
    _write_reports(report, args)
    return 1 if report.failed else 0


def _write_reports(report: Report, args: argparse.Namespace) -> None:
    from summarizer.golden import report as golden_report  # loads only when golden runs

    if args.report:
        render = golden_report.as_json if args.report.endswith(".json") else golden_report.markdown
        write_atomic(Path(args.report), render(report))
    if args.junit:
        write_atomic(Path(args.junit), golden_report.junit(report))
