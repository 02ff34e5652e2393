"""`_data.load_toml` shares one parsed table among its callers: none may write to it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from summarizer import _data

ROOT = Path(__file__).resolve().parent.parent

# In a fresh interpreter every shared table is made read-only before anything loads one; then
# everything the quotes command and the summaries read data with runs in every language. A
# caller that writes to a shared table raises; it must be in _data.WRITTEN (a copy each).
_READ_ONLY_RUN = """
import functools
from summarizer import _data

def _no(*args, **kwargs):
    raise TypeError("a caller wrote to a shared data table")

class Table(dict):
    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _no

class Items(list):
    __setitem__ = __delitem__ = append = extend = insert = pop = remove = _no
    reverse = sort = clear = __iadd__ = __imul__ = _no

def frozen(value):
    if type(value) is dict:
        return Table((k, frozen(v)) for k, v in value.items())
    if type(value) is list:
        return Items(frozen(v) for v in value)
    return value

parsed = _data._parsed_once.__wrapped__
_data._parsed_once = functools.cache(
    lambda name: parsed(name) if name in _data.WRITTEN else frozen(parsed(name))
)

from summarizer import labels, lang, source
from summarizer.attribution.find import find_quotes
from summarizer.verification import check, names, numbers

text = (
    "Der Rat tagte am Montag. „Wir bauen die Brücke neu“, sagte Bürgermeisterin Jana Korte. "
    "“We will wait,” Mayor Ruth Okafor said. « Nous verrons », a déclaré Paul Marchand. "
    "«Veremos», dijo Lucía Ortega. «Нет», — заявил пилот Иван Серов. "
    "市长林志明表示：“明年见。” 「はい」と田中さんは言った。 „Tak”, powiedział Jan Nowak.\\n\\n"
    "Er sagte: „Das reicht.“ Sie fügte hinzu: „Morgen.“"
)
for code in (*lang.SUPPORTED, "pl"):
    find_quotes(source.clean_text(text), code, "Ein Titel")
    labels.labels(code)
lang.detect(text)
names._titles(), names._cjk_titles(), numbers._scales(), check._loaded_words("de")
print("read-only run done")
"""


def test_no_caller_writes_to_a_shared_table() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _READ_ONLY_RUN],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "read-only run done" in done.stdout


def test_a_table_is_parsed_once_and_shared() -> None:
    assert _data.load_toml("german.toml") is _data.load_toml("german.toml")


def test_a_written_file_is_a_copy_each() -> None:
    for name in _data.WRITTEN:
        first, second = _data.load_toml(name), _data.load_toml(name)
        assert first == second
        assert first is not second
