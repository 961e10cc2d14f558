"""Review of ingest candidates: list with evidence, accept, merge, reject."""

from __future__ import annotations

import pytest

from catalog.errors import SiteNotFound, ValidationError
from catalog.ingest import ingest
from catalog.review import accept, candidates, merge, reject


@pytest.fixture
def with_candidate(shipped, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("In North Korea, trucks were seen at the Sinpo shipyard.\n"
                 "Sinpo is a port town.", encoding="utf-8")
    summary = ingest(shipped, [p], title="Note")
    (sid,) = summary.candidates_added
    # "Sinpo is a port town." names the town, not the shipyard: held for review, not cited
    (held,) = summary.reports[0].held
    assert held.startswith("kp-sinpo-shipyard: 'Sinpo' is a town's name") and "port town" in held
    return shipped, sid


def test_candidates_with_evidence(with_candidate):
    cat, sid = with_candidate
    (ev,) = candidates(cat)
    assert ev.site.site_id == sid == "kp-sinpo-shipyard"
    assert ev.aliases == ["Sinpo"]
    assert [c.quote for c, _ in ev.citations] == [
        "In North Korea, trucks were seen at the Sinpo shipyard.", None]
    assert ev.citations[1][0].supports == "location"  # the gazetteer point's provenance
    assert ev.citations[0][1].title == "Note"


def test_accept_keeps_citations(with_candidate):
    cat, sid = with_candidate
    site = accept(cat, sid)
    assert site.review_status == "accepted"
    assert cat.get_site(sid).review_status == "accepted"
    assert len(cat.citations(site_id=sid)) == 2
    assert candidates(cat) == []
    with pytest.raises(ValidationError, match="is not a candidate"):
        accept(cat, sid)


def test_reject(with_candidate):
    cat, sid = with_candidate
    reject(cat, sid)
    assert cat.get_site(sid).review_status == "rejected"
    assert sid not in {s.site_id for s in cat.sites()}


def test_merge_moves_citations_and_adds_alias(with_candidate):
    cat, sid = with_candidate
    n_before = len(cat.citations(site_id="kp-sakkanmol"))
    assert merge(cat, sid, "kp-sakkanmol") == 2
    assert not cat.has_site(sid)
    aliases = {a.alias for a in cat.aliases("kp-sakkanmol")}
    assert {"Sinpo", "Sinpo shipyard"} <= aliases
    assert len(cat.citations(site_id="kp-sakkanmol")) == n_before + 2


def test_merge_errors_change_nothing(with_candidate):
    cat, sid = with_candidate
    counts = cat.counts()
    with pytest.raises(SiteNotFound):
        merge(cat, sid, "kp-nowhere")
    with pytest.raises(ValidationError, match="into itself"):
        merge(cat, sid, sid)
    with pytest.raises(ValidationError, match="is not a candidate"):
        merge(cat, "kp-sakkanmol", sid)
    assert cat.counts() == counts and cat.has_site(sid)


def test_review_suggests_merging_the_same_facility_named_twice(empty, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("In North Korea, the Sohae Satellite Launching Station is at "
                 "39.6603°N 124.7053°E.", encoding="utf-8")
    b.write_text("In North Korea, the West Sea launch facility is at 39.6611°N 124.7069°E.",
                 encoding="utf-8")
    ingest(empty, [a], title="A")
    ingest(empty, [b], title="B")
    found = {ev.site.site_id: ev for ev in candidates(empty)}
    assert set(found) == {"kp-sohae-satellite-launching-station", "kp-west-sea-launch-facility"}
    (m,) = found["kp-west-sea-launch-facility"].suggestions
    assert m.site_id == "kp-sohae-satellite-launching-station"
    assert "each within the other's uncertainty" in m.evidence


# -- notes and duplicates (issue 12) --

def test_accept_drops_ingests_notes_for_the_reviewer(with_candidate):
    cat, sid = with_candidate
    before = cat.get_site(sid).notes
    assert before.startswith("Candidate found by ingest in source 'note' ('Sinpo shipyard'); "
                             "not reviewed. Located at the place it is named after")
    site = accept(cat, sid)
    assert site.notes.startswith("Found by ingest in source 'note' ('Sinpo shipyard'). "
                                 "Located at the place it is named after")
    assert "not reviewed" not in site.notes
    assert [h["old_value"] for h in cat.site_history(sid) if h["field"] == "notes"][-1] == (
        before)  # the history keeps what ingest wrote


def test_an_unlocated_candidate_accepted_then_located_keeps_no_stale_note(shipped, tmp_path):
    p = tmp_path / "q.txt"
    p.write_text("In North Korea, the Atlantis-ri missile base was busy.", encoding="utf-8")
    ingest(shipped, [p], title="Q")
    sid = "kp-atlantis-ri-missile-base"
    assert "Unlocated: 'Atlantis-ri' is not in the gazetteer." in shipped.get_site(sid).notes
    accept(shipped, sid)
    assert "Unlocated:" in shipped.get_site(sid).notes  # still true: nobody placed it yet
    site = shipped.edit_site(sid, lat=40.1, lon=126.9, location_precision="approximate",
                             precision_m=3000, location_method="digitised by analyst")
    assert site.notes == "Found by ingest in source 'q' ('Atlantis-ri missile base')."


def test_reject_marks_the_candidate_reviewed(with_candidate):
    cat, sid = with_candidate
    assert "not reviewed" not in reject(cat, sid).notes


def test_merge_does_not_copy_a_citation_the_site_has(with_candidate):
    """Issue 12: the popup showed the same sentence twice after a merge."""
    from catalog import Citation
    from catalog.validate import validate_catalog

    cat, sid = with_candidate
    (theirs,) = [c for c in cat.citations(site_id=sid) if c.quote]
    same = cat.add_citation(Citation("kp-sakkanmol", theirs.source_id, theirs.quote,
                                     theirs.supports, theirs.char_start, theirs.char_end))
    n_before = len(cat.citations(site_id="kp-sakkanmol"))
    assert merge(cat, sid, "kp-sakkanmol") == 1  # the gazetteer's location note moved
    after = cat.citations(site_id="kp-sakkanmol")
    assert len(after) == n_before + 1
    assert [c.citation_id for c in after if c.quote == theirs.quote] == [same.citation_id]
    assert not [p for p in validate_catalog(cat) if p.code == "duplicate-citation"]
    (h,) = [h for h in cat.site_history("kp-sakkanmol") if h["field"] == "citation"]
    assert h["note"] == f"merging {sid}: the same citation as {same.citation_id}"
