"""English news on text nobody tuned on (enprobe29): no wrong names on the probe paragraphs,
abbreviated titles and definite nouns taken up again, origin, party and age nouns taken up from
the one person in view, and "another" opening an indefinite subject."""
# The probe paragraphs (tests/data/probes/english_enprobe29.toml) were written with their gold
# before the finder ran; `bench/world_probes.py --file …` prints their figures. A wrong name fails
# here; a missing one is counted by the floor below, which holds the figure this session reached.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str, start: str = "") -> str | None:
    """The speaker of the first English quotation (not a title) that starts with `start`."""
    found = find_quotes(text, "en")
    return next(q.speaker for q in found if q.kind != "title" and q.text.startswith(start))


def _confidence(text: str) -> str:
    """The confidence of the text's first quotation."""
    return find_quotes(text, "en")[0].confidence


# "Sen. Laura Pham … the senator said": an abbreviated title registers its holder under the full
# word; two holders, or none, link nobody.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Sen. Ada Quill spoke first. "It is overdue," the senator said.', "Ada Quill"),
        ('Gov. Ben Ruark signed it. "A good day," the governor told reporters.', "Ben Ruark"),
        ('Rep. Lea Moss (D-Va.) filed it. "About time," the congresswoman said.', "Lea Moss"),
        ('Const. Tim Orr came. "All clear," the constable said.', "Tim Orr"),
        ('Sen. Ada Quill and Sen. Bo Vance met. "No deal," the senator said.', "senator"),
        ('Gov. Ben Ruark signed it. "A good day," the senator said.', "senator"),
    ],
)
def test_abbreviated_titles_are_taken_up(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


# "The coroner, Dr. Helen Wong, … the coroner wrote": a definite noun at the cue links to the one
# person introduced with it (apposed, or before the name past "Dr."); an indefinite one, another
# noun or a noun nobody was introduced with stays as written.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The coroner, Dr. Ivy Lam, ruled. "No foul play," the coroner wrote.', "Ivy Lam"),
        ('Kai Dunn, the vice-president, came. "Sad day," the vice-president said.', "Kai Dunn"),
        ('The Crown prosecutor, Una Berg, rose. "He knew," the prosecutor said.', "Una Berg"),
        ('Kai Dunn, the coach, came. "Sad day," the coroner said.', "the coroner"),
        ('Kai Dunn, the coroner, came. Ivy Lam, the coroner, left. "Sad," the coroner said.', None),
    ],
)
def test_definite_nouns_are_taken_up(text: str, speaker: str | None) -> None:
    found = _speaker(text)
    assert found == speaker or (speaker is None and found in (None, "the coroner"))


# "the Briton said", "the Democrat said", "the 45-year-old said": the one person named since the
# previous quotation (or in the paragraph before); never two, the previous speaker, an object
# after a preposition, a date, or (for an age) anyone when an age is written there. Low.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ida Crane won in Rome. "A dream," the Briton said.', "Ida Crane"),
        ('Rep. Sam Voigt of Ohio voted no. "Too costly," the Republican said.', "Sam Voigt"),
        ('Police arrested Rob Kerr. "Not me," the 45-year-old said.', "Rob Kerr"),
        ('Rob Kerr was held.\n"Not me," the 45-year-old said.', "Rob Kerr"),
        ('Ida Crane beat Jo Hale. "A dream," the Briton said.', "Briton"),
        ('"Close," Jo Hale said. "A dream," the Briton said.', "Briton"),
        ('Fans met with Jo Hale. "A dream," the Briton said.', "Briton"),
        ('A 45-year-old man was held. Rob Kerr saw it. "Not me," the 45-year-old said.', None),
    ],
)
def test_origins_and_ages_are_taken_up_from_the_one_person_in_view(
    text: str, speaker: str | None
) -> None:
    found = _speaker(text, text.split('"')[-2][:4] if text.count('"') > 2 else "")
    assert found == speaker or (speaker is None and found in (None, "the 45-year-old"))


def test_a_person_in_view_is_a_guess() -> None:
    assert _confidence('Ida Crane won in Rome. "A dream," the Briton said.') == "low"


# "another witness said": an indefinite subject, never the person named before.
def test_another_opens_an_indefinite_subject() -> None:
    text = 'A witness, Mia Soto, described the scene. "It was chaos," another witness said.'
    assert _speaker(text) == "another witness"


def test_many_people_in_view_stay_linear() -> None:
    def run(n: int) -> None:
        found = find_quotes('Ida Crane won in Rome. "A dream," the Briton said. ' * n, "en")
        assert found[-1].speaker == "Ida Crane"

    assert_linear(run, 100)


# "Bank of Canada governor Tiff Mackay said", "said University of Toronto professor Ana Lee": the
# titled person after a body's "of" complement speaks, never the body's head ("Bank").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Rates hold," Bank of Canada governor Tiff Mackay said.', "Tiff Mackay"),
        ('"Rates hold," said Bank of Canada governor Tiff Mackay.', "Tiff Mackay"),
        ('"No comment," Department of Justice spokesman Eli Roth said.', "Eli Roth"),
        ('"It is safe," said University of Toronto professor Ana Lee.', "Ana Lee"),
        ('"Rates hold," said Tiff Mackay of the Bank of Canada.', "Tiff Mackay"),
    ],
)
def test_a_title_after_a_body_names_its_holder(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
