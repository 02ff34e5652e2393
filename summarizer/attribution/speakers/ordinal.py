"""German "letztere"/"erstere": the last or the first of the people the sentence before names."""

from __future__ import annotations

import re

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.forenames import first_name, name_marks
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.lower_tokens import lower_token

_REACH = 400  # how far back the sentence before may start
# "„…“, so letztere.", "„…“, sagte Letzterer": "so" or a lower-case verb, then the word
_AFTER = re.compile(
    r"[.!?]?[“\"]?,? ?(?P<cue>so|[a-zäöüß]+) (?P<word>[Ll]etzter(?:e|er)?|[Ee]rster(?:e|er)?)\b"
)
# "Letzterer sagte: „…“": the word opens the quotation's sentence, a colon closes it
_BEFORE = re.compile(
    r"(?P<word>Letzter(?:e|er)?|Erster(?:e|er)?) (?P<cue>[a-zäöüß]+)\b[^.!?:„“]*: ?$"
)
# an article and one capitalised role right before a name
_ARTICLE = re.compile(r"(?<![\w-])([Dd]er|[Dd]ie|[Dd]en|[Dd]em) (?:[A-ZÄÖÜ][\w-]+ )?$")
_RUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w'-]*(?: [A-ZÄÖÜ][\w'-]*)+")
_ARTICLES = {"der": "masculine", "den": "masculine", "dem": "masculine", "die": "feminine"}
_SENTENCE_END = re.compile(r"[.!?](?:[“\"]|\s)|\n")


def ordinal(text: str, span: Span, cues: Cues) -> Attribution | None:
    """The person "so letztere" or "Erstere erklärte:" at `span` takes up, else None."""
    if cues.family != "de":
        return None
    found = _after(text, span, cues) or _before(text, span, cues)
    if found is None:
        return None
    word, cue, at, begun = found
    people = _people(text, begun, cues)
    last = word.lower().startswith("letzt")
    if last and len(people) < 2:  # one person, or none: the pronoun rule's, as "derselbe"
        return None
    nobody = Attribution(None, cue, word, "none", at, sure=False)  # never "Erstere" as a name
    if len(people) < 2 or (not last and len(people) != 2):
        return nobody  # "erstere" after three people: which first
    name, gender = people[-1] if last else people[0]
    wanted = "masculine" if word.endswith("er") else "feminine"
    if gender not in (None, wanted):
        return nobody
    return Attribution(name, cue, word, "pronoun", at, named=True, sure=False, mention_at=at)


def _after(text: str, span: Span, cues: Cues) -> tuple[str, str, int, int] | None:
    """The word after the quotation's closing mark, its cue, where it stands and the quotation's
    sentence start, when the quotation opens its sentence."""
    found = _AFTER.match(text, span.close_at + 1, span.close_at + 40)
    if found is None or not _cue(found.group("cue"), cues):
        return None
    head = text[max(0, span.open_at - 3) : span.open_at].rstrip(" ")
    if head and not head.endswith((".", "!", "?", "\n", "“", ":")):
        return None  # "Er nannte es „…“, so letztere": a quotation inside a sentence
    return found.group("word"), found.group("cue"), found.start("word"), span.open_at


def _before(text: str, span: Span, cues: Cues) -> tuple[str, str, int, int] | None:
    """The word opening the quotation's sentence before a colon, its cue, where it stands, and
    where that sentence starts."""
    reach = max(0, span.open_at - _REACH)
    if (
        text.find("Letzter", reach, span.open_at) < 0
        and text.find("Erster", reach, span.open_at) < 0
    ):
        return None  # no word that takes up anyone: the sentence's start is never sought
    begun = _start(text, span.open_at)
    found = _BEFORE.match(text, begun, span.open_at)
    if found is None or not _cue(found.group("cue"), cues):
        return None
    return found.group("word"), found.group("cue"), found.start(), begun


def _cue(word: str, cues: Cues) -> bool:
    """ "so" or a verb of saying."""
    return word == "so" or cues.verbs.fullmatch(word) is not None


def _start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts."""
    ends = list(_SENTENCE_END.finditer(text, max(0, at - _REACH), at))
    return ends[-1].end() if ends else max(0, at - _REACH)


def _people(text: str, begun: int, cues: Cues) -> list[tuple[str, str | None]]:
    """The full names of the sentence before `begun`, in order, each with the gender its first
    name, a role or an article before it marks ("die Ärztin Ulla Fendt": feminine)."""
    start = _start(text, max(0, begun - 1))
    found: list[tuple[str, str | None]] = []
    for run in _RUN.finditer(text, start, begun):
        words = run.group().split()
        while words and lower_token(words[0].lower(), text):  # "Zwischen Frieda Olm", "Den Preis"
            words.pop(0)
        if len(words) < 2 or any(w.lower() in cues.orgs for w in words):
            continue
        name = " ".join(words[-2:])
        at = run.end() - len(name)
        article = _ARTICLE.search(text, max(0, at - 40), at)
        if len(words) == 2 and article and not first_name(words[0], "de"):
            continue  # "die Deutsche Bahn": a thing's name after its article
        found.append((name, _gender(text, at, name, article)))
    return found


def _gender(text: str, at: int, name: str, article: re.Match[str] | None) -> str | None:
    """The one gender marked for the name at `at`, else None."""
    marks = name_marks(text, (at, at + len(name)), "de")
    if article:  # "der Kapitän Mehmet Arslan", "die Sängerin Mara Kestner"
        marks.add(_ARTICLES[article.group(1).lower()])
    return marks.pop() if len(marks) == 1 else None
