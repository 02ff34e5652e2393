"""Whether a German description given as a speaker is of another gender than "er"/"sie"."""
# "Laut einem Jury-Mitglied war ihr Text „…“. Sie sagte: „…“": the dative "einem" is a
# masculine's or a neuter's, so "sie" is not the jury member (a neuter noun for a person tells no
# gender, so nobody is named rather than a guess); "Nach Angaben der Veranstalterin lief er …
# Er sagte:" is not the organiser: her role's ending marks a woman, though "der" looks like a
# man's nominative. A person's name is left to the readers of names (german_gender.py).

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.german.german_bracket import title_gender
from summarizer.attribution.german.roles import role_word
from summarizer.attribution.lexicon.cues import Cues, Mention

_DATA = _data.load_toml("german.toml")["described_gender"]
_NOT_FEMININE = frozenset(_DATA["not_feminine"])
_FEMININE = frozenset(_DATA["feminine"])
_ARTICLES = _NOT_FEMININE | _FEMININE
_LEAD = 12  # the article right before a description written without it: bounded
_REACH = 2000  # where that description is looked for before the pronoun: bounded, linear


def other_gender(text: str, name: str, pronoun: Mention, wanted: str | None, cues: Cues) -> bool:
    """Whether the description `name`, last written before the `pronoun`, marks another gender
    than `wanted` ("feminine" for "sie", "masculine" for "er") by its article or role's ending."""
    words, at = name.split(), pronoun.at
    if not wanted or not words:
        return False
    article = words[0].lower() if words[0].lower() in _ARTICLES else _article_before(text, name, at)
    head = words[1] if article and words[0].lower() == article and len(words) > 1 else words[0]
    if article is None and not (len(words) == 1 and role_word(head, cues)):
        return False  # a name ("Jana Roth", "Müller"): not a description
    marked = title_gender(head, cues) if role_word(head, cues) else None
    if article in _FEMININE or marked == "feminine":
        return wanted != "feminine"
    return wanted == "feminine" and (article in _NOT_FEMININE or marked == "masculine")


def _article_before(text: str, name: str, at: int) -> str | None:
    """The oblique article right before the last `name` written before `at`, if one stands
    there ("laut dem Vorsitzenden"), only for a description of one word."""
    if " " in name:
        return None
    start = text.rfind(name, max(0, at - _REACH), at)
    before = TOKEN.findall(text, max(0, start - _LEAD), start) if start > 0 else []
    word = before[-1].lower() if before and text[start - 1 : start] == " " else None
    return word if word in _ARTICLES else None
