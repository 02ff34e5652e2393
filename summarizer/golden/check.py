"""Running the golden cases: snapshots, replays of recorded replies, live runs, floors."""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer import pipeline, source
from summarizer import summary as contract
from summarizer.config import DEFAULT_MODEL
from summarizer.engines import prompt
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.engines.registry import open_engine
from summarizer.errors import SummarizerError
from summarizer.golden import replay
from summarizer.golden.cases import (
    TEMPLATES,
    Baseline,
    Case,
    cases_hash,
    changed_templates,
    load_cases,
    read_baseline,
    slug,
    template_manifest,
)
from summarizer.golden.scoring import Scores, mean, score, worst
from summarizer.summary import Summary

if TYPE_CHECKING:
    from summarizer.article import Article
    from summarizer.config import Settings
    from summarizer.engines.base import Engine
    from summarizer.engines.prompt import Prompts

LIVE_CHRF_TOLERANCE = 2.0


@dataclass(frozen=True)
class Verdict:
    """One case × language × run: its scores, the floors it was held to, and what went wrong."""

    case: str
    lang: str
    run: str
    scores: Scores | None = None
    worst: Scores | None = None
    floors: dict[str, float] = field(default_factory=dict)
    regressions: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    output: str | None = None
    snapshot: str | None = None

    @property
    def key(self) -> str:
        """The baseline key: "case/lang"."""
        return f"{self.case}/{self.lang}"

    @property
    def failed(self) -> bool:
        """True when a metric fell below its floor, the snapshot differs or something broke."""
        return bool(self.regressions or self.problems or self.snapshot)


@dataclass(frozen=True)
class Report:
    """Everything a check found, plus problems that concern the whole case set."""

    outcomes: tuple[Verdict, ...]
    problems: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        """True when anything regressed or is wrong."""
        return bool(self.problems) or any(o.failed for o in self.outcomes)


def load_article(case: Case) -> Article:
    """The case's article; its origin is the file name, so outputs do not depend on the path."""
    return replace(source.load(str(case.article)), origin=case.article.name)


def render(summary: Summary) -> str:
    """The snapshot form of a summary (the JSON contract, without usage timings)."""
    return contract.dumps(summary)


async def summarize_case(case: Case, engine: Engine, reader_lang: str) -> Summary:
    """One summary of the case through the real pipeline."""
    request = Request(lang=reader_lang)
    return await pipeline.summarize(load_article(case), engine, request, allow_empty=True)


def judged(
    case: Case,
    reader_lang: str,
    run: str,
    summaries: Sequence[Summary],
    baseline: Baseline | None,
    tolerance: float = 0.0,
) -> Verdict:
    """Scores of `summaries` against the approved golden, held to the pinned floors."""
    approved = case.golden(reader_lang)
    runs = [score(s, approved, case.expect) for s in summaries]
    low = worst(runs)
    floors = baseline.floor(run, f"{case.name}/{reader_lang}") if baseline else {}
    slack = {"chrf": tolerance}
    below = tuple(m for m, f in floors.items() if getattr(low, m) < f - slack.get(m, 0.0) - 1e-9)
    return Verdict(
        case.name, reader_lang, run, mean(runs), low, floors, below, (), render(summaries[-1])
    )


def against_snapshot(outcome: Verdict, case: Case) -> Verdict:
    """Note when the rendered output differs from the stored snapshot."""
    path = case.snapshot_path(outcome.run, outcome.lang)
    if not path.is_file():
        return replace(outcome, snapshot=f"no snapshot {_rel(path)} yet")
    stored = path.read_bytes().decode("utf-8", errors="replace")  # a damaged one just differs
    if outcome.output == stored:
        return outcome
    diff = difflib.unified_diff(
        stored.splitlines(), (outcome.output or "").splitlines(), lineterm="", n=0
    )
    changes = [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")][:6]
    detail = "; ".join(c.strip()[:120] for c in changes)
    return replace(outcome, snapshot=f"output differs from {_rel(path)}: {detail}")


def _rel(path: Path) -> str:
    """`path` shortened to its last four parts (golden/case/snapshots/file)."""
    parts = path.parts
    return "/".join(parts[-4:]) if len(parts) >= 4 else str(path)


async def check_extract(cases: Sequence[Case], baseline: Baseline | None) -> list[Verdict]:
    """The extract engine on every case: snapshot equality and floors."""
    engine = ExtractEngine()
    out = []
    for case in cases:
        for code in case.languages:
            produced = await summarize_case(case, engine, code)
            out.append(against_snapshot(judged(case, code, "extract", [produced], baseline), case))
    return out


def recordings(case: Case, reader_lang: str) -> dict[str, list[Path]]:
    """Recorded-reply files of a case and language, by prompt version."""
    found: dict[str, list[Path]] = {}
    for path in sorted((case.folder / "replies").glob(f"*/*.{reader_lang}.json")):
        found.setdefault(path.parent.name, []).append(path)
    return found


async def check_replays(
    root: Path, cases: Sequence[Case], baseline: Baseline | None, settings: Settings
) -> list[Verdict]:
    """Replay every recording made with the current templates; report stale ones."""
    current = prompt.load()
    out = []
    for case in cases:
        for code in case.languages:
            found = recordings(case, code)
            for path in found.get(current.version, []):
                out.append(await replay_one(case, code, path, baseline, settings))
            stale = sorted(v for v in found if v != current.version)
            if stale and current.version not in found:
                out.append(
                    Verdict(
                        case.name,
                        code,
                        "replay",
                        problems=(stale_message(root, stale[-1], current),),
                    )
                )
    return out


def stale_message(root: Path, recorded: str, current: Prompts) -> str:
    """Which templates changed since `recorded`, and how to re-record."""
    manifest_path = root / TEMPLATES / f"{recorded}.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        changed = ", ".join(
            f"prompts/{n}" for n in changed_templates(manifest, template_manifest(current.folder))
        )
    except (OSError, ValueError):
        changed = "unknown (no manifest)"
    return (
        f"stale replies: recorded with prompt version {recorded}, "
        f"templates are now {current.version} "
        f"(changed: {changed}); re-record with "
        "`summarize golden record --engine openai|local ...`, "
        "review `git diff golden/`, then `summarize golden update`"
    )


async def replay_one(
    case: Case,
    reader_lang: str,
    path: Path,
    baseline: Baseline | None,
    settings: Settings,
) -> Verdict:
    """Run the real pipeline against a server that answers only with the recorded replies."""
    recording = replay.load(path)
    run = f"replay-{recording.model}"
    with replay.ReplayServer(recording.replies) as server:
        live = replace(
            settings,
            engine="openai",
            base_url=server.url,
            model=recording.model,
            api_key="replay",
            cache=False,
            max_input_tokens=recording.max_input_tokens,
        )
        try:
            async with open_engine(live) as engine:
                produced = await summarize_case(case, engine, reader_lang)
        except SummarizerError as exc:
            recorded_error = recording.error
            shown = recorded_error or exc
            failed = Verdict(case.name, reader_lang, run, output=f"error: {shown}\n")
            if server.missing and not recorded_error:
                hint = "the pipeline sent a request that was never recorded: re-record"
                return replace(failed, problems=(f"replay failed: {exc} ({hint})",))
            return against_snapshot(failed, case)
    outcome = against_snapshot(judged(case, reader_lang, run, [produced], baseline), case)
    if server.missing:
        note = (
            f"{len(server.missing)} request(s) had no recorded reply: "
            "re-record with `summarize golden record`"
        )
        outcome = replace(outcome, problems=(*outcome.problems, note))
    return outcome


async def check_live(
    cases: Sequence[Case], baseline: Baseline | None, settings: Settings, repeat: int
) -> list[Verdict]:
    """Run the configured model on every case `repeat` times and score it against the goldens."""
    out = []
    run = f"live-{settings.resolved_engine()}-{slug(model_name(settings))}"
    async with open_engine(replace(settings, cache=False)) as engine:
        for case in cases:
            for code in case.languages:
                try:
                    produced = [
                        await summarize_case(case, engine, code) for _ in range(max(1, repeat))
                    ]
                except SummarizerError as exc:
                    out.append(Verdict(case.name, code, run, problems=(f"live run failed: {exc}",)))
                    continue
                out.append(judged(case, code, run, produced, baseline, LIVE_CHRF_TOLERANCE))
    return out


def model_name(settings: Settings) -> str:
    """The model a run uses: --model, or the GGUF file's name for the local engine."""
    if settings.resolved_engine() == "local" and settings.model_path:
        return Path(settings.model_path).stem

    return settings.model or DEFAULT_MODEL


async def check(root: Path, settings: Settings, *, live: bool = False, repeat: int = 1) -> Report:
    """The golden check: offline (extract snapshots and replays) or live (a real model)."""
    cases = load_cases(root)
    baseline = read_baseline(root)
    problems = []
    if baseline is None:
        problems.append("no baseline pinned: run `summarize golden update`")
    elif baseline.cases != cases_hash(cases):
        problems.append(
            f"the case set changed since the baseline was pinned ({baseline.cases} → "
            f"{cases_hash(cases)}): review it and re-pin with `summarize golden update`"
        )
    if live:
        outcomes = await check_live(cases, baseline, settings, repeat)
    else:
        outcomes = await check_extract(cases, baseline) + await check_replays(
            root, cases, baseline, settings
        )
    return Report(tuple(outcomes), tuple(problems))
