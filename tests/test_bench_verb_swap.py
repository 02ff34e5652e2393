"""bench/verb_swap.py: the cue verb of a gold quote is swapped for one of the same tense and
number, every gold offset still points at its quote, and a quote without a known cue stays."""

from __future__ import annotations

from tests import benchscript

verbs = benchscript.load("saying_verbs")
swapper = benchscript.load("verb_swap")
LOBTE = ("lobte", "lobten", "lobt", "loben")
KLAR = ("stellte", "stellten", "stellt", "stellen", "klar")
NOTED = ("noted", "notes", "note", "noted")
GERMAN = (
    "Der Rat tagte. „Wir bauen die Brücke“, sagte Ida Wendholt am Montag. "
    "Die Ärzte sagten: „Es geht ihm besser.“ Ein Gast rief „Bravo“ in den Saal."
)


def spans(text: str, *quotes: str) -> list[tuple[int, int]]:
    return [(text.index(q), text.index(q) + len(q)) for q in quotes]


def swapped(text: str, quotes: list[tuple[int, int]], lang: str, verb: tuple) -> tuple[str, list]:
    cues = verbs.find_cues(text, quotes, lang)
    unique = {c.start: c for c in cues.values()}
    new, offsets = verbs.swap(text, [(cue, verb) for cue in unique.values()])
    for start, end in quotes:
        assert new[offsets[start] : offsets[end]] == text[start:end]
    assert offsets[len(text)] == len(new)
    return new, list(cues)


def test_german_cues_after_and_before_take_the_same_tense_and_number() -> None:
    quotes = spans(GERMAN, "Wir bauen die Brücke", "Es geht ihm besser.", "Bravo")
    new, cued = swapped(GERMAN, quotes, "de", LOBTE)
    assert "„Wir bauen die Brücke“, lobte Ida Wendholt am Montag." in new
    assert "Die Ärzte lobten: „Es geht ihm besser.“" in new
    assert "Ein Gast rief „Bravo“ in den Saal." in new  # no known cue: left alone
    assert cued == quotes[:2]


def test_a_separable_verb_puts_its_particle_at_the_clause_end() -> None:
    quotes = spans(GERMAN, "Wir bauen die Brücke", "Es geht ihm besser.")
    new, _ = swapped(GERMAN, quotes, "de", KLAR)
    assert "„Wir bauen die Brücke“, stellte Ida Wendholt am Montag klar." in new
    assert "Die Ärzte stellten klar: „Es geht ihm besser.“" in new


def test_german_cues_with_an_auxiliary_or_a_particle_of_their_own_stay() -> None:
    text = "Sie hat gesagt und erklärt: „Nein.“ „Ja“, sagte Ole Brink aus. Sie sagt „Gut“."
    quotes = spans(text, "Nein.", "Ja", "Gut")
    assert list(verbs.find_cues(text, quotes, "de")) == [quotes[2]]


def test_english_cues_participles_and_told() -> None:
    text = (
        '"We are ready," Mayor Lena Fairbrook said. Critics have said "it is late." '
        '"Not yet," Tom Vell told reporters. "Fine," says Ana Kirr. He waved: "Bye."'
    )
    quotes = spans(text, "We are ready,", "it is late.", "Not yet,", "Fine,", "Bye.")
    new, cued = swapped(text, quotes, "en", NOTED)
    assert '"We are ready," Mayor Lena Fairbrook noted.' in new
    assert 'Critics have noted "it is late."' in new
    assert '"Fine," notes Ana Kirr.' in new and 'He waved: "Bye."' in new
    told = verbs.find_cues(text, quotes, "en")[quotes[2]]
    assert told.tell and cued == quotes[:4]


def test_the_rewrite_remaps_gold_lines(tmp_path) -> None:
    import json

    source = tmp_path / "orig" / "de"
    source.mkdir(parents=True)
    (source / "d1.txt").write_text(GERMAN, "utf-8")
    (source / "d2.txt").write_text("Nichts. „Still“, rief er.", "utf-8")
    gold = [
        {"doc": "d1", "start": s, "end": e, "text": GERMAN[s:e], "speaker": "Ida Wendholt"}
        for s, e in spans(GERMAN, "Wir bauen die Brücke", "Es geht ihm besser.", "Bravo")
    ]
    gold.append({"doc": "d2", "start": 9, "end": 14, "text": "Still", "speaker": "er"})
    (source / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), "utf-8")
    target = tmp_path / "de01" / "de"
    records = swapper.rewrite_folder(source, target, "de-sep1")
    assert len(records) == 2 and (target / "d2.txt").is_symlink()
    new = (target / "d1.txt").read_text("utf-8")
    assert new != GERMAN
    for line in (target / "gold.jsonl").read_text("utf-8").splitlines():
        g = json.loads(line)
        text = new if g["doc"] == "d1" else "Nichts. „Still“, rief er."
        assert text[g["start"] : g["end"]] == g["text"]
