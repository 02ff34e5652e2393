"""A pronoun never jumps back over a nearer unnamed speaker it may stand for."""
# "“…,” Hale said. A senior official said the talks had stalled. “…,” he said": "he" may be the
# official, who spoke last; the grammar cannot tell, so nobody. "A spokeswoman said …" leaves
# "he" to Hale: her noun marks the other gender.

from __future__ import annotations

import itertools

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.genders import article_gender, verb_gender
from summarizer.attribution.frames.mentions import find_mentions
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.speakers.names import Resolver
from summarizer.attribution.speakers.pronoun_fit import sentence_opener

_REACH = 400  # characters before the pronoun where the unnamed speaker is looked for: bounded
_SENTENCES = 3  # sentences read back from the quotation
_UNNAMED = frozenset({"anonymous", "noun"})
_ROLES: dict[str, dict[str, str]] = {
    family: {word: g for g, words in table.get("roles", {}).items() for word in words}
    for family, table in _data.load_toml("genders.toml").items()
}


def passed_unnamed(
    mention: Mention, context: tuple[int, int], speaker: str, resolver: Resolver
) -> bool:
    """Whether an unnamed speaker of the pronoun's gender speaks after the name it resolved to."""
    text, cues = resolver.text, resolver.cues
    end = min(mention.at, context[1]) if mention.at >= context[0] else context[1]
    start = max(context[0], end - _REACH)
    start = max(start, text.rfind(speaker.split()[-1], start, end))  # only after its name
    if end - start < 2 or not cues.spaced:
        return False
    found = _last_speaker(text, (start, end), mention.cue_at, cues, resolver.roster.written)
    if found is None or not _plain(found.words):
        return False
    opener = cues.case_endings and sentence_opener(text, found.words)
    if found.kind not in _UNNAMED and not opener:
        return False  # "Один из чиновников заявил": no name, whatever its capital
    wanted = gender_of(mention.words, cues)
    own = _gender(found, cues)
    if wanted and own and own != wanted:
        return False  # "A spokeswoman said …. “…,” he said": not her
    return not resolver.recent_people((found.at + len(found.words), end))


# Sentence by sentence from the quotation back, the first cue read with a subject other than the
# pronoun's own ("He added:"); another pronoun's cue ("he acknowledges") goes on from whoever it
# stood for, so it ends the search.
def _last_speaker(
    text: str, window: tuple[int, int], own: int, cues: Cues, written: WrittenWords
) -> Mention | None:
    """The last subject of a cue in `window`, read in its own sentence."""
    ends = [stop.end() for stop in cues.sentence_end.finditer(text, *window)]
    bounds = [window[0], *ends, window[1]]
    for begin, stop in list(itertools.pairwise(bounds))[::-1][:_SENTENCES]:
        line = text.rfind("\n", begin, stop)
        begin = line + 1 if line >= 0 else begin
        for found in find_mentions(text, (begin, stop), (stop, stop), cues, written):
            if found.cue_at == own or found.at < begin:
                continue
            return None if found.kind == "pronoun" else found
    return None


# "an aggressive - some say": a clean noun phrase only, words and spaces.
def _plain(words: str) -> bool:
    """Whether a mention's words are letters and spaces (hyphens inside words) only."""
    return all(token.replace("-", "").isalpha() for token in words.split())


def _gender(found: Mention, cues: Cues) -> str | None:
    """The gender an unnamed speaker's own words mark: its article, noun or verb ending."""
    words = TOKEN.findall(found.words)
    roles = _ROLES.get(cues.family, {})
    marked = {roles[w.lower()] for w in words if w.lower() in roles}
    if words:
        marked.add(article_gender(words[0], cues.family) or "")
        marked.add(gender_of(words[0], cues) or "")
    verb = TOKEN.findall(found.cue)
    if verb:
        marked.add(verb_gender(verb[-1].lower(), cues.family) or "")
    marked.discard("")
    return marked.pop() if len(marked) == 1 else None
