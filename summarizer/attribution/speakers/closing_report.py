"""German: the reporting clause that closes the sentence right before a quotation with no cue."""

# "Man werde neue Bäume pflanzen, kündigte Förster Uwe Brandt an. „Der alte Wald kommt nicht
# zurück.“": a news report gives the reported speech, then its speaker in a clause set off by a
# comma at the sentence's end (the verb of saying first, then its subject, then at most a few
# words: a particle, a time, "der Zeitung"), then the speech itself. The English reading is
# `reported.reporter`; the German subject follows its verb. Never an asker ("fragte X"), hearsay
# ("berichtete die Zeitung"), two subjects ("sagten X und Y"), nor a quotation the sentence it
# opens goes on after ("„Wem gehört die Stadt?“ heißt die Schau"): a title, not the speech
# (`goes_on`, which keeps the whole narration from naming anyone there).

from __future__ import annotations

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.mentions import find_mentions
from summarizer.attribution.german.split_report import split_report
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.names import Resolver

_TAIL_WORDS = 5  # "…, sagte X am Rande der Sitzung."
_KINDS = frozenset({"name", "role", "org"})
_ASKING = ("frag", "befrag", "erkundigt")  # the one asked answers next
_PRESS = ("bericht", "meld")  # the press reports what others said ("meldete die Agentur X")
_OUTLETS = ("zeitung", "agentur", "zeitschrift", "blatt", "magazin", "sender", "portal", "dienst")
_LEAD_WORDS = 4  # between the verb and the name: "sich", an article, a role ("der Ökonom")
_JOINING = frozenset({"und", "sowie", "oder"})  # "sagten X und Y": two speakers


def closing_report(resolver: Resolver, begin: int, context: tuple[int, int]) -> str | None:
    """The subject of a reporting clause that closes the sentence from `begin` to the quote;
    "" when that clause's subject is no one to name (the narration names nobody then)."""
    text, end, cues = resolver.text, context[1], resolver.cues
    comma = text.rfind(",", begin, end)
    if not cues.nouns_capitalized or comma < 0 or text[begin:end].rstrip().endswith("?"):
        return None  # no clause after a comma; a question's answer is the one asked's
    cued = _cued(resolver, begin, end)
    if len(cued) > 1:
        return None
    # "…, stellte X klar.": a verb split round its subject, whose stem no cue scan reads
    mention = cued[0] if cued else split_report(text, begin, end, cues)
    # "…, berichtete das Blatt „X“.": a reporting clause whose subject we cannot read
    opened = bool(cues.verbs.match(text, len(text[: comma + 1]) + _spaces(text, comma + 1)))
    if mention is None:
        return "" if opened else None
    if not _closes(resolver, begin, end, mention):
        return None  # "Celebi, die …, nennt das einen Skandal.": the subject opens the sentence
    if not _reports(resolver.text, mention, cues) or mention.kind not in _KINDS or not mention.sure:
        return ""  # "…, fragte X.", "…, sagte ein Sprecher.": that clause's, nobody else's
    name = resolver.resolve(mention, context)
    after = mention.at + len(mention.words)
    return None if name is None or resolver.others((after, end), name) else name


def _spaces(text: str, at: int) -> int:
    """How many blanks stand at `at`."""
    return len(text[at : at + 8]) - len(text[at : at + 8].lstrip(" "))


def _cued(resolver: Resolver, begin: int, end: int) -> list[Mention]:
    """The mentions a verb of saying governs in the sentence, pronouns apart; two at most."""
    text, cues = resolver.text, resolver.cues
    cued: list[Mention] = []
    for mention in find_mentions(text, (begin, end), (end, end), cues, resolver.roster.written):
        if mention.cue_at >= 0 and mention.kind != "pronoun":
            cued.append(mention)
            if len(cued) > 1:
                break  # two reporting clauses: whose the quotation is is unsure
    return cued


def _reports(text: str, mention: Mention, cues: Cues) -> bool:
    """Whether the mention's verb reports its subject's own words: no asking; a press verb only
    after a person's role ("berichtete Kommissar X", not "meldete die Agentur X")."""
    word = mention.cue.lower()
    if word in cues.reported or word in cues.hearsay or word.startswith(_ASKING):
        return False
    if not word.startswith(_PRESS):
        return True
    between = TOKEN.findall(text, mention.cue_at + len(mention.cue), mention.at)
    roles = [w.lower() for w in between if w[0].isupper()]
    return bool(roles) and not any(w.endswith(_OUTLETS) for w in roles)


def _closes(resolver: Resolver, begin: int, end: int, mention: Mention) -> bool:
    """Whether the mention's clause closes the sentence: ", <verb> <subject> [a few words]."."""
    text = resolver.text
    if mention.at < mention.cue_at:
        return False
    clause = text.rfind(",", begin, mention.cue_at)
    if clause < 0 or text[clause + 1 : mention.cue_at].strip():
        return False  # the verb opens the clause after the comma
    between = TOKEN.findall(text, mention.cue_at + len(mention.cue), mention.at)
    tail = [w.lower() for w in TOKEN.findall(text, mention.at + len(mention.words), end)]
    words = [w for w in tail if w[0].isalnum()]
    if len(between) > _LEAD_WORDS or any(not w[0].isalnum() for w in between):
        return False  # "sagte die frühere Ministerin X"; not "die Zeitung „X“"
    if "," in tail or len(words) > _TAIL_WORDS:
        return False
    return not _JOINING & set(words)


def goes_on(text: str, span: Span) -> bool:
    """Whether the quotation's own sentence goes on after it with a lower-case word."""
    rest = text[span.close_at + 1 : span.close_at + 40].lstrip(" ")
    return bool(rest) and rest[0].islower()
