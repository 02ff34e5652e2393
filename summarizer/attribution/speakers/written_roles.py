"""French and Spanish: a role no name holds is the speaker as written, never sure."""

# "«…», remarcó el Presidente", "« … », a déclaré le ministre": where the article names the
# holder of that role unambiguously before ("el presidente de Colombia, Iván Duque,"), the holder
# speaks (`Resolver._by_title`); else the role's own words are the speaker, low, as English keeps
# "the president said" and German "sagte der Präsident" (never a guessed name). Russian and Arabic
# keep the role as the mention only: their roles are declined or bear no capitals to end them.

from __future__ import annotations

import re

from summarizer.attribution.frames.abbreviations import forenames
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.words import TOKEN
from summarizer.attribution.speakers.pronoun_fit import body
from summarizer.attribution.speakers.roster import Roster

_WRITTEN = frozenset({"fr", "es"})


def role_as_written(cues: Cues) -> bool:
    """Whether a role that resolves to no holder is its own speaker, low."""
    return cues.family in _WRITTEN


# "dijo el abogado de Luis Ferrán", "l'avocat de Marot": the role is the person's, who never
# speaks (as "un proche de X" is never X): a known first name before another capitalised word, or
# a word of a person the article names in full, in the role leaves nobody named (the mention).
def owned_by_person(words: str, roster: Roster, cues: Cues) -> bool:
    """Whether a role's words hold a person's name (its owner)."""
    names, first = roster.by_word(), forenames(cues.family)
    tokens = TOKEN.findall(words)[1:]
    for word, after in zip(tokens, [*tokens[1:], ""], strict=False):
        if not word[0].isupper():
            continue
        if word in first and after[:1].isupper():  # "Juan Pérez", never "la Casa Blanca"
            return True
        if any(not body(name, cues) for _, name in names.get(word, [])):
            return True
    return False


_ARTICLE = re.compile(r"^(?:(?:le|la|les|el|los|las)\s+|l['’](?=\w))", re.IGNORECASE)
_RUN_ON = re.compile(r"(?:[ \u00a0]+[A-ZÀ-Ý][\w'’-]*)+")


# The mention of a role may stop inside its complement's capitalised name ("portavoz de la Casa"
# of "la Casa Blanca"): as written, the role runs through that name's last capitalised word.
def written_role(text: str, mention: Mention) -> str:
    """The role's words as written, through the capitalised run its mention stops inside."""
    words, end = mention.words, mention.at + len(mention.words)
    if text[mention.at : end] == words and words[-1:].isalpha() and words.split()[-1].istitle():
        run = _RUN_ON.match(text, end)
        words += run.group() if run else ""
    return _ARTICLE.sub("", words, count=1) or words  # "Le juge a estimé": "juge"
