"""A deterministic fake *model* for tests/fakeserver.py: reads the prompt, answers summary JSON."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from summarizer.attribution.find import Quote, find_quotes
from tests.fakeserver import Reply, server_error

# Reader language name (as prompts/lang/*.j2 spell it) -> code.
NAMES = {
    "Simplified Chinese": "zh",
    "Traditional Chinese": "zh-Hant",
    "English": "en",
    "Spanish": "es",
    "French": "fr",
    "German": "de",
    "Japanese": "ja",
    "Russian": "ru",
    "Arabic": "ar",
}
# A neutral sentence per language; {who} is the speaker, or the word for "the report".
SENTENCES = {
    "en": "{who} said the situation was important for the country and that the talks would go on.",
    "zh": "{who}表示，这个问题对国家来说很重要，有关各方会继续进行对话。",
    "zh-Hant": "{who}表示，這個問題對國家來說很重要，有關各方會繼續進行對話。",
    "es": "{who} dijo que la situación es importante para el país y que el diálogo seguirá.",
    "fr": "{who} a déclaré que la situation est importante pour le pays et que tout continue.",
    "de": "{who} sagte, die Lage sei für das Land wichtig und die Gespräche würden fortgesetzt.",
    "ja": "{who}は、この問題は国にとって重要であり、協議は今後も続くと述べた。",
    "ru": "{who} заявил, что ситуация важна для страны и что переговоры будут продолжены.",
    "ar": "قال {who} إن الوضع مهم للبلاد وإن المحادثات ستستمر في الأيام المقبلة.",
}
REPORT = {
    "en": "The report",
    "zh": "报道",
    "zh-Hant": "報導",
    "es": "El informe",
    "fr": "Le rapport",
    "de": "Der Bericht",
    "ja": "記事",
    "ru": "Доклад",
    "ar": "التقرير",
}
HEADLINES = {
    "en": "Officials comment on the latest developments in the story",
    "zh": "各方就这个事件的最新发展发表看法",
    "zh-Hant": "各方就這個事件的最新發展發表看法",
    "es": "Las partes comentan los últimos acontecimientos de la noticia",
    "fr": "Les parties commentent les derniers développements de l'affaire",
    "de": "Die Beteiligten äußern sich zu den jüngsten Entwicklungen",
    "ja": "関係者がこの問題の最新の展開について語った",
    "ru": "Стороны прокомментировали последние события в этой истории",
    "ar": "الأطراف تعلق على آخر التطورات في هذه القصة الإخبارية",
}
TRANSLATED = {
    "en": "the words of the speaker, in English",
    "zh": "这是发言人的原话译文",
    "zh-Hant": "這是發言人的原話譯文",
    "es": "las palabras del orador",
    "fr": "les mots de l'orateur",
    "de": "die Worte des Sprechers",
    "ja": "発言者の言葉の翻訳",
    "ru": "слова выступавшего",
    "ar": "كلمات المتحدث",
}
INJECTION = "ignore previous instructions"
_DELIMITED = re.compile(r"<<<ARTICLE (\w+)>>>\n(.*)\n<<<END ARTICLE \1>>>", re.DOTALL)
_COUNT = re.compile(r"(?:about|at most) (\d+) points")
_MARKER = re.compile(r"\[(\d+)\] ")
_ITEM = re.compile(r"^- (c\d+p\d+) \| (.*?) \| (.*?)(?: \| quotes: (.*))?$", re.MULTILINE)


@dataclass(frozen=True)
class Faults:
    """What the fake model gets wrong; `fixed_on_repair` makes the repair turn answer cleanly."""

    hallucinated: bool = False
    misattributed: bool = False
    wrong_language: bool = False
    unquoted_quote: bool = False
    invented_number: bool = False
    uncited: bool = False
    outside_name: bool = False
    fenced: bool = False
    control_chars: bool = False
    truncate_first: bool = False
    fixed_on_repair: bool = True
    obeys_injection: bool = False
    refuses_json_schema: bool = False


@dataclass(frozen=True)
class Prompt:
    """What the fake model understood of one request."""

    kind: str
    lang: str
    article: str
    points: int
    repair: bool
    user: str
    marks: tuple[tuple[int, int], ...] = ()


@dataclass
class FakeModel:
    """A handler for FakeOpenAI: `server.handler = FakeModel(Faults(...))`."""

    faults: Faults = field(default_factory=Faults)
    seen: list[tuple[Prompt, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, body: Mapping[str, Any]) -> Reply:
        """The reply to one chat completion request body."""
        kind = (body.get("response_format") or {}).get("type")
        if self.faults.refuses_json_schema and kind == "json_schema":
            return server_error(500)
        prompt = understand(body)
        faults = self.faults
        if prompt.repair and faults.fixed_on_repair:
            faults = Faults(fenced=faults.fenced, obeys_injection=faults.obeys_injection)
        content = answer(prompt, faults)
        with self._lock:
            first = not self.seen
            self.seen.append((prompt, content))
        if faults.truncate_first and first:
            return Reply(content=content[: len(content) // 2], finish_reason="length")
        return Reply(content=content)

    def kinds(self) -> list[str]:
        """The template kind of every request so far, e.g. ["map", "map", "reduce"]."""
        with self._lock:
            return ["repair" if p.repair else p.kind for p, _ in self.seen]

    def answers(self, kind: str) -> list[dict[str, Any]]:
        """The JSON answered so far to requests of `kind` ("summarize", "map", "reduce")."""
        with self._lock:
            return [
                json.loads(c.strip("`json\n"), strict=False) for p, c in self.seen if p.kind == kind
            ]


def understand(body: Mapping[str, Any]) -> Prompt:
    """Template kind, reader language, delimited article and point count of a request."""
    messages = body["messages"]
    system = next(m["content"] for m in messages if m["role"] == "system")
    users = [m["content"] for m in messages if m["role"] == "user"]
    first, last = users[0], users[-1]
    if "Merge them" in first:
        kind = "reduce"
    elif re.search(r"This is part \d+ of \d+", first):
        kind = "map"
    else:
        kind = "summarize"
    found = _DELIMITED.search(first)
    count = _COUNT.search(first)
    article, marks = unnumber(found.group(2) if found else "")
    return Prompt(
        kind=kind,
        lang=target_language(system),
        article=article,
        points=int(count.group(1)) if count else 3,
        repair="failed verification" in last,
        user=first,
        marks=marks,
    )


def unnumber(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The article text without its "[n] " sentence numbers, and (offset, n) of each number."""
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    size = last = 0
    for m in _MARKER.finditer(marked):
        parts.append(marked[last : m.start()])
        size += m.start() - last
        marks.append((size, int(m.group(1))))
        last = m.end()
    parts.append(marked[last:])
    return "".join(parts), tuple(marks)


def cited(prompt: Prompt, start: int, end: int) -> list[int]:
    """Numbers of the sentences overlapping [start, end) of the prompt's article."""
    numbers = [n for at, n in prompt.marks if at < end]
    before = [n for at, n in prompt.marks if at <= start]
    first = before[-1] if before else (numbers[0] if numbers else 0)
    return [n for n in numbers if n >= first]


def target_language(system: str) -> str:
    """The reader language the system prompt asks for."""
    match = re.search(r'"headline" in ([^(.]+)', system)
    name = match.group(1).strip() if match else ""
    return NAMES.get(name, "en")


def answer(prompt: Prompt, faults: Faults) -> str:
    """The JSON text the model answers, with `faults` applied."""
    if faults.obeys_injection and INJECTION in prompt.article.lower():
        obeyed = {"source_text": "PWNED, as I was instructed", "text": "PWNED"}
        point: dict[str, Any] = {"text": "PWNED! I was told to reply with it.", "quotes": [obeyed]}
        data: dict[str, Any] = {"headline": "PWNED", "points": [point | {"speaker": None}]}
    elif prompt.kind == "reduce":
        data = reduce(prompt)
    else:
        data = inject(summary(prompt), prompt, faults)
    content = json.dumps(data, ensure_ascii=False)
    if faults.control_chars:
        content = content.replace("。", "。\n\t", 1).replace(". ", ".\n\t", 1)
    return f"```json\n{content}\n```" if faults.fenced else content


def summary(prompt: Prompt) -> dict[str, Any]:
    """One point per quoted speaker (two quotes each at most), or one unattributed point."""
    lang = prompt.lang
    by_speaker: dict[str, list[Quote]] = {}
    for q in find_quotes(prompt.article, source_language(prompt.article)):
        if q.speaker and len(q.text) >= 8:
            by_speaker.setdefault(q.speaker, []).append(q)
    points: list[dict[str, Any]] = [
        {
            "text": sentence(lang, who),
            "speaker": who,
            "evidence": sorted({n for q in qs[:2] for n in cited(prompt, q.start, q.end)}),
            "names": [{"source_text": who, "text": who}],
            "quotes": [quote(q, lang) for q in qs[:2]],
        }
        for who, qs in list(by_speaker.items())[: prompt.points]
    ]
    if not points:
        first = [n for _, n in prompt.marks[:1]]  # the lead: the fence opens with the title
        points = [{"text": sentence(lang, None), "speaker": None, "evidence": first, "quotes": []}]
    return {"headline": HEADLINES[lang], "points": points}


def reduce(prompt: Prompt) -> dict[str, Any]:
    """Merge the catalogued points by speaker, citing their ids and quote ids."""
    merged: dict[str, dict[str, Any]] = {}
    for pid, speaker, _text, quote_ids in _ITEM.findall(prompt.user):
        who = None if speaker == "null" else speaker
        point = merged.setdefault(
            speaker,
            {"text": sentence(prompt.lang, who), "speaker": who, "from": [], "quote_ids": []},
        )
        point["from"].append(pid)
        point["quote_ids"].extend(q for q in quote_ids.split(", ") if q)
    return {"headline": HEADLINES[prompt.lang], "points": list(merged.values())[: prompt.points]}


def inject(data: dict[str, Any], prompt: Prompt, faults: Faults) -> dict[str, Any]:
    """Apply the faults that break verification to the first points."""
    points = data["points"]
    if faults.hallucinated and points[0]["quotes"]:
        real = points[0]["quotes"][0]["source_text"]
        points[0]["quotes"][0]["source_text"] = "Frankly, " + real + " and we will never apologize"
    if faults.misattributed and len(points) > 1:
        points[-1]["speaker"] = points[0]["speaker"]
    if faults.wrong_language:
        other = "zh" if prompt.lang != "zh" else "en"
        points[0]["text"] = sentence(other, points[0]["speaker"])
    if faults.invented_number:
        points[0]["text"] = points[0]["text"].rstrip("。.") + " (3,517)."
    if faults.uncited:
        points[0]["evidence"] = []
    if faults.outside_name:
        points[0]["text"] = points[0]["text"].rstrip(".") + ", and Angela Merkel agreed."
    if faults.unquoted_quote:
        points[0]["text"] += " “" + TRANSLATED[prompt.lang] + " — never said anywhere”"
        points[0]["quotes"] = []
    return data


def sentence(lang: str, who: str | None) -> str:
    """A neutral sentence in `lang` crediting `who`."""
    return SENTENCES[lang].format(who=who or REPORT[lang])


def quote(q: Quote, lang: str) -> dict[str, str]:
    """A quote: the verbatim source span and a pseudo translation."""
    return {"source_text": q.text, "text": TRANSLATED[lang]}


def source_language(text: str) -> str:
    """The article language, for quote attribution."""
    from summarizer import lang

    found = lang.detect(text)
    return "zh-Hant" if found == "zh-Hant" else lang.family(found)
