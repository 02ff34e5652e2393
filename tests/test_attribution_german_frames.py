"""German frames around a cue: adverbials after a role, dative listeners, titled full names."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_SAID = "„Wir werden das Werk schließen“"


def _quote(text: str, starts: str) -> Quote:
    """The one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(starts)]
    return quote


# A time, a place or an occasion after a role says when or where one spoke: no part of the role.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (f"{_SAID}, sagte der Sprecher am Abend.", "Sprecher"),
        (f"{_SAID}, erklärte die Sprecherin im Interview.", "Sprecherin"),
        (f"{_SAID}, teilte der Sprecher in Berlin mit.", "Sprecher"),
        (f"{_SAID}, sagte der Sprecher des Ministeriums am Montag.", "Sprecher des Ministeriums"),
        (f"{_SAID}, sagte der Chef der Firma beim Parteitag.", "Chef der Firma"),
        (f"Am Abend sagte der Sprecher in Berlin: {_SAID}.", "Sprecher"),
    ],
)
def test_an_adverbial_ends_a_role(text: str, role: str) -> None:
    quote = _quote(text, "Wir")
    assert (quote.speaker, quote.mention) == (role, role)


# The genitive and "von" stay part of who speaks; a name with a title stops before the adverbial.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID}, sagte der Sprecher des Ministeriums.", "Sprecher des Ministeriums"),
        (f"{_SAID}, sagte der Bürgermeister von Berlin.", "Bürgermeister von Berlin"),
        (f"{_SAID}, sagte der Chef der Firma Eva Roth am Abend.", "Eva Roth"),
        (f"{_SAID}, sagte Bürgermeister Jan Roth im Interview.", "Jan Roth"),
        (f"Minister Jan Roth sagte am Abend: {_SAID}.", "Jan Roth"),
        # a name apposed past the adverbial is still the role's
        (f"{_SAID}, sagte die Leiterin der Delegation in Paris, Eva Roth.", "Eva Roth"),
        (f"Die Delegationsleiterin beim Gipfel, Eva Roth, sagte: {_SAID}.", "Eva Roth"),
    ],
)
def test_a_genitive_stays_and_a_titled_name_stops(text: str, speaker: str) -> None:
    assert _quote(text, "Wir").speaker == speaker


# Verb-second: the subject stands before the verb, so the dative after it is the listener.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Scholz sagte der ARD: „Wir stehen zusammen.“", "Scholz"),
        ("Der Minister sagte der Zeitung: „Wir stehen zusammen.“", "Minister"),
        ("Scholz erklärte dem Sender RTL: „Wir stehen zusammen.“", "Scholz"),
        ("Scholz sagte der Nachrichtenagentur Reuters: „Wir stehen zusammen.“", "Scholz"),
        ("Scholz sagte dem Fernsehsender ZDF: „Wir stehen zusammen.“", "Scholz"),
        ("Der ARD sagte Scholz: „Wir stehen zusammen.“", "Scholz"),
    ],
)
def test_a_dative_after_a_colon_frames_verb_is_the_listener(text: str, speaker: str) -> None:
    assert _quote(text, "Wir").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverbial first: the subject follows the verb
        ("Dazu sagte der Minister: „Wir stehen zusammen.“", "Minister"),
        ("Am Montag sagte der Zeitung ein Sprecher: „Wir stehen zusammen.“", "ein Sprecher"),
        ("Der Zeitung sagte Paul Roth: „Wir stehen zusammen.“", "Paul Roth"),
        # a pronoun subject is nobody named
        ("Sie sagte dem Sender: „Wir stehen zusammen.“", None),
    ],
)
def test_a_subject_after_the_verb_still_speaks(text: str, speaker: str | None) -> None:
    assert _quote(text, "Wir").speaker == speaker


# "der" joins a name only after "von"/"van"; alone between capitals it is a dative's article.
def test_a_dative_after_an_inverted_name_is_no_part_of_it() -> None:
    assert _quote("„Wir stehen zusammen“, sagte Merkel der Zeitung.", "Wir").speaker == "Merkel"


def test_von_der_still_joins_a_name() -> None:
    text = "Ursula von der Leyen sagte: „Wir stehen zusammen.“ „Gut“, sagte von der Leyen."
    assert _quote(text, "Wir").speaker == "Ursula von der Leyen"


_PANETTA = "Laut CNN hat der Verteidigungsminister Leon Panetta die Pläne gebilligt. "


# The article goes with the compound title, and the title is no part of the full name.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_PANETTA}„Wir sind bereit“, sagte Panetta.", "Leon Panetta"),
        (f"{_PANETTA}„Wir sind bereit“, wird Panetta zitiert.", "Leon Panetta"),
        (f"{_PANETTA}„Wir sind bereit“, so Panetta.", "Leon Panetta"),
        (
            "Verteidigungsminister Leon Panetta billigte die Pläne."
            " „Wir sind bereit“, sagte Panetta.",
            "Leon Panetta",
        ),
        (
            "Dem Bericht zufolge hat US-Verteidigungsminister Leon Panetta die Pläne gebilligt."
            " „Wir sind bereit“, sagte Panetta.",
            "Leon Panetta",
        ),
    ],
)
def test_a_surname_finds_the_name_after_a_compound_title(text: str, speaker: str) -> None:
    assert _quote(text, "Wir").speaker == speaker


# An article before a plain noun: "Zeitung Roth Kurier" is no name to complete "Roth".
def test_no_full_name_after_an_article_without_a_title() -> None:
    text = "Das berichtet die Zeitung Roth Kurier. „Wir sind bereit“, sagte Roth."
    assert _quote(text, "Wir").speaker == "Roth"


# A bare role after "beteuerte" is given as after "sagte": the role, low, no name.
@pytest.mark.parametrize("verb", ["sagte", "beteuerte"])
def test_beteuerte_gives_a_bare_role_like_sagte(verb: str) -> None:
    quote = _quote(f"„Ich bin unschuldig“, {verb} der Angeklagte.", "Ich")
    assert (quote.speaker, quote.mention, quote.basis, quote.confidence) == (
        "Angeklagte",
        "Angeklagte",
        "cue_after",
        "low",
    )


# "der" before a capitalised -en adjective that opens a name is a dative: the paper is the listener.
@pytest.mark.parametrize(
    "text",
    [
        "Paul Roth sagte der „Süddeutschen Zeitung“: „Wir haben gewonnen.“",
        "Paul Roth sagte der Süddeutschen Zeitung: „Wir haben gewonnen.“",
    ],
)
def test_a_paper_after_der_and_an_adjective_is_no_speaker(text: str) -> None:
    assert _quote(text, "Wir").speaker == "Paul Roth"


def test_der_and_a_nominative_adjective_still_speaks() -> None:
    text = "„Wir haben gewonnen“, sagte der Grüne Paul Roth."
    assert _quote(text, "Wir").speaker == "Paul Roth"


# A party in parentheses after a name is no part of it.
@pytest.mark.parametrize(
    "text",
    [
        "„Wir haben gewonnen“, sagte Paul Roth (SPD).",
        "„Wir haben gewonnen“, meinte Paul Roth (SPD) am Abend.",
        "Paul Roth (SPD) sagte: „Wir haben gewonnen.“",
    ],
)
def test_a_party_in_parentheses_is_no_part_of_the_name(text: str) -> None:
    quote = _quote(text, "Wir")
    assert (quote.speaker, quote.mention) == ("Paul Roth", "Paul Roth")


# Before the verb the whole field is the subject: the adverbial belongs to its role there.
def test_before_the_verb_a_place_stays_in_the_role() -> None:
    text = "Der Sprecher im Ministerium sagte: „Wir prüfen das.“"
    assert _quote(text, "Wir").speaker == "Sprecher im Ministerium"


def test_a_name_after_a_roles_adverbial_is_the_roles() -> None:
    text = "„Wir prüfen das“, sagte die Leiterin beim Gipfel Eva Roth."
    assert _quote(text, "Wir").speaker == "Eva Roth"


# A paper's title in quotation marks after "der" is the listener of the subject before the verb.
@pytest.mark.parametrize(
    "text",
    [
        "Eva Roth sagte der „Zeit“: „Wir bleiben hier.“",
        "Eva Roth sagte der „Bild“-Zeitung: „Wir bleiben hier.“",
        "Eva Roth sagte der „Frankfurter Allgemeinen Zeitung“: „Wir bleiben hier.“",
    ],
)
def test_a_quoted_paper_after_the_verb_is_the_listener(text: str) -> None:
    assert _quote(text, "Wir").speaker == "Eva Roth"


def test_a_quoted_paper_with_no_subject_before_the_verb_still_writes() -> None:
    quote = _quote("Dazu schrieb der „Spiegel“: „Wir bleiben hier.“", "Wir")
    assert quote.speaker != "Eva Roth" and quote.mention in ("Spiegel", None)
