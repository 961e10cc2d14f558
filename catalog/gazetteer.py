"""Names: the romanization-tolerant matching key shared by aliases, ingest and name search."""

from __future__ import annotations

import re
import unicodedata

# Revised Romanization vowels written as McCune-Reischauer breves once diacritics are gone:
# "eo" (RR) = "ŏ" (MR) -> "o"; "eu" (RR) = "ŭ" (MR) -> "u".
_RR_VOWELS = (("eo", "o"), ("eu", "u"))
# A village suffix written -ri, -ni or -li after assimilation: Hoejung-ni = Hoejung-ri.
_RI_SUFFIX = re.compile(r"(?<=[a-z])[-\s]?(?:ri|ni|li)$")


def match_key(name: str) -> str:
    """Return the key under which spellings of one place name compare equal.

    Case, diacritics, apostrophes, hyphens and spaces are dropped; the Revised
    Romanization vowels ``eo``/``eu`` fold onto McCune-Reischauer ``o``/``u``; and a
    ``-ri``/``-ni``/``-li`` suffix folds to ``ri``. Names in other scripts (Hangul)
    keep their letters, case-folded.

    Examples
    --------
    >>> match_key("Yŏngjŏ-dong") == match_key("Yeongjeo-dong") == match_key("Yongjo-dong")
    True
    >>> match_key("Hoejung-ni") == match_key("Hoejung-ri")
    True
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\s'’‘`ʼ\-‐–—_.]+", " ", text).strip()
    if text.isascii():
        text = _RI_SUFFIX.sub("ri", text)
        for rr, mr in _RR_VOWELS:
            text = text.replace(rr, mr)
    return text.replace(" ", "")
