"""German names: a capitalised particle that goes on ("Van der Bellen"), a title before a name."""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.forenames import GIVEN
from summarizer.attribution.lexicon.compounds import body_noun, long_titles
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import ABBREVIATED_PARTICLES, PARTICLES

_ARTICLES = frozenset(_data.load_toml("names.toml")["article_particles"])  # "Jan Der …": no surname
HONORIFICS = frozenset(_data.load_toml("names.toml")["honorifics"])
_PARTICLE_PREPOSITIONS = _data.load_toml("german.toml")["particle_prepositions"]
_PREPOSITIONS = frozenset(_PARTICLE_PREPOSITIONS["words"])
_DETERMINERS = frozenset(_PARTICLE_PREPOSITIONS["determiners"])  # "Zu dem Plan sagte X"
_ADDRESS = _data.load_toml("german.toml")["address"]
RANK_WORDS: tuple[str, ...] = tuple(_ADDRESS["ranks"])  # "Abg", "Graf": in the data's order
_RANKS = frozenset(RANK_WORDS)
_BETWEEN = frozenset(_ADDRESS["between"])
_KIN = frozenset(_ADDRESS["kin"])
_LOWER_PARTICLES = PARTICLES | _PREPOSITIONS  # "von", "van", "de", and "zu"
# particles that are German words too: after a lone given name they open a phrase, no surname
_GERMAN_PARTICLES = _ARTICLES | _PREPOSITIONS | {"von", "da"}
_ABBREVIATED = ABBREVIATED_PARTICLES  # "v." is German "von" written short, no foreign particle
_PLURAL = ("en", "ern")  # "zu Reportern", "zu Journalisten": a dative plural, no surname


# "sagte Alexander Van der Bellen": "Van" opens the surname, so "der Bellen" is no genitive; after
# a lower-case word ("Roth der Zeitung") "der" still is one.
def past_particles(words: list[str], start: int, end: int) -> int:
    """The end of a run of capitalised words past the particles and surname after its own."""
    last = words[end - 1].lower() if end > start else ""
    if end - start < 2 or last not in PARTICLES or last in _ARTICLES:
        return _past_lower_particles(words, start, end)
    index = end
    while index < len(words) and words[index] in PARTICLES:
        index += 1
    surname = index < len(words) and words[index][:1].isupper() and words[index].isalpha()
    return index + 1 if surname else end


# "Karl Theodor zu Guttenberg", "Rafael van der Vaart": a run that ends in a given name goes on
# past lower-case particles to the surname (`deold26`), and so does any run a particle that is
# no German word follows ("Marieke van der Berg", `particles32`). A lone given name takes only a
# particle that is no German word ("sagte Anna von der Tribüne" keeps Anna); "zu" never a plural
# noun ("sagte Hans Peter zu Reportern") nor a given name ("sagte Jan zu Olaf Kern": he tells him).
def _past_lower_particles(words: list[str], start: int, end: int) -> int:
    """Past lower-case name particles and a surname after a run that ends in a given name."""
    if end <= start or end + 1 >= len(words):
        return end
    if not (_given_end(words[start:end]) or foreign_particle(words[end])):
        return end
    index = end
    while index < len(words) and words[index] in _LOWER_PARTICLES:
        index += 1
    first = words[end]
    surname = words[index] if index < len(words) and index > end else ""
    if not (surname[:1].isupper() and surname.isalpha()) or surname in GIVEN:
        return end
    alone = end - start == 1 and "-" not in words[start]
    plural = first in _PREPOSITIONS and surname.endswith(_PLURAL)
    if (alone and first in _GERMAN_PARTICLES) or plural:
        return end
    return index + 1 + _owned(words, index)


# "sagte Jan van Dijks Berater": a surname in the genitive before a capitalised noun owns it;
# the run takes the noun too, so it is read as a plain name's owner is ("Peter Müllers Anwalt").
def _owned(words: list[str], surname: int) -> int:
    """1 where the surname at `surname` is a genitive that owns the capitalised noun after it."""
    after = words[surname + 1] if surname + 1 < len(words) else ""
    return int(words[surname].endswith("s") and after[:1].isupper() and after.isalpha())


# "sagte Marieke van der Berg", "sagte Luis del Campo": a particle that is no German word ("van",
# "del", "di", "bin") goes on to the surname after any first name, known or not (`particles32`).
def foreign_particle(word: str) -> bool:
    """Whether a lower-case name particle is no German word ("van", "de", "del", "bin")."""
    return word in PARTICLES and word not in _GERMAN_PARTICLES and word not in _ABBREVIATED


# "sagte van Oordt", "sagte de la Cruz": a name opens with particles, the first no German word
def past_front_particles(words: list[str], index: int) -> int:
    """Past the lower-case particles that open a surname at `index`, else `index`."""
    if index >= len(words) or not foreign_particle(words[index]):
        return index
    ahead = index
    while ahead < len(words) and words[ahead] in _LOWER_PARTICLES:
        ahead += 1
    named = ahead < len(words) and words[ahead][:1].isupper() and words[ahead].isalpha()
    return ahead if named else index


def _given_end(named: list[str]) -> bool:
    """Whether capitalised words end in a given name ("Karl Theodor", "Karl-Theodor")."""
    return all(part in GIVEN for part in named[-1].split("-"))


# "Bundespräsident Alexander Van der Bellen" is a title and a name of two words.
def capitalised(words: list[str], run: tuple[int, int]) -> int:
    """How many capitalised words of a run are no particle: "Alexander Van der Bellen" has two."""
    return sum(1 for w in words[run[0] : run[1]] if w[:1].isupper() and w.lower() not in PARTICLES)


# "des Ministers", "der Ministerin": a person's title in any case, no body ("der Firma").
def person_title(word: str, cues: Cues) -> bool:
    """Whether a capitalised noun is a title of a person, maybe with a genitive ending."""
    lower = word.lower()
    forms = (lower, lower[:-1], lower[:-2]) if lower.endswith(("s", "n")) else (lower,)
    titled = any(form.endswith(long_titles(cues)) for form in forms)
    return titled and not body_noun(word, cues)


# "Der Herr Minister des Innern bemerkte": an address and a title, nobody named.
def honorific_role(words: list[str], run: tuple[int, int], cues: Cues) -> bool:
    """Whether a capitalised run is a form of address followed only by titles of persons."""
    rest = words[run[0] + 1 : run[1]]
    honorific = words[run[0]] in HONORIFICS
    titled = all(person_title(w, cues) or w in _RANKS or w in _KIN for w in rest)
    return honorific and bool(rest) and titled


# "Zu Guttenberg sagte" is a surname; "Zu Eva Ems sagte X" and "Zu dem Plan sagte X" are not.
def preposition_first(words: list[str], index: int) -> bool:
    """Whether a capitalised particle is a preposition: an article or two names follow it."""
    if index + 2 >= len(words) or words[index].lower() not in _PREPOSITIONS:
        return False
    after = words[index + 1 : index + 3]
    return after[0].lower() in _DETERMINERS or all(w[:1].isupper() for w in after)


# "Herr Wendt", "der Abgeordnete Roth", "Graf Ortenau": the word before a lone surname that only
# stands before a person's name; not a genitive after a rank ("der Präsident Frankreichs").
def ranked(rank: str, surname: str) -> bool:
    """Whether `surname` follows a form of address or a rank that only a person's name follows."""
    return (rank in HONORIFICS or rank in _RANKS) and not surname.endswith("s")


# "Abg. v. Schütz", "Herr Dr. Wellmann": a particle or a degree may stand between the two.
def ranked_before(words: list[str], surname: str) -> bool:
    """Whether the words before `surname` end in a rank, past particles and degrees."""
    plain = [w.rstrip(".") for w in words]
    while plain and plain[-1] in _BETWEEN:
        plain.pop()
    return bool(plain) and ranked(plain[-1], surname)


def after_rank(text: str, mention: Mention) -> bool:
    """Whether a German surname follows a form of address or a rank, in its mention or before."""
    words = mention.words.split()
    before = text[max(0, mention.at - 30) : mention.at].split()
    return ranked_before([*before, *words[:-1]], words[-1]) if words else False
