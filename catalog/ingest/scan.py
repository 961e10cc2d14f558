"""One cheap pass over a report's whole text, so the readers run only where they can match.

Reading a sentence (facility names, statements of place, coordinates) takes many regular
expressions; most sentences hold none of the words those need. The helpers here look for
those words once in the whole text (lower-cased once, scanned by one Aho-Corasick
automaton or one regular expression), so that each reader is called only for the sentences
it could find something in. A prefilter only ever *skips* work: for a sentence it lets
through, the reader runs as it always did, so the results are the same.
"""

from __future__ import annotations

# Characters that case-insensitive regular expressions equate with an ASCII letter while
# str.lower() does not make them that letter ("ı" matches (?i:i), "ſ" matches (?i:s)).
_IGNORECASE_ODD = ("ı", "ſ")


def lowered(text: str) -> str | None:
    """``text.lower()`` when it can stand in for case-insensitive matching, else None.

    That is when it keeps every character at its offset (``"İ"`` becomes two) and holds no
    character that ``re.IGNORECASE`` takes for another letter: then ``low[i:j] == word``
    exactly when ``text[i:j]`` matches the lower-case ASCII ``word`` under ``re.I``
    (``tests/test_scan.py`` checks every code point).
    """
    low = text.lower()
    if len(low) != len(text) or any(ch in low for ch in _IGNORECASE_ODD):
        return None
    return low
