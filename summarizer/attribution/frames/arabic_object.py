"""Arabic: two words after an unnamed subject that are a common noun phrase, the verb's object."""
# "استقبل الرئيس وفدا برلمانيا", "ترأس رئيس الوزراء اجتماعا طارئا", "التقى الوزير نظيره
# الأردني", "واجه المدرب انتقادات حادة": no name follows the title, and the two words after it
# are read as its holder's name only where nothing marks them a common noun. A noun in the
# accusative carries the alif of its indefinite ending ("وفدا", "تقريرا"; a name is the
# subject, in the nominative, and short names in alif, "رضا", "علا", keep under four letters),
# an adjective agrees with it, indefinite too ("وفدا برلمانيا"), while a definite word after it
# is no adjective of it ("مايا الحلو" is a name); a counterpart ("نظيره") is one met; a feminine
# noun or plural with an indefinite adjective in ة after it ("مدرسة جديدة", "حملة وطنية")
# agrees so; a woman's name with a surname in ة ("نادية حمزة") has that shape too: nobody.

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
    indefinite = not second.startswith(_ARTICLE)  # an adjective agrees: no article either
    if indefinite and len(first) >= _SHORT and first.endswith(_ACCUSATIVE):
        return True
    return indefinite and second.endswith("ة") and first.endswith(_FEMININE)
