"""The grammatical gender an article marks for a name: its surname, title, role or pronoun."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import name_marks
from summarizer.attribution.lexicon.cues import Cues, gender_of

_GENDER_REACH = 250
_PHRASE_REACH = 80
_PARTICLES = _data.load_toml("particles.toml")
# each language's gender marks (articles, verb endings), read once for both tables
_GENDER = {family: part["gender"] for family, part in _PARTICLES.items() if "gender" in part}
_ARTICLES: dict[str, dict[str, list[str]]] = {f: g["articles"] for f, g in _GENDER.items()}
_VERB_ENDINGS: dict[str, dict[str, list[str]]] = {f: g["verb_endings"] for f, g in _GENDER.items()}
_RU = _PARTICLES["ru"]
_OBLIQUE_FORENAMES = tuple(_RU["oblique_forenames"] + _RU["genitive_forenames"])
_WOMAN_OBLIQUE = tuple(_RU["oblique_surnames"])
_MAN_OBLIQUE = tuple(_RU["masculine_oblique_surnames"])
_NOMINATIVE_TOO = tuple(_RU["nominative_too"])
_DECLINED = tuple(_RU["declined_surnames"])
_PAST_MARKED = frozenset(f for f, endings in _VERB_ENDINGS.items() if any(endings.values()))


def marks_past(family: str) -> bool:
    """Whether the language lists past-tense verb endings (`verb_gender` may tell one)."""
    return family in _PAST_MARKED


def verb_gender(word: str, family: str) -> str | None:
    """The gender a past-tense verb's ending marks ("ответила": feminine), longest first."""
    endings = _VERB_ENDINGS.get(family, {})
    marked = [(end, g) for g, ends in endings.items() for end in ends if word.endswith(end)]
    return max(marked, key=lambda pair: len(pair[0]))[1] if marked else None


# "— заявил адвокат Петрова": a woman as the subject would take "заявила", so a name whose every
# word ends so after a masculine verb is in the genitive, the owner of what speaks, no subject.
# The one check of that agreement, for a name after the cue (frames/possessed.py) and a lone
# surname resolved later (speakers/lone_surnames.py).
def masculine_clash(cue: str, words: Sequence[str], endings: tuple[str, ...], family: str) -> bool:
    """Whether a masculine past `cue` cannot agree with `words`, each ending in one of `endings`."""
    verb = TOKEN.findall(cue)
    masculine = bool(verb) and verb_gender(verb[-1].lower(), family) == "masculine"
    return masculine and bool(words) and all(word.endswith(endings) for word in words)


def article_gender(word: str, family: str) -> str | None:
    """The gender an article marks ("la": feminine), where articles tell."""
    articles = _ARTICLES.get(family, {})
    return next((g for g, words in articles.items() if word.lower() in words), None)


# "Le ministre de l'Économie, Bruno Le Maire, était …", "La portavoz del Gobierno, X, …".
def role_opening(text: str, start: int, cues: Cues) -> str | None:
    """The article of the role (article, title, complements) apposed to the name at `start`."""
    reach = max(0, start - _PHRASE_REACH)
    head = text[reach:start].rstrip()
    if not head.endswith(",") or cues.nouns_capitalized:
        return None
    head = head[:-1]
    opened = max(head.rfind(mark) for mark in ".!?\n") + 1
    if (opened == 0 and reach > 0) or "," in head[opened:]:
        return None
    words = TOKEN.findall(head, opened)[:2]
    lowers = [w.lower() for w in words]
    role = len(lowers) == 2 and lowers[1] in cues.titles and lowers[1] not in cues.stop
    return words[0] if role and lowers[0] in cues.articles else None


# Its surname's ending where that tells ("Белова"), its title ("Ms. Holt"), with `names` its first
# name or role (forenames.py), else the first gendered pronoun after it, before `limit`.
def gender(
    text: str, name: tuple[int, int], cues: Cues, limit: int, names: bool = False
) -> str | None:
    """The gender the article marks for the name at `name` (start, end), or None."""
    if not cues.genders:
        return None
    start, end = name
    marked = _name_gender(text[start:end].split(), cues)
    if marked:
        return marked
    lead = TOKEN.findall(text, max(0, start - 6), start)[-1:]
    own = TOKEN.findall(text, start, end)[:1]  # a run that opens with its title: "Mme Roy"
    titled = [w for w in lead if w.lower() in cues.titles]
    titled = titled or [w for w in own if w.lower() in cues.titles and gender_of(w, cues)]
    reach = min(end + _GENDER_REACH, limit)
    if titled:
        return gender_of(titled[0], cues)
    role = role_opening(text, start, cues)  # "Le ministre de l'Économie, Bruno Le Maire,"
    if role and text[end : end + 1] == ",":
        return article_gender(role, cues.family)
    marks = name_marks(text, name, cues.family) if names else set()  # "Ida Moss", "Dame Ida Moss"
    if marks:  # surer than a pronoun after it ("Ida Moss spoke after him"); two: neither
        return marks.pop() if len(marks) == 1 else None
    for word in TOKEN.findall(text, end, max(end, reach)):
        found = None if word.lower() in cues.titles else gender_of(word, cues)
        if found or word[0].isupper():  # past another name, a pronoun may be that one's
            return found
    return None


# Russian: "Белова" is a woman, "Белов" a man; "Алексея Громова" (genitive) a man and "Марии
# Беловой" a woman whatever the surname's ending, as the first name's tells.
def _name_gender(words: list[str], cues: Cues) -> str | None:
    """The gender a name's endings mark, or None."""
    shared = _shared_case(words, cues)
    if shared:
        return shared
    for marked, oblique in (
        ("masculine", cues.masculine_oblique),
        ("feminine", cues.feminine_oblique),
    ):
        if oblique and len(words) > 1 and words[-2].endswith(oblique):  # "Жена Алексея X"
            return marked
    return next((g for g, ends in cues.gender_endings if words[-1].endswith(ends)), None)


# The words of a name share its case: after a first name in an oblique case the surname's own
# oblique ending tells the gender, before the first name's ("Никитой" is a man's instrumental
# too): "Никитой Михалковым", "Никиты Михалкова" a man, "Ольги Козловой" a woman.
def _shared_case(words: list[str], cues: Cues) -> str | None:
    """The gender a surname's oblique ending tells after an oblique first name, or None."""
    if not cues.feminine_oblique or len(words) < 2:
        return None
    if not words[-2].endswith(_OBLIQUE_FORENAMES + cues.feminine_oblique):
        return None
    if words[-1].endswith(_MAN_OBLIQUE):
        return "masculine"
    return "feminine" if words[-1].endswith(_WOMAN_OBLIQUE) else None


# "Дочь Ольги Козловой рассказала … — сказала она": a name whose first name the article writes
# only in an oblique case ("Ольги", "Марии", "Алексея") was never a subject, and a pronoun subject
# stands for one: the daughter, not her mother.
def oblique_only(name: str, cues: Cues) -> bool:
    """Whether a Russian name of two or more words opens with a first name in an oblique case."""
    words = name.split()
    oblique = _OBLIQUE_FORENAMES + cues.feminine_oblique + cues.masculine_oblique
    if not (cues.feminine_oblique and len(words) > 1 and words[0].endswith(oblique)):
        return False
    # the words of a name share its case: "Ники Лауда" is a nominative
    ambiguous = words[0].endswith(_NOMINATIVE_TOO)
    return not ambiguous or words[-1].endswith(_MAN_OBLIQUE + _WOMAN_OBLIQUE + _DECLINED)
