"""The summary contract (`summarizer/summary@1`): frozen dataclasses and their stable JSON form."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from summarizer.errors import InputError

SCHEMA = "summarizer/summary@1"


@dataclass(frozen=True)
class QuoteRef:
    """A quotation: a verbatim span of the source and its rendering in the summary's language."""

    source_text: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Span:
    """A span [start, end) of the cleaned article text: whole sentences a point rests on."""

    start: int
    end: int


@dataclass(frozen=True)
class NameRef:
    """A person, body or place a point names: as the article spells it, and as the point does."""

    source_text: str
    text: str


@dataclass(frozen=True)
class Point:
    """One neutral sentence, credited to `speaker` (None: the article's own reporting).

    `evidence` None means the point predates evidence (a summary without the field)."""

    text: str
    speaker: str | None = None
    quotes: tuple[QuoteRef, ...] = ()
    evidence: tuple[Span, ...] | None = None
    names: tuple[NameRef, ...] = ()


@dataclass(frozen=True)
class SourceInfo:
    """Where the summary came from; `sha256` is of the cleaned article text."""

    title: str
    lang: str
    sha256: str
    origin: str


@dataclass(frozen=True)
class EngineInfo:
    """Which engine, model and prompt version wrote the summary."""

    name: str
    model: str | None = None
    prompt_version: str | None = None


@dataclass(frozen=True)
class Failure:
    """One verification finding; `severity` is "error" or "warning"."""

    kind: str
    detail: str
    point: int | None = None
    quote: int | None = None
    closest: str | None = None
    similarity: float | None = None
    severity: str = "error"


@dataclass(frozen=True)
class Voice:
    """One speaker's share of the article's attributed words, and the points crediting them."""

    speaker: str
    article_share: float
    points: int
    summary_share: float


@dataclass(frozen=True)
class Verification:
    """Outcome of verifying a summary: ok when no failure has severity "error"."""

    ok: bool
    checked: int
    failures: tuple[Failure, ...] = ()
    removed: tuple[Failure, ...] = ()
    balance: tuple[Voice, ...] = ()

    @property
    def errors(self) -> tuple[Failure, ...]:
        """Findings that make verification fail (warnings excluded)."""
        return tuple(f for f in self.failures if f.severity == "error")


@dataclass(frozen=True)
class Summary:
    """A summary of one article in one language."""

    lang: str
    source: SourceInfo
    engine: EngineInfo
    headline: str
    points: tuple[Point, ...]
    verification: Verification | None = None
    notice: str | None = None
    usage: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        """This summary as `summarizer/summary@1` JSON text."""
        return dumps(self)

    @classmethod
    def from_json(cls, text: str, *, origin: str = "<summary>") -> Summary:
        """A summary from `summarizer/summary@1` JSON text; InputError names what is wrong."""
        return loads(text, origin=origin)


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
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def from_dict(data: Any, *, origin: str = "<summary>") -> Summary:
    """Build a Summary from its JSON form, validating every field of the contract."""
    r = _Reader(origin)
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


class _Reader:
    """Typed field access that names the offending path in its InputError."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, path: str, expected: str, value: Any) -> InputError:
        return InputError(
            f"{self.origin}: field {path} must be {expected}, got {type(value).__name__}"
        )

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "an object", value)
        return value

    def arr(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, "a list", value)
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail(path, "a string", value)
        return value

    def opt_str(self, value: Any, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def opt_int(self, value: Any, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, "an integer or null", value)
        return value

    def filled(self, value: Any, path: str) -> str:
        text = self.text(value, path)
        if not text.strip():
            raise InputError(f"{self.origin}: field {path} must not be empty")
        return text

    def point(self, value: Any, path: str) -> Point:
        p = self.obj(value, path)
        quotes = self.arr(p.get("quotes", []), f"{path}.quotes")
        names = self.arr(p.get("names", []), f"{path}.names")
        evidence = p.get("evidence")
        return Point(
            text=self.text(p.get("text"), f"{path}.text"),
            speaker=self.opt_str(p.get("speaker"), f"{path}.speaker"),
            quotes=tuple(self.quote(q, f"{path}.quotes[{i}]") for i, q in enumerate(quotes)),
            evidence=None
            if evidence is None
            else tuple(
                self.span(s, f"{path}.evidence[{i}]")
                for i, s in enumerate(self.arr(evidence, f"{path}.evidence"))
            ),
            names=tuple(self.name(n, f"{path}.names[{i}]") for i, n in enumerate(names)),
        )

    def span(self, value: Any, path: str) -> Span:
        s = self.obj(value, path)
        start = self.opt_int(s.get("start"), f"{path}.start")
        end = self.opt_int(s.get("end"), f"{path}.end")
        if start is None or end is None or not 0 <= start < end:
            raise InputError(f"{self.origin}: field {path} must have 0 <= start < end")
        return Span(start, end)

    def name(self, value: Any, path: str) -> NameRef:
        n = self.obj(value, path)
        return NameRef(
            source_text=self.filled(n.get("source_text"), f"{path}.source_text"),
            text=self.filled(n.get("text"), f"{path}.text"),
        )

    def quote(self, value: Any, path: str) -> QuoteRef:
        q = self.obj(value, path)
        start = self.offset(q.get("start"), f"{path}.start")
        end = self.offset(q.get("end"), f"{path}.end")
        if start is not None and end is not None and end < start:
            raise InputError(f"{self.origin}: field {path}.end ({end}) is before .start ({start})")
        return QuoteRef(
            source_text=self.text(q.get("source_text"), f"{path}.source_text"),
            text=self.opt_str(q.get("text"), f"{path}.text"),
            start=start,
            end=end,
        )

    def offset(self, value: Any, path: str) -> int | None:
        """A character offset: null, or an integer of 0 or more."""
        number = self.opt_int(value, path)
        if number is not None and number < 0:
            raise InputError(f"{self.origin}: field {path} must be 0 or more, got {number}")
        return number

    def verification(self, value: Any) -> Verification:
        v = self.obj(value, "verification")
        failures = self.arr(v.get("failures", []), "verification.failures")
        removed = self.arr(v.get("removed", []), "verification.removed")
        balance = self.arr(v.get("balance", []), "verification.balance")
        ok = v.get("ok")
        checked = v.get("checked")
        if not isinstance(ok, bool):
            raise self.fail("verification.ok", "a boolean", ok)
        if isinstance(checked, bool) or not isinstance(checked, int):
            raise self.fail("verification.checked", "an integer", checked)
        return Verification(
            ok=ok,
            checked=checked,
            failures=tuple(
                self.failure(f, f"verification.failures[{i}]") for i, f in enumerate(failures)
            ),
            removed=tuple(
                self.failure(f, f"verification.removed[{i}]") for i, f in enumerate(removed)
            ),
            balance=tuple(
                self.voice(b, f"verification.balance[{i}]") for i, b in enumerate(balance)
            ),
        )

    def voice(self, value: Any, path: str) -> Voice:
        b = self.obj(value, path)
        shares = [b.get("article_share"), b.get("summary_share")]
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in shares):
            raise self.fail(f"{path}.article_share", "a number", shares[0])
        return Voice(
            speaker=self.filled(b.get("speaker"), f"{path}.speaker"),
            article_share=float(b["article_share"]),
            points=self.opt_int(b.get("points"), f"{path}.points") or 0,
            summary_share=float(b["summary_share"]),
        )

    def failure(self, value: Any, path: str) -> Failure:
        f = self.obj(value, path)
        sim = f.get("similarity")
        if sim is not None and not isinstance(sim, (int, float)):
            raise self.fail(f"{path}.similarity", "a number or null", sim)
        return Failure(
            kind=self.text(f.get("kind"), f"{path}.kind"),
            detail=self.text(f.get("detail", ""), f"{path}.detail"),
            point=self.opt_int(f.get("point"), f"{path}.point"),
            quote=self.opt_int(f.get("quote"), f"{path}.quote"),
            closest=self.opt_str(f.get("closest"), f"{path}.closest"),
            similarity=None if sim is None else float(sim),
            severity=self.text(f.get("severity", "error"), f"{path}.severity"),
        )
