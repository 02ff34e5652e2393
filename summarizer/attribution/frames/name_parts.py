"""Which words of a capitalised run belong to a name: its particles, a title word as its surname."""

# Read by the apposition before a cue (`clauses.apposed`), the canonical form of a name
# (canonical.py) and a lone title word read as a surname (speakers/title_surname.py).

from __future__ import annotations

from summarizer.attribution.frames.abbreviations import place_name
from summarizer.attribution.frames.leads import past_lead
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES
from summarizer.attribution.lexicon.words import TOKEN

MAX_NAME = 4  # the most words a name has ("Jean de La Fontaine")


# Titles come before a name, so one after a given name or an initial is no title, also past a
# particle ("Bruno Le Maire"); after an acronym or a body it is the body's role ("CIA Director").
def surname(tokens: list[str], index: int, cues: Cues) -> bool:
    """Whether a title word ends a name as its surname ("Charlie King", "Peter T. King")."""
    if cues.nouns_capitalized or index == 0 or index < len(tokens) - 1:
        return False
    back = index - 1
    while back > 0 and particle(tokens, back, cues):
        back -= 1
    before = tokens[back]
    lower = before.lower().rstrip(".")
    plain = lower not in cues.titles and lower not in cues.stop and lower not in cues.orgs
    acronym = len(before) > 1 and before.isupper()
    return tokens[index][0].isupper() and before[0].isupper() and plain and not acronym


# After a given name that is no title and before a capitalised word, it is no article, nor
# the preposition of a complement ("Charles de Gaulle", "Luis de la Fuente"; not "ministre de
# l'Économie", "Banco de España"): at most two particles in a row.
def particle(tokens: list[str], index: int, cues: Cues) -> bool:
    """A particle inside a name ("Anne Le Goff", "Charles de Gaulle", "Jean de La Fontaine")."""
    if not 0 < index < len(tokens) - 1 or tokens[index].lower() not in PARTICLES:
        return False
    back, ahead = index - 1, index + 1
    if _article(tokens, index, cues):
        return False
    if tokens[back].lower() in PARTICLES and back > 0 and tokens[back] != tokens[index]:
        back -= 1
    if tokens[ahead].lower() in PARTICLES and ahead < len(tokens) - 1:
        ahead += 1
    before, after = tokens[back], tokens[ahead]
    lower = before.lower()
    plain = lower not in cues.titles and lower not in cues.stop and lower not in cues.orgs
    return before[0].isupper() and plain and after[0].isupper() and not _body(before, after)


# German writes nouns in capitals: "Merkel der Zeitung" is a name and a dative, and "der" joins a
# name only after "von" or "van" ("Ursula von der Leyen").
def _article(tokens: list[str], index: int, cues: Cues) -> bool:
    """Whether a German article between capitals is no particle: none stands right before it."""
    lower = tokens[index].lower()
    joined = tokens[index - 1].lower() in PARTICLES
    return cues.nouns_capitalized and lower in cues.determiners and not joined


def _body(before: str, after: str) -> bool:
    """An acronym on either side makes a body's name ("UE", "FMI"), never a person's."""
    return any(len(word) > 1 and word.isupper() for word in (before, after))


# A name: capitalised, up to four words, no title among them.
def name_in(part: str, cues: Cues) -> str | None:
    """The words of `part` if they are a name, past a leading title ("Sen. Ruth Okafor")."""
    tokens = TOKEN.findall(part)
    tokens, part = past_lead(tokens, part, cues)  # "Sen. Ruth Okafor", "the economist Jo Roe"
    lowers = [t.lower().rstrip(".") for t in tokens]
    inner = [particle(tokens, i, cues) for i in range(len(tokens))]  # "Anne Le Goff"
    titled = any(
        w in cues.titles and not surname(tokens, i, cues) and not inner[i]
        for i, w in enumerate(lowers)
    )
    if not tokens or len(tokens) > MAX_NAME or titled or place_name(" ".join(tokens)):
        return None  # "“…,” Mt. Vernon said": a place
    if any((w in cues.stop and not inner[i]) or w in cues.orgs for i, w in enumerate(lowers)):
        return None
    return part.strip() if all(t[0].isupper() for t in tokens) else None
