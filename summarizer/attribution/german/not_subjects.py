"""German phrases before a cue that are no subject of it: a heading label, a fronted plural object.

"Kurz notiert: „…“", "Offiziell bestätigt: „…“": an adverb or adjective and a participle (or a
present form, which looks the same) open a paragraph as a heading; the capitalised adverb is no
surname unless the article gives it with a forename ("Der Kapitän Ole Brandt …. Brandt notiert:").
"Die Spieler lobte sie „…“": a plural noun before a singular verb cannot be its subject, so it is
the object put first and the subject follows the verb ("sie", "der Trainer").
"""

from __future__ import annotations

import itertools
import re

from summarizer import _data
from summarizer.attribution.german.fronted_objects import fronted_object, named_after
from summarizer.attribution.german.german_hearsay import so_incise
from summarizer.attribution.german.german_person import plural_count, time_span
from summarizer.attribution.german.german_weak import lone, titled_dative
from summarizer.attribution.german.groups import group_noun
from summarizer.attribution.german.owned_objects import owned_object
from summarizer.attribution.german.verb_number import singular_verb
from summarizer.attribution.lexicon.cues import Cues, Mention

_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]*$")  # a heading opens a paragraph
_PARTICIPLE = re.compile(r"\w*ge\w+t$")  # "gemeldet", "angekündigt": no present form
_COLON_NEXT = re.compile(r"\s*:")
# adverbs that head a label anywhere in a paragraph ("… Regeln. Kurz notiert: „…“"), as a
# surname only where the article gives it twice or with a forename (`dewrong29`)
_LABELS = frozenset({"kurz", "knapp", "eben", "frisch", "neu", "offiziell", "zuletzt", "vorab"})
# plural forms of nouns for people after "die": "Spieler", "Absolventen", "Fans"; the few feminine
# singulars in -er are kin ("die Mutter", "die Tochter", "die Schwester")
_PLURAL_ENDINGS = ("er", "en", "s")
_SINGULAR_IN_ER = frozenset({"mutter", "tochter", "schwester", "kammer", "oper"})
_NOMINATIVE_AFTER = frozenset({"er", "sie", "der", "ein"})  # a subject right after the verb
_CLOSE = re.compile(r"[“”\"]")
_CLAUSE_END = re.compile(r"[,.!?;:„\n]")
_WORD = re.compile(r"\w+")
_QUOTED, _AFTER, _HOPS = (
    300,
    80,
    3,
)  # characters of the quotation and of its clause after it: bounded
_GERMAN = _data.load_toml("german.toml")
_AUXILIARIES = frozenset(_GERMAN["not_subjects"]["auxiliaries"])
_VOICING = frozenset(
    _GERMAN["stance"]["verbs"]
    + _GERMAN["stance"]["participles"]
    + _GERMAN["not_subjects"]["voicing"]
)


def not_subject(text: str, before: Mention | None, cue: re.Match[str], cues: Cues) -> bool:
    """Whether the phrase found before a cue is no subject of it (a dative, a label, an object)."""
    if before is None:
        return False
    if titled_dative(text, before, cues) or so_incise(text, cue, cues):
        return True
    fronted = plural_object(text, before, cue) or fronted_object(text, before, cue, cues)
    fronted = fronted or owned_object(text, before, cue, cues)  # "Deren Haltung nannte er"
    fronted = fronted or time_span(before.words.split())  # "Zwei Tage danach schrieb X:"
    fronted = fronted or _counted_object(before, cue)  # "Vier Punkte nannte X:"
    return heading_label(text, before, cue) or fronted


def _counted_object(before: Mention, cue: re.Match[str]) -> bool:
    """Whether a count of two or more opens the phrase before a singular verb: no subject of it
    ("Vier Punkte nannte die Ministerin:", "Zwei Fragen stellte er:"; not "Zwei Ärzte sagten:")."""
    verb = cue.group().split()[0].lower()
    return plural_count(before.words.split()) and not verb.endswith("en")


def heading_label(text: str, before: Mention, cue: re.Match[str]) -> bool:
    """Whether a lone capitalised word and a non-past cue before a colon open a sentence."""
    verb = cue.group().split()[0].lower()
    if verb.endswith(("te", "ten", "en")) or not lone(text, before):
        return False
    at = before.at + len(before.words)
    adjacent = text[at : cue.start()].strip() == ""
    opens = _PARAGRAPH.search(text, max(0, before.at - 3), before.at) is not None
    colon = _COLON_NEXT.match(text, cue.end()) is not None
    label = opens or _PARTICIPLE.match(verb) is not None or before.words.lower() in _LABELS
    if not (adjacent and colon and label):
        return False
    # a second use of the word in the article makes it a name (stop at it: linear on repeats)
    uses = re.finditer(rf"\b{re.escape(before.words)}\b", text)
    return len(list(itertools.islice(uses, 2))) == 1


def plural_object(text: str, before: Mention, cue: re.Match[str]) -> bool:
    """Whether a role noun after "die" is plural by form and its cue a singular finite verb."""
    words = before.words.split()
    if before.kind == "name" or len(words) != 1:
        return False
    noun = words[0].lower()
    article = text[max(0, before.at - 4) : before.at].strip().lower() == "die"
    after = _WORD.match(text, cue.end() + 1) if text[cue.end() : cue.end() + 1] == " " else None
    subject_after = after is not None and after.group() in _NOMINATIVE_AFTER
    # "-er" and "-s" are also feminine singulars ("Die Kammer erklärt:", "Die Caritas kritisierte
    # die Kürzungen"): plural only with a subject after
    subject_after = subject_after or named_after(text, cue)  # "lobte Trainer Uwe Brenner"
    plural = noun.endswith("en") or (noun.endswith(("er", "s")) and subject_after)
    singular = singular_verb(cue.group().split()[0])
    return article and plural and singular and noun not in _SINGULAR_IN_ER


# "Die Zuschauer feierten „einen großen Abend“", "Die Pendler müssen „mit Verspätungen“ rechnen":
# a plural group before a verb that is no verb of saying does something to the quoted words, it
# does not say them; "Die Forscher bezeichneten es als „…“" (a stance after "als") still speaks.
def plural_onlookers(text: str, found: Mention, window: tuple[int, int], cues: Cues) -> bool:
    """Whether a plural role subject's verb takes the quotation as a thing, not as its words."""
    head = found.words.split()[0]
    article = text[max(0, found.at - 4) : found.at].strip().lower() == "die"
    verb, closing = (found.cue or " ").split()[0].lower(), _closing_word(text, window[1])
    formed = article and head.lower().endswith(_PLURAL_ENDINGS) and verb.endswith("n")
    plural = group_noun(head) or formed  # "Die Kammer hat": "-er" and a singular verb, no plural
    said = any(_voicing(word, cues) for word in (verb, closing) if word)
    said = said or (verb in _AUXILIARIES and not closing)  # "haben „…“": the verb is unread
    stance = text[max(window[0], window[1] - 5) : window[1]].strip().lower().endswith("als")
    return found.kind == "role" and plural and not said and not stance


def _voicing(verb: str, cues: Cues) -> bool:
    """Whether a verb, participle or separable particle may make its subject a speaker."""
    return verb in _VOICING or cues.verbs.fullmatch(verb) is not None


# "Die Autoren werfen der Firma „…“ vor", "Die Anwohner haben „…“ gerufen": the word that closes
# the clause after the quotation may be the verb (or its particle) that says what the subject does
def _closing_word(text: str, start: int) -> str:
    """The lower-case word that closes the quotation's clause after it, or ""."""
    at = start
    for _ in range(_HOPS):  # past any further quotation in the clause ("„…“ und „…“ vor")
        close = _CLOSE.search(text, at, at + _QUOTED)
        if close is None:
            return ""
        end = _CLAUSE_END.search(text, close.end(), close.end() + _AFTER)
        if end is None or end.group() != "„":
            stop = end.start() if end else close.end() + _AFTER
            words = _WORD.findall(text, close.end(), stop)
            return words[-1] if words and words[-1].islower() else ""
        at = end.end()
    return ""
