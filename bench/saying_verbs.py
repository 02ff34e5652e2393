"""Verbs of saying for bench/verb_swap.py, written for this check (not read off the finder's
data): the few common cue verbs it looks for next to a gold quote (SOURCES), the verbs it puts
in their place (GERMAN, SEPARABLE, ENGLISH, HEARER), and the rewrite of one document."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass


def words(line: str) -> frozenset[str]:
    """The words of a line of space-separated words."""
    return frozenset(line.split())


# German forms: 3sg past, 3pl past, 3sg present, 3pl present (= the infinitive)
GERMAN = [
    tuple(line.split())
    for line in """bemängelte bemängelten bemängelt bemängeln
monierte monierten moniert monieren
konterte konterten kontert kontern
verlangte verlangten verlangt verlangen
unterstrich unterstrichen unterstreicht unterstreichen
versicherte versicherten versichert versichern
beteuerte beteuerten beteuert beteuern
widersprach widersprachen widerspricht widersprechen
entgegnete entgegneten entgegnet entgegnen
ergänzte ergänzten ergänzt ergänzen
präzisierte präzisierten präzisiert präzisieren
bekräftigte bekräftigten bekräftigt bekräftigen
mahnte mahnten mahnt mahnen
warnte warnten warnt warnen
kritisierte kritisierten kritisiert kritisieren
lobte lobten lobt loben
kommentierte kommentierten kommentiert kommentieren
resümierte resümierten resümiert resümieren
berichtete berichteten berichtet berichten
verkündete verkündeten verkündet verkünden
erinnerte erinnerten erinnert erinnern
polterte polterten poltert poltern
spottete spotteten spottet spotten
schwärmte schwärmten schwärmt schwärmen
antwortete antworteten antwortet antworten
erwiderte erwiderten erwidert erwidern
behauptete behaupteten behauptet behaupten
versprach versprachen verspricht versprechen
forderte forderten fordert fordern
klagte klagten klagt klagen
beklagte beklagten beklagt beklagen
bestätigte bestätigten bestätigt bestätigen
verriet verrieten verrät verraten
schrieb schrieben schreibt schreiben
fragte fragten fragt fragen
rief riefen ruft rufen
erläuterte erläuterten erläutert erläutern
argumentierte argumentierten argumentiert argumentieren
folgerte folgerten folgert folgern
scherzte scherzten scherzt scherzen
seufzte seufzten seufzt seufzen
urteilte urteilten urteilt urteilen
befand befanden befindet befinden
begründete begründeten begründet begründen
jubelte jubelten jubelt jubeln
schimpfte schimpften schimpft schimpfen
drohte drohten droht drohen
bilanzierte bilanzierten bilanziert bilanzieren
vermutete vermuteten vermutet vermuten
gestand gestanden gesteht gestehen
bedauerte bedauerten bedauert bedauern
twitterte twitterten twittert twittern
appellierte appellierten appelliert appellieren
insistierte insistierten insistiert insistieren""".splitlines()
]
# Separable German verbs: the four forms and the particle that ends the clause
SEPARABLE = [
    tuple(line.split())
    for line in """stellte stellten stellt stellen klar
fügte fügten fügt fügen hinzu
hob hoben hebt heben hervor
gab gaben gibt geben zu
wandte wandten wendet wenden ein
räumte räumten räumt räumen ein
merkte merkten merkt merken an
führte führten führt führen aus
kündigte kündigten kündigt kündigen an
stellte stellten stellt stellen fest
hielt hielten hält halten dagegen
warf warfen wirft werfen ein
fuhr fuhren fährt fahren fort
gab gaben gibt geben bekannt
legte legten legt legen nach
schob schoben schiebt schieben nach""".splitlines()
]
# English forms: past, 3sg present, base (= 3pl present), past participle
ENGLISH = [
    tuple(line.split())
    for line in """noted notes note noted
argued argues argue argued
insisted insists insist insisted
conceded concedes concede conceded
explained explains explain explained
warned warns warn warned
claimed claims claim claimed
stressed stresses stress stressed
recalled recalls recall recalled
quipped quips quip quipped
countered counters counter countered
acknowledged acknowledges acknowledge acknowledged
wrote writes write written
tweeted tweets tweet tweeted
asked asks ask asked
replied replies reply replied
responded responds respond responded
remarked remarks remark remarked
observed observes observe observed
admitted admits admit admitted
declared declares declare declared
announced announces announce announced
suggested suggests suggest suggested
maintained maintains maintain maintained
continued continues continue continued
emphasized emphasizes emphasize emphasized
complained complains complain complained
joked jokes joke joked
predicted predicts predict predicted
cautioned cautions caution cautioned
contended contends contend contended
asserted asserts assert asserted
recounted recounts recount recounted
confirmed confirms confirm confirmed""".splitlines()
]
# English verbs that take the hearer as their object: they replace "told" ("told reporters")
HEARER = [
    tuple(line.split())
    for line in """warned warns warn warned
asked asks ask asked
cautioned cautions caution cautioned
assured assures assure assured
reminded reminds remind reminded
informed informs inform informed""".splitlines()
]
# The common cue verbs looked for, by form: the slot of the form (as in the lists above)
SOURCES = {
    "de": {
        **{f"{stem}te": 0 for stem in ("sag", "erklär", "beton", "mein")},
        **{f"{stem}ten": 1 for stem in ("sag", "erklär", "beton", "mein")},
        **{f"{stem}t": 2 for stem in ("sag", "erklär", "beton", "mein")},
        **{f"{stem}en": 3 for stem in ("sag", "erklär", "beton", "mein")},
    },
    "en": {"said": 0, "added": 0, "told": 0, "says": 1, "adds": 1, "tells": 1, "say": 2},
}
TELL = frozenset({"told", "tells"})
# Words that make the German cue a participle or an infinitive: such cues are left alone
_AUXILIARIES_DE = words(
    "hat habe haben hatte hatten ist sind war waren wird werden wurde wurden will wollte "
    "wollen kann konnte können muss musste müssen soll sollte sollen möchte würde würden"
)
_AUXILIARIES_EN = words("has have had having was were been be is are")
_PARTICLES = words("aus zu ab an auf vor voraus nach weiter zurück los fest hinzu")
MARKS = "\"“”„«»‹›'‘’‚"
_GAP = re.compile(rf"(?:[ \t,!?…–—-]|\.(?=[{MARKS}])|[{MARKS}]){{0,8}}")
_SUBJECT = r"(?:(?:[A-Z][a-z]{0,2}\.|[^\W\d_][\w'’-]*)[ \t]+)"
# A cue after its quote: German "„…“, sagte X"; English '"…," said X' or '"…," the mayor said'
_AFTER = {
    family: re.compile(rf"({_SUBJECT}{{0,{most}}}?)({'|'.join(SOURCES[family])})(?![\w'’-])")
    for family, most in (("de", 0), ("en", 6))
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PUNCTUATION = re.compile(r"[,.;:!?()\[\]–—\n]")
_CLAUSE_END = re.compile(rf"[,.;:!?()\[\]–—\n{MARKS}]")


@dataclass(frozen=True)
class Cue:
    """One cue verb: its span, its form's slot (the index into a verb's forms), whether it
    follows its quote, whether it is "told" (which takes the hearer as its object)."""

    start: int
    end: int
    slot: int
    after: bool
    tell: bool
    limit: int  # where the cue's clause ends at the latest: its quote's opening mark


def find_cues(text: str, spans: list[tuple[int, int]], lang: str) -> dict[tuple[int, int], Cue]:
    """The cue verb of each gold quote span that has one of SOURCES[lang]: right after the
    quote (German: its first word, "„…“, sagte X"; English: after at most six subject words,
    '"…," the minister said'), else the last of the quote sentence's last eight words before
    it ("X sagte am Montag: „…“"). Never inside a gold quote; a German cue with an
    auxiliary or modal in its clause, and a bare cue without a subject word, are left out."""
    family = "de" if lang.startswith("de") else "en"
    inside = [range(s, e) for s, e in spans]
    found: dict[tuple[int, int], Cue] = {}
    for span in spans:
        cue = _after(text, span[1], family) or _before(text, span[0], family)
        if cue and not any(cue.start in r for r in inside) and not _particle(text, cue, family):
            found[span] = cue
    return found


def _particle(text: str, cue: Cue, family: str) -> bool:
    """Whether a German cue's clause ends in a particle of its own ("sagte … aus")."""
    if family != "de":
        return False
    close = _CLAUSE_END.search(text, cue.end)
    words = _WORD.findall(text[cue.end : close.start() if close else len(text)])
    return bool(words) and words[-1] in _PARTICLES


def _after(text: str, end: int, family: str) -> Cue | None:
    gap = _GAP.match(text, end)
    assert gap is not None
    found = _AFTER[family].match(text, gap.end())
    if not found:
        return None
    words = _WORD.findall(found.group(1))
    if words and words[-1] in _AUXILIARIES_EN:
        return None  # '"…," Smith has said': a participle
    if not words and not re.match(r"[ \t]+[^\W\d_]", text[found.end() :]):
        return None  # no subject, before the verb or after it
    form = found.group(2)
    return Cue(found.start(2), found.end(2), SOURCES[family][form], True, form in TELL, len(text))


def _before(text: str, start: int, family: str) -> Cue | None:
    window = text[max(0, start - 240) : start].rstrip(MARKS + " \t")
    clause = re.split(rf"[.!?;\n{MARKS}]", window)[-1]
    base = start - len(text[max(0, start - 240) : start]) + len(window) - len(clause)
    words = list(_WORD.finditer(clause))
    if len(words) < 2 or (family == "de" and any(w.group() in _AUXILIARIES_DE for w in words)):
        return None
    for index in range(len(words) - 1, max(-1, len(words) - 9), -1):
        form = words[index].group()
        if form in SOURCES[family]:
            slot = SOURCES[family][form]
            before = words[index - 1].group() if index else ""
            if family == "en" and slot == 0 and before in _AUXILIARIES_EN:
                slot = 3  # "has said": the participle
            at = base + words[index].start()
            return Cue(at, at + len(form), slot, False, form in TELL, base + len(clause))
    return None


def pick(options: list[tuple[str, ...]], doc: str, at: int) -> tuple[str, ...]:
    """One of `options`, the same for the same document and offset."""
    digest = hashlib.sha1(f"{doc}/{at}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def swap(text: str, cues: list[tuple[Cue, tuple[str, ...]]]) -> tuple[str, list[int]]:
    """`text` with each cue verb replaced by the form of its slot of the verb given with it
    (a separable German verb's particle put at the end of the cue's clause, "stellte X klar,"),
    and for each offset of `text` (and its end) its offset in the result."""
    edits: dict[int, tuple[int, str]] = {}
    for cue, verb in cues:
        edits[cue.start] = (cue.end, verb[cue.slot])
        if len(verb) == 5:
            close = _PUNCTUATION.search(text, cue.end, cue.limit)
            at = close.start() if close else cue.limit
            while at > cue.end and text[at - 1].isspace():
                at -= 1
            edits[at] = (at, f" {verb[4]}")
    pieces, offsets, index, length = [], [], 0, 0
    for at in sorted(edits):
        offsets.extend(range(length, length + at - index))
        pieces.append(text[index:at])
        length += at - index
        stop, new = edits[at]
        offsets.extend([length] * (stop - at))
        pieces.append(new)
        length += len(new)
        index = stop
    offsets.extend(range(length, length + len(text) - index + 1))
    pieces.append(text[index:])
    return "".join(pieces), offsets
