"""One cheap pass over a report's whole text, so the readers run only where they can match.

Reading a sentence (facility names, statements of place, coordinates) takes many regular
expressions; most sentences hold none of the words those need. The helpers here look for
those words once in the whole text (lower-cased once, scanned by one Aho-Corasick
automaton or one regular expression), so that each reader is called only for the sentences
it could find something in. A prefilter only ever *skips* work: for a sentence it lets
through, the reader runs as it always did, so the results are the same.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

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


def is_letter(ch: str) -> bool:
    """Whether a character is a letter as ``[^\\W\\d_]`` has it (``tests/test_ingest_scan.py``
    checks every code point)."""
    return ch.isalnum() and not ch.isdecimal()


def whole_word(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` is a whole run of letters (no letter on either side)."""
    return (start == 0 or not is_letter(low[start - 1])) and (
        end == len(low) or not is_letter(low[end]))


def whole_token(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` (which starts and ends with a word character) stands
    between word boundaries, as ``\\b...\\b`` needs: no word character on either side."""
    return (start == 0 or not _is_word(low[start - 1])) and (
        end == len(low) or not _is_word(low[end]))


def _is_word(ch: str) -> bool:
    """``\\w`` of a character (``tests/test_ingest_scan.py`` checks every code point)."""
    return ch.isalnum() or ch == "_"


def one_of(words: Iterable[str]) -> str:
    """A regular expression (no group) that matches any one of ``words``, written as a
    trie: ``one_of(["base", "bases", "battery"])`` is ``ba(?:s(?:es?)|ttery)`` in effect.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every position, so a list
    of two hundred words costs two hundred tries; a trie costs one per character. Where two
    words share a start, the trie tries the longer first, so it matches what ``w1|w2|...``
    matches when what follows the words rules out stopping early: a word boundary or a
    space, after words that are letters (and hyphens) only. ``tests/test_ingest_scan.py``
    checks that the words of the facility lists and no near-miss match, and that
    ``FACILITY_PHRASE`` finds what its plain alternatives find on the labelled texts.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(rest) for ch, rest in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here, and longer ones go on
        body = "(?:" + body + ")?"
    return body


class SentenceSpans:
    """Sentence spans (sorted, disjoint), and which of them a piece of the text falls in."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def holding(self, start: int, end: int) -> int | None:
        """The sentence that holds ``[start, end)`` whole, if one does."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i if i >= 0 and end <= self.spans[i][1] else None

    def touching(self, start: int, end: int) -> range:
        """The sentences that share a character with ``[start, end)``."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or self.spans[i][1] <= start:
            i += 1
        return range(i, bisect.bisect_left(self.starts, end))
