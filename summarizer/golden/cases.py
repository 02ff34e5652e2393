"""Golden cases: approved summaries, snapshots and recorded replies that judge regressions."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer import _data, lang, source
from summarizer import summary as contract
from summarizer.errors import InputError
from summarizer.golden.scoring import METRICS, Expect
from summarizer.summary import Summary
from summarizer.verification.check import verify

BASELINE = "baseline.json"
TEMPLATES = "templates"


@dataclass(frozen=True)
class Case:
    """One golden case folder: the article as published and what its summaries must contain."""

    name: str
    folder: Path
    article: Path
    languages: tuple[str, ...]
    expect: Expect

    def summary_path(self, reader_lang: str) -> Path:
        """The approved summary for `reader_lang`."""
        return self.folder / f"summary.{reader_lang}.json"

    def snapshot_path(self, run: str, reader_lang: str) -> Path:
        """Where the rendered output of `run` (extract, replay-<model>) is stored."""
        return self.folder / "snapshots" / f"{slug(run)}.{reader_lang}.json"

    def replies_path(self, prompt_version: str, model: str, reader_lang: str) -> Path:
        """Recorded model replies for one prompt version, model and language."""
        return self.folder / "replies" / prompt_version / f"{slug(model)}.{reader_lang}.json"

    def golden(self, reader_lang: str) -> Summary:
        """The approved summary, which must itself still verify against the article."""
        path = self.summary_path(reader_lang)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(
                f"golden case {self.name}: cannot read {path.name} ({exc.strerror})"
            ) from None
        approved = contract.loads(text, origin=f"golden case {self.name}: {path.name}")
        checked = verify(approved, source.load(str(self.article)))
        assert checked.verification is not None
        if not checked.verification.ok:
            kinds = ", ".join(f"{f.kind} (point {f.point})" for f in checked.verification.errors)
            raise InputError(
                f"golden case {self.name}: {path.name} no longer verifies against "
                f"{self.article.name}: {kinds}"
            )
        return approved


def slug(name: str) -> str:
    """A file-name-safe form of a model or run name."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)


def load_cases(root: Path, only: str | None = None) -> tuple[Case, ...]:
    """Every case under `root` (or only the named one), validated; bad cases raise InputError."""
    if not root.is_dir():
        raise InputError(f"no golden folder at {root}")
    folders = sorted(
        p for p in root.iterdir() if p.is_dir() and p.name != TEMPLATES and only in (None, p.name)
    )
    cases = tuple(_case(f) for f in folders)
    if not cases and only is not None:
        raise InputError(f"no golden case {only!r} in {root}")
    if not cases:
        raise InputError(f"no golden cases in {root}")
    return cases


def _case(folder: Path) -> Case:
    """The case in `folder`, from its case.toml; InputError names what is wrong."""
    where = f"golden case {folder.name}: case.toml"
    try:
        data = _data.parse_toml((folder / "case.toml").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{where} is missing") from None
    except (OSError, UnicodeDecodeError, _data.TOMLDecodeError) as exc:
        raise InputError(f"{where} is malformed: {exc}") from None
    case = _table(data, "case", where)
    expect = _table(data, "expect", where)
    article = folder / _string(case.get("article"), "case.article", where)
    if not article.is_file():
        raise InputError(f"golden case {folder.name}: article {article.name} is missing")
    languages = _strings(case.get("languages"), "case.languages", where)
    for code in languages:
        if code not in lang.SUPPORTED:
            raise InputError(
                f"{where}: unknown language {code!r} (supported: {', '.join(lang.SUPPORTED)})"
            )
    return Case(
        name=folder.name,
        folder=folder,
        article=article,
        languages=tuple(languages),
        expect=Expect(
            speakers=tuple(_strings(expect.get("speakers", []), "expect.speakers", where)),
            quotes=tuple(_strings(expect.get("quotes", []), "expect.quotes", where)),
        ),
    )


def _table(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    """The TOML table `key`, which must be present."""
    value = data.get(key)
    if not isinstance(value, dict):
        raise InputError(f"{where}: missing table [{key}]")
    return value


def _string(value: Any, key: str, where: str) -> str:
    """`value`, which must be a non-empty string."""
    if not isinstance(value, str) or not value:
        raise InputError(f"{where}: {key} must be a non-empty string")
    return value


def _strings(value: Any, key: str, where: str) -> list[str]:
    """`value`, which must be a list of strings."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: {key} must be a list of strings")
    return value


def cases_hash(cases: tuple[Case, ...]) -> str:
    """Short sha256 over every case's article, case.toml and approved summaries."""
    digest = hashlib.sha256()
    for case in cases:
        files = [
            case.article,
            case.folder / "case.toml",
            *(case.summary_path(code) for code in case.languages),
        ]
        for path in files:
            digest.update(f"{case.name}/{path.name}\0".encode())
            digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class Baseline:
    """Pinned floors per run and case/language, and the hashes they were pinned against."""

    cases: str
    templates: str
    floors: dict[str, dict[str, dict[str, float]]]

    def floor(self, run: str, key: str) -> dict[str, float]:
        """The pinned floors of `run` for `key` ("case/lang"), or {} when none are pinned."""
        return self.floors.get(run, {}).get(key, {})


def read_baseline(root: Path) -> Baseline | None:
    """golden/baseline.json, or None when nothing is pinned yet."""
    path = root / BASELINE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Baseline(data["pinned"]["cases"], data["pinned"]["templates"], data["floors"])
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: malformed baseline ({exc})") from None


def dump_baseline(baseline: Baseline) -> str:
    """The stable JSON text of a baseline."""
    floors = {
        run: {key: {m: v[m] for m in METRICS if m in v} for key, v in sorted(keys.items())}
        for run, keys in sorted(baseline.floors.items())
    }
    data = {"pinned": {"cases": baseline.cases, "templates": baseline.templates}, "floors": floors}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def template_manifest(folder: Path) -> dict[str, str]:
    """Template file → sha256, so a stale recording can say which templates changed."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.j2"))
    }


def changed_templates(recorded: dict[str, str], current: dict[str, str]) -> list[str]:
    """Template files added, removed or edited since a recording."""
    names = sorted(set(recorded) | set(current))
    return [n for n in names if recorded.get(n) != current.get(n)]
