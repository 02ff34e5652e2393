"""The raw speaker mention next to a reporting cue, in the windows before and after a quotation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.attribution.frames.anyverb import past_after
from summarizer.attribution.frames.appositives import before_appositive
from summarizer.attribution.frames.arabic import ARABIC_REACH, arabic_run
from summarizer.attribution.frames.aside_after import short_head
from summarizer.attribution.frames.bare import bare_cue
from summarizer.attribution.frames.between import (
    adverbial_first,
    dropped,
    inverts,
    listened,
    marked_subject,
    noun_after,
    noun_before,
    phrase_start,
    verb_gap,
)
from summarizer.attribution.frames.clauses import (
    TOKEN,
    anonymous,
    apposed,
    described,
    new_sentence,
    past_opener,
)
from summarizer.attribution.frames.colons import introduced, leads_on
from summarizer.attribution.frames.coordinated import shared_subject
from summarizer.attribution.frames.cueword import (
    cue_here,
    inflected,
    names_document,
    negated,
    negated_stance,
    past_clitic,
)
from summarizer.attribution.frames.descriptions import described_or_lone
from summarizer.attribution.frames.documents import paper_subject
from summarizer.attribution.frames.elision import elided
from summarizer.attribution.frames.inner_titles import TITLE_MARKS, role_tail
from summarizer.attribution.frames.listeners import past_object
from summarizer.attribution.frames.located import place_after, place_before
from summarizer.attribution.frames.noun_subjects import noun_subject
from summarizer.attribution.frames.objects import names_quoted
from summarizer.attribution.frames.owned import unnamed_after
from summarizer.attribution.frames.participial import participle_subject
from summarizer.attribution.frames.pointed import pointed_back, pointed_window
from summarizer.attribution.frames.quoting import objective, passive_end, with_objects
from summarizer.attribution.frames.reported_clause import opens_reported
from summarizer.attribution.frames.roles import complemented, role_name, subject
from summarizer.attribution.frames.run_before import run_before
from summarizer.attribution.frames.runs import adjacent, initial, run_of
from summarizer.attribution.frames.unread import unread_subject
from summarizer.attribution.german.german_after import german_after, sentence_after
from summarizer.attribution.german.german_content import set_aside
from summarizer.attribution.german.german_embedded import embedded_speaker, reporters_unsure
from summarizer.attribution.german.german_partial import partial_speaker
from summarizer.attribution.german.german_perfect import subjects_of_cues
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


def find_mentions(text: str, before: Window, after: Window, cues: Cues) -> Iterator[Mention]:
    """Candidate speaker mentions for a quotation, best first: right after it, then before it."""
    if not cues.spaced:
        reader = ja_mention if cues.family == "ja" else cjk_mention
        yield from filter(None, [reader(text, before, after, cues)])
        return
    found = _spaced_after(text, before, after, cues)
    guess = found is not None and cues.nouns_capitalized and set_aside(text, before, found, cues)
    if found and not guess and not leads_on(text, before, after):
        yield found
    embedded = embedded_speaker(text, before, after, cues) if cues.nouns_capitalized else None
    if embedded:  # "X sagte, dass Y den Plan „…“ nannte": Y's words, never X's
        yield embedded
        return
    earlier = _spaced_before(text, before, cues)  # "X sagte, Y habe den Plan „…“ gefunden"
    yield from reporters_unsure(text, before, earlier, cues) if cues.nouns_capitalized else earlier
    if cues.nouns_capitalized:  # "Er nannte den Plan „…“", "wird von X als „…“ bezeichnet"
        yield from filter(None, [partial_speaker(text, before, after, cues)])


def frame_mentions(text: str, colon: int, cues: Cues) -> Iterator[Mention]:
    """Candidate speakers of the frame ending at `colon` ("Lin said in a statement:")."""
    if not cues.spaced:
        yield from filter(None, [cjk_frame(text, colon, cues)])
        return
    start = max(0, colon - _SENTENCE_REACH)
    start = last_stop(text, cues.sentence_end, start, colon) or start
    if cues.nouns_capitalized:  # „…“ closes after its stop: the frame starts after the quotation
        closed = max(text.rfind(end, start, colon) for end in _CLOSED_STOPS)
        start = closed + 2 if closed >= 0 else start
    yield from _spaced_before(text, (start, colon + 1), cues)


def _spaced_after(text: str, before: Window, window: Window, cues: Cues) -> Mention | None:
    start = LEAD.match(text, window[0], window[1]).end()  # type: ignore[union-attr]
    if start == window[1] and not cues.nouns_capitalized:  # no cue in reach (German reads on)
        pointed = pointed_window(text, before, window, cues)  # "«…». Об этом заявил X."
        return pointed_back(_spaced_after(text, before, pointed, cues), cues) if pointed else None
    fresh = new_sentence(text, window[0], start, outside=cues.nouns_capitalized)  # German „…“.
    if cues.nouns_capitalized and fresh:
        return sentence_after(text, before, start, cues)  # "„…“ Soweit X.", "„…“ Das sagte X."
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
    found = _after_subject(text, window, start, cue, cues)
    if found and cue.group().lower() in cues.documents and found.kind not in _WRITTEN:
        return None  # "a sign that read “…” Her father, Brad, …, they read": no document
    # a past tense names the subject opening its clause ("“…,” Lee mentioned", "“…!” beamed Al Roe")
    inverted = found and cue.start() == start and found.kind == "name" and " " in found.words
    return None if loose and found is not None and found.at != start and not inverted else found


def _after_subject(
    text: str, window: Window, start: int, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The subject of a cue after a quotation: after it, or before it past an apposition."""
    opening = cue.start() == start or negated_stance(text, start, cue, cues)  # "— не возражает X"
    if opening or cues.family == "ar":  # VSO: "«…»، هكذا قال X": X, never "هكذا"
        set_off = any(c in ",?!—–" for c in text[max(0, window[0] - 3) : start])
        found = inflected(cue) or _right(text, cue, window[1], cues, lenient=True, after=set_off)
        found = found or noun_after(text, cue, window[1], cues)  # "— заявил пилот."
        return found or dropped(text, cue, window[1], cues)  # "“…”, ha explicado."
    if len(TOKEN.findall(text, start, cue.start())) > 6:
        # A long subject without commas is a descriptive one ending in the name: "Rally
        # Canada volunteer media coordinator Tom Hinderks said".
        plain = "," not in text[start : cue.start()] or short_head(text, start, cue, cues)
        return apposed(text, start, cue, cues) or (_left(text, start, cue, cues) if plain else None)
    return _left(text, start, cue, cues) or apposed(text, start, cue, cues)


def _spaced_before(text: str, window: Window, cues: Cues) -> Iterator[Mention]:
    # a quotation right after another often has only spaces before it: no cue to search for
    verbs = [] if text[window[0] : window[1]].isspace() else cues.verbs.finditer(text, *window)
    found = [c for c in verbs if cue_here(text, c, cues)]
    found = with_objects(text, found[-_MAX_CUES:], window[1], cues)
    if cues.nouns_capitalized:  # German: noun phrases, read by german.py
        yield from subjects_of_cues(text, window, found, cues)
        found = []
    for cue in reversed(found):
        left = place_before(text, window[0], cue, cues)  # "В Кремле заявили:"
        left = left or paper_subject(text, window[0], cue, cues)  # "The memo, …, states"
        left = left or _left(text, window[0], cue, cues)
        left = left or _apposed_before(text, window[0], cue, cues)
        left = None if left and names_quoted(text, cue, window[1], cues) else left  # "цитирует X"
        phrase = None if left else phrase_start(text, window[0], cue, cues)
        left = left or (_left(text, window[0], cue, cues, phrase) if phrase else None)
        # a named subject before the verb leaves none after it ("Путин ответил на вопрос Лаврова:")
        named = left is not None and left.kind == "name" and cues.family not in _VERB_SECOND
        right = None if named else _right(text, cue, window[1], cues)
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


def _left(
    text: str, start: int, cue: re.Match[str], cues: Cues, end: int | None = None
) -> Mention | None:
    """The subject that ends right before `cue` (or `end`), skipping adverbs and an appositive."""
    if cue.group().lower() in cues.participles:
        return participle_subject(text, start, cue, cues)
    limit = cue.start() if end is None else end
    tokens = list(TOKEN.finditer(text, start, limit))
    limit = verb_gap(text, tokens, limit, cues)
    if not tokens:
        return None
    if negated(tokens[-1], cues):  # "“…,” the coach never said": words nobody is said to say
        return Mention(cue.group(), "anonymous", cue.group(), -1, cue.start())
    if tokens[-1].group().lower() in cues.passive and not cues.nouns_capitalized:
        return None  # "the mayor was asked": the one asked, not the speaker
    subject_end = passive_end(cue, tokens, start, cues)
    if subject_end is not None:  # "Hale was quoted by the Courier as saying": never the agent
        return _left(text, start, cue, cues, subject_end)
    taken, joined = shared_subject(text, start, tokens, limit, cue, cues)  # "smiled and said"
    if taken:
        return joined
    gap = "" if initial(text, tokens[-1], limit) else text[tokens[-1].end() : limit].strip()
    gap = "," if gap.strip(TITLE_MARKS) == "," else gap  # "author of “Dry Years,” said"
    if gap == "," and cues.family != "ar":
        tokens = before_appositive(text, tokens, cues)
    elif gap and not (gap in ",،" and cues.family == "ar"):
        return None
    if not tokens:
        return None
    if cues.family == "ar":
        return arabic_run(text, tokens[::-1][:4], cue, cues, reverse=True)
    return _last_subject(text, start, tokens, cue, cues)


def _last_subject(
    text: str, start: int, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The pronoun, anonymous source or name run that ends with the last of `tokens`."""
    last = tokens[-1]
    word = elided(last.group())  # "c'est ainsi qu'il a qualifié": "il"
    if word.lower() in cues.pronouns or word.lower() in cues.neuter:  # "it": speakers/neuter.py
        kind = "pronoun" if word.lower() in cues.pronouns else "neuter"
        return Mention(word, kind, cue.group(), last.end() - len(word), cue.start())
    clause = max(start, text.rfind(",", start, last.start()) + 1)
    clause = past_opener(text, clause, last.end(), cues)
    if anonymous(text, clause, last.end(), cues):
        words = text[clause : last.end()].strip()
        return Mention(words, "anonymous", cue.group(), clause, cue.start())
    return run_before(text, tokens, cue, cues)


def _apposed_before(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """A name apposed to a role right before its cue ("Lee's aide, Jo Ruiz, said:")."""
    set_off = not cues.nouns_capitalized and text[start : cue.start()].rstrip().endswith(",")
    return apposed(text, start, cue, cues) if set_off else None


# `lenient` lets a short adverbial come first ("a déclaré à cette occasion le ministre"); `after`:
# right after a set-off quotation, where more verbs invert (`inverts`).
def _right(
    text: str,
    cue: re.Match[str],
    end: int,
    cues: Cues,
    *,
    lenient: bool = False,
    after: bool = False,
) -> Mention | None:
    """The subject right after `cue` ("said Lin Jian", "a déclaré X", "заявил он")."""
    if not inverts(cue.group().lower(), cues, after=after, rest=(text, cue.end())):
        return None
    lenient = lenient or adverbial_first(text, cue, cues)
    tokens = list(TOKEN.finditer(text, cue.end(), min(end, cue.end() + 120)))
    found = place_after(text, cue, end, cues) or marked_subject(text, cue, end, cues, lenient)
    # "said the union head, X"; "said the plan would" (a clause runs on): nobody
    found, clause = (found, False) if found else described_or_lone(text, tokens, cue, cues, lenient)
    if found or clause:
        return found
    limit = listened(text, tokens, cue, cues, lenient)
    if not tokens or not adjacent(text, limit, tokens[0].start()):
        return None
    # "a prévenu sur BFMTV la porte-parole du gouvernement, Prisca Thevenot"; "un proche du …"
    past = complemented(text, limit, cue, cues)  # also before a quotation: "le maire de Lyon, X"
    if past := past or unnamed_after(text, tokens, cue, cues):
        return past
    if cues.family == "ar":
        return arabic_run(text, tokens[:ARABIC_REACH], cue, cues, reverse=False)
    first = tokens[0].group().lower()
    if first in cues.pronouns:
        return Mention(tokens[0].group(), "pronoun", cue.group(), tokens[0].start(), cue.start())
    name = None if cues.patronymics else described(text, tokens, cues)  # Russian: subject()
    if name:
        return Mention(text[name[0] : name[1]], "name", cue.group(), name[0], cue.start())
    run = run_of(text, tokens, cues, forward=True)
    found = subject(text, run, cue, cues)
    found = past_object(text, found, cues) if found else None
    if found and found.kind == "role" and (lenient or cues.patronymics):
        return role_name(text, role_tail(text, tokens[len(run) :], cues), cue, cues) or found
    return found
