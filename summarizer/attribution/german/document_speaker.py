"""German: a document named as the subject of a cue gives writing, not speech."""

# "Der Bericht wirft der Behörde vor, sie habe „…“ gemacht", "Das Schreiben der Stadt kritisiert
# „…“": a report, a letter or a ruling (german.toml `referred.nouns`, also the head of a
# compound: "Abschlussbericht") is the source of written words, as "In dem Bericht heißt es:
# „…“" makes them; only for a mention no name resolves (a surname "Brief" stays a person).

from __future__ import annotations

from summarizer import _data

# not "Botschaft": also an embassy, a body that speaks ("Die Botschaft erklärte")
_BODIES = frozenset({"botschaft"})
_DOCUMENTS = tuple(
    n for n in _data.load_toml("german.toml")["referred"]["nouns"] if n not in _BODIES
)


def document_speaker(mention: str | None, named: bool) -> bool:
    """Whether an unnamed German mention is a document's noun: its words are writing."""
    # the head noun, the first capitalised word: "Autoren der Studie" are people
    head = next((w for w in (mention or "").split() if w[:1].isupper()), "")
    return not named and head.lower().endswith(_DOCUMENTS)
