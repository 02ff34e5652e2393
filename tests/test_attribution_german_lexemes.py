"""German verbs of saying by lexeme: every finite form of german_verbs.toml is a cue."""
# Invented people and sentences; the gold was written before the finder ran.

from __future__ import annotations

import re

import pytest

from summarizer import _data
from summarizer.attribution.find import find_quotes
from summarizer.attribution.lexicon.cue_regex import _literal
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.lexicon.german_verbs import derived_forms, forms_of, plural_past
from summarizer.attribution.lexicon.trie import trie_pattern

# verbs (3sg past or present) that no hand form of cues.toml covered: each a cue after the
# quotation and before the colon
_NEW = [
    "bemängelte", "monierte", "verlangte", "konterte", "polterte", "spottete", "beschwor",
    "prophezeite", "begrüßte", "plädierte", "bekundete", "wetterte",
    "beanstandete", "rügte", "tadelte", "lästerte", "stichelte", "würdigte", "schwärmte",
    "urteilte", "leugnete", "mutmaßte", "flehte", "drängte", "höhnte", "witzelte", "ätzte",
    "frotzelte", "unkte",
]  # fmt: skip


def _speaker(text: str) -> str | None:
    """The speaker of the one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote.speaker


def _sure(text: str) -> tuple[str | None, str]:
    """The speaker of the one quotation of `text` and the confidence (a cue's subject: high)."""
    [quote] = find_quotes(text, "de")
    return quote.speaker, quote.confidence


_SURE = ("Jana Kolb", "high")


@pytest.mark.parametrize("verb", _NEW)
def test_a_new_verb_after_the_quotation_names_its_subject(verb: str) -> None:
    assert _sure(f"„Das Projekt kommt viel zu spät“, {verb} Jana Kolb.") == _SURE


@pytest.mark.parametrize("verb", _NEW)
def test_a_new_verb_before_a_colon_names_its_subject(verb: str) -> None:
    assert _sure(f"Jana Kolb {verb}: „Das Projekt kommt viel zu spät.“") == _SURE


@pytest.mark.parametrize(
    ("stem", "particle"),
    [
        ("wies", "zurück"),
        ("hielt", "entgegen"),
        ("rief", "auf"),
        ("fasste", "zusammen"),
        ("machte", "deutlich"),
        ("legte", "nach"),
        ("hakte", "nach"),
        ("warf", "ein"),
    ],
)
def test_a_separable_verb_in_both_positions(stem: str, particle: str) -> None:
    after = f"„Das Projekt kommt viel zu spät“, {stem} Jana Kolb {particle}."
    before = f"Jana Kolb {stem} {particle}: „Das Projekt kommt viel zu spät.“"
    assert (_sure(after), _sure(before)) == (_SURE, _SURE)


@pytest.mark.parametrize(
    "text",
    [
        "Jana Kolb zog Bilanz: „Das Projekt kam viel zu spät.“",
        "Jana Kolb hat deutlich gemacht: „Das Projekt kommt viel zu spät.“",
        "„Das Projekt kommt viel zu spät“, hat Jana Kolb gekontert.",
        "„Das Projekt kommt viel zu spät“, hatte Jana Kolb beanstandet.",
        "Till Brandt stellte den Plan vor. „Das Projekt kommt viel zu spät“, spottete Jana Kolb.",
    ],
)
def test_phrases_and_the_perfect(text: str) -> None:
    assert _sure(text) == _SURE


# the future after a quotation: planned words, the speaker named but never sure
def test_an_infinitive_after_a_planned_word_names_its_subject() -> None:
    text = "„Das Projekt kommt viel zu spät“, wird Jana Kolb morgen bemängeln."
    assert _sure(text) == ("Jana Kolb", "low")


# A verb of the table whose subject is someone other than the quotation's speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Till Brandt sagte: „Wir bleiben hier.“ Jana Kolb begrüßte ihn später am Eingang.",
        "„Wir bleiben hier“, sagte Till Brandt. Jana Kolb verteidigte ihn danach.",
        "Der Vertrag garantiert „freien Zugang für alle Bürger“, sagte Till Brandt.",
    ],
)
def test_a_later_verb_of_someone_else_keeps_the_speaker(text: str) -> None:
    assert find_quotes(text, "de")[0].speaker == "Till Brandt"


# A thing as the subject of "verlangt", "droht": the speaker is the one who reports it.
@pytest.mark.parametrize(
    "text",
    [
        "Wie Jana Kolb feststellt, verlangt „das Gesetz eine klare und einfache Regel für alle“.",
        "Jana Kolb sagte, der Region droht „eine Katastrophe ohne Beispiel“.",
    ],
)
def test_a_thing_that_demands_or_threatens_is_no_speaker(text: str) -> None:
    assert _speaker(text) == "Jana Kolb"


# Forms that are also nouns or adjectives are never cues: a wrong name is worse than none.
@pytest.mark.parametrize(
    "word",
    ["Fragen", "bekannte", "Schreiben", "Hinweisen", "geraten", "droht", "verlangt", "monieren"],
)
def test_a_noun_or_adjective_form_is_no_cue(word: str) -> None:
    assert cues_for("de").verbs.fullmatch(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Die bemängelte Regel „Sparen um jeden Preis“ gilt weiter.",
        "Die verlangte Summe „für den Neubau“ kam nie an.",
        "Auf Drängen von Till Brandt wurde das Papier „Neustart 2030“ veröffentlicht.",
    ],
)
def test_an_adjective_or_noun_form_names_nobody(text: str) -> None:
    assert _speaker(text) is None


def test_the_principal_parts_give_every_form() -> None:
    forms = forms_of("zurück|weisen weist wies zurückgewiesen")
    assert forms.separable == ["weist zurück", "wies zurück", "wiesen zurück", "weisen zurück"]
    assert [*forms.verbs[4:], *forms.participles, *forms.infinitives] == [
        "zurückweist", "zurückwies", "zurückwiesen", "zurückgewiesen", "zurückweisen",
    ]  # fmt: skip
    assert [plural_past(p) for p in ("sagte", "schrie", "bat")] == ["sagten", "schrien", "baten"]


def test_every_entry_has_four_parts_and_each_lexeme_is_given_once() -> None:
    table = _data.load_toml("german_verbs.toml")
    entries = [e for group in table["groups"] for e in group["lexemes"]]
    assert len({e.rsplit(" ", 3)[0] for e in entries}) == len(entries)
    assert len(derived_forms(table).verbs) > 500


def test_older_spellings_apply_to_derived_forms() -> None:
    verbs = cues_for("de").verbs
    assert verbs.fullmatch("monirte") and verbs.fullmatch("theilten mit")


def test_a_separable_pair_closes_on_a_described_name() -> None:
    text = "„Die Vorwürfe sind haltlos“, wies der Autobauer Velmar zurück."
    assert _sure(text) == ("Velmar", "high")


# The prefix tree matches what the longest-first alternation matched, apostrophes included (as
# `cue_regex._literal` reads them) and, folded, either case.
@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["sagt", "sagt er", "sagte", "sagten"], "sagt er", "sagt er"),
        (["sagt", "sagt er", "sagte"], "sagte", "sagte"),
        (["sagt", "sagt er"], "sagt es", "sagt"),
        (["s'est", "a", "ab"], "s’est", "s’est"),
        (["", "x"], "", ""),
        (["Sagt", "sagt er", "SAGTE"], "SAGT ER", "SAGT ER"),
        (["s’est", "s'est tu"], "s'est tu", "s'est tu"),
    ],
)
def test_a_prefix_tree_matches_longest_first(words: list[str], text: str, found: str) -> None:
    match = re.match(rf"(?i:{trie_pattern(words, _literal, True)})(?!\w)", text)
    assert match is not None and match.group() == found


# a verb of saying before a relative clause and the colon: its subject speaks (thanking aloud)
def test_a_verb_of_thanking_before_a_relative_clause_speaks() -> None:
    text = "Jan Roth dankte den Helfern, die alte Kleider sammeln: „Ihr seid großartig!“"
    assert _speaker(text) == "Jan Roth"


# verbs of finding fault or demanding before indirect speech, or after a preposed relative
# clause: their subject is a cue's, sure
@pytest.mark.parametrize(
    "text",
    [
        "Jana Kolb bemängelte, der Entwurf sei „viel zu vage“.",
        "Jana Kolb verlangte, die Stadt müsse „sofort handeln“.",
        "In einem Bericht, der am Montag erschien, rügte Jana Kolb den Plan als „völlig verfehlt“.",
    ],
)
def test_a_fault_finding_verb_before_a_reported_clause_is_sure(text: str) -> None:
    assert _sure(text) == _SURE
