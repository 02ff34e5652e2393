"""How the word lists of one [family] table of cues.toml become fields of `cues.Cues`."""

from __future__ import annotations

from typing import Any

_AS_SET = (
    "reported",
    "reported_subjects",
    "first_person",
    "quoting",
    "impersonal",
    "particles",
    "passive",
    "utterances",
    "ignored_marks",
    "relatives",
    "sayings",
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
)
_LOWER_SET = (
    "pronouns",
    "not_names",
    "stop",
    "governing",
    "indefinite",
    "inverting",
    "transitive",
    "cited",
    "answer_tags",
    "articles",
    "definite",
    "demonstratives",
    "future",
    "description_links",
    "role_links",
    "negations",
)
_AS_TUPLE = (
    "frame_prefixes",
    "frame_full",
    "quotatives",
    "agent_endings",
    "patronymics",
    "oblique_endings",
    "plural_endings",
    "description_endings",
    "adverb_endings",
    "surname_endings",
    "complement_endings",
)
_LOWER_TUPLE = ("orgs", "interview_with", "name_nouns", "papers", "authoring", "glosses")
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
    "null_subject": False,
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
