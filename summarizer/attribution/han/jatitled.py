"""The Japanese names an article writes right before a title, the index of its full names."""
# "田中一郎首席エコノミスト", "田中一郎さん": a title in katakana or an honorific in hiragana
# follows the name as a kanji title does; a person named so is as much the article's as
# "田中次郎課長", so a bare "田中" of two such people is neither (`hanname.ja_full_name`).

from __future__ import annotations

import functools
import re
from collections import defaultdict

from summarizer.attribution.han.jaoffice import LOCAL_TITLES, former_cut, place_cut

JA_KANJI = "[\u3005\u4e00-\u9fff]"  # with the repeat mark of "佐々木"
_KANJI = re.compile(JA_KANJI)


# tried only where the longest title could start: per quotation, not per character of a segment
def ending_title(word: str, titles: tuple[str, ...]) -> str:
    """The longest of `titles` that `word` ends with, else ""."""
    pattern, longest = _ending(titles)
    found = pattern.search(word, max(0, len(word) - longest))
    return found.group() if found else ""


@functools.lru_cache(maxsize=4)
def _ending(titles: tuple[str, ...]) -> tuple[re.Pattern[str], int]:
    """Any of `titles` at the end of a word, the longest first, and the longest's length."""
    ordered = sorted(titles, key=len, reverse=True)
    alternation = f"(?:{'|'.join(map(re.escape, ordered))})$" if titles else "(?!)"
    return re.compile(alternation), max(map(len, titles), default=0)


@functools.lru_cache(maxsize=4)
def _titled_run(titles: tuple[str, ...]) -> re.Pattern[str]:
    """A run of kanji, with a title not all kanji right after it when one follows."""
    # the shortest run a title or the run's end follows ("田中一郎|首席エコノミスト"); katakana
    # after it is read only when it is a title whole ("鈴木太郎部長デジタル…")
    kana = sorted((t for t in titles if not _KANJI.fullmatch(t[-1])), key=len, reverse=True)
    after = f"(?:{'|'.join(map(re.escape, kana))})?" if kana else ""
    return re.compile(f"(?<!{JA_KANJI}){JA_KANJI}{{2,14}}?{after}(?!{JA_KANJI})")


# one pass over the text for all surnames: no scan of the whole text per surname
@functools.lru_cache(maxsize=4)
def ja_titled(text: str, titles: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each name `text` writes right before a title, by its first one, two and three characters."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    for run in _titled_run(titles).finditer(text):
        title = ending_title(run.group(), titles)
        name = former_cut(run.group()[: len(run.group()) - len(title)])
        if title in LOCAL_TITLES:  # "鈴木北海道知事": no place in the name
            name = place_cut(text, name, title) or name
        if len(name) < len(run.group()):  # a title ends the run
            for size in range(1, min(4, len(name))):
                found[name[:size]].add(name)
    return {first: frozenset(names) for first, names in found.items()}
