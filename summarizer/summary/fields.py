"""Typed reading of the fields of a summary's JSON form, naming the offending path."""

from __future__ import annotations

from typing import Any

from summarizer.errors import InputError
from summarizer.summary.types import (
    Failure,
    NameRef,
    Point,
    QuoteRef,
    Span,
    Verification,
    Voice,
)


class Reader:
    """Typed field access that names the offending path in its InputError."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, path: str, expected: str, value: Any) -> InputError:
        """The error for field `path` holding `value` where `expected` belongs."""
        return InputError(
            f"{self.origin}: field {path} must be {expected}, got {type(value).__name__}"
        )

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        """A JSON object."""
        if not isinstance(value, dict):
            raise self.fail(path, "an object", value)
        return value

    def arr(self, value: Any, path: str) -> list[Any]:
        """A JSON list."""
        if not isinstance(value, list):
            raise self.fail(path, "a list", value)
        return value

    def text(self, value: Any, path: str) -> str:
        """A string."""
        if not isinstance(value, str):
            raise self.fail(path, "a string", value)
        return value

    def opt_str(self, value: Any, path: str) -> str | None:
        """A string or null."""
        return None if value is None else self.text(value, path)

    def opt_int(self, value: Any, path: str) -> int | None:
        """An integer (not a boolean) or null."""
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, "an integer or null", value)
        return value

    def number(self, value: Any, path: str) -> float:
        """A number (not a boolean)."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(path, "a number", value)
        return float(value)

    def filled(self, value: Any, path: str) -> str:
        """A string with more than white space."""
        text = self.text(value, path)
        if not text.strip():
            raise InputError(f"{self.origin}: field {path} must not be empty")
        return text

    def point(self, value: Any, path: str) -> Point:
        """A key point, with its quotes, evidence spans and names."""
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
        """An evidence span with 0 <= start < end."""
        s = self.obj(value, path)
        start = self.opt_int(s.get("start"), f"{path}.start")
        end = self.opt_int(s.get("end"), f"{path}.end")
        if start is None or end is None or not 0 <= start < end:
            raise InputError(f"{self.origin}: field {path} must have 0 <= start < end")
        return Span(start, end)

    def name(self, value: Any, path: str) -> NameRef:
        """A name a point uses, as the article and as the point spell it."""
        n = self.obj(value, path)
        return NameRef(
            source_text=self.filled(n.get("source_text"), f"{path}.source_text"),
            text=self.filled(n.get("text"), f"{path}.text"),
        )

    def quote(self, value: Any, path: str) -> QuoteRef:
        """A quote, its offsets null or in order."""
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
        """The verification block: ok, checked count, findings, removals, voices."""
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
        """A voice of the balance: a speaker, their shares and points."""
        b = self.obj(value, path)
        return Voice(
            speaker=self.filled(b.get("speaker"), f"{path}.speaker"),
            article_share=self.number(b.get("article_share"), f"{path}.article_share"),
            points=self.opt_int(b.get("points"), f"{path}.points") or 0,
            summary_share=self.number(b.get("summary_share"), f"{path}.summary_share"),
        )

    def failure(self, value: Any, path: str) -> Failure:
        """A finding of the verifier."""
        f = self.obj(value, path)
        sim = f.get("similarity")
        return Failure(
            kind=self.text(f.get("kind"), f"{path}.kind"),
            detail=self.text(f.get("detail", ""), f"{path}.detail"),
            point=self.opt_int(f.get("point"), f"{path}.point"),
            quote=self.opt_int(f.get("quote"), f"{path}.quote"),
            closest=self.opt_str(f.get("closest"), f"{path}.closest"),
            similarity=None if sim is None else self.number(sim, f"{path}.similarity"),
            severity=self.text(f.get("severity", "error"), f"{path}.severity"),
        )
