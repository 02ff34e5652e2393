"""A lone surname at a cue whose verb marks a gender: which earlier names it may stand for."""

# "Петрова заявила": a woman, not the "Иван Петров" named before, so the surname stands only for
# itself; "Петрова заявил" ("Адвокат Петрова заявил") is no subject at all, but the genitive of a
# man's surname, and names nobody. A woman's verb may still go with a foreign surname of a man's
# ending ("Пэйлин заявила"), so only the masculine verb rules a name out.

from __future__ import annotations

from summarizer.attribution.frames.fleeting import fleeting
from summarizer.attribution.frames.foreign_dative import foreign_dative
from summarizer.attribution.frames.genders import masculine_clash
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.speakers.agreement import LISTENER_ENDINGS, role_gender
from summarizer.attribution.speakers.roster import Roster
from summarizer.attribution.speakers.shared_roster import last_words, roster_for

_MANS_PAST = "л"  # "сказал", "сообщил": a man's past tense


# Not in the genitive, a surname the article gives someone in full in that very form is that
# person's: "Людмила Смолина … — вспоминает Смолина" is hers, not "Виктор Смолин"'s genitive.
def surname_forms(
    text: str, token: str, mention: Mention, cues: Cues, genitive: bool = False
) -> list[str] | None:
    """The forms a lone surname at a cue may be named by, or None where genders clash."""
    feminine = dict(cues.gender_endings).get("feminine", ())
    if masculine_clash(mention.cue, [token], feminine, cues.family):
        return None
    if not genitive and (_told(text, token, cues) or _foreign_dative(text, token, mention, cues)):
        return None
    wanted = role_gender(text, mention, cues)
    if not genitive and not wanted and _his(text, token, feminine, cues):
        return None
    borne = not genitive and bool(cues.patronymics) and token in _borne(text, cues)
    return [token] if wanted or borne else cues.nominatives(token)


# "Энтони Блинкен … «…», — сказал Блинкену": the dative of a surname the article gives in the
# nominative is the one told, and nobody named speaks; "Сергей Шойгу … — сказал Шойгу" is borne as
# written, so stays his.
def _told(text: str, token: str, cues: Cues) -> bool:
    """Whether `token` is the dative of a surname someone bears in full, never as written."""
    borne = _borne(text, cues) if cues.family == "ru" else frozenset()
    if not borne or token in borne:
        return False
    stems = [token[: -len(end)] for end in LISTENER_ENDINGS if token.endswith(end)]
    return any(stem in borne for stem in stems if stem)


# "Об этом сообщил Блинкену": after a man's verb, a man's foreign surname that ends in a
# consonant declines, so its form in a consonant and -у is the dative, the one told. One that
# stays as written ends so after a velar or "л" ("Шойгу", "Нетаньяху", "Чаушеску", "Чавушоглу"),
# or the article bears it in full ("Жаир Болсонару"); a woman's never declines ("заявила Санду").
def _foreign_dative(text: str, token: str, mention: Mention, cues: Cues) -> bool:
    """Whether `token`, at a man's past-tense cue, is a surname in the dative's -у."""
    if cues.family != "ru" or not mention.cue.endswith(_MANS_PAST):
        return False
    return foreign_dative(token) and token not in _borne(text, cues)


# "Виктор Смолин … — говорит Смолина": not in the genitive, a woman's surname never names the man
# whose surname is its masculine form; unless a woman bears it as written, nobody named speaks (a
# woman's verb, "— сказала Смолина", keeps her surname as written).
def _his(text: str, token: str, feminine: tuple[str, ...], cues: Cues) -> bool:
    """Whether `token` is a woman's form of a surname only a man bears in full."""
    if cues.family != "ru" or not token.endswith(feminine):
        return False
    borne = _borne(text, cues)
    return token not in borne and any(form in borne for form in cues.nominatives(token))


def _borne(text: str, cues: Cues) -> frozenset[str]:
    """The surnames, as written, of the people the article names in full."""
    return last_words(roster_for(text, cues.family))


# A Russian verb in the plural has no one person for its subject ("Коллеги Петрова заявили").
def unowned(text: str, name: str, mention: Mention, cues: Cues) -> str | None:
    """`name`, unless a masculine verb makes its last word a genitive owner ("Адвокат Петрова")."""
    plural = bool(cues.patronymics) and mention.cue.lower().endswith(cues.plural_endings)
    return None if plural or surname_forms(text, name.split()[-1], mention, cues) is None else name


# The form the article uses for that surname, else the one its endings give ("Сергей Лавров").
def nominative(roster: Roster, name: str, cues: Cues) -> str:
    """The nominative of a full name in the genitive ("по словам Сергея Лаврова")."""
    words = name.split()
    for form in cues.nominatives(words[-1]):
        for _, full in roster.by_word().get(form, []):
            if full != name and len(full.split()) == len(words) and full.endswith(form):
                return full
    return " ".join(_turned(word, words, cues) for word in words)


# The words of one name share its case: a surname in -у after "Сергея" is no accusative but a
# name that does not decline ("по словам Сергея Шойгу"); after "Ольгу" it is ("Ольгу Смирнову").
def _turned(word: str, words: list[str], cues: Cues) -> str:
    """One word of a name in an oblique case, turned nominative where its case allows."""
    ends = cues.object_endings
    if ends and word is words[-1] and word.endswith(ends) and not words[0].endswith(ends):
        return word
    return fleeting(cues.nominative(word), cues)
