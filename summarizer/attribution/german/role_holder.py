"""A German noun phrase with no name that stands for a person or a body by its head noun."""
# "Der Außenminister, der …", "Für die Ministerin ist …", "Für das Landgericht war …": a role or a
# body speaks as written; "der Bericht, der …", "für die Kinder", "Demonstranten, die …" do not
# (a thing, or a plural of people who act: a group, no one voice).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_person import person, person_noun
from summarizer.attribution.german.phrases import Phrase
from summarizer.attribution.lexicon.cues import Cues

# bodies that speak as written, also ending a compound ("Bauernverband"); only for these readers:
# as a person noun everywhere, "der Verein" would become a rival antecedent of "er"
_BODIES = tuple(_data.load_toml("german.toml")["role_holder"]["bodies"])


def role_or_body(tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a phrase without a name is headed by a noun for a role or a body."""
    if phrase.name is not None or phrase.anonymous:
        return False  # a name is read as a name; "ein Sprecher" stays anonymous
    head = tokens[phrase.head].group()
    word = head.lower().rstrip("s") if head.endswith("s") and len(head) > 4 else head.lower()
    return head[:1].isupper() and (person_noun(word, cues) or word.endswith(_BODIES))


# "weil die US-Regierung Georgien als „…“ bezeichnet hat", "weil der Minister Roth den Plan …":
# one capitalised word after a role or a body may be its name, its genitive or the verb's object;
# the role or body itself is the subject in every reading, so it speaks as written.
def head_only(tokens: list[re.Match[str]], phrase: Phrase | None, cues: Cues) -> Phrase | None:
    """The phrase cut before a lone capitalised word that follows its role or body noun."""
    if phrase is None or phrase.name is None or phrase.name != (phrase.end - 1, phrase.end):
        return phrase
    head = phrase.name[0] - 1
    if head <= phrase.start or tokens[phrase.start].group().lower() not in cues.determiners:
        return phrase  # "Jan Roth", "Minister Roth": no article, a title before a name
    cut = Phrase(phrase.start, phrase.name[0], None, phrase.anonymous, head)
    return cut if role_or_body(tokens, cut, cues) else phrase


def word_cut(tokens: list[re.Match[str]], phrase: Phrase) -> bool:
    """Whether `head_only` cut a lone capitalised word off the phrase: the object or an apposed
    name, never a rival subject ("weil die Regierung Georgien als „…“ bezeichnete")."""
    end = phrase.end
    lone = end < len(tokens) and (
        end + 1 == len(tokens) or not tokens[end + 1].group()[0].isupper()
    )
    return phrase.name is None and phrase.head == end - 1 and lone and tokens[end].group().istitle()


def speaks(text: str, tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a phrase names a person or a body (`person`), or is headed by a role or body noun."""
    return person(text, tokens, phrase, cues) or role_or_body(tokens, phrase, cues)
