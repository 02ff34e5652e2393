"""A quotation that is the object of the verb before it: that verb's subject is its speaker.
`after_closed`: where the window before a German quotation opens when an earlier quotation ends a
clause a conjunction opened ("Während X von einem „Durchbruch“ sprach, nannte Y es „…“")."""

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.stops import sentence_start
from summarizer.attribution.marks.marks import Span

_REACH = 30  # characters before the opening mark where the verb may stand
_OBJECT = 3  # where the name right after an embedded quotation, its object, starts
_WORDS = 8  # a name for something is short; a longer quotation after "called" may be speech
_TERM_CHARS = 40  # a quoted term inside a clause: a few words
# the rest of a clause after a term, to a participle joined by "and" and its object: "and telling
# her,", "for Clinton and asking,"
_JOINED = re.compile(
    r"(?:,| (?:[a-z][^.!?\n\"“”]* )?and)? (\w+ing)"
    r"(?:(?: [a-z]+){0,2}[,:]| [a-z][^.!?\n\"“”,]*)[ \t]*"
)


@functools.cache
def _verbs(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The verbs that take a quotation as their object ("called", "described as")."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})\s*$") if body else None


# "a clip that Judge Ruiz called “distasteful,” Fenton expressed a wish to …": what the judge
# called it, not what Fenton says; the cue after it is the next clause's.
def only_before(
    text: str, open_at: int, closed: int, mentions: tuple[Mention, ...], cues: Cues
) -> tuple[Mention, ...]:
    """The mentions without those after the quotation when a verb before takes it as object."""
    # "»Der Angeklagte,« so führte er aus": a particle cue ("so") takes its subject after it
    # ("so der Minister"), never the words before it
    mentions = tuple(m for m in mentions if m.cue.lower() not in cues.particles or m.at > m.cue_at)
    if not any(m.cue_at >= closed or closed < m.at <= closed + _OBJECT for m in mentions):
        return mentions  # neither filter below would drop one: skip the verb search
    verbs = _verbs(cues.object_verbs)
    if len(text[open_at:closed].split()) > _WORDS:
        return mentions
    reach = max(0, open_at - _REACH)
    # the regex matches only where the words before the mark, spaces stripped, end in a verb
    ends = text[reach:open_at].rstrip().endswith(cues.object_verbs)
    if ends and verbs is not None and verbs.search(text, reach, open_at):
        return tuple(m for m in mentions if m.cue_at < closed)
    if cues.embedded_terms and _embedded(text, open_at, closed):
        # only the object: "was branded “in honour of” Lazo, Ana Wills wrote" is hers
        return tuple(m for m in mentions if not closed < m.at <= closed + _OBJECT)
    return mentions


# "had ever “attacked” Clinton, and said": a lower-case word before it, a name right after it,
# no comma or stop at its end: a word of the clause it stands in, whose object that name is.
def _embedded(text: str, open_at: int, closed: int) -> bool:
    """Whether a quotation stands inside its clause, neither set off nor ending one."""
    before = text[max(0, open_at - 2) : open_at]
    after = text[closed + 1 : closed + 3]
    inner = text[max(open_at, closed - 1) : closed]
    lower = before[-1:] == " " and before[:1].islower()
    return lower and after[:1] == " " and after[1:2].isupper() and inner not in (",", ".", "?", "!")


# "addressing her as “Hillary” and telling her, “…”": a short term inside the clause whose
# participle, joined by "and", quotes the next quotation, does not bound that cue's window.
def embedded_before(text: str, previous: Span, span: Span, cues: Cues) -> bool:
    """Whether `previous` is a term inside the clause whose participle quotes `span`."""
    if not cues.embedded_terms:
        return False
    if previous.end - previous.start > _TERM_CHARS and text[previous.end - 1] != ",":
        return False  # a long quotation (most), before its text is copied
    inner = text[previous.start : previous.end].rstrip(",")  # "“city values,” saying"
    if len(inner) > _TERM_CHARS or "," in inner or cues.sentence_end.search(inner):
        return False
    joined = _JOINED.fullmatch(text, previous.close_at + 1, span.open_at)
    return joined is not None and joined.group(1).lower() in cues.participles


# "Während X von einem „Durchbruch“ sprach, nannte Y das Ergebnis „…“": a sentence that opens
# with a conjunction, one or two lower-case words after its quotation closing that clause at the
# comma; the next quotation's cue stands in the main clause after it, so the window opens there.
_CLOSED = re.compile(r"[ \t]*[a-zäöüß]+(?:[ \t]+[a-zäöüß]+)?,")
_CONJUNCTIONS = frozenset(_data.load_toml("german.toml")["partial"]["conjunctions"])
_SENTENCE = 300  # characters back to the sentence's start: bounded
_FIRST = re.compile(r"[\s„“”\"]*(\w+)")


def after_closed(text: str, start: int, end: int, cues: Cues) -> int:
    """Where the window before a quotation opens, past the clause an earlier quotation closes."""
    closed = _CLOSED.match(text, start, end) if cues.nouns_capitalized else None
    if closed is None:
        return start
    back = max(0, start - _SENTENCE)
    opened = sentence_start(text, cues.sentence_end, back, start)
    first = None if opened is None else _FIRST.match(text, opened)
    if first is None or first.end() > start:
        return start  # no sentence start in reach
    return closed.end() if first.group(1).lower() in _CONJUNCTIONS else start
