"""Every finite form a German cue needs, derived from the verbs of saying by lexeme."""
# summarizer/data/german_verbs.toml gives each verb once, by its principal parts; the hand lists
# of cues.toml [de] grew form by form from what TUNE showed, so a verb in a form TUNE lacked
# ("monierte", "versprachen", "wies X zurück") gave no cue. The forms derived here join those
# lists before anything reads them, so the older spellings, the frame before a colon, the split
# separable verbs and the perfect read them as they read the hand forms.

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarizer import _data
from summarizer.attribution.lexicon.merged import after_own

_JOINED = "|"  # "zurück|weisen": a separable particle
_SPACED = "~"  # "deutlich~machen": the first words of a fixed phrase
_LISTS = ("verbs", "participles", "separable", "infinitives")


@dataclass
class Forms:
    """The derived forms, one list per cues.toml field they join."""

    verbs: list[str] = field(default_factory=list)
    participles: list[str] = field(default_factory=list)
    separable: list[str] = field(default_factory=list)
    infinitives: list[str] = field(default_factory=list)


def plural_past(past: str) -> str:
    """The 3pl past from the 3sg: "sagte" -> "sagten", "wies" -> "wiesen", "schrie" -> "schrien"."""
    return past + ("n" if past.endswith("e") else "en")


def lexemes(table: dict[str, Any]) -> list[str]:
    """Every lexeme entry of the table, group by group."""
    return [entry for group in table.get("groups", []) for entry in group["lexemes"]]


def forms_of(entry: str) -> Forms:
    """The cue forms of one entry "INFINITIVE 3SG PAST PARTICIPLE" (see german_verbs.toml)."""
    infinitive, present, past, participle = entry.rsplit(" ", 3)
    finite = [present, past, plural_past(past)]
    if _SPACED in infinitive:
        head, stem = infinitive.split(_SPACED)
        return _phrase(head, [*finite, stem], participle)
    if _JOINED in infinitive:
        particle, stem = infinitive.split(_JOINED)
        return _separable(particle, [*finite, stem], participle)
    return Forms(finite, [participle], [], [infinitive])


# The 3pl present is the infinitive's form: a cue only where the particle marks it finite ("weisen
# X zurück"); bare, it is mostly an infinitive ("die Entfernung zu fordern", "will … kritisieren")
# and read as such only after a planned word (`infinitives`).
def _separable(particle: str, finite: list[str], participle: str) -> Forms:
    """A separable verb's forms: "wies zurück", "zurückwies", "zurückgewiesen", "zurückweisen"."""
    split = [f"{verb} {particle}" for verb in finite]
    joined = [particle + verb for verb in finite]
    return Forms([*split, *joined[:-1]], [participle], split, [joined[-1]])


def _phrase(head: str, finite: list[str], participle: str) -> Forms:
    """A phrase's forms: "machte deutlich", "deutlich machte", "deutlich gemacht"."""
    split = [f"{verb} {head}" for verb in finite]
    before = [f"{head} {verb}" for verb in [*finite, participle]]
    pairs = [f"{verb} {head.split()[-1]}" for verb in finite]  # "gab … zu bedenken": its last word
    return Forms([*split, *before], [], pairs, [before[-2]])


def derived_forms(table: dict[str, Any]) -> Forms:
    """All the table's forms, in order, each once, none of its `not_forms` (nouns, adjectives)."""
    barred = {form.lower() for form in table.get("not_forms", [])}
    every = [forms_of(entry) for entry in lexemes(table)]
    lists = {
        name: [f for forms in every for f in getattr(forms, name) if f.lower() not in barred]
        for name in _LISTS
    }
    return Forms(*(list(dict.fromkeys(lists[name])) for name in _LISTS))


def with_lexemes(data: dict[str, Any]) -> dict[str, Any]:
    """cues.toml [de] with the derived forms after each hand list's own (hand forms first)."""
    forms = derived_forms(_data.load_toml("german_verbs.toml"))
    merged = dict(data)
    for name in _LISTS:
        merged[name] = after_own(list(data.get(name, [])), getattr(forms, name))
    return merged
