"""Facility words and the place names beside them: the phrase grammar of new sites.

A *finding* is a capitalised place name next to facility words ("the Sinpo shipyard", "a
missile base near Yeongjeo-dong", "a second site, known as X"); countries, capitals,
venues, organisations and demonyms are never findings.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..gazetteer import match_key

_MODIFIERS = (
    "nuclear", "missile", "ballistic", "rocket", "satellite", "submarine", "naval", "air",
    "uranium", "enrichment", "reprocessing", "underground", "launch", "launching", "test",
    "testing", "operating", "storage", "production", "assembly", "engine", "research",
    "military", "weapons", "radar", "drive-through", "support", "nuclear-test",
)
_HEADS = (
    "bases", "base", "sites", "site", "facilities", "facility", "stations", "station",
    "shipyards", "shipyard", "reactors", "reactor", "tunnels", "tunnel", "complex",
    "plants", "plant", "factories", "factory", "airbase", "airfield", "silos", "silo",
    "pads", "pad", "shelters", "port", "garrison",
)
FACILITY_PHRASE = re.compile(
    r"\b(?:(?:" + "|".join(_MODIFIERS) + r")\s+){0,3}(?:" + "|".join(_HEADS) + r")\b", re.I)
# Between the words of a name: spaces, and at most one line break (hard-wrapped text).
_GAP_BEFORE = re.compile(r"[ \t]*\r?\n?[ \t]*$")
_GAP_AFTER = re.compile(r"[ \t]*\r?\n?[ \t]*")
_HEAD_WORD = re.compile(r"\b(?:" + "|".join(_HEADS) + r")\b", re.I)
_KNOWN_AS = re.compile(r"\b(?:known\s+as|called|dubbed|named)\s+(?:the\s+)?", re.I)
# A name word: starts with a capital (Ŭiju too), may carry hyphenated parts and MR marks.
_NAME_WORD = re.compile(r"[^\W\d_][\w'’ʼ]*(?:-[\w'’ʼ]+)*")

#: Words that never start or make up a site name on their own.
STOPWORDS = {
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "one", "two", "three", "another", "other", "additional", "new", "old", "such", "several",
    "many", "some", "both", "each", "every", "key", "main", "large", "largest", "suspected",
    "secret", "nuclear", "missile", "military", "underground", "satellite", "rocket",
    "launch", "test", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "first", "second", "third", "last", "next", "previous", "former",
    "president", "mr", "mrs", "ms", "dr", "general", "leader", "chairman", "minister",
    "senator", "officials", "official", "analysts", "images", "imagery", "in",
    "at", "on", "of", "and", "or", "but", "if", "while", "when", "where", "after", "before",
    "since", "during", "near", "however", "meanwhile", "also", "still", "yet", "then",
    "now", "today", "yesterday", "there", "here", "it", "they", "we", "he", "she", "i",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "ballistic", "known", "called", "what", "which",
    "who", "whose", "why", "how", "all", "any", "no", "not", "more", "most", "less",
    "unlike", "like", "unit", "units", "earlier", "later", "recent", "same", "nearby",
}
#: Words that mark a venue, an organisation or a person's affiliation, not a facility.
NON_FACILITY_WORDS = {
    "hotel", "resort", "island", "palace", "hall", "house", "institute", "university",
    "center", "centre", "ministry", "agency", "council", "department", "party", "army",
    "command", "forces", "force", "navy", "times", "news", "post", "office", "studies",
    "group", "foundation", "association", "academy", "committee", "organization",
    "organisation", "club", "summit", "embassy", "parliament", "congress", "assembly",
    "government", "administration", "media", "press", "school", "college", "library",
    "museum", "stadium", "airport", "park", "square", "street", "road", "avenue",
}
#: Demonyms and national adjectives ("the North Korean base" names no place).
DEMONYMS = {
    "korean", "koreans", "american", "americans", "chinese", "japanese", "russian",
    "iranian", "pakistani", "syrian", "israeli", "soviet", "british", "french", "german",
    "indian", "us", "u.s", "un", "u.n", "western", "asian", "european", "allied", "dprk",
    "rok", "kpa",
}
#: Countries, capitals and other places that stand for governments, and summit venues.
NON_SITE_NAMES = {
    "north korea", "south korea", "korea", "dprk", "rok", "united states", "usa", "us",
    "u.s", "america", "china", "japan", "russia", "iran", "syria", "pakistan", "india",
    "israel", "singapore", "vietnam", "united kingdom", "uk", "britain", "france", "germany",
    "taiwan", "mongolia", "europe", "asia", "washington", "pyongyang", "seoul", "beijing",
    "tokyo", "moscow", "tehran", "hanoi", "london", "paris", "panmunjom", "sentosa",
    "capella", "white house", "kremlin", "pentagon", "blue house", "un", "u.n",
    "security council", "united nations", "korean peninsula", "peninsula", "yellow sea",
    "east sea", "sea of japan", "pacific", "guam", "hawaii",
}
NON_SITE_KEYS = {match_key(n) for n in NON_SITE_NAMES}


def facility_type_of(phrase: str) -> str:
    """The catalogue's facility type for a facility phrase ("nuclear test site" -> test site)."""
    p = phrase.lower()
    words = set(re.findall(r"[a-z]+", p))
    if words & {"test", "testing"} or "nuclear-test" in p:
        return "test site"
    if words & {"launch", "launching", "pad", "pads"} or ("satellite" in words
                                                          and "station" in words):
        return "launch site"
    if "missile" in words and words & {"base", "bases", "garrison", "silo", "silos"}:
        return "missile base"
    if words & {"reactor", "reactors", "nuclear", "enrichment", "uranium", "reprocessing"}:
        return "nuclear"
    if words & {"shipyard", "shipyards", "naval", "submarine", "port"}:
        return "naval base"
    if words & {"airbase", "airfield", "air"}:
        return "airbase"
    if words & {"factory", "factories", "plant", "plants", "production", "assembly",
                "engine"}:
        return "production"
    if "storage" in words:
        return "storage"
    if "missile" in words:
        return "missile base"
    return "other"


def _words_before(sentence: str, end: int) -> list[re.Match]:
    """Capitalized name words ending right before ``end`` (nearest last), at most three."""
    out: list[re.Match] = []
    pos = end
    while len(out) < 3:
        gap = _GAP_BEFORE.search(sentence, 0, pos)
        if gap is None or gap.start() == gap.end():
            break
        # Step back over the word's characters, then check it is one name word.
        i = gap.start()
        while i > 0 and (sentence[i - 1].isalnum() or sentence[i - 1] in "'’ʼ-_"):
            i -= 1
        m = _NAME_WORD.fullmatch(sentence, i, gap.start()) if i < gap.start() else None
        if m is None or not m.group()[0].isupper():
            break
        word = m.group()
        if word[-2:] in ("'s", "’s") or word.lower() in STOPWORDS:
            break
        out.append(m)
        pos = m.start()
    out.reverse()
    return out


def _words_after(sentence: str, start: int) -> list[re.Match]:
    """Capitalized name words starting at ``start`` (after spaces), at most three."""
    out: list[re.Match] = []
    pos = start
    while len(out) < 3:
        m = _NAME_WORD.match(sentence, pos)
        if m is None or not m.group()[0].isupper() or m.group().lower() in STOPWORDS:
            break
        out.append(m)
        word = m.group()
        if word[-2:] in ("'s", "’s"):
            break
        sp = _GAP_AFTER.match(sentence[m.end():])
        if sp is None or not sp.group():
            break
        pos = m.end() + sp.end()
    return out


@dataclass
class Finding:
    """A place name next to facility words in one sentence: a possible new site."""

    place: str  # the place name as written (text[start:end])
    phrase: str  # the facility words as written
    facility_type: str
    start: int  # offsets of the place name in the report text
    end: int
    sentence: tuple[int, int]

    @property
    def name(self) -> str:
        """The place name with white space (a wrapped line) made single spaces."""
        return " ".join(self.place.split())



def findings_in(sentence: str) -> list[Finding]:
    """Place names beside facility words in one sentence (offsets within it).

    Leading stop words and demonyms are trimmed; names of venues, organisations and
    the like are dropped. Whether a name is already a site, or a country or province,
    is for the caller to decide.
    """
    if not _HEAD_WORD.search(sentence):
        return []  # no facility word at all: most sentences, cheaply
    out = []
    for fm in FACILITY_PHRASE.finditer(sentence):
        phrase = fm.group()
        before = _words_before(sentence, fm.start())
        if before:
            out.append(Finding(sentence[before[0].start():before[-1].end()], phrase,
                               facility_type_of(phrase), before[0].start(),
                               before[-1].end(), (0, 0)))
        rest = sentence[fm.end():]
        prep = re.match(r"\s+(?:near|in|at|outside|around|close\s+to|(?:just\s+)?"
                        r"(?:north|south|east|west|northeast|northwest|southeast|"
                        r"southwest)\s+of)\s+(?:the\s+)?(?:(?:village|town|county)"
                        r"\s+of\s+)?", rest, re.I)
        if prep:
            after = _words_after(sentence, fm.end() + prep.end())
            if after:
                out.append(Finding(sentence[after[0].start():after[-1].end()], phrase,
                                   facility_type_of(phrase), after[0].start(),
                                   after[-1].end(), (0, 0)))
    for km in _KNOWN_AS.finditer(sentence):
        lead = FACILITY_PHRASE.search(sentence[max(0, km.start() - 80):km.start()])
        if lead is None:
            continue
        after = _words_after(sentence, km.end())
        if after:
            out.append(Finding(sentence[after[0].start():after[-1].end()], lead.group(),
                               facility_type_of(lead.group()), after[0].start(),
                               after[-1].end(), (0, 0)))
    kept = []
    for f in out:
        name = clean_name(f.place)
        if name is None:
            continue
        words = list(re.finditer(r"\S+", f.place))
        shift = words[len(words) - len(name.split())].start()
        f = dataclasses.replace(f, place=f.place[shift:], start=f.start + shift)
        kept.append(f)
    return kept


_COUNTRY_WORDS = {
    "KP": r"north\s+korean?|dprk|pyongyang",
    "KR": r"south\s+korean?|republic\s+of\s+korea|seoul",
    "CN": r"china|chinese|beijing",
    "JP": r"japan(?:ese)?|tokyo",
    "RU": r"russian?|moscow",
    "IR": r"iran(?:ian)?|tehran",
}


def report_countries(text: str) -> set[str]:
    """ISO alpha-2 codes of the countries a text names (North Korea, Seoul...)."""
    low = text.lower()
    return {cc for cc, pattern in _COUNTRY_WORDS.items()
            if re.search(r"\b(?:" + pattern + r")\b", low)}


def clean_name(name: str) -> str | None:
    """Strip leading stop words; None if nothing that can name a site is left."""
    words = name.split()
    while words and (words[0].lower() in STOPWORDS or words[0].lower().rstrip(".")
                     in DEMONYMS):
        words.pop(0)
    if not words:
        return None
    lowered = [w.lower().rstrip(".") for w in words]
    if any(w in NON_FACILITY_WORDS or w in DEMONYMS for w in lowered):
        return None
    if all(w in STOPWORDS for w in lowered):
        return None
    if len(" ".join(words)) < 3:
        return None
    return " ".join(words)


