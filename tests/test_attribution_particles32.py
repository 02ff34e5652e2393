"""Names with lower-case particles (`particles32`): the full name as written is the speaker."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

# invented people; the speaker is the name as written, never a part of it ("Ahmed", "Oordt")
CASES = [
    ("en", '"The talks will resume," said Nadia al-Faris.', "Nadia al-Faris"),
    ("en", 'Tamer el-Gindi said: "We have not seen the text."', "Tamer el-Gindi"),
    ("en", '"We need more time," said al-Faris.', "al-Faris"),
    ("en", '"We need more time," el-Gindi said.', "el-Gindi"),
    ("fr", "« Nous attendons une réponse », a déclaré Nadia al-Faris.", "Nadia al-Faris"),
    ("es", "«Esperamos una respuesta», dijo Tamer el-Gindi.", "Tamer el-Gindi"),
    ("de", "„Das überrascht uns nicht“, sagte Nadia al-Faris.", "Nadia al-Faris"),
    ("de", "„Das überrascht uns nicht“, sagte Joost van der Meulen.", "Joost van der Meulen"),
    ("de", "Joost van der Meulen erklärte: „Wir warten ab.“", "Joost van der Meulen"),
    ("de", "„Wir warten ab“, sagte van der Meulen.", "van der Meulen"),
    ("de", "„Wir warten ab“, betonte del Olmo.", "del Olmo"),
    ("en", '"Prices will not fall," said van der Meulen.', "van der Meulen"),
    ("es", "«Los precios no bajarán», dijo dos Reis.", "dos Reis"),
    # the fullest name the article gave, as for a bare surname
    ("en", 'Nadia al Faris left early. Later al Faris said, "It was enough."', "Nadia al Faris"),
    ("en", 'Joost van Meulen came late. "It is enough," said van Meulen.', "Joost van Meulen"),
]

# the particle word is the language's own preposition or article here: no name made of it
NEGATIVES = [
    ("de", "„Das reicht“, sagte der Anwalt von Joost van der Meulen.", "Anwalt"),
    ("fr", "« Il faut du temps », a dit le ministre de la Santé.", "ministre"),
    ("en", '"We are anti-war," said the protesters.', "protesters"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), CASES)
def test_the_full_name_with_its_particles_speaks(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, lang, "")] == [speaker]


@pytest.mark.parametrize(("lang", "text", "head"), NEGATIVES)
def test_a_preposition_or_prefix_joins_no_name(lang: str, text: str, head: str) -> None:
    speakers = [q.speaker or "" for q in find_quotes(text, lang, "")]
    assert len(speakers) == 1 and (speakers[0] == "" or head in speakers[0].split())
