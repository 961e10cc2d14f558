"""Tests for catalog.ingest.placing: where a site's facts put it."""

from __future__ import annotations

import shapely

from catalog.constraints import Area
from catalog.ingest.locations import Anchor, Fact, Statement
from catalog.ingest.placing import named_after_fact, place


def _in_country(box) -> Fact:
    return Fact(Statement("in", 0, 0, "Testland"), (0, 0), Area(shapely.box(*box)),
                country="KP")


def test_a_country_that_holds_the_whole_circle_around_the_namesake_narrows_nothing():
    town = Anchor("Testville (geonames:1)", 125.8, 39.8, 2000.0, country="KP")
    named = named_after_fact(town, (0, 0), "nuclear")
    p, problems = place([_in_country((120.0, 35.0, 131.0, 44.0))], named)
    assert not problems
    assert (p.lon, p.lat, p.method, p.named_after) == (125.8, 39.8, "gazetteer", town)
    assert p.radius_m == named.constraint.radius_m
    # a border that cuts the circle does narrow it: the statements place the site
    p, _ = place([_in_country((126.3, 35.0, 131.0, 44.0))], named)
    assert p.method == "derived from source text" and p.lon > 126.0
