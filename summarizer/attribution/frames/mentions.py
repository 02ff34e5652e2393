"""The raw speaker mention next to a reporting cue, in the windows before and after a quotation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.attribution.frames.adverb_incise import adverb_first
from summarizer.attribution.frames.anyverb import past_after
from summarizer.attribution.frames.aside_after import short_head
from summarizer.attribution.frames.bare import bare_cue
from summarizer.attribution.frames.between import dropped, noun_after, noun_before, phrase_start
from summarizer.attribution.frames.clauses import TOKEN, apposed, new_sentence
from summarizer.attribution.frames.colons import introduced, leads_on
from summarizer.attribution.frames.contest import contest_label
from summarizer.attribution.frames.cueword import (
    cue_here,
    inflected,
    names_document,
    negated_stance,
    past_clitic,
)
from summarizer.attribution.frames.documents import paper_subject
from summarizer.attribution.frames.located import place_before
from summarizer.attribution.frames.noun_subjects import noun_subject
from summarizer.attribution.frames.object_forename import subject_after
from summarizer.attribution.frames.objects import names_quoted
from summarizer.attribution.frames.passive_agent import passive
from summarizer.attribution.frames.pointed import pointed_back, pointed_window
from summarizer.attribution.frames.quoting import objective, with_objects
from summarizer.attribution.frames.reported_clause import opens_reported
from summarizer.attribution.frames.subject_left import apposed_before, subject_left
from summarizer.attribution.frames.subject_right import subject_right
from summarizer.attribution.frames.typed_body import checked, typed_bodies
from summarizer.attribution.frames.unread import unread_subject
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.german.german_after import german_after, sentence_after
from summarizer.attribution.german.german_content import set_aside
from summarizer.attribution.german.german_embedded import embedded_speaker, reporters_unsure
from summarizer.attribution.german.german_partial import partial_speaker
from summarizer.attribution.german.german_perfect import subjects_of_cues
from summarizer.attribution.german.next_sentence import next_sentence
from summarizer.attribution.german.speech_owner import speech_owner
from summarizer.attribution.german.worded import worded_speaker
from summarizer.attribution.han.cjk import cjk_frame, cjk_mention
from summarizer.attribution.han.japanese import ja_mention
from summarizer.attribution.lexicon.cues import LEAD, Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_MAX_CUES = 4
# who can be the subject of a document's cue ("her statement read", "говорится в заявлении")
_WRITTEN = frozenset({"description", "org", "anonymous"})
_SENTENCE_REACH = 300
# Verb-second or verb-first order: a name right after the cue is its subject ("Weiter sagte X:").
_VERB_SECOND = frozenset({"de", "ar"})
# "„Wir bauen.“ Darauf erwiderte X: …": a German quotation's stop and its closing mark
_CLOSED_STOPS = (".“", "!“", "?“")


def find_mentions(
    text: str, before: Window, after: Window, cues: Cues, written: WrittenWords
) -> Iterator[Mention]:
    """Candidate speaker mentions for a quotation, best first: right after it, then before it."""
    if not cues.spaced:
        reader = ja_mention if cues.family == "ja" else cjk_mention
        yield from filter(None, [reader(text, before, after, cues)])
        return
    found = _spaced_after(text, before, after, cues, written)
    found = checked(text, found, cues) if found else None  # "a indiqué le groupe Bolloré"
    guess = found is not None and cues.nouns_capitalized and set_aside(text, before, found, cues)
    if found and not guess and not leads_on(text, before, after):
        yield found
    if cues.nouns_capitalized and (owner := speech_owner(text, before, cues)):
        yield owner  # "Aus der Rede des Abgeordneten X heben wir hervor: „…“"
    embedded = embedded_speaker(text, before, after, cues) if cues.nouns_capitalized else None
    if embedded:  # "X sagte, dass Y den Plan „…“ nannte": Y's words, never X's
        yield embedded
        return
    contest = contest_label(text, before[1])  # "Jan Roth vs. Eva Klar: „…“": no speaker
    # "X sagte, Y habe den Plan „…“ gefunden"
    earlier = iter(()) if contest else _spaced_before(text, before, cues, written)
    earlier = typed_bodies(text, earlier, cues)
    yield from reporters_unsure(text, before, earlier, cues) if cues.nouns_capitalized else earlier
    if cues.nouns_capitalized:  # "Er nannte den Plan „…“", "wird von X als „…“ bezeichnet"
        yield from filter(None, [worded_speaker(text, before, after, cues)])
        yield from filter(None, [partial_speaker(text, before, after, cues)])


def frame_mentions(text: str, colon: int, cues: Cues, written: WrittenWords) -> Iterator[Mention]:
    """Candidate speakers of the frame ending at `colon` ("Lin said in a statement:")."""
    if not cues.spaced:
        yield from filter(None, [cjk_frame(text, colon, cues)])
        return
    start = max(0, colon - _SENTENCE_REACH)
    start = last_stop(text, cues.sentence_end, start, colon) or start
    if cues.nouns_capitalized:  # „…“ closes after its stop: the frame starts after the quotation
        closed = max(text.rfind(end, start, colon) for end in _CLOSED_STOPS)
        start = closed + 2 if closed >= 0 else start
    yield from typed_bodies(text, _spaced_before(text, (start, colon + 1), cues, written), cues)


def _spaced_after(
    text: str, before: Window, window: Window, cues: Cues, written: WrittenWords
) -> Mention | None:
    start = LEAD.match(text, window[0], window[1]).end()  # type: ignore[union-attr]
    if start == window[1] and not cues.nouns_capitalized:  # no cue in reach (German reads on)
        pointed = pointed_window(text, before, window, cues)  # "«…». Об этом заявил X."
        return (
            pointed_back(_spaced_after(text, before, pointed, cues, written), cues)
            if pointed
            else None
        )
    fresh = new_sentence(text, window[0], start, outside=cues.nouns_capitalized)  # German „…“.
    if cues.nouns_capitalized and fresh:
        said = sentence_after(text, before, start, cues)  # "„…“ Soweit X.", "„…“ Das sagte X."
        return said or next_sentence(text, before, start, cues)  # "„…“ Davon ist X überzeugt."
    if fresh and not bare_cue(text, before, start, cues):
        return None
    first = TOKEN.match(text, start)
    if first and first.group().lower() in cues.subordinating:
        return None  # "“…” after Fallon expressed support": a clause of its own, no cue
    start = past_clitic(text, first, cues) or start  # "«…», le dijo X": the cue opens the clause
    reach = start + 200 if start + 200 < window[1] else window[1]
    cue = cues.verbs.search(text, start, reach)
    if cue is not None and names_document(text, cue, cues):
        cue = cues.verbs.search(text, cue.end(), reach)
    if cue is not None and not cue_here(text, cue, cues):
        return None
    if cues.nouns_capitalized:  # German: the cue comes first after a comma, or ends the sentence
        return german_after(text, window, start, cue, cues)
    loose = cue is None
    cue = cue and objective(text, cue, reach, cues)
    cue = cue or past_after(text, window, start, cues)
    if cue is None or text.find("\n", window[0], cue.start()) >= 0:
        return None  # no cue; or one on the next line, which starts a sentence of its own
    found = _after_subject(text, window, start, cue, cues, written)
    if found and cue.group().lower() in cues.documents and found.kind not in _WRITTEN:
        return None  # "a sign that read “…” Her father, Brad, …, they read": no document
    # a past tense names the subject opening its clause ("“…,” Lee mentioned", "“…!” beamed Al Roe")
    inverted = found and cue.start() == start and found.kind == "name" and " " in found.words
    return None if loose and found is not None and found.at != start and not inverted else found


def _after_subject(
    text: str, window: Window, start: int, cue: re.Match[str], cues: Cues, written: WrittenWords
) -> Mention | None:
    """The subject of a cue after a quotation: after it, or before it past an apposition."""
    opening = cue.start() == start or negated_stance(text, start, cue, cues)  # "— не возражает X"
    opening = opening or adverb_first(text, start, cue, cues)  # "— тихо сказал X"
    if opening or cues.family == "ar":  # VSO: "«…»، هكذا قال X": X, never "هكذا"
        set_off = any(c in ",?!—–" for c in text[max(0, window[0] - 3) : start])
        found = inflected(cue) or subject_right(
            text, cue, window[1], cues, lenient=True, after=set_off
        )
        found = found or noun_after(text, cue, window[1], cues)  # "— заявил пилот."
        return found or dropped(text, cue, window[1], cues)  # "“…”, ha explicado."
    if len(TOKEN.findall(text, start, cue.start())) > 6:
        # A long subject without commas is a descriptive one ending in the name: "Rally
        # Canada volunteer media coordinator Tom Hinderks said".
        plain = "," not in text[start : cue.start()] or short_head(text, start, cue, cues)
        return apposed(text, start, cue, cues) or (
            subject_left(text, start, cue, cues, written) if plain else None
        )
    return subject_left(text, start, cue, cues, written) or apposed(text, start, cue, cues)


def _spaced_before(
    text: str, window: Window, cues: Cues, written: WrittenWords
) -> Iterator[Mention]:
    found = with_objects(text, _last_cues(text, window, cues), window[1], cues)
    if cues.nouns_capitalized:  # German: noun phrases, read by german.py
        yield from subjects_of_cues(text, window, found, cues)
        found = []
    for cue in reversed(found):
        left = _left_of(text, window, cue, cues, written)
        # a named subject before the verb leaves none after it ("Путин ответил на вопрос Лаврова:")
        named = left is not None and left.kind == "name" and cues.family not in _VERB_SECOND
        right = None if named else subject_right(text, cue, window[1], cues)
        right = None if right and opens_reported(text, right, cues) else right
        pair = (right, left) if cues.family in _VERB_SECOND else (left, right)
        yield from (m for m in pair if m)
        if not left and not right:  # "La testigo dijo:"; "Y añadió: “…”": he or she, unsaid
            unsaid = dropped(text, cue, window[1], cues, before=True)
            unsaid = noun_before(text, cue, cues) or unsaid
            if unsaid is None and unread_subject(text, window, cue, found, cues):
                # "X said his parents told him:": someone unnamed, never X
                yield Mention(cue.group(), "anonymous", cue.group(), -1, cue.start())
                break
            yield from filter(None, [unsaid])
    colon = introduced(text, window, cues)
    if colon:
        yield colon
    subject = noun_subject(text, window, cues) if cues.nouns_capitalized else None
    if subject:
        yield subject


# In dialogue a window holds the cues of the quotations before ("«…», — заявил пилот «…», —
# заявил пилот …"): only the last `_MAX_CUES` count, so they are tried from the window's end.
def _last_cues(text: str, window: Window, cues: Cues) -> list[re.Match[str]]:
    """The last `_MAX_CUES` words of `window` that are cues here, in text order."""
    # a quotation right after another often has only spaces before it: no cue to search for
    verbs = [] if text[window[0] : window[1]].isspace() else cues.verbs.finditer(text, *window)
    found: list[re.Match[str]] = []
    for cue in reversed(list(verbs)):
        if cue_here(text, cue, cues):
            found.append(cue)
            if len(found) == _MAX_CUES:
                break
    return found[::-1]


def _left_of(
    text: str, window: Window, cue: re.Match[str], cues: Cues, written: WrittenWords
) -> Mention | None:
    """The cue's subject before it: a place, a paper, a name or phrase, an apposition."""
    left = place_before(text, window[0], cue, cues)  # "В Кремле заявили:"
    left = left or paper_subject(text, window[0], cue, cues)  # "The memo, …, states"
    left = left or subject_left(text, window[0], cue, cues, written)
    left = left or apposed_before(text, window[0], cue, cues)
    left = None if passive(cue.group().lower(), cues, text, cue.end()) else left
    left = None if left and names_quoted(text, cue, window[1], cues) else left  # "цитирует X"
    phrase = None if left else phrase_start(text, window[0], cue, cues)
    left = left or (subject_left(text, window[0], cue, cues, written, phrase) if phrase else None)
    return None if cues.family == "ru" and subject_after(text, cue.end()) else left  # "Илью …"
