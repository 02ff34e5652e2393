"""German modal brackets after a quotation: "„…?“, wollte X in der Debatte wissen."."""
# A modal or "lassen" right after a quotation and its comma opens a verb bracket that an
# infinitive of saying closes at the sentence's end; its subject stands right after the modal,
# adverbials and objects between (german_bracket.bracket_after reads it, as for "hat X gesagt").
# A negation in the bracket ("wollte X dazu nicht sagen") denies the words: a mention of nobody,
# so that no reader of any verb after the quotation names X either.
# german.toml [modal_bracket].

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer import _data

_TABLE = _data.load_toml("german.toml")["modal_bracket"]
_FINITES = frozenset(_TABLE["finites"])
_CLOSERS = frozenset(_TABLE["closers"])
_IDIOMS = frozenset(_TABLE["negated_idioms"])
_NEGATIONS = frozenset(_data.load_toml("german.toml")["closing"]["negations"])


def modal_closers(finite: str) -> frozenset[str]:
    """The infinitives of saying that close a bracket the modal `finite` opens (none: no modal)."""
    return _CLOSERS if finite in _FINITES else frozenset()


def modal_denied(finite: str, bracket: Sequence[re.Match[str]], closer: str) -> bool:
    """Whether a modal bracket holds a negation: "wollte X nicht sagen" says nothing (but "konnte
    sich X nicht verkneifen" does)."""
    if finite not in _FINITES or closer.lower() in _IDIOMS:
        return False
    return not _NEGATIONS.isdisjoint(t.group().lower() for t in bracket)
