"""Session 28's speed shortcuts read the same as the plain readings they replace."""

import dataclasses
from itertools import product

import pytest

from summarizer.attribution.dialogue.turns import Line
from summarizer.attribution.frames import coordinated
from summarizer.attribution.frames.inner_titles import inner_title
from summarizer.attribution.frames.objected import embedded_before
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.marks.marks import scan

# Invented sentences: the joined verb, relative or conjunction near the cue or far before it, a
# stop inside the last forty characters or before them, a clitic or two before the cue.
_LEADS = [
    "Pilar Sanz recuerda que en 2011 un inspector entró en el aula, contó los pupitres y le",
    "Pilar Sanz cuenta que Juan Ortega, el vecino de la planta baja del edificio, entró y le",
    "El director del colegio de la calle Mayor, que llevaba años en el cargo, nos",
    "Fue una mañana larga. Al final el juez, que",
    "Marie Roux raconte que le directeur de l'école du quartier l'a appelée et lui a",
    "Ms. Lund smiled at the long line of reporters waiting outside the hall and",
    "Ann Roe waited. She",
    "y",
    "",
]
_CUES = {"es": "dijo", "fr": "dit", "en": "said"}


@pytest.mark.parametrize(("family", "lead", "cut"), list(product(_CUES, _LEADS, range(0, 90, 7))))
def test_the_last_words_before_a_cue_decide_as_the_whole_sentence(
    family: str, lead: str, cut: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    cues = cues_for(family)
    text = f"{lead[cut:]} {_CUES[family]}: «Ya está.»".lstrip()
    cue = [m for m in cues.verbs.finditer(text, 0, text.index(":"))][-1]  # "a dit" or "dit"
    fast = coordinated.chained_subject(text, cue, cues)
    monkeypatch.setattr(coordinated, "_NEAR", coordinated._REACH)  # the whole window, read once
    assert fast == coordinated.chained_subject(text, cue, cues)


# "addressing her as “Hilda” and telling her, “…”": a short term; padded to more than forty
# characters by commas the term drops (still one), or by words (no term).
_TERMS = [
    ("Hilda", True),
    ("Hilda" + "," * 40, True),
    ("Hilda of the long winding lanes by the sea", False),
]


@pytest.mark.parametrize(("term", "embedded"), _TERMS)
def test_a_long_quotation_is_no_embedded_term_unless_its_commas_go(
    term: str, embedded: bool
) -> None:
    cues = cues_for("en")
    text = f"Ann Roe emailed her thanks, addressing her as “{term}” and telling her, “you shine!”"
    first, second = list(scan(text))[:2]
    assert embedded_before(text, first, second, cues) == embedded
    assert not inner_title(text, 0, first, cues) or len(term) <= 40


def test_a_turn_recast_keeps_every_other_field() -> None:
    line = Line((1, 2), 0, 40, "Ann Roe", "intro_cue", verb="said", scene=frozenset({"Ann"}))
    assert recast(line, pure=False) == dataclasses.replace(line, pure=False)
    grown = recast(line, spans=(1, 2, 3), who=None, how="none")
    assert grown == dataclasses.replace(line, spans=(1, 2, 3), who=None, how="none")
