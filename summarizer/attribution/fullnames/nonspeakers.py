"""English cue subjects that are no sure named speaker: a party or a country, a denial."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.speakers.roster import lower_words

_EN = _data.load_toml("nonspeakers.toml")["en"]
_AFFILIATIONS = frozenset(_EN["affiliations"])
_DESCRIBING = _AFFILIATIONS | frozenset(_EN["demonyms"])
_DENIALS = frozenset(_EN["denials"])
_DOCUMENT_CUES = frozenset(_EN["document_cues"])
_PLACE_WORDS = tuple(_EN["places"])  # plain words, so "in Oklahoma" is a substring to look for
_PLACES = "|".join(_PLACE_WORDS)
_TAG = re.compile(f"(?:{'|'.join(_EN['parties'])})-[A-Z][a-z]+\\.?")
_POSSESSIVE = re.compile("['’]s?$")
_ADDRESS = re.compile(r"[A-Z][\w.]*, $")  # "San Bernardino, " before a state's abbreviation
_ENDS = ".!?:\n"  # what stands, spaces apart, before a word that opens a sentence
_OPENING = '"“‘'  # a mark right before a word opens a quotation ("”, Read said" opens none)
_REACH = 4000  # how far from the cue a word's other uses are looked for: a long text stays linear
_BEFORE = 12  # "the " or "denied " just before a mention or a cue
_MODIFIERS = 60  # "the former Senate ethics " before a role noun
_PARTNERS = 5  # the words between a determiner and its role noun


def nonspeaker(text: str, found: Attribution, titles: Collection[str]) -> bool:
    """Whether an English cue's subject is a party description or a place, or its cue a denial."""
    words = (found.speaker or "").split()
    if not words:
        return False
    described = words[-1].lower() in _DESCRIBING and _after_the(text, found)
    return described or _denied(text, found) or _place(text, found, titles)


# "Oklahoma responded:": one word that no forename or title makes a person's, and that the text
# writes as a place elsewhere: after "in" ("in Oklahoma", not "in Hale's view") or before a title
# or a party ("Oklahoma Gov. Ann Kerr", "an Oklahoma Republican"), which no surname stands before.
def _place(text: str, found: Attribution, titles: Collection[str]) -> bool:
    """Whether a one-word mention that no forename resolves is written as a place near the cue."""
    word, speaker = _POSSESSIVE.sub("", found.mention or ""), found.speaker or ""
    if " " in word or not word[:1].isupper() or word.isupper() or found.cue_at < 0:
        return False  # "FBI Director Ann Kerr": a body's initials, which speaks
    if speaker != word and speaker.endswith(" " + word):  # "Kerr" resolved to "Ann Kerr"
        return False
    near = text[max(0, found.cue_at - _REACH) : found.cue_at + _REACH]
    if word not in near:
        return False
    named = re.escape(word)
    # the plain substrings first: a regex opening with a word boundary is tried at every character
    placed = any(f"{place} {word}" in near for place in _PLACE_WORDS)
    if placed and re.search(rf"\b(?:{_PLACES}) {named}\b(?!['’])", near):
        return True
    if re.search(rf"{named} [A-Z]", near) is None:  # no capitalised word after it: no title
        return False
    after = re.finditer(rf"\b{named} ([A-Z][\w.]*)", near)
    return any(m.group(1).lower() in titles or m.group(1).lower() in _AFFILIATIONS for m in after)


# The mention's own position, not a search near the cue: "the Ohio Republican, Tom Hale, said"
# names Tom Hale, whatever description stands a few words away.
def _after_the(text: str, found: Attribution) -> bool:
    """Whether the mention is "the …" or follows "the" ("the Oklahoma Republican said")."""
    mention = found.mention or ""
    if mention.lower().startswith("the "):
        return True
    at = found.mention_at
    if at < 0 or not mention or not text.startswith(mention, at):
        return False
    return text[max(0, at - _BEFORE) : at].lower().endswith("the ")


def _denied(text: str, found: Attribution) -> bool:
    """Whether the cue is a denial verb or stands right after one ("Harris denied saying: …")."""
    if found.cue_at < 0:
        return False
    if (found.cue or "").lower() in _DENIALS:
        return True
    before = text[max(0, found.cue_at - _BEFORE) : found.cue_at].split()
    return bool(before) and before[-1].lower() in _DENIALS


def no_name(text: str, found: Attribution) -> bool:
    """Whether a one-word English mention names nobody: a party tag, an abbreviation, a noun."""
    # "Mitch Hale, R-Ky., said", "in Bunkerville, Nev., others argue", "Aides say"
    word = (found.mention or "").rstrip(".")
    if " " in word or not word[:1].isupper() or (found.speaker or "").rstrip(".") != word:
        return False
    if party_tag(found.mention or ""):
        return True
    return _abbreviated(text, found, word) or _common_noun(text, found, word)


# "The Authorization Act states: …" quotes the law's text, a body's writing; "the Act responded"
# or "the memo told reporters" gives a document a person's verb: no clear credit.
def unclear_document(found: Attribution) -> bool:
    """Whether an English document speaker's cue is no verb a document's words are quoted by."""
    return (found.cue or "").lower() not in _DOCUMENT_CUES


def party_tag(words: str) -> bool:
    """Whether the words are a lawmaker's party tag ("R-Ky.", "D-Calif.")."""
    return _TAG.fullmatch(words) is not None


def _abbreviated(text: str, found: Attribution, word: str) -> bool:
    """Whether the mention is a state's abbreviation after a town ("San Bernardino, Calif.,")."""
    at = found.mention_at
    if at < 0 or not text.startswith(word + ".,", at):
        return False
    return _ADDRESS.search(text, max(0, at - 30), at) is not None


# "Aides say", "One official said", "Police say": a capital that only opens sentences, on a word
# the article also writes in lower case, marks no name ("Black said" stays, after "said Black").
def _common_noun(text: str, found: Attribution, word: str) -> bool:
    """Whether the word is written in lower case, and capitalised only where a sentence opens."""
    if word.lower() not in _lower(text) or found.cue_at < 0:
        return False
    start = max(0, found.cue_at - _REACH)
    for seen in re.finditer(rf"\b{re.escape(word)}\b", text[start : found.cue_at + _REACH]):
        before = text[max(0, start + seen.start() - 4) : start + seen.start()]
        if before[-1:] in _OPENING and before:
            continue
        before = before.rstrip().rstrip('"”’')  # '…said.” One aide' opens a sentence
        if before and before[-1] not in _ENDS:
            return False
    return True


@functools.lru_cache(maxsize=4)  # once per article, not at each quotation
def _lower(text: str) -> frozenset[str]:
    """The article's lower-case words."""
    return lower_words(text)


# "“…,” the Senate ethics chairman said": the role noun cut from the capitalised words that say
# whose chairman is no one's name ("the chairman said" alone still names the article's chairman).
def bare_role(text: str, found: Attribution, *determiners: Collection[str]) -> bool:
    """Whether a one-word lower-case speaker lost a capitalised modifier after its determiner."""
    speaker, at = found.speaker or "", found.mention_at
    if at < 0 or not (speaker.isalpha() and speaker.islower()):
        return False
    modified = False
    for word in reversed(text[max(0, at - _MODIFIERS) : at].split()[-_PARTNERS:]):
        if any(word.lower() in words for words in determiners):
            return modified
        modified = modified or word[:1].isupper()
    return False


# "The Washington Post reported … “…,” he said": "he" or "she" stands for a person, never for
# a publication or a firm.
def body_for_pronoun(found: Attribution, bodies: Collection[str]) -> bool:
    """Whether a pronoun was resolved to a name whose last word names a body ("Times", "Corp")."""
    words = (found.speaker or "").lower().split()
    return found.basis == "pronoun" and bool(words) and words[-1] in bodies
