"""Prompts: Jinja2 templates in `prompts/` (StrictUndefined) rendered into chat messages."""

from __future__ import annotations

import hashlib
import os
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer import _data
from summarizer.errors import ConfigurationError

if TYPE_CHECKING:
    import jinja2

    from summarizer.source.sentences import Sentence

PROMPTS_ENV = "SUMMARIZER_PROMPTS_DIR"

_QUOTE = {
    "type": "object",
    "properties": {"source_text": {"type": "string"}, "text": {"type": ["string", "null"]}},
    "required": ["source_text", "text"],
}
_NAME = {
    "type": "object",
    "properties": {"source_text": {"type": "string"}, "text": {"type": "string"}},
    "required": ["source_text", "text"],
}
_POINT = {
    "type": "object",
    "properties": {
        "text": {"type": "string"},
        "speaker": {"type": ["string", "null"]},
        "quotes": {"type": "array", "items": _QUOTE},
        "evidence": {"type": "array", "items": {"type": "integer"}},
        "names": {"type": "array", "items": _NAME},
    },
    "required": ["text", "speaker", "quotes", "evidence", "names"],
}
_MERGED = {
    "type": "object",
    "properties": {
        "text": {"type": "string"},
        "speaker": {"type": ["string", "null"]},
        "from": {"type": "array", "items": {"type": "string"}},
        "quote_ids": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["text", "speaker", "from", "quote_ids"],
}


def output_schema(points: dict[str, Any]) -> dict[str, Any]:
    """JSON schema of a model reply whose points look like `points`."""
    return {
        "type": "object",
        "properties": {
            "headline": {"type": "string"},
            "points": {"type": "array", "items": points},
        },
        "required": ["headline", "points"],
    }


SUMMARY_SCHEMA = output_schema(_POINT)
REDUCE_SCHEMA = output_schema(_MERGED)


@dataclass(frozen=True)
class Prompts:
    """A folder of templates and the version hash that identifies its exact contents."""

    folder: Path
    version: str

    def messages(self, template: str, **context: Any) -> list[dict[str, str]]:
        """System and user messages for `template` (e.g. "summarize.j2") with `context`."""
        env = _environment(self.folder, self.version)
        import jinja2

        try:
            system = env.get_template("system.j2").render(**context)
            user = env.get_template(template).render(**context)
        except jinja2.TemplateError as exc:
            raise ConfigurationError(f"prompt template {template}: {exc}") from None
        return [
            {"role": "system", "content": system.strip()},
            {"role": "user", "content": user.strip()},
        ]


def default_folder() -> Path:
    """Shipped templates, or `prompts/` of a source checkout; $SUMMARIZER_PROMPTS_DIR wins."""
    override = os.environ.get(PROMPTS_ENV)
    if override:
        return Path(override)
    return _data.prompts_folder()


def load(folder: Path | None = None) -> Prompts:
    """Templates in `folder` (default: the shipped ones) with their version hash."""
    folder = folder or default_folder()
    files = sorted(folder.rglob("*.j2"))
    if not files:
        raise ConfigurationError(f"no prompt templates (*.j2) in {folder}")
    return Prompts(folder=folder, version=version_of(folder, files))


def version_of(folder: Path, files: Sequence[Path]) -> str:
    """Short sha256 over the relative names and bytes of the template files."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def nonce(text: str) -> str:
    """Delimiter tag derived from the article itself (its title and whole text)."""
    # so nothing in the article can forge its end marker
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def numbered_text(text: str, offset: int, found: Sequence[Sentence]) -> str:
    """`text` (at `offset` in the article) with "[n] " before each sentence n starting in it."""
    first = bisect_left([s.start for s in found], offset)
    parts, last = [], 0
    for n in range(first, len(found)):
        at = found[n].start - offset
        if at >= len(text):
            break
        parts += [text[last:at], f"[{n + 1}] "]
        last = at
    parts.append(text[last:])
    return "".join(parts)


@cache
def _environment(folder: Path, version: str) -> jinja2.Environment:
    """The templates of `folder` as they were when `version` was computed, compiled once."""
    # never checked again on disk (a stat per template per prompt, each releasing the GIL on the
    # event loop); an edited folder has another version, so it gets a fresh environment
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
