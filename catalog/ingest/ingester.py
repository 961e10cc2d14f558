"""One report at a time: its text analysed into mentions and findings, then written.

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
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import ValidationError
from ..gazetteer import Entry, NameIndex, Place, build_index, match_key, shipped_places
from ..model import SOURCE_KINDS, Alias, Citation, Site, Source, parse_date
from ..readers import Report
from ..stores import Catalog
from .candidates import GAZETTEER_SOURCES, candidate_site, iso2, slugify
from .names import NON_SITE_KEYS, Finding, findings_in, report_countries
from .sentences import is_headline, split_sentences


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
            if is_headline(sentence):
                continue  # Title Case capitalizes every word: no name can be told apart
            for f in self._findings(sentence):
                findings.append(dataclasses.replace(
                    f, start=a + f.start, end=a + f.end, sentence=(a, b)))
        return Analysis(sentences, mentions, findings)

    def _findings(self, sentence: str) -> list[Finding]:
        return [f for f in findings_in(sentence)
                if not (self._is_site_name(f.name) or self._is_non_site(f.name))]

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
        if match_key(name) in NON_SITE_KEYS:
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
                iso2(self.cat.get_site(sid).country) for sid in result.sites_matched} - {None}
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
        return candidate_site(f, source_id, self.places_named(f.place), self.cat.has_site,
                              context)


def _wrapped(report: Report) -> bool | None:
    return True if report.format == "pdf" else None
