"""Arabic: two words after an unnamed subject that are a common noun phrase, the verb's object."""
# "استقبل الرئيس وفدا برلمانيا", "ترأس رئيس الوزراء اجتماعا طارئا", "التقى الوزير نظيره
# الأردني", "واجه المدرب انتقادات حادة": no name follows the title, and the two words after it
# are read as its holder's name only where nothing marks them a common noun. A noun in the
# accusative carries the alif of its indefinite ending ("وفدا", "تقريرا"; a name is the
# subject, in the nominative, and short names in alif, "رضا", "علا", keep under four letters);
# a counterpart ("نظيره") is one met; a feminine noun or plural with an indefinite adjective in
# ة after it ("مدرسة جديدة", "انتقادات حادة") agrees as no given name and surname do.

from __future__ import annotations

from summarizer.attribution.frames.arabic_before import LISTENER_NOUNS

_ACCUSATIVE = ("ا", "اً", "ًا")
_SHORT = 4  # letters under which a word in alif may be a name ("رضا")
_FEMININE = ("ة", "ات")
_ARTICLE = "ال"


def common_noun(words: list[str]) -> bool:
    """Whether the two `words` after a title are a common noun phrase, no name."""
    first, second = words[0], words[1]
    if first in LISTENER_NOUNS:
        return True
    if len(first) >= _SHORT and first.endswith(_ACCUSATIVE) and not first.endswith("اا"):
        return True
    agrees = not second.startswith(_ARTICLE) and second.endswith("ة")
    return agrees and first.endswith(_FEMININE)
