"""The stable JSON form of a summary (`summarizer/summary@1`): writing and checked reading."""

from __future__ import annotations

import json
from typing import Any

from summarizer.errors import InputError
from summarizer.summary.fields import Reader
from summarizer.summary.types import SCHEMA, EngineInfo, Point, SourceInfo, Summary


def to_dict(summary: Summary) -> dict[str, Any]:
    """The JSON-ready form of a summary, keys in contract order."""
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "lang": summary.lang,
        "source": vars(summary.source).copy(),
        "engine": vars(summary.engine).copy(),
        "headline": summary.headline,
        "points": [_point_dict(p) for p in summary.points],
    }
    if summary.verification is not None:
        v = summary.verification
        data["verification"] = {
            "ok": v.ok,
            "checked": v.checked,
            "failures": [vars(f).copy() for f in v.failures],
        }
        if v.removed:
            data["verification"]["removed"] = [vars(f).copy() for f in v.removed]
        if v.balance:
            data["verification"]["balance"] = [vars(b).copy() for b in v.balance]
    if summary.notice is not None:
        data["notice"] = summary.notice
    if summary.usage:
        data["usage"] = dict(summary.usage)
    return data


def _point_dict(point: Point) -> dict[str, Any]:
    """A point as summary@1 JSON data."""
    data: dict[str, Any] = {
        "text": point.text,
        "speaker": point.speaker,
        "quotes": [vars(q).copy() for q in point.quotes],
    }
    if point.evidence is not None:
        data["evidence"] = [vars(s).copy() for s in point.evidence]
    if point.names:
        data["names"] = [vars(n).copy() for n in point.names]
    return data


def dumps(summary: Summary) -> str:
    """Stable JSON text of a summary (UTF-8, not ASCII-escaped, 2-space indent, final newline)."""
    return json.dumps(to_dict(summary), ensure_ascii=False, indent=2) + "\n"


def loads(text: str, *, origin: str = "<summary>") -> Summary:
    """Parse summary JSON, raising InputError naming the first field that breaks the contract."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{origin}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise InputError(f"{origin}: JSON nested too deeply to be a summary") from None
    except ValueError:
        raise InputError(f"{origin}: unusable JSON (a number with too many digits)") from None
    _check_text(data, origin)
    return from_dict(data, origin=origin)


def _check_text(data: Any, origin: str) -> None:
    """Refuse strings that cannot be written out as UTF-8 (lone surrogates such as "\\ud800")."""
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            stack.extend((item, f"{path}.{key}") for key, item in value.items())
            stack.extend((key, path) for key in value)
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{n}]") for n, item in enumerate(value))
        elif isinstance(value, str) and not _encodable(value):
            raise InputError(f"{origin}: field {path} holds a lone surrogate (a bad \\u escape)")


def _encodable(text: str) -> bool:
    """Whether `text` encodes as UTF-8 (no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def from_dict(data: Any, *, origin: str = "<summary>") -> Summary:
    """Build a Summary from its JSON form, validating every field of the contract."""
    r = Reader(origin)
    obj = r.obj(data, "$")
    schema = obj.get("schema")
    if schema != SCHEMA:
        raise InputError(f"{origin}: schema is {schema!r}, expected {SCHEMA!r}")
    src = r.obj(obj.get("source"), "source")
    eng = r.obj(obj.get("engine"), "engine")
    points = r.arr(obj.get("points"), "points")
    verification = obj.get("verification")
    return Summary(
        lang=r.text(obj.get("lang"), "lang"),
        source=SourceInfo(
            title=r.text(src.get("title"), "source.title"),
            lang=r.text(src.get("lang"), "source.lang"),
            sha256=r.text(src.get("sha256"), "source.sha256"),
            origin=r.text(src.get("origin"), "source.origin"),
        ),
        engine=EngineInfo(
            name=r.text(eng.get("name"), "engine.name"),
            model=r.opt_str(eng.get("model"), "engine.model"),
            prompt_version=r.opt_str(eng.get("prompt_version"), "engine.prompt_version"),
        ),
        headline=r.text(obj.get("headline"), "headline"),
        points=tuple(r.point(p, f"points[{i}]") for i, p in enumerate(points)),
        verification=None if verification is None else r.verification(verification),
        notice=r.opt_str(obj.get("notice"), "notice"),
        usage=r.obj(obj.get("usage", {}), "usage"),
    )
