"""German plural nouns for a group of people, which a capital alone would take for a name."""

# "Experten warnen: „…“", "„…“, sagten Anwohner": a bare plural group noun is the subject as
# written, like "die Experten", though it is capitalised and has no article, as a surname is;
# only a closed list (cues.toml [de] `group_subjects`) tells it from one ("Roth", "Fischer").

from __future__ import annotations

from summarizer.attribution.lexicon.cues import cues_for


def group_noun(word: str) -> bool:
    """Whether one capitalised word is a plural noun for a group of people ("Experten")."""
    return word[:1].isupper() and word.lower() in cues_for("de").group_subjects
