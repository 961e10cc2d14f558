"""Ingest reports: find the sites a report names, cite them, and propose the new ones.

For each report (see :mod:`catalog.readers` for the formats):

1. the source is recorded once; a report whose content hash or URL is already in the
   catalogue adds nothing and is reported as a duplicate;
2. the text is split into sentences; every whole-word mention of a known site's name or
   alias (romanization-tolerant, see :mod:`catalog.gazetteer`) becomes a citation holding
   the sentence exactly as written and its character offsets in the report's text;
3. a place name next to facility words ("the Sinpo shipyard", "a missile base near
   Yeongjeo-dong", "a second site, known as X") that names no known site becomes a
   *candidate* site with its citation, located at its gazetteer place when the gazetteer
   has exactly one place of that name (method ``gazetteer``, precision ``locality`` or
   coarser), else unlocated;
4. countries, provinces, capitals (which stand for governments: "Washington and
   Pyongyang"), venues and organisations never become sites.

Each report is written in its own transaction: a report either lands whole or not at all.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ValidationError
from .gazetteer import Entry, NameIndex, Place, build_index, match_key, shipped_places
from .model import SOURCE_KINDS, Alias, Citation, Site, Source, parse_date
from .readers import Report, read_report, report_paths
from .store import Catalog

# -- sentences ------------------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "co", "corp", "vs", "etc", "fig", "adm", "capt", "sgt", "maj", "cmdr", "approx",
    "e.g", "i.e", "al",
}
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u00C0-\u024F])")


_PARAGRAPH_END = re.compile(r"[.!?:;][\"”’)\]]*\s*$")
_LIST_START = re.compile(r"^\s*(?:[-*•#>]|\d+[.)])\s")


def looks_wrapped(text: str) -> bool:
    """Whether a text is hard-wrapped: lines broken mid-sentence ("...base in\nthe hills")."""
    lines = text.split("\n")
    pairs = soft = 0
    for this, nxt in zip(lines, lines[1:], strict=False):
        if this.strip() and nxt.strip():
            pairs += 1
            if re.search(r"[\w,-]$", this.rstrip()) and re.match(r"\s*[a-z]", nxt):
                soft += 1
    return soft >= 2 and soft >= 0.2 * pairs


def _blocks(text: str, wrapped: bool) -> list[tuple[int, int]]:
    """Spans of text that sentences cannot cross: lines, or paragraphs if ``wrapped``."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    if not wrapped:
        return [(a, b) for a, b in spans if text[a:b].strip()]
    blocks: list[tuple[int, int]] = []
    start = None
    for i, (a, b) in enumerate(spans):
        line = text[a:b]
        if not line.strip():
            if start is not None:
                blocks.append((start, spans[i - 1][1]))
                start = None
            continue
        if start is None:
            start = a
        nxt = text[spans[i + 1][0]:spans[i + 1][1]] if i + 1 < len(spans) else ""
        if (_PARAGRAPH_END.search(line) or not nxt.strip() or _LIST_START.match(nxt)
                or _LIST_START.match(line)):
            blocks.append((start, b))
            start = None
    if start is not None:
        blocks.append((start, spans[-1][1]))
    return blocks


def split_sentences(text: str, wrapped: bool | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, trimmed of surrounding white space.

    A line break ends a sentence (headlines, list items and paragraphs stand alone),
    except in hard-wrapped text (PDF text layers, or ``wrapped=None`` and
    :func:`looks_wrapped`), where only a line ending in ``.``/``!``/``?``/``:``, a blank
    line or a list item does. Inside a line a sentence ends at ``.``, ``!`` or ``?``
    followed by a capital, except after abbreviations such as ``Mr.`` or ``U.S.``.

    Examples
    --------
    >>> t = "Mr. Kim met U.S. envoys. They left."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Kim met U.S. envoys.', 'They left.']
    """
    if wrapped is None:
        wrapped = looks_wrapped(text)
    spans: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))

    for base, block_end in _blocks(text, wrapped):
        body = text[base:block_end]
        start = 0
        for m in _BOUNDARY.finditer(body):
            word = body[:m.start() + 1].rsplit(None, 1)[-1].lstrip("\"“‘([")
            bare = word.rstrip(".").lower()
            if bare in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)+", word):
                continue
            end = m.end()
            while end > m.start() and body[end - 1].isspace():
                end -= 1
            add(base + start, base + end)
            start = m.end()
        add(base + start, base + len(body))
    return spans


# -- facility words and the names next to them -----------------------------------------------

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
_NON_SITE_KEYS = {match_key(n) for n in NON_SITE_NAMES}


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


@dataclass
class Mention:
    """A known site named in a sentence."""

    site_id: str
    start: int
    end: int
    sentence: tuple[int, int]


@dataclass
class Analysis:
    """What a report's text says: mentions of known sites and new-site findings."""

    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    findings: list[Finding]


#: Place-id prefix -> the source recorded for points taken from that gazetteer.
GAZETTEER_SOURCES = {
    "geonames": ("geonames", "GeoNames geographical database", "GeoNames",
                 "https://www.geonames.org/",
                 "Contains data from GeoNames (geonames.org), licensed under CC BY 4.0. "
                 "Candidate sites located through the gazetteer cite it for their point."),
    "gns": ("nga-gns", "GEOnet Names Server (GNS)", "US National Geospatial-Intelligence Agency",
            "https://geonames.nga.mil/", "Place names imported from NGA GNS country files."),
}

# -- the ingester ---------------------------------------------------------------------------

@dataclass
class ReportResult:
    """What ingesting one report did."""

    path: str | None
    source_id: str
    status: str  # "added", "duplicate" or "rescanned"
    citations_added: int = 0
    sites_matched: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    message: str = ""


@dataclass
class IngestSummary:
    """What an ingest run did, report by report, with totals."""

    reports: list[ReportResult] = field(default_factory=list)

    @property
    def sources_added(self) -> int:
        return sum(r.status == "added" for r in self.reports)

    @property
    def duplicates_skipped(self) -> int:
        return sum(r.status in ("duplicate", "rescanned") for r in self.reports)

    @property
    def citations_added(self) -> int:
        return sum(r.citations_added for r in self.reports)

    @property
    def sites_matched(self) -> list[str]:
        return sorted({s for r in self.reports for s in r.sites_matched})

    @property
    def candidates_added(self) -> list[str]:
        return [c for r in self.reports for c in r.candidates]

    def __str__(self) -> str:
        return (f"{self.sources_added} source(s) added, {self.citations_added} citation(s) "
                f"added, {len(self.sites_matched)} known site(s) matched, "
                f"{len(self.candidates_added)} new candidate site(s), "
                f"{self.duplicates_skipped} duplicate report(s) skipped")


def slugify(text: str, max_len: int = 48) -> str:
    """A lower-case ASCII slug: ``Yŏngjŏ-dong missile base`` -> ``yongjo-dong-missile-base``."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).encode("ascii", "ignore")
    s = re.sub(r"[^a-z0-9]+", "-", t.decode().lower().replace("'", "").replace("’", ""))
    s = s.strip("-")[:max_len].strip("-")
    return s


class Ingester:
    """Ingests reports into one catalogue, keeping its name index between reports.

    Parameters
    ----------
    cat
        The catalogue to write to.
    places
        Gazetteer places to locate new candidates and to recognise countries and
        provinces; None means the shipped extract plus any imported into the catalogue
        (looked up through the store, see :meth:`Catalog.places_named`).
    """

    def __init__(self, cat: Catalog, places: Iterable[Place] | None = None):
        self.cat = cat
        # Places are looked up by key, never scanned for in the text: the shipped extract
        # in memory, imported gazetteers through the store's index (so start-up does not
        # grow with a million imported names).
        self._query_store = places is None
        self.places = {p.place_id: p for p in
                       (shipped_places() if places is None else places)}
        self._place_keys: dict[str, list[str]] = {}
        for p in self.places.values():
            for n in p.names:
                ids = self._place_keys.setdefault(match_key(n), [])
                if p.place_id not in ids:
                    ids.append(p.place_id)
        sites = cat.sites(None)
        rejected = {s.site_id for s in sites if s.review_status == "rejected"}
        self.index: NameIndex = build_index(
            [s for s in sites if s.site_id not in rejected],
            [a for a in cat.aliases() if a.site_id not in rejected])
        # Rejected sites stay known, so that their names are not proposed again.
        for s in sites:
            if s.site_id in rejected:
                self.index.add(s.name, Entry("rejected", s.site_id, s.name))
        for a in cat.aliases():
            if a.site_id in rejected:
                self.index.add(a.alias, Entry("rejected", a.site_id, a.alias))

    # -- analysis (no writes) ---------------------------------------------------------------
    def analyse(self, text: str, wrapped: bool | None = None) -> Analysis:
        """Find mentions of known sites and new-site findings in ``text`` (writes nothing).

        ``wrapped`` says whether line breaks may fall inside sentences (see
        :func:`split_sentences`); None guesses.
        """
        import bisect

        sentences = split_sentences(text, wrapped)
        starts = [a for a, _ in sentences]
        mentions: list[Mention] = []
        findings: list[Finding] = []
        # One pass of the automaton over the whole text; each match then falls in the
        # sentence that holds it (a name never spans a line break or a full stop).
        seen = set()
        for m in self.index.find(text, kinds=("site",)):
            i = bisect.bisect_right(starts, m.start) - 1
            if i < 0 or m.end > sentences[i][1]:
                continue
            for e in m.entries:
                if (e.ref, i) not in seen:
                    seen.add((e.ref, i))
                    mentions.append(Mention(e.ref, m.start, m.end, sentences[i]))
        for a, b in sentences:
            sentence = text[a:b]
            if _is_headline(sentence):
                continue  # Title Case capitalizes every word: no name can be told apart
            for f in self._findings(sentence):
                findings.append(dataclasses.replace(
                    f, start=a + f.start, end=a + f.end, sentence=(a, b)))
        return Analysis(sentences, mentions, findings)

    def _findings(self, sentence: str) -> list[Finding]:
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
            name = _clean_name(f.place)
            if name is None:
                continue
            words = list(re.finditer(r"\S+", f.place))
            shift = words[len(words) - len(name.split())].start()
            f = dataclasses.replace(f, place=f.place[shift:], start=f.start + shift)
            if self._is_site_name(name) or self._is_non_site(name):
                continue
            kept.append(f)
        return kept

    def _is_site_name(self, name: str) -> bool:
        return any(e.kind in ("site", "rejected") for e in self.index.lookup(name))

    def places_named(self, name: str) -> list[Place]:
        """Gazetteer places with this name (romanization-tolerant), shipped and imported."""
        key = match_key(name)
        found = {pid: self.places[pid] for pid in self._place_keys.get(key, ())}
        if self._query_store:
            for p in self.cat.places_named(key):
                found.setdefault(p.place_id, p)
        return list(found.values())

    def _is_non_site(self, name: str) -> bool:
        if match_key(name) in _NON_SITE_KEYS:
            return True
        for place in self.places_named(name):
            code = (place.feature_code or "").upper()
            if code.startswith("PCL") or code in ("ADM1", "PPLC", "PPLA"):
                return True
        return False

    # -- writing ---------------------------------------------------------------------------
    def ingest_report(self, report: Report, *, title=None, authors=None, publisher=None,
                      published=None, url=None, kind=None, source_id=None,
                      rescan: bool = False) -> ReportResult:
        """Record one report, cite the known sites it names and add candidates.

        Parameters
        ----------
        report
            A report read by :func:`catalog.readers.read_report` (or built in code).
        title, authors, publisher, published, url, kind
            Metadata that overrides what the document says about itself.
        source_id
            The new source's id; by default made from publisher, date and title.
        rescan
            For a report already in the catalogue: add the citations of known sites that
            it lacks (for sites added since), instead of only saying it is a duplicate.

        Returns
        -------
        ReportResult
        """
        meta = dict(report.metadata)
        for k, v in (("title", title), ("authors", authors), ("publisher", publisher),
                     ("published", published), ("url", url)):
            if v:
                meta[k] = v
        path = str(report.path) if report.path else None
        existing = self.cat.find_source(content_hash=report.content_hash,
                                        url=meta.get("url"))
        if existing is not None:
            how = ("content hash" if existing.content_hash == report.content_hash
                   else "URL")
            if not rescan:
                return ReportResult(path, existing.source_id, "duplicate",
                                    message=f"already in the catalogue as source "
                                            f"{existing.source_id!r} (same {how}); "
                                            f"nothing added")
            return self._rescan(report, existing, path)
        source = self._new_source(report, meta, kind, source_id)
        analysis = self.analyse(report.text, _wrapped(report))
        result = ReportResult(path, source.source_id, "added")
        with self.cat.transaction():
            self.cat.add_source(source)
            cited: set[tuple[str, tuple[int, int]]] = set()
            for m in analysis.mentions:
                if (m.site_id, m.sentence) in cited:
                    continue
                cited.add((m.site_id, m.sentence))
                self._cite(m.site_id, source.source_id, report.text, m.sentence)
                result.citations_added += 1
                if m.site_id not in result.sites_matched:
                    result.sites_matched.append(m.site_id)
            context = report_countries(report.text) | {
                _iso2(self.cat.get_site(sid).country) for sid in result.sites_matched} - {None}
            new_sites: dict[str, str] = {}  # match key of the place -> candidate site_id
            for f in analysis.findings:
                key = match_key(f.place)
                site_id = new_sites.get(key)
                if site_id is None:
                    site, place = self._candidate(f, source.source_id, context)
                    if place is not None:
                        self._ensure_gazetteer_source(site.location_source_id)
                    self.cat.add_site(site)
                    if place is not None:
                        self.cat.add_citation(Citation(
                            site.site_id, site.location_source_id, None, "location",
                            note=f"Gazetteer place {place.place_id} ({place.name}) at "
                                 f"{place.lat} N, {place.lon} E: the {place.precision} named "
                                 f"in the report, not the facility itself."))
                        result.citations_added += 1
                    self.cat.add_alias(Alias(site.site_id, f.name, "as written in report"))
                    site_id = new_sites[key] = site.site_id
                    result.candidates.append(site_id)
                if (site_id, f.sentence) not in cited:
                    cited.add((site_id, f.sentence))
                    self._cite(site_id, source.source_id, report.text, f.sentence)
                    result.citations_added += 1
            # Later sentences may name a new candidate's place without facility words.
            if new_sites:
                local = NameIndex()
                for f in analysis.findings:
                    local.add(f.name, Entry("site", new_sites[match_key(f.place)], f.name))
                for a, b in analysis.sentences:
                    for m in local.find(report.text[a:b]):
                        sid = m.entries[0].ref
                        if (sid, (a, b)) not in cited:
                            cited.add((sid, (a, b)))
                            self._cite(sid, source.source_id, report.text, (a, b))
                            result.citations_added += 1
        # Only now that the report has landed do its candidates join the index.
        for f in analysis.findings:
            self.index.add(f.name, Entry("site", new_sites[match_key(f.place)], f.name))
        result.message = (f"added source {source.source_id!r}: {result.citations_added} "
                          f"citation(s), {len(result.sites_matched)} known site(s), "
                          f"{len(result.candidates)} new candidate(s)")
        return result

    def _rescan(self, report: Report, existing: Source, path: str | None) -> ReportResult:
        result = ReportResult(path, existing.source_id, "rescanned")
        have = {(c.site_id, c.quote) for c in self.cat.citations(source_id=existing.source_id)}
        have_spans = {(c.site_id, c.char_start) for c in
                      self.cat.citations(source_id=existing.source_id)}
        analysis = self.analyse(report.text, _wrapped(report))
        with self.cat.transaction():
            for m in analysis.mentions:
                a, b = m.sentence
                if (m.site_id, report.text[a:b]) in have or (m.site_id, a) in have_spans:
                    continue
                have.add((m.site_id, report.text[a:b]))
                self._cite(m.site_id, existing.source_id, report.text, m.sentence)
                result.citations_added += 1
                if m.site_id not in result.sites_matched:
                    result.sites_matched.append(m.site_id)
        result.message = (f"already in the catalogue as source {existing.source_id!r}; "
                          f"rescanned: {result.citations_added} citation(s) added")
        return result

    def _cite(self, site_id: str, source_id: str, text: str, span: tuple[int, int]) -> None:
        a, b = span
        self.cat.add_citation(Citation(site_id, source_id, text[a:b], "existence", a, b))

    def _new_source(self, report: Report, meta: dict, kind, source_id) -> Source:
        note = None
        title = meta.get("title")
        if not title:
            if report.path is None:
                raise ValidationError("the report has no title: give one (--title)")
            title = report.path.stem
            note = "Title taken from the file name: the document gives none."
        published = parse_date(meta.get("published"), "published")
        kind = kind or "other"
        if kind not in SOURCE_KINDS:
            raise ValidationError(f"kind must be one of {', '.join(SOURCE_KINDS)}; "
                                  f"got {kind!r}")
        if source_id is None:
            parts = [slugify(meta.get("publisher") or "", 24), published or "",
                     slugify(" ".join(title.split()[:6]), 40)]
            base = "-".join(p for p in parts if p) or "report"
            source_id, n = base, 2
            while self._source_exists(source_id):
                source_id, n = f"{base}-{n}", n + 1
        authors = meta.get("authors") or []
        return Source(source_id, title, list(authors), meta.get("publisher"), published,
                      meta.get("url"), None, kind, report.content_hash, note).validated()

    def _ensure_gazetteer_source(self, source_id: str) -> None:
        """The gazetteer a point came from, recorded once as a ``dataset`` source."""
        if self._source_exists(source_id):
            return
        _, title, publisher, url, notes = next(
            v for v in GAZETTEER_SOURCES.values() if v[0] == source_id)
        self.cat.add_source(Source(source_id, title, [], publisher, None, url, None,
                                   "dataset", None, notes))

    def _source_exists(self, source_id: str) -> bool:
        try:
            self.cat.get_source(source_id)
        except KeyError:
            return False
        return True

    def _candidate(self, f: Finding, source_id: str, context: set[str] = frozenset()
                   ) -> tuple[Site, Place | None]:
        """The candidate site for a finding, and the gazetteer place locating it, if any."""
        places = self.places_named(f.place)
        place = places[0] if len(places) == 1 else None
        elsewhere = place is not None and bool(context) and place.country not in context
        if elsewhere:
            place = None
        name = f"{f.name} {' '.join(f.phrase.lower().split())}"
        prefix = (place.country or "").lower() if place else ""
        base = "-".join(p for p in (prefix, slugify(name)) if p) or "candidate"
        site_id, n = base, 2
        while self.cat.has_site(site_id):
            site_id, n = f"{base}-{n}", n + 1
        notes = [f"Candidate found by ingest in source {source_id!r} ('{f.name}' next to "
                 f"'{' '.join(f.phrase.split())}'); not reviewed."]
        if place is not None:
            notes.append(f"Located at the gazetteer place {place.place_id} ({place.name}): "
                         f"the {place.precision} named, not the facility itself.")
            return Site(site_id, name, f.facility_type, lon=place.lon, lat=place.lat,
                        country=_iso3(place.country), location_precision=place.precision,
                        location_method="gazetteer", review_status="candidate",
                        location_source_id=GAZETTEER_SOURCES[place.place_id.split(":")[0]][0],
                        notes=" ".join(notes)), place
        if elsewhere:
            p = places[0]
            notes.append(f"Unlocated: the gazetteer's only place of this name, {p.place_id} "
                         f"({p.name}, {p.country}), lies outside the countries the report is "
                         f"about ({', '.join(sorted(context))}).")
        elif places:
            notes.append("Unlocated: the gazetteer has several places of this name ("
                         + ", ".join(f"{p.place_id} {p.name}" for p in places[:5]) + ").")
        else:
            notes.append("Unlocated: the name is not in the gazetteer.")
        return Site(site_id, name, f.facility_type, review_status="candidate",
                    notes=" ".join(notes)), None


def _iso2(iso3: str | None) -> str | None:
    from .gazetteer import ISO3

    return {v: k for k, v in ISO3.items()}.get((iso3 or "").upper())


def _iso3(iso2: str | None) -> str | None:
    from .gazetteer import ISO3

    return ISO3.get((iso2 or "").upper())


def _wrapped(report: Report) -> bool | None:
    return True if report.format == "pdf" else None


def _is_headline(sentence: str) -> bool:
    """A title-case line without closing punctuation (a headline or a heading)."""
    if sentence.rstrip("\"”’)] ").endswith((".", "!", "?", ":", ";", ",")):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# Countries a report is about, from its words: a gazetteer place elsewhere is a homonym.
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


def _clean_name(name: str) -> str | None:
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


#: Characters of report text a batch keeps in memory between its read and write passes.
BATCH_TEXT_BUDGET = 50_000_000


def ingest(cat: Catalog, paths, *, title=None, authors=None, publisher=None, published=None,
           url=None, kind=None, encoding=None, rescan: bool = False,
           places: Iterable[Place] | None = None, progress: bool = False) -> IngestSummary:
    """Ingest report files (or directories of them) into a catalogue.

    Every file is read first, so a bad one (empty, binary, not UTF-8, a PDF without text)
    stops the run before anything is written; then each report is written in its own
    transaction.

    Parameters
    ----------
    cat
        The catalogue.
    paths
        Report files and/or directories (searched for ``.txt``, ``.md``, ``.html``, ``.pdf``).
    title, authors, publisher, published, url, kind
        Source metadata overriding the document's own (most useful for a single report).
    encoding
        Text encoding of the reports if not UTF-8.
    rescan
        Re-read reports already in the catalogue and add citations they lack.
    places
        Gazetteer places (default: the shipped extract plus imported places).
    progress
        Show a progress bar on stderr (rich).

    Returns
    -------
    IngestSummary

    Raises
    ------
    ReportError
        For a report that cannot be read, naming it.

    Examples
    --------
    >>> from catalog import open_catalog
    >>> from catalog.ingest import ingest
    >>> with open_catalog("build/catalog.gpkg") as cat:  # doctest: +SKIP
    ...     print(ingest(cat, ["reports/"]))
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    files = report_paths(paths)
    if (url or title) and len(files) > 1:
        raise ValidationError("--title and --url describe one report; "
                              f"{len(files)} were given")
    ingester = Ingester(cat, places)
    summary = IngestSummary()
    bar = None
    if progress:
        from rich.console import Console
        from rich.progress import Progress

        bar = Progress(console=Console(stderr=True), transient=False)
        bar.start()
    try:
        task = bar.add_task("reading", total=len(files)) if bar else None
        # Every file is read (and so checked) before anything is written. Texts are kept
        # for the second pass up to a budget; past it a report is read again when its turn
        # comes, so a big batch holds at most the budget plus one report in memory.
        reports, kept = [], 0
        for f in files:
            r = read_report(f, encoding=encoding)
            kept += len(r.text)
            reports.append(r if kept <= BATCH_TEXT_BUDGET else f)
            if bar:
                bar.advance(task)
        if bar:
            bar.update(task, description="ingesting", completed=0)
        for r in reports:
            if not isinstance(r, Report):
                r = read_report(r, encoding=encoding)
            summary.reports.append(ingester.ingest_report(
                r, title=title, authors=authors, publisher=publisher, published=published,
                url=url, kind=kind, rescan=rescan))
            if bar:
                bar.advance(task)
    finally:
        if bar:
            bar.stop()
    return summary
