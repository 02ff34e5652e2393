"""Word forms that each language's grammar derives from the forms listed in cues.toml."""
# The Russian past tense from stems (заявил, заявляла, возмутился), the French inverted present
# ("explique-t-elle", "dit-il"), the Spanish compound perfect ("ha dicho", "han señalado"), the
# Arabic feminine and conjunction forms ("وأوضحت"), the English participle of a verb that inverts
# ("tweeting"); and the nominative of a Russian name written in the instrumental ("с Ольгой
# Марковой" -> "Ольга Маркова").

from __future__ import annotations

import re
from typing import Any

from summarizer.attribution.lexicon import english_verbs, german_verbs, lexemes
from summarizer.attribution.lexicon.after_quote import after_quote
from summarizer.attribution.lexicon.planned_form import planned_infinitive
from summarizer.attribution.lexicon.said_openly import said_openly
from summarizer.attribution.lexicon.trie import trie_pattern
from summarizer.attribution.lexicon.unless_after import unless_after

_PAST_ENDINGS = ("л", "ла", "ли")
_REFLEXIVE_ENDINGS = ("лся", "лась", "лись")
_VOWEL_ENDS = ("e", "a")
_CONSONANT_ENDS = ("t", "d")
_LONGEST = 40  # letters of the longest verb a hyphen may follow: a bounded look, linear time


# Each matches whole forms only. The older spellings are words, not a rule: `older`.
def derived(data: dict[str, Any]) -> list[str]:
    """Regular expressions, one per rule, for the derived forms of one [family] of cues.toml."""
    verbs = _verbs(data)
    patterns = [
        _joined(data.get("past_stems", []), _PAST_ENDINGS),
        _joined(data.get("reflexive_stems", []), _REFLEXIVE_ENDINGS),
        *_inverted(verbs, data.get("inversion_pronouns", []), data.get("perfect_auxiliaries", [])),
        _perfect(verbs, data.get("perfect_auxiliaries", []), data.get("past_participles", [])),
        _prefixed(verbs, data.get("verb_prefixes", []), data.get("feminine_suffix", "")),
        _after_planned(data.get("planned", []), data.get("planned_infinitives", [])),
        _catenated(data.get("catenatives", []), data.get("planned_infinitives", []), data),
        _progressive(data.get("progressive", []), data.get("gerunds", [])),
        unless_after(data),
        after_quote(data),
        said_openly(data),  # "не скрывает:", never "не скрывал восхищения «…»"
    ]
    return [p for p in patterns if p]


def _verbs(data: dict[str, Any]) -> list[str]:
    """The verbs and future forms that forms are derived from: no word of hearsay."""
    hearsay = data.get("hearsay", [])
    return [v for v in [*data.get("verbs", []), *data.get("future", [])] if v not in hearsay]


def with_lexemes(table: dict[str, Any]) -> dict[str, Any]:
    """cues.toml's tables with every form of the lexeme tables' verbs added: saying.toml's
    (French, Spanish: lexicon/lexemes.py), english_verbs.toml's (lexicon/english_verbs.py) and
    german_verbs.toml's (lexicon/german_verbs.py)."""
    table = english_verbs.with_lexemes(lexemes.with_lexemes(table))
    return table | {"de": german_verbs.with_lexemes(table["de"])}


# Plain words, so that `cue_regex.dispatched` reads them in their first letter's branch, which
# the regex engine passes over at once where that letter is not; as a derived pattern of their
# own, each word start tried fifteen look-aheads (the German verbs regex ran 1.7x slower).
def older(data: dict[str, Any]) -> list[str]:
    """The older spellings of one [family]'s verbs, read before today's (`old_spellings`)."""
    return respelled(_verbs(data), data.get("old_spellings", []))


# Grouped behind a look at their first letter, each group a prefix tree (lexicon/trie.py): the
# regex engine tries the few words that may fit at each position, not a hundred stems (Russian),
# and reads once the letters that hundreds of French forms share ("a déclaré", "annonce").
def _any(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of `words`, longest first (the regex takes the first that fits)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):  # a group of "" (if any) last
        groups.setdefault(word[:1].lower(), []).append(word)
    firsts = {w[:1] for w in words}
    looks = [
        f"{_first(f, firsts)}(?:{trie_pattern(w, re.escape, True)})" for f, w in groups.items()
    ]
    return f"(?:{'|'.join(looks)})" if groups else ""


def _first(letter: str, firsts: set[str]) -> str:
    """A look at the first letter of the words that open with `letter`, in any case."""
    cases = {letter, letter.upper(), *(f for f in firsts if f.lower() == letter)}
    return f"(?=[{re.escape(''.join(sorted(cases)))}])" if letter else ""


def _joined(heads: list[str], tails: list[str] | tuple[str, ...], glue: str = "") -> str:
    """Any of `heads`, `glue`, then any of `tails`; empty when either is."""
    return f"{_any(heads)}{glue}{_any(tails)}" if heads and tails else ""


# A -t- joins a verb that ends in a vowel to the pronoun; the pluperfect and the conditional
# perfect invert too ("avait-il prévenu", "aurait-elle dit").
def _inverted(verbs: list[str], pronouns: list[str], auxiliaries: list[str]) -> list[str]:
    """French subject inversion after a quotation: "a-t-il déclaré", "estime-t-elle", "dit-il"."""
    perfect = [v.split(" ", 1)[1] for v in verbs if v.startswith("a ") and v.count(" ") == 1]
    simple = [v for v in verbs if " " not in v]
    vowel = [v for v in simple if v.endswith(_VOWEL_ENDS)]
    consonant = [v for v in simple if v.endswith(_CONSONANT_ENDS)]
    return [
        f"{_any(['a-t', *auxiliaries])}-{_any(pronouns)} {_any(perfect)}"
        if pronouns and perfect
        else "",
        _hyphened(_joined(vowel, pronouns, "-t-")),
        _hyphened(_joined(consonant, pronouns, "-")),
    ]


# Tried at every word start: a look for the hyphen fails at once on a word without one, where
# a look at each of twenty first letters did not (French ran a third slower with saying.toml).
def _hyphened(pattern: str) -> str:
    """`pattern`, tried only where a word (no hyphen in it) runs to a hyphen."""
    return f"(?=[\\w'’]{{1,{_LONGEST}}}-){pattern}" if pattern else ""


# Older German print: "constatirte" for "konstatierte", "erwiederte" for "erwiderte".
def respelled(words: list[str], pairs: list[list[str]]) -> list[str]:
    """The older spellings of `words`: each [modern, old] pair replaced, alone or with others."""
    forms = set(words)
    for modern, old in pairs:
        forms |= {w.replace(modern, old) for w in forms if modern in w}
    return sorted(forms - set(words))


# "afirmó" -> "ha afirmado", "dijo" -> "había dicho"; "a déclaré" -> "aurait déclaré".
def _perfect(verbs: list[str], auxiliaries: list[str], irregular: list[list[str]]) -> str:
    """Compound tenses: an auxiliary and the participle of a Spanish preterite or French perfect."""
    participles = {preterite: [participle] for preterite, participle in irregular}
    for verb in verbs:
        if verb.startswith("a ") and verb.count(" ") == 1:  # French "a déclaré": "aurait déclaré"
            participles[verb] = [verb[2:]]
        if " " in verb or verb in participles:
            continue
        if verb.endswith(("ió", "yó")):
            participles[verb] = [verb[:-2] + "ido"]
        if verb.endswith("ó") and not verb.endswith("ió"):  # "subrayó": -ar, "concluyó": -ir
            participles.setdefault(verb, []).append(verb[:-1] + "ado")
    return _joined(auxiliaries, [p for forms in participles.values() for p in forms], " ")


# "أوضح", "أوضحت"; with the conjunction written as the verb's first letter: "وأوضحت", "فقال".
def _prefixed(verbs: list[str], prefixes: list[str], feminine: str) -> str:
    """Arabic: each past-tense verb and its feminine, also after a one-letter conjunction."""
    if not prefixes:
        return ""
    bases = [v for v in verbs if " " not in v and not v.startswith(tuple(prefixes))]
    past = [v for v in bases if feminine and not v.endswith(feminine) and v[0] not in "يت"]
    return f"{_any(prefixes)}?{_any([*bases, *(v + feminine for v in past)])}"


# "devrait déclarer", "va a anunciar"; not "refuse de dire".
def _after_planned(planned: list[str], infinitives: list[str]) -> str:
    """An infinitive of saying right after a future or modal word; never a cue on its own."""
    if not planned or not infinitives:
        return ""
    if (form := planned_infinitive(planned, infinitives)) is not None:
        return form  # read where an infinitive's first letter stands (lexicon/planned_form.py)
    behind = "|".join(f"(?<={re.escape(word)} )" for word in planned)
    return f"(?:{behind}){_any(infinitives)}"


# "se limitó a decir", "a tenu à rappeler": the finite verb hands its subject to the infinitive,
# so the pair is one cue with the subject right before it. Not after a negation ("no quiso
# decir" reports words not said).
def _catenated(catenatives: list[str], infinitives: list[str], data: dict[str, Any]) -> str:
    """A verb that takes an infinitive of saying, and the infinitive: one cue of words said."""
    if not catenatives or not infinitives:
        return ""
    unsaid = "".join(f"(?<!\\b{re.escape(word)} )" for word in data.get("negations", []))
    return f"{unsaid}{_joined(catenatives, infinitives, ' ')}"


# English "was conceding", "has been conceding" (lexicon/english_verbs.py). Tried at every word
# start: its first letter is read by a plain class, which the regex engine passes over at once
# where the word opens with another letter; a look-ahead there cost a tenth of the verbs' time.
def _progressive(auxiliaries: list[str], gerunds: list[str]) -> str:
    """An auxiliary of the progressive, a space and an -ing form of saying."""
    if not auxiliaries or not gerunds:
        return ""
    firsts = sorted({a[0].lower() for a in auxiliaries} | {a[0].upper() for a in auxiliaries})
    rests = "|".join(f"(?<=[{a[0].lower()}{a[0].upper()}]){re.escape(a[1:])}" for a in auxiliaries)
    return f"(?-i:[{''.join(firsts)}])(?:{rests}) {_any(gerunds)}"


# `endings` are [oblique, nominative] pairs, longest first: "Ольгой Марковой" -> "Ольга Маркова".
# Otherwise unchanged ("Алексей Белов" ends one word only in such an ending).
def nominative(name: str, endings: tuple[tuple[str, str], ...]) -> str:
    """`name` in the nominative when every word of it ends in one of the case `endings`."""
    words = name.split()
    turned = []
    for word in words:
        pair = next((p for p in endings if word.endswith(p[0]) and len(word) > len(p[0]) + 1), None)
        if pair is None:
            return name
        turned.append(word[: -len(pair[0])] + pair[1])
    return " ".join(turned)
