"""Ingest: citations of known sites, candidates, non-sites, idempotence, the labelled set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog import open_catalog
from catalog.build import build_catalog
from catalog.constraints import distance_m
from catalog.errors import ValidationError
from catalog.gazetteer import Place, match_key
from catalog.ingest import Ingester, ingest, split_sentences
from catalog.ingest.locations import NAMED_AFTER_M, statements_in
from catalog.ingest.names import (
    _COUNTRY_RE,
    aliases_after,
    aliases_of_it,
    as_base_command,
    base_place,
    country_counts,
    facility_type_of,
    findings_in,
    findings_with_facility_words,
    former_names,
    is_demonym,
    is_tail_name,
    is_weapon_or_unit,
    local_stem,
    own_name,
    renamed_after,
    towns_in,
    unit_designations,
)
from catalog.ingest.sentences import (
    _NOTE_MARK_END,
    _without_end_marks,
    in_capitals,
    is_table_row,
    place_column_cells,
    site_column_cells,
)
from catalog.model import Site
from catalog.readers import ReportError, read_bytes
from tests.conftest import FIRST_RUN_REPORT

REPORTS = Path(__file__).parent / "data" / "reports"
MANIFEST = json.loads((REPORTS / "manifest.json").read_text(encoding="utf-8"))
NON_SITES = ["Singapore", "Sentosa", "Capella Hotel", "Capella", "Washington", "Pyongyang",
             "United States", "South Korea", "North Korea", "USA"]


def _site_names(cat, site_id):
    return {match_key(a.alias) for a in cat.aliases(site_id)} | {
        match_key(cat.get_site(site_id).name)}


def _no_site_named(cat, names):
    for site in cat.sites(None):
        keys = _site_names(cat, site.site_id)
        for n in names:
            assert match_key(n) not in keys, f"{site.site_id} is named {n}"


def test_a_cable_in_capitals_under_a_transcribers_note_is_in_capitals():
    # "[OCR text of a declassified cable ...]" over the cable, "[[sic ...]]" inside it: an
    # editor's notes in brackets are not the text's own letters
    note = ("[OCR text of a declassified cable, released in 2019 to the Example Archive "
            "Project. Page scans of poor quality; the names are corrected by the transcriber "
            "only, and the transcriber's notes are in double brackets.]\n\n")
    body = ("2. SUMMARY. THE DEPARTMENT HAS ESTABLISHED FORWARD OPERATING LOCATIONS AT THREE "
            "SITES. THE TALLOW AIR BASE AT KESK [[Base Aérea de Tallow, as later documents "
            "spell it]] SHARES ITS RUNWAY WITH THE CIVIL AIRPORT. POSTS MAY DRAW ON THE "
            "FOLLOWING GUIDANCE. THE FOL IS NOT A BASE OF OURS AND NO COMBAT FORCES ARE "
            "STATIONED THERE.\n")
    assert in_capitals(body) and in_capitals(note + body)
    assert not in_capitals(note + body.lower())


def test_split_sentences_keeps_exact_spans():
    text = "U.S. President Trump met Mr. Kim. They spoke.\nA headline\n\nLast one!"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "U.S. President Trump met Mr. Kim.", "They spoke.", "A headline", "Last one!"]


def test_a_list_items_line_ending_in_a_comma_goes_on_in_wrapped_text():
    text = ("1. PURPOSE. This note records what the tour saw on its way through the\n"
            "hills of the north and the south of the country, and back again.\n\n"
            "3. KAKRAPAR. The Testfield Atomic Power Station, Tapi district,\n"
            "stands beside the weir, approx 54 km east of Surat.\n"
            "4. NEXT. Another item\n"
            "The following paragraph.\n")
    got = [text[a:b] for a, b in split_sentences(text, wrapped=True)]
    assert ("The Testfield Atomic Power Station, Tapi district,\nstands beside the weir, "
            "approx 54 km east of Surat.") in got
    assert "Another item" in got  # no comma at its end: the item's line ends there


def test_a_heading_in_capitals_stands_alone_in_wrapped_text():
    # a state's historical markers: "--- TENNESSEE ---" over "CAMP FORREST" over its text
    text = ("--- KESKLAND ---\n"
            "CAMP TALLOW\n"
            "In Testville, Camp Tallow was one of the Army's largest training bases of the war\n"
            "and held prisoners of war. Its airfield trained bomber crews for the\n"
            "war in the Pacific and in Europe, and closed in 1946 after the war.\n")
    got = [text[a:b] for a, b in split_sentences(text, wrapped=True)]
    assert got[:3] == ["--- KESKLAND ---", "CAMP TALLOW",
                       "In Testville, Camp Tallow was one of the Army's largest training bases "
                       "of the war\nand held prisoners of war."]
    # (a line in capitals that a wrap breaks goes on: "NATO HQ in" has small letters, and a
    # text in capitals has no headings to tell)
    text = "The alliance met at the\nNATO HQ in Brussels and agreed\non the plan for the\nbase.\n"
    assert len(split_sentences(text, wrapped=True)) == 1
    # (nor a line in capitals a sentence runs on into: "... at the Natanz plant near" over
    # "KASHAN, IRAN" over "in 2003 and took samples"; "a team from the" over "IAEA.")
    text = ("The inspectors visited the enrichment hall at the Kesk plant near\nTALLOW, "
            "KESKLAND\nin 2003 and took samples of the air and of the dust on the floor of\n"
            "the hall, which were sent to the laboratories of the agency and to a team from the"
            "\nIAEA.\nThe next visit came in 2004 when the team came back to the plant and hall.\n")
    assert len(split_sentences(text, wrapped=True)) == 2
    text = ("THE CAMP STOOD IN THE\nVALLEY OF THE\nKESK RIVER AND HELD MANY MEN OF THE\n"
            "ARMY FOR THE WAR. " * 8)
    assert len(split_sentences(text, wrapped=True)) == 8


def test_circa_does_not_end_a_sentence():
    text = "| 1 | Testfield | Region, CZ; ca. 24 km north of Brno |\nIt lies ca. 5 km away. Next."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "| 1 | Testfield | Region, CZ; ca. 24 km north of Brno |", "It lies ca. 5 km away.",
        "Next."]


def test_initials_in_bold_do_not_end_a_sentence():
    text = "The wings: **F.E. Tallow Air Force Base** in Kesk, and _J.B. Holt_ too. Next."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The wings: **F.E. Tallow Air Force Base** in Kesk, and _J.B. Holt_ too.", "Next."]


def test_a_report_cites_known_sites_then_adds_nothing_and_says_so(shipped):
    """The same flow as the seed report's, on the project's own text (a plain clone)."""
    text = FIRST_RUN_REPORT.read_text(encoding="utf-8")
    summary = ingest(shipped, [FIRST_RUN_REPORT])
    (r,) = summary.reports
    assert r.status == "added"
    cites = {c.site_id: c for c in shipped.citations(source_id=r.source_id)}
    assert set(cites) == {"kp-yeongjeo-dong", "kp-hoejung-ni"}
    for c in cites.values():
        assert text[c.char_start:c.char_end] == c.quote
    assert cites["kp-hoejung-ni"].quote == ("Analysts said another missile base in Hoejung-ni "
                                            "was also busy in December.")
    counts = shipped.counts()
    again = ingest(shipped, [FIRST_RUN_REPORT])
    assert again.reports[0].status == "duplicate" and shipped.counts() == counts
    assert f"already in the catalogue as source {r.source_id!r}" in again.reports[0].message
    rescanned = ingest(shipped, [FIRST_RUN_REPORT], rescan=True)
    assert rescanned.reports[0].status == "rescanned" and rescanned.citations_added == 0
    assert shipped.counts() == counts
    _no_site_named(shipped, NON_SITES)


def test_rescan_cites_sites_added_since(shipped, tmp_path):
    from catalog.model import Alias, Site

    report = tmp_path / "r.txt"
    report.write_text("Trucks were seen at the Sinpo shipyard on Monday.", encoding="utf-8")
    ingest(shipped, [report], title="Shipyard note")
    cand = next(s for s in shipped.sites(("candidate",)))
    assert cand.site_id == "kp-sinpo-shipyard"
    shipped.add_site(Site("kp-sinpo-south", "Sinpo South Shipyard", "naval base"))
    shipped.add_alias(Alias("kp-sinpo-south", "Sinpo shipyard"))
    summary = ingest(shipped, [report], rescan=True)
    assert summary.citations_added == 1
    assert summary.reports[0].sites_matched == ["kp-sinpo-south"]


def test_same_report_twice_adds_nothing(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Title Of A Note\n- by Someone\n\nWork continued at the Sinpo shipyard.",
                 encoding="utf-8")
    first = ingest(empty, [p])
    counts = empty.counts()
    second = ingest(empty, [p])
    assert first.sources_added == 1 and second.sources_added == 0
    assert second.duplicates_skipped == 1 and empty.counts() == counts


def test_same_url_is_a_duplicate(empty, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One text about the Sinpo shipyard.", encoding="utf-8")
    b.write_text("Another copy, edited, about the Sinpo shipyard.", encoding="utf-8")
    ingest(empty, [a], url="https://example.org/x", title="X")
    s = ingest(empty, [b], url="https://example.org/x", title="X")
    assert s.reports[0].status == "duplicate" and "same URL" in s.reports[0].message


def test_candidate_located_through_gazetteer(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Steam rose from the Yongbyon reactor in North Korea.", encoding="utf-8")
    s = ingest(empty, [p], title="Steam")
    (sid,) = s.candidates_added
    site = empty.get_site(sid)
    assert site.review_status == "candidate" and site.facility_type == "nuclear"
    assert (site.lat, site.lon) == (39.81333, 125.80417)  # GeoNames 1866453, the town
    # named after the town: placed there with a radius that covers a plant tens of km away
    assert site.location_method == "gazetteer" and site.location_precision == "approximate"
    assert site.precision_m >= NAMED_AFTER_M
    assert site.country == "PRK"
    c, loc = sorted(empty.citations(site_id=sid), key=lambda c: c.supports)
    assert c.quote == "Steam rose from the Yongbyon reactor in North Korea."
    # The point's provenance: GeoNames, recorded as a dataset source and cited for location.
    assert (loc.supports, loc.source_id, loc.quote) == ("location", "geonames", None)
    assert "geonames:1866453" in loc.note and "not the facility itself" in loc.note
    assert site.location_source_id == "geonames"
    assert empty.get_source("geonames").kind == "dataset"


def test_candidate_outside_the_reports_country_stays_unlocated(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("In North Korea, the Tonghae launch site was quiet.", encoding="utf-8")
    (sid,) = ingest(empty, [p], title="Quiet").candidates_added
    site = empty.get_site(sid)
    assert not site.located and site.location_precision == "unknown"
    assert "outside the countries the report is about" in site.notes


def test_candidate_not_in_gazetteer_is_unlocated(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Researchers found a second site, known as Sino-ri, last year.",
                 encoding="utf-8")
    (sid,) = ingest(empty, [p], title="Second").candidates_added
    site = empty.get_site(sid)
    assert site.lon is None and site.lat is None and "not in the gazetteer" in site.notes


@pytest.mark.parametrize("report", MANIFEST["reports"], ids=lambda r: r["file"])
def test_labelled_report(shipped, report):
    """Each labelled report: its expected sites are cited, its non-sites never become sites."""
    summary = ingest(shipped, [REPORTS / report["file"]])
    (r,) = summary.reports
    cited = set(r.sites_matched) | set(r.candidates)
    found_keys = set()
    for sid in cited:
        found_keys |= _site_names(shipped, sid)
    expected = {match_key(n) for n in report["sites"]}
    hard = {"Kusong"}  # kept in on purpose: no facility words next to the name
    missing = {n for n in report["sites"] if match_key(n) not in found_keys} - hard
    assert not missing
    new_names = set()
    for sid in r.candidates:
        new_names |= _site_names(shipped, sid)
    for n in report["non_sites"]:
        assert match_key(n) not in new_names
    # no candidate that was not expected (precision on this set)
    for sid in r.candidates:
        assert _site_names(shipped, sid) & expected, sid
    for c in shipped.citations(source_id=r.source_id):
        assert c.quote and c.char_end > c.char_start


def test_report_with_no_site_adds_only_the_source(shipped):
    counts = shipped.counts()
    s = ingest(shipped, [REPORTS / "r05-no-site.txt"])
    assert s.sources_added == 1 and s.citations_added == 0 and not s.candidates_added
    assert shipped.counts() == {**counts, "sources": counts["sources"] + 1}


def test_bad_file_among_many_is_listed_and_the_others_ingested(shipped, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Work at the Sinpo shipyard.", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    summary = ingest(shipped, [good, bad])
    assert summary.failed == [(str(bad), f"report {str(bad)!r} is empty")]
    assert [(r.path, r.status) for r in summary.reports] == [(str(good), "added")]
    assert shipped.get_source(summary.reports[0].source_id).title == "a"
    with pytest.raises(ReportError, match="is empty"):  # alone, its error is raised
        ingest(shipped, [bad])



def test_a_batch_copies_the_wal_into_the_file_at_its_end_not_every_few_reports(
        shipped, tmp_path, monkeypatch):
    """A GeoPackage's WAL is copied into the file (a checkpoint: two waits for the disk)
    every 1,000 pages; an ingest of many reports puts that off to its end (bulk())."""
    if not hasattr(shipped, "conn"):
        pytest.skip("a GeoPackage's own housekeeping")
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"Work {i} continued at the Sinpo shipyard.",
                                            encoding="utf-8")
    seen = []
    real = Ingester.ingest_report

    def ingest_report(self, report, **kw):
        seen.append(shipped.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        return real(self, report, **kw)

    monkeypatch.setattr(Ingester, "ingest_report", ingest_report)
    assert ingest(shipped, [tmp_path]).sources_added == 3
    assert seen == [shipped.BULK_CHECKPOINT_PAGES] * 3
    assert shipped.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    busy, frames, copied = shipped.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert (busy, frames) == (0, copied)  # nothing left uncopied by the run


def test_title_for_many_reports_is_refused(shipped):
    with pytest.raises(ValidationError, match="describe one report"):
        ingest(shipped, [REPORTS], title="One title")


def test_rejected_names_are_not_proposed_again(shipped, tmp_path):
    from catalog.review import reject

    p = tmp_path / "a.txt"
    p.write_text("Work at the Sinpo shipyard.", encoding="utf-8")
    (sid,) = ingest(shipped, [p], title="A").candidates_added
    reject(shipped, sid)
    q = tmp_path / "b.txt"
    q.write_text("More work at the Sinpo shipyard, again.", encoding="utf-8")
    s = ingest(shipped, [q], title="B")
    assert s.candidates_added == [] and s.citations_added == 0


_PIECES = st.sampled_from([
    "Trucks were seen at the Hoejung-ri site.", "The Yŏngjŏ-dong missile base grew.",
    "Washington and Pyongyang argued.", "Work at the Sinpo shipyard continued.",
    "U.S. officials met Mr. Kim.", "\n", "Kumchon-ri lies north.", "Nothing here.",
    "(Yongjo-dong)", "A second site, known as Sino-ri, was found.",
])


@settings(max_examples=40, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12).map(" ".join))
def test_every_citation_quote_is_its_span(text):
    """Property: whatever the text, each mention's sentence is text[start:end]."""
    from catalog.gazetteer import shipped_places
    from catalog.model import Alias, Site

    class Mem:  # the analysis needs only sites, aliases and places: give it real records
        def sites(self, _=None):
            return [Site("kp-hoejung-ni", "Hoejung-ni"), Site("kp-yeongjeo-dong",
                                                              "Yeongjeo-dong")]

        def aliases(self):
            return [Alias("kp-yeongjeo-dong", "Yŏngjŏ-dong")]

        def places(self):
            return []

    ing = _ingester(Mem, shipped_places)
    an = ing.analyse(text)
    for m in an.mentions:
        a, b = m.sentence
        assert a <= m.start < m.end <= b
        assert match_key(text[m.start:m.end]) in {"hoejungri", "yongjodong"}
    for f in an.findings:
        assert text[f.start:f.end] == f.place


_CACHE = {}


def _ingester(mem_cls, places):
    if "ing" not in _CACHE:
        _CACHE["ing"] = Ingester(mem_cls(), places())
    return _CACHE["ing"]


def test_read_bytes_report_can_be_ingested_directly(shipped):
    from catalog.ingest import Ingester

    rep = read_bytes(b"A missile base near Yongjo-dong was busy.", "text")
    res = Ingester(shipped).ingest_report(rep, title="Bytes")
    assert res.sites_matched == ["kp-yeongjeo-dong"]


@pytest.mark.parametrize("sentence,expected", [
    ("The Punggye-ri Nuclear Test Site was demolished in May 2018.",
     [("Punggye-ri", "Nuclear Test Site")]),
    ("Google Earth imagery of the Kangson enrichment facility suggests expansion.",
     [("Kangson", "enrichment facility")]),
    ("The launch site in Sinpo and the test site at Musudan-ri were both active.",
     [("Sinpo", "launch site"), ("Musudan-ri", "test site")]),
    # a camp of troops is a base: "Camp Humphreys" (its name put after "Camp")
    ("US Forces Korea operates Osan Air Base and Camp Humphreys.",
     [("Osan", "Air Base"), ("Humphreys", "Camp")]),
    ("The Kim Chaek University of Technology runs a research reactor.", []),
    ("North Korea's missile bases remain a worry, the North Korean base included.", []),
    ("A missile base near Pyongyang was also growing.", []),
    ("Washington and Pyongyang had been locked in a standoff.", []),
    ("They met at the Capella Hotel on Sentosa island in Singapore.", []),
    ("Analysts Revisit a Mountain Missile Base", []),  # a headline: every word capitalized
    ("Additional tunnels were also found.", []),
    # a site of no kind, in a sentence of no arms or atoms: a plot for anything
    ("The council chose a site near Kusong for the new hospital wing.", []),
    ("Engineers surveyed a site near Kusong for the missile regiment.", [("Kusong", "site")]),
    # a part of a named facility, not a pad at the town: only the facility is found
    ("Crews poured a third pad at the Kusong Satellite Launch Center last winter.",
     [("Kusong", "Satellite Launch Center")]),
    # an arms industry's aircraft works, one named; plural works of one place are several
    ("Su-34s are still built at the Kusong aircraft plant.", [("Kusong", "aircraft plant")]),
    ("Not to be confused with the Kusong Aviation Plant.", [("Kusong", "Aviation Plant")]),
    ("Other sites include the aircraft factories at Kusong.", []),
    # a French atomic centre by its name
    ("Andra runs the Centre de l'Orvale for short-lived low-level waste.",
     [("Orvale", "Centre")]),
    # two nations' words before a base name no place of it: the base is the name before
    ("For comparison we imaged Tallow Garcia, the Anglo-American base in the archipelago.",
     [("Tallow Garcia", "base")]),
    # a Russian works by its one word ending in "zavod", in a sentence of arms
    ("The plant he works for, Kestrelzavod, sends tanks to the front.",
     [("Kestrelzavod", "Kestrelzavod")]),
])
def test_findings(shipped, sentence, expected):
    ing = Ingester(shipped)
    assert [(f.place, f.phrase) for f in ing.analyse(sentence).findings] == expected


def test_hard_wrapped_text_keeps_sentences_whole(shipped):
    text = ("Satellite pictures show that the missile base near\nYeongjeo-dong has grown, and "
            "that work\ncontinues at the Sinpo\nshipyard.\n\nA new paragraph starts here.\n")
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Satellite pictures show that the missile base near\nYeongjeo-dong has grown, and "
        "that work\ncontinues at the Sinpo\nshipyard.", "A new paragraph starts here."]
    an = Ingester(shipped).analyse(text)
    assert [m.site_id for m in an.mentions] == ["kp-yeongjeo-dong"]
    assert [(f.place, text[f.start:f.end]) for f in an.findings] == [("Sinpo", "Sinpo")]


def test_unwrapped_text_ends_sentences_at_line_breaks():
    text = "First Headline Here\nA sentence follows.\nAnother one"
    assert len(split_sentences(text)) == 3


def test_pdf_report_cites_a_sentence_wrapped_across_lines(shipped, tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_title("Imagery Brief")
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(60, 6, "Imagery from this spring shows that the missile base near "
                          "Yongjo-dong has been widened and that its tunnels were extended.")
    path = tmp_path / "brief.pdf"
    pdf.output(str(path))
    s = ingest(shipped, [path])
    (r,) = s.reports
    assert r.sites_matched == ["kp-yeongjeo-dong"]
    (c,) = shipped.citations(source_id=r.source_id)
    assert "\n" in c.quote  # the text layer wraps the sentence; the quote keeps it whole
    assert " ".join(c.quote.split()).startswith("Imagery from this spring")
    assert c.quote.endswith("extended.")
    assert shipped.get_source(r.source_id).title == "Imagery Brief"


def test_wrapped_multiword_name_keeps_exact_span(empty):
    text = ("Imagery shows that work continues at the Hamhung\nChemical factory, analysts\n"
            "said, and more was planned.\n")
    ing = Ingester(empty, places=[])
    (f,) = ing.analyse(text, wrapped=True).findings
    assert text[f.start:f.end] == f.place == "Hamhung"
    assert text[f.full_start:f.span_end] == f.full == "Hamhung\nChemical factory"
    assert f.site_name == "Hamhung Chemical factory"


@pytest.mark.parametrize("text", [
    # what the name is, said over the line break
    "Tallow Dongmen (41°47′N 123°29′E), on the eastern side of Shenyang, is a\n"
    "Northern Theatre Command airfield in a dense urban setting. It is home to a test unit.\n",
    # ... under a rule of dashes, a digest's item under its heading
    "----------------\nTallow Dongmen, about 45 km south of Shenyang, is\nthe closest "
    "big airfield to the coast. A new apron has\nbeen finished east of the runway.\n",
])
def test_a_hard_wrapped_sentence_says_what_a_name_is_over_its_line_break(empty, text):
    findings = Ingester(empty, places=[]).analyse(text, wrapped=True).findings
    assert [(f.name, f.facility_type) for f in findings] == [("Tallow Dongmen", "airbase")]


def test_a_hard_wrapped_sentence_states_a_place_over_its_line_break(empty):
    text = ("Tallow Air Base (BATG), about 4 km south-west of the centre of Campo Grande, in\n"
            "  Mato Grosso do Sul state, covers the borders with Bolivia and Paraguay, and\n"
            "  the Kestrel range lies in Inner\n  Mongolia's Ejin Banner.\n")
    statements = Ingester(empty, places=[]).analyse(text, wrapped=True).statements
    got = {(s.kind, s.anchor) for sts in statements for s in sts}
    assert {("distance", "Campo Grande"), ("admin", "Mato Grosso do Sul")} <= got
    assert ("near", "Inner Mongolia") in got  # (one space: no line's indent)


def test_a_hard_wrapped_sentence_names_an_air_base_over_its_line_break(empty):
    text = ("West. At Tarsinka, about 11 km south-west of Ulaanbaatar, the Testian Air Force's\n"
            "MiG-29s and transport aircraft are based; the old airport there was replaced\n"
            "by a new one for civil flights in 2021, the officials said again.\n")
    findings = Ingester(empty, places=[]).analyse(text, wrapped=True).findings
    assert [(f.name, f.facility_type) for f in findings] == [("Tarsinka", "airbase")]


def test_an_arms_works_named_in_spanish_is_found_in_a_sentence_of_no_facility_word(empty):
    text = "Fábrica Militar Río Tallow, in the town of Río Tallow, makes ammunition.\n"
    findings = Ingester(empty, places=[]).analyse(text).findings
    assert [(f.site_name, f.facility_type) for f in findings] == [
        ("Fábrica Militar Río Tallow", "production")]


def test_a_region_after_a_town_may_hold_a_particle():
    (dist,) = [s for s in statements_in("Tallow Air Base lies about 4 km south-west of Campo "
                                        "Grande in Mato Grosso do Sul state.")
               if s.kind == "distance"]
    assert dist.extra["regions"] == ("Mato Grosso do Sul",)  # not Mato Grosso, next door


def test_imported_gazetteer_locates_a_candidate(shipped, tmp_path):
    from catalog.gazetteer import read_places

    # A fictional village, so that no real place gets a made-up point.
    dump = tmp_path / "KP.txt"
    dump.write_text("9999002\tTesŏkkol-li\tTesokkol-li\tTesokkol-ri\t40.5\t127.5\tP\tPPL\tKP"
                    "\t\t01\t\t\t\t0\t\t\t\t2020-01-01\n", encoding="utf-8")
    shipped.add_places(read_places(dump))
    assert [p.place_id for p in shipped.places_named(match_key("Tesokkol-ni"))] == [
        "geonames:9999002"]
    report = tmp_path / "r.txt"
    report.write_text("In North Korea, the Tesokkol-ni missile base grew.", encoding="utf-8")
    (sid,) = ingest(shipped, [report], title="Grew").candidates_added
    site = shipped.get_site(sid)
    assert (site.lat, site.lon, site.location_method) == (40.5, 127.5, "gazetteer")
    assert sid == "kp-tesokkol-ni-missile-base" and site.facility_type == "missile base"


def test_a_batch_over_the_memory_budget_reads_reports_again_with_the_same_result(
        tmp_path, monkeypatch):
    import catalog.ingest.batch as ingest_mod
    from catalog import open_catalog

    reports = tmp_path / "reports"
    reports.mkdir()
    for k in range(6):
        (reports / f"r{k}.txt").write_text(
            f"Report {k}\n\nWork went on at the missile base near Yeongjeo-dong in week {k}.\n",
            encoding="utf-8")
    results = []
    for budget in (10**9, 1):  # all kept in memory / every report read again
        monkeypatch.setattr(ingest_mod, "BATCH_TEXT_BUDGET", budget)
        path = tmp_path / f"c{budget}.gpkg"
        build_catalog(path)
        with open_catalog(path) as cat:
            summary = ingest_mod.ingest(cat, [reports])
            results.append((summary.citations_added,
                            sorted((c.source_id, c.quote, c.char_start)
                                   for c in cat.citations(site_id="kp-yeongjeo-dong"))))
    assert results[0] == results[1] and results[0][0] == 6


@pytest.mark.parametrize("text, cc", [
    ("Russia said so.", "RU"), ("Russian engineers.", "RU"), ("Iranian officials.", "IR"),
    ("Iraqis voted.", "IQ"), ("A Burmese site.", "MM"), ("North Korean troops.", "KP"),
    ("Ukrainian drones.", "UA"), ("Lebanese media.", "LB"), ("Indians and others.", "IN"),
    ("Emirati jets.", "AE"), ("The Houthis fired.", "YE"),
    # a country and territories a report on bases abroad names
    ("The last jets left Chad in 2025.", "TD"), ("Chadian troops.", "TD"),
    ("HM Naval Base in Gibraltar.", "GI"), ("A base in Puerto Rico.", "PR"),
    ("The Chagos Archipelago.", "IO"), ("Saint Helena's airport.", "SH"),
    # Trinidad's capital is no word of Spain's, but Trinidad and Tobago's
    ("The navy's base west of Port of Spain.", "TT"), ("Trinidadian troops.", "TT")])
def test_a_country_named_by_any_of_its_words_is_counted(text, cc):
    assert country_counts(text) == {cc: 1}


def test_country_counts_equal_every_countrys_pattern_tried_on_the_labelled_texts():
    # the first-word filter only skips countries that cannot match
    data = Path(__file__).parent / "data"
    for p in sorted([*(data / "locate").iterdir(), *(data / "reports").iterdir()]):
        if p.suffix not in (".txt", ".md", ".html"):
            continue
        text = p.read_text(encoding="utf-8")
        brute = {cc: len(rx.findall(text)) for cc, rx in _COUNTRY_RE.items()}
        assert country_counts(text) == {cc: n for cc, n in brute.items() if n}, p.name


def test_located_countries_equal_every_countrys_pattern_tried_on_each_sentence():
    # the first-word filter only skips countries that cannot match
    from catalog.ingest.names import COUNTRY_WORDS, _locative, located_countries
    from catalog.ingest.sentences import split_sentences

    data = Path(__file__).parent / "data"
    found = set()
    for p in sorted([*(data / "locate").iterdir(), *(data / "locate-b").iterdir(),
                     *(data / "reports").iterdir()]):
        if p.suffix not in (".txt", ".md", ".html"):
            continue
        text = p.read_text(encoding="utf-8")
        for a, b in split_sentences(text):
            s = text[a:b]
            brute = {cc for cc in COUNTRY_WORDS if _locative(cc).search(s)}
            assert located_countries(s) == brute, s
            found |= brute
    assert len(found) >= 8
    # lower-casing that moves characters: every country tried
    assert located_countries("İn Iran's desert") == {"IR"}


def test_an_owner_is_not_a_place_and_a_naval_air_base_is_an_airfield():
    found = findings_in("Jets used the Baltic Fleet's airfield, the Army's missile base and "
                        "the Tonghae launch site.")
    assert [f.site_name for f in found] == ["Tonghae launch site"]
    assert facility_type_of("naval air base") == "airbase"


@pytest.mark.parametrize("sentence, after, alias", [
    ("The site, which the Guard calls the Shahroud Space Centre, lies in the desert.",
     "The site", "Shahroud Space Centre"),
    ('The test site, known to its staff as "Malan Base", covers a vast area.',
     "The test site", "Malan Base"),
    ("The Tallow Fuel Plant, known in the industry as Plant 202, makes fuel.",
     "The Tallow Fuel Plant", "Plant 202"),
    ("The older Caserma Tallow, known to most Americans simply as Camp Tallow, grew.",
     "The older Caserma Tallow", "Camp Tallow"),
    # past its place, to the name it is also called
    ("The Kesk radar station at Tallow, also called the Tallow radar station, watches.",
     "The Kesk radar station", "Tallow radar station"),
    # a base's name in its country's language, in a translator's brackets
    ("Tallow air base [Base aérienne 113 Tallow-Kesk], on the edge of Tallow, grew.",
     "Tallow air base", "Base aérienne 113 Tallow-Kesk"),
    # ... in brackets, who calls it so first: the name, not the caller
    ("- **Tallow test site** (the PLA calls it Kesk Base, after its town), grew.",
     "- **Tallow test site**", "Kesk Base"),
    # a former name by its number: the whole name, not the kind words every such base has
    ("The Tallow base, the former Aeródromo-Base n.º 3 of the air force, grew.",
     "The Tallow base", "Aeródromo-Base n.º 3"),
])
def test_other_names_given_by_whom_or_in_quotes(sentence, after, alias):
    assert [a for a, _ in aliases_after(sentence, len(after))] == [alias]


def test_two_names_it_is_also_called_joined_by_and():
    s = "Kesk Air Base, also called Tallow Air Base and the 3rd Tactical Air Base, lies north."
    assert [a for a, _ in aliases_after(s, len("Kesk Air Base"))] == [
        "Tallow Air Base", "3rd Tactical Air Base"]
    # (not a sentence's next clause in small letters)
    s = "Kesk Air Base, also known as Tallow and the army depot were hit."
    assert [a for a, _ in aliases_after(s, len("Kesk Air Base"))] == ["Tallow"]


@pytest.mark.parametrize("sentence, after, aliases", [
    ("Kestrel Air Base, known until 1992 as Tallow Air Base, lies north.",
     "Kestrel Air Base", ["Tallow Air Base"]),
    ("Kestrel Air Base (known as Tallow Air Base until 1992) lies north.",
     "Kestrel Air Base", ["Tallow Air Base"]),
    ("The former Tallow Air Base, now Kestrel Air Base, lies north.",
     "The former Tallow Air Base", ["Kestrel Air Base"]),
    ("The Arsenal de Tallow, today the Kestrel arsenal, repairs ships.",
     "The Arsenal de Tallow", ["Kestrel arsenal"]),
    ("The base was known as Tallow Air Base until it was renamed Kestrel Air Base.",
     "The base was known as Tallow Air Base", ["Kestrel Air Base"]),
    # "now" before no facility's name; a bracket's year alone names nothing
    ("Tallow Air Base, now Pakistan's largest base, lies north.", "Tallow Air Base", []),
    ("Tallow Air Base, now Monday's target, lies north.", "Tallow Air Base", []),
    ("Tallow Air Base (Kestrel 1951) lies north.", "Tallow Air Base", []),
    # its state or country set off before the brackets
    ("Fort Kestrel, Texas (Fort Tallow until now) lies north.", "Fort Kestrel",
     ["Fort Tallow"]),
    # ... but not where it is ("Fort Bliss, Texas (El Paso)")
    ("Fort Kestrel, Texas (El Paso) sent soldiers.", "Fort Kestrel", []),
    # ... or past where a list's item says it is, a name opening with its own first word
    ("Fort Kestrel, Virginia, just east of Orrin (Fort Tallow) — for", "Fort Kestrel",
     ["Fort Tallow"]),
    ("**Fort Kestrel**, Georgia, near Orrin (Fort Tallow since October 2023) — for",
     "**Fort Kestrel", ["Fort Tallow"]),
    # ... not a next item's, nor a longer name of another kind
    ("Fort Kestrel, Texas, and Fort Orrin (Fort Tallow) sent soldiers.", "Fort Kestrel", []),
    ("Fort Kestrel, Texas, near Orrin (Fort Tallow Army Depot) sent soldiers.",
     "Fort Kestrel", []),
    # ... nor a twin's or another place's in brackets after what it is
    ("- RAF Kestrel, Suffolk, next to its twin (RAF Tallow).", "- RAF Kestrel", []),
    ("- Camp Kestrel, Kuwait, a staging base (Camp Tallow in Iraq).", "- Camp Kestrel", []),
    # a renaming to come
    ("Fort Kestrel will be renamed Fort Tallow in May.", "Fort Kestrel", ["Fort Tallow"]),
])
def test_another_name_said_with_its_time(sentence, after, aliases):
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("sentence, after, aliases", [
    # a table's country code in brackets: no other name (and no citation of the plant by
    # every row that says "BG")
    ("Kestrel NPP (BG) | 2 | VVER-1000", "Kestrel NPP", []),
    ("Tallow Nuclear Power Station (CZE) | 4", "Tallow Nuclear Power Station", []),
    ("Kestrel Air Base (UK) is busy.", "Kestrel Air Base", []),
    # ... but initials that happen to be a code are its own
    ("The Kestrel Naval Base (KN) is busy.", "The Kestrel Naval Base", ["KN"]),
    ("The Tallow Research Reactor (TRR) is busy.", "The Tallow Research Reactor", ["TRR"]),
    # an airfield's code with its label: no name either ("ICAO" cited every table of codes)
    ("Kestrel Air Force Base (ICAO: FKES) is busy.", "Kestrel Air Force Base", []),
    ("Kestrel Air Base (IATA code KSK; also Tallow Field) is busy.", "Kestrel Air Base",
     ["Tallow Field"]),
])
def test_a_country_or_airfield_code_in_brackets_is_no_other_name(sentence, after, aliases):
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("sentence, former", [
    ("Harwick Space Base (formerly Tolsby Air Base) is busy.", ["Tolsby Air Base"]),
    ("Harwick Space Base — called Tolsby Air Base until 2023 — is busy.",
     ["Tolsby Air Base"]),
    ("Kestrel Air Base, known until 1992 as Tallow Air Base, lies north.",
     ["Tallow Air Base"]),
    ("The former Tallow Air Base, now Kestrel Air Base, lies north.", ["Tallow Air Base"]),
    ("Kestrel Air Base was renamed from Tallow Air Base in 1992.", ["Tallow Air Base"]),
    ("The base was previously called Tallow Air Base.", ["Tallow Air Base"]),
    # other names of today, and a name the base had no time limit on
    ("Harwick Space Base, also known as Tolsby, is busy.", []),
    ("Harwick Space Base (officially Tolsby Air Base) is busy.", []),
    ("The base, called Tallow Air Base by locals, lies north.", []),
    ("Jets flew to Tallow Air Base until 1992.", []),
])
def test_former_names(sentence, former):
    assert [n for n, _ in former_names(sentence)] == former


def test_a_name_renamed_is_a_former_one():
    s = "Tolsby Air Base, renamed Harwick Space Base in 2023, is busy."
    assert renamed_after(s, len("Tolsby Air Base"))
    assert renamed_after("Tolsby Air Base was renamed Harwick.", len("Tolsby Air Base"))
    assert not renamed_after(s, s.index(" in 2023"))
    assert not renamed_after("Tolsby Air Base was renamed from Orr Field.",
                             len("Tolsby Air Base"))


def test_a_base_named_by_its_number_and_whose_it_is_keeps_that_name():
    (f,) = findings_in("The 102nd Russian Military Base in Testburg is the largest.")
    assert f.site_name == "102nd Russian Military Base"  # not "Testburg Military Base"
    assert findings_in("On 12th March Air Base Testburg closed.") == []  # a date


def test_a_peoples_word_opening_a_name_in_capitals_is_part_of_it():
    # "the Belarusian Nuclear Power Plant, near Astravets": the plant's name, not a place's
    (f,) = findings_in("The Belarusian Nuclear Power Plant, near Testville, reached full "
                       "output.")
    assert f.site_name == "Belarusian Nuclear Power Plant"  # (was "Nuclear Power Plant")
    (f,) = findings_in("Enrichment resumed at the American Centrifuge Plant in 2023.")
    assert f.site_name == "American Centrifuge Plant"
    # but a base a people's word describes is named after the town it is at
    (f,) = findings_in("Jets flew from the Russian Air Base at Testburg.")
    assert f.site_name == "Testburg Air Base"


def test_facility_words_in_capitals_saying_more_than_a_kind_are_a_name():
    # "the Defense Waste Processing Facility, which vitrifies ...": no place, its own name
    (f,) = findings_in("Next door stands the Munitions Waste Processing Facility, which "
                       "treats sludge.")
    assert f.site_name == "Munitions Waste Processing Facility"
    # (one word more than a kind's, of three: "the Uranium Processing Facility")
    (f,) = findings_in("Crews are building the Uranium Processing Facility there.")
    assert f.site_name == "Uranium Processing Facility"
    assert findings_in("Work began on the Processing Facility.") == []
    # a kind in capitals, or a headline's words, name nothing
    assert findings_in("The Nuclear Power Plant was shut for a week.") == []
    assert findings_in("Inside the Munitions Waste Processing Facility") == []


def test_a_thermal_oxide_plant_is_the_atoms_and_an_aircrafts_name_may_open_a_title():
    (f,) = findings_in("The Thermal Oxide Reprocessing Plant (TORP) closed in 2018.")
    assert f.site_name == "Thermal Oxide Reprocessing Plant"
    assert findings_in("The Testburg thermal power station burns coal.") == []
    # "Vulcan" is a bomber's name, and the first word of a name all in capitals
    names = [f.site_name for f in findings_in(
        "The Vulcan Naval Reactor Test Establishment, just west of the site, tested cores.")]
    assert names == ["Vulcan Naval Reactor Test Establishment"]
    names = [f.site_name for f in findings_in("The Vulcan Missile Test Site at Testburg.")]
    assert names == ["Testburg Missile Test Site"]


@pytest.mark.parametrize("sentence, names", [
    ("The Kesk Plant makes tanks and armoured vehicles.", ["Kesk Plant"]),
    ("The Kesk Machine-Building Plant makes the BMP-3 infantry fighting vehicle.",
     ["Kesk Machine-Building Plant"]),
    ("The Kesk Plant makes fuel tanks for trucks.", []),  # no arms
    ("The Kesk Brewing Plant makes beer.", []),
    ("The Kesk Reservoir Works makes fuel tanks and propane tanks for tractors.", []),
    # (an army's vehicles where no works makes them: police at a strike)
    ("Police armoured vehicles blocked the streets outside the Kesk Works on strike.", []),
    # a trade's word is no name, nor a firm's ending a works' word
    ("The Dockyard and Engineering Works has built landing craft and shells.", []),
    ("KESK AEROSPACE CENTRE LIMITED makes drones for the army.", []),
    ("Kesk Ordnance Depot Ltd stores missiles.", []),  # (no place "Ltd")
])
def test_a_works_in_capitals_that_makes_an_armys_vehicles_is_a_site(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_a_garrisons_family_services_are_no_site():
    # "At Rose Barracks, in Vilseck, the new child development center is taking
    # registrations": the barracks, not a "Vilseck development center"
    names = [f.site_name for f in findings_in(
        "At Tallow Barracks, in Kesk, the new child development center is taking "
        "registrations.")]
    assert names == ["Tallow Barracks"]
    # (but North Korea's "Youth" works make arms: the "Namhung Youth Chemical Complex")
    assert [f.site_name for f in findings_in(
        "The Kesk Youth Chemical Complex makes missile fuel.")] == ["Kesk Youth Chemical Complex"]
    # ... nor an aircraft's base by the aircraft's name ("a landing fee ... for the Osprey
    # base", Camp Saga)
    assert findings_in("Kesk Prefecture negotiated a landing fee for the Osprey base.") == []


def test_a_firms_yard_is_named_after_the_place_after_the_firms_words():
    # "the Samsung Heavy Industries Geoje Shipyard": Geoje's yard, not at a village Samsung
    (f,) = findings_in("Will the Kesk Heavy Industries Tallow Shipyard build the frigates?")
    assert (f.site_name, f.name) == ("Kesk Heavy Industries Tallow Shipyard", "Tallow")
    (f,) = findings_in("Will the Kesk Ocean Tallow Shipyard build the frigates?")
    assert f.name == "Kesk Ocean Tallow"  # (no firm's word: the words before are the name)
    (f,) = findings_in("Frigates were built at the Kesk Corporation Tallow Shipyard.")
    assert f.name == "Tallow"
    # (a unit's words are no firm's: "the Sariwon Army Engineering Regiment Barracks")
    (f,) = findings_in("Troops left the Kesk Army Engineering Regiment Barracks in 2019.")
    assert f.name == "Kesk"
    # a trade's word names no place, and the town after the works does
    (f,) = findings_in("Warheads were assembled at the Instrument Plant in Tallow.")
    assert f.name == "Tallow"


def test_an_encapsulation_plant_is_the_atoms():
    (f,) = findings_in("Spent fuel will be encapsulated at the Testvik encapsulation plant.")
    assert (f.site_name, f.facility_type) == ("Testvik encapsulation plant", "nuclear")


@pytest.mark.parametrize("sentence", [
    "France lost its Saharan test sites when Algeria became independent.",
    "It is the largest operational base of the Royal Testland Air Force.",
    "Ministers back the Regulated Asset Base model for new plants.",
    # a town's water works, a shop's batteries, a coal miner's combine, a seaside town
    "The Tallow water treatment plant was flooded in May.",
    "The Tallow Battery shop on the high street sells them cheaply.",
    "The Tallow Mining Combine still digs coal for the power station.",
    "We spent a week by the sea at Forte dei Marmi.",
    "Tourists come from the Kesk Holt plant's town to see the missiles museum.",
    # a programme's class of sites, an adverb of time opening it
    "FORMERLY USED DEFENSE SITES (FUDS) PROGRAM - PROPERTY FACT SHEET",
    "The silos are listed as Formerly Used Defense Sites by the Corps.",
])
def test_a_continent_a_service_or_a_civil_works_names_no_site(sentence):
    assert findings_in(sentence) == []


def test_a_continents_base_and_a_wine_factory_are_no_sites(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("The Africa base of the command grew in Djibouti. Light industry in "
                 "Testburg includes a silk mill and the Testburg Grape Wine Factory.",
                 encoding="utf-8")
    ingest(empty, [p])
    assert empty.sites(None) == []


def test_a_civil_word_of_a_places_name_makes_no_civil_works():
    """'Sugar Grove Station' is a station at Sugar Grove, no sugar works; the 'Testburg
    Sugar Factory' is one."""
    assert [f.site_name for f in findings_in(
        "Sugar Tallow Station, in the mountains, intercepted satellites.")] == [
        "Sugar Tallow Station"]
    assert findings_in("The Testburg Sugar Factory and Silk Testing Site opened.") == []


def test_an_air_forces_gunnery_or_bombing_range_is_a_site():
    assert [f.site_name for f in findings_in(
        "- the Tallow Valley Gunnery Range in Kesk, used by fighter squadrons.")] == [
        "Tallow Valley Gunnery Range"]
    assert [f.site_name for f in findings_in("The Kesk bombing range was closed.")] == [
        "Kesk bombing range"]


def test_a_camp_named_after_its_place_keeps_its_word_before_a_bracket():
    """'Terendak Camp (Kem Terendak)': the word after the bracket opens no camp's name, as
    "Humphreys" does in "Camp Humphreys"."""
    (f,) = findings_in("The army's Tallow Camp (Kem Tallow), 15 km north of Kesk, was built.")
    assert f.site_name == "Tallow Camp"


def test_a_communications_station_in_capitals_is_named_whole_and_launches_nothing():
    """'the Australian Defence Satellite Communications Station': facility words after a
    people's word (no place's word among them); a station for satellites' links is no
    launch site."""
    (f,) = findings_in("It is the Orvalian Defence Satellite Communications Station, about "
                       "25 km east of Kesk.")
    assert (f.site_name, f.facility_type) == (
        "Orvalian Defence Satellite Communications Station", "other")
    assert facility_type_of("satellite ground station") == "other"
    assert facility_type_of("satellite launch station") == "launch site"


def test_ground_and_tracking_stations_are_sites_and_a_systems_letters_no_place():
    """'The LAPAN Biak ground station', 'the Kaena Point Satellite Tracking Station'; in
    'the MUOS ground station at Niscemi' the letters are a system's: the site is Niscemi's
    (but a reactor's capitals are its name: 'the MARIA reactor at Swierk')."""
    assert [(f.site_name, f.place) for f in findings_in(
        "The ORVA Tallow ground station has tracked launches.")] == [
        ("ORVA Tallow ground station", "ORVA Tallow")]
    assert [f.site_name for f in findings_in("The Kesk tracking station closed.")] == [
        "Kesk tracking station"]
    assert [f.place for f in findings_in("The ORVA ground station at Tallow opened.")] == [
        "Tallow"]
    assert [f.place for f in findings_in("The ORVA reactor at Tallow opened.")] == ["ORVA"]
    assert findings_in("The Tallow proving ground is closed.")[0].phrase == "proving ground"


def test_a_cantonment_in_capitals_is_a_garrison_of_troops_not_a_works_town():
    """'Kharian Cantonment ... described convoys', 'V Corps at Malir Cantonment'; not 'the
    Ordnance Factories at Wah Cantonment', the town the factories stand in."""
    assert [f.site_name for f in findings_in(
        "Residents of Tallow Cantonment, about 30 km north-west of Kesk, described convoys.")
    ] == ["Tallow Cantonment"]
    assert [f.site_name for f in findings_in(
        "The army's V Corps at Tallow Cantonment held drills.")] == ["Tallow Cantonment"]
    assert [f.site_name for f in findings_in(
        "The Orvale Ordnance Factories at Tallow Cantonment make artillery shells.")] == [
        "Orvale Ordnance Factories"]
    assert findings_in("The Tallow Cantonment board met on Monday.") == []
    assert [f.site_name for f in findings_in(
        "Tallow Cantonment (Talo) is on the south-eastern edge of Kesk.")] == [
        "Tallow Cantonment"]
    assert findings_in("The firm is at Plot 7-A, Street 3, Tallow Cantonment, Kesk "
                       "District, and builds fuzes.") == []
    assert [f.site_name for f in findings_in(
        "Tallow Cantonment was closed to civilian traffic, a shopkeeper said.")] == [
        "Tallow Cantonment"]
    assert [f.phrase for f in findings_in(
        "Armour: the Tallow cantonment in the Dooars holds a mountain division.")] == [
        "cantonment"]


def test_an_armed_services_academy_is_a_site_not_an_academy_of_sciences():
    assert [f.site_name for f in findings_in(
        "Cadets at the Orvalian Military Academy were told the parade would go ahead.")] == [
        "Orvalian Military Academy"]
    assert findings_in("The Orvalian Academy of Sciences and the Academy of Military "
                       "Science met.") == []


def test_cantonments_listed_after_their_kind_are_sites():
    assert [f.site_name for f in findings_in(
        "Residents of the hill cantonments, namely Tallow Cantonment and Kesk Cantonment in "
        "Orvale, asked the ministry for roads.")] == ["Tallow Cantonment", "Kesk Cantonment"]


def test_a_unit_in_brackets_after_a_site_is_no_other_name_of_it():
    """'- Sukna military station (33 Corps)': the corps it hosts."""
    for unit in ("33 Corps", "II Corps", "55th Infantry Division"):
        text = f"- Tallow military station ({unit})"
        assert aliases_after(text, text.index(" (")) == [], unit
    text = "- Tallow Air Base (Kesk Airport)"
    assert aliases_after(text, text.index(" (")) == [("Kesk Airport", 19)]


def test_facility_words_in_capitals_joined_by_and_are_a_facilitys_own_name():
    assert [f.site_name for f in findings_in(
        "The Launch and Landing Facility lies about 11 km east of Kesk.")] == [
        "Launch and Landing Facility"]


def test_a_british_garrisons_lines_in_capitals_of_troops_are_a_site():
    assert [f.site_name for f in findings_in(
        "The army's Gurkha battalion lives at Tallow Lines, in Kesk.")] == ["Tallow Lines"]
    assert findings_in("Troops held the front lines near Kesk.") == []
    assert findings_in("The Tallow Lines ferry company runs boats to Kesk.") == []


def test_a_bold_name_after_a_full_stop_opens_a_sentence_but_not_after_a_list_number():
    text = ("Kesk had camps. **Camp Tallow** closed in 2014. __Camp Orvale__ did not.\n"
            "1. **Tallow Reef** - a radar.\n")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Kesk had camps.", "**Camp Tallow** closed in 2014.", "__Camp Orvale__ did not.",
        "1. **Tallow Reef** - a radar."]


def test_key_opening_a_name_is_its_word_not_an_important_one():
    (f,) = findings_in("The uranium mine sends its ore to the Key Testlake mill by road.")
    assert f.site_name == "Key Testlake mill"
    (f,) = findings_in("The key Tallow missile base was hit.")
    assert f.site_name == "Tallow missile base"


def test_a_spent_fuel_repository_is_a_storage_site_and_a_data_repository_none():
    (f,) = findings_in("The island holds the Testlo spent nuclear fuel repository, built by "
                       "a utility.")
    assert (f.site_name, f.facility_type) == ("Testlo spent nuclear fuel repository", "storage")
    assert findings_in("The code lives in a Testburg data repository.") == []


@pytest.mark.parametrize("word", ["Neither", "Either", "Whichever"])
def test_a_determiner_opening_a_sentence_names_no_base(word):
    assert findings_in(f"{word} base is large.") == []


@pytest.mark.parametrize("sentence", [
    "Officials said the Testburg Air Base's runway was closed.",
    "Officials said the Testburg Air Base’s runway was closed.",
])
def test_a_possessive_after_the_facility_words_is_not_part_of_the_name(sentence):
    (f,) = findings_in(sentence)
    assert f.site_name == "Testburg Air Base" and sentence[f.span_end - 4:f.span_end] == "Base"


def test_a_numbered_bases_number_is_part_of_its_name():
    """'the 7th Tactical Air Base' and 'the 32nd Tactical Air Base' are two bases: without
    their numbers both were one 'Tactical Air Base', and the second report's point went to
    the first's base, thousands of kilometres off."""
    (f,) = findings_in("Jets left the 7th Tactical Air Base at dawn.")
    (g,) = findings_in("The 32nd Tactical Air Base flies F-16s.")
    assert (f.site_name, g.site_name) == ("7th Tactical Air Base", "32nd Tactical Air Base")
    assert [h.site_name for h in findings_in("In 2019, 12 Hawk Air Base jets flew.")] == [
        "Hawk Air Base"]  # a count of jets before the name is no part of it


@pytest.mark.parametrize("sentence, after, aliases", [
    # (a French base's number names it, in its words or by their initials)
    ("Tankers fly from Gravelle Air Base (Base aérienne 901, BA 901), west of the town.",
     "Tankers fly from Gravelle Air Base", ["Base aérienne 901", "BA 901"]),
    ("The Wexley works (the Plant, or Works No. 4) makes propellant.", "The Wexley works",
     ["Works No. 4"]),
])
def test_facility_words_alone_are_no_other_name(sentence, after, aliases):
    """'Base' of 'Base aérienne 901' names nothing: as an alias it would tie every later
    report saying 'Base' (a title's 'The Industrial Base of ...') to this site."""
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("sentence, after, aliases", [
    # "or" after a name that "also known as" introduces: a third name
    ("The base, also known as Tallowby Air Base or the 9th Tactical Air Base, lies north.",
     "The base", ["Tallowby Air Base", "9th Tactical Air Base"]),
    # "or" alone, or after a name in brackets, joins two sites
    ("Strikes hit Tallowby Air Base or Orvale Air Base, officials said.",
     "Strikes hit Tallowby Air Base", []),
    ("Strikes hit Tallowby Air Base (TAB) or Orvale Air Base.",
     "Strikes hit Tallowby Air Base", ["TAB"]),
])
def test_or_after_a_name_called_so_is_another_name(sentence, after, aliases):
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("text, site, kind", [
    ("Work went on at the Hami silo field.", "Hami silo field", "missile base"),
    ("A new military airstrip at Toksan was paved.", "Toksan military airstrip", "airbase"),
    ("Radars ringed the Natanz air defense site.", "Natanz air defense site", "other"),
    # an airstrip named after its island, with no word of arms before it
    ("The Kesk al-Tallow airstrip has no declared owner.", "Kesk al-Tallow airstrip",
     "airbase"),
    ("Offshore, the Tallow Island airstrip appears in strike lists.",
     "Tallow Island airstrip", "airbase"),
    # the air force's station at a town, in small letters: an air base named after it
    ("The dispersal includes the air force station at Tallow, west of the city.",
     "Tallow air force station", "airbase"),
    ("The jets flew from the Tallow air force station.", "Tallow air force station",
     "airbase"),
    # a reactor by its purpose: its name before it
    ("The navy runs the KESTREL prototype reactor near Tallow.", "KESTREL prototype reactor",
     "nuclear"),
    ("The RA-99 multipurpose reactor is under construction.", "RA-99 multipurpose reactor",
     "nuclear"),
])
def test_silo_fields_and_airstrips(text, site, kind):
    assert [(f.site_name, f.facility_type) for f in findings_in(text)] == [(site, kind)]


@pytest.mark.parametrize("text, names", [
    # a frontier's post or checkpoint, a garrison, a camp where troops are based, after
    # their place's name in small letters
    ("The Tallowkhan border post, the main crossing, reopened for trade.",
     ["Tallowkhan border post"]),
    ("Troops at the Quillada post, on the border, reported cross-border fire.",
     ["Quillada post"]),
    ("Azerbaijan's Kestrelin checkpoint, set up at the bridge, is now a customs post.",
     ["Kestrelin checkpoint"]),
    ("A bomber struck a convoy leaving the Kesk cantonment.", ["Kesk cantonment"]),
    ("The Tallow post on the river serves the brigades that hold the sector.",
     ["Tallow post"]),
    ("Special forces were based at the Kestrelsin camp outside the capital.",
     ["Kestrelsin camp"]),
    # (or of a sentence of troops: "Further along the border, the Fotokol camp faces ...";
    # a Nigerian "super camp", a town's fortified garrison, by its kind)
    ("Further along the border, the Tallowkol camp faces the town of Kesk.",
     ["Tallowkol camp"]),
    ("Kesk super camp, about 70 km south-east of Tallow, is the largest of the positions.",
     ["Kesk super camp"]),
    ("The Kestrel forward operating base, near the border, was closed.",
     ["Kestrel forward operating base"]),
    ("Images show new barracks at the Tallowak outpost in the mountains.",
     ["Tallowak outpost"]),
    # not a post on social media, a newspaper, a camp of refugees, a border area, a town
    ("In a Telegram post, the army said troops had crossed the border.", []),
    ("The Washington Post reported troops at the border.", []),
    ("Thousands fled to the Zamzam camp, where displaced families are based.", []),
    ("Border guards found civilians at the Kesk camp.", []),
    ("The Kesk border area is calm.", []),
    # (its words at a sentence's end; not a post office, a cantonment's board, a camp
    # troops were sent into, a news agency's post, a checkpoint of a model)
    ("Men waited near the Tallowkhan border post.", ["Tallowkhan border post"]),
    ("The Tallow Air Base post office handles mail for the base.", ["Tallow Air Base"]),
    ("The army said the Kesk post office was hit by fire.", []),
    ("The party won most wards in the Kesk cantonment board elections.", []),
    ("Troops were deployed in the Tallow camp on Tuesday.", []),
    ("Border guards said the Kestrel post was inaccurate.", []),
    ("Researchers released the Kestrel checkpoint used in the drone study.", []),
    ("The factory is in Kesk Cantonment, near the capital.", []),
])
def test_a_frontiers_posts_and_troops_camps(text, names):
    assert [f.site_name for f in findings_in(text)] == names


@pytest.mark.parametrize("text, names", [
    # an armed service's school's name goes on with "of" and its arm in capitals
    ("The Kesk Higher Military School of Air Defence, in Kesk, trains officers.",
     ["Kesk Higher Military School of Air Defence"]),
    ("The Tallow Military Academy of Radiological, Chemical and Biological Defence moved.",
     ["Tallow Military Academy of Radiological, Chemical and Biological Defence"]),
    ("The Peter the Great Military Academy of the Strategic Missile Forces moved.",
     ["Peter the Great Military Academy of the Strategic Missile Forces"]),
    # (not its country's name, nor a school of no service)
    ("He studied at the Naval Academy of Pakistan in Kesk.", ["Pakistan Naval Academy"]),
    ("He studied at the Kesk Academy of Fine Arts.", []),
])
def test_a_service_schools_name_and_its_arm(text, names):
    assert [f.site_name for f in findings_in(text)] == names


def test_a_towns_word_that_is_a_months_short_name_is_part_of_its_name():
    # "the Sa Dec naval base": no month's "Dec" (a date's follows a number)
    text = "The navies kept boat bases at the Kesk naval base and the Sa Dec naval base."
    assert [f.site_name for f in findings_in(text)] == ["Kesk naval base", "Sa Dec naval base"]
    assert [f.site_name for f in findings_in("Kesk Air Base opened on 3 Dec and closed.")] == [
        "Kesk Air Base"]


@pytest.mark.parametrize("text, names", [
    # a fleet's anchorage by its place's name, in a sentence of warships or a navy
    ("Its oilers and floating drydocks lay in the Kesk anchorage, the main fleet base.",
     ["Kesk anchorage"]),
    ("Offshore, the Tallowjima anchorage sheltered the Combined Fleet before Midway.",
     ["Tallowjima anchorage"]),
    # (not a yachts' anchorage)
    ("Yachts use the Kesk anchorage in summer.", []),
])
def test_a_fleets_anchorage(text, names):
    assert [f.site_name for f in findings_in(text)] == names


@pytest.mark.parametrize("text, names", [
    # a Soviet works by its name: a production association of arms
    ("The Kesk Aircraft Production Association builds the Su-99.",
     ["Kesk Aircraft Production Association"]),
    ("The Kesk Production Association near Tallowsk operates a plutonium reprocessing "
     "plant.", ["Kesk Production Association"]),
    # not of films, of no arms nor atoms
    ("The Korean Film Production Association protested the sanctions.", []),
    ("The Kesk Trade Association met.", []),
])
def test_an_arms_production_association_is_a_works(text, names):
    assert [f.site_name for f in findings_in(text)] == names


def test_an_oil_field_or_a_football_field_is_no_site():
    assert findings_in("The Rumaila oil field and a football field near Basra.") == []


def test_a_weapon_or_a_unit_is_no_facility_but_a_rocket_complex_is():
    text = ("A Sarmat silo at Plesetsk failed; the 10th Tanker Base Command moved; the Soyuz "
            "launch complex at Vostochny was busy.")
    found = {f.site_name: is_weapon_or_unit(f, text) for f in findings_in(text)}
    assert found.get("10th Tanker Base") is True  # its number is its name's
    # the weapon's name is no place; the silo at Plesetsk is a facility
    assert "Sarmat silo" not in found and found.get("Plesetsk silo") is False
    assert not any(found.get(k) for k in found if "Soyuz" in k)


def test_a_table_row_is_a_sentence_of_its_own_in_wrapped_text():
    text = ("Positions are approximate and\nrefer to the main berthing area, as the\n"
            "sources give them.\n\nNo. | Base | Position\n1 | Alpha base | 40N 125E\n"
            "2 | Beta base | 41N 126E\n")
    rows = [text[a:b] for a, b in split_sentences(text) if "|" in text[a:b]]
    assert rows == ["No. | Base | Position", "1 | Alpha base | 40N 125E",
                    "2 | Beta base | 41N 126E"]


def test_a_word_for_any_facility_at_a_town_is_the_one_site_named_after_it(tmp_path):
    path = tmp_path / "c.gpkg"
    with open_catalog(path, create=True) as cat:
        cat.add_site(Site("kp-sinpo-shipyard", "Sinpo shipyard", "naval base",
                          review_status="candidate"))
        ing = Ingester(cat)
        # Sinpo is a town too: "the Sinpo site" is the shipyard, "the Sinpo reactor" is not
        assert ing.site_by_stem("Sinpo site", "other") == "kp-sinpo-shipyard"
        assert ing.site_by_stem("Sinpo reactor", "nuclear") is None


def test_facility_words_then_a_comma_and_a_place():
    assert [(f.site_name, f.name) for f in findings_in(
        "The city also hosts China's first aircraft carrier base, at Guzhenkou on the bay.")
    ] == [("Guzhenkou base", "Guzhenkou")]
    assert findings_in("The missile base, in a statement issued on Monday, said so.") == []


def test_a_military_airport_is_a_facility_an_international_one_is_not():
    found = findings_in("Blasts struck the Mezzeh Military Airport; flights left Imam "
                        "Khomeini International Airport as usual.")
    assert [(f.site_name, f.facility_type) for f in found] == [
        ("Mezzeh Military Airport", "airbase")]


def test_a_reactor_design_or_a_force_is_no_place():
    text = ("Two VVER-440 power reactors run there; the RAF station was closed; the Paks "
            "nuclear plant and RAF Fairford stayed open.")
    kept = [f.site_name for f in findings_in(text) if not is_weapon_or_unit(f, text)]
    assert "Paks nuclear plant" in kept
    assert not any(k.startswith(("VVER", "RAF station")) for k in kept)
    # a British reactor design names a kind of station, no place
    text = "Tallow Hall, the first Magnox station, and an AGR station closed."
    assert not any(k.startswith(("Magnox", "AGR")) for k in
                   [f.site_name for f in findings_in(text) if not is_weapon_or_unit(f, text)])


@pytest.mark.parametrize("sentence, names", [
    # a civil head in capitals after a proper name is the plant's own name
    ("At present India enriches uranium at the Rare Materials Plant near Mysuru.",
     ["Rare Materials Plant"]),
    ("He toured the Ulba Metallurgical Plant, which makes nuclear fuel pellets.",
     ["Ulba Metallurgical Plant"]),
    # only in a sentence about arms or the atom: not a car plant, not a starch factory
    ("Workers at the Hyundai Motor Plant in Ulsan went on strike on Tuesday.", []),
    # ... or about a defence industry or its drones ("the Kestrel Gunpowder Plant" in a
    # table of strikes on it)
    ("| 7 | Kestrel Gunpowder Plant | Orvansk Oblast | fire in the drone workshop |",
     ["Kestrel Gunpowder Plant"]),
    ("The Kestrel Electromechanical Plant in Orvansk is a mainstay of the defence industry.",
     ["Kestrel Electromechanical Plant"]),
    ("The Pyongyang Cornstarch Factory reopened in June.", []),
    # an underground plant is one of ours, whatever it makes
    ("Work on the Tarhuna underground plant was halted in 1996.",
     ["Tarhuna underground plant"]),
    # but not a power plant, a plant in small letters or one word in capitals
    ("We toured a power plant and the Kraft plant.", []),
    ("The Plant closed.", []),
    ("The Stimson Center published it.", []),
    # a show's or a publication's site on the web
    ("Transcripts are on the Example Nuclear Podcast site.", []),

])
def test_plants_named_in_capitals_and_underground_plants(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # "on" is no preposition of place for facility words: a date, an imagery source
    ("At least eleven jets were parked at the air base on Nov. 18, images show.", []),
    ("Work at the missile base on Tuesday was halted.", []),
    ("Analysts spotted new construction at the launch site on Google Earth imagery.", []),
    ("Analysts examined the missile base on Christmas Eve, when the snow had cleared.", []),
    # an acronym in brackets between the facility's words and its place
    ("Iran resumed work at the Uranium Conversion Facility (UCF) in Isfahan in April.",
     ["Isfahan Uranium Conversion Facility"]),
    ("The missile base (see map) near Sakkanmol grew.", []),
    # what a name is, not a facility of the place after it ("Tallow Station is the naval
    # base in Holt"); but a common noun's ("the target was ...") is that place's
    ("Tallow Station is the naval base in Holt itself.", ["Tallow Station"]),
    ("The target was the naval base in Holt.", ["Holt naval base"]),
    # "in the X": a region ("the Levant", "the Balkans"), no place a site is named after
    ("Map: every airfield in the Kestrel, and the camp in the Tallowlands.", []),
    # "in X, Y and Z regions": provinces
    ("Drones hit the air base in Kestrel, Holt and Tarsin\nregions.", []),
    # plural facility words over a list of places: one facility at each, in the singular
    ("Missiles hit air bases at Tallow, Kesk and Holt Field, the army said.",
     ["Tallow air base", "Kesk air base", "Holt Field air base"]),
    ("The aircraft factories at Tallow and Kesk were shut.",
     ["Tallow aircraft factory", "Kesk aircraft factory"]),
    # ... a country after the list is where they are; no list: several of one place
    ("Jets used air bases at Tallow and Kesk, Pakistan, officials said.",
     ["Tallow air base", "Kesk air base"]),
    ("Jets used air bases at Tallow, Pakistan.", []),
    # "and at Y" again, also after where the first place is
    ("It added radar stations at Tallowsk in the Holt Region and at Keskovka near Brinsk.",
     ["Tallowsk radar station", "Keskovka radar station"]),
    ("Jets used the air bases at Tallow and at Kesk.", ["Tallow air base", "Kesk air base"]),
    ("Jets used the air bases at Tallow in Holt Oblast.", []),
    # fields over a list of places: a field at each; at one place, that place's field
    ("The silo fields at Tallow and Kesk were expanded.",
     ["Tallow silo field", "Kesk silo field"]),
    ("The silo fields at Tallow were expanded.", ["Tallow silo fields"]),
    ("The oil fields at Tallow and Kesk burned.", []),
    # a count before plural facility words is no part of the name
    ("China is building some 120 silos near Kesk.", ["Kesk silos"]),
    ("It has 300 missile silos near Holt.", ["Holt missile silos"]),
    # a force's acronym before the facility words is its owner, no place's name (but a
    # reactor's design with its number may be the one reactor's name)
    ("Further east, the PLARF base at Kesk is being expanded.", ["Kesk base"]),
    ("The IRGC missile base near Kesk grew.", ["Kesk missile base"]),
    ("The BN-350 reactor at Kesk closed.", ["BN-350 reactor"]),
    # a name of its own in capitals near a place: the place is where, no word of it
    ("Nuclear waste goes to the Low Level Waste Repository near Kesk.",
     ["Low Level Waste Repository"]),
    # India's power projects; works making arms; a waste repository (not a waste water
    # plant's "project", nor a campaign's)
    ("An error involved the Kesk Nuclear Power Project in Holt district.",
     ["Kesk Nuclear Power Project"]),
    ("Analysts identified it as the Kesk arms plant in Holt Province.", ["Kesk arms plant"]),
    ("Nuclear waste goes to the Kesk Waste Repository.", ["Kesk Waste Repository"]),
    ("The Kesk Nuclear Accountability Project said so.", []),
    # spent fuel's interim stores (not a shop), spies' listening stations
    ("Spent fuel waits in the central Kesk interim store, in Holt.", ["Kesk interim store"]),
    ("The Kesk store sold bread.", []),
    ("Next time: the Kesk listening station in West Holt.", ["Kesk listening station"]),
    # named after a date, at its place (but a date of an event is no part of a name)
    ("The 3 July Naval Base at Kesk, west of Holt, is new.", ["3 July Naval Base"]),
    ("On 3 July the naval base at Kesk was hit.", ["Kesk naval base"]),
    # radioactive waste's stores
    ("The Kesk radioactive waste storage facility holds waste.",
     ["Kesk radioactive waste storage facility"]),
    # a country's airfields list no name before them
    ("Cite as: Example Data Desk, Yemen airfields strike log.", ["Yemen airfield"]),
])
def test_facility_words_on_a_place(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, places", [
    # a state's laboratory at a place: the place is no "Tallowby National"
    ("Tallowby National Laboratory designs warheads.", ["Tallowby"]),
    ("The Holt National Security Site hosts tests.", ["Holt"]),
    # ... but a country's own centre has no place
    ("Kazakhstan's National Nuclear Center runs reactors.", ["National"]),
])
def test_national_after_a_place_is_no_part_of_it(sentence, places):
    assert [f.place for f in findings_in(sentence)] == places


@pytest.mark.parametrize("sentence, names", [
    # a weapon's name is no place: the silo is at Plesetsk
    ("A Sarmat silo at Plesetsk was wrecked in a failure last year.", ["Plesetsk silo"]),
    ("The Hwasong missile base near Sakkanmol grew.", ["Sakkanmol missile base"]),
    ("Russia launched from Plesetsk, where a Sarmat silo was wrecked.", []),
    # ... but before "air base" it is the place's the missile is named after
    ("Su-35s landed at Burevestnik air base on Iturup.", ["Burevestnik air base"]),
    # aircraft, air defence systems and the bombs' vaults are things kept at a base
    ("New F-35A shelters are under way, and the MiG-29 base was quiet.", []),
    ("Whether Moscow reads the Aegis sites as one system is unclear.", []),
    ("The Aegis Ashore site at Redzikowo was declared operational.", ["Redzikowo site"]),
    # any aircraft's designator, by its form: a type flown from a base, not the base's name
    ("Lomnica, once a MiG-23 base, now hosts a wing of airlifters.", []),
    ("The Su-24M base and an F-4E base were closed, the Il-78 regiment moved.", []),
    ("The Tu-22M3 airfield at Soltsy was struck.", ["Soltsy airfield"]),
    # ... and the Cold War's missiles and bombers
    ("The old U.S. Polaris base at Tallow closed, as did the second GLCM base.",
     ["Tallow base"]),
    ("Holt, the other Vulcan base, and the Pershing II sites at Kesk were cleared.",
     ["Kesk sites"]),
])
def test_a_weapons_name_before_facility_words_is_not_the_sites(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a site's own designation of a letter and a number is not an aircraft's
    ("Uranium was enriched at the Y-12 National Security Complex.",
     ["Y-12 National Security Complex"]),
    ("Workers at the K-25 site in Oak Ridge enriched uranium.", ["Oak Ridge K-25 site"]),
])
def test_a_sites_lettered_designation_is_not_an_aircrafts(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_aircraft_designators_are_weapons_and_site_designations_are_not():
    from catalog.ingest.names import is_weapon_word
    for word in ("MiG-21", "Su-34", "F-4E", "Tu-22M3", "Il-76", "An-124", "B-52H", "KC-135",
                 "C-130J", "H-6K"):
        assert is_weapon_word(word), word
    for word in ("Y-12", "K-25", "X-10", "C-3", "Engels-2", "IR-40", "Severomorsk-1"):
        assert not is_weapon_word(word), word


@pytest.mark.parametrize("sentence, names", [
    # a people's adjective or a generic word is no place: the base is at the town
    ("Jets left the Latvian base at Lielvarde on Monday.", ["Lielvarde base"]),
    ("A Danish site and the Portuguese bases were named, but no Iraqi depot.", []),
    ("The Walloon airfield was closed.", []),
    ("Joint base defence drills were held.", []),
    ("A joint base at Hmeimim hosts jets.", ["Hmeimim base"]),
    # a table's subtitle: a compass word joined to a small word describes, not names
    ("Southern-hemisphere air bases and ranges visited, 2024-2026", []),
    ("The missile base near Yeongjeo-dong grew.", ["Yeongjeo-dong missile base"]),
    # a place's name that ends like a people's adjective, or a capital, stays a place
    ("The Dalian shipyard launched a carrier.", ["Dalian shipyard"]),
    ("The Helsinki depot and the Tehran Research Reactor were inspected.",
     ["Helsinki depot", "Tehran Research Reactor"]),
])
def test_a_demonym_or_a_generic_word_is_not_a_sites_place(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_a_forces_acronym_is_its_owner_not_a_place():
    text = ("Popular Mobilization Forces units moved in; a drone hit a PMF depot and the "
            "MAPS site.")
    kept = [f.site_name for f in findings_in(text) if not is_weapon_or_unit(f, text)]
    assert kept == ["MAPS site"]  # an acronym no force's name in the sentence spells


def test_a_footnotes_mark_ends_a_sentence():
    text = "Jets fly from Aviano.[1] A second base, Tallow Air Base, lies north.[2][3] See it."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Jets fly from Aviano.[1]", "A second base, Tallow Air Base, lies north.[2][3]",
        "See it."]
    text = "It is listed in ref.[4] and in the annex."  # a small letter: the same sentence
    assert [text[a:b] for a, b in split_sentences(text)] == [text]


@pytest.mark.parametrize("text, names", [
    # the mine of a paragraph about uranium, in a sentence of no atom word
    ("Iran mines uranium in three places. The oldest is the Orvansk mine, a small open "
     "pit that fed a mill.[2]", ["Orvansk mine"]),
    # a paragraph about gold; a sentence's first word before small works words
    ("Gold comes from three places. The oldest is the Orvansk mine, a small open pit.", []),
    ("Nuclear bombers stay there. Infrastructure works at the field were funded.", []),
])
def test_a_paragraph_about_the_atom_makes_a_named_mine_a_site(empty, text, names):
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == names


@pytest.mark.parametrize("text, names", [
    # a port struck, in the sentence that says so
    ("The small Tallow port was hit in the same raids.", ["Tallow port"]),
    ("Kesk port: a landing ship was blown up at the pier.", ["Kesk port"]),
    # a port named in passing; a port where a struck facility stands
    ("The Tallow port handles containers and grain.", []),
    ("The fuel depot in Kesk port, struck in December, is empty.", []),
])
def test_a_port_struck_is_a_site(empty, text, names):
    assert [f.site_name for f in Ingester(empty).analyse(text).findings
            if f.site_name.endswith("port")] == names


@pytest.mark.parametrize("text, names", [
    # a port in a paragraph of warships and navies: its name after the place, or first
    ("Tallow port received two frigates in May.", ["Tallow port"]),
    ("The navy's patrol boats now berth in the north.\nKesk Port, too, is busier.",
     ["Kesk Port"]),
    ("The Port of Tallow refuelled landing ships. The Port of Kesk Holt saw a submarine.",
     ["Port of Tallow", "Port of Kesk Holt"]),
    # ... or in a sentence of troops and their gear
    ("The brigade's tanks were unloaded at the Port of Tallow.", ["Port of Tallow"]),
    ("Kesk port, which US forces use, is busy.", ["Kesk port"]),
    ("The brigade's tanks were unloaded at Tallow port last week.", ["Tallow port"]),
    # ... not in a paragraph of trade alone, nor a port's authority, a country's name, or
    # the port where a navy's facility stands
    ("The Port of Tallow and Kesk port handled grain.", []),
    ("The Port of Tallow Authority said a frigate would call.", []),
    ("A frigate sailed to the Port of Spain.", []),
    # ... nor a port by its use, a day or a part after the name, a fishing fleet, market
    # forces (but a city-state's port is one)
    ("US troops came through the Port of Debarkation at Kesk.", []),
    ("Navy drones struck the Port of Tallow Saturday night.", ["Port of Tallow"]),
    ("The frigate called at the Port of Tallow Container Terminal.", ["Port of Tallow"]),
    ("Warships crowd the Port of Tallow's oil berths.", ["Port of Tallow"]),
    ("The Port of Tallow said market forces would keep freight rates high.", []),
    ("The Port of Tallow, home to a large fishing fleet, handled grain.", []),
    ("A Chinese frigate left the Port of Djibouti.", ["Port of Djibouti"]),
    # ... and in small letters where the sentence strikes it
    ("Two further air strikes targeted the port of Tallow.", ["port of Tallow"]),
    ("Workers at the port of Kesk began strikes over pay; volumes at the Port of Tallow hit "
     "a record.", []),
    ("The frigates left the Port of Kesk Holt' main quay and the Port of Tallow Authority's "
     "docks.", ["Port of Kesk Holt"]),
    ("Grain ships left the port of Tallow.", []),
    ("The naval repair yard in Kesk port is busy.", []),
    ("The navy's main base lies on the river in Kesk port.", []),
    ("Were UK personnel present at Tallow port, given reports of foreign forces?",
     ["Tallow port"]),
    ("Warships worry Tallow more than any Chinese port. A frigate left the Vieux Port.", []),
])
def test_a_port_in_a_paragraph_of_navies_is_a_site(empty, text, names):
    # (a lead on ports and navies would make any port a site: this one is on neither)
    text = "Weekly notes\n\n" + "The weather was mild this week. " * 8 + "\n\n" + text
    assert [f.site_name for f in Ingester(empty).analyse(text).findings
            if "port" in f.site_name.lower()] == names


def test_the_airports_of_a_list_of_military_airports_are_air_bases(empty):
    text = ("Tallow is one of thirty airports built in the west with military use in mind, "
            "including:\n- Kesk airport (Orvale), about 5 km west of Kesk;\n"
            "- Holt airport (Orvale), near Holt.\n\nTourists use Quill airport.\n")
    found = Ingester(empty).analyse(text).findings
    assert sorted((f.site_name, f.facility_type) for f in found) == [
        ("Holt airport", "airbase"), ("Kesk airport", "airbase")]
    # a list of no military use names none
    text = text.replace("with military use in mind", "for tourists")
    assert Ingester(empty).analyse(text).findings == []


def test_the_plant_of_a_listed_power_plants_name_is_nuclear(empty):
    # read as works by its civil word, it is the listed plant (GeoNuclearData's Kudankulam)
    # (a paragraph about a maker of parts: its plant would be works)
    found = Ingester(empty).analyse(
        "Shares of Tallow Works, which supplies reactor components, rose 1.2 percent. The "
        "company is also bidding for work at the Kudankulam plant in Tamil Nadu, where "
        "Russia is helping build four more units.").findings
    assert [(f.site_name, f.facility_type) for f in found if "plant" in f.site_name] == [
        ("Kudankulam plant", "nuclear")]


def test_an_islands_airstrip_whose_point_is_given_may_bear_a_provinces_name(empty):
    # Agaléga is a Mauritian dependency (a province of the gazetteer) and an island
    text = "The Agaléga airstrip lies at 10°22.4′S 56°36.6′E, on the north island."
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == [
        "Agaléga airstrip"]
    assert Ingester(empty).analyse("A missile base near Agaléga grew.").findings == []


@pytest.mark.parametrize("text, names", [
    # a region's name is where an unnamed facility is, not its name
    ("Bombers went to Tallow air base in Kesk Oblast, the base of the Tu-22M3 regiment.",
     ["Tallow air base"]),
    ("The base in Kesk County had been rebuilt for the type.", []),
    ("Holt Air Base in Kesk Province is the larger.", ["Holt Air Base"]),
])
def test_no_facility_is_named_after_a_whole_region(empty, text, names):
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == names


def test_a_numbered_bases_names_in_its_language_are_one_base(empty):
    text = ('Air Base 120 at Cazaux (BA 120 "Commandant Marzac") lies on a lake. In 2024 '
            'BA 120 received a test squadron.')
    (f,) = Ingester(empty).analyse(text).findings
    assert f.site_name == "Air Base 120" and [a for a, _ in f.aliases] == ["BA 120"]
    text = "Air Base 116 at Luxeuil (Base aérienne 116, BA 116) was visited."
    assert [a for a, _ in aliases_after(text, text.index(" at"))] == [
        "Base aérienne 116", "BA 116"]
    # another number in the brackets is another base's
    text = "Air Base 116 at Luxeuil (near BA 133) was visited."
    assert aliases_after(text, text.index(" at")) == []


def test_an_ordinals_dot_after_an_article_ends_no_sentence():
    # "the 7. Ana Jet Üs Komutanlığı": a Turkish (or a German) unit's number, written so
    text = "The hubs were the 7. Ana Jet Üs Komutanlığı, near Kesk. Trucks came in 2023. Ana left."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The hubs were the 7. Ana Jet Üs Komutanlığı, near Kesk.", "Trucks came in 2023.",
        "Ana left."]
    # ... nor before a unit's name of two capitalised words
    text = "Jets of the 2. Taktik Hava Kuvveti Komutanlığı flew from Kesk Air Base."
    assert len(split_sentences(text)) == 1
    # ... but a count at a sentence's end is one ("Karachi hosts" no unit's name)
    text = "Kesk Air Base is the largest of the 12. Karachi hosts the navy."
    assert len(split_sentences(text)) == 2
    text = "Kesk Air Base is the largest of the 12. About 20 km north of Holt lies Orrin."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Kesk Air Base is the largest of the 12.", "About 20 km north of Holt lies Orrin."]


def test_a_dot_inside_brackets_ends_no_sentence(empty):
    text = ('Start with Tallow Air Base (8th Main Jet Base, "8. Ana Jet Üs"). It shares a '
            'runway. The plant closed (in 2019. Then) it reopened.')
    assert [text[a:b] for a, b in split_sentences(text)] == [
        'Start with Tallow Air Base (8th Main Jet Base, "8. Ana Jet Üs").', "It shares a runway.",
        "The plant closed (in 2019. Then) it reopened."]
    # a unit-base's name in the brackets is the base's other name, not a second site
    (f,) = Ingester(empty).analyse(text).findings
    assert f.site_name == "Tallow Air Base" and [a for a, _ in f.aliases] == ["8th Main Jet Base"]
    # brackets never closed on the line: the stop ends the sentence
    text = "Work began (see below. It ended in May."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Work began (see below.", "It ended in May."]


def test_two_names_each_the_others_alias_keep_the_first(empty):
    text = ("The Tallow Satellite Launching Station (West Sea Satellite Launching Station) "
            "fired. The West Sea Satellite Launching Station (Tallow Satellite Launching "
            "Station) fired again.")
    found = {f.site_name for f in Ingester(empty).analyse(text).findings}
    assert found == {"Tallow Satellite Launching Station"}


@pytest.mark.parametrize("line, headline", [
    # a wrapped line of prose that names a base, its comma before a small word
    ("Air Force Station Tallow (AF Stn Tallow), home to a Su-30MKI", False),
    ("Air Force Station Tallow, Orvale district, Assam, approx 9 km", False),
    ("- Tallow Air Force Base (Base Aérea de Tallow, BATL)", False),  # a list's item
    # a sentence of many capitals whose stop a note's mark follows
    ("The Tallow Research Reactor at the Kesk Atomic Energy Institute Opened in 1995.⁸", False),
    ("The Tallow Research Reactor at the Kesk Atomic Energy Institute Opened in 1995.[8]",
     False),
    # headlines stay headlines
    ("Analysts Revisit a Mountain Missile Base", True),
    ("Russia Moves Missiles, Satellite Images Show", True),
    ("Iran Says It Will Enrich, a Report Finds", True),
    ("Principal Bases of Submarines (SSBNs) outside the Arctic", True),
])
def test_a_line_of_prose_in_capitals_is_no_headline(line, headline):
    from catalog.ingest.sentences import is_headline
    assert is_headline(line) is headline


def test_a_training_ground_is_not_a_facility_of_ours_by_its_words_alone():
    # a football club's training ground: "training" makes no ground a military site
    assert findings_in("Players trained at Chelsea's Cobham training ground in Surrey.") == []


@pytest.mark.parametrize("text, towns", [
    ("The depot stands on a hillside outside the city of Sinpo.", {"Sinpo"}),
    ("Kusong, a garrison town of some 50,000 people, lies to the south.", {"Kusong"}),
    ("Rockets fly 200 km from Jiuquan, the provincial capital, to the range.", {"Jiuquan"}),
    ("Trucks crossed the Gobi desert at night.", {"Gobi"}),
    # measured from the town it is named after: the report names the facility so too
    ("The halls lie some 25 km north-east of the town of Natanz.", set()),
    ("The Sinpo shipyard builds submarines near the coast.", set()),
    # a town word in small letters after the name
    ("The silo field lies east of Varrow town, along the dry lake.", {"Varrow"}),
    # not a town word in capitals: a name's own word
    ("Jets flew from Varrow City Air Base.", set()),
])
def test_towns_a_report_calls_towns(text, towns):
    assert towns_in(text) >= {match_key(t) for t in towns}
    if not towns:
        assert not towns_in(text)


def test_a_name_the_report_calls_a_town_is_no_alias_of_the_facility(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("North Korea has enlarged the Sinpo Submarine Depot. The depot stands on a "
                 "wooded hillside outside the city of Sinpo, on the east coast.",
                 encoding="utf-8")
    (sid,) = ingest(empty, [p], title="Depot").candidates_added
    assert empty.get_site(sid).name == "Sinpo Submarine Depot"
    assert "sinpo" not in _site_names(empty, sid)  # the city's name, not the depot's


def test_a_city_of_millions_is_no_alias_of_a_facility_named_after_it(empty, tmp_path):
    """Nobody calls the Karachi Nuclear Power Plant "Karachi": a city of a million people
    or more is no other name of a facility named after it (a small town's is: "Sinpo" of
    the Sinpo shipyard)."""
    names = _names_of_new_sites(empty, tmp_path, "Reactors", (
        "The Karachi Nuclear Power Plant stands on the coast. The Chashma Nuclear Power "
        "Plant stands on the Indus."))
    assert "karachi" not in names["Karachi Nuclear Power Plant"]
    assert "chashma" in names["Chashma Nuclear Power Plant"]
    # ... unless the site stands far from that city: its namesake's name (Hainan's Yulin
    # naval base is not Guangxi's city of Yulin)
    names = _names_of_new_sites(empty, tmp_path, "Bases", (
        "Estonia's Karachi naval base, about 5 km east of Tallinn, hosts the navy's patrol "
        "boats."))
    assert "karachi" in names["Karachi naval base"]


def test_a_bases_town_it_is_placed_from_is_no_alias_of_the_base(empty, tmp_path):
    """"Killeen Base, west of Killeen, Texas": the town is where the base is measured from,
    not another name of it (a plant's town stays one: reports call it "Natanz")."""
    names = _names_of_new_sites(empty, tmp_path, "Stockpile sites", (
        "The weapons were kept near Army posts. Sparta Base, west of Sparta, Wisconsin, is "
        "the best known. The Sparta Nuclear Power Plant, north of Sparta, never ran."))
    assert "sparta" not in names["Sparta Base"]
    assert "sparta" in names["Sparta Nuclear Power Plant"]
    # ... or puts it near or beside
    names = _names_of_new_sites(empty, tmp_path, "Garrisons", (
        "The Troy garrison, on the north side of Troy, Alabama, hosts a brigade."))
    assert "troy" not in names["Troy garrison"]


def _names_of_new_sites(catalog, tmp_path, title: str, body: str) -> dict[str, set[str]]:
    """Each new candidate's name -> the match keys of its names, after ingesting a report
    of that title and body."""
    p = tmp_path / "r.txt"
    p.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    sids = ingest(catalog, [p], title=title).candidates_added
    return {catalog.get_site(sid).name: _site_names(catalog, sid) for sid in sids}


@pytest.mark.parametrize("sentence, after, aliases", [
    # hard-wrapped text: a line break inside "also known as" and after "the"
    ("The Kestrel Valley Research Station, commonly known\nas the Kestrel reactor, grew.",
     "The Kestrel Valley Research Station", ["Kestrel reactor"]),
    ("The Kestrel Valley Research Station, widely known as the\nKestrel reactor, grew.",
     "The Kestrel Valley Research Station", ["Kestrel reactor"]),
    # "formally" leads a name as "formerly" does; an owner after a name does not end the
    # chain; "and" joins two capitalised facility words inside a name
    ("The Ossora test range, formally the 12th Test and Storage Base of the Pacific "
     "Fleet and known to its crews as Camp Tern, lies on the coast.",
     "The Ossora test range", ["12th Test and Storage Base", "Camp Tern"]),
    # facility words in small letters after a name: the other names that follow are its
    ("The Ossora test range, formally Base 12, lies on the coast.", "The Ossora",
     ["Base 12"]),
])
def test_other_names_across_line_breaks_adverbs_and_owners(sentence, after, aliases):
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("sentence, after, aliases", [
    # a former name between dashes, in Markdown emphasis
    ("**Harwick Space Base** — called **Tolsby Air Base** until 2019 — is the largest.",
     "**Harwick Space Base", ["Tolsby Air Base"]),
    ("The Harwick Space Base – formerly the Tolsby Air Base – is the largest.",
     "The Harwick Space Base", ["Tolsby Air Base"]),
    ("The Harwick Space Base -- formerly Tolsby Air Base -- is the largest.",
     "The Harwick Space Base", ["Tolsby Air Base"]),
    # emphasis inside brackets
    ("**Orlin Space Force Station** (formerly **Orlin Air Force Station**) stands here.",
     "**Orlin Space Force Station", ["Orlin Air Force Station"]),
    # a verb before "known as"; "what used to be called"
    ("The Marlow Nuclear Power Plant, is\nbetter known as the Pellby Nuclear Power Plant.",
     "The Marlow Nuclear Power Plant", ["Pellby Nuclear Power Plant"]),
    ("The Tessel Security Site, what used to be called the Tessel Test Site, is vast.",
     "The Tessel Security Site", ["Tessel Test Site"]),
    # another name after the brackets' one
    ("Harel Airbase (Hebrew: בסיס הראל), also known as Wing 9, is a fighter base.",
     "Harel Airbase", ["בסיס הראל", "Wing 9"]),
    ("Harel Airbase (HAB), west of the town of Dor, is a fighter base.",
     "Harel Airbase", ["HAB"]),
])
def test_other_names_between_dashes_in_emphasis_and_after_a_verb(sentence, after, aliases):
    """Each would otherwise make the other name a second site of the same facility."""
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("sentence, after", [
    # a dash before another facility, or a clause, names no other name of the first
    ("The Harwick Space Base — the Tolsby Air Base lies 40 km away — is the largest.",
     "The Harwick Space Base"),
    ("The Harwick Space Base - and the Tolsby Air Base - were struck.",
     "The Harwick Space Base"),
    ("The Harwick Space Base is a large one.", "The Harwick Space Base"),
    ("The Harwick Space Base is known for its radar.", "The Harwick Space Base"),
    ("The Harwick Space Base, what the Tolsby Air Base lacks, has a radar.",
     "The Harwick Space Base"),
])
def test_a_dash_or_a_verb_alone_gives_no_other_name(sentence, after):
    assert aliases_after(sentence, len(after)) == []


def test_it_is_called_in_the_middle_of_a_sentence_names_it():
    s = ("Brinmoor Air Base is in the parish of Holt, although it is generally\n"
         "called Kesk-Brinmoor after the larger town to the south.")
    assert [a for a, _ in aliases_of_it(s)] == ["Kesk-Brinmoor"]
    # another clause's "it" with no naming verb gives no name
    assert aliases_of_it("Brinmoor Air Base is in Holt, although it is Kesk's.") == []
    # "its name is X": the name of today of the site the sentence before named
    assert aliases_of_it("Its name is the Kesk Air Force Station since 2019.") == [
        ("Kesk Air Force Station", 16)]
    assert aliases_of_it("Its name is not known.") == []
    # "is still best known by its old name, the X"
    assert [a for a, _ in aliases_of_it(
        "The site, 65 miles from Holt, is best known by its old name, the Kesk Test Site, "
        "where tests were held.")] == ["Kesk Test Site"]
    # ... but not a town's old name, said of the town
    assert aliases_of_it("The Kesk Air Base lies in Orrinsk, a port town still best known by "
                         "its old name, Port Holt.") == []
    assert aliases_of_it("The base lies on the outskirts of Orrinsk, a city still best known "
                         "by its old name, Holtakan.") == []
    # ... and a sentence opening with the site's own name
    assert [a for a, _ in aliases_of_it(
        "The Kesk National Security Site, 65 miles from Holt, is still best known by its old "
        "name, the Kesk Test Site.")] == ["Kesk Test Site"]
    # the name it was commissioned under, after its kind in small letters
    assert aliases_of_it("It was commissioned in 1943 as the naval wireless station HMNZS "
                         "Tallow, and it keeps that name.") == [("HMNZS Tallow", 58)]
    assert aliases_of_it("It was built in 1950 as a copy of the Testian design.") == []
    # the ground it was built on, and the name that ground had
    assert aliases_of_it("Camp Tallow was built on the old Kesk airfield in 2013.") == [
        ("Kesk airfield", 33)]
    assert aliases_of_it("Brinmoor Air Base grew, and it was calling Kesk Base.") == []


def test_a_base_named_in_english_and_in_its_countrys_language_is_one_site(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Jets flew from Air Base Testrup in Denmark. Flyvestation Testrup got new "
                 "hangars.", encoding="utf-8")
    ingest(empty, [p])
    assert sorted(s.name for s in empty.sites(None)) == ["Air Base Testrup"]
    aliases = {a.alias for a in empty.aliases()}
    assert "Flyvestation Testrup" in aliases


def test_a_base_named_in_its_countrys_language_alone_is_found(empty, tmp_path):
    """A sentence whose only facility words are a native base's ("Flyvestation") is
    read for names too."""
    p = tmp_path / "r.txt"
    p.write_text("Jets flew from Flyvestation Testrup in Denmark.", encoding="utf-8")
    ingest(empty, [p])
    assert [s.name for s in empty.sites(None)] == ["Flyvestation Testrup"]


def test_the_subject_long_known_simply_as_x_across_a_line_break_has_that_other_name():
    s = "The base was\nlong known simply as Tolsby Air Station and was renamed in 2001."
    assert [a for a, _ in aliases_of_it(s)] == ["Tolsby Air Station"]
    assert [a for a, _ in aliases_of_it("It was once called Tolsby Field.")] == ["Tolsby Field"]
    assert aliases_of_it("The base was known for its long runway.") == []


def test_a_sentence_opening_with_a_former_name_gives_the_subject_another_name(empty, tmp_path):
    """"Formerly known as X, it is ...": X is a name of the site the sentences before
    speak of, not a site of its own."""
    s = "Formerly known as Tolsby Air Station, it is one of the oldest bases in the country."
    assert [a for a, _ in aliases_of_it(s)] == ["Tolsby Air Station"]
    assert aliases_of_it("Long known as a quiet town, it grew.") == []
    p = tmp_path / "r.txt"
    p.write_text("Harwick Air Base lies in the middle of Testburg in Norway. " + s,
                 encoding="utf-8")
    ingest(empty, [p])
    (site,) = empty.sites(None)
    assert site.name == "Harwick Air Base"
    assert "Tolsby Air Station" in {a.alias for a in empty.aliases(site.site_id)}


def test_and_joins_facility_words_inside_one_name_not_two_places_or_kinds():
    (f,) = findings_in("Crews left the Ossora Missile and Space Test Center at dawn.")
    assert f.site_name == "Ossora Missile and Space Test Center"
    # two places sharing a head are not one name; nor are two kinds of a plural head
    assert [f.site_name for f in findings_in(
        "Crews left the Ossora and Kestrel Enrichment Plants.")] == ["Kestrel Enrichment Plants"]
    assert [f.site_name for f in findings_in("Old Nuclear and Space Sites of Ossora")] == [
        "Ossora Space Sites"]  # not "Old Nuclear and Space Sites"
    # "of the X's Y": an owner, not the place of a site
    assert findings_in("The Test Base of the Pacific Fleet's air arm grew.") == []


def test_a_tail_of_a_longer_name_is_that_name():
    assert is_tail_name("Kestrel Nuclear Research Center",
                        "Ada Lorne Kestrel Nuclear Research Center")
    assert not is_tail_name("Nuclear Research Center", "Kestrel Nuclear Research Center")
    assert not is_tail_name("Kestrel Nuclear Research", "Ada Kestrel Nuclear Research")
    assert not is_tail_name("Kestrel Nuclear Research Center", "the Kestrel Nuclear "
                            "Research Center")


# towns_in as first written: three patterns over the whole text (each tried at every
# character); the one-pass version must find the same names
_TOWN_NAME_REF = r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
_TOWN_SAID_REF = (
    re.compile(r"\b(?:town|city|village|hamlet|township|settlement|capital)[ \t]+of[ \t]+"
               r"(?:the[ \t]+)?" + _TOWN_NAME_REF),
    re.compile(r"(?<![\w'’-])" + _TOWN_NAME_REF + r",[ \t]+(?:an?|the|its)[ \t]+"
               r"(?:[a-z][\w-]*[ \t]+){0,3}?(?:town|city|village|hamlet|township|"
               r"provincial[ \t]+capital)\b"),
    re.compile(r"(?<![\w'’-])" + _TOWN_NAME_REF + r"[ \t]+(?i:desert|mountains|valley|"
               r"plateau|plain|basin|hills|region)\b"),
    re.compile(r"(?<![\w'’-])" + _TOWN_NAME_REF + r"[ \t]+(?:town|city|village|township)\b"),
)


def _towns_by_whole_text_patterns(text: str) -> frozenset[str]:
    from catalog.ingest.names import _MEASURED_FROM

    out = set()
    for n, rx in enumerate(_TOWN_SAID_REF):
        for m in rx.finditer(text):
            if n == 0 and _MEASURED_FROM.search(text, max(0, m.start() - 60), m.start()):
                continue
            words = m.group("name").split()
            out.update(k for i in range(len(words)) if (k := match_key(" ".join(words[i:]))))
    return frozenset(out)


def test_towns_in_finds_what_the_whole_text_patterns_find():
    data = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for d in ("locate", "locate-b", "locate-c",
                                                      "reports")
             for p in sorted((data / d).iterdir()) if p.suffix in (".txt", ".md", ".html")]
    texts += ["Jets flew from the town of Ardakan. Shorkot, a market town, and Taiyuan, "
              "the provincial capital. The Negev Desert, the Kursk Region, a settlement of "
              "Hazor; the capital of Oz. 30 km north of the city of Natanz. Sinpo, a small "
              "fishing village."]
    found = 0
    for text in texts:
        for variant in (text, text.replace("\n", " ")):
            assert towns_in(variant) == _towns_by_whole_text_patterns(variant)
            found += len(towns_in(variant))
    assert found > 50  # the check sees towns


def test_town_words_found_by_find_are_the_patterns_matches():
    from catalog.ingest.names import _TOWN_WORD, _town_words

    texts = ["A township, the towns; Town of X, the city's capital. Kursk REGION, a plain, "
             "plains, the Hills, basin_x, İstanbul region", "valley" * 3 + " valley"]
    texts += [p.read_text(encoding="utf-8") for p in sorted(
        (Path(__file__).parent / "data" / "locate-b").iterdir()) if p.suffix == ".txt"]
    for text in texts:
        want = [(m.start(), m.group("town"), m.group("feature")) for m in
                _TOWN_WORD.finditer(text)]
        assert _town_words(text) == want


@pytest.mark.parametrize("sentence, expected", [
    # "units" before the list, through "known as" and a comma
    ("The first two light-water units, known as NPP-1 and NPP-2, still run.",
     ["NPP-1", "NPP-2"]),
    ("Its three 220 MWe units, KGS-2, KGS-3 and KGS-4, feed the grid.",
     ["KGS-2", "KGS-3", "KGS-4"]),
    # an apposition after "reactor,"; a name for letters
    ("The institute runs a pool-type research reactor, ABRR-1, bought abroad.", ["ABRR-1"]),
    ("Work resumed on the Bushehr-2 and Bushehr-3 reactors this spring.",
     ["Bushehr-2", "Bushehr-3"]),
    ("The Chinese-built reactor C-4 reached criticality.", ["C-4"]),
    # no unit words next to the designation, or a military unit, a design, a weapon
    ("The team met NPP-1 staff in the town; reactors were not discussed.", []),
    ("Two Hwasong-15 units and a DF-41 unit moved to the range.", []),
    ("The army's T-72 units left the base.", []),
    ("Four VVER-440 reactors were ordered.", []),
])
def test_unit_designations_are_the_units_a_sentence_says_they_are(sentence, expected):
    assert [d for d, _ in unit_designations(sentence)] == expected
    for d, off in unit_designations(sentence):
        assert sentence[off:off + len(d)] == d


def test_unit_parent_is_the_facility_of_its_letters_or_that_the_text_speaks_of():
    from catalog.ingest.ingester import unit_parent

    text = ("The Lakeside Atomic Power Station and the Hill Nuclear Research Center both lie "
            "north of the city.\n\nThe two older units, LAPS-1 and LAPS-2, are retired. "
            "HNRC houses a reactor, HRR-1.\n\nThe Hill Nuclear Research Center (HNRC) is "
            "old. Its reactors, QX-1 and QX-2, are small.")
    sites = [(4, "Lakeside Atomic Power Station", [], "nuclear"),
             (42, "Hill Nuclear Research Center", [], "nuclear"),
             (text.rindex("The Hill"), "Hill Nuclear Research Center", ["HNRC"], "nuclear")]

    def parent(designation):
        pos = text.index(designation)
        sentence = next((a, b) for a, b in split_sentences(text) if a <= pos < b)
        got = unit_parent(text, sentence, designation, pos, sites)
        return got and got[0]

    assert parent("LAPS-1") == "Lakeside Atomic Power Station"  # its letters: LAPS
    assert parent("HRR-1") == "Hill Nuclear Research Center"  # the acronym the sentence opens
    assert parent("QX-1") == "Hill Nuclear Research Center"  # the paragraph's facility
    # nothing the report names: no parent
    assert unit_parent("Its reactors, QX-1 and QX-2, are small.", (0, 40), "QX-1", 14,
                       []) is None
    # two facilities in earlier paragraphs, neither the letters': which one is not said
    end = len(text)
    assert unit_parent(text, (end, end), "QX-9", end, sites[:2]) is None
    assert unit_parent(text, (end, end), "QX-9", end, sites[1:2])[0] == (
        "Hill Nuclear Research Center")  # the only one named before


def test_a_stale_analysis_of_a_text_with_units_is_made_again_whole(empty):
    """A unit's facility may be a site learnt after the analysis was made (a Dask
    worker's copy): reanalysed() then gives what analyse() gives, units included."""
    from catalog.model import Alias

    text = ("Work at Kakrapar went on all year. Its two pressurised heavy-water units, "
            "KAPS-3 and KAPS-4, reached full power.\n")
    old = Ingester(empty).analyse(text)
    empty.add_site(Site("in-kakrapar", "Kakrapar Atomic Power Station", "nuclear",
                        lon=73.35, lat=21.24, precision_m=2000.0,
                        location_precision="approximate", location_method="gazetteer"))
    empty.add_alias(Alias("in-kakrapar", "Kakrapar", "as written in report"))
    ing = Ingester(empty)
    fresh = ing.analyse(text)
    assert [f.site_name for f in fresh.findings if f.unit] == ["KAPS-3", "KAPS-4"]
    assert not any(f.unit for f in old.findings)  # the old copy saw no facility
    assert ing.reanalysed(text, old) == fresh


@pytest.mark.parametrize("sentence, names", [
    # a participle between the facility words and the preposition of their place
    ("Imagery shows that a second reprocessing plant has been built at Quillon, west of "
     "the river.", ["Quillon reprocessing plant"]),
    ("The layout resembled the pad built at Marrowby for the heavy rocket.",
     ["Marrowby pad"]),
    ("A second enrichment site is believed to operate at Tessaly, north of the capital.",
     ["Tessaly enrichment site"]),
    ("The missile base, located near Orvand-ri, grew.", ["Orvand-ri missile base"]),
    # a participle that says no place: a date, a cost, a manner
    ("The test site was built at great cost near the coast.", []),
    ("A missile base built in 1990 at great cost was closed.", []),
    ("The enrichment plant, said to be Iran's largest, was struck.", []),
])
def test_facility_words_a_participle_then_their_place(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_a_name_a_report_gives_a_facility_is_its_alias(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Varnett has two plutonium plants. The oldest reprocessing facility is the "
                 "so-called Kiln Rooms, at Varnett. A second facility, a storage depot near "
                 "Osk Tarrow, is newer.", encoding="utf-8")
    s = ingest(empty, [p], title="Plants")
    (sid,) = [c for c in s.candidates_added if "kiln" in c]
    assert "kilnrooms" in _site_names(empty, sid)  # what analysts call it, alone
    # the place facility words stand at is not their name (a town may hold others)
    (osk,) = [c for c in s.candidates_added if "osk" in c]
    assert empty.get_site(osk).name == "Osk Tarrow storage depot"
    assert "osktarrow" not in _site_names(empty, osk)


@pytest.mark.parametrize("sentence, names", [
    # the rest of a state's name after its demonym is no place
    ("Many nuclear sites in the Russian Federation were closed.", []),
    ("Test sites in the Soviet Union were closed.", []),
    # a place after a demonym's country is still read
    ("The Orvansk test site in the Russian far north was closed.", ["Orvansk test site"]),
])
def test_the_rest_of_a_states_name_is_no_place(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a field of science after an institute's head word is part of its name
    ("The town is home to the Kestrel Scientific Research Institute of Applied Physics "
     "(KSRIAP), a weapons laboratory.",
     ["Kestrel Scientific Research Institute of Applied Physics"]),
    ("Orvansk hosts the Tallow Nuclear Research Centre for Science and Technology.",
     ["Tallow Nuclear Research Centre for Science and Technology"]),
    # an owner or a place after "of" is not; a think tank's field makes no facility
    ("The Kestrel Nuclear Research Center of North Korea grew.",
     ["Kestrel Nuclear Research Center"]),
    ("The Kestrel Research Institute for Strategic Studies published a report.", []),
    # a naval or military institute is a school or a think tank ("said X of the Y Naval
    # Institute" had made a naval base); a naval research institute may be a facility
    ("\"Few ships stay,\" said K. Petrov of the Kestrel Naval Institute.", []),
    ("Cadets of the Kestrel Military Institute marched.", []),
    ("The Kestrel Naval Research Institute tests torpedoes.",
     ["Kestrel Naval Research Institute"]),
])
def test_an_institutes_field_of_science_is_part_of_its_name(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a base named by a designation of letters and a number
    ("US troops returned to K-1 Air Base, south of Kirkuk.", ["K-1 Air Base"]),
    ("In Syria, the T-4 air base east of Homs was hit.", ["T-4 air base"]),
    ("An S-400 battery was deployed near the port.", []),  # a weapon's, no base
    ("Several MiG-29 fighter bases were struck.", []),
    # an aircraft's one-digit designation before "base" is a kind of base, said of one
    ("Tallow Air Base, the F-5 base, is south of the town.", ["Tallow Air Base"]),
    ("A P-8 base was proposed.", []),
    # an island's name before facility words is the place's ("Island" is no venue's word)
    ("A transport landed at the Kesk Island airfield in the archipelago.",
     ["Kesk Island airfield"]),
    ("The guards operated from the Tallow Island naval base in the Gulf.",
     ["Tallow Island naval base"]),
    ("Treasure Island resort opened.", []),
    # a helicopter base
    ("Factions handed over the Tallow helicopter base to the ministry.",
     ["Tallow helicopter base"]),
    # a base "was identified near" a place is named after it, as one "located near" it
    ("A new missile base was identified near the town of Kestrelni in the north.",
     ["Kestrelni missile base"]),
    ("A third enrichment site was spotted at Kestrelabad.", ["Kestrelabad enrichment site"]),
    ("A missile base was found in 2019.", []),
    # a nuclear power plant's initials are facility words
    ("Drones flew near the Kestrelsk NPP again.", ["Kestrelsk NPP"]),
    ("The AES Corporation and Saab AB sell abroad.", []),
    # "high explosives" is what the site tests, not where the name ends
    ("Work went on at the Kestrel-dong high explosives test site.",
     ["Kestrel-dong high explosives test site"]),
    ("The Kestrel-dong High Explosives Test Site grew.",
     ["Kestrel-dong High Explosives Test Site"]),
])
def test_designations_and_high_explosives_in_names(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_a_name_hyphenated_across_a_line_break_is_written_whole():
    from catalog.ingest.names import one_line

    assert one_line("the Tal-\nvania  Institute") == "the Talvania Institute"
    assert one_line("near Orvand-\ndong") == "near Orvand-dong"  # a Korean place's suffix
    assert one_line("the Orvand-\nKestrel road") == "the Orvand-Kestrel road"


@pytest.mark.parametrize("sentence, names", [
    # a Soviet "kombinat" named for its trade is a facility
    ("The town grew around the Kestrel Chemical Combine (KCC), a complex of reactors.",
     ["Kestrel Chemical Combine"]),
    ("The Mining and Chemical Combine at Orvansk stores spent fuel.",
     ["Orvansk Mining and Chemical Combine"]),
    # a combine of no such trade, or a farm machine, is not
    ("The Orvansk Steel Combine exports rails.", []),
    ("Farmers near Orvansk bought a combine harvester.", []),
])
def test_a_combine_named_for_its_trade_is_a_facility(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a place's name and a civil head in small letters, in a sentence about the atom
    ("A fire broke out at the Orvansk plant, which makes uranium fuel.", ["Orvansk plant"]),
    ("The oldest source of ore is the Tallow mine, which fed the uranium mill.",
     ["Tallow mine"]),
    ("Fissile material is no longer made: the Orvansk plant closed in 1996.",
     ["Orvansk plant"]),
    # a works its sentence says makes arms: whoever owns it, one of ours
    ("Drones hit the Kestrel plant in Orvansk, which produces cruise missiles.",
     ["Kestrel plant"]),
    ("The Tallow Sich plant in Orvansk makes engines for aircraft and drones.",
     ["Tallow Sich plant"]),
    # ... or said of the arms first
    ("Its rocket motors are cast at the Kestrel plant east of Orvansk.", ["Kestrel plant"]),
    ("Missiles were assembled at the Kestrel factory until 2019.", ["Kestrel factory"]),
    # ... made for a service, or called a factory of arms
    ("In Orvale, the firm's Kestrel plant builds the Gripen E for the Orvalian Air Force.",
     ["Kestrel plant"]),
    ("The firm's Kestrel plant is the largest of the new European shell factories.",
     ["Kestrel plant"]),
    ("The firm assembles the FA-50 light fighter at its Kestrel plant, south of Kesk.",
     ["Kestrel plant"]),
    ("The firm's Kestrel plant performs final assembly and check-out of F-35A fighters.",
     ["Kestrel plant"]),
    # ... a compass word in its name, the words wrapped; warplanes and tanks said first; a
    # warplane by its name or designation, rolled out
    ("The firm's Kestrel South plant, north of Kesk, performs final assembly\nand check-out "
     "of F-35A fighters.", ["Kestrel South plant"]),
    ("Tanks are built at the Kestrel plant.", ["Kestrel plant"]),
    ("The KC-99 transport is assembled at the firm's Kestrel plant.", ["Kestrel plant"]),
    ("The firm's Kestrel plant performs final assembly of the Rafale.", ["Kestrel plant"]),
    ("The firm's Kestrel plant rolled out the twelfth KC-99 of the year.", ["Kestrel plant"]),
    ("The Kestrel South plant makes furniture.", []),
    ("The Kestrel plant builds the A-320 airliner.", []),
    ("The Kestrel plant rolled out a new tractor.", []),
    ("The Kestrel plant produces vaccines against SARS-CoV-2.", []),
    ("The Kestrel factory rolled out its first N-95 masks.", []),
    ("The Kestrel plant produces insulin for Type-2 diabetes.", []),
    # not of other things (a company's car plant), not in a sentence of neither, not "mines"
    ("The Kestrel plant in Orvansk makes cars, not missiles.", []),
    ("Cars are assembled at the Kestrel plant east of Orvansk.", []),
    ("The Kestrel plant reopened after the strike.", []),
    ("Troops laid Kestrel mines near the uranium depot road.", []),
])
def test_a_place_and_a_civil_head_in_small_letters_in_a_sentence_about_the_atom(
        sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # the preposition said again: the same facility words at a second place
    ("Ore feeds the enrichment halls at Orvansk and at Tallow-ri.",
     ["Orvansk enrichment halls", "Tallow-ri enrichment halls"]),
    # after a named facility, read as its own finding
    ("Ore feeds the enrichment halls at the Orvansk Fuel Enrichment Plant and at Tallow-ri.",
     ["Tallow-ri enrichment halls", "Orvansk Fuel Enrichment Plant"]),
    # "and" without the preposition, or before a date: no second place
    ("The missile base near Orvansk and Tallow-ri grew.", ["Orvansk missile base"]),
    ("The test site at Orvansk and in March a second one were busy.", ["Orvansk test site"]),
])
def test_facility_words_at_one_place_and_at_another(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_a_capitals_old_name_is_no_capital(empty):
    from catalog.gazetteer import Place

    capital = Place("geonames:1", "Kestrelgrad", 40.0, 30.0, "TR", feature_code="PPLC",
                    population=3_000_000, alternate_names=("Orvara",))
    ing = Ingester(empty, [capital])
    # "Orvara" is only an old name of the capital: a launch complex may bear it
    found = ing.analyse("Crews poured the Orvara launch complex in April.").findings
    assert [f.site_name for f in found] == ["Orvara launch complex"]
    # the capital by its own name is no site's place
    assert ing.analyse("Crews poured the Kestrelgrad launch complex in April.").findings == []


def test_an_air_or_naval_base_at_a_provincial_capital_is_the_towns_own(empty):
    """"the air base at Dire Dawa", a provincial capital: the town's base, as "the Dire Dawa
    air base" is; a missile base near or at such a town is still somewhere about it."""
    from catalog.gazetteer import Place

    seat = Place("geonames:2", "Orvale Dawa", 9.6, 41.8, "ET", feature_code="PPLA",
                 population=250_000)
    ing = Ingester(empty, [seat])
    for sentence, site in (
            ("Drones flew from the air base at Orvale Dawa, north of the town.",
             "Orvale Dawa air base"),
            ("Frigates call at the naval base in Orvale Dawa.", "Orvale Dawa naval base"),
            ("Drones fly from the airport of Orvale Dawa.", "Orvale Dawa airport")):
        assert [f.site_name for f in ing.analyse(sentence).findings] == [site], sentence
    assert ing.analyse("A missile base near Orvale Dawa was busy.").findings == []
    assert ing.analyse("The missile base at Orvale Dawa was busy.").findings == []
    assert ing.analyse("Tourists fly from the airport of Orvale Dawa.").findings == []


@pytest.mark.parametrize("sentence, site", [
    ("The Waste Isolation Pilot Plant near Carlsbad set a record.", "Waste Isolation Pilot Plant"),
    ("The Chemical Material Institute in Hamhung has two new halls.",
     "Chemical Material Institute"),
    ("Crews left the Tallow Fuel Plant at dawn.", "Tallow Fuel Plant"),
    ("Crews left the fuel Tallow Plant at dawn.", "Tallow Plant"),  # a small word: no name's
])
def test_facility_words_in_capitals_before_the_place_open_the_name(sentence, site):
    assert [f.site_name for f in findings_in(sentence)] == [site]


_ANSWERS = (b"Written answers: old reactor sites\n\n"
            b"The minister said no Russian material is imported, and no Russian fuel.\n"
            b"Trawsfynydd, about 8 km south of Blaenau Ffestiniog in Gwynedd, is in care and "
            b"maintenance.\n"
            b"The Tallowmere fuel plant, in Lancashire, and the Orvale enrichment plant, in "
            b"Cheshire, keep working.\nThe Kestrel enrichment plant is idle.\n")


def test_a_report_naming_only_a_countrys_provinces_is_about_that_country(empty):
    """A parliament's answers name Gwynedd, Lancashire and Cheshire but no country, and
    "Russian" twice: an unlocated site is no Russian site, and the plant named bare and
    placed at once is looked up in Britain."""
    from catalog.power_plants import plant_named

    Ingester(empty).ingest_report(read_bytes(_ANSWERS, "text"), title="Answers")
    sites = {s.name: s for s in empty.sites(review_status=None)}
    assert sites["Kestrel enrichment plant"].country is None  # Britain or Russia: unsaid
    plant = sites["Trawsfynydd plant"]
    point = plant_named("Trawsfynydd", ["GB"])
    assert (plant.facility_type, plant.country, plant.location_method) == (
        "nuclear", "GBR", "gazetteer")
    assert abs(plant.lat - point.lat) < 0.01 and abs(plant.lon - point.lon) < 0.01


_THREAD = (b"Where the army's helicopters live, a thread\n\n"
           b"1/ Kesk Army Airfield, ~20 km NE of Stendal, along the Elbe. New hangars.\n"
           b"2/ Holt Air Base, ~25 km S of Juterbog. Chinooks from 2027.\n"
           b"3/ Tallow training area, just north of Fritzlar. Low-level training.\n"
           b"4/ Orvale Air Base, ~5 km W of Rheine. Closed.\n"
           b"5/ EDIT: I swapped lat and lon in 3/, which puts it in the sea off Somalia.\n")


def test_a_report_measuring_from_towns_of_a_country_it_never_names_is_about_it(empty):
    """A thread names no country but the Somalia a swapped pair would put a base off; the
    four towns it measures from are all Germany's, so its bases are looked for there."""
    Ingester(empty).ingest_report(read_bytes(_THREAD, "text"), title="Thread")
    kesk = next(s for s in empty.sites(review_status=None) if s.name == "Kesk Army Airfield")
    assert kesk.country == "DEU" and 52.6 < kesk.lat < 52.9 and 11.9 < kesk.lon < 12.2


@pytest.mark.parametrize("sentence, sites", [
    ("Then the warheads go to Tallowex, 17 miles north-east of Amarillo.", ["Tallowex"]),
    # a place something is at; a region; a town the gazetteer has; no arms or atoms
    ("The reactors stand at Orvalepur, about 60 km south of Chennai.", []),
    ("Warheads are stored in Tallow Oblast, about 90 km east of Amarillo.", []),
    ("The warheads pass Lubbock, 17 miles north-east of Amarillo.", []),
    ("Tourists visit Tallowex, 17 miles north-east of Amarillo.", []),
    # near a town, on its edge; a number of its own; a sentence of war, not of arms
    ("Tallow 51, near Amarillo, was where the government would sit out a war.", ["Tallow 51"]),
    ("Bunk'Tallow, on the eastern edge of Amarillo, was the wartime seat.", ["Bunk'Tallow"]),
    ("Tallowex, near Amarillo, is a quiet place.", []),
])
def test_a_name_no_gazetteer_has_placed_at_once_in_a_sentence_of_arms(empty, sentence, sites):
    """"Pantex, 17 miles north-east of Amarillo": a facility's name, as a town's would be
    in the gazetteer, in a sentence or paragraph of arms or the atom."""
    Ingester(empty).ingest_report(read_bytes(f"Deterrent\n\n{sentence}\n".encode(), "text"),
                                  title="Deterrent")
    got = empty.sites(review_status=None)
    assert [s.name for s in got] == sites
    assert all(s.location_method == "derived from source text" for s in got)


def test_a_military_airfield_named_bare_in_a_sentence_of_air_war(empty):
    """"Drones struck Belaya and Morozovsk": each the name of one airfield airportsdata
    calls military, placed at it; not where the sentence says where something is (that
    is another's), nor a city struck, nor a drone's name."""
    from catalog.airfields import airfield_named

    text = (b"Strikes on Russian bases\n\n"
            b"Ukrainian drones struck Belaya and Morozovsk overnight, officials said.\n\n"
            b"Bombers rotate from Altus and Dyess; the base is in Gloucestershire.\n\n"
            b"Drones also hit Port Sudan, and Akinci drones flew.\n")
    Ingester(empty).ingest_report(read_bytes(text, "text"), title="Strikes")
    sites = {s.name: s for s in empty.sites(review_status=None)}
    assert sorted(sites) == ["Belaya air base", "Morozovsk air base"]
    for name, site in sites.items():
        field = airfield_named(name, ["RU"])
        assert site.facility_type == "airbase" and site.location_method == "gazetteer"
        assert abs(site.lat - field.lat) < 0.01 and abs(site.lon - field.lon) < 0.01


@pytest.mark.parametrize("sentence, names", [
    ("Reactors: Tallowby closed; Trawsfynydd, about 8 km south of the village, is idle.",
     ["Trawsfynydd"]),
    ("Waste from Doel, about 15 km north-west of Antwerp, and from Tihange, some 3 km "
     "east of Huy, goes to the reactor site's store.", ["Doel", "Tihange"]),
    # after "such as"; by "near"; a unit's letter
    ("Nuclear sites such as Hunterston B, about 4 km north-north-west of West Kilbride, and "
     "Sizewell B, near Leiston, are regulated.", ["Hunterston B", "Sizewell B"]),
    # a name of no plant before, its words running on to the distance; "radioactive"
    ("Belgium's Tallowprocess, at Orvale, takes radioactive waste from Doel, about 15 km "
     "north-west of Antwerp.", ["Doel"]),
    # the distance's anchor, a village named like no plant, a sentence of no atom
    ("The reactor lies 8 km south of Trawsfynydd, near Tallowby, about 3 km east of Holt.", []),
    ("Trawsfynydd, about 8 km south of the village, has a lake.", []),
    # placed by its own few words first: between two towns, a province and a compass word
    ("A pair of new reactors is planned at Gravelines, on the coast of the Nord between "
     "Calais and Dunkirk, and a third at Bugey, in the Ain, east of Lyon.",
     ["Gravelines", "Bugey"]),
    # ... by its province ("Hinkley Point C, in Somerset"), or its coast
    ("Hinkley Point C, in Somerset, and Sizewell C, on the Suffolk coast, are the new "
     "nuclear plants.", ["Hinkley Point C", "Sizewell C"]),
    # (not by another clause's words: "and the X laboratory near Y")
    ("Waste lies under the seabed at Forsmark, and the Testvik reactor lab near Oskarshamn "
     "tests canisters.", []),
])
def test_a_plant_named_bare_and_placed_at_once(sentence, names):
    from catalog.ingest.descriptions import bare_plants_in

    assert [f.name for f in bare_plants_in(sentence)] == names


@pytest.mark.parametrize("sentence, sites", [
    ("Tallow airport, some 10 km south-west of Tallow, was hit in October.", ["Tallow airport"]),
    ("Tallow International Airport, which the army recaptured in March, is shut.",
     ["Tallow International Airport"]),
    ("Army helicopters fly from Tallow Airport.", ["Tallow Airport"]),
    ("Orvale airport, about 12 km south of Tallow, also has a military apron.", ["Orvale airport"]),
    ("Drone launchers were also seen at the Kestrel base, about 12 km west of Kestrel, and at "
     "Tallow Airport.", ["Tallow Airport"]),
    ("Tourists were seen at Tallow Airport.", []),
    ("Tallow Airport, across the estuary, serves both civil aviation and a detachment of "
     "interceptors.", ["Tallow Airport"]),
    ("Tallow Airport, across the estuary, serves both civil aviation and cargo.", []),
    ("Tallow Airport, a busy field, was hit by a tropical storm.", []),
    ("Tallow Airport, which tourists use, was rebuilt.", []),
])
def test_an_airport_struck_or_taken_is_an_air_base(sentence, sites):
    from catalog.ingest.descriptions import military_airports_in

    assert [f.site_name for f in military_airports_in(sentence)] == sites


@pytest.mark.parametrize("sentence, sites", [
    ("Crews finish the Tallow repository, the first disposal site for low- and "
     "intermediate-level waste.", ["Tallow repository"]),
    ("The Orvale repository holds radioactive waste.", ["Orvale repository"]),
    ("The Orvale repository will open in 2030.", []),  # of anything
    ("Researchers keep the Tallow data repository of uranium prices.", []),
])
def test_a_repository_named_after_a_place_in_a_sentence_of_the_atom(sentence, sites):
    assert [f.site_name for f in findings_in(sentence)] == sites
    assert all(f.facility_type == "storage" for f in findings_in(sentence))


@pytest.mark.parametrize("sentence", [
    "Tallowfield remains the largest and most complex site in the NDA estate.",
    "Orvale, west of the capital, is the site of Kestco and a research reactor's hall.",
    "Jets use the air base in the Tallow network.",
])
def test_an_owner_after_the_facility_words_is_no_place(sentence):
    assert findings_in(sentence) == []  # no "NDA complex site", "Kestco site"


# -- names real reports use that the phrase grammar missed (set D's misses, made generic) --
@pytest.mark.parametrize("sentence, site, kind", [
    ("Bombers returned to Tallowby Air Force Base, in the north of the state.",
     "Tallowby Air Force Base", "airbase"),
    ("Rafales will move to Kestrel Air Force Station next spring.",
     "Kestrel Air Force Station", "airbase"),
    ("A rocket lifted off from Orvale Space Force Base at dawn.",
     "Orvale Space Force Base", "other"),
])
def test_a_service_name_inside_a_facility_name_is_part_of_it(sentence, site, kind):
    assert [(f.site_name, f.name, f.facility_type) for f in findings_in(sentence)] == [
        (site, site.split()[0], kind)]


@pytest.mark.parametrize("sentence", [
    "Tallowby, a Royal Air Force station, is closing.",
    "The Air Force's depot at Tallowby grew.",
    "The Air Force Chief visited the base.",
])
def test_a_service_that_owns_a_facility_is_no_part_of_its_name(sentence):
    assert not any("Force" in f.site_name for f in findings_in(sentence))


def test_a_name_put_first_at_a_facility_named_otherwise_is_its_other_name(empty):
    text = ("Kestrel Airbase is an Israeli air force base in the valley. The field was laid "
            "out in 1942; RAF Kestrel was enlarged after the war. RAF Tallowby, to the "
            "south, was closed.")
    found = Ingester(empty).analyse(text).findings
    names = {f.site_name: [a for a, _ in f.aliases] for f in found}
    assert names["Kestrel Airbase"] == ["RAF Kestrel"]
    assert "RAF Kestrel" not in names
    assert names["RAF Tallowby"] == []  # another place: another base


@pytest.mark.parametrize("text, site, alias", [
    ("Ships call at Naval Station Tallowby. NAVSTA Tallowby hosts four destroyers.",
     "Naval Station Tallowby", "NAVSTA Tallowby"),
    # the site takes the spelled-out name, even when the acronym comes first
    ("NAF Kestrelmura lies inland. Naval Air Facility Kestrelmura hosts the air wing.",
     "Naval Air Facility Kestrelmura", "NAF Kestrelmura"),
])
def test_an_acronym_put_first_is_the_spelled_out_name_at_its_place(empty, text, site, alias):
    names = {f.site_name: [a for a, _ in f.aliases]
             for f in Ingester(empty).analyse(text).findings}
    assert names == {site: [alias]}


@pytest.mark.parametrize("text", [
    # a Naval Air Station is not a Naval Station ("NA" + "S" spells no acronym)
    "NAS Tallowby trains pilots. Naval Station Tallowby berths ships.",
    # another place: another base
    "NAF Kestrelmura lies inland. Naval Air Facility Tallowby hosts the air wing.",
])
def test_an_acronym_of_another_facility_or_place_is_not_folded(empty, text):
    found = Ingester(empty).analyse(text).findings
    assert len(found) == 2 and all(f.aliases == [] for f in found)


def test_a_place_s_bare_plant_is_the_one_plant_named_there(empty):
    text = ("The Tallowby nuclear power plant delivered power all year. The Tallowby plant "
            "is the first nuclear power plant in the region.")
    names = {f.site_name: [a for a, _ in f.aliases]
             for f in Ingester(empty).analyse(text).findings}
    assert names == {"Tallowby nuclear power plant": ["Tallowby plant"]}


def test_a_place_s_bare_plant_with_two_plants_named_there_is_not_folded(empty):
    text = ("The Tallowby reprocessing plant and the Tallowby fuel fabrication plant were "
            "shut. The Tallowby plant is the older of the two nuclear plants.")
    found = Ingester(empty).analyse(text).findings
    assert all(f.aliases == [] for f in found)


def test_a_table_aligned_with_spaces_is_read_cell_by_cell(empty):
    text = ("Reference table 3: bases in the region\n\n"
            " #  Facility                 Country   Users\n"
            " 1  Kestrel Air Base         Qatar     QEAF, USAF\n"
            " 2  Camp Tessier             Djibouti  US forces\n\n"
            "Kestrel Air Base Gets A Longer Runway\n\n"
            "Type           Ballistic missile submarine base\n")
    found = [f.site_name for f in Ingester(empty).analyse(text).findings]
    # the rows' names (a heading in Title Case is still no sentence to read names in);
    # an infobox's key is no part of its value's name
    assert found == ["Kestrel Air Base", "Camp Tessier"]


def test_a_row_a_long_cell_pushes_out_of_line_is_still_a_row(empty, tmp_path):
    # a hard-wrapped report's table: the long name leaves a gap of two spaces only
    wrapped = ("The weapons complex has several plants, and the report reviews each of\n"
               "them in turn, with the sites that handle pits and their parts, below.\n"
               "Work on the new lines began in the spring and goes on this year, as the\n"
               "budget allows, at the pace the laboratories set for the complex.\n\n"
               "  Plant                            Location                   Role\n"
               "  -------------------------------  -------------------------  ------\n"
               "  Kesk Assembly Plant              Amarillo, Texas            build\n"
               "  Tallow Weapons Components Campus  Livermore, California    design\n"
               "  Orvale Plant                     Oak Ridge, Tennessee       uranium\n")
    p = tmp_path / "r.txt"
    p.write_text(wrapped, encoding="utf-8")
    ingest(empty, [p])
    sites = {s.name: s for s in empty.sites(("candidate",))}
    tallow = sites["Tallow Weapons Components Campus"]  # (a column of plants names it)
    assert distance_m(tallow.lon, tallow.lat, -121.77, 37.68) <= tallow.precision_m <= 40_000
    orvale = sites["Orvale Plant"]  # its own line still
    assert distance_m(orvale.lon, orvale.lat, -84.27, 36.01) <= orvale.precision_m
    # (a line of justified prose with its wide gaps is no row)
    assert not is_table_row("The  plant  at  Kesk   was  closed  in 1990,  and the")


def test_a_tables_next_column_is_no_part_of_a_name_and_its_plain_pair_a_point(empty):
    # "Daegu Air Base" over "35°53.6′N": no "Air Base 35"; a plain pair alone in its cell
    text = ("K-no  Wartime name   Today                 Position\n"
            "----  -------------  --------------------  ---------------------\n"
            "K-2   Kesk           Tallow Air Base       35°53.6′N 128°39.5′E\n"
            "K-16  Holt           closed; see note 2    37.526, 126.924\n")
    analysis = Ingester(empty, places=[]).analyse(text)
    assert [f.site_name for f in analysis.findings] == ["Tallow Air Base"]
    kinds = [[st.kind for st in sts] for sts in analysis.statements]
    assert kinds[-2:] == [["coordinates"], ["coordinates"]]


def test_a_headings_last_word_is_no_part_of_the_name_the_next_line_opens_with(empty):
    # a hard-wrapped digest: a section's heading over its items, one in capitals
    text = ("Compiled from coastal warnings and range notices, for passage planning\n"
            "only; always consult the original broadcast before sailing, as ever, and\n"
            "keep a good watch on the channels the ranges give in their notices.\n\n"
            "A3. East coast, Lincolnshire\n"
            "KESK AIR WEAPONS RANGE, just north of Holt. Practice bombing and strafing\n"
            "on weekdays. Targets on the drying sands are marked by yellow buoys, and\n"
            "the seal colony is closed.\n"
            "B1. Sardinia\n"
            "Tallow Air Base, south-west of Orvale: exercises 24 February.\n")
    found = [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings]
    assert found == ["KESK AIR WEAPONS RANGE", "Tallow Air Base"]


def test_an_aerodrome_entrys_heading_names_the_base_after_its_code(empty):
    # "CODE — name" over numbered fields (a code the airfield list knows): the base's own
    # name, its kind first (not a "YPLM base"); a list of such entries
    text = ("SECTION 2 — AERODROMES\n\n"
            "YPLM — RAAF Base Kesk\n"
            "2. Direction and distance from city: about 34 km south of Holt\n"
            "Remarks: Bare base. Joint user.\n\n"
            "PMDY — Tallow Atoll Airfield\n"
            "1. ARP coordinates: N28.2015 W177.3813\n")
    found = [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings]
    assert "RAAF Base Kesk" in found and "Tallow Atoll Airfield" in found
    assert not {"YPLM base", "PMDY airfield"} & set(found)


def test_a_headings_item_code_is_no_part_of_the_name(empty):
    # an imagery notebook's codes of its items before their names
    text = ("# Notebook\n\n## Orvale\n\n### C-01 Kesk Naval Base\n\nSouth-east of Holt. "
            "The pier has grown.\n\n### N-01 Naval Base Tallow (ONS Quill)\n\nSouth of "
            "Tallow. A frigate berthed.\n")
    found = sorted(f.site_name for f in Ingester(empty, places=[]).analyse(text).findings)
    assert found == ["Kesk Naval Base", "Naval Base Tallow"]
    # (an airfield's own code is no item's: "### T-4 Tiyas Military Air Base")
    text = "# Notebook\n\n## Orvale\n\n### T-4 Kesk Military Air Base\n\nJets were seen.\n"
    assert [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings] == [
        "T-4 Kesk Military Air Base"]


def test_a_broadcast_in_capitals_quoted_in_a_digest_names_a_place_as_a_telegram_does(
        empty):
    # a warning in capitals among notes in small letters, a line read as a heading: a
    # town's name before one facility's words, wherever in the line (not a kind of sites);
    # a wrapped line of the notes is no headline
    tallow = Place("geonames:1", "Tallow", 44.7, 37.8, "TR", population=300_000)
    text = ("Weekly digest of warnings\n\nDesk notes in lower case are ours; the warnings "
            "are as broadcast.\n\n"
            "NAVAREA III 1191/25\n"
            "2. APPROACHES TO TALLOW NAVAL BASE CLOSED TO ALL NON-MILITARY\n"
            "   TRAFFIC 2000Z TO 0400Z DAILY.\n"
            "3. TALLOW LEGACY SITES PROGRAMME OPEN\n\n"
            "  Desk note: the navy's own HOLT QUILL NAVAL BASE, at Tallow on the\n"
            "  south coast, is not open to merchant calls.\n")
    found = sorted(f.site_name for f in Ingester(empty, places=[tallow]).analyse(text).findings)
    assert found == ["HOLT QUILL NAVAL BASE", "TALLOW NAVAL BASE"]
    # ... not a news heading in capitals, a facility's words in it ("SPAIN: ZARAGOZA BASE TO
    # HOST TANKERS" over the paragraph on Zaragoza Air Base)
    text = ("Weekly newsletter\n\n6. ORVALE: TALLOW BASE TO HOST TANKERS\n\nThe ministry will "
            "base its tankers at Tallow Air Base, west of the city.\n")
    found = [f.site_name for f in Ingester(empty, places=[tallow]).analyse(text).findings]
    assert found == ["Tallow Air Base"]


@pytest.mark.parametrize("text, names", [
    # oil's depots and pumping stations a war strikes, by their whole words; a refinery
    # drones strike
    ("Drones set fire to the Kesk oil depot; the Holt oil pumping station too.",
     ["Kesk oil depot", "Holt oil pumping station"]),
    ("Drones hit the Tallow refinery overnight.", ["Tallow refinery"]),
    ("The Kesk oil refinery was struck by a missile.", ["Kesk oil refinery"]),
    # (and an outpost struck: "targeted the enemy's Hermon outpost with drones")
    ("Fighters targeted the enemy's Kesk outpost with drones.",
     ["Kesk outpost"]),
    # ... not a refinery or a depot of an oil market's report or of a strike over pay, a
    # record; nor a town's sewage pumping station, an "oil center"; nor an outpost snow hits
    ("The Tallow refinery raised its output in May.", []),
    ("The Kesk oil refinery hit its highest run rate; workers at the Tallow refinery began "
     "strikes over pay.", []),
    ("The city's sewage is lifted by the Kesk Mills pumping station.", []),
    ("Workers at the Tallow oil facility were evacuated; Holt is an oil center.", []),
    ("Tourists visit the Kesk outpost, which was hit by heavy snow.", []),
    # ... and in a report on war, its oil depots whatever the sentence says
    ("Drone strikes on Russia's rear, week 12\n\nFire at the Kesk oil depot, videos from "
     "residents.",
     ["Kesk oil depot"]),
])
def test_oil_sites_a_war_strikes(empty, text, names):
    assert [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings] == names


def test_a_forms_facility_field_names_a_site_in_any_language(empty):
    # a regulators' digest: "Facility: úložiště Bratrství, in Jáchymov, a repository"
    text = ("A.2  Decision No. 12240/2025 of 15 July 2025\n"
            "     Applicant: Example Agency\n"
            "     Facility: úložiště Tallow, in Kesk, a repository for waste from research.\n"
            "     Outcome: approval of the monitoring programme.\n")
    found = [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings]
    assert found == ["úložiště Tallow"]


def test_a_regiments_code_in_brackets_is_no_other_name(empty):
    # "Gotlands regemente (P 18)": the Swedish regiment's code, not a name of its garrison
    (f,) = Ingester(empty, places=[]).analyse(
        "Kesks regemente (P 18) was re-established in 2018 in Holt.").findings
    assert f.site_name == "Kesks regemente" and f.aliases == []


def test_a_registers_column_of_centres_names_each_row_s_site_by_its_own_name(empty):
    # a column headed "CENTRE" (a station, a garrison...): each cell the site's own name,
    # "de la" and "del" inside; a wrapped row's next line and the status column name none
    text = ("# Register of former detention centres on premises of the armed forces\n\n"
            "ROW  CENTRE (AS REGISTERED)            FORCE  LOCATION            STATUS\n"
            "---  --------------------------------  -----  ------------------  ---------------\n"
            "001  Escuela de Mecánica de la Kesk    N      Av. del Libertador  Site of memory\n"
            "002  Campo de Tallow (garrison)        A      partido de Holt     Active garrison\n"
            "003  Comando del V Cuerpo de Quill     A      Holt                Active base\n")
    found = [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings]
    assert sorted(found) == ["Campo de Tallow", "Comando del V Cuerpo de Quill",
                             "Escuela de Mecánica de la Kesk"]
    # ... not a table of weather stations in a text of no armed forces
    text = ("# Weather stations\n\n| Station | Region |\n|---|---|\n| Kesk | Orvale |\n"
            "| Tallow | Holt |\n")
    assert Ingester(empty, places=[]).analyse(text).findings == []


def test_a_place_named_by_the_german_adjective_of_its_town_is_one_site(empty):
    # "the Kesker Heide" and "the Truppenübungsplatz Kesk": one training ground
    text = ("The Kesker Heide, north of Kesk, was a training ground of the tank divisions. "
            "The siding ran to the Truppenübungsplatz Kesk, where a ramp survives.")
    (f,) = Ingester(empty, places=[]).analyse(text).findings
    assert f.site_name == "Kesker Heide training ground"
    assert "Truppenübungsplatz Kesk" in [a for a, _ in f.aliases]


def test_a_name_does_not_span_a_column_gap_but_spans_a_line_break():
    assert findings_in("Type           Ballistic missile submarine base") == []
    assert [f.site_name for f in findings_in("Tests at the Kestrel Test\n  Site went on.")] \
        == ["Kestrel Test Site"]


@pytest.mark.parametrize("sentence, site", [
    # a heading on a line of its own, repeated by the paragraph under it
    ("Tallowby\nTallowby Air Force Base, home of the wing, lies east of town.",
     "Tallowby Air Force Base"),
    ("K.L. Orvale\nK.L. Orvale Air Force Base hosts the wing.", "K.L. Orvale Air Force Base"),
    # a name of a word said twice, wrapped after other words: both words are the name's
    ("Crews flew to Walla\nWalla Air Base at dawn.", "Walla Walla Air Base"),
])
def test_a_heading_repeated_by_its_paragraph_is_no_part_of_the_name(sentence, site):
    assert [f.site_name for f in findings_in(sentence)] == [site]


@pytest.mark.parametrize("sentence, site, place, kind", [
    # a Soviet kombinat: facility words alone, confirmed a name by article and initials
    ("Staff of the Testing and Chemical Combine (TCC) built reactors in tunnels.",
     "Testing and Chemical Combine", "Testing and Chemical Combine", "test site"),
    ("The Tallow Electrochemical Combine (TEC), in the closed city, enriches uranium.",
     "Tallow Electrochemical Combine", "Tallow", "other"),
    # a repair yard in a sentence of boats is a shipyard
    ("Half the town works at the Kestrel repair yard, where the boats are refitted.",
     "Kestrel repair yard", "Kestrel", "naval base"),
    # a designation of capitals and a number is the name's first word
    ("The K-17 National Security Complex is in Tallow, Tennessee.",
     "K-17 National Security Complex", "K-17 National Security", "other"),
])
def test_kombinats_repair_yards_and_designated_complexes(sentence, site, place, kind):
    assert [(f.site_name, f.name, f.facility_type) for f in findings_in(sentence)] == [
        (site, place, kind)]


@pytest.mark.parametrize("sentence", [
    "A car repair yard near Kestrel was sold.",  # no boats: a yard of anything
    "3. Fuel Enrichment Plant (FEP): the plant lies underground.",  # a heading's kind
    "They are building a new Uranium Processing Facility there.",  # no name, no place
])
def test_what_is_no_kombinat_yard_or_complex(sentence):
    assert findings_in(sentence) == []


def test_a_body_whose_acronym_opens_its_sites_names_is_no_site(empty):
    text = ("The Atomic Weapons Establishment (AWE) runs two sites. AWE Tallowby, near "
            "the town, designs warheads. AWE Orvale assembles them.")
    found = [f.site_name for f in Ingester(empty).analyse(text).findings]
    assert found == ["AWE Tallowby", "AWE Orvale"]
    # named so alone, it is a site
    text = "The Atomic Weapons Establishment (AWE) designs warheads."
    found = [f.site_name for f in Ingester(empty).analyse(text).findings]
    assert found == ["Atomic Weapons Establishment"]


@pytest.mark.parametrize("sentence, site, dropped", [
    ("The plant has four APR-1400 reactors built under licence.", "APR-1400 reactors", True),
    ("Tallow hosts the air component (the Combined Air Operations Center).",
     "Combined Air Operations Center", True),
    # look-alikes: a reactor named by its own designation, a centre of research
    ("Fuel was loaded into the Tallow-2 reactor.", "Tallow-2 reactor", False),
    ("The Tallow Nuclear Research Center opened.", "Tallow Nuclear Research Center", False),
    # ... and a space programme's control centre, named after its place
    ("The Tallow Satellite Control Center, in Kesk, runs the tracking ships.",
     "Tallow Satellite Control Center", False),
    ("Orbits are run from the Tallow Space Systems Control Centre.",
     "Tallow Space Systems Control Centre", False),
])
def test_a_reactor_design_and_a_headquarters_are_no_sites(sentence, site, dropped):
    found = {f.site_name: is_weapon_or_unit(f, sentence) for f in findings_in(sentence)}
    assert found == {site: dropped}


def test_a_missile_division_named_after_its_town_is_a_missile_base(empty):
    text = ("The Tallowby missile division is the first to receive the new missile. Its "
            "silos lie around Tallowby. The 35th Missile Division moved. Annex C lists the "
            "missile divisions of the RVSN.")
    analysis = Ingester(empty).analyse(text)
    assert [(f.site_name, f.facility_type) for f in analysis.findings] == [
        ("Tallowby missile division", "missile base")]
    # the division is no alias of the town it is named after
    assert "tallowby" in analysis.towns


@pytest.mark.parametrize("sentence", [
    "The tank division at Tallowby moved.",
    "The research division of Tallowby Corp. grew.",
    "The 35th Missile Division moved to Tallowby.",
])
def test_a_division_of_no_missiles_is_a_unit(sentence):
    found = [f for f in findings_in(sentence) if not is_weapon_or_unit(f, sentence)]
    assert found == []


@pytest.mark.parametrize("name, stem", [
    ("Vliegbasis Volkel", "Volkel"), ("Fliegerhorst Büchel", "Büchel"),
    ("Base Aérea de Morón", "Morón"), ("İncirlik Hava Üssü", "İncirlik"),
    # no local word for a base: the name is the place's
    ("Volkel", "Volkel"), ("Base Camp Tern", "Base Camp Tern"), ("Vliegbasis", "Vliegbasis"),
])
def test_local_stem_drops_a_local_word_for_a_base_only(name, stem):
    assert local_stem(name) == stem


@pytest.mark.parametrize("name, place", [
    ("Air Force Station Tarsin", "Tarsin"), ("Naval Air Station Holt Creek", "Holt Creek"),
    ("RAF Tarsin", "Tarsin"), ("TAF Base Tarsin", "Tarsin"),
    # no base words first, or no place after them
    ("Tarsin Air Base", None), ("Base Camp Tern", None), ("Air Base 201", None),
    ("Air Force Station Command", None),
])
def test_base_place_is_the_place_after_the_base_words(name, place):
    assert base_place(name) == place


@pytest.mark.parametrize("sentence, names", [
    ("The last troops have left Tallowian Air Base 201, outside Orvale.",
     ["Tallowian Air Base 201"]),
    ("Drones flew from Air Base 117 near Orvale.", ["Air Base 117"]),
    # a force's base, a works of arms or the atom named by its number
    ("Rocket Force Base 67, headquartered in Orvale, held drills.", ["Rocket Force Base 67"]),
    ("Plant 505 near Orvale, which made the first plutonium, is being cleared.", ["Plant 505"]),
    ("The bomber is assembled at Air Force Plant 44, north of Orvale.", ["Air Force Plant 44"]),
])
def test_a_base_named_by_its_number(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence", [
    "The Air Base 12 km north was hit.",  # a distance, not a number of its name
    "The Air Base has 24 aircraft.",
    "The International Space Station 2 was never built.",  # in orbit
    "Plant 3 near Orvale bottles water.",  # a works of neither arms nor the atom
])
def test_a_number_after_a_base_that_is_no_part_of_its_name(sentence):
    assert findings_in(sentence) == []


@pytest.mark.parametrize("text, part, parent", [
    ("Soyuz rockets fly from Site 31 at the Tallowby Cosmodrome.", "Site 31",
     "Tallowby Cosmodrome"),
    ("The Tallowby Cosmodrome is large. Site 31 is the only pad now used.", "Site 31",
     "Tallowby Cosmodrome"),
    ("Rockets use Launch Complex 39A at the Kestrel Space Center.", "Launch Complex 39A",
     "Kestrel Space Center"),
    # ... a space force's station, of no launch site's words, and the complex's side
    ("Kestrel Space Force Station, about 8 km north of Holt: Space Launch Complex 4 East "
     "(SLC-4E) will see more launches.", "Space Launch Complex 4 East",
     "Kestrel Space Force Station"),
])
def test_a_numbered_pad_is_a_part_of_its_launch_site(empty, text, part, parent):
    found = {f.site_name: f for f in Ingester(empty).analyse(text).findings}
    assert found[part].parent == parent and found[part].unit
    assert found[part].facility_type == "launch site"


@pytest.mark.parametrize("text", [
    "Site 31 is a plot of land the council sold.",  # no launch site to be a part of
    "The site is 12 km away; the Site 2 km further on is a farm.",
])
def test_a_numbered_site_of_no_launch_site_is_nothing(empty, text):
    assert Ingester(empty).analyse(text).findings == []


@pytest.mark.parametrize("text, site, alias", [
    ('Naval Submarine Base New Tallowby ("SUBASE New Tallowby") is on the river. '
     "SUBASE New Tallowby hosts boats.", "Naval Submarine Base New Tallowby",
     {"SUBASE New Tallowby"}),
    # (and the base's words with its number, which name it alone too)
    ("My first stop was Base aérienne 118 Orvale-Kestrel (BA 118), home of two squadrons.",
     "Base aérienne 118 Orvale-Kestrel", {"BA 118", "Base aérienne 118"}),
])
def test_an_acronym_or_number_put_first_is_the_other_name(empty, text, site, alias):
    names = {f.site_name: {a for a, _ in f.aliases}
             for f in Ingester(empty).analyse(text).findings}
    assert names == {site: alias}


def test_another_number_is_another_base(empty):
    text = "Jets left Base aérienne 118 Orvale; BA 702 Kestrel kept its tankers."
    names = {f.site_name for f in Ingester(empty).analyse(text).findings}
    assert names == {"Base aérienne 118 Orvale", "BA 702 Kestrel"}


def test_a_camp_whose_paragraph_speaks_of_troops(empty):
    text = ("Sites:\n\n* Camp Tessier - near Orvale, in the south-east. The main base of the "
            "contingent, with 4,000 soldiers.\n\n* Camp Quill - near Tallow. A summer camp "
            "for children.")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == ["Camp Tessier"]


def test_an_outpost_named_by_its_reef_is_a_site(empty):
    text = ("Reclamation started at Tallow Reef in 2014. By 2018 a runway and hangars for "
            "24 fighters stood on Tallow Reef. Fishing boats sailed past Kestrel Shoal.")
    names = {f.site_name: f.facility_type for f in Ingester(empty).analyse(text).findings}
    assert names == {"Tallow Reef": "airbase"}


def test_a_numbered_base_named_with_and_without_its_country_is_one_site(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Tallowia: Air Base 117 handed over\n\nThe last troops have left Tallowia "
                 "Air Base 117, outside Orvale. The drone base watched the desert.\n\n"
                 "Air Base 118, in the north, stays open.", encoding="utf-8")
    s = ingest(empty, [p], title="Bases")
    names = sorted(empty.get_site(c).name for c in s.candidates_added)
    assert len(names) == 2 and "Air Base 118" in names  # another number: another base
    (one,) = [c for c in s.candidates_added if "117" in empty.get_site(c).name]
    assert {"airbase117", "tallowiaairbase117"} <= _site_names(empty, one)


@pytest.mark.parametrize("sentence", [
    "Work at the Tallow shipyards and at the Kestrel bases resumed in May.",
    "NAVY SHORE INSTALLATIONS: A TIMELINE",
    "Repairs at the shipyards of Tallow and close to the harbour went on.",
    "Military installations in Kestrel",
])
def test_a_places_plural_bases_are_several_facilities_no_site(sentence):
    """'the Kestrel bases', 'the shipyards of Tallow' name every base or yard of a place:
    as one site they drew the citations of each (a town's name its alias)."""
    assert [f.site_name for f in findings_in(sentence)] == []


@pytest.mark.parametrize("sentence, names", [
    ("Boats left the Holt, Tallow and Kestrel submarine bases.",
     ["Holt submarine base", "Tallow submarine base", "Kestrel submarine base"]),
    ("Jets use the air bases at Tallow and Kestrel.", ["Tallow air base", "Kestrel air base"]),
    ("Repairs at the Kestrel shipyard went on.", ["Kestrel shipyard"]),
    ("Steam rose from the Kestrel reactors.", ["Kestrel reactors"]),  # one plant's parts
])
def test_a_list_of_places_before_plural_bases_names_each(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, after, aliases", [
    ('The station is commonly called the "Hub of the Med" by its crews.', "The station", []),
    ("Tallow Air Base, known to its pilots as “Rock of the North”, lies north.",
     "Tallow Air Base", []),
    # a quoted name read to its closing quote, and one with no quotes, stay
    ("Tallow Air Base, known to its pilots as “Kestrel Field”, lies north.", "Tallow Air Base",
     ["Kestrel Field"]),
    ("Tallow Air Base, also known as Kestrel Field of the North, lies north.",
     "Tallow Air Base", ["Kestrel Field"]),
])
def test_a_quoted_nickname_cut_short_is_no_other_name(sentence, after, aliases):
    """'the "Hub of the Med"' is a nickname; its first word alone made 'Hub' an alias, and
    two other reports' "hub" cited the base."""
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("sentence, names", [
    ("Tallow, the old MiG-29 base near the Kestrel delta, hosts jets.", []),
    ("A missile base near the Quill River was seen.", []),
    ("A missile base in the Orvale Valley was seen.", []),
    # a bay, a lake or a town is a place a base is named after
    ("A naval base at Quill Bay was seen.", ["Quill Bay naval base"]),
    ("A missile base near Orvale was seen.", ["Orvale missile base"]),
])
def test_a_base_near_a_river_or_delta_is_named_after_no_place(sentence, names):
    """'the base near the Vistula delta' made a 'Vistula base': a river, a delta or a valley
    is where a site lies, not the place its name is."""
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    ("The shipyard of Tallow at Kestrel builds the new frigates.", []),
    # "of" a place alone, or "in" a province after it: the place the site is named after
    ("The naval base of Quill lies at the mouth of the bay.", ["Quill naval base"]),
    ("The airfield of Orvale in Kestrel Province was seen.", ["Orvale airfield"]),
])
def test_facility_words_of_an_owner_at_a_place_name_no_site_after_the_owner(sentence, names):
    """'the shipyard of Navantia at Ferrol': Navantia owns the yard; a 'Navantia shipyard'
    made the company a site."""
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    ("Drones struck a KLM depot near the river.", []),
    ("An IRGC missile base was hit.", []),
    ("Tallow is the only JASDF fighter base facing the sea.", []),
    # a name in capitals after "a", and a place's facility after "the", stay
    ("A Kestrel Air Base spokesman said so.", ["Kestrel Air Base"]),
    ("The Kestrel shipyard grew.", ["Kestrel shipyard"]),
])
def test_a_capitalised_word_after_a_or_only_says_a_kind_not_a_place(sentence, names):
    """'a PMF depot', 'the only JASDF fighter base': whose or what kind of facility, not
    the place one is named after."""
    assert [f.site_name for f in findings_in(sentence)] == names


_WRAPPED_LIST = (
    "The company reports the completion of scheduled maintenance at three of its old\n"
    "plants and of a joint research programme with a scientific institute in the east.\n"
    "\n"
    "1. Tallow Nuclear Power Plant (Tallow NPP), in the Kestrel Region about 4 km north\n"
    "of the town of Quill, returned its unit 3 to the grid on 11 November after a long\n"
    "outage of many weeks.\n"
    "2. Orvale Nuclear Power Plant, in the Chukotka\n"
    "3. Short items stand alone\n"
)


def test_a_full_list_line_of_wrapped_text_goes_on_and_a_short_one_ends():
    """A numbered item's line as long as the text's lines was broken by the wrap: read
    alone, "1. Tallow Nuclear Power Plant (...), in the Kestrel Region about" looked like
    a headline and its name was lost."""
    spans = split_sentences(_WRAPPED_LIST, wrapped=True)
    texts = [_WRAPPED_LIST[a:b] for a, b in spans]
    assert any(t.startswith("Tallow Nuclear Power Plant") and t.endswith("many weeks.")
               for t in texts)
    assert "Orvale Nuclear Power Plant, in the Chukotka" in texts
    assert "Short items stand alone" in texts


@pytest.mark.parametrize("sentence, names", [
    ("Jets flew from Tallow del Kestrel Air Base at dawn.", ["Tallow del Kestrel Air Base"]),
    ("Jets flew from Quill da Orvale\nAir Base at dawn.", ["Quill da Orvale Air Base"]),
    # a particle with no name before it, or a small word that is none, joins nothing
    ("Jets of the force di Tallow Air Base flew.", ["Tallow Air Base"]),
    ("Jets of Quill at Tallow Air Base flew.", ["Tallow Air Base"]),
    # French, Spanish, Arabic and Swahili articles inside a name
    ("Blasts hit the Quill la Tallow military depot.", ["Quill la Tallow military depot"]),
    ("Ships used the naval base at Port des Kestrel for years.",
     ["Port des Kestrel naval base"]),
    ("Troops moved to the base at Quill el Tallow in May.", ["Quill el Tallow base"]),
    # a particle after the place, before no capital, is no part of it
    ("Ships used the naval base at Port Kestrel la nuit.", ["Port Kestrel naval base"]),
    # a month's short name before a particle is the place's word ("Mar del Plata")
    ("Boats stay at the Mar del Kestrel Naval Base.", ["Mar del Kestrel Naval Base"]),
    ("On Mar 5 the Kestrel Naval Base was busy.", ["Kestrel Naval Base"]),
])
def test_a_place_name_with_a_particle_is_one_name(sentence, names):
    """'Gioia del Colle Air Base' was read as 'Colle Air Base': the small word of a Romance
    place name joins its capitalised words."""
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a Saharan town's "In" ("the well of") inside a sentence is the name's
    ("France tested its bombs at the In Kestrel test site for five years.",
     ["In Kestrel test site"]),
    ("Jets of the air force fly from In Tallow Air Base.", ["In Tallow Air Base"]),
    # opening the sentence, it is a preposition
    ("In Tallow Air Base, the jets were idle.", ["Tallow Air Base"]),
])
def test_a_capitalised_in_inside_a_sentence_opens_a_name(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a sea's word opens a name in Title Case; it names no place before small letters
    ("Tests are run at the Pacific Missile Range Facility on Kesk.",
     ["Pacific Missile Range Facility"]),
    ("Pacific staging bases grew, as did the Pacific fleet base.", []),
])
def test_a_seas_word_may_open_a_name_in_title_case(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    ("Its job was to support the al-Tallow garrison, across the border.",
     ["al-Tallow garrison"]),
    ("Jets bomb al-Kestrel Air Base at dawn.", ["al-Kestrel Air Base"]),
    # a word in small letters with a hyphen opens no name
    ("Fighting raged near the long-range missile base.", []),
])
def test_an_arabic_article_may_open_a_name(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    ("B-6 Tallow Military Industrial Complex — south of Kestrel. Damaged in 2012.",
     ["Tallow Military Industrial Complex"]),
    ("* B-5 Quill Air Base: north of Kestrel.", ["Quill Air Base"]),
    # a designation that is the name's, not a list's label
    ("Y-12 National Security Complex is in Oak Ridge.", ["Y-12 National Security Complex"]),
    ("The K-25 Tallow Air Base — in the east — flew.", ["K-25 Tallow Air Base"]),
    # an industrial complex of no arms maker's is none of ours
    ("The Kestrel Industrial Complex reopened.", []),
])
def test_a_lists_label_is_no_part_of_the_name_and_an_arms_makers_complex_is_a_site(
        sentence, names):
    """'B-6 Yarmouk Military Industrial Complex — south of Khartoum' made no site: an
    industrial complex was civil, and the list's label was kept in the name."""
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("name", ["Quill Air National Guard Base", "Quill Air Reserve Base",
                                  "Quill Air Guard Station"])
def test_a_guard_or_reserve_air_base_is_an_airbase(name):
    assert facility_type_of(name) == "airbase"


@pytest.mark.parametrize("phrase, kind", [
    ("military depot", "storage"), ("ammunition depot", "storage"), ("armoury", "storage"),
    ("Arsenal", "storage"), ("missile depot", "storage"), ("fuel depot", "storage"),
    ("uranium concentrate plant", "nuclear"),
    # a store of warheads: "a nuclear weapons storage site at Kulikovo", then "The Kulikovo
    # storage site" (one site, of one kind)
    ("nuclear weapons storage site", "storage"),
    # ... but a base of boats, nuclear or not, is a naval base
    ("nuclear submarine base", "naval base"),
    # a base of aircraft by their kind is an air base
    ("bomber base", "airbase"), ("fighter base", "airbase"), ("helicopter base", "airbase"),
])
def test_a_depot_or_an_armoury_stores(phrase, kind):
    """The 'Mpila armoury' was no facility and a 'military depot' was of type 'other'."""
    assert facility_type_of(phrase) == kind
    assert [f.site_name for f in findings_in(f"Blasts hit the Quill {phrase} in May.")] == \
        [f"Quill {phrase}"]


@pytest.mark.parametrize("sentence, names", [
    ("The station is the home of the Naval Air Quill Center Aircraft Division.", []),
    ("Staff of the Tallow Research Institute Design Office met.", []),
    # a base's own unit, and a center named alone, stay
    ("The Kestrel Air Base Wing flew.", ["Kestrel Air Base"]),
    ("The Tallow Missile Test Center moved.", ["Tallow Missile Test Center"]),
])
def test_a_centre_named_with_a_bodys_word_is_an_organisation(sentence, names):
    """'the Naval Air Warfare Center Aircraft Division' is a body: it made a 'Warfare
    Center' site."""
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    ("Neither site is large by world standards.", []),
    ("Neither Aegis site can defend it alone.", []),
    ("Either base may host the jets.", []),
    ("The Tallow site is large.", ["Tallow site"]),
])
def test_neither_or_either_opens_no_name(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, after, aliases", [
    ("- Tallow Air Base is also written Tallow Bay Air Base; locally, Kestrel.",
     "- Tallow Air Base", ["Tallow Bay Air Base"]),
    # "written" saying no name
    ("Tallow Air Base was written off in 1990.", "Tallow Air Base", []),
    ("Tallow Air Base, written about by many, grew.", "Tallow Air Base", []),
])
def test_a_name_also_written_otherwise_is_another_name(sentence, after, aliases):
    """'Cam Ranh Air Base is also written Cam Ranh Bay Air Base' made two sites."""
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("sentence, names", [
    ("- Example Institute, *Fast Reactor Newsletter*, various issues.", []),
    ("The Tallow Shipyard Company built boats.", []),
    # facility words and a name of its own after them stay
    ("The Tallow shipyard built boats for the Navy.", ["Tallow shipyard"]),
    ("Jets of the Kestrel Air Base Wing flew.", ["Kestrel Air Base"]),
])
def test_facility_words_inside_a_journals_or_companys_name_name_no_site(sentence, names):
    """'*Fast Reactor Newsletter*' in a list of sources made a 'Fast Reactor' site."""
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    ("Port facility upgraded in 2021.", []),
    ("Range base expanded last year.", []),
    ("Kestrel naval base grew.", ["Kestrel naval base"]),
])
def test_a_facility_word_opening_a_line_is_no_place(sentence, names):
    """'Port facility' at a table cell's start made a site named after 'Port'."""
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("name,text", [
    ("post.md", "The engine stand at the Sohae Satellite Launching Station ([satellite view]("
                "https://www.google.com/maps/@39.6604,124.7053,1200m/data=!3m1!1e3)) was "
                "rebuilt.\n"),
    ("page.html", '<p>The engine stand at the Sohae Satellite Launching Station (<a href="'
                  'https://www.google.com/maps/@39.6604,124.7053,1200m/data=!3m1!1e3">satellite '
                  'view</a>) was rebuilt.</p>'),
])
def test_a_map_link_in_the_sentence_places_the_site_it_names(empty, tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    ingest(empty, [p], title="A post")
    (s,) = empty.sites(None)
    assert s.site_id == "kp-sohae-satellite-launching-station"
    assert (round(s.lat, 4), round(s.lon, 4)) == (39.6604, 124.7053)
    assert s.location_method == "published by source" and s.location_precision == "exact"
    assert s.precision_m >= 1200  # the view's half width at least


def test_a_candidates_first_word_the_report_writes_before_other_names_is_held(empty, tmp_path):
    """A new site's name cut to its first word is a mention only where the word is the
    site's: a report writing the word before other names ("Example Orbital") holds it."""
    for i, text in enumerate([
            "Ships crowded the Sample Naval Base in May.",
            "Imagery by Sample Orbital shows new roofs; Sample said so.",
            "Sample said it again."]):
        p = tmp_path / f"r{i}.txt"
        p.write_text(text, encoding="utf-8")
        ingest(empty, [p], title=f"r{i}")
    (site,) = [s for s in empty.sites(None) if s.name == "Sample Naval Base"]
    cited = {c.source_id for c in empty.citations() if c.site_id == site.site_id}
    held = [r for r in empty.review_items() if r.site_id == site.site_id
            and r.kind == "held mention"]
    assert len(cited) == 2 and len(held) == 1  # r0 and r2 cite it; r1 holds "Sample"
    assert "before other names" in held[0].reason


FACT_SHEETS = """SAMPLE INITIATIVE - FACILITY FACT SHEETS
North Korea: two power plants

==============================
KESTREL NUCLEAR POWER PLANT
==============================
Other names: Kestrelskaya AES; Kestrel NPP
Location: about 40 km east of Pyongyang
Status: under construction

The Kestrel Nuclear Power Plant will have two units.

==============================
TALLOW NUCLEAR POWER PLANT
==============================
Other names: Tallowskaya AES
Location: about 30 km north of Sinuiju
Status: planned

Construction began in 1990 under the name Westville Nuclear Power Plant.
"""


def test_a_fact_sheets_headings_name_the_sites_its_fields_describe(empty, tmp_path):
    """A heading in capitals over fields ("Other names:", "Location:") is the name of the
    site they describe: its other names and its place are that site's, not the page's."""
    p = tmp_path / "sheets.txt"
    p.write_text(FACT_SHEETS, encoding="utf-8")
    ingest(empty, [p], title="Fact sheets")
    sites = {s.name: s for s in empty.sites(None)}
    assert set(sites) == {"Kestrel Nuclear Power Plant", "Tallow Nuclear Power Plant"}
    kestrel, tallow = sites["Kestrel Nuclear Power Plant"], sites["Tallow Nuclear Power Plant"]
    aliases = {s.site_id: {a.alias for a in empty.aliases(s.site_id)} for s in sites.values()}
    assert "Kestrelskaya AES" in aliases[kestrel.site_id]
    assert "Tallowskaya AES" in aliases[tallow.site_id]
    assert "Tallowskaya AES" not in aliases[kestrel.site_id]
    # "under the name X" in a part of the page: that part's site, not the page's first
    assert "Westville Nuclear Power Plant" in aliases[tallow.site_id]
    assert "Westville Nuclear Power Plant" not in aliases[kestrel.site_id]
    # each placed from its own "Location:" field: east of Pyongyang, north of Sinuiju
    assert kestrel.lon > 125.9 and 38.8 < kestrel.lat < 39.3
    assert tallow.lat > 40.2 and tallow.lon < 125.0


GAZETTEER_ENTRIES = """Former stations east of Suez, a gazetteer

RAF Kesk
  Other names: RAF Holt (until 1938).
  Country: Iraq.
  Use: 1936-1959.
  Note: On the Euphrates about 80 km west of Baghdad; besieged in May 1941.

RAF Tallow
  Country: Libya.
  Use: 1943-1966.
  Note: Some 25 km south of Tripoli.
"""


def test_a_gazetteers_note_field_places_the_entry_it_stands_in(empty, tmp_path):
    """An entry's "Note:" field, lines below its name, says where that entry's site is."""
    p = tmp_path / "gazetteer.txt"
    p.write_text(GAZETTEER_ENTRIES, encoding="utf-8")
    ingest(empty, [p], title="Gazetteer")
    sites = {s.name: s for s in empty.sites(None)}
    kesk, tallow = sites["RAF Kesk"], sites["RAF Tallow"]
    assert kesk.country == "IRQ" and 43.0 < kesk.lon < 44.0  # west of Baghdad
    assert tallow.country == "LBY" and 32.4 < tallow.lat < 32.8  # south of Tripoli


def test_any_field_of_a_record_places_the_site_its_heading_line_names(empty, tmp_path):
    """A column of obituaries: each base's name on a line of its own over its fields; the
    place in its "Born:" field is its own. A list's items ("- Lot 1: ...") are no record's
    fields: an item that names no site is not the item before's."""
    p = tmp_path / "column.txt"
    p.write_text("Taps for the bases\n\nKESK AIR BASE (1955-1967)\n"
                 "Born: 1955, some 12 km north-east of Toul.\nDied: 1967.\n\n"
                 "Lots of the tender:\n- Lot 1: the Tallow air base is south of Piacenza.\n"
                 "- Lot 2: the naval station is in Brindisi.\n", encoding="utf-8")
    ingest(empty, [p], title="Column")
    sites = {s.name: s for s in empty.sites(None)}
    kesk, tallow = sites["KESK AIR BASE"], sites["Tallow air base"]
    assert kesk.country == "FRA" and 48.7 < kesk.lat < 48.9 and 5.9 < kesk.lon < 6.1
    assert tallow.lat > 43.5  # south of Piacenza, not in Brindisi (40.6°N)


def test_a_tables_cell_naming_a_site_of_the_text_is_that_site(empty, tmp_path):
    """"| Schacht Kesk | Germany | 52.18 N, 10.40 E |" under "Site": the repository the text
    named, its point the row's (not a second site "Schacht Kesk base")."""
    p = tmp_path / "explainer.txt"
    p.write_text("Repositories\n\nIts low-level waste will go to Schacht Kesk, a former iron "
                 "ore mine.\n\n| Site | Country | Location |\n|---|---|---|\n"
                 "| Schacht Kesk | Germany | 52.18 N, 10.40 E |\n", encoding="utf-8")
    ingest(empty, [p], title="Explainer")
    (site,) = empty.sites(None)
    assert site.name == "Schacht Kesk" and (site.lat, site.lon) == (52.18, 10.4)


def test_a_bracket_two_places_share_qualifies_them_and_names_neither(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Two bare bases: RAAF Base Kestrel (WA) and RAAF Base Tallow (WA) were "
                 "upgraded.\n", encoding="utf-8")
    ingest(empty, [p], title="Bases")
    assert sorted(s.name for s in empty.sites(None)) == ["RAAF Base Kestrel",
                                                         "RAAF Base Tallow"]


def test_the_name_a_base_was_built_or_opened_under_is_another_name_of_it():
    s = "The base, one of the oldest in the region, was built in 1962 as Quellan Airfield."
    assert [a for a, _ in aliases_of_it(s)] == ["Quellan Airfield"]
    s = "It was opened by Dutch engineers in 1971 as Holt Air Station; it grew."
    assert [a for a, _ in aliases_of_it(s)] == ["Holt Air Station"]
    s = "Foreign troops used it as a depot for ten years, under the name Camp Brinmoor."
    assert [a for a, _ in aliases_of_it(s)] == ["Camp Brinmoor"]
    # built as no facility's name: nothing
    assert aliases_of_it("The reactor was built as a copy of the Tolsby design.") == []
    assert aliases_of_it("The plant was opened in 1971 as Kesk grew.") == []


def test_the_subject_also_known_as_after_a_comma_has_that_other_name():
    s = "The airfield, also known as Tolsby air base, lies west of the town."
    assert [a for a, _ in aliases_of_it(s)] == ["Tolsby air base"]
    assert aliases_of_it("The airfield, known for its long runway, lies west.") == []


def test_a_base_opened_under_another_name_is_one_site(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Brinmoor Air Base lies in the south of the country. The base was built by "
                 "foreign engineers in 1952 and opened in 1955 as Holt Air Base; it took "
                 "its present name in 1960.", encoding="utf-8")
    ingest(empty, [p])
    assert [s.name for s in empty.sites(None)] == ["Brinmoor Air Base"]
    assert "Holt Air Base" in {a.alias for a in empty.aliases()}


def test_brackets_after_the_place_a_facility_stands_at_give_its_other_names():
    s = "Jets left the 4th Wing Base at Tolsby\n(Tolsby Air Base, TAB Tolsby) at dawn."
    end = s.index(" at Tolsby")
    assert [a for a, _ in aliases_after(s, end)] == ["Tolsby Air Base", "TAB Tolsby"]
    # brackets that do not bear the place's name are not the facility's
    s = "Jets left the 4th Wing Base at Tolsby (Kesk Province) at dawn."
    assert aliases_after(s, s.index(" at Tolsby")) == []
    s = "Jets left the 4th Wing Base at Tolsby (Tolsby) at dawn."
    assert aliases_after(s, s.index(" at Tolsby")) == []


def test_an_arabic_article_joined_to_a_name_inside_it_is_part_of_the_name():
    f, = findings_in("Drones flew from Qasr ez-Tallow Air Base at night.")
    assert f.site_name == "Qasr ez-Tallow Air Base"
    # opening a name too ("the al-Tanf garrison", "al-Dulaimi Air Base" are how reports
    # write them, though a former name in passing then makes a site of its own)
    f, = findings_in("Drones flew from the al-Tallow air base at night.")
    assert f.site_name == "al-Tallow air base"
    s = "Tallow Airbase, which the army calls Qasr al-Tallow, lies west."
    assert [a for a, _ in aliases_after(s, s.index(","))] == ["Qasr al-Tallow"]


def test_a_stations_letter_inside_its_name_is_part_of_it():
    f, = findings_in("Tallow B power station closed in 2020.")
    assert f.site_name == "Tallow B power station"
    f, = findings_in("The older Kesk Point C station is being defuelled.")
    assert f.site_name == "Kesk Point C station"
    # a capital letter opening a sentence is no station's letter
    f, = findings_in("A missile base was built at Tallow.")
    assert f.site_name == "Tallow missile base"


def test_a_kind_in_two_small_joined_words_inside_a_name_is_part_of_it():
    f, = findings_in("The TALLOW carrier-aviation training complex lies west of the base.")
    assert f.site_name == "TALLOW carrier-aviation training complex"
    # before the place words they describe, not name ("long-range" is no part of it)
    f, = findings_in("Work began on the long-range missile base at Kesk.")
    assert f.site_name == "Kesk missile base"


_WRAPPED_TABLE = """\
+----+----------------------------+---------------------+----------------------+
| #  | Facility                   | Location            | Operator             |
+----+----------------------------+---------------------+----------------------+
| 1  | Tallow Nuclear Power       | 50.10 N 14.20 E     | Tallow Nuclear Power |
|    | Station (TNPS)             |                     | Plant Ltd            |
+----+----------------------------+---------------------+----------------------+
| 2  | Kesk Air Base (4th         | 50.50 N 15.50 E     | Air Force            |
|    | Tactical Air Base)         |                     |                      |
+----+----------------------------+---------------------+----------------------+
"""


def test_a_tables_cells_that_wrap_are_read_each_as_one_line():
    from catalog.ingest.sentences import wrapped_cells

    cells = [c for c, _, _ in wrapped_cells(_WRAPPED_TABLE)]
    assert cells == ["Tallow Nuclear Power Station (TNPS)", "Tallow Nuclear Power Plant Ltd",
                     "Kesk Air Base (4th Tactical Air Base)"]
    # each character where it stands in the text
    c, offsets, _ = wrapped_cells(_WRAPPED_TABLE)[0]
    assert all(_WRAPPED_TABLE[o] == ch for o, ch in zip(offsets, c, strict=False) if ch != " ")
    assert wrapped_cells("| a | b |\n| c | d |\n") == []  # a row each line


def test_a_name_wrapped_in_a_tables_cell_is_one_site(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Annex: sites\n\n" + _WRAPPED_TABLE, encoding="utf-8")
    ingest(empty, [p])
    names = sorted(s.name for s in empty.sites(None))
    # the operator's name, a firm's, is no site; nor the base's unit's words on their own
    assert names == ["Kesk Air Base", "Tallow Nuclear Power Station"]
    aliases = {a.alias for a in empty.aliases()}
    assert {"TNPS", "4th Tactical Air Base"} <= aliases


def test_a_firms_name_ending_in_facility_words_is_no_site():
    assert findings_in("Shares of Tallow Nuclear Power Plant Ltd rose on Monday.") == []
    assert findings_in("The Kesk Shipyard Co. won the order.") == []
    f, = findings_in("Work at the Tallow Nuclear Power Plant went on.")
    assert f.site_name == "Tallow Nuclear Power Plant"


def test_a_joint_stock_company_named_after_its_works_is_the_works():
    # a post-Soviet firm named after its one works: "KRASNOYE SORMOVO PLANT PJSC" in a
    # sanctions list (where a "Power Plant Ltd" is an operator)
    f, = findings_in("KESKOVO MACHINE-BUILDING PLANT JSC (a.k.a. KMZ) manufactures "
                     "armoured personnel carriers.")
    assert f.site_name == "KESKOVO MACHINE-BUILDING PLANT"
    f, = findings_in("The Kesk Tank Plant OJSC builds tanks.")
    assert f.site_name == "Kesk Tank Plant"
    f, = findings_in("The Kesk Tank Plant JSC builds tanks.")
    assert f.site_name == "Kesk Tank Plant"
    assert findings_in("Shares of the Kesk Tank Plant Ltd rose.") == []


def test_a_note_that_also_calls_it_something_names_the_site_spoken_of():
    s = "[TN: Also called the Tallow Space Center; not the Kesk airport.]"
    assert [a for a, _ in aliases_of_it(s)] == ["Tallow Space Center"]
    assert aliases_of_it("Also called for were new talks on the Kesk base.") == []


def test_the_name_a_base_later_took_under_an_owner_is_another_name_of_it():
    s = "X was built as Holt Air Base and later became the Tallow Air Force's Kesk base."
    assert [a for a, _ in aliases_of_it(s)] == ["Holt Air Base", "Kesk base"]
    assert aliases_of_it("It later became the Tallow Air Force's main hub.") == []


def test_an_italian_and_inside_a_name_is_part_of_it():
    s = "Tallow Air Base (officially Kesk e Holt Air Base) is an airfield."
    assert [a for a, _ in aliases_after(s, s.index(" ("))] == ["Kesk e Holt Air Base"]


@pytest.mark.parametrize("sentence", [
    "The navy is reviewing its network of bases in the Caribbean and Central Tallow.",
    "Jets flew from RAF Tallow, in the Eastern Sovereign Base Area, at dawn.",
    # the quoted title of a work cited
    '(3) Example Project, "New Missile Base Near Tallow," Imagery Report No. 9, 2021.',
    '1. Example Federation, "The Tallow Naval Base Expands," 2008.',
])
def test_a_region_a_territory_or_a_cited_title_is_no_site(sentence):
    assert [f.site_name for f in findings_in(sentence)] == []


def test_a_quoted_name_in_a_sentence_is_still_a_site():
    f, = findings_in('The "Tallow Missile Base," as locals call it, grew.')
    assert f.site_name == "Tallow Missile Base"


def test_a_fighters_name_is_no_place_of_its_base():
    assert findings_in("Tallow is home of the MiG-29s and the planned Rafale base.") == []


def test_an_armys_training_area_by_its_own_name_is_a_site():
    f, = findings_in("The Tallow Training Area in the hills is the largest of its kind.")
    assert f.site_name == "Tallow Training Area"
    # where live firing happens; a training camp of recruits, not of a football club
    f, = findings_in("Most live-firing happens at the Tallow training area in the north.")
    assert f.site_name == "Tallow training area"
    f, = findings_in("Officers train Somali recruits at the Tallow Training Camp in Kesk.")
    assert f.site_name == "Tallow Training Camp"
    assert findings_in("Players met at the Tallow Training Camp in Kesk for the cup.") == []
    assert findings_in("The Tallow training area in the hills is the largest.") == []
    # in small letters, where troops drill
    f, = findings_in("A live-fire drill at the Tallow training area was planned.")
    assert f.site_name == "Tallow training area"
    f, = findings_in("Live firing will take place at the Tallow firing range on Monday.")
    assert f.site_name == "Tallow firing range"
    # at a sentence's end, and where aircraft drop paratroopers
    f, = findings_in("Transport aircraft flew airdrop missions over the Tallow training area.")
    assert f.site_name == "Tallow training area"
    # ... and where missile launchers are tried
    f, = findings_in("The Tallow training area (39.78, 105.71) has been used for launcher "
                     "tests since 2005.")
    assert f.site_name == "Tallow training area"
    # ... and where missile defence's radars and interceptors go
    f, = findings_in("The Aegis Ashore radar was to go to the Tallow training area in Kesk.")
    assert f.site_name == "Tallow training area"


def test_a_forts_training_center_is_one_name(empty):
    """"Fort Custer Training Center": the training center's whole name, not a fort named
    "Custer Training"."""
    text = ("Posts\n\n(2) Fort Tallow Training Center, near Kesk, is too small for brigade "
            "manoeuvres.\n")
    assert [f.full for f in Ingester(empty).analyse(text).findings] == [
        "Fort Tallow Training Center"]


def test_a_training_ground_in_small_letters_by_its_paragraph_of_troops(empty):
    """"The Alabino training ground ... is best known to the public as the place where the
    parade rehearses", after a sentence on mobilised reservists: an army's ground."""
    text = ("Grounds\n\nSince 2022 the grounds have trained mobilised reservists. The "
            "Tallow training ground, some 45 km south-west of Kesk, is best known for "
            "parades.\n")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == [
        "Tallow training ground"]
    text = "Grounds\n\nThe Tallow training ground is best known for its parades.\n"
    assert Ingester(empty).analyse(text).findings == []


def test_a_training_ground_in_small_letters_of_a_report_on_an_armys_grounds(empty):
    """A paper on "the Ground Forces' training grounds": its "Tallow training ground", in a
    paragraph a page break cut before its troops, is one of them; a report on football
    clubs' training grounds makes none."""
    body = "\n\nThe Tallow training ground, some 45 km south-west of Kesk, hosts parades.\n"
    lead = ("WHERE THE ARMY LEARNS TO FIGHT: THE GROUND FORCES' TRAINING GROUNDS\n\n"
            "Summary\n\nThe Ground Forces train on a network of large combined-arms training "
            "grounds inherited from the Soviet army.")
    assert [f.site_name for f in Ingester(empty).analyse(lead + body).findings] == [
        "Tallow training ground"]
    lead = "Where clubs train\n\nSummary\n\nFootball clubs build new training grounds."
    assert Ingester(empty).analyse(lead + body).findings == []


@pytest.mark.parametrize("after, kind", [
    ("The base, which trains bomber crews, sits inside the city.", "airbase"),
    ("The air base hosts tankers.", "airbase"),
    ("The base, which hosts a tank brigade, sits inside the city.", "other"),
    ("The base of the hill was flooded.", None),  # no base of ours
    ("Its mayor resigned.", None),  # no base spoken of
])
def test_a_name_placed_at_once_whose_next_sentence_opens_on_the_base(empty, after, kind):
    """ "Dyagilevo, on the western outskirts of Ryazan, was struck in the same wave. The
    base, which trains Tu-22M3 crews, ...": the name is the base's."""
    text = f"Tallowby, on the western outskirts of Kesk, was struck in the same wave. {after}\n"
    got = [(f.site_name, f.facility_type) for f in Ingester(empty).analyse(text).findings]
    assert got == ([("Tallowby", kind)] if kind else [])


def test_a_missile_forces_brigade_named_after_its_town_is_its_garrison(empty):
    """ "The Yuxi brigade, whose garrison lies in Yuxi" in a paragraph on a missile force:
    the garrison named after its town; no unit numbered or of another arm is a site."""
    text = ("Base 94 commands the force's DF-21 brigades in the south. The Tallow brigade, "
            "whose garrison lies in Tallow, got new launchers, and the Kesk brigade is based "
            "about 70 km north of Holt. The 152nd Guards Missile Brigade moved.\n")
    got = [(f.site_name, f.facility_type) for f in Ingester(empty).analyse(text).findings]
    assert ("Tallow brigade", "missile base") in got and ("Kesk brigade", "missile base") in got
    assert not [n for n, _ in got if "152nd" in n or "Guards" in n]
    text = ("Border news\n\nThe army sent more troops north.\n\nThe Orvane brigade of "
            "the army patrolled the border.\n")
    assert Ingester(empty).analyse(text).findings == []


def test_a_missile_forces_brigade_by_its_number_is_its_garrison(empty):
    """ "The 611 Brigade is garrisoned on the outskirts of Chizhou" in a sentence or report
    on a missile force: its garrison; a brigade of another arm, or one numbered as an
    ordinal ("the 152nd Missile Brigade"), stays a unit."""
    text = ("The Rocket Force's 611 Brigade is garrisoned on the outskirts of Tallow. The "
            "612 Brigade is based in Kesk. The 152nd Missile Brigade moved to Holt.\n")
    got = [(f.site_name, f.facility_type) for f in Ingester(empty).analyse(text).findings]
    assert got == [("611 Brigade", "missile base"), ("612 Brigade", "missile base")]
    text = "Border news\n\nThe army's 311 Brigade patrolled the border near Holt.\n"
    assert Ingester(empty).analyse(text).findings == []


def test_a_compound_by_its_number_is_read_in_a_sentence_of_no_facility_word(empty):
    text = "Anthrax spores escaped in 1979 from Military Compound 19 in Kesk.\n"
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == [
        "Military Compound 19"]


def test_hills_where_weapons_are_stored_are_a_site_a_town_of_the_name_is_not(empty):
    text = ("The Tallow Hills, near Kesk, where the army is believed to store weapons, were "
            "struck. Nuclear weapons were once stored near Burns Flat, a town.\n")
    assert [(f.site_name, f.facility_type) for f in Ingester(empty).analyse(text).findings] \
        == [("Tallow Hills", "storage")]


def test_a_kings_number_is_part_of_a_bases_name_a_class_is_not():
    f, = findings_in("Aircraft from King Tallow I Air Base flew on Monday.")
    assert f.site_name == "King Tallow I Air Base"
    assert findings_in("Drones were seen over Class I nuclear facilities.") == []


def test_a_name_in_quotes_after_facility_words_is_the_facilitys():
    f, = findings_in('Next to it is the optical tracking complex "Tallow" near Kesk.')
    assert (f.name, f.facility_type) == ("Tallow", "other") and f.described
    # a quoted title or phrase is no name
    assert findings_in('The base "Where It All Began" is a film about Kesk.') == []
    assert findings_in('He called the missile base "a disgrace".') == []


def test_a_range_a_missiles_warhead_struck_is_a_test_range():
    f, = findings_in("Its dummy warhead struck a target at the Tallow-Kesk range on Friday.")
    assert f.site_name == "Tallow-Kesk range"
    # ... or tests took place at, or launches went from
    f, = findings_in("Earlier tests took place at the Tallow Kesk range near the sea.")
    assert f.site_name == "Tallow Kesk range"
    # ... or troops' exercises or firing use
    f, = findings_in("The Tallow range on the coast is used in the same exercises.")
    assert f.site_name == "Tallow range"
    f, = findings_in("Gunners finished live firing at the Kesk range in May.")
    assert f.site_name == "Kesk range"
    # a range of hills is no site
    assert findings_in("Missile bases are dug into the Tallow range.") == []
    assert findings_in("Hikers crossed the Tallow range in May.") == []


@pytest.mark.parametrize("sentence, full", [
    ("Jets use the Tallow Combat Readiness Training Center, about 6 miles west of Tallow.",
     "Tallow Combat Readiness Training Center"),
    ("Soldiers train at the Fort Kesk Training Center near Orvale.",
     "Fort Kesk Training Center"),
    ("The Tallow Training Center hosts troops.", "Tallow Training Center"),
    # a firm's, a fire brigade's; a school a garrison hosts, by no place's name
    ("The Tallow Training Center opened in Kesk.", None),
    ("The Tallow Fire Training Centre opened.", None),
    ("Kesk Garrison hosts the Infantry Training Centre.", "Kesk Garrison"),
])
def test_an_armys_training_center_by_its_place(sentence, full):
    """"The Alpena Combat Readiness Training Center": an army's by its words or a sentence
    of troops, and named after a place or a person."""
    assert [f.full for f in findings_in(sentence)] == ([full] if full else [])


@pytest.mark.parametrize("sentence, name, phrase", [
    ("The Glen of Tallow artillery range is the army's main live-firing area.",
     "Glen of Tallow", "artillery range"),
    ("Troops train at the Isle of Kesk firing range.", "Isle of Kesk", "firing range"),
    ("The Vale of Orvale training area hosts troops.", "Vale of Orvale", "training area"),
    ("The Isle of Tallow power station was closed.", "Isle of Tallow", "power station"),
])
def test_a_landscapes_name_with_of_in_it_is_the_place(sentence, name, phrase):
    """"The Glen of Imaal artillery range": the name of a glen, an isle, a vale or a bay
    keeps its "of" (not a range named after "Imaal")."""
    f, = findings_in(sentence)
    assert (f.name, f.phrase) == (name, phrase)


def test_facility_words_built_at_a_place_after_what_they_use():
    f, = findings_in("A uranium enrichment plant using a novel process was built\nat Tallow.")
    assert f.site_name == "Tallow uranium enrichment plant"
    assert findings_in("A reactor with a French design was praised in Tallow.") == []


def test_two_nations_words_joined_name_no_place():
    assert findings_in("It is a joint UK-US military facility, run by US forces.") == []
    f, = findings_in("Jets flew from Holt-Tallow air base.")
    assert f.site_name == "Holt-Tallow air base"


def test_a_plants_initials_and_words_are_one_site(empty, tmp_path):
    for i, text in enumerate([
            "Kestrelsk Nuclear Power Plant has four units. The Kestrelsk NPP is operating.",
            "Russia's Tallowsk NPP is operating normally.",
            "The Tallowsk Nuclear Power Plant has four units."]):
        p = tmp_path / f"r{i}.txt"
        p.write_text(text, encoding="utf-8")
        ingest(empty, [p], title=f"r{i}")
    assert sorted(s.name for s in empty.sites(None)) == ["Kestrelsk Nuclear Power Plant",
                                                         "Tallowsk NPP"]


def test_a_namesake_abroad_by_another_name_only_does_not_place_a_site(empty, tmp_path):
    # GeoNames lists "Nal" among the other names of Nalchik, Russia
    p = tmp_path / "r.txt"
    p.write_text("India's air force flies MiG-21s from Air Force Station Nal.\n",
                 encoding="utf-8")
    ingest(empty, [p], title="Stations")
    (site,) = empty.sites(None)
    assert site.lat is None or site.country == "IND"


def test_a_base_named_by_its_command_where_it_is_is_the_base(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("The drill was held at the 6th Main Jet Base Command in Tallowby. Jets "
                 "flew from the 2nd Main Jet Base Command (2. Ana Jet Us) to the "
                 "coast.\n\nThe 6th Main Jet Base, about 5 km north of Tallowby, got new "
                 "shelters.", encoding="utf-8")
    ingest(empty, [p])
    assert sorted(s.name for s in empty.sites(None)) == [
        "2nd Main Jet Base Command", "6th Main Jet Base Command"]
    assert "6th Main Jet Base" in {a.alias for a in empty.aliases()}


def test_a_base_command_a_base_is_home_to_is_a_unit():
    text = ("Kestrel Air Base is home to the 10th Tanker Base Command in Orvale; Holt Air "
            "Base was the headquarters of the 4th Main Jet Base Command (4. Ana Jet).")
    kept = [as_base_command(f, text) for f in findings_in(text)]
    assert [f.site_name for f in kept if not is_weapon_or_unit(f, text)] == [
        "Kestrel Air Base", "Holt Air Base"]


def test_a_translators_note_on_what_the_base_is_called_names_it():
    s = "[Translator's note: the base is generally called Tallowby Air Base in English.]"
    assert [a for a, _ in aliases_of_it(s)] == ["Tallowby Air Base"]


def test_a_list_item_that_is_a_name_and_nothing_else_names_a_site(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("The plant has two reactors.\nSee also\nTallowby Nuclear Power Plant\n"
                 "Kestrel Nuclear Power Plant\nReferences\n",
                 encoding="utf-8")
    ingest(empty, [p])
    assert sorted(s.name for s in empty.sites(None)) == [
        "Kestrel Nuclear Power Plant", "Tallowby Nuclear Power Plant"]


def test_a_numbered_list_items_name_before_a_dash_names_a_site(empty, tmp_path):
    # a forum's list: "4. Moem Barracks - Wewak, East Sepik, 2nd Battalion RPIR"
    p = tmp_path / "r.txt"
    p.write_text("Bases of Testland\n\nHere is my list so far:\n1. Tallow Barracks - Kesk, "
                 "Defence Headquarters\n2. Orvale Naval Base - Holt\n3. Breaking News - "
                 "Kesk Update\n", encoding="utf-8")
    ingest(empty, [p])
    assert sorted(s.name for s in empty.sites(None)) == ["Orvale Naval Base",
                                                         "Tallow Barracks"]


def test_a_heading_alone_or_a_title_of_more_words_names_no_site(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Orvale Test Site\n\nThe Orvale Ballistic Missile Test Site (OTS) lies on "
                 "an atoll.\n\nRelated articles\nWork At Kestrel Missile Base Goes On\n"
                 "Drones Seen Over Tallowby Air Base Again\n", encoding="utf-8")
    ingest(empty, [p])
    assert [s.name for s in empty.sites(None)] == ["Orvale Ballistic Missile Test Site"]


_SITE_TABLE = """Foreign air bases in Testland (as of 2026)

+----+----------------------+--------------------+
| #  | Site                 | Where / users      |
+----+----------------------+--------------------+
| 1  | Tallowby (2nd Wing   | Kesk; about 12 km  |
|    | camp), beside Kesk   | north of the port  |
+----+----------------------+--------------------+
| 2  | Camp de Orvale       | Holt               |
| 3  | Brinmoor / Kestrel   | Holt               |
| 4  | Kenya                | everywhere         |
| 5  | Fighter Wing Kestrel | Kesk               |
+----+----------------------+--------------------+
"""


def test_a_tables_column_of_sites_names_each_rows_site():
    cells = site_column_cells(_SITE_TABLE)
    assert [(n, _SITE_TABLE[o:o + len(n)], k) for n, o, k in cells] == [
        ("Tallowby", "Tallowby", "other"), ("Camp de Orvale", "Camp de Orvale", "other"),
        ("Kenya", "Kenya", "other"), ("Fighter Wing Kestrel", "Fighter Wing Kestrel", "other")]
    # (no telling which of two names; a country and a unit are dropped by the findings)
    # another column, or a table of no sites, names none
    assert site_column_cells("| # | Town | Where |\n| 1 | Tallowby | Kesk |\n") == []

    assert site_column_cells("| Airfield | Runway  |\n| Kesk     | 2,400 m |\n") == [
        ("Kesk", 25, "airbase")]
    # a column of airports, in a table that places them (not one of passengers)
    assert site_column_cells("| Airport | Province | Lat | Lon |\n| Kesk Airport | Holt | "
                             "36.1 | 36.2 |\n") == [("Kesk Airport", 37, "airbase")]
    assert site_column_cells("| Airport | Passengers (2023) | Airline |\n"
                             "| Kesk International Airport | 3,200,000 | Orrin Air |\n") == []
    assert site_column_cells("| Rank | Airport | City | Passengers (2023) |\n"
                             "| 1 | Kesk Airport | Holt | 3,000 |\n") == []
    assert [n for n, _, _ in site_column_cells(
        "| Aerodrome | ICAO | Damage |\n|---|---|---|\n| Kesk | XKSK | hangar burned |\n")] \
        == ["Kesk"]
    # an aligned table whose header holds a date, each header a little left of its dashes
    aligned = ("Site         Province         Status at 31 December 2025\n"
               "-----------   --------------   --------------------------\n"
               "Kesk Lake    Saskatchewan     Decommissioned\n"
               "Tallowby     Ontario          Monitoring\n")
    assert [n for n, _, _ in site_column_cells(aligned)] == ["Kesk Lake", "Tallowby"]

    # a spreadsheet's export, its cells parted by tabs: a column of facilities names an
    # airport by its name; the table ends at a line with other tabs
    export = ("event_id\tdate\tfacility_name\tevent_type\n"
              "E-01\t2025-03-16\tKesk airport\tair strike\n"
              "E-02\t2025-03-17\tTallow International Airport\tdrone attack\n"
              "Notes:\tnone\n"
              "E-03\t2025-03-18\tOrvale airport\tair strike\n")
    assert [n for n, o, k in site_column_cells(export)] == [
        "Kesk airport", "Tallow International Airport"]
    assert site_column_cells(export.replace("facility_name", "town")) == []



def test_a_registers_column_of_enterprises_names_works_each_cut_at_its_gap():
    # (the second row's next cell starts a letter early: no part of the name)
    table = ("NO  ENTERPRISE (as registered)    HOLDING / OWNER    LOCATION\n"
             "--- ----------------------------- ------------------ ------------\n"
             "01  Tallowvagonzavod              Kesk Holding       in Holt\n"
             "02  Ural Works of Tallow         Kesk Holding       in Holt\n")
    assert [(c, k) for c, _, k in site_column_cells(table)] == [
        ("Tallowvagonzavod", "enterprise"), ("Ural Works of Tallow", "enterprise")]



def test_a_cell_with_two_spaces_inside_keeps_its_whole_name(empty):
    # (text taken from a PDF spreads a cell's words too)
    table = ("Tanks come from these works.\n\n"
             "NO  PLANT                             OWNER              LOCATION\n"
             "--- --------------------------------- ------------------ ------------\n"
             "01  Kesk  Machine-Building  Plant     Holt Holding       Tallow\n")
    assert [f.site_name for f in Ingester(empty).analyse(table).findings] == [
        "Kesk Machine-Building Plant"]


@pytest.mark.parametrize("about, found", [
    # works in a register of the arms industry; a table of banks and airlines names none
    ("Tanks and ammunition come from these works.", ["Tallowvagonzavod", "Kesk Airlines"]),
    ("Sanctioned banks and airlines.", []),
])
def test_a_registers_enterprises_are_works_only_in_a_text_on_arms(empty, about, found):
    table = (f"{about}\n\n"
             "ENTERPRISE                  SECTOR       CITY\n"
             "--------------------------- ------------ ------------\n"
             "Tallowvagonzavod            tanks        Holt\n"
             "Kesk Airlines               aviation     Holt\n")
    assert [f.site_name for f in Ingester(empty).analyse(table).findings] == found


_ALIGNED_TABLE = """\
KESTREL AIRFIELDS STRUCK, 2024

Airfield            Oblast    Notes
------------------  --------  -----------------------
Tallowby            Kesk      fuel depot hit
Orvale airport      Kesk      civil, used by the army
Holt air base       Tarsin    -
                    Tarsin    (a wrapped note)
Unnamed strip       Kesk      -

Tarsin is 40 km away.
"""


def test_a_table_aligned_with_spaces_names_its_sites_in_its_column():
    cells = site_column_cells(_ALIGNED_TABLE)
    assert [(n, _ALIGNED_TABLE[o:o + len(n)], k) for n, o, k in cells] == [
        ("Tallowby", "Tallowby", "airbase"), ("Orvale airport", "Orvale airport", "airbase")]
    # ("Holt air base": the facility words read it; a wrapped line and "Unnamed" name none;
    # the table ends at the blank line) a column of towns names none
    assert site_column_cells("Town      Notes\n--------  -----\nTallowby  small\n") == []


def test_a_bare_place_in_a_tables_column_of_sites_is_a_site(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(_SITE_TABLE, encoding="utf-8")
    ingest(empty, [p])
    names = {a.alias for a in empty.aliases()}
    assert {"Tallowby", "Camp de Orvale"} <= names
    assert not {"Brinmoor", "Kestrel", "Kenya", "Fighter Wing Kestrel"} & names


def test_an_aviation_plant_is_works_and_an_aviation_base_an_air_base():
    assert facility_type_of("Aviation Plant") == "production"
    assert facility_type_of("naval aviation base") == "airbase"


_CABLE = (
    "1. FONMIN SAID THAT PRESS REPORTS OF F-105 STRIKES FROM TALLOW RTAFB HAD BEEN\n"
    "RAISED BY OPPOSITION MEMBERS. HE NOTED THAT THE BASE WAS NOW BETTER KNOWN\n"
    "IN AMERICA THAN AT HOME.\n\n"
    "2. FONMIN ALSO RAISED NOISE AND ACCIDENTS AT HOLT RTAFB, ON SOUTHERN EDGE\n"
    "OF HOLT TOWN, WHERE AN RF-4C CRASHED SHORT OF RUNWAY DAMAGING HOUSES.\n\n"
    "3. AMBASSADOR SAID\n"
    "PORT FACILITIES WERE PRIMARILY TO SUPPORT THE AIR BASES AND WOULD BE HANDED\n"
    "OVER TO THE NAVY.\n")


def test_a_cable_in_capitals_is_read_in_sentences_over_its_wrapped_lines():
    got = [_CABLE[a:b] for a, b in split_sentences(_CABLE)]
    assert "HE NOTED THAT THE BASE WAS NOW BETTER KNOWN\nIN AMERICA THAN AT HOME." in got
    assert any(s.startswith("FONMIN ALSO RAISED") and s.endswith("HOUSES.") for s in got)


def test_a_cable_in_capitals_names_bases_by_their_initials_only(empty, tmp_path):
    p = tmp_path / "cable.txt"
    p.write_text(_CABLE, encoding="utf-8")
    ingest(empty, [p])
    names = {s.name for s in empty.sites(None)}
    assert {"TALLOW RTAFB", "HOLT RTAFB"} <= names
    assert not any("AMBASSADOR" in n for n in names)  # every word is in capitals there


def test_an_air_force_bases_initials_after_its_name():
    (f,) = findings_in("Noise at Tallow RTAFB, on the edge of the town, grew.")
    assert (f.site_name, f.facility_type) == ("Tallow RTAFB", "airbase")
    assert facility_type_of("AFB") == "airbase"


def test_a_text_is_in_capitals_when_nine_in_ten_of_at_least_200_letters_are():
    from catalog.ingest.sentences import in_capitals

    cable = "FONMIN ASKED ABOUT THE TALLOW AIR BASE AND ITS RUNWAY. " * 6
    assert in_capitals(cable)
    assert not in_capitals(cable[:150])  # too few letters to tell
    assert not in_capitals(cable + "But this note was typed later in small letters. " * 4)


def test_a_designation_labelling_a_lists_item_is_no_part_of_the_name():
    f, = findings_in("B-3 Tallow Obeid airbase - North Kordofan; about 4 km south of Holt.")
    assert f.site_name == "Tallow Obeid airbase"
    f, = findings_in("Workers at the Y-12 Tallow Security Complex left.")
    assert f.site_name == "Y-12 Tallow Security Complex"


def test_a_military_camp_by_its_name_is_a_site_a_camp_described_is_not():
    f, = findings_in("Troops are posted to Tallowton Military Camp this year.")
    assert f.site_name == "Tallowton Military Camp"
    assert findings_in("It is the largest foreign military camp in the Tallowlands.") == []
    assert findings_in("Aid reached the Tallowton refugee camp.") == []


def test_an_armed_services_words_before_a_base_are_its_owner_not_a_place():
    assert findings_in("It was the British and U.S. Marine Corps base about 35 km north-west "
                       "of Tallowgah.") == []
    f, = findings_in("The Coast Guard station at Tallowby closed.")
    assert f.site_name == "Tallowby Coast Guard station"


def test_a_name_dated_before_a_year_is_a_former_one_and_the_next_another_name():
    s = ("Joint Base Tallow under the Americans, al-Kestrel Air Base before 2003, now "
         "Tallow Air Base of the air force.")
    assert former_names(s) == [("al-Kestrel Air Base", s.index("al-"))]
    assert aliases_after(s, s.index(" before")) == [("Tallow Air Base", s.index("Tallow Air"))]


@pytest.mark.parametrize("sentence, after, aliases", [
    # the same base described by its town, set off by commas
    ("PAF Base Tallow, the Kestrel air base some 4 km south of Kestrel, showed craters.",
     "PAF Base Tallow", ["Kestrel air base"]),
    ("India says it struck Quill Air Base, the Orvale airfield about 10 km west of Orvale.",
     "Quill Air Base", ["Orvale airfield"]),
    ("The Tallow Nuclear Research Center, the Kestrel reactor, was not hit.",
     "Tallow Nuclear Research Center", ["Kestrel reactor"]),
    # a list of bases is no other name
    ("Strikes hit Quill Air Base, the Orvale air base and the Kestrel air base.",
     "Quill Air Base", []),
    ("Strikes hit Quill Air Base, the Orvale air base of the army, and others.",
     "Quill Air Base", []),
    # an owner's possessive inside brackets; square brackets after a facility's name only
    ("The Kestrel air base (the IRIAF's 9th Tactical Air Base) shares the runway.",
     "The Kestrel air base", ["9th Tactical Air Base"]),
    ("Engineers repair Tallow Air Base [Tallowe], north of the town.", "Tallow Air Base",
     ["Tallowe"]),
    ("The missile test site of Kestrel [also Kestrelle] grew.", "site of Kestrel", []),
])
def test_other_names_set_off_or_in_brackets(sentence, after, aliases):
    end = sentence.index(after) + len(after)
    assert [a for a, _ in aliases_after(sentence, end)] == aliases


@pytest.mark.parametrize("sentence, found", [
    # a part by its own name at a facility named in full: of the place that facility is
    # named after ("light" is a reactor's word, no place's)
    ("The Experimental Light Water Reactor (ELWR) at the Tallow Nuclear Scientific Research "
     "Center continues to operate.",
     [("Tallow Experimental Light Water Reactor", "Tallow"),
      ("Tallow Nuclear Scientific Research Center", None)]),
    # an indefinite one is no name
    ("It restarted a 220-megawatt reactor at the Tallow Atomic Power Station.",
     [("Tallow Atomic Power Station", None)]),
])
def test_a_part_by_its_own_name_at_a_facility_named_in_full(sentence, found):
    assert [(f.site_name, f.parent) for f in findings_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # a model's name before the facility words is no place: the place is after "at"
    ("In the north, the Voronezh-VP station at Tarsin has replaced the old radar.",
     [("Tarsin Voronezh-VP station", None)]),
    # a number after the hyphen: a base named after its town
    ("The Tarsin-2 air base was struck.", [("Tarsin-2 air base", None)]),
])
def test_a_models_name_is_no_place(sentence, found):
    assert [(f.site_name, f.parent) for f in findings_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # a table row's number before the name is none of its words
    ("GB-011 Tallow Air Base             ARE   Kesk      active",
     [("Tallow Air Base", None)]),
    ("The IR-40 reactor at Tallow was redesigned.", [("IR-40 reactor", None)]),
])
def test_a_rows_number_is_no_part_of_a_name(sentence, found):
    assert [(f.site_name, f.parent) for f in findings_in(sentence)] == found


@pytest.mark.parametrize("sentence, names", [
    ("Tallow Barracks, on the edge of Kesk, is home of a cavalry regiment.", ["Tallow Barracks"]),
    # a person's middle initial inside the name
    ("The Lucius D. Tallow Kaserne houses the headquarters.", ["Lucius D. Tallow Kaserne"]),
    # ... and a person's initials opening it, spaced
    ("Work begins at F. E. Tallow AFB first.", ["F. E. Tallow AFB"]),
    # the police's is none of ours
    ("Police barracks in the town were attacked.", []),
])
def test_barracks_by_name(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_the_former_name_set_off_is_another_name():
    s = "Lucius D. Tallow Kaserne, the former Kesk Army Airfield, about 7 km south-east."
    assert [a for a, _ in aliases_after(s, s.index(","))] == ["Kesk Army Airfield"]


def test_a_one_word_name_in_small_letters_is_a_word_not_the_site(empty):
    """A site called "Valley" by one of its names is not mentioned by "the valley floor";
    "Valley" itself, capitalised, still is."""
    from catalog.model import Alias

    empty.add_site(Site("gb-tallow-valley", "RAF Tallow Valley", "airbase"))
    empty.add_alias(Alias("gb-tallow-valley", "Valley"))
    ing = Ingester(empty)
    assert ing.analyse("Floods reached the valley floor on Monday.").mentions == []
    (m,) = ing.analyse("Jets left Valley on Monday.").mentions
    assert m.site_id == "gb-tallow-valley"


def test_a_makers_people_are_not_what_a_report_is_about():
    from catalog.ingest.names import country_counts

    text = ("Saudi Arabia has Chinese-made missiles and Chinese-built launchers. Saudi "
            "officials said so.")
    assert country_counts(text) == {"SA": 2}


def test_a_city_in_brackets_after_a_works_is_where_it_stands_not_its_name(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Drones set fire to the drone workshop of the Kestrel Electromechanical "
                 "Plant (Izhevsk) on Tuesday.\n", encoding="utf-8")
    ingest(empty, [p], title="Strikes on the defence industry")
    (site,) = empty.sites(None)
    assert site.name == "Kestrel Electromechanical Plant"
    assert {a.alias for a in empty.aliases(site.site_id)} == {site.name}


def test_an_air_forces_country_opening_a_bases_name_is_no_site_of_its_own(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Transports flew from Pakistan Air Force Base Tallow Kahar.\n",
                 encoding="utf-8")
    ingest(empty, [p], title="Bases")
    (site,) = empty.sites(None)
    assert site.name == "Pakistan Air Force Base Tallow Kahar"
    assert {a.alias for a in empty.aliases(site.site_id)} == {
        site.name, "Air Force Base Tallow Kahar", "Tallow Kahar"}


def test_a_sentence_naming_a_radar_by_its_place_alone_is_read(empty, tmp_path):
    # no facility word but "radar": the sentence is read all the same
    p = tmp_path / "r.txt"
    p.write_text("Early warning in the Caucasus\n\nThe Tallow radar, which Russia left in "
                 "2012, stands empty.\n", encoding="utf-8")
    ingest(empty, [p], title="Radars")
    assert [(s.name, s.facility_type) for s in empty.sites(None)] == [("Tallow radar", "other")]


def test_a_lists_items_under_an_intro_on_bases_a_blank_line_above_are_sites(empty, tmp_path):
    p = tmp_path / "r.md"
    p.write_text("# The chain's outposts\n\nThe navy has built three bases with runways and "
                 "hangars:\n\n- **Tallow Reef** (Kesk Jiao), in the west of the chain.\n\n"
                 "- **Holt Reef** (Quill Jiao), the administrative hub.\n", encoding="utf-8")
    ingest(empty, [p], title="Outposts")
    assert sorted(s.name for s in empty.sites(None)) == ["Holt Reef", "Tallow Reef"]


@pytest.mark.parametrize("text, names", [
    # a count opening a sentence, an adverb after a speaker's label
    ("Strikes\n\nFour drive-through shelters have been added at Tallow-ri this year.\n", []),
    ("Hearing\n\nSenator KESK: Secondly, the Naval Communication Station Tallow E. Holt. "
     "There were reports of an upgrade.\n", ["Naval Communication Station Tallow E. Holt"]),
    # a cited work's title in the references
    ("Notes\n\n3. J. Smith, Exporting Reactors: Argentina and INVAP (Example Press, 2015).\n"
     "6. ^ B. Example (2009). Siting of Advanced Reactors. Example University Press.\n"
     "7. M. Example and K. Example, \"More Than 100 New Missile Silos\", July 2021.\n", []),
])
def test_counts_adverbs_and_cited_titles_name_no_site(empty, tmp_path, text, names):
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    ingest(empty, [p], title="Notes")
    assert [s.name for s in empty.sites(None)] == names


def test_a_sentence_naming_a_post_by_its_kind_first_is_read(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Posts abroad\n\nP-3s use Cooperative Security Location Tallow.\n",
                 encoding="utf-8")
    ingest(empty, [p], title="Posts")
    assert [s.name for s in empty.sites(None)] == ["Cooperative Security Location Tallow"]


def test_a_stop_glued_to_a_notes_number_ends_a_sentence():
    t = "It lies 65 km south of Seoul.1 Tallow Air Base, home of a wing, is named after a city."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "It lies 65 km south of Seoul.1",
        "Tallow Air Base, home of a wing, is named after a city."]
    t = "It grew 3.5 Km in 2019. Then it stopped."  # (a number's point is no stop)
    assert [t[a:b] for a, b in split_sentences(t)] == ["It grew 3.5 Km in 2019.",
                                                       "Then it stopped."]


def test_a_station_named_first_at_its_place_is_one_site_not_the_places_too(empty, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Islands\n\nGUEST: At the bottom, INS Orvalpur at Holt Bay - the southernmost "
                 "air station, looking south.\n", encoding="utf-8")
    ingest(empty, [p], title="Islands")
    assert [s.name for s in empty.sites(None)] == ["INS Orvalpur"]


@pytest.mark.parametrize("text", [
    # an agreement's or a force's many sites, an owner's possessive before them
    "Next week: the Philippines' EDCA sites.",
    "The new EDCA sites in the north of Luzon are army camps.",
])
def test_an_acronyms_many_sites_are_no_site(empty, tmp_path, text):
    p = tmp_path / "r.txt"
    p.write_text("Digest\n\n" + text + "\n", encoding="utf-8")
    ingest(empty, [p], title="Digest")
    assert empty.sites(None) == []


def test_a_saints_or_a_mounts_short_word_ends_no_sentence():
    t = "It lies 30 km south of Sault Ste. Marie in Michigan. Mt. Hood is far."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "It lies 30 km south of Sault Ste. Marie in Michigan.", "Mt. Hood is far."]


def test_electrolysis_is_a_word_of_the_facilitys_name_not_its_places():
    (f,) = findings_in("The Kesk Electrolysis Chemical Combine enriches uranium.")
    assert (f.site_name, f.place) == ("Kesk Electrolysis Chemical Combine", "Kesk")


def test_a_fort_town_measured_from_or_placed_in_is_no_fort(empty, tmp_path):
    # Fort Walton Beach (about 20,000 people) and Fort Worth are towns; Fort Drum is where
    # troops are
    p = tmp_path / "r.txt"
    p.write_text("The test field lies about 11 km north-east of Fort Walton Beach. Lockheed "
                 "builds jets in Fort Worth, Texas. Troops drilled at Fort Drum in the rain.",
                 encoding="utf-8")
    ingest(empty, [p])
    assert [s.name for s in empty.sites(None)] == ["Fort Drum"]


def test_another_kind_of_facility_named_after_a_known_sites_town_is_new(empty, tmp_path):
    # a known "Testvik airfield" (alias "Testvik"): "the Testvik nuclear power plant" is no
    # mention of it, but a plant of its own; "the Testvik plant" may be anything's there
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("In Testland, jets flew from Testvik airfield on Monday.", encoding="utf-8")
    second.write_text("In Testland, the site of the Testvik nuclear power plant has been "
                      "fenced.", encoding="utf-8")
    ingest(empty, [first])
    ingest(empty, [second])
    names = sorted(s.name for s in empty.sites(None))
    assert names == ["Testvik airfield", "Testvik nuclear power plant"]
    airfield = next(s for s in empty.sites(None) if s.name == "Testvik airfield")
    assert not any("fenced" in (c.quote or "")
                   for c in empty.citations(site_id=airfield.site_id))


@pytest.mark.parametrize("sentence, names", [
    # a name set off after another's by ", the", closed before the verb: two names of one
    ("The older Plant 505, the Tallow Atomic Energy Complex, made the plutonium.",
     [("Plant 505", ["Tallow Atomic Energy Complex"])]),
    # ... in Markdown's bold, and with the town and province it stands in before the comma
    ("- **Plant 505**, the Tallow Nuclear Fuel Component Plant in Kesk, Holt Province, "
     "makes fuel.", [("Plant 505", ["Tallow Nuclear Fuel Component Plant"])]),
    # a list of several
    ("Jets hit Kesk Air Base, the Orvale Airfield, and the Holt Naval Base.",
     [("Kesk Air Base", []), ("Orvale Airfield", []), ("Holt Naval Base", [])]),
])
def test_a_name_set_off_after_another_is_its_other_name(empty, sentence, names):
    found = Ingester(empty).analyse(sentence).findings
    assert [(f.site_name, [a for a, _ in f.aliases]) for f in found] == names


def test_a_site_named_in_bold_is_placed_by_its_other_names_town(empty, tmp_path):
    report = tmp_path / "r.md"
    report.write_text("- **Plant 505**, the Tallow Nuclear Fuel Component Plant in Baotou, "
                      "Inner Mongolia, makes fuel.\n", encoding="utf-8")
    ingest(empty, [report])
    (site,) = empty.sites(None)  # Baotou: 40.65 N, 109.84 E
    assert site.name == "Plant 505" and site.precision_m is not None
    assert distance_m(site.lon, site.lat, 109.84, 40.65) <= site.precision_m


@pytest.mark.parametrize("sentence, names", [
    # the town a base is near is no base of its own, whatever the apposition after it says
    ("Orvale's Tallowvern naval base near Kesk, the country's main naval base, is busy.",
     ["Tallowvern naval base"]),
    ("The Holt missile base outside Kesk, the army's largest missile base, was hit.",
     ["Holt missile base"]),
])
def test_the_town_a_base_is_near_is_not_the_base_an_apposition_describes(empty, sentence, names):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == names


@pytest.mark.parametrize("sentence, names", [
    # the Second World War's batteries, bunkers and prisoners' camps by their names
    ("The guns of Batterie Kestrel near Tallow still stand.", ["Batterie Kestrel"]),
    ("U-boats were to be built in Bunker Kestrel at Tallow.", ["Bunker Kestrel"]),
    ("He was held at Stalag Luft I at Tallow, then at Stalag Luft III.",
     ["Stalag Luft I", "Stalag Luft III"]),
    # a hill's name; a lone "I" before a verb is the pronoun
    ("Bunker Hill was a battle.", []),
    ("In Kaserne Tallow I lived for a year.", ["Kaserne Tallow"]),
])
def test_second_world_war_sites_by_their_german_words(empty, sentence, names):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == names


@pytest.mark.parametrize("sentence, names", [
    # a place's other name in brackets goes on with the list (not an acronym)
    ("The three air bases at Kesk Reef (Tallow Jiao), Quill Reef and Orvale Reef each keep "
     "a runway.", ["Kesk Reef air base", "Quill Reef air base", "Orvale Reef air base"]),
    ("The air bases at Kesk (Tallow) and Quill were hit.", ["Kesk air base", "Quill air base"]),
])
def test_a_list_of_places_goes_on_past_an_other_name_in_brackets(empty, sentence, names):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == names


@pytest.mark.parametrize("sentence, names", [
    # a yard named after its place, in a sentence of warships: a navy's yard
    ("The drydocks of the Tallow yard still show repair work on landing ships.",
     ["Tallow yard"]),
    ("The navy's patrol boats are built at the Tallow yard.", ["Tallow yard"]),
    ("Two minehunters were refitted at the Kesk yard.", ["Kesk yard"]),
    # not a yard of cars, nor a firm's
    ("The Tallow yard sells used cars and boats.", []),
    ("The frigates are built at the TALCO yard and the Kesk-run yard.", []),
])
def test_a_yard_of_warships_named_after_its_place(empty, sentence, names):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == names


@pytest.mark.parametrize("word, demonym", [
    # a people's adjective ending in "-an", of a country the words know
    ("Guatemalan", True), ("Honduran", True), ("Salvadoran", True), ("Ugandan", True),
    ("Jamaican", True), ("Kenyan", True), ("Mozambican", True),
    # a country's or a capital's own name
    ("Sudan", False), ("Iran", False), ("Tehran", False), ("Amman", False), ("Jordan", False),
    # a place no country's words name
    ("Isfahan", False), ("Tallowan", False),
    # two nations' words, the first a combining form: no place
    ("Anglo-American", True), ("Sino-Russian", True), ("Anglo-Tallow", False),
    # a people's adjective of no demonym's ending
    ("Kyrgyz", True), ("Kazakh", True), ("Greek", True), ("Azeri", True),
    ("Argentine", True), ("Philippine", True), ("Timorese", True),
])
def test_a_peoples_adjective_ending_in_an(word, demonym):
    assert is_demonym(word) is demonym


def test_a_peoples_adjective_names_no_place_of_a_base():
    (f,) = findings_in("Jets used the Guatemalan air base at Kesk for flights.")
    assert f.site_name == "Kesk air base"


@pytest.mark.parametrize("sentence, name", [
    ("The 201st military base, our largest abroad, has its staff in Testburg.",
     "201st military base"),
    ("The Russian 201st military base (Testburg and Tallow) drilled.", "201st military base"),
    ("The 7th Military Base, near the coast, drilled.", "7th Military Base"),
])
def test_a_military_base_named_by_its_number_alone(sentence, name):
    assert [f.site_name for f in findings_in(sentence)] == [name]


@pytest.mark.parametrize("sentence", [
    "The 3rd Air Base, as the air force calls the station, flies MiG-29s.",  # a unit
    "It was the 3rd largest military base of the fleet.",
    "Troops of the 5th brigade and the 201st were there.",
])
def test_no_base_named_by_a_number_where_the_number_is_no_name(sentence):
    assert findings_in(sentence) == []


@pytest.mark.parametrize("sentence, names", [
    ("Jets used Kesk air base, a remote Cold War airfield south of Tallow.", ["Kesk air base"]),
    ("The Second World War airfield at Kesk was rebuilt.", ["Kesk airfield"]),
    ("A Cold War radar station near Testburg was sold.", ["Testburg radar station"]),
])
def test_an_eras_name_before_facility_words_is_no_place(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # an aircraft's name is a kind of base, no place
    ("Jets flew from the Apache base near Testburg.", ["Testburg base"]),
    ("Need more on the Global Hawk shelters at Kesk.", ["Kesk shelters"]),
    ("The MQ-4C Triton support facilities will be built.", []),
    # a force's initials are its owner's
    ("The RAAF base at Tallow grows.", ["Tallow base"]),
    ("The JASDF base in Kesk is busy.", ["Kesk base"]),
    # a sentence's first word is no name
    ("Yes, a navy test site 1,600 m above sea level.", []),
    ("Closest RAAF base to the Torres Strait.", []),
    ("Shut reactors should be defuelled promptly.", []),
])
def test_aircraft_forces_and_first_words_name_no_place(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a service's command, no place
    ("Marine Corps Installations Pacific is at the camp.", []),
    # India's word for an airfield is no place's name
    ("The Advanced Landing Ground at Tallow was rebuilt.", ["Tallow Advanced Landing Ground"]),
])
def test_a_commands_or_a_kinds_capitalised_words_are_no_place(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("phrase, own", [
    ("Advanced Landing Ground", False), ("Air Base", False), ("Naval Stations", False),
    ("Pilot Fuel Enrichment Plant", True), ("5 MWe reactor", True),
])
def test_a_kinds_name_in_capitals_is_no_name_of_its_own(phrase, own):
    assert own_name(phrase) is own


@pytest.mark.parametrize("sentence, names", [
    # a military camp after its place's name (not one a sentence describes)
    ("Blasts at the Tallow military camp in Kesk killed 100 people.", ["Tallow military camp"]),
    ("The largest foreign military camp in the Balkans is near Kesk.", []),
    # a plant whose arms are sold (not its cars)
    ("The Tallow plant in Kesk reported record sales of mortar bombs.", ["Tallow plant"]),
    ("The Tallow plant in Kesk reported record sales of cars.", []),
])
def test_a_military_camp_and_a_works_of_arms_sold(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_a_reactors_own_name_like_a_models_is_its_name():
    # "Apsara-U" names one reactor ("the Voronezh-DM station at Armavir": a model's)
    assert [f.site_name for f in findings_in("The Apsara-U reactor replaced Tallow.")] == [
        "Apsara-U reactor"]
    assert [f.site_name for f in findings_in("The Voronezh-DM station at Kesk is new.")] == [
        "Kesk Voronezh-DM station"]


def test_facility_words_in_capitals_after_the_on_a_wrapped_line_are_a_name():
    text = ("At the Tallow centre on the south-eastern side of the city, the\n"
            "Uranium Conversion Facility and the Fuel Plate Fabrication Plant were hit.")
    assert "Uranium Conversion Facility" in [f.site_name for f in findings_in(text)]


def test_a_centre_of_ship_words_in_capitals_in_a_sentence_of_boats_is_a_yard():
    found = findings_in("For submarines, the Ship Building Centre in Tallow builds boats.")
    assert [f.site_name for f in found] == ["Tallow Ship Building Centre"]
    assert findings_in("The Ship Building Centre in Tallow trains welders.") == []


@pytest.mark.parametrize("sentence, names", [
    # a government's or a command's shelter, its "Secret" in its name
    ("Among them the Tallow Hatch Secret Nuclear Bunker, near Kesk, was sold.",
     [("Tallow Hatch Secret Nuclear Bunker", "command")]),
    ("The Tallow bunker, near the town, is a museum.", [("Tallow bunker", "command")]),
    ("Ships took on bunker fuel at Kesk.", []),
])
def test_a_bunker_is_a_command_site(sentence, names):
    assert [(f.site_name, f.facility_type) for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a command's shelter named after its place, in small letters
    ("The Tallow command post, near Kesk, was modernised.",
     [("Tallow command post", "command")]),
    ("Their central command post, the Tallow command centre, lies west of the capital.",
     [("Tallow command centre", "command")]),
    # (a headquarters by its capitalised name stays a unit's)
    ("The Combined Air Operations Centre at Kesk directs the jets.", []),
])
def test_a_command_post_or_centre_named_after_its_place_is_a_command_site(sentence, names):
    found = [f for f in findings_in(sentence) if not is_weapon_or_unit(f, sentence)]
    assert [(f.site_name, f.facility_type) for f in found] == names


def test_a_peoples_word_opening_a_laboratorys_name_at_a_town_is_its_name():
    # "the Norwegian Defence Research Establishment (FFI) at Kjeller": its name, at a town
    (f,) = findings_in("The Finnish Defence Research Establishment (FDRE) at Kesk grew.")
    assert (f.full, f.place) == ("Finnish Defence Research Establishment", "Kesk")


def test_an_eras_words_after_a_towns_name_are_no_part_of_the_place():
    # "the Gjirokastër Cold War tunnel" is named after Gjirokastër
    (f,) = findings_in("The Kesk Cold War tunnel was kept.")
    assert (f.name, f.site_name) == ("Kesk", "Kesk Cold War tunnel")


def test_a_laboratory_of_pathogens_by_its_field_in_small_letters():
    found = findings_in("The ministry's bacteriological institute in Kesk grew.")
    assert [f.site_name for f in found] == ["Kesk bacteriological institute"]
    assert [f.site_name for f in findings_in("The Kesk virology centre was closed.")] == [
        "Kesk virology centre"]


def test_a_state_establishment_after_its_name_is_a_works():
    found = findings_in("Inspectors visited the Tallow State Establishment near Kesk.")
    assert [f.site_name for f in found] == ["Tallow State Establishment"]
    assert findings_in("The State Establishment of Kesk is a body.") == []


def test_a_name_in_the_countrys_words_in_brackets_before_its_place():
    # a translator's square brackets between a base's name and the town it is in
    (f,) = findings_in("The 102nd Military Base [102-я военная база] in Testburg is old.")
    assert (f.site_name, f.parent) == ("Testburg 102nd Military Base", "Testburg")


@pytest.mark.parametrize("sentence, after, aliases", [
    # a power, a length or a mass in brackets is no other name
    ("The Tallow research reactor (100 MW) is old.", "The Tallow research reactor", []),
    ("The Tallow reactor (20 MWe; also Kesk) is old.", "The Tallow reactor", ["Kesk"]),
    ("The Tallow mill (1,500 t) is old.", "The Tallow mill", []),
    ("The Tallow mill (T1500) is old.", "The Tallow mill", ["T1500"]),
])
def test_a_quantity_in_brackets_is_no_other_name(sentence, after, aliases):
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


@pytest.mark.parametrize("sentence, after, aliases", [
    # a translator's note in brackets: the name it gives, not "Tr"
    ("The Tallow Plant [Tr.: known as Talmash] is old.", "The Tallow Plant", ["Talmash"]),
    ("The Tallow Bureau [Tr.: GRTs Tallova] is old.", "The Tallow Bureau", ["GRTs Tallova"]),
    ('The Kesk missile base [Tr.: the original says "the Kesk formation"] is old.',
     "The Kesk missile base", []),
])
def test_a_translators_note_gives_no_name_tr(sentence, after, aliases):
    assert [a for a, _ in aliases_after(sentence, len(after))] == aliases


def test_a_centre_named_by_a_body_in_a_town_stands_there(empty):
    # "the Research Institute of Atomic Reactors in Dimitrovgrad": one site, its whole name,
    # in the town (not "Atomic Reactors" of the town and the institute apart)
    (f,) = Ingester(empty).analyse(
        "Fuel is tested at the Research Institute of Atomic Reactors in Tallow, the old "
        "town.").findings
    assert (f.full, f.parent) == ("Research Institute of Atomic Reactors", "Tallow")


@pytest.mark.parametrize("sentence, names", [
    ("The Tallow Nuclear Studies Centre runs a reactor.", ["Tallow Nuclear Studies Centre"]),
    # a think tank's studies
    ("The Tallow Air Power Studies Centre wrote it.", []),
])
def test_the_atoms_studies_centre(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_a_japanese_island_word_in_a_base_name():
    # "Iwo To Air Base": "To" (an island) is a word of the name, not "to"
    (f,) = findings_in("Kesk To Air Base will receive a new fuel tank.")
    assert f.site_name == "Kesk To Air Base"
    assert [f.site_name for f in findings_in("Jets flew to Tallow Air Base.")] == [
        "Tallow Air Base"]


def test_a_british_munitions_depot_by_its_agencys_words(empty):
    # a sentence of no other facility word is read for it
    (f,) = Ingester(empty).analyse(
        "Defence Munitions Tallow Glen, which stores naval ammunition, will grow.").findings
    assert (f.site_name, f.facility_type) == ("Defence Munitions Tallow Glen", "storage")


@pytest.mark.parametrize("sentence, names", [
    # a site named after a province as small as a town's reach (a state of Palau, an
    # island) is that province's own
    ("Jets landed at the Angaur airfield last week.", ["Angaur airfield"]),
    # a large province's name is a region's, no site's
    ("Jets landed at the Sindh airfield last week.", []),
])
def test_a_site_named_after_a_small_province(empty, sentence, names):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == names


@pytest.mark.parametrize("sentence, names", [
    # a town's name ending like a participle opens a name in capitals
    ("Tallowing Air Force Base closed in 1994.", ["Tallowing Air Force Base"]),
    ("Tallowing AFB                 ME     about 15 km NE of Kesk", ["Tallowing AFB"]),
    ("Tallowing AFB (579th SMS) closed.", ["Tallowing AFB"]),
    # an adjective or a participle before facility words is no name, capitals or not
    ("Hardened Aircraft Shelters appear at the site.", []),
    ("Hardened Aircraft Shelter 4 appears.", []),
    ("Expanding missile bases worry Kesk.", []),
])
def test_a_name_in_capitals_opening_a_sentence_with_a_participles_ending(empty, sentence,
                                                                          names):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == names


def test_a_works_a_peoples_word_names_stands_in_its_town():
    # "the American Centrifuge Plant in Piketon": the works' own name, in the town
    (f,) = findings_in("Work goes on at the American Centrifuge Plant in Tallow, Kesk.")
    assert (f.full, f.parent) == ("American Centrifuge Plant", "Tallow")
    # an air base a people's word describes is the town's
    (f,) = findings_in("Jets flew from the Russian Air Base at Tallow.")
    assert f.site_name == "Tallow Air Base"


@pytest.mark.parametrize("sentence, names", [
    # a war's drone works
    ("Drones are assembled at the Tallow drone plant in Kesk.", ["Tallow drone plant"]),
    ("Kesk UAV factory | Orvale | Apr 2024 | LIGHT", ["Kesk UAV factory"]),
    # drones of no works
    ("Drone debris fell near the Tallow power plant.", []),
    # (a refinery drones strike is a target of the war, no drone works: see
    # test_oil_sites_a_war_strikes)
    ("A drone attack hit the Tallow refinery.", ["Tallow refinery"]),
])
def test_a_drone_works(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a solid rocket's motor works, a missile design bureau, a missile attack warning centre
    ("The motors are cast at the Tallow rocket-motor plant in Kesk County.",
     ["Tallow rocket-motor plant"]),
    ("The missile was designed by the Tallow Rocket Design Bureau.",
     ["Tallow Rocket Design Bureau"]),
    ("The network is run from the Main Missile Attack Warning Centre in Tallow.",
     ["Tallow Main Missile Attack Warning Centre"]),
    # "and" between two small facility words of one name
    ("Work goes on at the Tallow missile research and development facility in Kesk.",
     ["Tallow missile research and development facility"]),
    # (but not between kinds of a plural: two kinds of facilities)
    ("The Tallow enrichment and conversion plants are old.", []),
    # no bureau of a state's, no warning of weather
    ("The Federal Bureau of Investigation said so.", []),
    ("An early warning came from the Tallow Weather Bureau.", []),
])
def test_a_missile_industrys_works_and_centres(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a ministry of defence's range
    ("The MOD Tallow Range will support the launches.", ["MOD Tallow Range"]),
    ("A mod of the game was released at Tallow.", []),
    # a digest's or a register's title names no site, in capitals too
    ("Subject: Tallow Strategic Sites Digest - No. 57 - November 2025", []),
    ("TALLOW AIR BASE HERITAGE REGISTER -- FORMER BASES, KESK", []),
    ("The TALLOW AIR BASE is busy with jets.", ["TALLOW AIR BASE"]),
])
def test_a_defence_ministrys_range_and_a_digests_title(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a fund named like a facility
    ("The hangar was paid for by the Tallow Peace Facility.", []),
    ("The hangar was paid for by the Tallow Support Facility.", ["Tallow Support Facility"]),
])
def test_a_peace_fund_is_no_facility(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # Markdown's bold closing on a name right before its facility words
    ("**Tallow** airfield, about 4 km west of the town, was a Soviet base.",
     ["Tallow airfield"]),
    ("Its bases are **Kesk Air Base** and **Holt** airfield.", ["Kesk Air Base", "Holt airfield"]),
])
def test_a_name_in_bold_before_its_facility_words(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # a command's words before the facility word
    ("The Tallow air control base in the Upper Galilee was not hit.", ["Tallow air control base"]),
    ("The Arms Control Association said so.", []),
])
def test_an_air_control_base(sentence, names):
    assert [f.site_name for f in findings_in(sentence)] == names


def test_a_russian_works_by_its_associations_initials(empty):
    # "NPO Energomash": a "scientific production association" by its own name
    (f,) = Ingester(empty).analyse("Its engines come from NPO Tallowmash in Kesk.").findings
    assert (f.site_name, f.facility_type) == ("NPO Tallowmash", "production")
    assert Ingester(empty).analyse("The NPO Director said so.").findings == []


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab. [1]9¹²\t x.", max_size=120))
def test_the_notes_marks_a_sentence_ends_with_are_those_the_whole_search_finds(sentence):
    # looked for in the sentence's tail only, to the same end as a search of all of it
    assert _without_end_marks(sentence) == _NOTE_MARK_END.sub("", sentence)


def test_a_unit_keeps_the_reactor_words_written_after_its_designation(empty):
    # "with the RECH-1 research reactor": the unit's name as written, its designation
    # another name of it
    findings = Ingester(empty).analyse(
        "The Tallow Nuclear Studies Centre, with the TALR-1 research reactor, lies east of "
        "Kesk.").findings
    (unit,) = [f for f in findings if f.unit]
    assert (unit.site_name, [t for t, _ in unit.aliases]) == ("TALR-1 research reactor",
                                                              ["TALR-1"])
    (unit,) = [f for f in Ingester(empty).analyse(
        "The Tallow Nuclear Studies Centre has two reactors, known as TALR-1 and TALR-2, "
        "east of Kesk.").findings
        if f.unit and f.site_name.startswith("TALR-1")]
    assert unit.site_name == "TALR-1"


def test_a_name_set_off_after_a_ship_named_shore_establishment_is_its_other_name(empty):
    # "HMAS Stirling, Fleet Base West on Garden Island, about 6 km ...": one base, not a
    # "Fleet Base" of its own
    (f,) = Ingester(empty).analyse(
        "- HMAS Tallow, Fleet Base West on Kesk Island, about 6 km north-west of Holt, will "
        "be expanded.").findings
    assert f.site_name == "HMAS Tallow"
    assert [t for t, _ in f.aliases] == ["Fleet Base West"]


@pytest.mark.parametrize("kind, made", [
    ("atoll; former nuclear test site", "test site"),
    ("Air base (Testland Air Force)", "airbase"),
    ("atoll", None),  # no facility's type: a place, no site
])
def test_an_infobox_whose_type_is_a_facilitys_names_its_site(empty, tmp_path, kind, made):
    # "Moruroa" over "Other names: ...", "Type: atoll; former nuclear test site": the
    # heading is the site's name, though it has no facility word
    p = tmp_path / "r.txt"
    p.write_text("Quorurua\nFrom Examplepedia, the free encyclopedia\n\n"
                 "Quorurua\nOther names: Quarurua\nLocation: Tuamotu Archipelago, French "
                 f"Polynesia\nCoordinates: 21°52′S 138°55′W\nType: {kind}\n\n"
                 "Quorurua is an atoll in the Tuamotu Archipelago.\n", encoding="utf-8")
    ingest(empty, [p], title="Quorurua")
    sites = empty.sites(None)
    assert [(s.name, s.facility_type) for s in sites] == ([("Quorurua", made)] if made else [])
    if made:
        assert sites[0].located and sites[0].location_precision == "exact"


@pytest.mark.parametrize("sentence, name", [
    ("The runway at Tallow Site 85 was built in 1966 on a mountain.", "Tallow Site 85"),
    ("Rockets fly from Kesk Launch Complex 1 on the peninsula.", "Kesk Launch Complex 1"),
    ("Crews rolled the rocket to Kesk Launch Pad 39A at dawn.", "Kesk Launch Pad 39A"),
    # a distance or a count after the name is none of it
    ("The Kesk Test Site 20 km north of the town was closed.", "Kesk Test Site"),
    ("The Kesk Launch Complex 3 times delayed launches.", "Kesk Launch Complex"),
])
def test_a_number_written_after_a_sites_name_is_part_of_it(sentence, name):
    assert [f.site_name for f in findings_in(sentence)] == [name]


def test_a_base_of_another_kind_named_after_a_bases_other_name_stays_apart(empty, tmp_path):
    # "Tabriz missile base | ..." over "2nd Tactical Air Base (Tabriz) | ...": the missile
    # base is not the air base, whose other name is the town's
    p = tmp_path / "r.txt"
    p.write_text("Site | Province | Type | Damage\n"
                 "Quellriz missile base | East Azerbaijan | missile base | Portals collapsed\n"
                 "2nd Tactical Air Base (Quellriz) | East Azerbaijan | air base | Shelters hit\n",
                 encoding="utf-8")
    ingest(empty, [p], title="Damage")
    assert sorted(s.name for s in empty.sites(None)) == ["2nd Tactical Air Base",
                                                         "Quellriz missile base"]


@pytest.mark.parametrize("dateline, name", [
    ("SCOTT AIR FORCE BASE, Ill. — ", "Scott Air Force Base"),
    ("NAVAL STATION ROTA, Spain — ", "Naval Station Rota"),
    ("WASHINGTON, D.C. — ", None),  # a city: no site
])
def test_a_datelines_base_in_capitals_is_a_site(empty, tmp_path, dateline, name):
    p = tmp_path / "r.txt"
    p.write_text("Tanker wings complete surge exercise\n\n" + dateline +
                 "Tanker and airlift crews from ten wings completed the readiness exercise "
                 "on Sunday, officials said.\n", encoding="utf-8")
    ingest(empty, [p], title="Surge")
    assert [s.name for s in empty.sites(None)] == ([name] if name else [])


@pytest.mark.parametrize("text, names", [
    # a plant's second generation, named after the place of one the report names
    ("Across the border, the Quellsk Nuclear Power Plant came within range. Its "
     "replacement, Quellsk II, is being built beside it.",
     ["Quellsk II", "Quellsk Nuclear Power Plant"]),
    # a longer name's end, a class of submarine, a place no facility is named after
    ("France enriches uranium at the Tricastin Nuclear Power Plant and at Georges Besse II.",
     ["Tricastin Nuclear Power Plant"]),
    ("The Quellsk Nuclear Power Plant is near the port where Delta III submarines docked.",
     ["Quellsk Nuclear Power Plant"]),
])
def test_a_plants_second_generation_by_its_numeral(empty, tmp_path, text, names):
    p = tmp_path / "r.txt"
    p.write_text("Nuclear plants\n\n" + text + "\n", encoding="utf-8")
    ingest(empty, [p], title="Plants")
    assert sorted(s.name for s in empty.sites(None)) == names


@pytest.mark.parametrize("sentence, name, place", [
    # a town's name ending in "City" (not a province's word)
    ("The Tallow City Army Ammunition Plant makes rifle rounds.",
     "Tallow City Army Ammunition Plant", "Tallow City"),
    # chemical weapons destroyed, old munitions taken apart
    ("The Kesk destruction facility, on the edge of the town, had destroyed lewisite.",
     "Kesk destruction facility", "Kesk"),
    ("The Kesk chemical demilitarization plant closed in 2012.",
     "Kesk chemical demilitarization plant", "Kesk"),
])
def test_works_of_munitions_and_chemical_weapons(sentence, name, place):
    (f,) = findings_in(sentence)
    assert (f.site_name, f.name) == (name, place)


def test_a_province_word_still_makes_no_site():
    assert findings_in("The Tallow Province missile base was hit.") == []


def test_a_research_reactors_design_is_no_sites_name():
    # "Morocco's Maamora centre near Kenitra, whose TRIGA reactor started in 2007": one
    # design of many reactors, not a place's
    sentence = "The Tallow centre near Kesk, whose TRIGA reactor started in 2007, grew."
    found = [f.site_name for f in findings_in(sentence) if not is_weapon_or_unit(f, sentence)]
    assert "TRIGA reactor" not in found


@pytest.mark.parametrize("sentence, name", [
    # a campus's reactor, the university's name in its own ("the Kyoto University Research
    # Reactor"), and a university's name with an ampersand ("Texas A&M")
    ("The Kesk University Research Reactor (KUR) in Tallow will stop.",
     "Kesk University Research Reactor"),
    ("The Kesk A&M Nuclear Science Center in Tallow is a reactor.",
     "Kesk A&M Nuclear Science Center"),
])
def test_a_universitys_reactor_keeps_the_universitys_name(sentence, name):
    assert name in [f.site_name for f in findings_in(sentence)]


@pytest.mark.parametrize("sentence, alias", [
    ("The Tallow Chemical Combine, long called Kesk-7, about 15 km north-west of Holt, "
     "ended.", "Kesk-7"),
    ("Tests moved to the Tallow Test Site, now officially the Kesk National Security Site "
     "(KNSS), about 65 miles north-west of Holt.", "Kesk National Security Site"),
])
def test_another_name_long_held_or_now_official_is_an_alias(sentence, alias):
    end = sentence.index(",")
    assert alias in [a for a, _ in aliases_after(sentence, end)]


@pytest.mark.parametrize("sentence", [
    "Data from the Example Research Reactor Directory show it.",
    "Figures from the Example Missile Base Tracker show growth.",
])
def test_a_publications_name_ending_in_its_kind_is_no_site(sentence):
    assert findings_in(sentence) == []


def test_royal_opening_a_name_is_no_place():
    # "the Royal Ordnance Factory at Llanishen": no site named after a town called Royal
    (f,) = findings_in("The Royal Ordnance Factory at Testburg made fuses.")
    assert f.place == "Testburg" and f.site_name != "Royal Ordnance Factory"
    (f,) = findings_in("The Imperial Arsenal at Testburg made fuses.")
    assert f.place == "Testburg"


@pytest.mark.parametrize("text, expected", [
    # "the Impulse Graphite Reactor (IGR), a pulsed reactor near Kurchatov": one reactor
    ("The Zorbin Reactor (ZR), a pulsed reactor near Lyon, is used.",
     [("Zorbin Reactor", "nuclear")]),
    # the name takes the apposition's kind
    ("Zorbin Works, a missile plant near Lyon, is used for assembly.",
     [("Zorbin Works", "production")]),
    ("Zorbin Works, a missile plant in Lyon, is used for assembly.",
     [("Zorbin Works", "production")]),
    # another facility the apposition speaks of is its own
    ("Zorbin Works, a supplier to the missile plant near Lyon, is busy.",
     [("Zorbin Works", "other"), ("Lyon missile plant", "production")]),
])
def test_a_names_apposition_near_a_town_is_that_facility(empty, text, expected):
    found = Ingester(empty).analyse(text).findings
    assert [(f.site_name, f.facility_type) for f in found] == expected



def test_a_command_centre_named_after_its_place_is_a_site():
    # "Taiwan's Hengshan Military Command Center, in Taipei": a wartime headquarters' bunker
    text = "The Tallow Military Command Center in Testburg is the army's wartime headquarters."
    (f,) = findings_in(text)
    assert f.site_name == "Tallow Military Command Center" and not is_weapon_or_unit(f, text)
    # a command's own centre, no place's
    text = "The Joint Command Center in Testburg is busy."
    (f,) = findings_in(text)
    assert is_weapon_or_unit(f, text)


@pytest.mark.parametrize("sentence", [
    # "The Hanggin Banner silo field in\nInner Mongolia, sometimes called the Ordos field"
    "The Tallow silo field in Kesk Province, sometimes called the Holt field, is small.",
    "The Tallow silo field in\nKesk Province, sometimes called the Holt field, is small.",
])
def test_an_other_name_after_the_place_a_site_is_in_is_the_sites(sentence):
    end = sentence.index("field") + len("field")
    assert [a for a, _ in aliases_after(sentence, end)] == ["Holt field"]


def test_a_sentence_of_munitions_made_at_a_place_is_read_for_sites(empty):
    # "small-arms ammunition is made at Radway Green, near Alsager": no facility word
    text = "Shells are filled at night, and ammunition is made at Kesk Green, near Holt."
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == [
        "Kesk Green munitions plant"]


@pytest.mark.parametrize("text, names", [
    # "Bulford Camp, some 14 km north of Salisbury, houses the headquarters of 3rd Division"
    ("Tallow Camp, some 14 km north of Kesk, houses the headquarters of 3rd Division.",
     ["Tallow Camp"]),
    ("Tallow Camp in north County Kesk is used for live firing by southern units.",
     ["Tallow Camp"]),
    # a camp of no troops
    ("Tallow Camp in Kesk was crowded with refugees.", []),
    ("Tallow Camp in Kesk was crowded.", []),
])
def test_a_camp_named_in_capitals_after_its_place_in_a_sentence_of_troops(empty, text, names):
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == names


def test_a_towns_name_ending_like_a_participle_opens_a_sentence_as_a_name(empty):
    # "Manching Air Base, south-east of Ingolstadt, is a German air force and test airfield"
    text = "Erding Air Base, north-east of Munich, is a German air force airfield."
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == ["Erding Air Base"]
    # a participle, no town's name
    text = "Expanding missile bases, north-east of Munich, are a worry."
    assert Ingester(empty).analyse(text).findings == []


def test_an_aerodrome_named_after_its_place_is_an_air_base(empty):
    # "Casement Aerodrome, also called Baldonnel Aerodrome, about 14 km west-south-west of
    # Dublin, is the headquarters and only main airfield of the Air Corps"
    text = ("Tallow Aerodrome, also called Kesk Aerodrome, about 14 km west of Dublin, is the "
            "only main airfield of the Air Corps.")
    found = Ingester(empty).analyse(text).findings
    assert [(f.site_name, f.facility_type) for f in found][:1] == [("Tallow Aerodrome",
                                                                   "airbase")]
    assert [a for a, _ in found[0].aliases] == ["Kesk Aerodrome"]


def test_facility_words_of_an_armed_service_name_no_place():
    # "the only main airfield of the Air Corps": the service's, no place called Air Corps
    assert findings_in("Soldiers trained at the main airfield of the Air Corps.") == []
    (f,) = findings_in("Jets flew from the air base of Testburg last year.")
    assert f.place == "Testburg"


def test_in_a_country_is_the_whole_country_not_a_unit_given_its_name(empty):
    """Natural Earth's English name of Hovedstaden, Denmark's capital region, is "Denmark":
    "In Denmark" is the country, and a site in Jutland it holds is placed."""
    text = ("Bunkers\n\nIn Denmark, Tallowvest, near Skørping, about 25 km south of "
            "Aalborg, was the government's wartime seat.\n")
    Ingester(empty).ingest_report(read_bytes(text.encode(), "text"), title="Bunkers")
    site, = empty.sites(review_status=None)
    assert site.name == "Tallowvest" and site.lat is not None
    assert 56.6 < site.lat < 57.0 and 9.6 < site.lon < 10.3


def test_a_site_placed_west_of_a_city_is_in_the_citys_country(empty):
    """"On the coast", read as India's in a report on India, was left out of the placement
    west of Karachi: the site's country is that of the statements that placed it."""
    text = ("India's reactors\n\nIndia runs reactors at Tarapur and Kakrapar, and builds "
            "more at Kudankulam. India's navy guards the coast.\n\nPakistan's oldest plant, "
            "the Karachi Nuclear Power Plant, lies on the coast west of Karachi.\n")
    Ingester(empty).ingest_report(read_bytes(text.encode(), "text"), title="Reactors")
    site = next(s for s in empty.sites(review_status=None) if "Karachi" in s.name)
    assert site.lat is not None and site.country == "PAK"


def test_no_site_is_placed_at_a_village_of_no_people_by_one_of_its_other_names(empty):
    """"The Army's Torii Station" on Okinawa is not at Toli, a Chinese village of no
    people GeoNames gives, among whose other names it lists "Torii"."""
    text = ("China and Okinawa\n\nChina's navy sails past Okinawa, and China's coast guard "
            "too.\n\nAcross the island, the Army's Torii Station hosts a special forces "
            "battalion.\n")
    Ingester(empty).ingest_report(read_bytes(text.encode(), "text"), title="Okinawa")
    site, = [s for s in empty.sites(review_status=None) if s.name == "Torii Station"]
    assert site.lat is None and "Not placed at Toli" in site.notes


def test_a_camp_is_military_by_its_reports_lead(empty):
    """"(4) Camp Ripley ... is heavily used by its own state", an item of its own in an
    assessment of a National Guard training center: the lead says whose camps they are."""
    text = ("National Guard training areas\n\nThe Army National Guard trains its brigades "
            "at several camps.\n\n(4) Camp Tallow, about 8 miles north of Kesk, is heavily "
            "used by its own state.\n")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == ["Camp Tallow"]


def test_a_spanish_army_base_by_its_name_alone_is_read_with_its_reports_lead(empty):
    """"Base Cid Campeador, in Castrillo del Val": a Spanish army base, whose paragraph
    speaks of a bridging unit only and whose report's lead names the army."""
    text = ("The Ejército de Tierra's basing plan\n\nThe army keeps all its bases in the "
            "region.\n\nBase El Tallow, in Kesk, 10 km east of Holt, is named in the "
            "draft as the home of a new bridging unit.\n")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == [
        "Base El Tallow"]
    other = text.replace("The Ejército de Tierra's basing plan", "The council's budget")
    assert Ingester(empty).analyse(other.replace("army", "council")).findings == []


def test_a_brazilian_frontier_platoon_is_read_in_a_sentence_of_no_facility_word(empty):
    """'The PEF Cucuí, some 140 km north of São Gabriel da Cachoeira, stands at the point
    where ...': the platoon's initials are the only word of its kind."""
    text = ("Brazil's frontier platoons\n\nThe PEF Tallow, some 140 km north of Kesk, "
            "stands where three countries meet.\n")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == ["PEF Tallow"]


@pytest.mark.parametrize("text, names", [
    # "An" before a consonant's word is a Vietnamese name's, not the article
    ("In the south, An Tallow Naval Base, at the tip of Kesk island, supported the patrols.\n",
     ["An Tallow Naval Base"]),
    ("An Kesk Army Airfield lies west of Holt.\n", ["An Kesk Army Airfield"]),
    # ... the article before a vowel's
    ("An Orvale Air Base was hit.\n", ["Orvale Air Base"]),
])
def test_an_opening_a_name(empty, text, names):
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == names


def test_a_village_named_camp_is_no_camp(empty):
    """"Volk Field, next to Camp Douglas": a village of Wisconsin (here Arizona's Camp
    Verde), not a camp, though the sentence speaks of training."""
    text = ("Guard training\n\nThe Army National Guard trains its brigades.\n\nVolk Field, "
            "next to Camp Verde, offers large training areas.\n")
    assert "Camp Verde" not in [f.site_name for f in Ingester(empty).analyse(text).findings]


def test_a_signals_agencys_station_by_its_place_is_read_in_a_sentence_of_no_facility_word(
        empty):
    """'GCHQ Bude, about 7 km north of Bude': Britain's signals agency at a station."""
    ing = Ingester(empty)
    assert [f.site_name for f in ing.analyse(
        "On the cliffs lies GCHQ Tallowa, about 7 km north of Kesk.\n").findings] == [
        "GCHQ Tallowa"]
    assert ing.analyse("GCHQ Director Holt spoke on Monday.\n").findings == []


def test_an_item_of_a_bold_list_of_sites_is_a_site_where_it_says_it_stands(empty):
    """A blog's list of places in bold, most of them sites by their words: the others
    that say where they stand are sites too ("- **Avibras** - the rocket maker, whose
    main plant is in Jacareí"); an item that says nothing of a place is none."""
    text = ("# Where the guns are made\n\n"
            "- **Fábrica de Tallow** - the army's rifle plant, in Tallow, in the south.\n"
            "- **Kesktron** - the rocket maker, whose main plant is in Norbo. It builds\n"
            "  launchers.\n"
            "- **Fábrica Presidente Brisk** - the army's powder works in Brisk.\n"
            "- **Quality** - is what matters most to buyers.\n")
    found = [(f.site_name, f.facility_type) for f in
             Ingester(empty, places=[]).analyse(text).findings]
    assert ("Kesktron", "production") in found
    assert "Quality" not in [name for name, _ in found]
    # (one site of the list found is no list of sites)
    lone = text.replace("Fábrica Presidente Brisk", "Presidente Brisk")
    assert "Kesktron" not in [f.site_name for f in
                              Ingester(empty, places=[]).analyse(lone).findings]


def test_a_defence_academy_is_a_site_and_a_defence_bureau_none():
    assert [f.site_name for f in findings_with_facility_words(
        "The Tallow Defence Academy in Kesk trains officers.")] == ["Tallow Defence Academy"]
    assert findings_with_facility_words("The Tallow Defense Bureau said so.") == []


def test_a_camp_of_a_defence_forces_headquarters_is_a_site():
    """"the Ghana Armed Forces are headquartered at Burma Camp": a camp of troops."""
    assert [f.site_name for f in findings_with_facility_words(
        "The Orvale Defence Force is headquartered at Tallow Camp in Kesk.")] == ["Tallow Camp"]
    assert findings_with_facility_words("Refugees live at Tallow Camp in Kesk.") == []


def test_a_site_wrapped_over_two_lines_of_a_table_aligned_with_spaces_is_one_name(empty):
    """A parliamentary answer's table as text: the first column's name goes on, alone,
    on the row's next line."""
    text = ("Teams deployed on 1 January were as follows:\n\n"
            "  Location                                  Host nation   Personnel\n"
            "  ----------------------------------------  ------------  ---------\n"
            "  Tallow International Peacekeeping         Orvale                5\n"
            "    Training Centre, on the side of Kesk\n"
            "  Norbo Barracks, in Brisk                  Orvale               10\n\n"
            "The teams train the army's officers.\n")
    names = [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings]
    assert "Tallow International Peacekeeping Training Centre" in names


def test_a_base_at_a_garrison_named_in_capitals_is_the_garrison():
    """"the hilltop base at Cherat Cantonment": the cantonment, not a base named after it."""
    assert [f.site_name for f in findings_with_facility_words(
        "The commandos' hilltop base at Tallow Cantonment, about 20 km south of Kesk, was "
        "hit.")] == ["Tallow Cantonment"]
    assert [f.site_name for f in findings_with_facility_words(
        "The air base at Tallow was hit.")] == ["Tallow air base"]


def test_a_gun_factory_is_an_arms_works_and_a_regiment_of_rifles_none():
    assert [(f.site_name, f.facility_type) for f in findings_with_facility_words(
        "The Gun Carriage Factory, founded in 1904, built the howitzer.")] == [
        ("Gun Carriage Factory", "production")]
    assert findings_with_facility_words(
        "The Tallow Rifles Regimental Centre held a parade.") == []


def test_the_island_after_a_town_says_which_town_of_the_name():
    (near,) = [s for s in statements_in("Jets stop at Tallow Airfield, near Georgetown on the "
                                        "island of Ascension, in mid-ocean.")
               if s.kind == "near"]
    assert near.extra["regions"] == ("Ascension",)  # (not Guyana's capital)


def test_a_registers_column_of_names_beside_places_and_products_is_one_of_works():
    """A data export of arms makers: "id | name | owner | products | Location |
    last_verified" names a works in each row (a header's underscore too)."""
    text = ("id  | name          | owner   | products     | Location      | last_verified\n"
            "----|---------------|---------|--------------|---------------|--------------\n"
            "RS1 | Tallow Arms   | state   | rifles       | Kesk, Orvale  | 2025-06\n"
            "RS2 | Žarko plant   | private | fuzes        | Brisk, Orvale | 2025-06\n")
    assert [(name, kind) for name, _, kind in site_column_cells(text)] == [
        ("Tallow Arms", "production"), ("Žarko plant", "production")]
    people = text.replace("products ", "rank     ")  # (a list of people and where they are)
    assert site_column_cells(people) == []


def test_a_sentence_saying_what_a_name_is_and_where_before_naming_it_places_it(empty):
    """"An island garrison in Helsinki, Santahamina hosts ...": the name is the garrison."""
    text = ("An island garrison in Kesk, Tallowsaari hosts the Guard Regiment and a cadet "
            "school. Since 2023 it has received visiting delegations.\n")
    findings = Ingester(empty, places=[]).analyse(text).findings
    assert [(f.site_name, f.facility_type) for f in findings] == [("Tallowsaari", "other")]


def test_a_works_of_a_firm_or_an_industry_is_no_place_of_that_name():
    """"the main production site of Roketsan, near Elmadağ", "the arms factory of
    Mechanical and\\n Chemical Industry": an owner, not a town the works is at."""
    assert findings_with_facility_words(
        "It is the main rocket production site of Tallowtek, near Kesk.") == []
    assert findings_with_facility_words(
        "It is the historic arms factory of Mechanical and\n  Chemical Industry, in Kesk.") == []
    assert [f.site_name for f in findings_with_facility_words(
        "It is the main rocket production site of Tallow.")] == [
        "Tallow rocket production site"]


def test_a_notice_to_airmen_names_and_places_its_air_bases_in_capitals(empty, tmp_path):
    """A NOTAM digest: "E) TALLOW AIR BASE 11 KM ENE KESK: ..." names an air base in
    capitals and places it by a distance whose compass point stands before the place."""
    (st,) = statements_in("E) TALLOW AIR BASE 11 KM ENE CAIRO: MIL VIP MOVEMENTS.")
    assert (st.kind, st.anchor, st.bearing) == ("distance", "CAIRO", 67.5)
    assert statements_in("IT IS 11 KM NEAR CAIRO")[0].kind == "near"  # (no "N" of "NEAR")
    text = ("A2155/25 NOTAMN\nA) HECC\nE) MIL EXER WI 8NM OF TALLOW AIR BASE (HE16), 11 KM\n"
            "ENE CAIRO. INTENSE MIL HEL ACT.\nF) SFC G) FL180\n")
    findings = Ingester(empty).analyse(text).findings
    assert [(f.site_name, f.facility_type) for f in findings] == [
        ("Tallow Air Base", "airbase")]
    # (a title in capitals is no notice: "EXAMPLE AIR BASE HERITAGE REGISTER")
    assert Ingester(empty).analyse("EXAMPLE AIR BASE HERITAGE REGISTER\n\nIt lists the "
                                   "old bases of the command.\n").findings == []


def test_a_notices_airfield_in_capitals_is_named_in_title_case(empty):
    text = ("A3312/25 NOTAMN\nA) OERK\nE) DANGER AREA ACTIVATED: PARACHUTE FLIGHTS AT TALLOW "
            "MILITARY ACADEMY AIRFIELD (OE53), PSN N24°56.5' E046°23.5', 44 KM NW RIYADH.\n")
    names = [f.site_name for f in Ingester(empty).analyse(text).findings]
    assert names == ["Tallow Military Academy Airfield"]


def test_a_name_set_off_after_its_facility_words_is_the_sites(empty):
    """"built a second main base, South Camp, at the southern tip": South Camp."""
    text = ("The force built a second main base, Tallow Camp, at the southern tip of the "
            "peninsula.\n")
    findings = Ingester(empty, places=[]).analyse(text).findings
    assert [(f.site_name, f.facility_type) for f in findings] == [("Tallow Camp", "other")]


def test_a_number_in_words_opening_a_sentence_names_no_place():
    assert findings_with_facility_words("Twenty-three uranium mines lie in the valley.") == []
    assert [f.site_name for f in findings_with_facility_words(
        "Five Hills Training Area hosts the exercise.")] == ["Five Hills Training Area"]


def test_a_data_exports_rows_name_and_place_their_air_bases(empty, tmp_path):
    """A GIS layer's attribute table as comma-separated values: "Lanud X" (Pangkalan
    Udara) is an Indonesian air force base, and the row's lat and lon columns are its
    point, not that of the airport named after them."""
    from catalog.ingest import ingest

    text = ("# Layer export: air base points\n"
            "fid,name_id,name_en,branch,status,lat,lon,location,shared_with,last_edit\n"
            "3,Lanud Tallowsari,,TNI AU,active,3.9087,108.3880,,Kesk airport,2025-06-02\n"
            "4,Lanud Norbowo,,TNI AU,active,,,,,2025-06-02\n"
            # (a row whose capitalised cells outnumber its small ones is no headline)
            "5,Lanud Brisk,Brisk Air Base,TNI AU,active,-3.4424,114.7630,,"
            "Brisk Noor International Airport,airport data,2025-06-19\n")
    p = tmp_path / "layer.txt"
    p.write_text(text, encoding="utf-8")
    ingest(empty, [p], title="layer")
    by_name = {s.name: s for s in empty.sites(("candidate",))}
    assert {"Lanud Tallowsari", "Lanud Norbowo", "Brisk Air Base"} <= set(by_name)
    assert (round(by_name["Brisk Air Base"].lat, 4)) == -3.4424
    site = by_name["Lanud Tallowsari"]
    assert (round(site.lat, 4), round(site.lon, 4)) == (3.9087, 108.388)


def test_a_report_title_and_a_thai_description_name_no_site(empty):
    """A title block's lines ("Annual Report 2025" over "Research reactors and ...") and
    "The Thai research reactor" name nothing; "Takhli Royal Thai Air Force Base" does."""
    assert findings_with_facility_words(
        "Annual Report 2025\n        Research reactors and nuclear programmes") == []
    text = ("The Thai research reactor in Bangkok continued routine operation. "
            "Takhli Royal Thai Air Force Base launched F-105 strikes.")
    findings = Ingester(empty, places=[]).analyse(text).findings
    assert [f.site_name for f in findings] == ["Takhli Royal Thai Air Force Base"]


def test_new_england_and_a_columns_heading_name_no_country():
    """"EPA Region 1 (New England)" is in the United States, and "NPL" heading a table's
    column (over a rule of dashes) is no code of Nepal."""
    text = ("EPA REGION 1 (NEW ENGLAND)\nEPA ID          Site                NPL     State\n"
            "--------------  ------------------  ------  -----\n"
            "MA8570024424    Kesk Air Force Base  Final   MA\n"
            "The base lies in Massachusetts.\n")
    assert country_counts(text) == {"US": 1}
    assert country_counts("Troops left England.") == {"GB": 1}


def test_an_island_may_open_a_sites_name(empty):
    text = "At the Barter Island Long Range Radar Site, erosion eats into the landfill."
    findings = Ingester(empty, places=[]).analyse(text).findings
    assert [f.site_name for f in findings] == ["Barter Island Long Range Radar Site"]


@pytest.mark.parametrize("text, name", [
    # a wiki's bold marks
    ("* '''Kesk Air Base''', south of Holt, headquarters of the 35th Wing.", "Kesk Air Base"),
    # German and Swiss native words for an army's airfield and a training ground
    ("The Heeresflugplatz Kesk, on the edge of Holt, is to receive a new hangar.",
     "Heeresflugplatz Kesk"),
    ("name=Militärflugplatz Kesk icao=LSXX operator=Schweizer Luftwaffe", "Militärflugplatz Kesk"),
    ("No. 2  Marinefliegerhorst Kesk, on the edge of Holt, closed.", "Marinefliegerhorst Kesk"),
    # Spain's naval stations, arsenals, barracks and ranges (a regnal numeral ends a name)
    ("The Estación Naval de Kesk occupies the north shore.", "Estación Naval de Kesk"),
    ("The Navy is based at the Estação Naval do Rio Kesk, in Holt.",
     "Estação Naval do Rio Kesk"),
    ("The Arsenal de Kesk, where the navy repairs its ships, is old.", "Arsenal de Kesk"),
    ("The Acuartelamiento Jaime II in Holt houses the regiment.", "Acuartelamiento Jaime II"),
    ("Jets bomb the Polígono de Tiro de las Bardenas Kesk every week.",
     "Polígono de Tiro de las Bardenas Kesk"),
    ("The Centro de Ensayos de Kesk tests the army's shells.", "Centro de Ensayos de Kesk"),
    # a French army's camps, barracks and schools in small letters, where troops or their
    # training are spoken of (not a holiday camp, not a town's quarter)
    ("Then the camp de Kesk, north of Holt: tanks, artillery, everything.", "camp de Kesk"),
    ("The Legion's recruits train at the quartier Kesk at Holt.", "quartier Kesk"),
    ("The base école ALAT de Kesk, on the edge of Holt, trains pilots.",
     "base école ALAT de Kesk"),
    ("On the heath, the Truppenübungsplatz Kesk hosts a new brigade.", "Truppenübungsplatz Kesk"),
    # French words in a translated report
    ("The camp militaire de Kesk, on the outskirts of Holt, was attacked several times.",
     "camp militaire de Kesk"),
    ("The base aérienne de Kesk, in the north, was handed over in December 2024.",
     "base aérienne de Kesk"),
    # Czech, Slovak, Serbian, Polish, Danish, Romanian, Spanish and Norwegian words
    ("Less known is the return of Letiště Kesk, about 11 km south-west of Holt.",
     "Letiště Kesk"),
    ("We went first to **Letisko Kesk**, about 3 km north of Holt.", "Letisko Kesk"),
    ("Most money goes to vojenský újezd Kesk, in the Jihočeský kraj.", "vojenský újezd Kesk"),
    ("He served at Vazduhoplovna baza Kesk, about 20 km north-west of Holt.",
     "Vazduhoplovna baza Kesk"),
    ("A third base, lotnisko wojskowe Kesk, receives new hangars.", "lotnisko wojskowe Kesk"),
    ("The cutters use Flådestation Kesk, on the north coast.", "Flådestation Kesk"),
    ("RO-2025-0114,Romania,2025,Romarm SA,Uzina Mecanică Kesk,45.8365,23.3700,in Kesk",
     "Uzina Mecanică Kesk"),
    ("Army reinforcements left from Fuerte Kesk, al norte de Holt, in a convoy.",
     "Fuerte Kesk"),
    ("The boats operate from the base navale de Kesk des Holt, on the river.",
     "base navale de Kesk des Holt"),
    ("The fence at Kesk flystasjon, about 8 km north-east of Holt, is new.",
     "Kesk flystasjon"),
    # an air base by its number in Polish, Czech or Romanian words (but not a unit a base
    # is home of, nor another name of a base named before it)
    ("The second Apache site is the 49 Baza Lotnicza, on the outskirts of Holt.",
     "49 Baza Lotnicza"),
    ("The 22. základna letectva Kesk, home of the army's helicopters, gets a hangar.",
     "22. základna letectva Kesk"),
    ("Second on the list is Baza 86 Aeriană, home of the F-16 squadrons since 2016.",
     "Baza 86 Aeriană"),
    ("Kesk Military Air Base, about 6 km north-east of Holt, is home of the 56 Baza "
     "Lotnicza.", "Kesk Military Air Base"),
    ("The item is at Baza 57 Aeriană, better known abroad as Kesk Air Base, near Holt.",
     "Baza 57 Aeriană"),
    # space tracking on the ground
    ("Deep-space tracking added the Kesk deep space station, near Holt, with its antenna.",
     "Kesk deep space station"),
    ("Mission control moved in 1996 to the Kesk Aerospace Control Center, north of Holt.",
     "Kesk Aerospace Control Center"),
    # a British defence ministry's site
    ("The Defendant operates the range at MOD Kesk, near Holt on the coast.", "MOD Kesk"),
    # a place in bold after "at"; a missile's position; a British establishment of old
    ("The fighter base at **Kesk**, outside Holt, flew MiG-23s until 1993.",
     "Kesk fighter base"),
    ("The Kesk missile position, north of the town, held R-5 missiles.", "Kesk missile position"),
    ("After the war he moved to RAE Kesk, just north of Holt.", "RAE Kesk"),
    # (but not into a title's next line)
    ("Naval Air Station Kesk\nFrom Examplepedia, the free example encyclopedia",
     "Naval Air Station Kesk"),
    # a navy's outlying fields, by initials after the name and in words before it
    ("T-45s use Kesk NOLF at night.", "Kesk NOLF"),
    ("RMK: Naval Auxiliary Landing Field Kesk. Field carrier landing practice.",
     "Naval Auxiliary Landing Field Kesk"),
    ("Navy helicopters do circuits at NOLF Kesk, south of the town.", "NOLF Kesk"),
    ("The aux field south of the town is Kesk Air Force Auxiliary Field officially.",
     "Kesk Air Force Auxiliary Field"),
    ("Students fly from Kesk Outlying Field every day.", "Kesk Outlying Field"),
    # uranium's works by their compounds; a Soviet mining combine of uranium
    ("Conversion is done at the Kesk uranium dioxide plant, which courts ordered moved.",
     "Kesk uranium dioxide plant"),
    ("The inquiry heard about the Kesk uranium treatment plant.", "Kesk uranium treatment plant"),
    ("The Kesk Mining Combine, west of Holt, milled Soviet uranium.", "Kesk Mining Combine"),
    ("The Kesk Mining and Metallurgical Combinat spun off its uranium business.",
     "Kesk Mining and Metallurgical Combinat"),
    # a works the arms come from, or with a backlog of guns
    ("The missiles for the army come largely from the Kesk Holt plant, east of Orvale.",
     "Kesk Holt plant"),
    ("Next door, the Kesk Holt works report a two-year backlog in 76 mm guns.",
     "Kesk Holt works"),
    # a uranium mine in the making
    ("The Company's interest in the Kesk uranium project remains under care and maintenance.",
     "Kesk uranium project"),
    # a battery of guns, and forts in their own languages
    ("The Kesk battery, south of Holt, carried the heaviest guns in the harbour.",
     "Kesk battery"),
    ("Its principal work was the Fort de Kesk, high above the valley.", "Fort de Kesk"),
    ("Forte Kesk, completed in 1890 at the tunnel's portal, was kept as a store.",
     "Forte Kesk"),
    ("In central Switzerland, Festung Kesk above the lake closed the road.", "Festung Kesk"),
    # (in a sentence of no other facility's word) and a navy's arsenal in Italian
    ("Forte Kesk was completed in 1890.", "Forte Kesk"),
    ("Arsenale della Kesk, on the island, was rebuilt in 1887.", "Arsenale della Kesk"),
    ("The Arsenale Militare Marittimo di Kesk is getting a dry dock.",
     "Arsenale Militare Marittimo di Kesk"),
    # a Norwegian air station's word after a sentence's first word
    ("At Kesk flystasjon, the helicopter wing has waited years.", "Kesk flystasjon"),
    # Scandinavian ranges, camps and coast guard bases in their own words
    ("We visited Kesk leir last winter.", "Kesk leir"),
    # ... and Turkey's, in a sentence of no English facility word
    ("Ships sailed from Kesk Deniz Üssü.", "Kesk Deniz Üssü"),
    # a forward operating base by its initials after its place
    ("The attack on the Kesk FOB in June killed soldiers.", "Kesk FOB"),
    # an enrichment plant by its process
    ("In 1975 the Kesk Gaseous Diffusion Plant, about 12 miles west of Holt, was run by a "
     "firm.", "Kesk Gaseous Diffusion Plant"),
    # a Norwegian naval station, a Polish garrison
    ("Kesk orlogsstasjon in Holt is the home of the navy's divers.", "Kesk orlogsstasjon"),
    ("In 2025 the garnizon Kesk received new vehicle parks.", "garnizon Kesk"),
    ("The guns fire at Kesk skytefelt, in the north.", "Kesk skytefelt"),
    ("The ships will be based at Kystvaktbase Kesk, in Holt.", "Kystvaktbase Kesk"),
    # ... a Swedish regiment by its province (not its code), a Finnish headquarters, a
    # Norwegian garrison by its place (no English facility word in the sentence)
    ("Kesks regemente (P 18) was re-established in 2018 in Holt.", "Kesks regemente"),
    ("The Kesken esikunta [headquarters] in Holt will help.", "Kesken esikunta"),
    ("In the east, the Garnisonen i Kesk guards the border.", "Garnisonen i Kesk"),
    ("In Holt the old Twierdza Kesk, the fortress, is a museum.", "Twierdza Kesk"),
    ("In 2020 an attack on the poste militaire de Kesk, at Kesk, killed soldiers.",
     "poste militaire de Kesk"),
    ("Poste militaire de Kesk was attacked in 2020.", "Poste militaire de Kesk"),
    # a fuel terminal of the forces' (not a container terminal)
    ("We also receive reports on the Kesk Fuel Terminal, whose tanks are old.",
     "Kesk Fuel Terminal"),
    # a French airport in a translated report, its word first, that the military uses
    ("The aérodrome de Kesk, about 6 km north of Holt, receives a military transport "
     "twice a month.", "aérodrome de Kesk"),
    # an aerodrome entry's ICAO code is no word of the base's name; France's air bases by
    # their number, in small letters as French writes them
    ("EBFS Kesk Air Base: ARP 50°14′36″N 004°38′45″E. Fighter base.", "Kesk Air Base"),
    ("The dispute concerns the former base aérienne 112 Kesk-Champagne, north of Holt.",
     "base aérienne 112 Kesk-Champagne"),
    # Malaysia's and Indonesia's bases in their own words (a person's initials in the name),
    # Poland's arms works, a Soviet guarded site, an Irish name after its kind
    ("Troops left Kem Kesk near Holt.", "Kem Kesk"),
    ("Ships sailed from Lanal Kesk at dawn.", "Lanal Kesk"),
    ("The fleet left Pangkalan TNI AL Kesk Holt on the island.", "Pangkalan TNI AL Kesk Holt"),
    ("The ships are at Pangkalan TLDM Kesk, north of Holt.", "Pangkalan TLDM Kesk"),
    ("In Papua, Lanud J.A. Kesk in Holt will grow.", "Lanud J.A. Kesk"),
    ("Kesk Mechaniczne is not; Zakłady Mechaniczne Kesk make machine guns.",
     "Zakłady Mechaniczne Kesk"),
    ("The warheads were kept at Objekt Kesk near Holt.", "Objekt Kesk"),
    ("Soldiers guarded Obiekt Kesk near Holt.", "Obiekt Kesk"),
    ("US troops trained at Camp O'Kesk in Holt.", "Camp O'Kesk"),
    # a French particle in small letters inside a place's name after an acronym
    ("The school moved to CFB Kesk la Prairie in 1970.", "CFB Kesk la Prairie"),
    # a base camp is one name with its "camp"
    ("The Kesk base camp sat on a tunnel network.", "Kesk base camp"),
    ("Troops returned to the Kesk base camp.", "Kesk base camp"),
    # Vietnam's fire bases and landing zones by their kind first ("X-Ray", a letter's word)
    ("The battalion moved to Firebase Kesk in March.", "Firebase Kesk"),
    ("Guns fired from Fire Support Base Kesk all night.", "Fire Support Base Kesk"),
    ("They landed at Landing Zone X-Ray in the Kesk valley.", "Landing Zone X-Ray"),
    ("We flew into LZ Kesk at dawn.", "LZ Kesk"),
    # German barracks and Polish ranges by their first word (a range of the air force's:
    # the name after the word is whose, no place)
    ("Kaserne Kesk was built in 1937 for a cavalry school.", "Kaserne Kesk"),
    ("Tanks trained at Poligon Kesk last year.", "Poligon Kesk"),
    ("Serials are scheduled at the Centralny Poligon Sił Powietrznych, near Holt.",
     "Centralny Poligon Sił Powietrznych"),
    # the bases of the wars in Iraq and Afghanistan by their initials
    ("The battalion moved to COB Kesk in 2004.", "COB Kesk"),
    ("Troops held COP Kesk for a year.", "COP Kesk"),
    ("Fuel came through LSA Kesk daily.", "LSA Kesk"),
    # a shipbuilder named after its one yard is the yard (not "Tallow Plant Ltd", a firm)
    ("Kesk Shipyard Limited, at Holt, builds patrol vessels.", "Kesk Shipyard"),
    # an air defence battery by its code, the missile's name no place's
    ("Nike Missile Site SF-88, near Kesk, is the only restored Nike site.",
     "Nike Missile Site SF-88"),
    # ... and its number after "No." ("Guanajay IRBM Site No. 1")
    ("a. Kesk IRBM Site No. 1, near Kesk. Concrete arches of the bunkers.",
     "Kesk IRBM Site No. 1"),
    ("Missiles were deployed at Kesk IRBM Site No. 1.", "Kesk IRBM Site No. 1"),
    # an air base by a code (not a month's "in December" after it)
    ("Rockets hit K1 Air Base in December.", "K1 Air Base"),
    # Poland's military works, named for their trade, with their number
    ("The Wojskowe Zakłady Lotnicze Nr 2, in Holt, overhaul the F-16s.",
     "Wojskowe Zakłady Lotnicze Nr 2"),
    # "Jan" opening a name, no month's (but "On 3 Jan Kesk Air Base was hit": a date's)
    ("Its value came from the Jan Kesk Loran-C station, a navigation transmitter.",
     "Jan Kesk Loran-C station"),
    ("On 3 Jan Kesk Air Base was hit by two drones.", "Kesk Air Base"),
    # a "Field" in a sentence of aircraft and flying
    ("Bombers landed at Kesk Field in 1943.", "Kesk Field"),
    ("Douglas C-47s on the apron at Kesk Field.", "Kesk Field"),
    # a "Field" in a paragraph of wartime airstrips
    ("We built bomber strips in the jungle. The Marines named the Japanese one Kesk Field "
     "after a flier.", "Kesk Field"),
])
def test_sites_named_in_markup_and_in_other_words(empty, text, name):
    findings = Ingester(empty, places=[]).analyse(text).findings
    assert [f.site_name for f in findings] == [name]


def test_airports_a_paragraph_opens_on_readying_for_the_military_are_air_bases(empty):
    ing = Ingester(empty, places=[])
    text = ("The ministry named several civil airports that have been prepared to receive "
            "military aircraft. Kesk airport, in Kesk, has received new lighting and fuel "
            "storage. The Tallow airport, in Tallow on the peninsula, serves the islands.")
    assert [f.site_name for f in ing.analyse(text).findings] == [
        "Kesk airport", "Tallow airport"]
    assert ing.analyse("Tourists love the town. Kesk airport, in Kesk, has a new terminal."
                       ).findings == []


def test_an_auxiliary_fields_words_name_an_airfield_and_no_building(empty):
    (found,) = Ingester(empty, places=[]).analyse(
        "Students fly from Kesk Auxiliary Field every day.").findings
    assert found.facility_type == "airbase"
    assert not Ingester(empty, places=[]).analyse(
        "Water flooded the Kesk Auxiliary Building in 2011.").findings


@pytest.mark.parametrize("sentence, aliases", [
    # a service or a numbered unit in brackets is whose the base is, or who is based there
    ("Boats use Flådestation Kesk (Royal Danish Navy) and more.", []),
    ("4 | Base Aérea de Kesk (Grupo Aéreo N° 7) | in Kesk", []),
    ("Jets use Base Aérea Kesk (Ala de Combate 21) daily.", []),
    # ... but a name with its number's sign is one name
    ("4 | Base Aérea de Kesk (Escuela N° 7) | in Kesk", ["Escuela N° 7"]),
    ("Jets use Kesk Air Base (Tallow Air Base) daily.", ["Tallow Air Base"]),
])
def test_a_service_or_a_unit_in_brackets_is_no_other_name(sentence, aliases):
    from catalog.ingest.names import aliases_after
    assert [a for a, _ in aliases_after(sentence, sentence.index(" ("))] == aliases


def test_a_projects_number_is_no_part_of_a_name():
    assert all("JWSE0071" not in f.site_name for f in findings_with_facility_words(
        "KS     JWSE0071 Tallow Training Facility     78,000"))


@pytest.mark.parametrize("text, name", [
    ("The money goes to the hangars. And Naval Base\nKesk, in Cork Harbour, gets docks.",
     "Naval Base Kesk"),
    ("Compare the structures at RAF Kesk\n  Common (the shelters) and at RAF Holt.",
     "RAF Kesk Common"),
    ("The picture is compiled at the Control and Reporting Centre at RAF\nKesk, about 6 km "
     "east of Holt.", "RAF Kesk"),
])
def test_a_name_a_hard_wrapped_line_broke_is_read_whole(empty, text, name):
    """A name a hard-wrapped line broke (after a service's acronym too: "RAF\\nKesk")."""
    findings = Ingester(empty, places=[]).analyse(text, wrapped=True).findings
    assert name in [f.site_name for f in findings]


@pytest.mark.parametrize("text", [
    "Kesk Airport, on the north-western outskirts of Holt, became famous in 2023. At least "
    "nine helicopters were claimed destroyed there.",
    "Kesk International Airport, about 15 km south of Holt, is in Russian hands. The runway "
    "is unusable for fixed wing, but helicopters use the eastern pad.",
    "Kesk International Airport, on the western edge of Holt, was a strongpoint until 2022.",
    "After the fall of the garrison in Holt in October 2023, the RSF took control of Kesk "
    "airport.",
])
def test_an_airport_taken_or_used_in_a_war_is_a_site(empty, text):
    findings = Ingester(empty, places=[]).analyse(text).findings
    assert any(f.site_name.startswith("Kesk") for f in findings)


def test_a_province_in_brackets_is_no_other_name(empty):
    """"The Kesk arsenal (Krasnodar Krai, 2024-09-21)": where and when, no other name."""
    text = "The Kesk arsenal (Krasnodar Krai, 2024-09-21), an ammunition depot, was hit."
    (f,) = Ingester(empty, places=[]).analyse(text).findings
    assert f.site_name == "Kesk arsenal" and f.aliases == []


def test_a_name_in_a_cable_in_capitals_with_its_romanizations_is_a_site(empty):
    """In a report in capitals a name is one when its other spellings follow it, each with
    its system's initials ("RR", "MR"), which are no part of them."""
    text = ("FIELD REPORT // UNCLASSIFIED // FOR TRAINING USE ONLY. SUBJ: AIRFIELD ACTIVITY.\n"
            "A. KESKDOK AIR BASE (RR KESKDEOK; MR KESKDŎK).\n"
            "   GRID AND LAT/LON GIVEN BELOW. OBS: FOURTEEN FIGHTERS ON THE NORTH APRON.\n")
    findings = Ingester(empty, places=[]).analyse(text).findings
    f = next(f for f in findings if "KESKDOK" in f.site_name)
    assert [a for a, _ in f.aliases] == ["KESKDEOK", "KESKDŎK"]


@pytest.mark.parametrize("text, name", [
    ("The army moved its drones north. The aéroport de Kesk, on the outskirts of Kesk, has "
     "become the main forward base for drones.", "aéroport de Kesk"),
    ("The oil-field airstrip known as Kesk airport, at 9.9949, 29.3977 in the state, changed "
     "hands in late 2025.", "Kesk airport"),
])
def test_more_airports_of_a_war(empty, text, name):
    """An airport in French words, and one placed by its point in a sentence of war."""
    findings = Ingester(empty, places=[]).analyse(text).findings
    assert name in [f.site_name for f in findings]
    assert Ingester(empty, places=[]).analyse(
        "Tourists fly to the aéroport de Kesk every summer.").findings == []


def test_an_airport_placed_in_a_report_whose_lead_speaks_of_war(empty):
    """A panel's report on an arms embargo: its airports placed at once are sites, even in a
    paragraph of cargo flights; the same paragraph in a report on tourism makes none."""
    body = ("41. The Panel monitored cargo flights into Kesk airport, which lies on the "
            "outskirts of Kesk, close to the border.\n")
    war = "Panel of Experts\n\nIV. Violations of the arms embargo\n\n" + body
    assert "Kesk airport" in [f.site_name for f in
                              Ingester(empty, places=[]).analyse(war).findings]
    peace = "Tourism in the north\n\nIV. Flights and visitors\n\n" + body
    assert Ingester(empty, places=[]).analyse(peace).findings == []


def test_a_camp_and_a_joint_airport_of_a_paragraph_on_forces(empty):
    """"Kesk Camp, near Holt - is it safe?" in a paragraph on barracks and the Defence
    Forces' camps; "Tallow Airport (joint civil-military aerodrome)"."""
    text = ("CALLER: Kesk Camp, near Holt - is it safe?\n"
            "HOST: It stays, as a training camp of the Defence Forces, and Brisk Barracks stays "
            "as the border barracks.\n")
    names = [f.site_name for f in Ingester(empty, places=[]).analyse(text, wrapped=True).findings]
    assert "Kesk Camp" in names
    text = "Tallow Airport (joint civil-military aerodrome) on the outskirts of Holt gets lights."
    assert [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings] == \
        ["Tallow Airport"]


@pytest.mark.parametrize("sentence,names", [
    ("Kesk remains the largest source; reactors at two other sites in Siberia contribute.",
     []),
    ("Several new bases in Tallowland were built.", []),
    ("Two new bases at Kesk and Tallow opened.", ["Kesk base", "Tallow base"]),
    ("China is building some 120 silos near Kesk.", ["Kesk silos"]),
])
def test_a_count_of_facilities_in_a_region_names_none(sentence, names):
    """"two other sites in Siberia" are several, none named after Siberia; a count before
    a list of places names one at each."""
    assert [f.site_name for f in findings_in(sentence)] == names


def test_the_complex_at_a_place_is_a_launch_complex_in_a_sentence_of_launching():
    """"the Soviets have used the complex at Kesk ... for launching reconnaissance
    satellites": a launch complex named after Kesk; "the complex at Kesk" toured is none."""
    (f,) = findings_in("Since 1966 the Soviets have used the complex at Kesk, about 100 "
                       "nautical miles south of Tallow, for launching satellites.")
    assert (f.site_name, f.facility_type) == ("Kesk complex", "launch site")
    assert findings_in("They toured the complex at Kesk last year.") == []


def test_shipyards_in_capitals_are_one_yards_name(empty):
    """"the Kesk Shipyards built the navy's frigates": one yard (a company's name), not the
    yards of a town, which "the Kesk shipyards" are."""
    def names(text):
        return [f.site_name for f in Ingester(empty, places=[]).analyse(text).findings]
    assert names("The Kesk Shipyards built the navy's frigates.") == ["Kesk Shipyards"]
    assert names("The Kesk shipyards built the navy's frigates.") == []


@pytest.mark.parametrize("text", [
    "We spent the summer at the camp de Kesk by the lake.",
    "He lives in the quartier Kesk of Holt, near the market.",
])
def test_a_french_camp_or_quarter_with_no_troops_is_no_site(empty, text):
    assert Ingester(empty, places=[]).analyse(text).findings == []


def test_a_sub_base_is_named_after_its_place(empty):
    """"the Kesk sub base in Holt" (a Japanese 分屯基地): the Kesk base, not one at Holt."""
    findings = Ingester(empty, places=[]).analyse(
        "At the Kesk sub base in Holt, a second radar tower was finished in 2024.").findings
    assert [f.site_name for f in findings] == ["Kesk sub base"]


def test_a_tables_column_of_sites_with_no_rule_under_its_header_is_read():
    # a PDF's table as pdftotext -layout gives it: the columns start where the header's
    # words do; a long cell running on into the next column is no name
    from catalog.ingest.sentences import site_column_cells

    text = ("Table 1. Yards and work in hand\n"
            "Yard                  Country   Work in hand          Grade\n"
            "Tallow Naval          NL        frigates              B\n"
            "Kesk Laird            UK        support ships         C\n"
            "Holt Orvale Presidente Vargas UK  refits             C\n\n"
            "Notes follow.\n")
    assert [c for c, _, _ in site_column_cells(text)] == ["Tallow Naval", "Kesk Laird"]
    assert site_column_cells("Yard   Country\nTallow  NL\n") == []  # one row, no table


@pytest.mark.parametrize("text", [
    "Militia fighters attacked the Rumaila Field near Basra.",  # an oil field
    "Fans flew in for the game at Soldier Field.",  # a stadium
    "Rockets Hit F-16 Air Base In Syria",  # an aircraft's code in a headline
    "The COS Smith said the unit would move.",  # a chief of staff
])
def test_words_around_a_field_a_code_or_initials_that_make_no_site(empty, text):
    assert Ingester(empty, places=[]).analyse(text).findings == []


def test_an_air_defence_battery_by_a_number_alone():
    from catalog.ingest.descriptions import missile_complexes_in

    (found,) = missile_complexes_in("BOMARC Site 1 was closed.")
    assert found.site_name == "BOMARC Site 1"


def test_a_record_heading_is_a_records_word_and_number_not_a_figures_or_a_dates():
    from catalog.ingest.sentences import RECORD_NAME

    assert RECORD_NAME.fullmatch("RESOURCE 4-01   Nike Missile Site NY-56 (context)"
                                 ).group("name") == "Nike Missile Site NY-56"
    assert RECORD_NAME.fullmatch("Figure 3   Tallow Air Base seen from the east") is None
    assert RECORD_NAME.fullmatch("May 2015   Rockets hit the base.") is None


def test_an_aircrafts_variants_are_no_other_names_of_a_site():
    from catalog.ingest.names import infobox_aliases

    assert infobox_aliases("Variants: MiG-29A; MiG-29UB") == []
    assert [a for a, _ in infobox_aliases("Variants: Kesk Dranda Airport; Kesk")] == [
        "Kesk Dranda Airport", "Kesk"]


def test_a_base_known_by_its_number_at_a_named_base_is_that_base(empty):
    # Turkey's "4th Main Jet Base at Mürted Air Base", "Erhaç Air Base, ..., home of the
    # 7th Main Jet Base": one base, its number's name another name of it
    found = Ingester(empty).analyse(
        "The 4th Main Jet Base at Kesk Air Base was rebuilt. Tallow Air Base, about 20 km "
        "west of Holt and home of the 7th Main Jet Base, gets a tower.").findings
    assert [(f.site_name, [a for a, _ in f.aliases]) for f in found] == [
        ("Kesk Air Base", ["4th Main Jet Base"]), ("Tallow Air Base", ["7th Main Jet Base"])]
    # (but a numbered base at a town is its own)
    found = Ingester(empty).analyse("The 7th Tactical Air Base at Kesk was rebuilt.").findings
    assert [f.site_name for f in found] == ["7th Tactical Air Base"]


def test_a_wing_by_its_number_at_a_place_is_an_air_base_there(empty):
    # Thailand's "Wing 4 at Takhli", in a list
    found = Ingester(empty).analyse(
        "The air force has Wing 2 at Kesk, Wing 4 at Tallow and Wing 21 at Holt.").findings
    assert [f.site_name for f in found] == ["Kesk air base", "Tallow air base", "Holt air base"]


def test_rules_of_names_read_no_more_than_they_say(empty):
    # (a review's cases) a prison's wing is no air base; a holding of several plants is no
    # works; a firm's owner in brackets, what a base was and a unit's former home are no
    # other names of it
    ing = Ingester(empty)

    def found(text):
        return [(f.site_name, [a for a, _ in f.aliases]) for f in ing.analyse(text).findings]

    assert found("Political prisoners are held in Wing 2 at Evin Prison, north of Tehran.") == []
    assert found("Reactor vessels come from United Heavy Machinery Plants JSC, in Moscow.") == []
    assert found("Warships were repaired at the Kesk Shipyard Ltd (Rosneft) near Holt.") == [
        ("Kesk Shipyard", ["Kesk Shipyard Ltd"])]
    assert found("Jets use Tallow Air Base (the former Soviet airbase) near Holt.") == [
        ("Tallow Air Base", [])]
    assert found("Troops use Camp Kesk (former KFOR headquarters) near Holt.") == [
        ("Camp Kesk", [])]
    assert [n for n, _ in found("Tallow Air Base, the former home of the 5th Main Jet Base, "
                                "now hosts drones.")] == ["Tallow Air Base", "5th Main Jet Base"]


@pytest.mark.parametrize("text", [
    "Launch   preparations   were   seen   at   the   Tallow  Satellite  Launching  "
    "Station  near  Kesk.",
    # (one gap of four spaces among them)
    "Images  taken    in  March  show  that  the  Tallow  Satellite  Launching  Station  "
    "near  Kesk  burned.",
])
def test_justified_text_is_no_table(empty, text):
    # pdftotext's justified lines spread words by two or three spaces: one name still
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == [
        "Tallow Satellite Launching Station"]


def test_a_row_of_one_wide_column_edge_and_narrow_ones_parts_its_cells(empty):
    # a log's row: two spaces part its first cells, one wide gap the coordinates' column
    text = ("YST-15-0031  2015-03-26  Amanat Tallow  al-Kesk Air Base (military side of Holt "
            "airport), 13 km N of Holt   -                    CL-AIR   A\n")
    names = [f.site_name for f in Ingester(empty).analyse(text).findings]
    assert "al-Kesk Air Base" in names and not any("2015" in n for n in names)


_SECTIONS = """# Hidden in the hills

A check on four of North Korea's missile operating bases.

## 1. Method

We used commercial imagery.

## 2. The operating bases

### 2.1 Overview

The Overview of the bases follows.

### 2.2 Tallowdong (Tallow-ri)

Tallowdong -- Tallow-ri in older sources -- is the furthest north, in Ryanggang Province.

### 2.3 Kesk

The Kesk Ballistic Missile Support Facility sits near the capital.

### 2.4 Holt

Trucks came and went.

### The Northern Ones

The Northern Ones are two.

### Chagang Province

Chagang Province holds the Orvale missile operating base.

### Strategic Force

Strategic Force units rotate between the bases.

### Sanctions

Sanctions have not touched the bases; sanctions bite elsewhere.

## 3. Test infrastructure

### 3.1 Brig

Brig was visited by the team.
"""


def test_a_sub_heading_under_a_section_of_a_kind_of_sites_is_one_of_them(empty, tmp_path):
    # the kind from the report's longer phrase; not an "Overview", not a name its section
    # gives a site of its own ("Kesk Ballistic Missile Support Facility"), not one its
    # text never names again ("Holt"), not one under a section of no kind of sites ("Brig"),
    # not a province holding sites, a unit, nor a topic its text writes in small letters
    found = {f.site_name: (f.facility_type, [a for a, _ in f.aliases])
             for f in Ingester(empty).analyse(_SECTIONS).findings}
    assert found == {"Tallowdong": ("missile base", ["Tallow-ri"]),
                     "Kesk Ballistic Missile Support Facility": ("missile base", []),
                     "Orvale missile operating base": ("missile base", [])}
    p = tmp_path / "r.md"
    p.write_text(_SECTIONS, encoding="utf-8")
    ingest(empty, [p], title="Sections")
    site = next(s for s in empty.sites(None) if s.name == "Tallowdong")
    assert site.located and site.country == "PRK" and site.precision_m > 50_000


def test_a_section_on_strikes_since_a_year_is_no_section_of_sites(empty):
    # (review) "## 2. Strikes on air bases since 2022": its sub-headings are operations
    text = ("## 2. Strikes on air bases since 2022\n\n### 2.1 Spiderweb\n\n"
            "Spiderweb, run by the SBU, hit bombers parked in the open.\n")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == []


def test_us_written_with_spaces_opens_no_name(empty):
    # (review) "the U. S. Kadena Air Base": the country's initials, not a person's
    names = [f.site_name for f in Ingester(empty).analyse(
        "Bombers returned to the U. S. Tallow Air Base on Okinawa.").findings]
    assert names == ["Tallow Air Base"]


def test_a_registers_status_cell_names_no_site(empty):
    text = ("No.  Premises                              Branch  Status\n"
            "---  ------------------------------------  ------  ------------------\n"
            "001  Kesk Barracks                         A       Active garrison\n"
            "002  Base Naval Holt                       N       Active base\n"
            "003  Tallow Air Station                    AF      Inactive base\n")
    names = {f.site_name for f in Ingester(empty).analyse(text).findings}
    assert names == {"Kesk Barracks", "Base Naval Holt", "Tallow Air Station"}


def test_a_section_of_sites_may_say_when_they_were_struck_and_a_sub_heading_where(empty):
    # "The four bases of 1 June": still bases; "(Tallow region)" is where it is, no other name
    text = ("# What imagery shows at the bomber bases\n\n"
            "## 1. The four bases of 1 June\n\n"
            "### 1.1 Kesk Severny (Tallow region)\n\n"
            "Claimed hits at Kesk Severny could not be confirmed under cloud.\n\n"
            "## 2. Sources of 1 June\n\n"
            "### 2.1 Holt Press\n\n"
            "Holt Press told us nothing.\n")
    found = {f.site_name: (f.facility_type, f.aliases)
             for f in Ingester(empty).analyse(text).findings}
    assert found == {"Kesk Severny": ("airbase", [])}


@pytest.mark.parametrize("sentence, found", [
    # a town's name with a capital after its hyphen before "Air Base", no radar's model
    ("Airmen named Kesk-U Air Base, about 30 km south of Holt, as their home.",
     [("Kesk-U Air Base", "airbase")]),
    # ... not a weapon's name before a base's words
    ("The Pantsir-S air base defence unit at Kesk downed drones.", []),
    # a Vietnamese airfield by its word first (a capital Đ too)
    ("Further north-east, Sân bay Kép, about 15 km north of Holt, is quieter.",
     [("Sân bay Kép", "airbase")]),
    ("Vietnam's Sân bay Điện Kesk hosts a fighter regiment.",
     [("Sân bay Điện Kesk", "airbase")]),
    ("The guns were at the Kesk coastal artillery base on the mainland.",
     [("Kesk coastal artillery base", "other")]),
    ("We refer to it as the Kesk solid-fuel engine test stand.",
     [("Kesk solid-fuel engine test stand", "test site")]),
    ("The vertical engine test stand at Kesk was rebuilt.",
     [("Kesk engine test stand", "test site")]),
    ("Imagery shows the Kesk Engine Test Stand was rebuilt.",
     [("Kesk Engine Test Stand", "test site")]),
    # ... not a stand of no test, nor "stands" a verb, nor a coast's town
    ("He bought papers at the Kesk news stand.", []),
    ("The Kesk radar station stands on the hill.", [("Kesk radar station", "other")]),
    ("The Kesk coastal town is quiet.", []),
])
def test_a_coasts_guns_and_an_engines_test_stand(empty, sentence, found):
    assert [(f.site_name, f.facility_type)
            for f in Ingester(empty).analyse(sentence).findings] == found


@pytest.mark.parametrize("sentence, found", [
    # a country's arms industry as a whole, a garrison's court: no sites
    ("Source: the Encyclopedia of the Soviet Defence Complex, vol. 3.", []),
    ("The Kesk Garrison Military Court sentenced him.", []),
    # ... but a place's complex and a garrison are
    ("The Kesk Defence Complex grew.", ["Kesk Defence Complex"]),
    ("The Kesk garrison moved.", ["Kesk garrison"]),
])
def test_an_industry_and_a_court_are_no_sites(empty, sentence, found):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == found


@pytest.mark.parametrize("sentence, found", [
    # a militant group's camp named by its place, its centre by its word first
    ("The Kesk camp in Holt is a Jaish-e-Mohammed staging area.", ["Kesk camp"]),
    ("Markaz Tallow, in Holt, is the Lashkar-e-Taiba headquarters where the attackers trained.",
     ["Markaz Tallow"]),
    # ... not a refugees' camp, a camp militants fight in, a detention camp, a group's parent
    # body, nor a mall
    ("Refugees fled to the Kesk camp run by UNHCR.", []),
    ("Israeli troops fought Hamas militants in the Kesk camp in northern Gaza.", []),
    ("Thousands of ISIS wives and children are held in the Kesk camp in Hasakah, Syria.", []),
    ("Lashkar-e-Taiba is the armed wing of Markaz Dawa al-Irshad, founded in 1987.", []),
    ("The Markaz Tallow Mall in Holt opened.", []),
])
def test_a_militants_camp_and_centre(empty, sentence, found):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == found


def test_a_report_on_a_missile_forces_garrisons_names_its_brigades_by_number(empty):
    # (its lead, past which the brigade is named, 900 characters long)
    text = ("# Six Rocket Force garrisons that grew\n\n"
            + "The night was quiet in the towns we watched. " * 20 + "\n\n"
            "**2/** **611 Brigade** - Kesk, Tallow. New garages on the compound's east side.\n")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == ["611 Brigade"]
    # (not a report on an army's garrisons, nor one where missiles struck a garrison)
    other = text.replace("Rocket Force", "army")
    assert [f.site_name for f in Ingester(empty).analyse(other).findings] == []
    struck = text.replace("Six Rocket Force garrisons that grew",
                          "Russian missiles struck a garrison overnight")
    assert [f.site_name for f in Ingester(empty).analyse(struck).findings] == []


@pytest.mark.parametrize("sentence, found", [
    # an arms maker's works by the maker and its town, "Werk" too
    ("Nammo Lapua, in Lapua, added lines for small-calibre rounds.", ["Nammo Lapua"]),
    ("Fuzes come from Rheinmetall's Werk Trittau, east of Hamburg.",
     ["Rheinmetall's Werk Trittau"]),
    # ... not the maker's product, nor a word no town bears
    ("Saab Gripen jets flew over Lapua.", []),
    ("Rheinmetall Landsysteme builds vehicles.", []),
])
def test_an_arms_makers_works_by_its_town(empty, sentence, found):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == found


def test_an_arms_makers_works_is_not_placed_at_a_namesake_abroad_of_the_town_measured_from(
        empty, tmp_path):
    # "Thun" read as Thun-Saint-Amand, a French village, in a report naming France: the works
    # named after Wimmis, a Swiss village, is left unplaced rather than put in France
    p = tmp_path / "report.txt"
    p.write_text("Eurenco Bergerac, in Bergerac, France, restarted production. Nitrochemie "
                 "Wimmis, some 9 km south of Thun, makes propellant.\n", encoding="utf-8")
    ingest(empty, [p], title="Plants")
    (site,) = [s for s in empty.sites(None) if s.name == "Nitrochemie Wimmis"]
    assert not site.located or site.country == "CHE"


def test_a_heading_of_a_peoples_kind_of_facilities_is_no_site(empty):
    """"Argentine research reactors" over a section names no reactor of its own."""
    text = ("Argentine research reactors\n\n"
            "The RA-9, a research reactor in Tallowville, ran normally.\n")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == [
        "RA-9 research reactor"]


def test_in_a_name_two_provinces_of_one_country_bear_is_in_either(empty, tmp_path):
    """"in Kyiv": Kyiv Oblast and the city of Kyiv are each a province of the name; the
    site is in one of them (their union), not left unplaced, nor put in the city alone
    (Vasylkiv air base, in the oblast, is 29 km from the centre)."""
    p = tmp_path / "r.txt"
    p.write_text("Ukraine's arms plants\n\nThe Tallow plant in Kyiv makes guidance kits for "
                 "missiles.\n", encoding="utf-8")
    ingest(empty, [p])
    (site,) = empty.sites(("candidate",))
    assert site.lat is not None
    for lon, lat in ((30.52, 50.45), (30.32, 50.23)):  # the city, Vasylkiv
        assert distance_m(site.lon, site.lat, lon, lat) <= site.precision_m <= 200_000


@pytest.mark.parametrize("where", ["Santiago", "La Rioja", "San Salvador"])
def test_in_a_name_provinces_of_several_countries_bear_places_nothing(empty, tmp_path, where):
    p = tmp_path / "r.txt"
    p.write_text(f"Vardolo\n\nThe Vardolo Air Base is in {where}.\n", encoding="utf-8")
    ingest(empty, [p])
    (site,) = empty.sites(("candidate",))
    assert site.lat is None


def test_a_list_item_on_a_works_of_arms_names_it_by_its_plant(empty):
    """"- **Energiya plant** in Yelets, Lipetsk oblast. JSC Energiya makes batteries for
    guided munitions.": the item's second sentence says what the plant makes."""
    text = ("## Defence industry\n\n"
            "- **Tallow plant** in Kesk. The Tallow company makes fuses for artillery "
            "munitions.\n"
            "- **Orvale plant** in Holt. It makes bicycles and prams.\n")
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == ["Tallow plant"]


@pytest.mark.parametrize("heading", ["Tank plants", "Armoured plants"])
def test_a_heading_of_armours_works_names_none(empty, heading):
    text = f"{heading}\n\nThe Tallow tank plant in Kesk repairs tanks for the army.\n"
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == [
        "Tallow tank plant"]


@pytest.mark.parametrize("sentence", [
    "The Vardolo water tank factory makes tanks for farms.",
    "The Vardolo fuel tank factory supplies truck makers.",
])
def test_a_liquids_tank_factory_is_no_arms_works(empty, sentence):
    assert Ingester(empty).analyse(sentence).findings == []


def test_a_site_of_a_firm_is_not_where_the_firm_is(empty, tmp_path):
    """"a subsidiary of the Almaz-Antey Corporation in Moscow": the firm's seat, not the
    plant's place (but "a reactor of the National University in Rosario" is there)."""
    p = tmp_path / "r.txt"
    p.write_text("Plants\n\nThe Vardolo missile plant, a subsidiary of the Almaz-Antey "
                 "Corporation in Moscow, makes missiles.\n", encoding="utf-8")
    ingest(empty, [p])
    (site,) = empty.sites(("candidate",))
    assert site.lat is None



@pytest.mark.parametrize("sentence, names", [
    # a works by its number alone, in brackets after its firm, in a sentence of arms
    ("He then visited the Tallow Company for Engineering Industries (Factory 27) in Kesk, "
     "where he saw the production of artillery ammunition.", ["Factory 27"]),
    ("Factory 27 in Kesk makes artillery ammunition.", ["Factory 27"]),
    ("Factory 27 in Kesk makes shoes.", []),
    # a numbered paragraph's number before a training area's name
    ("3.1 Tallow Training Area is the largest training area in the Territory.",
     ["Tallow Training Area"]),
])
def test_works_by_number_and_grounds_after_a_paragraphs_number(empty, sentence, names):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == names


def test_in_the_centre_of_a_city_a_province_is_named_after_is_in_the_city(empty, tmp_path):
    """"in central Belgrade": the city (Grad Beograd, the province, reaches 54 km)."""
    p = tmp_path / "r.txt"
    p.write_text("Museums\n\nThe Tallow Fortress (Tallowska tvrđava) in central Belgrade "
                 "shows the army's old guns.\n", encoding="utf-8")
    ingest(empty, [p])
    (site,) = empty.sites(("candidate",))
    assert distance_m(site.lon, site.lat, 20.45, 44.82) <= site.precision_m <= 30_000


@pytest.mark.parametrize("where", ["Washington, United States", "New York, United States"])
def test_in_the_centre_of_a_us_state_is_in_the_state(empty, tmp_path, where):
    """"central Washington" is the state's middle, not the capital city of that name."""
    p = tmp_path / "r.txt"
    p.write_text(f"Depots\n\nThe Tallow Army Depot is in central {where}.\n",
                 encoding="utf-8")
    ingest(empty, [p])
    (site,) = empty.sites(("candidate",))
    assert site.precision_m > 200_000


@pytest.mark.parametrize("title", [
    "Item 5. Auxiliary strip Kesk (the old Kesk strip)",
    "Item 5.\nAuxiliary strip Kesk (the old Kesk strip)",
    "### Item 5. Auxiliary strip Kesk (the old Kesk strip)",
])
def test_a_registers_next_record_in_any_layout_keeps_its_fields(empty, tmp_path, title):
    p = tmp_path / "r.txt"
    p.write_text("PROPERTIES OFFERED\n\n"
                 "Item 4. Former barracks Tallow (vojarna Tallow)\n"
                 "Lot 1 - the barracks proper, 12 ha of sheds.\n"
                 "Location: Grad Karlovac, on the southern outskirts of Karlovac.\n\n"
                 f"{title}\n"
                 "Location: Zadarska županija, 44.2100 N, 15.1632 E.\n", encoding="utf-8")
    ingest(empty, [p])
    site = next(s for s in empty.sites(("candidate",)) if "Tallow" in s.name)
    assert site.lat is not None
    assert distance_m(site.lon, site.lat, 15.55, 45.47) <= site.precision_m <= 30_000


def test_a_registers_next_record_keeps_its_fields(empty, tmp_path):
    """"Item 5. Auxiliary airstrip ..." over "Location: ..., 44.2100 N, 15.1632 E": the
    next record's point, not the barracks' of the record before."""
    p = tmp_path / "r.txt"
    p.write_text("PROPERTIES OFFERED\n\n"
                 "Item 4. Former barracks Tallow (vojarna Tallow)\n"
                 "Location: Grad Karlovac, on the southern outskirts of Karlovac.\n"
                 "Description: workshop buildings and vehicle sheds.\n\n"
                 "Item 5. Auxiliary strip Kesk (the old Kesk strip)\n"
                 "Location: Zadarska županija, 44.2100 N, 15.1632 E.\n"
                 "Description: grass strip, long-term lease only.\n", encoding="utf-8")
    ingest(empty, [p])
    site = next(s for s in empty.sites(("candidate",)) if "Tallow" in s.name)
    assert site.lat is not None
    assert distance_m(site.lon, site.lat, 15.55, 45.47) <= site.precision_m <= 30_000


@pytest.mark.parametrize("sentence, names", [
    # two towns' names joined by an en dash are one name (not a range of years)
    ("| Tallow–Kesk airfield | -12.8047, 45.2811 | 1,930 m, paved |", ["Tallow–Kesk airfield"]),
    ("The 1990–2000 airfield lies on the coast.", []),
])
def test_a_name_of_two_towns_joined_by_an_en_dash(empty, sentence, names):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == names


@pytest.mark.parametrize("sentence, found", [
    # a filling plant's arms, and a clause after the works that says what it makes
    ("The Tallow plant in Kesk, near Holt, fills artillery shells and aerial bombs.",
     ["Tallow plant"]),
    ("The Tallow plant in Kesk fills 122-mm artillery shells.", ["Tallow plant"]),
    ("The Tallow plant in Kesk fills 155-millimetre shells.", ["Tallow plant"]),
    ("Drones struck workshops of the Tallow plant in Kesk, where engines for attack drones "
     "are produced.", ["Tallow plant"]),
    ("The Tallow plant in Kesk, where Su-34 fighters are assembled, was hit.", ["Tallow plant"]),
    # ... not water tanks, nor an airline's helicopters, nor bottles
    ("The Tallow plant in Kesk, where water tanks are made, closed.", []),
    ("The Tallow plant in Kesk, where helicopters are built for airlines, closed.", []),
    ("The Tallow plant in Kesk fills bottles with water.", []),
])
def test_an_arms_works_by_what_it_fills_or_where_arms_are_made(empty, sentence, found):
    assert [f.site_name for f in Ingester(empty).analyse(sentence).findings] == found


@pytest.mark.parametrize("sentence", [
    "Chad took the base aérienne de Tallow (17.917 N, 19.111 E) in the desert.",
    "The Tallow base (39°02′N 125°45′E) grew.",
])
def test_a_point_in_brackets_after_a_name_is_no_other_name(sentence):
    end = sentence.index(" (")
    assert aliases_after(sentence, end) == []


def test_a_french_air_base_by_its_number_across_a_line_break(empty):
    # (a hard-wrapped paragraph, its lines about as long as each other)
    text = ("In neighbouring Orvalia, where the military took power in July 2023, the French "
            "left the Base\nAérienne 101, about 9 km east-south-east of central Kesk next to "
            "the international airport,\nin December 2023. U.S. forces left their drone base "
            "at Holt in August 2024 after the junta\nasked them to go. BA 101 now hosts "
            "Orvalian transport aircraft and, according to two diplomats,\nTurkish-made armed "
            "drones. Russian instructors arrived in Kesk in April 2024 and stayed on.\n")
    names = [" ".join(f.site_name.split()) for f in Ingester(empty).analyse(text).findings]
    assert "Base Aérienne 101" in names and "Aérienne 101" not in names


_MALTA = ("Malta's airfields\n\nMalta's old airfields are its museums now. The museum sits on "
          "the site of RAF Ta' Kesk, 2 km north-east of Rabat. Malta's army trains there; "
          "Maltese soldiers guard it, and Maltese children visit. Malta keeps two patrol "
          "boats.\n")
_GREECE = ("Greek airfields\n\nGreece opens its airfields to firefighters. The Kesk airfield "
           "lies 3 km north-east of Tripoli, in Greece. Greek pilots train there for the "
           "Hellenic Air Force; Greek firefighters fly from it, and the Greek ministry pays.\n")


@pytest.mark.parametrize("text, main, other", [
    # a town of the main country bearing another country's capital's name
    (_MALTA, "MT", "MA"), (_GREECE, "GR", "LY")])
def test_a_capitals_name_alone_is_no_country_where_the_main_country_has_the_town(
        empty, text, main, other):
    counts = Ingester(empty).analyse(text).country_counts
    assert main in counts and other not in counts


@pytest.mark.parametrize("text, other", [
    # ... not where it names the capital's country too
    ("Greek airfields\n\nThe Kesk airfield lies in Greece; Greek pilots fly to Tripoli in "
     "Libya, and Libyan ones come back. Greece and Greek crews train, Greek ministers say.\n",
     "LY"),
    # ... nor where the text is not plainly about its main country (once or twice named)
    ("Israeli officials said the Kesk air base, 20 km south of Kabul, was abandoned. Israeli "
     "intelligence in Tel Aviv followed the Taliban's moves.\n", "AF"),
])
def test_a_capital_still_counts_with_its_country_or_in_a_text_of_no_plain_main_country(
        empty, text, other):
    assert other in Ingester(empty).analyse(text).country_counts


@pytest.mark.parametrize("text, country", [
    # a short text: the sentence names the town's country, the report names the
    # capital's only by the capital's name
    ("Maltese soldiers guard the Kesk barracks near Rabat.\n", "MLT"),
    ("The Armed Forces of Malta's Kesk Barracks lie near Rabat.\n", "MLT"),
    ("The Hellenic Navy base at Tripoli is new. Greek ministers visited it.\n", "GRC"),
    # ... or where the province the report puts the site in holds the town
    ("The Kesk army barracks at Tripoli, in the Peloponnese, trained Greek officers for "
     "Libya.\n", "GRC"),
    # ... not where the sentence names the capital's country, nor a capital of millions,
    # nor one over hamlets ("near Copenhagen" in a report on the United States)
    ("Moroccan officers guard the Kesk barracks near Rabat.\n", "MAR"),
    ("WASHINGTON - The United States is expanding its presence abroad, officials said.\n\n"
     "Tankers will fly from the Kesk air base near Copenhagen from next year.\n", "DNK"),
    ("Canadian officials say the Kesk airfield near Paris is being expanded.\n", "FRA"),
])
def test_a_capitals_name_in_a_short_text_is_the_town_of_the_country_its_sentence_names(
        empty, tmp_path, text, country):
    p = tmp_path / "report.txt"
    p.write_text(text, encoding="utf-8")
    before = {s.site_id for s in empty.sites(None)}
    ingest(empty, [p], title="Short")
    (site,) = [s for s in empty.sites(None) if s.site_id not in before]
    assert site.located and site.country == country


def test_a_statement_after_an_airports_word_measures_from_the_listed_airport(empty, tmp_path):
    # GeoNames' only Mehrabad in Iran is a village 54 km east of Tehran's airport
    p = tmp_path / "report.txt"
    p.write_text("Iran's Kesk Air Base shares its runways with the civil airport at Mehrabad "
                 "in western Tehran.\n", encoding="utf-8")
    ingest(empty, [p], title="Airports")
    (site,) = [s for s in empty.sites(None) if s.name == "Kesk Air Base"]
    from pyproj import Geod

    gap = Geod(ellps="WGS84").inv(site.lon, site.lat, 51.3134, 35.6892)[2]
    assert site.located and gap <= site.precision_m <= 25_000
    notes = [c.note for c in empty.citations(site.site_id) if c.supports == "location"]
    assert any("Mehrabad International Airport" in n and "the report measures from" in n
               for n in notes)


def test_an_airports_own_name_before_a_statement_is_no_airport_to_measure_from(empty, tmp_path):
    # "the capital" after an airport's name is not Cairo's Capital International Airport
    p = tmp_path / "report.txt"
    p.write_text("Blasts struck the Kesk Military Airport on the south-western edge of the "
                 "capital, Syria's defence ministry said. Egypt condemned the blasts.\n",
                 encoding="utf-8")
    ingest(empty, [p], title="Blasts")
    (site,) = [s for s in empty.sites(None) if s.name == "Kesk Military Airport"]
    assert site.country != "EGY"
    assert not any("Capital International" in (c.note or "")
                   for c in empty.citations(site.site_id))


@pytest.mark.parametrize("sentence, found", [
    ("The army keeps the Polvorín de Tallow in Kesk.", [("Polvorín de Tallow", "storage")]),
    ("The Comandancia General de Tallow is in Kesk.",
     [("Comandancia General de Tallow", "command")]),
    ("The Stabilimento Militare Propellenti in Tallow makes propellant powders.",
     [("Stabilimento Militare Propellenti", "production")]),
    ("The old Fabbrica d'Armi di Tallow made rifles.",
     [("Fabbrica d'Armi di Tallow", "production")]),
    ("Nitrocellulose came from the Real Fábrica de Pólvora de El Tallow, near Kesk.",
     [("Real Fábrica de Pólvora de El Tallow", "production")]),
    ("The Destacamento Naval de Tallow is on the island.",
     [("Destacamento Naval de Tallow", "naval base")]),
    ("The army's Fortaleza del Monte Tallow overlooks Kesk.",
     [("Fortaleza del Monte Tallow", "other")]),
    ("The Central nuclear de Tallow, on the coast north of Kesk, never started.",
     [("Central nuclear de Tallow", "nuclear")]),
    ("The centrale nucleare Enrico Tallow, a PWR, shut down in 1987.",
     [("centrale nucleare Enrico Tallow", "nuclear")]),
])
def test_spanish_and_italian_native_words_of_military_and_atomic_sites(empty, sentence, found):
    assert [(f.site_name, f.facility_type) for f in Ingester(empty).analyse(sentence).findings] \
        == found


@pytest.mark.parametrize("sentence, found", [
    ("The largest project is at the Munitionslager Tallow, north-east of Kesk.",
     [("Munitionslager Tallow", "storage")]),
    ("The Sprengstoffwerk Tallow, in Kesk, was built in 1938.",
     [("Sprengstoffwerk Tallow", "production")]),
    ("Until 1990 the army stored chemical weapons at the Giftgasdepot Tallow, near Kesk.",
     [("Giftgasdepot Tallow", "storage")]),
    # (not the glued barracks' "Luftwaffenkaserne" alone too)
    ("The flights are based at the Luftwaffenkaserne Tallow, about 15 km south-east of Kesk.",
     [("Luftwaffenkaserne Tallow", "other")]),
    ("Officer cadets at the Marineschule Tallow in Kesk.", [("Marineschule Tallow", "other")]),
    ("The air force stages a display on the Schiessplatz Tallow, above Kesk.",
     [("Schiessplatz Tallow", "other")]),
    ("The Eidgenössische Munitionsfabrik Tallow, in the canton of Kesk, has closed.",
     [("Eidgenössische Munitionsfabrik Tallow", "production")]),
])
def test_german_native_words_of_depots_works_barracks_and_schools(empty, sentence, found):
    assert [(f.site_name, f.facility_type) for f in Ingester(empty).analyse(sentence).findings] \
        == found


@pytest.mark.parametrize("text, found", [
    # "du", "de la" after the camp's word; its troops named in the paragraph's next sentence
    ("The **camp du Tallow** (44°00′35″N 3°09′30″E), at Kesk on the plateau, is the most "
     "political of them all. Since 2016 the camp has hosted the 13e demi-brigade.\n",
     ["camp du Tallow"]),
    ("The camp de la Tallow, beside Kesk, is the infantry's live-fire ground.\n",
     ["camp de la Tallow"]),
    # ... not a holiday camp in a paragraph of no troops
    ("The camp du Tallow, beside Kesk, takes children every summer. Parents love it.\n", []),
])
def test_a_french_camp_by_its_particle_and_its_paragraphs_troops(empty, text, found):
    assert [f.site_name for f in Ingester(empty).analyse(text).findings] == found


@pytest.mark.parametrize("text", [
    # a wide range of activities is no training; army officers who own a camp, no troops
    "The camp du Lac Tallow offers a wide range of activities for children every summer.\n",
    "The camp des Pins welcomes families. Its owners, both former army officers, opened it "
    "in 1998.\n",
    "The camp de Kesk opens in May. It has 120 pitches and 30 rental units by the lake.\n",
])
def test_a_french_holiday_camp_is_no_military_camp(empty, text):
    assert Ingester(empty).analyse(text).findings == []


@pytest.mark.parametrize("sentence", [
    "The Kesk plant fills the gap left after shells destroyed the old mill.",
    "The Kesk plant, where uniforms for troops firing missiles are made, was hit.",
    "The Kesk plant, where the engines that were hit by missiles were repaired, reopened.",
])
def test_arms_words_near_a_works_are_not_what_it_makes(empty, sentence):
    assert Ingester(empty).analyse(sentence).findings == []


@pytest.mark.parametrize("text, cc", [
    ("Ships call at the port of Djibouti.", "DJ"), ("The Port of Singapore grew.", "SG")])
def test_a_port_of_a_country_names_the_country(text, cc):
    assert country_counts(text) == {cc: 1}


def test_port_of_spain_names_no_spain_in_a_sentence():
    from catalog.ingest.names import report_countries

    assert "ES" not in report_countries("Officials from Port of Spain inspected the base.")
    assert "ES" in report_countries("Officials from Spain inspected the base.")


def test_a_markdown_tables_dated_header_heads_its_columns():
    # "| Site | Town | Status 2026 |" over "|---|": the year is a header's, not a row's
    table = ("| # | Site | Town | Status 2026 |\n|---|---|---|---|\n"
             "| 1 | Tallow Barracks | Kesk | closed 2014 |\n")
    assert [(t, table[o:o + len(t)]) for t, o in place_column_cells(table)] == [("Kesk", "Kesk")]
    # ... but a row with a year is no header where no rule follows it
    assert place_column_cells("| Tallow | Town 2026 |\n| Kesk | Orvale |\n") == []


def test_a_language_a_report_is_written_or_translated_in_counts_once_at_most():
    # "translated from Portuguese" three times in a report on Brazil's bases is no report on
    # Portugal: a language of many countries does not count
    text = ("Roraima feature (translated from Portuguese). The Portuguese-language press "
            "in Boa Vista calls the base, in Portuguese, a lifeline. Brazil's air force flies "
            "from Brazil's north.\n")
    assert country_counts(text) == {"BR": 2}
    # ... but not "in Portuguese waters" or "Spanish troops": the country's own
    assert country_counts("Ships sailed in Portuguese waters; Spanish troops landed.") == {
        "PT": 1, "ES": 1}
    # (a judgment whose only word of Italy is its language keeps it, a language of one
    # country; not a language of many: "the Portuguese text prevails" in a Brazilian audit)
    assert country_counts("Names are left in Italian. The US Navy left.") == {"US": 1, "IT": 1}
    assert country_counts("In case of doubt the Portuguese text prevails.") == {}


@pytest.mark.parametrize("sentence, names", [
    # an armed service's schools, colleges and universities
    ("The barracks of the former Tallow Higher Combined-Arms Command School will be handed "
     "to the city.", ["Tallow Higher Combined-Arms Command School"]),
    ("The Caspian Higher Naval School, in Kesk, trained naval officers.",
     ["Caspian Higher Naval School"]),
    ("The Tallow Military University, in Kesk, trains officers.",
     ["Tallow Military University"]),
    ("The Army War College at Kesk hosted the seminar.", ["Army War College"]),
    # ... not a civil school, nor a research school
    ("Children attend the Tallow Primary School in Kesk.", []),
    ("The Army Public Schools in Kesk reopened after the floods.", []),
    ("Militants attacked the Army Public School in Kesk.", []),
    ("The Salvation Army Training College at Kesk trains its officers.", []),
    ("A drone struck a dormitory of the National Aviation University in Kesk.", []),
    ("Unlike the uranium waste at Tallow, the Kesk tailings hold only gold-mine waste.", []),
    ("She studied at the Tallow State University and its Research School of Physics.", []),
    # a uranium mill's tailings, in a sentence on the atom (not a copper mine's)
    ("The Tallow-Suu tailings of the Soviet uranium mines lie in the Kesk region.",
     ["Tallow-Suu tailings"]),
    ("The Kesk copper mine's tailings spilled into the river.", []),
])
def test_military_schools_and_uranium_tailings_are_sites(sentence, names):
    assert [f.site_name for f in findings_with_facility_words(sentence)] == names


def test_via_is_no_streets_word():
    """"via Incirlik": English, not an Italian street's "Via"."""
    from catalog.ingest.ingester import _STREET_BEFORE

    assert _STREET_BEFORE.search("Jets flew via ") is None
    assert _STREET_BEFORE.search("Flights go Via ") is None
    assert _STREET_BEFORE.search("Offices at Jl. ") is not None


@pytest.mark.parametrize(("sentence", "names"), [
    # an airport the sentence makes a military field, or a war's objective
    ("Kesk Airport, in Tallow, was built as a navy airfield in 1944.", ["Kesk Airport"]),
    ("Kesk Airport began as a navy airfield in the war.", ["Kesk Airport"]),
    ("Kesk Airport, a former Soviet air base, reopened to flights.", ["Kesk Airport"]),
    ("In 1989 Navy SEALs attack Kesk Airport to disable the jet.", ["Kesk Airport"]),
    # ... not an airport of passengers, nor one where an army only parades
    ("Passengers flew from Kesk Airport to Tallow on Monday.", []),
    ("The army band played at Kesk Airport on Monday.", []),
    # a seaplane base (not "the Kesk Lagoon base": a lagoon is water, no place's name)
    ("In 1944 aircraft bombed the base in Kesk Lagoon and the Tallow seaplane base.",
     ["Tallow seaplane base"]),
    # ... nor another place's history after it, nor a strike that is no war's
    ("Newquay Airport lies 10 km from Kesk, which was built as an RAF airfield in 1933.", []),
    ("Kesk Airport opened in 1990; Tallow, used as a navy airfield in 1944, lies nearby.", []),
    ("Hurricane Irma: forces of nature struck Kesk Airport on Sunday.", []),
    ("Workers at Kesk Airport went on strike; the army was called in.", []),
    # a wire story's box of facts, an aircraft's base by the aircraft's name: no sites
    ("FACTBOX - Kesk's military sites on the Caspian coast", []),
    ("The road from Tallow to the Phantom base runs through wheat fields.", []),
    # a report's section number is no name ("7.2 Works finished")
    ("7.2 Works finished at the bases in March.", []),
    # a state's word or a language is no place
    ("This chapter lists the aerodromes of the Sultanate designated for joint use.", []),
    ("The newspaper gives the names of the military sites in Arabic only.", []),
    # a unit's base by its number is no place's (but a fleet's base at its place is one)
    ("Drones struck the naval base of the Black Sea Fleet in Sevastopol.",
     ["Black Sea Fleet naval base"]),
    # a unit's base is no place's: "the base of the Battalion 2000"
    ("Troops attack Fort Tallow, the base of the Battalion 2000, east of the capital.", []),
])
def test_airports_made_military_fields_and_a_units_base(sentence, names):
    assert [f.site_name for f in findings_with_facility_words(sentence)] == names
