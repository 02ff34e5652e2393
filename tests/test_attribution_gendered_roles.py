"""German roles, ages and nationalities at a cue nobody was introduced with: the one person of
their gender in view (speakers/gendered_roles.py, derole29), and sources that name nobody.

Invented people; the gold was written before the finder was run. The probe file
tests/data/attribution/role_probes.toml holds 178 more (148 generated from varied templates, 30
written by hand), with negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer._data import parse_toml
from summarizer.attribution.find import find_quotes
from tests import benchscript

same_speaker = benchscript.load("world_blind").same_speaker
PROBES = Path(__file__).resolve().parent / "data" / "attribution" / "role_probes.toml"


def _speaker(text: str, quote: str) -> tuple[str | None, str | None]:
    """The speaker and confidence of the quotation holding `quote`."""
    found = next(q for q in find_quotes(text, "de") if quote in q.text or q.text in quote)
    return found.speaker, found.confidence


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a word for the person never given before: the one person of its gender in view
        (
            "Die Präsidentin der Hochschule Grauburg, Lene Falk, hat den Neubau eröffnet. „Hier "
            "entsteht Neues“, sagte die Physikerin.",
            "Hier entsteht Neues",
            "Lene Falk",
        ),
        (
            "Ministerin Ina Roth und Bahnchef Udo Kemmer stellten ein Programm vor. Der Manager "
            "räumte ein, die Pünktlichkeit sei „nicht gut“.",
            "nicht gut",
            "Udo Kemmer",
        ),
        # an age after a role phrase with an accusative article
        (
            "Der Prozess gegen den früheren Bürgermeister von Ostrau, Timo Hagen, hat begonnen. "
            "„Ich bin unschuldig“, erklärte der 61-Jährige.",
            "Ich bin unschuldig",
            "Timo Hagen",
        ),
        # "N Jahre alte" before a nationality: one adjective, then the one man in view
        (
            "Der neue Trainer des HC Lübbenau, Marek Dvorak, bat um Geduld. „Wir brauchen Zeit“, "
            "sagte der 47 Jahre alte Tscheche.",
            "Wir brauchen Zeit",
            "Marek Dvorak",
        ),
        # the person named in the paragraph before
        (
            "Die Dekanin von Auel, Almut Terbe, stellte die Pläne vor.\n\nDie Kosten sind hoch. "
            "„Das geht“, sagte die Historikerin.",
            "Das geht",
            "Almut Terbe",
        ),
    ],
)
def test_a_noun_for_the_one_person_of_its_gender_names_them(
    text: str, quote: str, speaker: str
) -> None:
    assert _speaker(text, quote) == (speaker, "low")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # two men: either may be meant
        (
            "Richter Jan Ost traf Anwalt Karl Roth. „Das reicht“, sagte der 52-Jährige danach.",
            "Das reicht",
        ),
        # the role belongs to someone only spoken about
        (
            "Jan Ost hat den Bürgermeister scharf kritisiert. „Das ist falsch“, sagte der "
            "Bürgermeister.",
            "Das ist falsch",
        ),
        # an unnamed person of that gender in view
        (
            "Eine Nachbarin fand Erika Holm im Flur. „Ich rief den Arzt“, sagte die 70-Jährige.",
            "Ich rief den Arzt",
        ),
        # a country's adjective written for someone unnamed
        (
            "Kanzler Olaf Brand empfing den französischen Präsidenten. „Wir sind Partner“, sagte "
            "der Franzose.",
            "Wir sind Partner",
        ),
        # the role in a quoted headline
        (
            "Unter der Überschrift „Der Trainer muss gehen“ berichtete das Blatt über Udo Kemmer. "
            "„Ich bleibe“, sagte der Trainer dazu.",
            "Ich bleibe",
        ),
    ],
)
def test_a_noun_two_people_or_nobody_named_fit_links_nobody(text: str, quote: str) -> None:
    speaker, _ = _speaker(text, quote)
    assert speaker is None or not any(
        n in speaker for n in ("Ost", "Roth", "Holm", "Brand", "Kemmer")
    )


# "Aus Regierungskreisen hieß es": the circle as written, low, as the de corpus writes it; never a
# person of the paragraph (docs/attribution.md, end of session 29).
@pytest.mark.parametrize(
    "text",
    [
        "Jan Ost schwieg. Aus Regierungskreisen hieß es, eine Einigung sei „in greifbarer Nähe“.",
        "Jan Ost schwieg. „In greifbarer Nähe“, hieß es aus Regierungskreisen.",
        "In Parteikreisen hieß es, Jan Ost sei „in greifbarer Nähe“.",
    ],
)
def test_circles_name_no_person(text: str) -> None:
    assert _speaker(text, "n greifbarer Nähe")[0] in (None, "Regierungskreisen")


def test_the_role_probes_keep_their_floor() -> None:
    probes = parse_toml(PROBES.read_text("utf-8"))["probe"]
    right = wrong = 0
    for probe in probes:
        hits = [q for q in find_quotes(probe["text"], "de") if probe["quote"] in q.text]
        speaker, gold = (hits[0].speaker if hits else None), probe["gold"]
        if gold == "":
            ok, bad = speaker is None, speaker is not None
        else:
            ok = bool(speaker) and same_speaker(gold.lstrip("~"), speaker)
            named = bool(speaker) and not (hits and speaker == hits[0].mention)
            bad = not ok and named
        right, wrong = right + ok, wrong + bad
    assert len(probes) >= 178
    # the one wrong: "Insider" as written (a group noun); five circles ("In Parteikreisen hieß es")
    # give nobody where the gold accepts the circle as written
    assert right >= 160 and wrong <= 1
