"""How the word lists of one [family] table of cues.toml become fields of `cues.Cues`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


# The title, organisation and skip lists have up to a few hundred words and are tested for
# membership for each word next to each cue: a tuple's test compares them one by one.
class Words(tuple[str, ...]):
    """A word list that keeps its order (for prefix tests and regexes) and tests membership fast."""

    _set: frozenset[str]

    def __new__(cls, words: Iterable[str] = ()) -> Words:
        """The words in the order given."""
        self = super().__new__(cls, words)
        self._set = frozenset(self)
        return self

    def __contains__(self, word: object) -> bool:
        """Whether `word` is one of the words, as `tuple.__contains__` answers for strings."""
        try:
            return word in self._set
        except TypeError:  # unhashable: equal to no string
            return False


@dataclass(frozen=True)
class Negation:
    """Where a family's `negations` negate a cue, and the words that undo or bound that (denied)."""

    scope: str = ""  # "before", "clause", "suffix", "okurigana"; "": no cue is read as negated
    unnegating: frozenset[str] = frozenset()  # "nicht nur": no negation of the cue
    correcting: frozenset[str] = frozenset()  # "sondern": a correction, not a denial
    stances: tuple[str, ...] = ()  # "widersp": cue stems whose negation is still speech
    denials: frozenset[str] = frozenset()  # "نفى": cues that deny the reported clause after them


def negation(data: dict[str, Any]) -> Negation:
    """The family's `negation_scope` and the word lists read with it."""
    return Negation(
        data.get("negation_scope", ""),
        frozenset(data.get("unnegating", [])),
        frozenset(data.get("correcting", [])),
        tuple(data.get("stances", [])),
        frozenset(data.get("denials", [])),
    )


_AS_SET = (
    "participles",
    "reported",
    "reported_subjects",
    "first_person",
    "quoting",
    "impersonal",
    "expletives",
    "coverbs",
    "families",
    "particles",
    "passive",
    "utterances",
    "ignored_marks",
    "relatives",
    "sayings",
    "issuing",
    "messages",
    "message_to",
    "message_from",
    "quoting_objects",
    "quoting_verbs",
    "complementizers",
    "determiners",
    "term_articles",
    "document_in",
    "subjunctive",
    "modal_passive",
    "reflexives",
    "clitics",
    "complements",
    "contractions",
    "documents",
    "coordinating",
    "agents",
    "subordinating",
    "group_subjects",
    "rank_modifiers",
    "reported_openers",
    "kinship",
    "auxiliaries",
    "infinitives",
)
_LOWER_SET = (
    "pronouns",
    "listener_prepositions",
    "not_names",
    "neuter",
    "stop",
    "governing",
    "opening_prepositions",
    "calendar",
    "indefinite",
    "possessive_determiners",
    "inverting",
    "transitive",
    "cited",
    "opening_hearsay",
    "answer_tags",
    "articles",
    "definite",
    "demonstratives",
    "future",
    "description_links",
    "name_links",
    "told",
    "time_adverbs",
    "name_titles",
    "addressed",
    "questioning",
    "continuing",
    "role_links",
    "negations",
    "indefinites",
    "clause_openers",
    "relative_subjects",
    "adverbial_subordinators",
    "place_prepositions",
    "plural_auxiliaries",
    "clause_auxiliaries",
    "representing",
    "quantifiers",
    "kinship_links",
)
_AS_TUPLE = (
    "frame_prefixes",
    "frame_full",
    "quotatives",
    "agent_endings",
    "patronymics",
    "oblique_endings",
    "plural_endings",
    "present_endings",
    "object_endings",
    "masculine_oblique",
    "feminine_oblique",
    "description_endings",
    "adverb_endings",
    "surname_endings",
    "complement_endings",
    "planned_after",
    "object_verbs",
    "separable",
)
_LOWER_TUPLE = (
    "cleft_openers",
    "topic_prepositions",
    "interview_with",
    "comitative",
    "pointers",
    "pointing_back",
    "plural_cues",
    "name_nouns",
    "papers",
    "outlets",
    "authoring",
    "glosses",
    "bodies",
)
_LONGEST_FIRST = ("case_endings", "proclitics")
_FLAGS = {
    "nouns_capitalized": False,
    "incise_commas": False,
    "role_guess": True,
    "pronoun_guess": True,
    "indefinite_speaker": False,
    "narrator": False,
    "members": False,
    "answered": False,
    "joined_agents": False,
    "next_paragraph": False,
    "null_subject": False,
    "embedded_terms": False,
    "pronoun_past_titles": False,
}


def word_lists(data: dict[str, Any]) -> dict[str, Any]:
    """The word-list fields of Cues (as written, lower-cased or longest first) and the switches."""
    fields: dict[str, Any] = {name: frozenset(data.get(name, [])) for name in _AS_SET}
    fields |= {name: frozenset(w.lower() for w in data.get(name, [])) for name in _LOWER_SET}
    fields |= {name: tuple(data.get(name, [])) for name in _AS_TUPLE}
    fields |= {name: tuple(w.lower() for w in data.get(name, [])) for name in _LOWER_TUPLE}
    fields |= {
        name: tuple(sorted(data.get(name, []), key=len, reverse=True)) for name in _LONGEST_FIRST
    }
    fields["orgs"] = Words(w.lower() for w in data.get("orgs", []))
    fields["negation"] = negation(data)
    return fields | {name: bool(data.get(name, default)) for name, default in _FLAGS.items()}


def endings(data: dict[str, Any]) -> dict[str, Any]:
    """The Cues fields that pair word endings (or words) with what they mark."""
    return {
        "instrumental_endings": tuple(map(tuple, data.get("instrumental_endings", []))),
        "possessives": tuple(sorted(data.get("possessives", {}).items())),
        "gender_endings": tuple(
            (g, tuple(ends)) for g, ends in sorted(data.get("gender_endings", {}).items())
        ),
        "genitive_endings": tuple(
            sorted(map(tuple, data.get("genitive_endings", [])), key=lambda e: -len(e[0]))
        ),
        "genders": tuple(
            (gender, frozenset(w.lower() for w in words))
            for gender, words in sorted(data.get("genders", {}).items())
        ),
    }


def merged(data: dict[str, Any]) -> dict[str, Any]:
    """The Cues fields read from more than one list, or kept longest first for prefix tests."""
    quoting = data.get("quoting", [])
    documents = data.get("documents", [])
    interviews = [*data.get("interview_with", []), *data.get("interview_words", [])]
    return {
        "titles": Words(sorted((w.lower() for w in data.get("titles", [])), key=len, reverse=True)),
        "skip": Words(sorted((w.lower() for w in data.get("skip", [])), key=len, reverse=True)),
        "writing": frozenset(w.lower() for w in [*data.get("writing", []), *documents]),
        "hearsay": frozenset(w.lower() for w in [*data.get("hearsay", []), *quoting]),
        "interview_words": tuple(w.lower() for w in interviews),
        "dashes": "".join(data.get("dialogue_dashes", [])),
        "genitive_cues": frozenset([*data.get("genitive_cues", []), *quoting]),
    }
