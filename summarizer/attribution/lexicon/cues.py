"""Reporting-cue vocabulary per language, read lazily from summarizer/data/cues.toml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from summarizer import _data
from summarizer.attribution.lexicon.cue_fields import Negation, endings, merged, word_lists
from summarizer.attribution.lexicon.cue_regex import (
    alternation,
    dispatched,
    first_words,
    frame,
    planned,
    sentence_end,
    turns,
    whole_words,
    with_endings,
)
from summarizer.attribution.lexicon.inflect import derived, older, with_lexemes
from summarizer.attribution.lexicon.mention import Mention as Mention  # the passes import it here
from summarizer.attribution.lexicon.naming_heads import ascii_prefixes
from summarizer.concurrency import once

Window = tuple[int, int]
LEAD = re.compile(r"[\s,;:.!?…\-–—،，：]*")
"""Punctuation and dashes between a closing quotation mark and the words after it."""

_SPACED = ("en", "es", "fr", "de", "ru", "ar")
_STEM = 3


@dataclass(frozen=True)
class Cues:
    """One language family's cue words, compiled for scanning."""

    family: str
    verbs: re.Pattern[str]
    participles: frozenset[str]
    postfix: re.Pattern[str] | None
    pronouns: frozenset[str]
    titles: tuple[str, ...]
    orgs: tuple[str, ...]
    skip: tuple[str, ...]
    stop: frozenset[str]
    sentence_end: re.Pattern[str]
    frame: re.Pattern[str]
    frame_nouns: re.Pattern[str] | None
    frame_prefixes: tuple[str, ...]
    frame_full: tuple[str, ...]
    negation: Negation  # where `negations` negate a cue (frames/denied.py)
    reported: frozenset[str] = frozenset()
    reported_subjects: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    neuter: frozenset[str] = frozenset()  # "it": a pronoun that may stand for a body
    quoting: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()
    expletives: frozenset[str] = frozenset()
    coverbs: frozenset[str] = frozenset()  # "向记者说": prepositions before a verb
    families: frozenset[str] = frozenset()  # "the Roe family": a surname naming a family
    particles: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()
    utterances: frozenset[str] = frozenset()
    ignored_marks: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    sayings: frozenset[str] = frozenset()
    issuing: frozenset[str] = frozenset()
    messages: frozenset[str] = frozenset()
    message_to: frozenset[str] = frozenset()
    message_from: frozenset[str] = frozenset()
    quoting_objects: frozenset[str] = frozenset()  # "by quoting X:": X speaks
    quoting_verbs: frozenset[str] = frozenset()  # "Le journal cite X :": X speaks
    complementizers: frozenset[str] = frozenset()  # "that", "que", "что": a reported clause opens
    determiners: frozenset[str] = frozenset()
    nouns_capitalized: bool = False
    writing: frozenset[str] = frozenset()
    hearsay: frozenset[str] = frozenset()
    governing: frozenset[str] = frozenset()
    opening_prepositions: frozenset[str] = frozenset()  # "Since January Ann Roe said"
    calendar: frozenset[str] = frozenset()  # months and seasons
    indefinite: frozenset[str] = frozenset()
    inverting: frozenset[str] = frozenset()
    transitive: frozenset[str] = frozenset()
    cited: frozenset[str] = frozenset()
    opening_hearsay: frozenset[str] = frozenset()  # hearsay only opening a clause, then a comma
    turns: re.Pattern[str] | None = None
    answer_tags: frozenset[str] = frozenset()
    planned: re.Pattern[str] | None = None
    future: frozenset[str] = frozenset()  # future tenses of saying ("dira"): planned cues
    planned_after: tuple[str, ...] = ()  # "予定": after a cue's plain form, a plan ("述べる予定")
    naming: re.Pattern[str] | None = None
    naming_heads: re.Pattern[str] | None = None  # the first words of `naming`
    naming_prefixes: tuple[str, ...] | None = None  # their first letters, if all ASCII
    replies: frozenset[str] = frozenset()  # verbs of answering (replies.toml)
    framing: re.Pattern[str] = re.compile("(?!)")
    articles: frozenset[str] = frozenset()
    quotatives: tuple[str, ...] = ()
    interview_with: tuple[str, ...] = ()
    comitative: tuple[str, ...] = ()  # "с Иваном Кузиным": a name in the instrumental
    interview_words: tuple[str, ...] = ()
    dashes: str = ""
    case_endings: tuple[str, ...] = ()
    agent_endings: tuple[str, ...] = ()
    document_in: frozenset[str] = frozenset()
    subjunctive: frozenset[str] = frozenset()
    modal_passive: frozenset[str] = frozenset()
    reflexives: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    incise_commas: bool = False
    genders: tuple[tuple[str, frozenset[str]], ...] = ()
    definite: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    role_guess: bool = True
    pronoun_guess: bool = True
    indefinite_speaker: bool = False
    narrator: bool = False
    members: bool = False
    answered: bool = False
    joined_agents: bool = False
    next_paragraph: bool = False
    name_nouns: tuple[str, ...] = ()
    papers: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()  # last words of a publication's or a firm's name
    bodies: tuple[str, ...] = ()  # "agence": words of a body's name, never a person's
    authoring: tuple[str, ...] = ()
    glosses: tuple[str, ...] = ()
    proclitics: tuple[str, ...] = ()
    patronymics: tuple[str, ...] = ()
    complements: frozenset[str] = frozenset()
    contractions: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    genitive_cues: frozenset[str] = frozenset()
    genitive_endings: tuple[tuple[str, str], ...] = ()
    oblique_endings: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    present_endings: tuple[str, ...] = ()  # "cuenta que …": a present cue (frames/coordinated)
    object_endings: tuple[str, ...] = ()  # "Ольгу Смирнову": no genitive ends so
    masculine_oblique: tuple[str, ...] = ()  # "Алексея Громова": a man's first name
    feminine_oblique: tuple[str, ...] = ()  # "Марии Беловой": a woman's
    pointers: tuple[str, ...] = ()  # "«…». Об этом заявил X": the words it points back at
    pointing_back: tuple[str, ...] = ()  # "That was how X put it": the paragraph before's words
    plural_cues: tuple[str, ...] = ()
    listener_prepositions: frozenset[str] = frozenset()
    null_subject: bool = False
    pronoun_past_titles: bool = False  # a title does not cut where a pronoun finds its person
    description_endings: tuple[str, ...] = ()
    instrumental_endings: tuple[tuple[str, str], ...] = ()
    possessives: tuple[tuple[str, str], ...] = ()
    gender_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    coordinating: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()
    objective: re.Pattern[str] | None = None
    subordinating: frozenset[str] = frozenset()
    adverb_endings: tuple[str, ...] = ()
    surname_endings: tuple[str, ...] = ()  # after a role: the name, not its complement
    complement_endings: tuple[str, ...] = ()  # a role's genitive complement before a surname
    past_verb: re.Pattern[str] | None = None
    term_articles: frozenset[str] = frozenset()
    description_links: frozenset[str] = frozenset()
    name_links: frozenset[str] = frozenset()  # "of": inside a body's name, "University of X"
    told: frozenset[str] = frozenset()  # "à", "a", "to": a name after one is the one told
    time_adverbs: frozenset[str] = frozenset()  # "Ayer Sánchez dijo": no word of the name
    name_titles: frozenset[str] = frozenset()  # "House Speaker Tom Hale": capitalised, a title
    addressed: frozenset[str] = frozenset()  # "was asked:": the subject is the one spoken to
    questioning: frozenset[str] = frozenset()  # "Everyone asked Ann Roe.": she answers after it
    possessive_determiners: frozenset[str] = frozenset()
    continuing: frozenset[str] = frozenset()  # ja "さらに": a sentence that goes on
    role_links: frozenset[str] = frozenset()  # "the chairman at the Fed": no subject after them
    negations: frozenset[str] = frozenset()  # "never said": a cue of words not said
    indefinites: frozenset[str] = frozenset()  # "Niemand", "Jemand": a subject no one can name
    clause_openers: frozenset[str] = frozenset()  # "As one veteran said": a subject after it
    relative_subjects: frozenset[str] = frozenset()  # "a headline that said": its head speaks
    adverbial_subordinators: frozenset[str] = frozenset()  # "after Lund won": a subject after it
    cleft_openers: tuple[str, ...] = ()  # "it was only then that Lund won": a subject after it
    topic_prepositions: tuple[str, ...] = ()  # "For Ann Roe, it was hard": the sentence's topic
    place_prepositions: frozenset[str] = frozenset()  # "across Canada": a place after it
    plural_auxiliaries: frozenset[str] = frozenset()  # "examples are": a plural subject before
    clause_auxiliaries: frozenset[str] = frozenset()  # "when Cole had": a finite verb
    representing: frozenset[str] = frozenset()  # "a spokesperson for the RCMP": its body after it
    quantifiers: frozenset[str] = frozenset()  # "Another official": no name
    group_subjects: frozenset[str] = frozenset()  # "officials", "experten": a group, lower case
    rank_modifiers: frozenset[str] = frozenset()  # "vice", "former": another office of a title
    reported_openers: frozenset[str] = frozenset()  # "dass", "ob": open only a reported clause
    kinship: frozenset[str] = frozenset()  # "his wife, Jane Roe": named for another's sake
    kinship_links: frozenset[str] = frozenset()  # "daughter of the late": kin noun to name
    object_verbs: tuple[str, ...] = ()  # "called", "described as": a quotation as object
    auxiliaries: frozenset[str] = frozenset()  # "„…“, hat X gesagt": the perfect's (de)
    infinitives: frozenset[str] = frozenset()  # "„…“, wird X sagen": the future's (de)
    separable: tuple[str, ...] = ()  # "„…“, stellte X klar": the particle closes the clause
    embedded_terms: bool = False  # "had “attacked” Lee, and said": no cue after it (objected)

    # "Лаврова" -> "Лавров"; "Беловой" -> "Белова".
    def nominatives(self, token: str) -> list[str]:
        """`token` and, where surnames decline, the forms it may be a case of."""
        forms = [token]
        for ending in self.case_endings:
            stem = token[: -len(ending)]
            if token.endswith(ending) and len(stem) >= _STEM:
                forms.extend([stem, *(stem + e for e in self.case_endings)])
        return forms

    # Unchanged when no ending fits.
    def nominative(self, word: str) -> str:
        """A name's word in the genitive turned nominative by its ending ("Сергея" -> "Сергей")."""
        for genitive, nominative in self.genitive_endings:
            if word.endswith(genitive) and len(word) - len(genitive) >= _STEM - 1:
                return word[: len(word) - len(genitive)] + nominative
        return word

    # In any case form (a listed stem opens it) and past an elided article or a proclitic.
    def names_next(self, word: str) -> bool:
        """Whether `word` is a noun for a named thing ("газеты", "l'opération", "وصحيفة")."""
        lower = re.split("['’]", word.lower())[-1]
        forms = [lower, *(lower[len(p) :] for p in self.proclitics if lower.startswith(p))]
        return any(form.startswith(self.name_nouns) for form in forms if form)

    # Asked at nearly every step of every quotation: computed once, then read as an attribute.
    @functools.cached_property
    def spaced(self) -> bool:
        """True when words are separated by spaces (not Chinese or Japanese)."""
        return self.family in _SPACED

    # Caches keyed on a Cues hash it at every call (`roster._canonical`, ~35,000 calls): the
    # generated hash walks every field (12 µs); equal cues are of one family, so hash the family.
    def __hash__(self) -> int:
        return hash(self.family)


@once
def cues_table() -> dict[str, Any]:
    """cues.toml with every form of the lexeme tables' verbs added (`inflect.with_lexemes`)."""
    return with_lexemes(_data.load_toml("cues.toml"))


def _patterns(data: dict[str, Any], family: str, spaced: bool) -> dict[str, Any]:
    """The Cues fields compiled into regular expressions."""
    postfix = data.get("postfix", [])
    nouns = data.get("frame_nouns", [])
    verbs = [
        *data["verbs"],
        *data.get("future", []),
        *data.get("reported", []),
        *data.get("documents", []),
        *data.get("participles", []),
        *data.get("quoting", []),
    ]
    forms = derived(data)
    return {
        "verbs": dispatched(verbs, spaced, forms, older(data)),
        "postfix": re.compile(alternation(postfix, False)) if postfix else None,
        "sentence_end": sentence_end(family, data),
        "frame": frame(data, spaced),
        "frame_nouns": re.compile(alternation(nouns, spaced)) if nouns else None,
        "turns": turns([*data.get("question_tags", []), *data.get("answer_tags", [])]),
        "planned": planned(data.get("planned", []), spaced),
        "naming": whole_words(data.get("naming", []), spaced),
        "naming_heads": first_words(data.get("naming", [])),
        "naming_prefixes": ascii_prefixes(data.get("naming", [])),
        "objective": whole_words(data.get("objective", []), spaced),
        "past_verb": with_endings(data.get("past_endings", [])),
        "framing": whole_words(data.get("framing", []), spaced) or re.compile("(?!)"),
    }


@functools.cache
def cues_for(family: str) -> Cues:
    """The cue data for a language family ("en", "zh", ...); English when it is not listed."""
    table = cues_table()
    data = table.get(family, table["en"])
    fam = family if family in table else "en"
    return Cues(
        **word_lists(data),
        **_patterns(data, fam, fam in _SPACED),
        **endings(data),
        **merged(data),
        family=fam,
        replies=frozenset(_data.load_toml("replies.toml").get(fam, {}).get("verbs", [])),
    )


def gender_of(word: str, cues: Cues) -> str | None:
    """The gender a pronoun or a title marks ("she": feminine), if any."""
    lower = word.lower()
    return next((name for name, marks in cues.genders if lower in marks), None)
