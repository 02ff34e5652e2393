"""Changing the golden reference on purpose: record replies, re-pin snapshots and floors."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.engines import prompt
from summarizer.engines.model_engine import ModelEngine
from summarizer.engines.registry import open_engine
from summarizer.errors import SummarizerError, VerificationError
from summarizer.golden import check, replay
from summarizer.golden.cases import (
    BASELINE,
    TEMPLATES,
    Baseline,
    Case,
    cases_hash,
    dump_baseline,
    load_cases,
    read_baseline,
    template_manifest,
)
from summarizer.output import write_atomic

if TYPE_CHECKING:
    from summarizer.config import Settings
    from summarizer.engines.base import Engine
    from summarizer.model.types import Completion


class Recorder:
    """Collects every reply a real model gives, keyed by the request that produced it."""

    def __init__(self) -> None:
        self.replies: dict[str, replay.Recorded] = {}

    def __call__(self, messages: Sequence[Mapping[str, str]], done: Completion) -> None:
        """Record one reply (the ModelClient calls this after each answered request)."""
        self.replies[replay.request_key(messages)] = replay.Recorded(
            done.content, done.finish_reason, done.prompt_tokens, done.completion_tokens
        )


async def record(root: Path, settings: Settings, only: str | None = None) -> list[Path]:
    """Run the real model on every case and store its replies under the current prompt version."""
    cases = load_cases(root, only)
    prompts = prompt.load()
    model = check.model_name(settings)
    manifest = json.dumps(template_manifest(prompts.folder), indent=2, sort_keys=True) + "\n"
    write_atomic(root / TEMPLATES / f"{prompts.version}.json", manifest)
    written = []
    async with open_engine(replace(settings, cache=False)) as engine:
        for case in cases:
            for code in case.languages:
                path = case.replies_path(prompts.version, model, code)
                write_atomic(path, await _record_one(case, code, engine, model, prompts.version))
                written.append(path)
    return written


async def _record_one(
    case: Case, reader_lang: str, engine: Engine, model: str, version: str
) -> str:
    """The replies file of one case and language; a failed run is recorded with its error."""
    assert isinstance(engine, ModelEngine), "recording needs a model engine"
    recorder = Recorder()
    engine.client.recorder = recorder
    error = None
    try:
        await check.summarize_case(case, engine, reader_lang)
    except SummarizerError as exc:
        error = str(exc)
    budget = await engine.budget_for(check.load_article(case))
    return replay.dump(recorder.replies, model, version, budget, error)


def new_floors(
    report: check.Report, old: Baseline | None
) -> tuple[dict[str, dict[str, dict[str, float]]], list[str]]:
    """Floors pinned to this report's worst scores, and every floor that would go down."""
    floors = {run: dict(keys) for run, keys in (old.floors if old else {}).items()}
    lowered = []
    for o in report.outcomes:
        if o.worst is None:
            continue
        pinned = o.worst.as_dict()
        for metric, value in (old.floor(o.run, o.key) if old else {}).items():
            if pinned.get(metric, value) < value - 1e-9:
                lowered.append(f"{o.run} {o.key} {metric}: {value:g} → {pinned[metric]:g}")
        floors.setdefault(o.run, {})[o.key] = pinned
    return floors, lowered


async def update(
    root: Path, settings: Settings, *, live: bool, repeat: int, allow_regression: bool
) -> check.Report:
    """Re-pin snapshots and floors; refuse to lower a floor unless `allow_regression`."""
    report = await check.check(root, settings, live=live, repeat=repeat)
    broken = [f"{o.key} {o.run}: {p}" for o in report.outcomes for p in o.problems]
    if broken:
        raise VerificationError(
            f"cannot update while cases are broken: {broken[0]}", problems=broken
        )
    old = read_baseline(root)
    floors, lowered = new_floors(report, old)
    if lowered and not allow_regression:
        raise VerificationError(
            f"update would lower {len(lowered)} floor(s), e.g. {lowered[0]}; "
            "pass --allow-regression to accept",
            lowered=lowered,
        )
    cases = {c.name: c for c in load_cases(root)}
    for o in report.outcomes:
        if o.output is not None and not live:
            write_atomic(cases[o.case].snapshot_path(o.run, o.lang), o.output)
    pinned = Baseline(cases_hash(tuple(cases.values())), prompt.load().version, floors)
    write_atomic(root / BASELINE, dump_baseline(pinned))
    return report
