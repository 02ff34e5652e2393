"""English verbs of saying by lexeme (data/english_verbs.toml): each form a cue needs, before and
after the quotation, and the forms that are nouns or name the one spoken to (own sentences,
invented names, no corpus text)."""

from __future__ import annotations

import pytest

from summarizer import _data
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.lexicon.english_verbs import forms, lexemes
from tests.quoted import english_quotes as quotes

LEAD = "The library closed early on Monday. "
WORDS = "We will reopen next week"

# Forms no cue read before this file: the past, the third person, the phrasal verb, the progressive.
NEW = [
    "confessed", "swore", "opined", "affirmed", "reaffirmed", "inquired", "fired back", "hit back",
    "chimed in", "cut in", "summed up", "summarized", "grumbled", "muttered", "gushed", "sneered",
    "bemoaned", "lashed out", "marveled", "raved", "stammered", "gasped", "screamed",
    "volunteered", "blogged", "penned", "chuckled", "interjects", "confesses", "sums up",
    "was conceding", "is complaining", "has been grumbling",
]  # fmt: skip
# "boomed" and "thundered" left this list (fixen26): "Thunder boomed as Ann Roe spoke: “…”" named
# Thunder; they are english_verbs.toml homographs now (tests/test_attribution_english_hearers.py)


def _one(text: str) -> tuple[str | None, str | None]:
    (quote,) = quotes(text)
    return quote.speaker, quote.confidence


@pytest.mark.parametrize("form", NEW)
def test_a_new_form_after_the_quotation_names_its_subject_surely(form: str) -> None:
    assert _one(f'{LEAD}"{WORDS}," Nora Vale {form}.') == ("Nora Vale", "high")


@pytest.mark.parametrize("form", NEW)
def test_a_new_form_before_the_quotation_names_its_subject_surely(form: str) -> None:
    assert _one(f'{LEAD}Nora Vale {form}: "{WORDS}."') == ("Nora Vale", "high")


@pytest.mark.parametrize("form", ["confessed", "grumbled", "fired back", "was conceding"])
def test_a_new_form_names_a_description_as_its_subject(form: str) -> None:
    assert _one(f'{LEAD}"{WORDS}," the librarian {form}.')[0] == "the librarian"


@pytest.mark.parametrize("form", ["confessed", "sneered", "chimed in", "gushed"])
def test_a_new_form_inverted_after_the_quotation(form: str) -> None:
    assert _one(f'{LEAD}"{WORDS}," {form} Nora Vale.') == ("Nora Vale", "high")


def test_the_one_begged_is_not_the_speaker() -> None:
    assert _one(f'{LEAD}Tom Pike begged Nora Vale: "Let us in."')[0] == "Tom Pike"


def test_a_passive_of_scolding_names_nobody() -> None:
    assert _one(f'{LEAD}Nora Vale was scolded: "You are late."')[0] is None


def test_the_one_taunted_is_not_the_speaker() -> None:
    assert _one(f'{LEAD}The crowd taunted Nora Vale: "Resign now!"')[0] == "the crowd"


@pytest.mark.parametrize(
    "noun", ["comments", "whispers", "protests", "tweets", "posts", "shouts", "cries", "goes on"]
)
def test_a_form_that_is_also_a_noun_is_no_cue(noun: str) -> None:
    assert cues_for("en").verbs.fullmatch(noun) is None


# "promised to defend", "mentioned the senator": a plan or an object, not words said
# "welcomed": with two subjects it named the last (test_attribution_english_bare_roles)
@pytest.mark.parametrize(
    "form",
    ["promised", "threatened", "mentioned", "welcomed", "praised", "protested", "thought", "hoped"],
)
def test_verbs_of_plans_objects_and_thought_are_no_listed_cue(form: str) -> None:
    assert cues_for("en").verbs.fullmatch(form) is None


def test_a_noun_of_shouting_before_a_quotation_names_nobody_surely() -> None:
    (quote,) = quotes(f'{LEAD}Nora Vale heard the shouts outside, "Close it now!"')
    assert quote.confidence != "high"


@pytest.mark.parametrize(
    ("lexeme", "past", "third", "gerund"),
    [
        ("concede", "conceded", "concedes", "conceding"),
        ("reply", "replied", "replies", "replying"),
        ("stress", "stressed", "stresses", "stressing"),
        ("quip", "quipped", "quips", "quipping"),
        ("point out", "pointed out", "points out", "pointing out"),
        ("go on", "went on", "goes on", "going on"),
        ("hit back", "hit back", "hits back", "hitting back"),
        ("say", "said", "says", "saying"),
    ],
)
def test_forms_of_a_lexeme(lexeme: str, past: str, third: str, gerund: str) -> None:
    data = _data.load_toml("english_verbs.toml")
    assert forms(lexeme, data) == {"past": past, "third": third, "gerund": gerund}


def test_every_lexeme_s_past_is_a_cue() -> None:
    data = _data.load_toml("english_verbs.toml")
    verbs = cues_for("en").verbs
    assert len(lexemes(data)) >= 120
    pasts = [forms(lexeme, data)["past"] for lexeme in lexemes(data)]
    # but a past listed as a homograph ("recommended": mostly an adjective; fixen26)
    assert all(verbs.fullmatch(p) for p in pasts if p not in data["homographs"])
