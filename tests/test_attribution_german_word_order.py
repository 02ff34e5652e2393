"""German word order around a quotation: an object put first, a pronoun subject, a pointing back."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str, starts: str) -> Quote:
    """The one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(starts)]
    return quote


# A statement noun put first is the verb's object: its subject, the speaker, follows the verb.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harte Kritik übte die Senatorin Lena Brandt: „Das Gesetz ist verfehlt.“", "Lena Brandt"),
        ("Scharfe Worte fand der Landrat Otto Kern: „Das Gesetz ist verfehlt.“", "Otto Kern"),
        ("Deutliche Worte wählte Lena Brandt: „Das Gesetz ist verfehlt.“", "Lena Brandt"),
        ("Diesen Vorwurf wies die Senatorin Lena Brandt zurück: „Das ist falsch.“", "Lena Brandt"),
    ],
)
def test_a_statement_noun_put_first_is_no_speaker(text: str, speaker: str) -> None:
    assert _quote(text, "Das").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject put first names a person: the phrase after the verb is its object
        ("Otto Kern lobte die Senatorin Lena Brandt: „Das Gesetz ist gut.“", "Otto Kern"),
        # a statement noun with a phrase of its own before the verb: the subject follows
        ("Kritik an der Senatorin Lena Brandt übte Otto Kern: „Das ist verfehlt.“", None),
        ("Harte Kritik übte sie: „Das Gesetz ist verfehlt.“", None),
    ],
)
def test_a_named_subject_first_still_speaks(text: str, speaker: str | None) -> None:
    assert _quote(text, "Das").speaker == speaker


# "Er sagte: „…“" stands for the person named before, as "„…“, sagte er" does.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Otto Kern leitet das Amt. Er sagte: „Wir bauen weiter.“", "Otto Kern"),
        ("Otto Kern leitet das Amt. Er erklärte am Freitag: „Wir bauen weiter.“", "Otto Kern"),
        ("Lena Brandt leitet das Amt. Sie sagte der Presse: „Wir bauen weiter.“", "Lena Brandt"),
        ("Otto Kern leitet das Amt. Auch er betonte: „Wir bauen weiter.“", "Otto Kern"),
    ],
)
def test_a_pronoun_before_the_verb_carries_the_name(text: str, speaker: str) -> None:
    assert _quote(text, "Wir").speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "sie" before a plural verb is "they": nobody named alone
        "Otto Kern und Lena Brandt leiten das Amt. Sie sagten: „Wir bauen weiter.“",
        # more than the pronoun before the verb: a joint or qualified subject
        "Otto Kern leitet das Amt. Er und Lena Brandt sagten: „Wir bauen weiter.“",
        "Otto Kern leitet das Amt. Er selbst sagte: „Wir bauen weiter.“",
        # nobody named before it
        "Er sagte: „Wir bauen weiter.“",
    ],
)
def test_a_pronoun_with_no_single_antecedent_names_nobody(text: str) -> None:
    assert _quote(text, "Wir").speaker is None


# "„…“ Das sagte X." points back to the quotation with a demonstrative and a verb of saying.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir bauen weiter.“ Das sagte Otto Kern am Freitag.", "Otto Kern"),
        ("„Wir bauen weiter.“ Dies erklärte die Senatorin Lena Brandt.", "Lena Brandt"),
        ("„Wir bauen weiter.“ Das teilte die Polizei mit.", "Polizei"),
    ],
)
def test_a_sentence_pointing_back_names_the_speaker(text: str, speaker: str) -> None:
    assert _quote(text, "Wir").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # agreeing or judging is no saying
        ("„Wir bauen weiter.“ Das bestätigte Otto Kern.", None),
        ("„Wir bauen weiter.“ Das kritisierte Otto Kern scharf.", None),
        # "erklärte" as an adjective
        ("„Wir bauen weiter.“ Das erklärte Ziel der Stadt ist klar.", None),
        # a colon frame has named the speaker: the next sentence only says who that is
        (
            "Otto Kern sagte: „Wir bauen weiter.“ Das sagte der Chef des Amtes am Freitag.",
            "Otto Kern",
        ),
    ],
)
def test_a_sentence_after_that_does_not_point_back(text: str, speaker: str | None) -> None:
    assert _quote(text, "Wir").speaker == speaker


# An object its case marks ("Den", "Einen") may take a prepositional attribute before the verb.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Den Ärger über die Pläne brachte die Senatorin Lena Brandt zum Ausdruck: „Nein.“",
            "Lena Brandt",
        ),
        ("Den Vorwurf gegen das Amt wies der Landrat Otto Kern zurück: „Nein.“", "Otto Kern"),
    ],
)
def test_an_object_with_an_attribute_put_first_is_no_speaker(text: str, speaker: str) -> None:
    assert _quote(text, "Nein").speaker == speaker


def test_a_phrase_its_case_leaves_open_takes_no_attribute() -> None:
    # "Seine Meinung zu Kern:" has no verb: nobody speaks by this rule
    assert _quote("Seine Meinung zu Otto Kern: „Nein.“", "Nein").speaker is None


# "„…“, wie X sagte": an aside after the quotation names its speaker.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir bauen weiter“, wie Otto Kern sagte.", "Otto Kern"),
        ("„Wir bauen weiter“, wie die Polizei mitteilte.", "Polizei"),
        ("Das Amt sei „Wir bauen weiter“, wie Otto Kern erklärte.", "Otto Kern"),
    ],
)
def test_an_aside_after_a_quotation_names_its_speaker(text: str, speaker: str) -> None:
    assert _quote(text, "Wir").speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the sentence has a cue of its own: the aside reports its subject's words
        "Er nannte es „Wir bauen weiter“, wie Lena Brandt sagte.",
        # more than a subject between "wie" and the cue (an object: another construction)
        "„Wir bauen weiter“, wie Otto Kern es nannte.",
        # an impersonal subject
        "Das Amt sei „Wir bauen weiter“, wie man sagt.",
    ],
)
def test_an_aside_after_a_reported_quotation_names_not_its_subject(text: str) -> None:
    assert _quote(text, "Wir").speaker not in ("Lena Brandt", "Otto Kern")
