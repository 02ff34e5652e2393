"""Every finite form of the French and Spanish verbs of saying listed by lexeme in saying.toml."""
# A report quotes with any tense and person of a verb of saying ("a démenti", "ont martelé",
# "expliquait-il", "répondit"; "subrayaron", "ha desmentido", "se quejó"): listed form by form,
# cues.toml only ever held the ones seen in examples. The forms are added to the family's
# `verbs` (and `writing`), so inflect.py derives the inverted and compound ones from them.

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from summarizer import _data
from summarizer.attribution.lexicon.merged import after_own

# [participle, present 3sg, present 3pl, imperfect 3sg, past 3sg, past 3pl]
Parts = list[str]
_FR_PRONOUNS = (("il", "ils", ""), ("elle", "elles", "e"))
_ES_AUXILIARIES = ("ha", "han", "había", "habían")
# an e or é before the stem's last consonant(s) that the stress opens: "répète", "relève"
_CONSONANT = r"[^\Waeiouyéèêëîïôûù]"
_OPENED = re.compile(rf"(?:é({_CONSONANT}+)|(?<![aeiouyé])e((?![lt]){_CONSONANT}|l(?!l)|t(?!t)))$")


def with_lexemes(table: dict[str, Any]) -> dict[str, Any]:
    """cues.toml's tables, each family's `verbs` and `writing` with saying.toml's forms added."""
    for family, lexemes in _data.load_toml("saying.toml").items():
        data = table.get(family)
        if data is None:
            continue
        conjugate = _CONJUGATIONS[family]
        verbs, writing, plural = [], [], []
        for lexeme, parts in _lexemes(lexemes, family):
            forms = list(conjugate(lexeme, parts))
            verbs += forms
            plural += _plural_words(lexeme, parts) if family == "fr" else []
            writing += forms if lexeme in lexemes.get("writing", []) else []
            if family == "es" and not _reflexive(lexeme)[0]:  # "dijo": "ha dicho"
                data.setdefault("past_participles", []).append([parts[4], parts[0]])
        data["verbs"] = after_own(data.get("verbs", []), verbs)
        data["writing"] = after_own(data.get("writing", []), writing)
        if plural:
            data["plural_cues"] = after_own(data.get("plural_cues", []), plural)
    return table


def _lexemes(lexemes: dict[str, Any], family: str) -> Iterator[tuple[str, Parts]]:
    """Each lexeme (its reflexive pronoun kept) and its principal parts; past only: no present."""
    regular = _FR_PARTS if family == "fr" else _ES_PARTS
    for lexeme in lexemes.get("regular", []):
        yield lexeme, regular(lexeme, lexemes)
    for lexeme in lexemes.get("past_only", []):
        parts = regular(lexeme, lexemes)
        yield lexeme, [parts[0], "", "", *parts[3:]]
    yield from lexemes.get("other", {}).items()


def _reflexive(lexeme: str) -> tuple[str, str]:
    """The reflexive pronoun of an infinitive ("s'", "se ", "" for none) and the verb itself."""
    for pronoun in ("s'", "se "):
        if lexeme.startswith(pronoun):
            return pronoun, lexeme[len(pronoun) :]
    if lexeme.endswith("se") and not lexeme.endswith(("ar", "er", "ir")):
        return "se ", lexeme[:-2]
    return "", lexeme


# First group: "déclarer", "répéter" ("répète"), "rappeler" ("rappelle"), "juger" ("jugeait"),
# "annoncer" ("annonça").
def _FR_PARTS(lexeme: str, lexemes: dict[str, Any]) -> Parts:
    """The principal parts of a French verb in -er."""
    verb = _reflexive(lexeme)[1]
    stem = verb[:-2]
    soft = stem + "e" if stem.endswith("g") else stem[:-1] + "ç" if stem.endswith("c") else stem
    if verb in lexemes.get("doubling", []):
        stressed = stem + stem[-1]
    else:
        stressed = _OPENED.sub(lambda m: "è" + (m.group(1) or m.group(2)), stem)
    return [stem + "é", stressed + "e", stressed + "ent", soft + "ait", soft + "a", stem + "èrent"]


_AR = ("ado", "a", "an", "aba", "ó", "aron")
_ER = ("ido", "e", "en", "ía", "ió", "ieron")


# "señalar": "señaló", "señalan", "señalaba"; "reconocer", "añadir": "reconoció", "añade".
def _ES_PARTS(lexeme: str, lexemes: dict[str, Any]) -> Parts:
    """The principal parts of a regular Spanish verb."""
    verb = _reflexive(lexeme)[1]
    stem, present = verb[:-2], lexemes.get("stems", {}).get(verb, verb[:-2])
    ends = _AR if verb.endswith("ar") else _ER
    return [(present if index in (1, 2) else stem) + end for index, end in enumerate(ends)]


def _french(lexeme: str, parts: Parts) -> Iterator[str]:
    """The finite forms: simple tenses, passé composé, and their inversions for a perfect."""
    pronoun, _ = _reflexive(lexeme)
    participle, *simple = parts
    simple.append(parts[3][:-1] + "ent" if parts[3] else "")  # "disait": "disaient"
    if pronoun:  # "s'exclame", "s'est exclamée", "se sont-ils exclamés"
        for form in filter(None, simple):
            yield _elided(pronoun, form)
            if not _elided(pronoun, form).startswith("s'"):  # "se souvient-elle"
                glue = "-t-" if form.endswith(("e", "a")) else "-"
                yield from (f"se {form}{glue}{p}" for p in ("il", "elle", "ils", "elles"))
        for singular, plural, ending in _FR_PRONOUNS:
            agreed = participle + ending
            yield from (f"s'est {agreed}", f"se sont {agreed}s")
            yield from (f"s'est-{singular} {agreed}", f"se sont-{plural} {agreed}s")
        return
    yield from (form for form in simple if form)
    # "a démenti": inflect.py adds "avait", "aurait" and "a-t-il" where the participle is a word
    yield from (f"{auxiliary} {participle}" for auxiliary in ("a", "ont", "ont-ils", "ont-elles"))
    if " " in participle:
        yield from (f"a-t-il {participle}", f"a-t-elle {participle}")


# "« … », disent-ils", "Girard et Lefèvre déclarèrent :": a plural subject, no one speaker
# (continuation.py `_plural_cue`, joint.py); "ont" opens the passé composé's plural already.
def _plural_words(lexeme: str, parts: Parts) -> list[str]:
    """The first words of the third person plural of a French verb, also inverted."""
    if _reflexive(lexeme)[0]:
        return []
    plural = [p.split()[0] for p in (parts[2], parts[3][:-1] + "ent", parts[5]) if p[:-1]]
    return [*plural, *(f"{p}-{pronoun}" for p in plural for pronoun in ("ils", "elles"))]


def _elided(pronoun: str, form: str) -> str:
    """The reflexive pronoun before a form: "s'" before a vowel, "se" before a consonant."""
    vowel = form[:1] in "aeiouyéèêâîôh"
    return ("s'" if vowel else "se ") + form


def _spanish(lexeme: str, parts: Parts) -> Iterator[str]:
    """The finite forms: preterite, present, imperfect; a reflexive's compound perfect too."""
    pronoun, _ = _reflexive(lexeme)
    participle, *simple = parts
    simple.append(parts[3] + "n" if parts[3] else "")  # "decía": "decían"
    yield from (pronoun + form for form in simple if form)
    if pronoun:  # "se ha quejado"; a plain verb's comes from its preterite (inflect.py)
        yield from (f"se {auxiliary} {participle}" for auxiliary in _ES_AUXILIARIES)


_CONJUGATIONS: dict[str, Callable[[str, Parts], Iterator[str]]] = {
    "fr": _french,
    "es": _spanish,
}
