"""bench/name_blind.py: the rewrite hides personal names at the same length and keeps the rest."""

from __future__ import annotations

from tests import benchscript

blind = benchscript.load("name_blind")
COMMON = frozenset({"sprecher", "minister", "spokesperson"})
STOP = frozenset({"der", "die", "the", "herr", "frau", "er", "sie"})


def test_the_name_words_of_a_speaker_and_not_its_roles_nor_its_nouns() -> None:
    text = "Der Sprecher Jan Roth sagte es. Die Kanadier schwiegen. Frau Ida Moss-Kerr auch."
    assert blind.name_words("der Sprecher Jan Roth", text, COMMON, STOP) == ["Jan", "Roth"]
    assert blind.name_words("Die Kanadier", text, COMMON, STOP) == []
    assert blind.name_words("Frau Ida Moss-Kerr", text, COMMON, STOP) == ["Ida", "Moss", "Kerr"]
    assert blind.name_words("SPD", text, COMMON, STOP) == []


def test_a_word_the_document_writes_as_a_common_noun_stays() -> None:
    text = "Die Polizei kam. Polizei sagte nichts."
    assert blind.name_words("Polizei", text, COMMON, STOP) == []


def test_pseudonyms_keep_the_length_and_the_case_and_repeat() -> None:
    made = blind.pseudo("Merkel", set(), COMMON)
    assert len(made) == 6 and made[0].isupper() and made[1:].islower() and made != "Merkel"
    assert blind.pseudo("Merkel", set(), COMMON) == made


def test_the_rewrite_keeps_every_offset_and_reaches_inflected_forms() -> None:
    text = "Merkels Plan: „Ja“, sagte Angela Merkel. MERKEL lachte. Amerkel bleibt."
    mapping = {"Merkel": "Torvak", "Angela": "Bisoru"}
    new = blind.rewrite(text, mapping)
    assert len(new) == len(text)
    assert new == "Torvaks Plan: „Ja“, sagte Bisoru Torvak. TORVAK lachte. Amerkel bleibt."
