"""Words that open no subject: a phrase in the accusative or the dative ("dem", "einen", german.toml
`[partial] objects`), and one a preposition opens ("so schallte es aus tausend Kehlen": the
subject is "es", and "Kehlen" no speaker). Not the prepositions names begin with ("von der
Leyen", "zu Guttenberg")."""

from __future__ import annotations

NO_SUBJECT: list[str] = [
    "aus", "mit", "bei", "beim", "nach", "auf", "in", "im", "an", "am", "über", "unter", "vor",
    "hinter", "neben", "zwischen", "durch", "für", "gegen", "ohne", "um", "seit", "wegen", "trotz",
    "während",
]  # fmt: skip
