"""Statements of place read from sentences, and the regions they become."""

from __future__ import annotations

import dataclasses

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from catalog import regions
from catalog.constraints import Frame, distance_m
from catalog.gazetteer import Place, match_key
from catalog.ingest import ingest
from catalog.ingest.locations import (
    NEAR_M,
    OUTSKIRTS_M,
    Ref,
    Resolver,
    bearing_of,
    describes_another_thing,
    distance_range,
    statements_in,
    subject_of,
)

GEOD = Geod(ellps="WGS84")
TOWN = Place("geonames:1", "Testville", 39.0, 125.75, "KP", None, "PPL", 50_000)


def _kinds(text):
    return [(s.kind, s.anchor) for s in statements_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("It lies about 40 km north of Pyongyang.", [("distance", "Pyongyang")]),
    ("The site is 25 miles (40 km) southeast of Isfahan, Iran.", [("distance", "Isfahan")]),
    ("some 70 kilometers north-west of Sinuiju", [("distance", "Sinuiju")]),
    ("15 to 20 km NE of Qom", [("distance", "Qom")]),
    ("30-km south of the town of Kusong", [("distance", "Kusong")]),
    ("about 90 km north of the capital", [("distance", "the capital")]),
    ("roughly 12 km from the Chinese border", [("border", None)]),
    ("some 100 km from the coast", [("coast", None)]),
    ("50 km from the DMZ", [("border", None)]),
    ("about 70 km south of the border with China", [("border", None)]),
    ("the base near Yeongjeo-dong", [("near", "Yeongjeo-dong")]),
    ("on the outskirts of Arak", [("near", "Arak")]),
    ("in Chagang Province", [("admin", "Chagang")]),
    ("in the province of Isfahan", [("admin", "Isfahan")]),
    ("Yongbyon County, North Pyongan Province", [("admin", "Yongbyon"),
                                                 ("admin", "North Pyongan")]),
    ("located in the town of Sinpo", [("in", "Sinpo")]),
    # a town's business district is the town
    ("on the edge of the Tallow CBD", [("near", "Tallow")]),
    # "the city": the one the sentence names before (see Resolver._city_before)
    ("It lies 40 km north of the city.", [("distance", "the city")]),
    ("It lies 40 km north of the town of Tallow.", [("distance", "Tallow")]),
    ("about 9 km west of the city centre of Ryazan", [("distance", "Ryazan")]),
    ("the town of Yongbyon, which lies about 5 km to the northeast of the complex",
     [("distance", "Yongbyon")]),
    ("The talks lasted 40 minutes.", []),
    # a particle between a place name's words; a name joined by a slash is an airport's
    ("the air base in Cagayan de Oro on Mindanao", [("in", "Cagayan de Oro")]),
    ("about 10 km north of Ciudad del Este", [("distance", "Ciudad del Este")]),
    ("on the southern side of Santa Cruz de la Sierra, while",
     [("near", "Santa Cruz de la Sierra")]),
    ("the station, at Tarsin/Holt Airport, in Orvale", [("in", "Orvale")]),
    # "City" and "Town" in a capital are a name's own words
    ("about 20 km south of Kuwait City", [("distance", "Kuwait City")]),
    ("about 9 km north-east of George Town, home of", [("distance", "George Town")]),
    ("about 5 km east of Kanggye city", [("distance", "Kanggye")]),
    # a closed city's code name, the town's name of today after it
    ("Tallow-16, now Kesk, was the design centre.", [("near", "Kesk")]),
    ("The Tallow base, now a museum, and Orvale, now Tarsin's, closed.", []),
    # an owner's possessive opening the name: the site is the owner's, not at a town named
    # like the rest ("Kaliningrad's Chkalovsk air base" is not at the other Chkalovsk)
    ("Jets are kept at Orvale's Tallow air base.", [("near", "Orvale")]),
    ("Jets are kept at Russia's Tallow air base.", []),
    # ... but a landscape's word after the possessive is the place's own name
    ("The Tallow range, in Orvale's Bay, opened.", [("in", "Orvale's Bay")]),
    ("The Tallow range, at Kesk's Point, opened.", [("in", "Kesk's Point")]),
    # a canton, a state, a voivodeship "of" (not a country's "state of")
    ("the store at Tallow in the canton of Orvale", [("in", "Tallow"), ("admin", "Orvale")]),
    ("in the state of Orvale", [("admin", "Orvale")]),
    ("in the state of Israel", []),
    ("in the Orvale Voivodeship", [("admin", "Orvale")]),
    # a country's possessive before its province; not a person's or a saint's
    ("in Russia's Orvale region", [("admin", "Orvale")]),
    ("in Iraq's Orvale province", [("admin", "Orvale")]),
    ("in Tallow's Orvale County", [("admin", "Tallow's Orvale")]),
    # between two places (not two countries)
    ("in Sindh between Karachi and Hyderabad", [("in", "Sindh"), ("between", "Karachi")]),
    ("halfway between Holt City and Tallow", [("between", "Holt City")]),
    ("Talks between Orvale and Tallow failed.", [("between", "Orvale")]),
    # a part of a country or a province: in it, wherever in it
    ("the base in eastern Orvale", [("in", "Orvale")]),
    ("It lies in north-western Tallow Oblast.", [("admin", "Tallow")]),
    # a border two countries' words name
    ("near the Syrian-Jordanian border", [("border", None)]),
    ("30 km from the Pakistan–Afghanistan border", [("border", None)]),
    ("The airfield is a short drive from Tallow.", [("near", "Tallow")]),
])
def test_statement_kinds_and_anchors(text, expected):
    assert _kinds(text) == expected


def test_an_owners_possessive_reaches_a_drive_away():
    (s,) = statements_in("Jets are kept at Orvale's Tallow air base.")
    assert (s.words, s.max_m, s.extra["how"]) == ("at Orvale", 100_000.0, "owner")


def test_a_possessive_before_a_towns_word_is_the_towns_own_name():
    """"in Simon's Town" is the town of that name, not "near Simon"."""
    (s,) = statements_in("The dockyard lies in Orvale's Town.")
    assert (s.kind, s.anchor) == ("in", "Orvale's Town")


def test_in_the_mountains_of_a_region_is_in_it_with_a_towns_wider_reach():
    """'Sugar Grove Station, in the mountains of West Virginia': in the state (a town of
    the name: within a day's "near", not in the town)."""
    (s,) = statements_in("The station lies in the mountains of Tallowshire.")
    assert (s.kind, s.anchor, s.words, s.max_m) == (
        "in", "Tallowshire", "in the mountains of Tallowshire", 30_000.0)
    assert statements_in("The station lies in the mountains.") == []


def test_statement_spans_are_exact():
    text = "Officials said the base, about 40 km north of Pyongyang, was new."
    (s,) = statements_in(text)
    assert text[s.start:s.end] == s.words == "about 40 km north of Pyongyang"
    assert text[s.anchor_start:s.anchor_end] == "Pyongyang"


def test_a_place_said_to_lie_off_the_site_anchors_the_opposite_bearing():
    (s,) = statements_in("The town of Khushab, 35 km to the northeast of the site, is small.")
    assert s.anchor == "Khushab" and s.bearing == 225.0


def test_statements_in_a_slice_keep_text_offsets():
    text = "First sentence. It lies 40 km north of Pyongyang."
    (s,) = statements_in(text, 16, len(text))
    assert text[s.start:s.end] == "40 km north of Pyongyang"


@pytest.mark.parametrize("word, bearing, half", [
    ("north", 0, 50), ("north-east", 45, 35), ("northeast", 45, 35), ("NNE", 22.5, 25),
    ("south-southwest", 202.5, 25), ("due west", 270, 50), ("north east", 45, 35),
])
def test_compass_words(word, bearing, half):
    assert bearing_of(word) == (bearing, half)


def test_distance_ranges_cover_rounding_and_loose_use():
    lo, hi = distance_range("40", None, "km", None)
    assert lo <= 30_000 and hi >= 50_000
    lo, hi = distance_range("25", None, "miles", "about")
    assert lo <= 25 * 1609.344 * 0.65 and hi >= 25 * 1609.344 * 1.35
    assert distance_range("5", None, "km", "within") == (0.0, 5500.0)
    lo, hi = distance_range("20", None, "km", "more than")
    assert lo <= 20_000 and hi >= 60_000
    lo, hi = distance_range("1.5", None, "km", None)
    assert lo == 0.0 and hi >= 4500  # at least 3 km either way, never below zero


@pytest.mark.parametrize("words, bounds", [
    # a bound said with a negation: the site is at most (or at least) that far
    ("no more than 10 km", (0.0, 15_000.0)),
    ("not more than 10 km", (0.0, 15_000.0)),
    ("at most 5 km", (0.0, 5_500.0)),
    ("no less than 10 km", (5_000.0, 60_000.0)),
    ("at least 10 km", (5_000.0, 60_000.0)),
])
def test_a_distance_bounded_by_a_negation_or_at_most(words, bounds):
    (s,) = statements_in(f"Tallow Air Base lies {words} from Xining.")
    assert s.kind == "distance" and s.anchor == "Xining" and (s.min_m, s.max_m) == bounds


@pytest.mark.parametrize("text, anchors", [
    ("The Tallow Air Base is in fact in Qinghai, not in Gansu.", ["Qinghai"]),
    ("It is not actually near Xining but in Golmud.", ["Golmud"]),
    ("Tallow Air Base never was in Kesk, nor near Holt.", []),
    # ... but "not far from" is near
    ("Tallow Air Base lies not far from Xining.", ["Xining"]),
])
def test_a_place_the_site_is_not_at_is_no_statement(text, anchors):
    assert [s.anchor for s in statements_in(text)] == anchors


def test_subject_is_the_site_before_the_statement_not_its_anchor():
    text = "The Sohae station, some 70 km north-west of Sinuiju, grew."
    (s,) = statements_in(text)
    refs = [Ref("sohae", 4, 17), Ref("sinuiju-site", 44, 51)]
    assert subject_of(s, refs) == "sohae"


def test_a_site_named_after_the_anchor_is_its_subject():
    text = "a missile base near Yeongjeo-dong"
    (s,) = statements_in(text)
    refs = [Ref("new", 2, 33, place_start=20, place_end=33)]
    assert subject_of(s, refs) == "new"


def test_a_site_whose_words_the_statement_ends_is_its_subject():
    """"Prince Hassan Air Base, known as H-5, and the H-4 air base near Ruwaished": H-4's
    place, not the site named first."""
    text = "Tallow Air Base, known as T-5, and the T-4 air base near Kesk form a network."
    (s,) = statements_in(text)
    t4 = text.index("T-4")
    refs = [Ref("tallow", 0, 15), Ref("t4", t4, text.index(" form"))]
    assert subject_of(s, refs) == "t4"


def test_a_place_of_a_lists_other_item_is_not_the_next_sites():
    # "at Kings Bay in Georgia and at TRF Bangor": Kings Bay's place and state, no site's
    text = "Boats are refitted at Kesk Bay in Georgia and at Tallow Refit Facility, near Holt."
    t = text.index("Tallow")
    refs = [Ref("tallow", t, text.index(", near"))]
    subjects = {text[s.start:s.end]: subject_of(s, refs, text) for s in statements_in(text)}
    assert subjects == {"at Kesk Bay": None, "in Georgia": None,
                        "at Tallow Refit Facility": None, "near Holt": "tallow"}


def test_a_place_a_route_runs_to_is_no_sites():
    # "the railway line north to Ormenio, near the Bulgarian border": Ormenio's place
    text = ("Kesk Airfield, about 7 km east of Holt, is busy, and the railway line north to "
            "Tallow, near the Bulgarian border, is being upgraded.")
    refs = [Ref("kesk", 0, len("Kesk Airfield"))]
    subjects = {text[s.start:s.end]: subject_of(s, refs, text) for s in statements_in(text)}
    assert subjects == {"about 7 km east of Holt": "kesk", "near the Bulgarian border": None}
    # ... nor one a flight goes to
    text = ("After the earthquake, relief flights ran from Kesk Air Base to Tallow, about "
            "200 km north-east of Holt.")
    (st,) = statements_in(text)
    assert subject_of(st, [Ref("kesk", text.index("Kesk"), text.index(" to "))], text) is None
    # ... but "home to X," is no route: the base's place follows
    text = "Kesk Air Base, home to VMFA-121, 10 km north of Holt, was expanded in 2020."
    (st,) = statements_in(text)
    assert subject_of(st, [Ref("kesk", 0, len("Kesk Air Base"))], text) == "kesk"


def _resolver(places, countries=("KP",)):
    def named(name):
        return [p for p in places if p.name.lower() == name.lower()]
    return Resolver(named, lambda name: None, list(countries), regions)


def test_unknown_or_foreign_anchor_is_a_problem_not_a_guess():
    r = _resolver([TOWN], countries=("IR",))
    (s,) = statements_in("It lies 40 km north of Testville.")
    f = r.fact(s, (0, 0))
    assert f.constraint is None and "outside the countries the report is about" in f.problem
    (s,) = statements_in("It lies 40 km north of Nowhereville.")
    assert "not in the gazetteer" in _resolver([TOWN]).fact(s, (0, 0)).problem


@pytest.mark.parametrize("joined", ["Testa or Consequences", "Testcastle upon Tyne",
                                    "Testfurt am Main", "Testhalle an der Saale"])
def test_a_towns_name_joined_by_a_small_word_is_read_whole_when_the_gazetteer_has_it(joined):
    town = Place("geonames:74", joined, 33.13, -107.25, "US", None, "PPL", 6_000)
    (s,) = [x for x in statements_in(f"The spaceport lies about 30 km south-east of {joined}.")
            if x.kind == "distance"]
    assert s.extra.get("longer", s.anchor) == joined  # ("am" is a particle names hold)
    f = _resolver([town], countries=("US",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is town
    if s.anchor != joined:  # (a town of the first word only keeps it: "near Usk in ...")
        short = Place("geonames:75", s.anchor, 33.13, -107.25, "US", None, "PPL", 6_000)
        assert _resolver([short], countries=("US",)).fact(s, (0, 0)).anchor.place is short


def test_a_capital_abroad_the_only_one_of_its_name_is_the_one_meant():
    capital = Place("geonames:9", "Capitaltown", 64.15, -21.94, "IS", None, "PPLC", 120_000)
    (s,) = statements_in("It lies 40 km west-south-west of Capitaltown.")
    f = _resolver([capital], countries=("NO",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is capital
    namesake = Place("geonames:10", "Capitaltown", 40.0, -80.0, "US", None, "PPL", 900)
    f = _resolver([capital, namesake], countries=("NO",)).fact(s, (0, 0))
    assert f.constraint is None and "outside the countries" in f.problem


def test_two_far_apart_places_of_one_name_are_ambiguous():
    # (a twin a fifth of the town's size: neither stands out)
    twin = Place("geonames:2", "Testville", 41.0, 128.0, "KP", None, "PPL", 10_000)
    (s,) = statements_in("It lies 40 km north of Testville.")
    f = _resolver([TOWN, twin]).fact(s, (0, 0))
    assert f.constraint is None and "several places" in f.problem


@pytest.mark.parametrize("text, picked", [
    ("It lies 40 km north of Testville, Ryanggang.", "geonames:2"),  # a province named after
    ("It lies near Testville, Ryanggang Province, in the hills.", "geonames:2"),
    ("It lies 40 km north of Testville, Pyongyang, by the river.", "geonames:1"),
    ("It lies 9 km east of downtown Testville, Iran.", "geonames:8"),  # a country named after
    ("It lies 40 km north of Testville, Ryanggang and Chagang.", None),  # a list of places
    ("It lies 40 km north of Testville, Kumsong.", None),  # no province of that name
    ("It lies 40 km north of Testville.", None),
])
def test_a_province_or_country_written_after_a_town_picks_the_town_there(text, picked):
    twin = Place("geonames:2", "Testville", 41.2, 128.0, "KP", None, "PPL", 10_000)
    abroad = Place("geonames:8", "Testville", 35.7, 51.4, "IR", None, "PPL", 10_000)
    (s,) = [x for x in statements_in(text) if x.kind != "admin"]
    f = _resolver([TOWN, twin, abroad]).fact(s, (0, 0))
    if picked is None:
        assert f.constraint is None and "several places" in f.problem
    else:
        assert f.problem is None and f.anchor.place.place_id == picked


@pytest.mark.parametrize("big, small, taken", [
    (3_000_000, 20_000, True),   # the capital, and a town spelt like it: the capital
    (3_000_000, 400_000, False),  # two cities: which one is not known
    (50_000, 1_000, True),       # a town fifty times its country's namesake
    (50_000, 8_000, False),      # ... but not six times: no town every reader would know
    (15_000, 500, False),        # ... nor a town under 20,000
])
def test_a_city_far_bigger_than_its_namesakes_is_the_one_meant(big, small, taken):
    city = Place("geonames:3", "Bigcity", 39.0, 125.75, "KP", None, "PPLC", big)
    namesake = Place("geonames:4", "Bigcity", 41.0, 128.0, "KP", None, "PPL", small)
    (s,) = statements_in("It lies 40 km north of Bigcity.")
    f = _resolver([namesake, city]).fact(s, (0, 0))
    if taken:
        assert f.problem is None and f.anchor.place is city
    else:
        assert f.constraint is None and "several places" in f.problem


def test_a_countrys_name_is_never_a_town_and_a_former_name_yields_to_the_own_name():
    iraq = Place("ne-adm0:IRQ", "Iraq", 33.0, 44.0, "IQ", None, "PCLI", None)
    arak = Place("geonames:5", "Arak", 34.09, 49.69, "IR", None, "PPL", 500_000)
    city = Place("geonames:6", "Bigcity", 54.7, 20.5, "IR", None, "PPL", 475_000)
    former = Place("geonames:7", "Otherton", 55.9, 37.8, "IR", None, "PPL", 140_000)
    # every place of a name, by its own or its other names (GeoNames has "Iraq" for Arak,
    # and Otherton once bore the name Bigcity)
    places = {"iraq": [iraq, arak], "bigcity": [city, former]}
    r = Resolver(lambda name: places.get(name.lower(), []), lambda name: None, ["IR"],
                 regions)
    place, why = r.place("Iraq")
    assert place is None and "country's name" in why
    place, _ = r.place("Bigcity")
    assert place is city


def test_a_city_bearing_the_name_as_its_own_wins_over_one_bearing_it_as_another():
    # "Cheongju" is Cheongju-si, not Jeonju, more populous, whose older spellings GeoNames
    # lists; a village bearing the name as its own does not win over a city
    own = Place("geonames:1", "Testju-si", 36.64, 127.49, "KR", None, "PPL", 634_000)
    other = Place("geonames:2", "Otherju", 35.82, 127.15, "KR", None, "PPL", 711_000)
    village = Place("geonames:3", "Testju", 37.50, 128.00, "KR", None, "PPL", 2_000)
    for places, meant in (([own, other], own), ([village, other], other)):
        r = Resolver(lambda name, p=places: p, lambda name: None, ["KR"], regions)
        assert r.place("Testju")[0] is meant


def test_a_city_bearing_another_name_unlike_its_own_does_not_outweigh_a_village_of_it():
    # "about 65 km north-east of Point Hope": Alaska's village, though GeoNames lists "Point
    # Hope" among the names of Newport News, Virginia; neither is the one meant
    city = Place("geonames:1", "Newtest Kesk", 36.98, -76.43, "US", None, "PPL", 186_000,
                 alternate_names=("Cape Tallow",))
    village = Place("geonames:2", "Cape Tallow", 68.35, -166.73, "US", None, "PPL", 700)
    r = Resolver(lambda name: [city, village], lambda name: None, ["US"], regions)
    place, problem = r.place("Cape Tallow")
    assert place is None and "several places" in problem
    # ... unless the report names the province of one of them
    r.report = "Radars of the early-warning line along the coast of Alaska."
    assert r.place("Cape Tallow")[0] is village


def test_the_bigger_of_two_namesakes_in_a_province_the_report_names_anywhere_is_meant():
    # "the north-western edge of Nome" in a cruise log naming Alaska paragraphs later: the
    # Alaskan town (on a coast the shipped outline cuts), not its small namesake in Texas
    alaska = Place("geonames:1", "Testome", 64.50111, -165.40639, "US", None, "PPL", 3_806)
    texas = Place("geonames:2", "Testome", 30.03577, -94.42436, "US", None, "PPL", 562)
    r = Resolver(lambda name: [alaska, texas], lambda name: None, ["US"], regions)
    assert r.place("Testome")[0] is None
    r.report = "Guests flew in to Testome. One of them had served in the Air Force in Alaska."
    assert r.place("Testome")[0] is alaska
    # ... but a report naming Texas does not choose the smaller one
    r.report = "Guests flew in to Testome. One of them had served in the Air Force in Texas."
    assert r.place("Testome")[0] is None


def test_a_capital_abroad_bearing_the_name_wins_over_another_name_of_a_village_at_home():
    # "about 30 km south-west of Doha" in a report on Iran: GeoNames lists "Doha" among the
    # other names of an Iranian village
    capital = Place("geonames:1", "Testha", 25.29, 51.53, "QA", None, "PPLC", 344_000)
    village = Place("geonames:2", "Dehville", 32.9, 50.3, "IR", None, "PPL", 1_000,
                    alternate_names=("Testha",))
    r = Resolver(lambda name: [capital, village], lambda name: None, ["IR"], regions)
    assert r.place("Testha")[0] is capital
    # a village at home bearing the name as its own stays the one meant
    own = Place("geonames:3", "Testha", 32.9, 50.3, "IR", None, "PPL", 1_000)
    r = Resolver(lambda name: [capital, own], lambda name: None, ["IR"], regions)
    assert r.place("Testha")[0] is own


def test_another_name_of_a_town_at_home_loses_to_a_bigger_town_abroad_of_that_name():
    # "about two miles west of Cherbourg" in a memoir that names the Americans: not Port
    # Angeles, Washington, which GeoNames also calls "Cherbourg", when a bigger place bears
    # the name as its own (too small to be well known, it is not taken either)
    town = Place("geonames:1", "Testbourg", 49.64, -1.62, "FR", None, "PPL", 26_000)
    other = Place("geonames:2", "Port Testeles", 48.12, -123.43, "US", None, "PPL", 19_000,
                  alternate_names=("Testbourg",))
    r = Resolver(lambda name: [town, other], lambda name: None, ["GB", "US"], regions)
    r.weights = {"GB": 5, "US": 2}
    place, problem = r.place("Testbourg")
    assert place is None and "outside the countries" in problem
    # ... but of the country the report names most, its town of that other name is meant
    # ("just south of Stanley" in a Hong Kong judgment)
    r.weights = {"GB": 2, "US": 5}
    assert r.place("Testbourg")[0] is other
    # ... but a town at home bearing the name as its own, smaller or not, is meant
    own = Place("geonames:3", "Testbourg", 48.12, -123.43, "US", None, "PPL", 19_000)
    r = Resolver(lambda name: [town, own], lambda name: None, ["GB", "US"], regions)
    assert r.place("Testbourg")[0] is own


def test_a_town_at_home_whose_name_lengthens_the_written_one_wins_over_a_city_abroad():
    # "about 8 km SW of Newark" in a forum post on English airfields: Newark on Trent, not
    # New Jersey's city, which bears the name as its own
    city = Place("geonames:1", "Testark", 40.74, -74.17, "US", None, "PPL", 281_000)
    town = Place("geonames:2", "Testark on Trent", 53.08, -0.81, "GB", None, "PPL", 27_000,
                 alternate_names=("Testark",))
    r = Resolver(lambda name: [city, town], lambda name: None, ["GB"], regions)
    assert r.place("Testark")[0] is town
    # a village whose longer name only begins with another word stays the Doha case
    village = Place("geonames:3", "Testarkville", 53.08, -0.81, "GB", None, "PPL", 1_000,
                    alternate_names=("Testark",))
    r = Resolver(lambda name: [city, village], lambda name: None, ["GB"], regions)
    assert r.place("Testark")[0] is city


def test_a_name_the_report_calls_an_island_is_no_town_bearing_it_as_another_name():
    # "on the island next to Spike" after "Spike Island": not Liverpool's Speke, which
    # GeoNames also calls "Spike"
    town = Place("geonames:1", "Testeke", 53.34, -2.84, "GB", None, "PPL", 21_000,
                 alternate_names=("Testike",))
    r = Resolver(lambda name: [town], lambda name: None, ["IE", "GB"], regions)
    assert r.place("Testike")[0] is town
    r.report = "Testike Island opened to visitors; the base is on the island next to Testike."
    place, problem = r.place("Testike")
    assert place is None and "island" in problem
    # ... but a town bearing the name as its own stays the one meant
    own = Place("geonames:2", "Testike", 51.84, -8.28, "IE", None, "PPL", 2_000)
    r = Resolver(lambda name: [own], lambda name: None, ["IE", "GB"], regions)
    r.report = "Testike Island opened to visitors; the base is on the island next to Testike."
    assert r.place("Testike")[0] is own


def test_a_citys_district_is_the_city():
    # "the 31st Tactical Air Base in Poznań-Krzesiny": GeoNames lists Poznań, not its
    # district; a small town's "district", or a Korean place's suffix, is no such thing
    city = Place("geonames:1", "Testburg", 52.41, 16.93, "PL", None, "PPL", 570_000)
    town = Place("geonames:2", "Smallburg", 52.0, 17.5, "PL", None, "PPL", 20_000)
    places = {"testburg": [city], "smallburg": [town], "yeongjeo": [city]}
    r = Resolver(lambda name: places.get(name.lower(), []), lambda name: None, ["PL"],
                 regions)
    assert r.place("Testburg-Krzesiny") == (city, "")
    assert r.place("Smallburg-Krzesiny")[0] is None
    assert r.place("Yeongjeo-dong")[0] is None
    (s,) = statements_in("It lies in Testburg-Krzesiny.")
    f = r.fact(s, (0, 0))
    assert f.constraint is not None and f.constraint.contains(16.93, 52.41)


def test_a_small_namesake_in_one_country_is_no_answer_when_a_city_lies_in_another_as_named():
    """A report naming both Koreas once each: "north of Testju" may mean the South's city
    of 850,000 as well as the North's town of 29,000, so neither is guessed. Named less
    often, the other country does not stand in the way."""
    town = Place("geonames:11", "Testju", 39.76, 125.21, "KP", None, "PPL", 29_000)
    city = Place("geonames:12", "Testju", 36.64, 127.49, "KR", None, "PPL", 850_000)
    places = {"testju": [town, city]}

    def resolver(weights):
        return Resolver(lambda name: places.get(name.lower(), []), lambda name: None,
                        list(weights), regions, weights)

    place, why = resolver({"KP": 1, "KR": 1}).place("Testju")
    assert place is None and "small namesake of Testju (KR)" in why
    place, _ = resolver({"KP": 3, "KR": 1}).place("Testju")
    assert place is town  # a report on the North: its own town
    place, _ = resolver({"KR": 1, "KP": 1}).place("Testju")
    assert place is city  # the city first: the town is no rival of it


def test_province_statement_is_the_province_polygon():
    (s,) = statements_in("The base is in Chagang Province.")
    f = _resolver([]).fact(s, (0, 0))
    assert f.problem is None and "Chagang" in f.admin1
    poly = f.constraint.polygon(Frame(126.5, 40.5))
    hoejung = Frame(126.5, 40.5).to_xy([[126.913631, 41.369883]])[0]
    assert poly.contains(shapely.Point(*hoejung))


def _compass(az):
    names = ["north", "northeast", "east", "southeast", "south", "southwest", "west",
             "northwest"]
    return names[int(((az % 360) + 22.5) // 45) % 8]


@settings(max_examples=80, deadline=None)
@given(az=st.floats(0, 359.9), dist_km=st.floats(3, 250), unit=st.sampled_from(["km", "miles"]),
       qualifier=st.sampled_from(["", "about ", "some ", "roughly "]),
       edge=st.floats(0, 1))
def test_a_reporters_rounded_statement_holds_the_truth(az, dist_km, unit, qualifier, edge):
    """A true point, described as a reporter would (distance to 5 or 10 units, eight
    compass points, measured from anywhere in the town), is inside the region read."""
    # measured from a point anywhere within the town's extent
    from catalog.ingest.locations import anchor_radius_m

    town_r = anchor_radius_m(TOWN.population)
    ox, oy, _ = GEOD.fwd(TOWN.lon, TOWN.lat, az * 7 % 360, edge * town_r)
    tx, ty, _ = GEOD.fwd(ox, oy, az, dist_km * 1000)
    # what the reporter writes: the distance from the town's point and the bearing
    fwd_az, _, d = GEOD.inv(TOWN.lon, TOWN.lat, tx, ty)
    d_units = d / 1000 if unit == "km" else d / 1609.344
    step = 10 if d_units >= 40 else 5 if d_units >= 8 else 1
    stated = max(step, round(d_units / step) * step)
    text = f"It lies {qualifier}{stated} {unit} {_compass(fwd_az)} of Testville."
    (s,) = statements_in(text)
    f = _resolver([TOWN]).fact(s, (0, len(text)))
    frame = Frame(tx, ty)
    assert f.constraint.polygon(frame).contains(shapely.Point(0, 0)), text
    assert distance_m(TOWN.lon, TOWN.lat, tx, ty) > 0


def test_the_western_outskirts_are_the_outskirts():
    (s,) = statements_in("It lies on the western outskirts of Karachi, officials said.")
    assert (s.kind, s.anchor) == ("near", "Karachi") and s.max_m == OUTSKIRTS_M


def test_the_edge_of_the_capital_is_its_outskirts():
    (s,) = statements_in("The air base lies on the south-western edge of the capital.")
    assert (s.kind, s.anchor, s.max_m) == ("near", "the capital", OUTSKIRTS_M)
    assert statements_in("The cutting edge of Technology Park.") == []


def test_a_city_s_south_east_side_is_its_outskirts():
    (s,) = statements_in("The base lies on the south-east side of Albuquerque, New Mexico.")
    assert (s.kind, s.anchor, s.max_m) == ("near", "Albuquerque", OUTSKIRTS_M)
    assert statements_in("Trucks wait on the other side of Testville.") == []
    assert statements_in("It stands on the side of Mount Testmore.") == []


@pytest.mark.parametrize("text, anchor, bearing, max_m", [
    ("The plant, south-east of the desert town of Testville, is new.", "Testville", 135.0,
     100_000.0),
    ("A depot just west of Testville was hit.", "Testville", 270.0, OUTSKIRTS_M),
    ("It lies to the north of Testville.", "Testville", 0.0, 100_000.0),
])
def test_a_direction_without_a_distance_is_a_wide_sector(text, anchor, bearing, max_m):
    (s,) = statements_in(text)
    assert (s.kind, s.anchor, s.bearing, s.min_m, s.max_m) == (
        "distance", anchor, bearing, 0.0, max_m)
    f = _resolver([TOWN]).fact(s, (0, len(text)))
    assert f.problem is None and "no distance" in f.note
    # a point 60 km (or, "just", 8 km) that way is inside; the same distance the other way
    # is not
    d = 8_000 if max_m == OUTSKIRTS_M else 60_000
    x, y, _ = GEOD.fwd(TOWN.lon, TOWN.lat, bearing, d)
    assert f.constraint.contains(x, y)
    x, y, _ = GEOD.fwd(TOWN.lon, TOWN.lat, bearing + 180, d)
    assert not f.constraint.contains(x, y)


def test_a_part_of_a_place_and_a_stated_distance_are_not_bare_directions():
    assert not any(s.extra.get("bare") for s in statements_in(
        "The mine lies in the west of Testville district."))
    (s,) = statements_in("It lies 40 km north of Testville.")
    assert s.max_m == 50_000.0 and not s.extra


def test_north_of_the_capital_may_mean_hundreds_of_kilometres():
    capital = Place("geonames:9", "Pyongyang", 39.03, 125.75, "KP", None, "PPLC", 3_000_000)
    (s,) = statements_in("The reactor, north of the capital, was restarted.")
    f = _resolver([capital]).fact(s, (0, 0))
    x, y, _ = GEOD.fwd(capital.lon, capital.lat, 0, 250_000)
    assert f.problem is None and f.constraint.contains(x, y)


def test_a_statement_after_a_coast_or_a_district_name_is_the_sites():
    from catalog.ingest.locations import describes_another_thing

    text = "The plant sits on the Testland Coast about 60 km south of Testville."
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("plant", 4, 9)])
    # a thing's own name before it still places that thing, not the plant
    text = "The plant supplies Testville International Airport near Testville."
    (s,) = statements_in(text)
    assert describes_another_thing(text, s, [Ref("plant", 4, 9)])


def test_a_statement_after_a_lakes_name_is_the_sites():
    from catalog.ingest.locations import describes_another_thing

    text = "The Tallow plant, on Lake Testmere near Testville, restarted."
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("plant", 4, 16)])


def test_a_statement_right_after_a_named_project_places_the_project():
    from catalog.ingest.locations import describes_another_thing

    # "TerraPower's Natrium project near Kemmerer, ..., and the Hermes test reactor"
    text = ("Testco's Zorium project near Testville, and the Tallow test reactor in "
            "the south, are under way.")
    s = next(s for s in statements_in(text) if s.anchor == "Testville")
    site = Ref("tallow", text.index("Tallow"), text.index(" in the south"))
    assert describes_another_thing(text, s, [site])
    # the site's own name before it: its place
    text = "The Tallow test reactor near Testville is under way."
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("tallow", 4, 22)])


def test_a_word_a_line_break_hyphenated_is_one_anchor():
    (s,) = statements_in("The base lies about 6 km south of Test-\nville, officials said.")
    assert s.anchor == "Test-\nville" and s.words.endswith("Test-\nville")


def test_a_district_that_is_no_town_is_the_province_of_that_name():
    # Israel's Central District is an admin-1 unit of the shipped polygons, not a town
    (s,) = statements_in("Tel Example air base, in the Central District, is old.")
    f = _resolver([], countries=("IL",)).fact(s, (0, 0))
    assert f.problem is None and f.country == "IL" and f.constraint.contains(34.82, 31.84)
    (s,) = statements_in("The depot, in Nowhere District, is old.")
    assert "Nowhere" in _resolver([], countries=("IL",)).fact(s, (0, 0)).problem


def test_a_plain_pair_alone_in_a_tables_cell_is_a_coordinate():
    row = "2   | Testville silo field   | North Test (Ordos)   | 40.113, 108.104    | ~90 | 2021"
    (s,) = statements_in(row)
    assert s.kind == "coordinates" and s.words == "40.113, 108.104"
    assert (s.coordinate.lat, s.coordinate.lon) == (40.113, 108.104)
    # figures of a table (two decimals, or words beside them) are not coordinates
    assert statements_in("| Widgets | 12.50, 13.75 | 2021 |") == []
    assert statements_in("| Widgets | 12.500, 13.750 units | 2021 |") == []


def test_next_to_it_is_near_the_site_it_stands_for_and_what_it_holds():
    from catalog.ingest.locations import holds_parts

    (s,) = statements_in("Next to it stands the Testville fuel plant.")
    assert (s.kind, s.anchor, s.max_m, s.extra.get("of_it")) == ("near", None, OUTSKIRTS_M, True)
    f = _resolver([TOWN]).fact(s, (0, 0))  # drawn by the writer, who knows what "it" is
    assert f.problem is None and f.constraint is None
    assert statements_in("It's next to its own power line.") == []
    # a noun before "beside it" is what stands there: "the fuel depots beside it"
    assert statements_in("The base was repaired, but the fuel depots beside it were not.") == []
    (s,) = statements_in("A new hall was built beside it in 2024.")
    assert s.extra.get("of_it")
    assert holds_parts("It was the site of the Testville reactor.")
    assert holds_parts("The complex also houses a plant.")
    assert not holds_parts("It was hit by the Testville strike.")


def test_in_x_after_an_unnamed_facility_places_that_facility():
    from catalog.ingest.locations import describes_another_thing

    # "the air base at Testville" places the air base, not the plant named before it
    text = ("Three sites matter: the Example plant on the river, the depot at Testford, and "
            "the air base at Testville.")
    sts = statements_in(text)
    plant = Ref("plant", text.index("Example"), text.index(" on the"))
    at_town = next(s for s in sts if s.anchor == "Testville")
    assert describes_another_thing(text, at_town, [plant])
    # the site's own words ("the enrichment plant at Testford" naming it) place it
    text = "Work resumed at the enrichment plant at Testford, officials said."
    (s,) = [s for s in statements_in(text) if s.anchor == "Testford"]
    named = Ref("plant", text.index("enrichment"), text.index(","), text.index("Testford"),
                text.index(","))
    assert not describes_another_thing(text, s, [named])
    # "the base in X", one word: the site spoken of by its kind
    text = "The Example shipyard builds boats; the base in Testville guards it."
    (s,) = [s for s in statements_in(text) if s.anchor == "Testville"]
    assert not describes_another_thing(text, s, [Ref("yard", 4, 20)])


def test_in_x_after_a_verb_of_place_and_its_spot_is_where_the_site_is():
    from catalog.ingest.locations import describes_another_thing

    text = "The Example shipyard sits on the town's waterfront in Testville."
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("yard", 4, 20)])
    # a common noun before "in X" with no verb of place still speaks of something else
    text = "The Example shipyard pays the farmers in Testville."
    (s,) = statements_in(text)
    assert describes_another_thing(text, s, [Ref("yard", 4, 20)])


def test_a_distance_from_a_site_named_after_a_town_measures_from_that_site():
    text = "The Example plant lies about 300 km west of the Testville shipyard."
    (s,) = statements_in(text)
    plant = Ref("plant", 4, 17)
    yard = Ref("yard", text.index("Testville"), text.index("."), text.index("Testville"),
               text.index(" shipyard"))
    assert subject_of(s, [plant, yard]) == "plant"
    # "a missile base near Testville" is still placed by "near Testville"
    text = "Officials named a missile base near Testville."
    (s,) = statements_in(text)
    base = Ref("base", text.index("missile"), text.index("."), text.index("Testville"),
               text.index("."))
    assert subject_of(s, [base]) == "base"


def test_a_published_point_in_any_country_the_report_names_is_plausible():
    # a table of bases in many countries: the row's country is named once, after the
    # three the report names most
    (s,) = statements_in("Camp Testmore | Djibouti | 11.547, 43.160")
    assert s.kind == "coordinates"
    f = _resolver([], countries=("IR", "BH", "FR", "QA", "DJ")).fact(s, (0, 0))
    assert f.problem is None and f.point is not None
    # two plain numbers outside them all are suspect (a date's "04.2025, 06.2025" too)
    f = _resolver([], countries=("IR", "BH", "FR", "QA")).fact(s, (0, 0))
    assert "swapped axes or a lost sign" in f.problem


def test_new_before_a_capitalised_word_is_part_of_a_name():
    # "New" opens no anchor ("the new ..."), but "New Mexico" and "New Delhi" are names
    got = [(s.kind, s.anchor) for s in statements_in(
        "Pits come from the Testmore laboratory, in New Mexico, near Testville.")]
    assert ("in", "New Mexico") in got and ("near", "Testville") in got
    assert statements_in("The plant lies in New buildings.") == []


def test_the_fishing_town_of_is_a_town():
    got = [(s.kind, s.anchor) for s in statements_in(
        "The station sits about 3 km south-south-east of the fishing town of Testenes.")]
    assert got == [("distance", "Testenes")]
    (s,) = statements_in("It lies 5 km north of the mining town of Testby.")
    assert s.anchor == "Testby"


def test_a_point_in_a_territory_of_a_country_the_report_names_is_plausible():
    # Guam is the United States' though a report about the US never names it
    (s,) = statements_in("The base lies at 13°35′02″N 144°55′48″E, officials said.")
    assert _resolver([], countries=("CN", "US")).fact(s, (0, 0)).problem is None


def test_a_point_in_degrees_is_wrong_only_if_a_lost_sign_or_a_swap_explains_it():
    """A point written with degrees and hemispheres outside the countries the report names
    is another country's (or Antarctica's), as written; it is suspect when the flip of a
    sign or a swap of its axes brings it into one of them."""
    (s,) = statements_in("The base lies at 13°35′02″N 144°55′48″E, officials said.")
    assert _resolver([], countries=("CN", "KP")).fact(s, (0, 0)).problem is None
    (s,) = statements_in("The station stands on the ice at 77°51′S 166°46′E, it said.")
    assert _resolver([], countries=("NZ",)).fact(s, (0, 0)).problem is None
    (s,) = statements_in("The base lies at 13°35′02″S 144°55′48″E, officials said.")
    assert "swapped axes" in _resolver([], countries=("US",)).fact(s, (0, 0)).problem
    # ... or when its own sentence names a country it is far outside (a digit dropped)
    text = "In North Korea, the launch site lies at 39.6603°N 14.7053°E, it said."
    r = _resolver([], countries=("KP",))
    r.report = text
    (s,) = [x for x in statements_in(text) if x.kind == "coordinates"]
    assert "swapped axes" in r.fact(s, (0, len(text))).problem


def test_a_district_of_a_town_is_within_that_town():
    (s,) = statements_in("The base lies in the Oldquarter district of Testville.")
    assert s.kind == "admin" and s.extra["of"] == "Testville"
    f = _resolver([TOWN]).fact(s, (0, 0))
    assert f.problem is None and f.constraint.contains(125.75, 39.05)
    assert not f.constraint.contains(125.75, 39.3)  # not the whole province
    (s,) = statements_in("The base lies in the Oldquarter district.")
    assert "not in the gazetteer" in _resolver([TOWN]).fact(s, (0, 0)).problem


def test_a_city_is_its_own_name_though_gazetteer_gives_its_people_to_a_quarter():
    # GeoNames lists Visakhapatnam's 1.7 million people under its quarter Rasapudipalem,
    # whose other names hold "Visakhapatnam"
    city = Place("geonames:20", "Testville", 39.0, 125.75, "KP", None, "PPL", 1_000_000)
    quarter = Place("geonames:21", "Oldquarter", 39.05, 125.88, "KP", None, "PPL",
                    1_700_000, alternate_names=("Testville",))
    r = Resolver(lambda name: [p for p in (city, quarter) if name in (p.name,
                                                                  *p.alternate_names)],
                 lambda name: None, ["KP"], regions)
    assert r.place("Testville")[0] is city
    # a namesake of the quarter's far away is no reason to leave the city
    far = Place("geonames:22", "Farville", 41.0, 129.0, "KP", None, "PPL", 2_500_000,
                alternate_names=("Testville",))
    r = Resolver(lambda name: [p for p in (city, far) if name in (p.name,
                                                             *p.alternate_names)],
                 lambda name: None, ["KP"], regions)
    assert r.place("Testville")[0] is not city


def test_a_province_outside_the_reports_countries_is_the_one_of_its_name_in_the_world():
    # a report that names only China ("25 km from the Chinese border")
    (s,) = statements_in("The base lies in Jagang Province.")
    f = _resolver([], countries=("CN",)).fact(s, (0, 0))
    assert f.problem is None and f.country == "KP" and "Chagang" in f.note
    # a name several countries' provinces bear is no answer
    (s,) = statements_in("The base lies in Punjab Province.")
    assert _resolver([], countries=("IR",)).fact(s, (0, 0)).problem is not None


def test_a_town_written_with_ou_is_the_gazetteers_u():
    rud = Place("geonames:30", "Testrud", 39.0, 125.75, "KP", None, "PPL", 50_000)
    (s,) = statements_in("It lies 40 km north of Testroud.")
    f = _resolver([rud]).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is rud
    # the name as written comes first: a Testroud of its own is the one
    roud = Place("geonames:31", "Testroud", 40.0, 126.0, "KP", None, "PPL", 5_000)
    assert _resolver([rud, roud]).fact(s, (0, 0)).anchor.place is roud


def test_a_quarter_the_gazetteer_lacks_before_a_city_is_by_that_city():
    city = Place("geonames:40", "Bigcity", 39.0, 125.75, "KP", None, "PPL", 2_000_000)
    (s,) = statements_in("The reactor stands in Oldquarter, Bigcity.")
    f = _resolver([city]).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is city and f.constraint.contains(125.75, 39.1)
    # a clause that goes on ("Bigcity has ...") is no address; a small town is no city
    (s,) = statements_in("The reactor stands in Oldquarter, Bigcity has said.")
    assert _resolver([city]).fact(s, (0, 0)).problem is not None
    (s,) = statements_in("The reactor stands in Oldquarter, Testville.")
    assert _resolver([TOWN]).fact(s, (0, 0)).problem is not None


def test_the_dmz_is_the_korean_one_in_a_report_naming_no_country():
    (s,) = statements_in("The base lies about 30 km north of the DMZ.")
    f = _resolver([], countries=()).fact(s, (0, 0))
    assert f.problem is None and f.country == "KP"
    assert f.constraint.contains(126.9, 38.3 + 0.27)  # ~30 km north of the line, inland


def test_a_district_named_like_a_town_far_away_is_the_district_of_the_town_named():
    # "the Eastleigh district of Nairobi": not England's Eastleigh, 6,800 km off
    far = Place("geonames:12", "Oldquarter", 51.0, -1.35, "GB", None, "PPL", 50_000)
    (s,) = statements_in("The base lies in the Oldquarter district of Testville.")
    f = _resolver([TOWN, far], countries=("KP", "GB")).fact(s, (0, 0))
    assert f.problem is None and f.constraint.contains(125.75, 39.05)
    assert not f.constraint.contains(-1.35, 51.0)
    # a district of that name by the town is the district
    near = Place("geonames:13", "Oldquarter", 39.06, 125.76, "KP", None, "PPL", 5_000)
    f = _resolver([TOWN, near]).fact(s, (0, 0))
    assert f.problem is None and "Oldquarter" in f.note


def test_a_compass_word_ending_a_towns_name_is_part_of_it():
    north = Place("geonames:11", "Testville North", 40.5, 126.5, "KP", None, "PPL", 80_000)
    (s,) = statements_in("It lies about 25 km north-west of Testville North and beyond.")
    assert (s.anchor, s.extra["longer"]) == ("Testville", "Testville North")
    f = _resolver([TOWN, north]).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is north
    # a town without such a namesake is the town
    (s,) = statements_in("It lies about 25 km north-west of Testville North and beyond.")
    assert _resolver([TOWN]).fact(s, (0, 0)).anchor.place is TOWN


@pytest.mark.parametrize("sentence, goes_on", [
    ("The two-unit VVER-1200 station, built abroad, lies 7 km south of Testville.", True),
    ("The 3,000-hectare site lies in the hills.", True),
    ("The sprawling complex lies by the river.", True),
    ("The base lies by the river.", True),
    ("The air base lies by the river.", False),  # a kind of its own: maybe another site
    ("The Testville plant lies by the river.", False),  # a name: another site
    ("The two sites lie by the river.", False),
    # the noun before a place's name names a thing of its own
    ("The mine d'Akouta, a few kilometres south-west of Testville, closed.", False),
    ("The mine de\nTestville lies by the river.", False),
    ("The base of NATO's detachments lies by the river.", True),
    ("The mine of Testville lies by the river.", False),
])
def test_a_sentence_about_the_last_site_may_give_its_size_or_design(sentence, goes_on):
    from catalog.ingest.locations import continues_subject

    assert continues_subject(sentence) is goes_on


def test_the_capital_of_any_country_is_the_one_geonames_names():
    from catalog.ingest.locations import CAPITALS

    assert "KG" not in CAPITALS  # GeoNames' country list names Bishkek
    capital = Place("geonames:12", "Bishkek", 42.87, 74.59, "KG", None, "PPLC", 900_000)
    (s,) = statements_in("It lies about 23 km north-north-west of the capital.")
    f = _resolver([capital], countries=("KG",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is capital


def test_the_capital_is_that_of_the_country_the_sentences_around_it_name():
    cairo = Place("geonames:13", "Cairo", 30.06, 31.25, "EG", None, "PPLC", 7_700_000)
    tripoli = Place("geonames:14", "Tripoli", 32.89, 13.19, "LY", None, "PPLC", 1_150_000)
    r = _resolver([cairo, tripoli], countries=("EG", "LY"))
    (s,) = statements_in("It lies about 8 km east of the capital.")
    assert r.fact(s, (0, 0)).anchor.place is cairo  # the report's first country
    r.context = "The last stop is Tripoli, in Libya. It lies about 8 km east of the capital."
    assert r.fact(s, (0, 0)).anchor.place is tripoli


@pytest.mark.parametrize("text, picked", [
    ("The plant stands in Testville district, Ryanggang, by a weir.", "geonames:2"),
    ("The plant stands in Testville district, Chagang, by a weir.", None),  # none there
])
def test_a_province_written_after_a_district_picks_its_town_or_none(text, picked):
    twin = Place("geonames:2", "Testville", 41.2, 128.0, "KP", None, "PPL", 1000)
    (s,) = [x for x in statements_in(text) if x.kind == "admin"]
    f = _resolver([TOWN, twin]).fact(s, (0, 0))
    if picked is None:
        assert f.constraint is None and "no 'Testville' in Chagang" in f.problem
    else:
        assert f.problem is None and f.constraint.contains(128.0, 41.2)


def test_a_province_name_two_countries_share_is_either_countrys_province():
    # Punjab is a state of India and a province of Pakistan: a report that names India
    # first still finds a town of Pakistan's Punjab "in Testpur district, Punjab"
    east = Place("geonames:21", "Testpur", 31.30, 72.32, "PK", None, "PPL", 50_000)
    west = Place("geonames:22", "Testpur", 26.0, 68.0, "PK", None, "PPL", 3_000)
    (s,) = [x for x in statements_in("The base lies in Testpur district, Punjab, by a canal.")
            if x.kind == "admin"]
    f = _resolver([east, west], countries=("IN", "PK")).fact(s, (0, 0))
    assert f.problem is None and f.constraint.contains(72.32, 31.30)


def test_a_south_asian_district_is_wider_than_a_county():
    # a district of Pakistan runs some 60 km from its seat; a US county is a circle of 35 km
    seat = Place("geonames:23", "Testpur", 31.27, 72.32, "PK", None, "PPLA3", 600_000)
    (s,) = [x for x in statements_in("The base lies in Testpur district.") if x.kind == "admin"]
    f = _resolver([seat], countries=("PK",)).fact(s, (0, 0))
    assert f.problem is None and f.constraint.contains(72.03, 30.83)  # 57 km south-west


def test_a_county_that_is_a_province_is_its_polygon_not_a_circle_round_its_seat():
    from catalog.constraints import Area, Disc

    (s,) = statements_in("The air base lies in Veszprém County.")
    f = _resolver([], countries=("HU",)).fact(s, (0, 0))
    # Pápa is 43 km from Veszprém, the seat: outside a seat's 35 km circle
    assert isinstance(f.constraint, Area) and f.constraint.contains(17.50, 47.36)
    seat = Place("geonames:15", "Testbury", 34.42, -119.70, "US", None, "PPLA2", 90_000)
    (s,) = statements_in("The base lies in Testbury County.")
    f = _resolver([seat], countries=("US",)).fact(s, (0, 0))
    # a US county: no circle round a town of its name, which may be another county's seat
    # (Georgia's Clayton is Rabun County's; Clayton County's is Jonesboro)
    assert f.constraint is None and "US county" in f.problem
    seat = dataclasses.replace(seat, country="GB")
    (s,) = statements_in("The base lies in Testbury County.")
    f = _resolver([seat], countries=("GB",)).fact(s, (0, 0))
    assert isinstance(f.constraint, Disc)  # elsewhere: a circle round its seat
    # ... but not an English town in a report on the United States ("Clayton County" in a
    # BRAC finding is not West Yorkshire's Clayton)
    f = _resolver([seat], countries=("GE", "GB", "US")).fact(s, (0, 0))
    assert f.constraint is None and "US county" in f.problem
    # (a county elsewhere in a report naming the United States as well is its seat's)
    f = _resolver([dataclasses.replace(seat, country="KE")], countries=("KE", "US")).fact(
        s, (0, 0))
    assert isinstance(f.constraint, Disc)
    # a US county of a state: in the state ("Nye County, Nevada" holds the test site)
    (s,) = [x for x in statements_in("The test site lies in Testbury County, Nevada.")
            if x.kind == "admin"]
    f = _resolver([seat], countries=("US",)).fact(s, (0, 0))
    assert isinstance(f.constraint, Area) and f.constraint.contains(-116.05, 37.12)
    assert not f.constraint.contains(-119.70, 34.42) and f.admin1 == "Nevada"


def test_the_centre_of_a_town_is_the_anchor_not_the_site_measured_from():
    # "7 km SSW of the centre of X" measures from the town X: not a reverse reading that
    # would make the place before the comma ("the Gulf of Testland") the anchor
    (s,) = statements_in("The plant stands on the Gulf of Testland, about 7 km "
                         "south-south-west of the centre of Sosnovy Bor.")
    assert (s.kind, s.anchor, s.bearing) == ("distance", "Sosnovy Bor", 202.5)
    assert "reverse" not in s.extra
    # the site's own word still reverses a statement: the town lies north of the site
    (s,) = statements_in("Testville, which lies about 5 km north of the site, is a town.")
    assert (s.anchor, s.bearing, s.extra.get("reverse")) == ("Testville", 180.0, True)


def test_a_city_state_measures_from_its_city():
    country = Place("ne-adm0:TST", "Citystate", 22.45, 114.05, "HK", None, "PCLI", None)
    city = Place("geonames:7", "Citystate", 22.28, 114.17, "HK", None, "PPLC", 7_000_000)
    (s,) = statements_in("It lies about 50 km north-east of Citystate.")
    f = _resolver([country, city], countries=("CN", "HK")).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is city
    # a country whose land reaches far from its capital of the same name is no anchor
    far_city = Place("geonames:8", "Citystate", 20.0, 114.17, "HK", None, "PPLC", 700_000)
    f = _resolver([country, far_city], countries=("CN", "HK")).fact(s, (0, 0))
    assert f.constraint is None and "country's name" in f.problem


def test_two_counties_named_together_are_not_a_town():
    assert _kinds("The base is in Meade and Pennington counties, South Dakota, about 12 km "
                  "north-east of Rapid City.") == [("distance", "Rapid City")]
    assert _kinds("The depot lies in Homs, Hama and Idlib provinces.") == []
    assert ("in", "Meade") in _kinds("The base is in Meade, 12 km north of Rapid City.")


def test_a_province_named_without_its_arabic_article():
    province = Place("ne-adm1:IRQ-3471", "Al Anbar", 33.2, 41.5, "IQ", None, "ADM1", None)
    village = Place("geonames:3", "Anbar", 37.85, 40.53, "TR", None, "PPL", 5000)
    (s,) = statements_in("The base lies in Anbar.")
    f = _resolver([province], countries=("TR", "IQ")).fact(s, (0, 0))
    assert f.problem is None and f.country == "IQ" and f.constraint.contains(43.5, 33.3)
    # no such province: the town of that name, as before
    f = _resolver([village], countries=("TR", "IQ")).fact(s, (0, 0))
    assert f.anchor is not None and f.anchor.place is village


def test_a_new_town_is_an_anchor():
    assert _kinds("It lies some 13 km north-west of the new town of Sheikh Zayed.") == [
        ("distance", "Sheikh Zayed")]


def test_a_town_written_without_city_is_the_gazetteers_city_of_that_name():
    city = Place("geonames:11", "Testburg City", 30.02, 31.0, "EG", None, "PPL", 95_000)
    (s,) = statements_in("It lies some 13 km north-west of Testburg.")
    f = _resolver([city], countries=("EG",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is city
    # a place of the name itself wins; none at all stays a problem
    town = Place("geonames:12", "Testburg", 31.0, 31.5, "EG", None, "PPL", 9_000)
    assert _resolver([city, town], countries=("EG",)).fact(s, (0, 0)).anchor.place is town
    f = _resolver([], countries=("EG",)).fact(s, (0, 0))
    assert f.constraint is None and "not in the gazetteer" in f.problem


@pytest.mark.parametrize("text, expected", [
    ("It lies about 4 km south of the spa town of Testville.", [("distance", "Testville")]),
    ("It lies 9 km east of the university town of Testville.", [("distance", "Testville")]),
    ("The base, in the department of Haute-Saône, is new.", [("admin", "Haute-Saône")]),
    ("Air Base 120, in the Gironde department, is old.", [("admin", "Gironde")]),
    # a word that is no kind of town is still not an anchor's
    ("It lies 9 km east of the Sea of Testville.", [("distance", "Sea")]),
])
def test_more_towns_and_departments(text, expected):
    assert _kinds(text) == expected


def test_a_french_department_is_a_province():
    (s,) = statements_in("The base lies in the department of Haute-Saône.")
    f = _resolver([], countries=("FR",)).fact(s, (0, 0))
    assert f.problem is None and f.country == "FR" and f.constraint.contains(6.1, 47.6)
    assert not f.constraint.contains(-0.6, 44.8)  # Gironde


def test_the_village_of_the_same_name_is_read_and_left_to_the_writer():
    (s, s2) = statements_in("Coningsby lies about 1.5 km south-south-east of the village of "
                            "the same name and some 30 km east-south-east of Lincoln.")
    assert (s.kind, s.anchor, s.bearing, s.extra) == ("distance", None, 157.5,
                                                      {"same_name": True})
    assert s2.anchor == "Lincoln"
    # which place has the name, the resolver alone does not know: a problem, no region
    f = _resolver([TOWN]).fact(s, (0, 0))
    assert f.constraint is None and "same name" in f.problem
    assert _kinds("It lies 2 km north of the town of the same size.") == []


def test_adjoining_a_village_is_on_its_edge():
    (s,) = statements_in("The base, the airfield adjoining the village of Testville, is old.")
    assert (s.kind, s.anchor, s.max_m) == ("near", "Testville", OUTSKIRTS_M)
    assert _kinds("The adjoining hangars of Testville Air Base are old.") == []


@pytest.mark.parametrize("text", [
    "The air base lies about 13 km south-\nsouth-west of Testville.",
    "The air base lies about 13 km south- south-west of Testville.",
    "The air base lies about 13 km south-south-\nwest of Testville.",
])
def test_a_compass_word_broken_at_its_hyphen_is_one_word(text):
    (s,) = statements_in(text)
    assert (s.kind, s.anchor, s.bearing, s.half_angle) == ("distance", "Testville", 202.5, 25.0)
    assert s.extra.get("bare") is None  # the distance is read, not a bare "south-west of"


def test_a_compass_word_is_not_joined_across_a_sentence():
    s = statements_in("The base is 13 km south. West of Testville lies a lake.")
    assert [(x.anchor, x.bearing) for x in s] == [("Testville", 270.0)]


def test_a_sentence_adverb_before_in_x_names_nothing():
    from catalog.ingest.locations import describes_another_thing

    text = "Meanwhile in Testville, Cumbria, the Example shipyard is busy."
    s = next(x for x in statements_in(text) if x.kind == "in")
    yard = Ref("yard", text.index("Example"), text.index(" is busy"))
    assert not describes_another_thing(text, s, [yard])
    # ... but a name there is another thing's place: "Kirkuk in Testville"
    text = "Officials said Kirkuk in Testville, Cumbria, and the Example shipyard are busy."
    s = next(x for x in statements_in(text) if x.kind == "in")
    yard = Ref("yard", text.index("Example"), text.index(" are busy"))
    assert describes_another_thing(text, s, [yard])


def test_a_coast_named_after_a_province_is_that_provinces_coast():
    (s,) = statements_in("The launch site is on the Virginia coast.")
    f = _resolver([], countries=("GU", "US")).fact(s, (0, 0))
    assert f.problem is None and f.country == "US"
    assert f.constraint.contains(-75.47, 37.94)  # on the Virginia shore
    assert not f.constraint.contains(-120.6, 34.7)  # the Californian coast is not it
    assert not f.constraint.contains(144.8, 13.5)  # nor Guam's, the report's first country


def test_a_coast_named_after_a_country_is_that_countrys_not_the_reports_first():
    (s,) = statements_in("The port is on the Turkish coast.")
    f = _resolver([], countries=("SY", "TR")).fact(s, (0, 0))
    assert f.problem is None and f.country == "TR"
    assert not f.constraint.contains(35.8, 35.5)  # Latakia, on the Syrian coast


def test_a_coast_of_an_unknown_region_in_a_report_on_two_countries_places_nothing():
    (s,) = statements_in("The plant is on the Nowhereland coast.")
    f = _resolver([], countries=("FI", "SE")).fact(s, (0, 0))
    assert f.constraint is None and "which country's coast" in f.problem
    # ... but in a report on one country, it is that country's coast
    f = _resolver([], countries=("SE",)).fact(s, (0, 0))
    assert f.problem is None and f.country == "SE"


def test_a_seas_coast_in_a_report_on_several_countries_is_that_of_the_one_named_around():
    # "on the Arctic coast" in a history of radar lines across four countries: not the
    # report's first country's, a guess, but the one the sentences around name, or none
    (s,) = statements_in("The station had a runway on the Arctic coast.")
    r = _resolver([], countries=("GL", "IS", "US"))
    f = r.fact(s, (0, 0))
    assert f.constraint is None and "which country's coast" in f.problem
    r.context = "The main station in Iceland's north was on the Arctic coast."
    f = r.fact(s, (0, 0))
    assert f.problem is None and f.country == "IS"


TWIN_WA = Place("geonames:21", "Twinport", 48.29, -122.64, "US", None, "PPL", 20_000)
TWIN_OH = Place("geonames:22", "Twinport", 41.51, -83.14, "US", None, "PPL", 20_000)


@pytest.mark.parametrize("text", [
    "The air station lies about 7 km north of Twinport in Washington state.",
    "The air station lies about 7 km north of Twinport, in northern Washington, and is big.",
    "The air station lies about 7 km north of Twinport in the Puget Sound of Washington.",
    "The air station lies about 7 km north of Twinport in St. Nowhere County, Washington.",
])
def test_a_region_written_after_the_anchor_with_in_picks_among_namesakes(text):
    s = next(x for x in statements_in(text) if x.kind == "distance")
    f = _resolver([TWIN_WA, TWIN_OH], countries=("US",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is TWIN_WA


def test_a_country_named_town_with_its_province_in_brackets_is_the_town():
    # "Batallón Cisneros, in Armenia (Quindío)": Colombia's town, not the country
    text = "The battalion is in Armenia (Quindío), and the other in Cali, Valle del Cauca."
    armenia, cali = [s for s in statements_in(text) if s.kind == "in"]
    assert armenia.extra.get("qualifier") == "Quindío"
    assert cali.extra.get("qualifier") == "Valle del Cauca"
    town = Place("geonames:1", "Armenia", 4.534, -75.681, "CO", None, "PPLA", 315_000)
    country = Place("geonames:2", "Armenia", 40.0, 45.0, "AM", None, "PCLI", 2_900_000)
    f = _resolver([town, country], countries=("CO", "AM")).fact(armenia, (0, 0))
    assert f.problem is None and f.anchor is not None and f.anchor.place is town
    # ... not a village of the name (in a neighbouring department): "in Colombia (Tolima)"
    village = Place("geonames:4", "Armenia", 3.376, -74.80, "CO", None, "PPL", 4_000)
    f = _resolver([village, country], countries=("CO", "AM")).fact(armenia, (0, 0))
    assert f.anchor is None or f.anchor.place is not village
    # ... but a town's other name in brackets is no province: "in Sidon (Saida)"
    (sidon,) = statements_in("Lot 3 - the Kesk barracks, in Testsidon (Testsaida).")
    other = Place("geonames:3", "Testsidon", 33.56, 35.37, "LB", None, "PPLA", 163_000)
    f = _resolver([other], countries=("LB",)).fact(sidon, (0, 0))
    assert f.problem is None and f.anchor.place is other


@pytest.mark.parametrize("text, problem", [
    ("The air station lies about 7 km north of Twinport in March 2020.", "several places"),
    ("The air station lies about 7 km north of Twinport in Texas.", "no 'Twinport' in Texas"),
    ("The air station lies about 7 km north of Twinport in St. Nowhere County, Texas.",
     "no 'Twinport' in Texas"),
])
def test_a_region_after_the_anchor_that_holds_no_namesake_places_nothing(text, problem):
    s = next(x for x in statements_in(text) if x.kind == "distance")
    f = _resolver([TWIN_WA, TWIN_OH], countries=("US",)).fact(s, (0, 0))
    assert f.constraint is None and problem in f.problem


@pytest.mark.parametrize("mark", ["", "(3) ", "2. ", "- ", "(b) "])
def test_a_sentence_opening_in_a_place_places_the_site_named_right_after_it(mark):
    from catalog.ingest.locations import describes_another_thing

    # (after a list's mark too: "(3) In Wisconsin, Fort McCoy, east of Sparta, ...")
    text = mark + "In Testville, the Example Naval Base, the largest in the west, is busy."
    s = next(x for x in statements_in(text) if x.kind == "in")
    assert (s.anchor, s.words, "qualifier" in s.extra) == ("Testville", "In Testville", False)
    base = Ref("base", text.index("Example"), text.index(", the largest"))
    assert not describes_another_thing(text, s, [base])


@pytest.mark.parametrize("text", [
    # a word of age or size after "the"
    "In Testville, the old Example Naval Base, closed in 2006, is now a park.",
    # "Also in"
    "Also in Testville, the Example Naval Base is busy.",
])
def test_a_sentence_opening_in_a_place_places_the_site_after_a_word_of_age_or_also(text):
    from catalog.ingest.locations import describes_another_thing

    (s,) = [x for x in statements_in(text) if x.kind == "in"]
    assert s.anchor == "Testville" and s.extra.get("lead")
    base = Ref("base", text.index("Example"), text.index(" Base") + 5)
    assert not describes_another_thing(text, s, [base])


@pytest.mark.parametrize("text", [
    "In Testville, officials said the Example Naval Base was safe.",
    "In March, the Example Naval Base was hit.",
])
def test_a_sentence_opening_in_a_place_then_other_words_places_no_site(text):
    from catalog.ingest.locations import describes_another_thing

    base = Ref("base", text.index("Example"), text.index(" Base") + 5)
    assert all(describes_another_thing(text, s, [base])
               for s in statements_in(text) if s.kind == "in")


@pytest.mark.parametrize("text, site, other", [
    # a name set off before the statement, in a clause before the site's
    ("Shells are filled at BAE Systems Testoed, near Tallow in Kesk, where a line opened, "
     "and small-arms ammunition is made at Holt Green, near Orvane.", "Holt Green",
     "near Tallow"),
    # a bracket after another name
    ("More jets at Testona (the air base on Testona's airport, Kesk state), and F-16s at "
     "Tallow Air Base, about 16 km south-west of Orvane.", "Tallow Air Base", "Kesk state"),
    # "at X" in a clause of its own, the site "at" itself in the next
    ("The fighters were at San Tallow [the airfield about 30 km south-west of Kesk], and the "
     "bombers were assembled at Holt airfield, about 12 km south-west of Orvane.",
     "Holt airfield", "at San Tallow"),
])
def test_a_statement_in_a_clause_before_the_sites_places_what_that_clause_names(
        text, site, other):
    from catalog.ingest.locations import describes_another_thing

    ref = Ref("site", text.index(site), text.index(site) + len(site))
    said = {text[s.start:s.end]: s for s in statements_in(text)}
    mine = {w for w, s in said.items() if not describes_another_thing(text, s, [ref])}
    assert other not in mine and any("Orvane" in w for w in mine)


@pytest.mark.parametrize("text", [
    "Near Tallow, the army keeps Holt Green.",  # no clause between: the site's place
    "At Testoed, near Tallow, stands Holt Green, a munitions plant.",
])
def test_a_statement_before_the_site_in_its_own_clause_places_the_site(text):
    from catalog.ingest.locations import describes_another_thing

    ref = Ref("site", text.index("Holt Green"), text.index("Holt Green") + 10)
    near = next(s for s in statements_in(text) if s.anchor == "Tallow")
    assert not describes_another_thing(text, near, [ref])


@pytest.mark.parametrize("text, kind, radius", [
    ("The shipyard is on the waterfront of the port city of Testville.", "near", OUTSKIRTS_M),
    ("The base is on the river beside the town of Testville.", "near", OUTSKIRTS_M),
    ("The air base, across the harbour from Testville, is busy.", "near", NEAR_M),
    ("The plant stands alongside Testville.", "near", OUTSKIRTS_M),
    ("The plant is in the closed city of Testville.", "in", None),
    ("The plant is at the closed town of Testville.", "in", None),
])
def test_a_town_described_before_its_name_is_read(text, kind, radius):
    (s,) = statements_in(text)
    assert (s.kind, s.anchor) == (kind, "Testville")
    assert radius is None or s.max_m == radius


@pytest.mark.parametrize("text", [
    "The shipyard is on the waterfront. Testville grew.",
    "The plant is in the big city of Testville.",  # no town's word: "big" says nothing
])
def test_no_town_is_read_without_its_words(text):
    assert statements_in(text) == []


def test_a_region_the_boundaries_lack_is_the_union_of_the_provinces_naming_it():
    (s,) = statements_in("The air base is in Lombardy.")
    f = _resolver([], countries=("IT",)).fact(s, (0, 0))
    assert f.problem is None and f.country == "IT"
    assert f.constraint.contains(9.19, 45.46) and f.constraint.contains(10.27, 45.43)  # Milan
    assert not f.constraint.contains(7.68, 45.07)  # Turin, in Piedmont
    # ... of the report's countries only
    f = _resolver([], countries=("FR",)).fact(s, (0, 0))
    assert f.constraint is None and f.problem


def test_a_region_whose_provinces_lie_apart_places_nothing():
    import numpy as np

    class Listed:  # Natural Earth listing another region's provinces under one region's name
        def __getattr__(self, name):
            return getattr(regions, name)

        def region_units(self, name, country=None):
            label, units = regions.region_units("Lombardy", "ITA")
            return label, np.concatenate([units, regions.region_units("Sicilia", "ITA")[1]])

    (s,) = statements_in("The air base is in Lombardy.")
    f = Resolver(lambda name: [], lambda name: None, ["IT"], Listed()).fact(s, (0, 0))
    assert f.constraint is None and f.problem


@pytest.mark.parametrize("opening", ["It's", "It’s", "That's"])
def test_a_pronouns_contraction_before_in_x_names_nothing(opening):
    from catalog.ingest.locations import describes_another_thing

    text = f"{opening} in Testville, about 6 km south-west of the city centre."
    s = next(x for x in statements_in(text) if x.kind == "in")
    assert not describes_another_thing(text, s, [])


def test_a_possessive_name_before_in_x_is_still_another_things():
    from catalog.ingest.locations import describes_another_thing

    text = "Officials said Example Corporation's in Testville, and the base grew."
    s = next(x for x in statements_in(text) if x.kind == "in")
    assert describes_another_thing(text, s, [])


@pytest.mark.parametrize("text, words", [
    ("It lies 20 km north of the state capital, Testville, across the bay.",
     "20 km north of the state capital, Testville"),
    ("It lies 55 km east of the provincial capital Testville.",
     "55 km east of the provincial capital Testville"),
    ("It lies just north of the colonial town of Testville.",
     "just north of the colonial town of Testville"),
])
def test_an_anchor_described_before_its_name_is_read(text, words):
    (s,) = statements_in(text)
    assert (s.kind, s.anchor, s.words) == ("distance", "Testville", words)


def test_a_capital_not_named_is_no_anchor():
    assert statements_in("It lies 20 km north of the state capital.") == []


def test_in_a_part_of_a_place_is_in_the_place():
    (s,) = statements_in("The new plant was built in the west of Testville.")
    assert (s.kind, s.anchor, s.words) == ("in", "Testville", "in the west of Testville")
    f = _resolver([TOWN]).fact(s, (0, 0))
    assert f.problem is None and f.constraint.contains(TOWN.lon, TOWN.lat)


@pytest.mark.parametrize("text, expected", [
    ("It lies in the south-east of Chagang Province.", [("admin", "Chagang")]),
    ("It lies to the west of Testville.", [("distance", "Testville")]),  # beside it
    ("It was the west of Testville that grew.", []),
])
def test_a_part_of_a_province_or_a_side_is_not_read_as_in_a_town(text, expected):
    assert _kinds(text) == expected


def test_a_sentence_opening_in_a_place_does_not_place_a_site_named_after_another():
    from catalog.ingest.locations import describes_another_thing

    text = "In Testville, the Otherton launch centre said the launch had failed."
    (s,) = [x for x in statements_in(text) if x.kind == "in"]
    a = text.index("Otherton")
    centre = Ref("centre", a, text.index(" said"), place_start=a, place_end=a + 8)
    assert describes_another_thing(text, s, [centre])
    text = "In Testville, the Testville launch centre said the launch had failed."
    (s,) = [x for x in statements_in(text) if x.kind == "in"]
    a = text.index("Testville", 5)
    centre = Ref("centre", a, text.index(" said"), place_start=a, place_end=a + 9)
    assert not describes_another_thing(text, s, [centre])



@pytest.mark.parametrize("text, other", [
    # what the site is, set after its name: "in X" is where the site is
    ("Fort Testsay, the army's largest training reservation in Testland, was left out.",
     False),
    # a common noun of something else: farmers are elsewhere
    ("Fort Testsay trains farmers in Testland each year.", True),
])
def test_in_x_after_what_the_site_is_places_the_site(text, other):
    from catalog.ingest.locations import describes_another_thing

    (s,) = [x for x in statements_in(text) if x.kind == "in"]
    fort = Ref("fort", 0, len("Fort Testsay"))
    assert describes_another_thing(text, s, [fort]) is other

def _by_sentence(text):
    from catalog.ingest.locations import statements_by_sentence
    from catalog.ingest.sentences import split_sentences

    return [s for sts in statements_by_sentence(text, split_sentences(text)) for s in sts]


@pytest.mark.parametrize("text, anchor", [
    # "Yulin Naval Base on Hainan Island is ...": read in a sentence with no "in" or "at"
    ("Kesk Naval Base on Tallow Island is the home of the submarines.", "Tallow"),
    ("The Kesk submarine base, on Tallowka, is the home of the submarines.", "Tallowka"),
])
def test_on_an_island_or_a_region_is_read_with_no_other_word_of_place(text, anchor):
    assert [(s.kind, s.anchor) for s in _by_sentence(text)] == [("in", anchor)]


@pytest.mark.parametrize("text, near", [
    ("Further south, Testford Air Base, right by the settlement of Testville, is now an "
     "airport.", "Testville"),
    ("The radar stands close by Testville.", "Testville"),
    ("The base was hit by Testville's drones.", None),  # "by" alone says who
])
def test_right_by_a_place_is_beside_it(text, near):
    for statements in (statements_in(text), _by_sentence(text)):
        got = [(s.anchor, s.max_m) for s in statements if s.kind == "near"]
        assert got == ([(near, OUTSKIRTS_M)] if near else [])


@pytest.mark.parametrize("text, town", [
    # the town the sentence before introduces by where it lies
    ("The first of them is Testville, about 40 km north of Otherton. Today the town is "
     "home to the Example Physics Institute.", "Testville"),
    ("Next comes Testville, once known as Box-9, in Chagang Province. Founded in 1950, the "
     "closed town grew up around the Example Chemical Works.", "Testville"),
    ("The oldest is Testville, in the north of Chagang\nProvince. Today the town is home to "
     "the Example Physics Institute.", "Testville"),
    ("Our road ended near the town of Testville. The town has long been home to the "
     "Example Test Range.", "Testville"),
    # a facility introduced so is no town; a paragraph's break ends the reach
    ("We drove to Example Air Base, about 40 km north of Otherton. The town is home to the "
     "Example Physics Institute.", None),
    ("The first of them is Testville, about 40 km north of Otherton.\n\nToday the town is "
     "home to the Example Physics Institute.", None),
])
def test_the_town_is_home_to_a_site_the_town_the_sentences_before_introduce(text, town):
    near = [s for s in _by_sentence(text) if s.extra.get("town_before")]
    assert [s.anchor for s in near] == ([town] if town else [])
    if town:
        (s,) = near
        assert s.kind == "near" and s.max_m == NEAR_M and text[s.anchor_start:].startswith(town)
        f = _resolver([TOWN]).fact(s, (0, 0))
        assert f.problem is None and f.constraint.contains(TOWN.lon, TOWN.lat)


def test_in_the_one_province_of_its_name_in_the_world_when_no_town_of_it_is_meant():
    towns = [Place("geonames:21", "Tasmania", 40.0, -90.0, "US", None, "PPL", 900),
             Place("geonames:22", "Tasmania", 35.0, -100.0, "US", None, "PPL", 800)]
    state = Place("ne-adm1:AUS-2650", "Tasmania", -42.0, 146.6, "AU", None, "ADM1", None)
    (s,) = statements_in("The tankers now fly from a field in Tasmania.")
    f = _resolver(towns, countries=("US",)).fact(s, (0, 0))
    assert f.constraint is None and "several places" in f.problem  # two towns: no answer
    f = _resolver([*towns, state], countries=("US",)).fact(s, (0, 0))
    assert f.problem is None and f.country == "AU"
    assert f.constraint.contains(147.33, -42.88) and not f.constraint.contains(-90.0, 40.0)
    other = Place("ne-adm1:XXX-1", "Tasmania", 10.0, 10.0, "NG", None, "ADM1", None)
    f = _resolver([*towns, state, other], countries=("US",)).fact(s, (0, 0))
    assert f.constraint is None  # two provinces of the name: which is not known


def test_a_province_or_region_name_may_go_on_over_a_lines_end():
    (s,) = statements_in("The plant lies in the south of Chagang\nProvince, far from the sea.")
    assert (s.kind, s.anchor) == ("admin", "Chagang")
    west = Place("geonames:31", "Testville", -31.95, 115.86, "AU", None, "PPL", 20_000)
    east = Place("geonames:32", "Testville", -37.8, 145.0, "AU", None, "PPL", 20_000)
    (s,) = statements_in("The base lies some 35 km south-south-west of Testville in Western\n"
                         "Australia.")
    f = _resolver([west, east], countries=("AU",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is west


@pytest.mark.parametrize("text, anchor", [
    ("The Department has not sought access to the base.", None),
    ("This Region hosts two bases.", None),
    ("In Western Cape Province, the base lies on the coast.", "Western Cape"),
])
def test_a_determiner_before_a_province_word_names_no_province(text, anchor):
    assert [s.anchor for s in statements_in(text) if s.kind == "admin"] == \
        ([anchor] if anchor else [])


def test_a_province_name_with_a_particle_between_its_words():
    (s,) = statements_in("The air base covers the south-west from Testopolis, in\n"
                         "Mato Grosso do Sul state, near the borders.")
    assert (s.kind, s.anchor) == ("admin", "Mato Grosso do Sul")
    (s,) = statements_in("The depot lies in Rio de Janeiro state.")
    assert (s.kind, s.anchor) == ("admin", "Rio de Janeiro")


@pytest.mark.parametrize("written, listed", [
    ("Al-Tarfaya", "At Tarfaya"),  # the article as spoken before a "sun letter"
    ("As-Tarfaya", "Al Tarfaya"),
    ("El-Tarfaya", "At Tarfaya"),
])
def test_the_arabic_article_as_written_or_as_spoken(written, listed):
    town = Place("geonames:41", listed, 20.4, 45.6, "SA", None, "PPL", 24_000)
    (s,) = statements_in(f"The older missile site lies near {written}.")
    f = _resolver([town], countries=("SA",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is town


def test_an_anchors_name_may_go_on_in_the_next_line():
    town = Place("geonames:51", "Port Testville", 39.0, 125.75, "KP", None, "PPL", 50_000)
    (s,) = statements_in("1  Example Air Base   about 20 km north of Port\n"
                         "                      Testville city")
    assert (s.anchor, s.extra.get("wrapped")) == ("Port", "Port Testville")
    f = _resolver([town]).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is town
    (s,) = statements_in("It lies 20 km north of Testville\nArmy Group headquarters said.")
    f = _resolver([TOWN]).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is TOWN  # no such place: the first line's


def test_a_table_cell_cut_after_of_goes_on_in_the_next_line():
    text = ("3  Example Base   Kuwait   in the Testa district of\n"
            "                           Testville\n")
    (s,) = statements_in(text, 0, text.index("\n"))
    assert (s.kind, s.anchor, s.extra.get("of")) == ("admin", "Testa", "Testville")
    f = _resolver([TOWN]).fact(s, (0, 0))
    assert f.problem is None and f.constraint.contains(TOWN.lon, TOWN.lat)


@pytest.mark.parametrize("text, anchor", [
    ("The range lies in South Testland, far from the coast.", "South Testland"),
    ("The range lies in Western Testland.", "Western Testland"),
    # a part of it, written small: in Testland, wherever in it (not "northern Testland")
    ("The range lies in northern Testland.", "Testland"),
    ("The range lies in South, far from the coast.", None),
])
def test_a_compass_word_with_a_capital_opens_a_name(text, anchor):
    assert [s.anchor for s in statements_in(text) if s.kind == "in"] == (
        [anchor] if anchor else [])


def test_a_second_base_in_a_place_is_another_facility():
    from catalog.ingest.locations import describes_another_thing

    text = ("The jets fly from Example Air Station in Testland, and a second base in "
            "Otherland, near the border.")
    site = Ref("station", text.index("Example"), text.index(" in Testland"))
    first, second = [s for s in statements_in(text) if s.kind == "in"]
    assert not describes_another_thing(text, first, [site])
    assert describes_another_thing(text, second, [site])


def test_a_capital_of_the_country_the_sentence_names_among_namesakes():
    towns = [Place("geonames:61", "Testford", 54.9, -1.7, "GB", None, "PPL", 31_000),
             Place("geonames:62", "Testford", 56.5, -3.5, "GB", None, "PPL", 1_400)]
    capital = Place("geonames:63", "Testford", -51.7, -57.9, "FK", None, "PPLC", 2_200)
    text = "The garrison's airfield, on the Falkland Islands, lies some 40 km west of Testford."
    (s,) = [x for x in statements_in(text) if x.kind == "distance"]
    r = _resolver([*towns, capital], countries=("GB", "FK"))
    assert "several places" in r.fact(s, (0, 0)).problem  # no sentence to go by
    r.context = text
    f = r.fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is capital
    r.context = "The garrison's airfield lies some 40 km west of Testford."
    assert "several places" in r.fact(s, (0, 0)).problem  # no country named: no answer


def test_of_namesakes_the_one_in_a_province_the_sentences_name():
    # (real points: New Hampshire's Portsmouth, Virginia's four times bigger one)
    north = Place("geonames:64", "Testmouth", 43.07, -70.76, "US", None, "PPL", 21_000)
    south = Place("geonames:65", "Testmouth", 36.84, -76.30, "US", None, "PPL", 95_000)
    text = ("The New Hampshire Air National Guard's tankers fly from the base, about 5 km "
            "west of Testmouth.")
    (s,) = [x for x in statements_in(text) if x.kind == "distance"]
    r = _resolver([north, south], countries=("US",))
    assert "several places" in r.fact(s, (0, 0)).problem
    r.context = text
    f = r.fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is north
    r.context = text.replace("New Hampshire", "Virginia")
    assert r.fact(s, (0, 0)).anchor.place is south
    r.context = text.replace("New Hampshire", "Virginia and New Hampshire")
    assert "several places" in r.fact(s, (0, 0)).problem  # two named: no answer


def test_the_namesake_in_the_province_the_sentence_names_beats_the_countries_order():
    # "in the Celle district of Lower Saxony and about 28 km north-east of Celle", after a
    # sentence on France: Germany's Celle (real points), not a French village GeoNames
    # also calls so
    de = Place("geonames:70", "Testcelle", 52.62, 10.08, "DE", None, "PPL", 71_000)
    fr = Place("geonames:71", "Testcelle-Levescault", 46.42, 0.19, "FR", None, "PPL", 1_100,
               alternate_names=("Testcelle",))
    text = ("The Testerhof plant, in the Testcelle district of Lower Saxony and about 28 km "
            "north-east of Testcelle, makes shells.")
    (s,) = [x for x in statements_in(text) if x.kind == "distance"]

    def named(name):
        return [p for p in (de, fr) if name.lower() in
                {p.name.lower(), *(a.lower() for a in p.alternate_names)}]
    r = Resolver(named, lambda name: None, ["FR", "DE"], regions)
    r.context = text
    assert r.fact(s, (0, 0)).anchor.place is de
    # with no province named, the own name and the bigger place still beat the order
    r.context = text.replace(" of Lower Saxony", "")
    assert r.fact(s, (0, 0)).anchor.place is de


def test_the_city_after_an_air_force_base_named_after_it_is_that_city():
    # (real points: Minot, North Dakota and its namesake in Maine; Great Falls, Montana,
    # named before in the sentence, and Virginia's)
    def town(n, name, lat, lon, people):
        return Place(f"geonames:{n}", name, lat, lon, "US", None, "PPL", people,
                     feature_class="P")

    north, maine = town(66, "Testot", 48.23, -101.30, 49_000), town(67, "Testot", 44.09,
                                                                    -70.32, 2_300)
    falls, falls_va = town(68, "Testfalls", 47.50, -111.30, 59_000), town(69, "Testfalls",
                                                                          39.0, -77.29, 15_000)
    text = ("Testmalm Air Force Base, about 9 km east of downtown Testfalls, Montana, oversees "
            "the largest field, and Testot Air Force Base, roughly 20 km north of the city in "
            "North Dakota, follows it.")
    (s,) = [x for x in statements_in(text) if x.anchor == "the city"]
    r = _resolver([north, maine, falls, falls_va], countries=("US",))
    r.context = text
    f = r.fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is north


def test_a_state_that_bears_a_countrys_name_qualifies_a_town_of_a_report_on_its_country():
    # (real points: Columbus, Georgia, and Columbus, Ohio; "Georgia" is also a country's
    # name, which a report on US posts does not mean here)
    georgia, ohio = (Place(f"geonames:{n}", "Testcolumbus", lat, lon, "US", None, "PPL", people,
                           feature_class="P")
                     for n, lat, lon, people in ((70, 32.46, -84.99, 200_000),
                                                 (71, 39.96, -83.00, 900_000)))
    (s,) = statements_in("The post, about 9 miles south of Testcolumbus, Georgia, trains "
                         "infantry.")
    assert s.extra.get("qualifier") == "Georgia"
    f = _resolver([georgia, ohio], countries=("US",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is georgia
    # and the country is still the country: no Testcolumbus there
    (s,) = statements_in("The post, about 9 miles south of Testcolumbus, Armenia, trains "
                         "infantry.")
    assert "no 'Testcolumbus' in Armenia" in _resolver([georgia, ohio],
                                                       countries=("US",)).fact(s, (0, 0)).problem


def test_a_town_of_several_is_the_one_the_reports_dateline_puts_in_its_state():
    # (real points: Fayetteville, North Carolina, and Fayetteville, Arkansas)
    carolina, arkansas = (Place(f"geonames:{n}", "Testeville", lat, lon, "US", None, "PPL",
                                people, feature_class="P")
                          for n, lat, lon, people in ((72, 35.05, -78.88, 210_000),
                                                      (73, 36.06, -94.16, 95_000)))
    lead = "Army post keeps its name\n\nTESTEVILLE, N.C. (Example Wire) — Work crews began.\n"
    (s,) = statements_in("The post lies 15 km north-west of Testeville.")
    r = _resolver([carolina, arkansas], countries=("US",))
    assert "several places named 'Testeville'" in r.fact(s, (0, 0)).problem
    r.report = lead
    assert r.fact(s, (0, 0)).anchor.place is carolina
    r.report = lead.replace("N.C.", "Ark.")
    assert r.fact(s, (0, 0)).anchor.place is arkansas
    r.report = lead.replace("TESTEVILLE", "OTHERTON")  # a dateline of another town
    assert "several places named 'Testeville'" in r.fact(s, (0, 0)).problem


def test_a_heading_naming_a_province_tells_a_town_of_its_section_from_its_namesakes():
    # "--- TEXAS ---" over a state's historical markers: "Seven miles north of Bastrop,
    # Camp Swift opened" is Texas's Bastrop, not Louisiana's
    carolina, arkansas = (Place(f"geonames:{n}", "Testeville", lat, lon, "US", None, "PPL",
                                people, feature_class="P")
                          for n, lat, lon, people in ((72, 35.05, -78.88, 210_000),
                                                      (73, 36.06, -94.16, 95_000)))
    sentence = "Seven miles north of Testeville, Camp Tallow opened in 1942."
    (s,) = statements_in(sentence)
    r = _resolver([carolina, arkansas], countries=("US",))
    for heading, place in (("--- ARKANSAS ---", arkansas), ("## North Carolina", carolina)):
        r.report = f"Markers\n\n--- OHIO ---\nCAMP KESK\nIn Kesk.\n\n{heading}\nCAMP TALLOW\n"
        r.at = len(r.report)
        r.report += sentence + "\n\n--- ALASKA ---\n"
        assert r.fact(s, (0, 0)).anchor.place is place
    # a dateline's bare state is no heading, and a heading naming no region ends a section
    for report in (f"Tests resume\n\nARKANSAS\n\n{sentence}\n",
                   f"Markers\n\n--- ARKANSAS ---\nCAMP KESK\n\n--- OHIO AND ALASKA ---\n"
                   f"{sentence}\n"):
        r.report, r.at = report, len(report) - len(sentence) - 1
        assert "several places named 'Testeville'" in r.fact(s, (0, 0)).problem
    r.at = 0  # (a sentence above the headings, of a report naming both states)
    r.report = "Markers\n\n--- ARKANSAS ---\nCAMP KESK\n\n--- NORTH CAROLINA ---\nCAMP TALLOW\n"
    assert "several places named 'Testeville'" in r.fact(s, (0, 0)).problem


def test_a_place_the_gazetteer_lacks_written_with_the_city_it_is_in():
    (s,) = statements_in("The marines will move to the camp at Testhama, Testville City, "
                         "in the north.")
    assert (s.kind, s.anchor, s.extra.get("qualifier")) == ("in", "Testhama", "Testville City")
    f = _resolver([TOWN]).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is TOWN
    assert f.constraint.contains(TOWN.lon, TOWN.lat) and f.constraint.radius_m > NEAR_M
    (s,) = statements_in("The marines will move to the camp at Testhama, Testville, in the north.")
    assert "not in the gazetteer" in _resolver([TOWN]).fact(s, (0, 0)).problem


def test_a_name_without_the_arabic_article_geonames_writes_is_tried_with_it():
    from catalog.ingest.locations import transliterations

    assert "Al Qamishli" in transliterations("Qamishli")
    assert transliterations("Al-Qamishli") == [] and transliterations("Tall Afar") == []


def test_the_capital_a_sentence_names_is_the_capital_it_means():
    # "• Kossei air base, N'Djamena, Chad — on the northern edge of the capital", after an
    # item about Niger, in a report whose countries are Niger's
    ndjamena = Place("geonames:2427123", "N'Djamena", 12.1067, 15.0444, "TD", None, "PPLC",
                     721_000)
    niamey = Place("geonames:2440485", "Niamey", 13.5137, 2.1098, "NE", None, "PPLC", 774_000)
    text = ("• Dirkou airfield, Niger, is a refuelling stop.\n• Kossei air base, N'Djamena, "
            "Chad — on the northern edge of the capital.")
    (s,) = [st for st in statements_in(text) if st.anchor == "the capital"]
    r = _resolver([ndjamena, niamey], countries=("NE",))
    r.context = text
    assert r.fact(s, (0, 0)).anchor.label.startswith("N'Djamena")
    r.context = "• Tallow air base — on the northern edge of the capital."
    assert r.fact(s, (0, 0)).anchor.label.startswith("Niamey")


def test_a_province_two_of_the_reports_countries_have_is_the_one_the_sentence_says():
    (s,) = statements_in("The base lies in Punjab province.")
    r = _resolver([], countries=("IN", "PK"))
    r.context = "Satellite images showed JF-17s of the Pakistan Air Force there."
    f = r.fact(s, (0, 0))
    assert f.problem is None and f.country == "PK"
    r.context = "Satellite images showed jets there."
    f = r.fact(s, (0, 0))
    assert f.constraint is None and "several of the report's countries" in f.problem
    # one country of the report: its province, as before
    assert _resolver([], countries=("IN",)).fact(s, (0, 0)).country == "IN"


def test_a_province_spelled_with_its_accents_is_the_one_so_spelled():
    # Brazil's Pará, not Suriname's Para, though the sentences around name only Suriname
    (s,) = [st for st in statements_in("The platoon is in the far north of Pará state, near "
                                       "the Suriname border.") if st.kind == "admin"]
    r = _resolver([], countries=("BR", "SR"))
    r.context = "The platoon is near the Suriname border."
    f = r.fact(s, (0, 0))
    assert f.problem is None and f.country == "BR"
    # without the accent, the sentences around say whose
    (s,) = [st for st in statements_in("The platoon is in Para state.") if st.kind == "admin"]
    assert r.fact(s, (0, 0)).country == "SR"


@pytest.mark.parametrize("sentence, kind", [
    # "in the far north of Pará state": inside the province
    ("The platoon lies in the far north of Tallow state.", "admin"),
    ("The range lies in the extreme south-west of Tallow province.", "admin"),
    # ... "in the far north-west of Kiruna": far out from the town, on that side
    ("The radar lies in the far north-west of Tallow.", "distance"),
])
def test_in_the_far_north_of_a_province_is_in_it(sentence, kind):
    (s,) = statements_in(sentence)
    assert (s.kind, s.anchor) == (kind, "Tallow")


@pytest.mark.parametrize("text, anchor", [
    ("(The reactor is often wrongly placed at Kesk; the Tallow plant is a separate site.)",
     "Kesk"),
    ("The Tallow plant is the only one in the region; Holtvik, in Chukotka, is far off.",
     "Chukotka"),
])
def test_a_statement_of_where_a_site_is_not_or_of_another_town_places_no_site(text, anchor):
    from catalog.ingest.locations import Ref, describes_another_thing

    (st,) = [s for s in statements_in(text) if s.anchor == anchor]
    i = text.index("Tallow")
    assert describes_another_thing(text, st, [Ref("x", i, i + len("Tallow plant"))])


@pytest.mark.parametrize("sentence, anchor", [
    # a sentence's capitalised "In" or "Within" is the preposition, not the area's name
    ("In Tallow Prefecture, the Kesk plant restarted.", "Tallow"),
    ("Within Tallow Province the base grew.", "Tallow"),
    ("The base lies in Tallow Province.", "Tallow"),
])
def test_an_area_opening_a_sentence_is_named_without_its_preposition(sentence, anchor):
    (s,) = [s for s in statements_in(sentence) if s.kind == "admin"]
    assert s.anchor == anchor


@pytest.mark.parametrize("sentence, anchor, qualifier", [
    # a Dutch or German particle inside a town's name
    ("The base lies about 6 km south-east of Bergen op Zoom.", "Bergen op Zoom", None),
    ("It lies 20 km west of Frankfurt am Main.", "Frankfurt am Main", None),
    # a saint's or a mount's short word inside it, not a sentence's end
    ("Tallow AFB  MI   about 30 km S of Sault Ste. Marie     1977", "Sault Ste. Marie", None),
    ("It lies 10 km north of St. Louis.", "St. Louis", None),
    # a table's cell ends the region written after the town
    ("Tallow AFB   NY   about 5 km NE of Rome, New York     1995   airport", "Rome", "New York"),
])
def test_a_towns_name_with_a_particle_or_a_saint_and_its_region_in_a_table(
        sentence, anchor, qualifier):
    (s,) = [s for s in statements_in(sentence) if s.kind == "distance"]
    assert (s.anchor, s.extra.get("qualifier")) == (anchor, qualifier)


def test_a_county_named_in_an_airports_name_is_no_statement():
    assert [s.kind for s in statements_in("Now Chippewa County International Airport.")] == []
    assert [s.kind for s in statements_in("It is in Chippewa County.")] == ["admin"]


def test_a_us_state_after_a_town_qualifies_it_before_a_clauses_and():
    # "about 15 km south-east of Columbia, South Carolina, and Global Nuclear Fuel is ..."
    (s,) = statements_in("Testco runs a plant about 15 km south-east of Testville, South "
                         "Carolina, and Otherco is expanding its mill.")
    assert s.extra.get("qualifier") == "South Carolina"
    # a list of towns is no town and its region
    (s,) = statements_in("Bases lie 20 km north of Testville, Testburg and Kesk.")
    assert "qualifier" not in s.extra


def test_a_province_name_does_not_reach_across_an_aligned_tables_columns():
    # "Nevada National Security Site         Nye County, Nevada": the cell's county alone
    line = "  Tallow National Security Site         Nye County, Nevada         subcritical"
    (s,) = [s for s in statements_in(line) if s.kind == "admin"]
    assert s.anchor == "Nye"


def test_a_name_spelt_as_written_among_namesakes_spelt_otherwise():
    def resolver(places, countries):  # the gazetteer's way: names equal by match_key
        return Resolver(lambda name: [p for p in places if match_key(p.name) == match_key(name)],
                        lambda name: None, list(countries), regions)

    # "north-east of Newquay": the town, not the small "New Quay" elsewhere
    town = Place("geonames:31", "Seaquay", 50.4, -5.07, "GB", None, "PPL", 20_000)
    spaced = Place("geonames:32", "Sea Quay", 52.2, -4.36, "GB", None, "PPL", 700)
    (s,) = statements_in("The spaceport lies about 6 km north-east of Seaquay.")
    f = resolver([town, spaced], ("GB",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is town
    # two spelt as written, neither standing out: no answer
    twin = Place("geonames:33", "Seaquay", 52.2, -4.36, "GB", None, "PPL", 7_000)
    f = resolver([town, twin], ("GB",)).fact(s, (0, 0))
    assert f.constraint is None and "several places" in f.problem
    # a bigger place spelt as written outside the report's country: no answer either
    # ("George Town" of Tasmania, and Penang's)
    ours = Place("geonames:34", "Kings Town", -41.1, 146.8, "AU", None, "PPL", 5_000)
    other = Place("geonames:35", "Kingstown", -30.0, 150.0, "AU", None, "PPL", 900)
    abroad = Place("geonames:36", "Kings Town", 5.41, 100.33, "MY", None, "PPL", 700_000)
    (s,) = statements_in("The base lies about 9 km north-east of Kings Town.")
    f = resolver([ours, other, abroad], ("AU",)).fact(s, (0, 0))
    assert f.constraint is None and "several places" in f.problem


def test_a_sea_after_the_anchor_with_in_is_no_province():
    # "in the Bay of Bengal": a sea ("Bay" is a Somali province's name too)
    s = next(x for x in statements_in(
        "The island lies about 35 km east of Twinport in the Bay of Bengal.")
        if x.kind == "distance")
    f = _resolver([TWIN_WA], countries=("US",)).fact(s, (0, 0))
    assert f.problem is None and f.anchor.place is TWIN_WA


def _by_key(places):
    """A gazetteer lookup by any of a place's names, as the catalogue's is."""
    def named(name):
        k = match_key(name)
        return [p for p in places if k in {match_key(n) for n in (p.name, *p.alternate_names)}]
    return named


def test_a_town_written_with_its_state_is_not_a_province_of_its_name_abroad():
    # "Norfolk Naval Shipyard in Portsmouth, Virginia" in a report that speaks of Britain
    # too: Virginia's city, not England's unitary authority of that name
    (s,) = statements_in("The Tallow Naval Shipyard in Portsmouth, Virginia, is busy.")
    r = Resolver(regions_and, lambda name: None, ["US", "GB"], regions)
    f = r.fact(s, (0, 0))
    assert f.country == "US" and f.anchor is not None and f.anchor.place is VIRGINIAN


VIRGINIAN = Place("geonames:4779999", "Portsmouth", 36.835, -76.298, "US", "VA", "PPL",
                  96_201)


def regions_and(name):
    """The shipped provinces of a name (England's "Portsmouth") and the Virginian city."""
    out = [Place("ne-adm1:GBR-2759", "Portsmouth", 50.80, -0.98, "GB", "GB-POR", "ADM1",
                 None)] if match_key(name) == "portsmouth" else []
    if match_key(name) == "virginia":
        out.append(Place("ne-adm1:USA-3526", "Virginia", 37.5, -78.8, "US", "US-VA", "ADM1",
                         None))
    return out + ([VIRGINIAN] if match_key(name) == "portsmouth" else [])


def test_an_adverb_before_in_keeps_the_statement_the_sites():
    # "Portsmouth Naval Shipyard, which is actually in Kittery, Maine": the shipyard's place
    text = "The Tallow Naval Shipyard, which is actually in Testville, lies on a river."
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("tallow", 4, 26)])


def test_a_compass_word_before_a_towns_name_reads_in_that_town():
    (s,) = statements_in("The Tallow reactor in south-east Testville is run by students.")
    assert (s.kind, s.anchor, s.extra.get("part")) == ("in", "Testville", "south-east")


def test_a_name_spelt_like_a_cities_code_is_no_name_of_that_city():
    # "Reed" (of the Reed Research Reactor) spelt "Rid" is not "RID", Richmond's airport
    richmond = Place("geonames:4263681", "Richmond", 39.83, -84.89, "US", "IN", "PPL",
                     35_720, alternate_names=("RID", "Smithville"))
    r = Resolver(_by_key([richmond]), lambda name: None, ["US"], regions)
    assert r.place("Reed")[0] is None
    assert r.place("Smithville")[0] is richmond


def test_a_world_city_of_another_of_the_reports_countries_outweighs_small_towns():
    # "about 75 km south-east of Houston" in a report on Canada's and the United States'
    # laboratories: Texas' city of millions, not a town of 3,000 in British Columbia
    texan = Place("geonames:4699066", "Testopolis", 29.76, -95.36, "US", "TX", "PPL",
                  2_314_157)
    canadian = Place("geonames:5977783", "Testopolis", 54.40, -126.67, "CA", "02", "PPL",
                     2_993)
    (s,) = statements_in("It lies about 75 km south-east of Testopolis.")
    f = _resolver([canadian, texan], countries=("CA", "US")).fact(s, (0, 0))
    assert f.anchor is not None and f.anchor.place is texan


def test_a_capital_of_another_of_the_reports_countries_outweighs_villages():
    # "in Georgetown" in a notice that names Belize a little more often than Guyana:
    # Guyana's capital, not a Belizean village of 700
    capital = Place("geonames:3378644", "Testtown", 6.80, -58.16, "GY", "12", "PPLC", 235_017)
    village = Place("geonames:3582045", "Testtown", 16.65, -88.51, "BZ", "05", "PPL", 659)
    (s,) = statements_in("The camp is in Testtown.")
    f = _resolver([village, capital], countries=("BZ", "GY")).fact(s, (0, 0))
    assert f.anchor is not None and f.anchor.place is capital
    # (a town of the first country is no village: the report means it)
    town = dataclasses.replace(village, population=12_000)
    f = _resolver([town, capital], countries=("BZ", "GY")).fact(s, (0, 0))
    assert f.anchor is not None and f.anchor.place is town


def test_a_town_of_another_of_the_reports_countries_outweighs_a_hundredfold_smaller_village():
    # "on the western edge of Néma" in a report on West Africa naming Côte d'Ivoire more
    # often than Mauritania: Mauritania's town of 60,000, not an Ivorian village of 580
    town = Place("geonames:2377457", "Testnema", 16.617, -7.256, "MR", "01", "PPL", 60_000)
    village = Place("geonames:2", "Testnema", 7.848, -3.372, "CI", "01", "PPL", 580)
    (s,) = statements_in("The airfield is on the western edge of Testnema.")
    f = _resolver([village, town], countries=("CI", "MR")).fact(s, (0, 0))
    assert f.anchor is not None and f.anchor.place is town
    # (a town of 15,000 is not enough, nor one of 40,000 beside a village of 900)
    for pop_town, pop_village in ((15_000, 100), (40_000, 900)):
        f = _resolver([dataclasses.replace(village, population=pop_village),
                       dataclasses.replace(town, population=pop_town)],
                      countries=("CI", "MR")).fact(s, (0, 0))
        assert f.anchor is None or f.anchor.place.country == "CI"


def test_a_province_named_nearby_does_not_pick_a_small_namesake_of_a_dominant_city():
    # "in south-east Portland" a sentence after one on a Texas university: not Portland,
    # Texas (16,000), where Oregon's Portland is forty times as big
    big = Place("geonames:5746545", "Testland", 45.52, -122.68, "US", "OR", "PPL", 652_503)
    small = Place("geonames:4720131", "Testland", 27.88, -97.32, "US", "TX", "PPL", 16_116)
    r = _resolver([big, small], countries=("US",))
    r.context = "The Texas reactor is big. The Tallow reactor in south-east Testland is not."
    assert r._in_a_province_named_around("Testland", [big, small]) is None
    small2 = Place("geonames:5", "Testland", 27.88, -97.32, "US", "TX", "PPL", 90_000)
    assert r._in_a_province_named_around("Testland", [big, small2]) is small2


def test_a_province_abroad_gives_way_to_a_big_city_of_the_reports_main_country():
    # "in south-east Portland" in a report on the United States that names Jamaica once:
    # not Jamaica's parish of that name
    city = Place("geonames:5746545", "Testland", 45.52, -122.68, "US", "OR", "PPL", 652_503)
    parish = Place("ne-adm1:JAM-1378", "Testland", 18.12, -76.50, "JM", "JM-04", "ADM1", None)
    (s,) = statements_in("The Tallow reactor in south-east Testland is run by students.")
    r = Resolver(_by_key([city, parish]), lambda name: None, ["US", "JM"], regions,
                 {"US": 9, "JM": 1})
    f = r.fact(s, (0, 0))
    assert f.country != "JM"


def test_a_name_written_without_its_stroke_is_the_citys_own():
    # "in the highland city of Da Lat": Vietnam's Ðà Lạt, not a Chinese village GeoNames
    # also calls Dalat
    city = Place("geonames:1584071", "Ðà Lạt", 11.95, 108.44, "VN", "68", "PPL", 258_014,
                 alternate_names=("Da Lat", "Dalat"))
    village = Place("geonames:2034758", "Shulinzhao", 40.39, 110.03, "CN", "20", "PPL", 0,
                    alternate_names=("Da Lat", "Dalat"))
    r = Resolver(_by_key([city, village]), lambda name: None, ["CN", "VN"], regions,
                 {"CN": 2, "VN": 2})
    assert r.place("Da Lat")[0] is city


@pytest.mark.parametrize("text, other", [
    # "Brazil presented work at the Centro ... Nuclear (CDTN) in Belo Horizonte": the
    # centre's place, named with its initials, not the site's named before
    ("The Tallow reactor closed, and Brazil presented work at the Centro de Kesk Nuclear "
     "(CDTN) in Testville.", True),
    # ... but "the new launch complex of the Centre Spatial Guyanais (CSG) near Kourou": the
    # site is where what it belongs to is
    ("The Tallow pad, the new launch complex of the Centre Spatial Kesk (CSK) near "
     "Testville, is busy.", False),
])
def test_a_name_and_its_initials_before_a_statement_is_placed_by_it(text, other):
    (s,) = statements_in(text)
    assert describes_another_thing(text, s, [Ref("tallow", 4, 18)]) is other


def test_on_a_peninsula_or_an_island_is_read_as_in_its_province():
    (s,) = [x for x in statements_in("The base at Tallow, on Testland, hosts boats.")
            if x.extra.get("on")]
    assert (s.kind, s.anchor, s.words) == ("in", "Testland", "on Testland")
    assert statements_in("It opened, on Monday.") == []
    assert statements_in("Drones struck on Testland.") == []  # a verb's object


@pytest.mark.parametrize("text, ref_end", [
    # "the JASON reactor at the Royal Naval College in Greenwich": the host's place
    ("The Tallow reactor at the Royal Naval College in Testville was shut.", 18),
    ("The Tallow reactor at the naval college in Testville was shut.", 18),
    ("The Tallow reactor, at the university's old campus in Testville, was shut.", 18),
    # "the BME Training Reactor of the Budapest University of Technology and Economics in
    # Budapest"; "the R1 reactor, built 25 metres below the Royal Institute of Technology in
    # central Stockholm"
    ("The Tallow reactor of the Testville University of Science and Arts in Testville runs.",
     18),
    ("The Tallow reactor, built 25 metres below the Royal Institute of Testing in Testville, "
     "was shut.", 18),
    # ... what it is before its host: "The RA-4, a zero-power reactor of the National
    # University in Rosario"
    ("The Tallow, a zero-power reactor of the National University in Testville, was shut.",
     10),
])
def test_in_after_the_host_a_site_stands_at_places_the_site(text, ref_end):
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("tallow", 4, ref_end)])


@pytest.mark.parametrize("text", [
    "Its centrepiece is a wing of the F-117 shot down near Testville.",
    "The pilot of the jet that crashed about 5 km north of Testville is buried in Holt.",
    "The Tallow base commander was born in Testville.",
])
def test_where_an_event_happened_places_no_site(text):
    """"a wing section of the F-117 shot down near Buđanovci" in a paragraph on a museum:
    where the jet fell, not where the museum is."""
    st = next(s for s in statements_in(text) if s.anchor == "Testville")
    assert describes_another_thing(text, st, [Ref("tallow", 0, 3)])


@pytest.mark.parametrize("text, reach", [
    ("The division, based at Fort Tallow in Kesk, and the task force, which covers Testville "
     "province, were reinforced.", True),
    ("The brigade at Fort Tallow is responsible for the Testville region.", True),
    # ... not a province the site is in, nor one after a force's name or a post's patrols
    ("Fort Tallow, in Testville province, was reinforced.", False),
    ("Fort Tallow, the missile base of the Revolutionary Guards in Testville province, grew.",
     False),
    ("Fort Tallow, which patrols Testville province, grew.", False),
])
def test_the_area_a_command_answers_for_places_no_site(text, reach):
    """"the Naresuan Task Force, which covers Tak province": not where Fort Surasi, in
    Kanchanaburi, stands."""
    st = next(s for s in statements_in(text) if s.anchor == "Testville")
    i = text.index("Fort Tallow")
    assert describes_another_thing(text, st, [Ref("tallow", i, i + 11)]) is reach


@pytest.mark.parametrize("text", [
    "The Tallow Disposal Facility, where waste is buried near Testville, opened in 1992.",
    "The Tallow mine, its two shafts sunk near Testville in 1958, closed.",
])
def test_what_a_site_holds_or_was_dug_is_where_it_is(text):
    st = next(s for s in statements_in(text) if s.anchor == "Testville")
    assert not describes_another_thing(text, st, [Ref("tallow", 4, 10)])


def test_in_after_another_thing_still_places_that_thing():
    text = "The Tallow reactor supplies farmers in Testville."
    (s,) = statements_in(text)
    assert describes_another_thing(text, s, [Ref("tallow", 4, 18)])


def test_in_after_a_sites_other_name_set_off_by_a_comma_places_the_site():
    # "ROF Cardiff, the former Royal Ordnance Factory in Cardiff"
    text = "Tallow Works, the former Royal Testing Factory in Testville, made fuses."
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("tallowworks", 0, 12)])
    other = "Tallow Works, like Royal Testing Factory in Testville, made fuses."
    (s,) = statements_in(other)
    assert describes_another_thing(other, s, [Ref("tallowworks", 0, 12)])


def test_in_after_the_place_a_site_is_at_places_the_site():
    # "the former Royal Ordnance Factory at Llanishen in Cardiff": Llanishen's place
    text = "Tallow Works, the fuse factory at Smallplace in Testville, closed."
    st = [s for s in statements_in(text) if s.anchor == "Testville"]
    assert st and not describes_another_thing(text, st[0], [Ref("tallowworks", 0, 12)])


def test_in_after_an_apposition_with_an_owners_possessive_places_the_site():
    # "Atomflot, the service base for Russia's nuclear icebreakers in Murmansk"
    text = "Tallowflot, the service base for Testland's icebreakers in Testville, grew."
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("tallowflot", 0, 10)])


def test_in_after_a_names_apposition_of_facility_words_places_the_site():
    # "Zorbin Works, a missile plant in Semey": what the site is, and where
    text = "Tallow Works, a missile plant in Testville, is busy."
    (s,) = statements_in(text)
    assert not describes_another_thing(text, s, [Ref("tallowworks", 0, 12)])
    other = "Tallow Works and a missile plant in Testville are busy."
    (s,) = statements_in(other)
    assert describes_another_thing(other, s, [Ref("tallowworks", 0, 12)])


def test_a_region_written_with_its_article_is_read_as_in_it():
    # "the Melox plant in the Gard, where it is mixed": in the département
    text = "The Tallow plant in the Kesk, where fuel is made, is busy."
    (s,) = statements_in(text)
    assert (s.kind, s.anchor, s.extra.get("the")) == ("in", "Kesk", True)
    assert statements_in("The fuel goes to the Tallow plant in the Kesk Works daily.") == []


def test_a_region_with_its_article_is_no_lone_province_abroad():
    # "France's only permanent base in the Gulf.": no province of Papua New Guinea
    gulf = Place("ne-adm1:PNG-1", "Gulf", -7.5, 144.0, "PG", "PG-GPK", "ADM1", None)
    r = Resolver(_by_key([gulf]), lambda name: None, ["AE", "FR"], regions)
    (s,) = statements_in("It is France's only permanent base in the Gulf.")
    f = r.fact(s, (0, 0))
    assert f.constraint is None and f.country != "PG"


@pytest.mark.parametrize("text, how", [
    # "Next door, the Centre de la Manche, ... closed": by the site named before
    ("Next door, the Tallow store closed in 1994.", "next door"),
    ("Kesk is also building Tallow, a research reactor, on the same site.", "on the same site"),
    ("Its successor is being built on the neighbouring plot.", "on the neighbouring plot"),
])
def test_next_door_and_the_same_site_speak_of_the_site_named_before(text, how):
    (s,) = statements_in(text)
    assert (s.kind, s.anchor, s.extra.get("how"), s.extra.get("of_it")) == \
        ("near", None, how, True)


def test_an_irish_county_written_short_qualifies_a_town():
    # "Custume Barracks in Athlone, Co. Westmeath, is the headquarters"
    (s,) = statements_in("Tallow Barracks in Testville, Co. Kesk, is the headquarters.")
    assert (s.anchor, s.extra.get("qualifier")) == ("Testville", "Kesk")


def test_a_czech_towns_name_goes_on_after_nad_or_pod():
    # "about 6 km south-west of Týn nad Vltavou": read so when the gazetteer has it (not
    # "Týn", which GeoNames gives Týn nad Bečvou too)
    (s,) = statements_in("It lies about 6 km south-west of Kesk nad Tallowou, it said.")
    assert (s.anchor, s.extra.get("longer")) == ("Kesk", "Kesk nad Tallowou")


def test_a_state_written_as_its_country_writes_it_qualifies_a_town():
    # "in Boca del Río, estado Aragua": the state of Aragua
    (s,) = statements_in("The jets are at the base in Testville, estado Kesk, since 2024.")
    assert (s.anchor, s.extra.get("qualifier")) == ("Testville", "Kesk")
    (s,) = statements_in("The jets are at the base in Testville, provincia de Kesk.")
    assert (s.anchor, s.extra.get("qualifier")) == ("Testville", "Kesk")


def test_on_an_island_opening_a_sentence_is_where_it_speaks_of():
    # "On Tinian, contractors have begun clearing ground at Tinian International Airport,
    # about 3 km north of San Jose": the island's (a province's name only: see
    # Resolver.fact), not a day's
    got = [(s.kind, s.anchor, s.extra.get("on")) for s in statements_in(
        "Work began. On Kesk, contractors cleared ground about 3 km north of Testville.")]
    assert ("in", "Kesk", True) in got
    assert [s.anchor for s in statements_in("On Monday, the base was hit.")] == []


def test_an_anchor_stops_at_a_tables_next_column():
    """A table aligned with spaces: "in Kaduna" is the place, "Nigeria" the next column
    (a hard-wrapped line's break and indent, read on one line, are no column's gap)."""
    row = "  Tallow Defence Academy, in Kesk                 Orvale                 15"
    assert [(s.kind, s.anchor) for s in statements_in(row)] == [("in", "Kesk")]
    wrapped = "It stands in Inner   Mongolia, the report says."
    assert ("in", "Inner Mongolia") in [(s.kind, s.anchor) for s in statements_in(wrapped)]


def test_the_land_a_site_stands_on_before_at_x_is_the_sites_place():
    """"a radar station on a headland at Sinop": the station is at Sinop; "targets on a
    list at Kesk" are not the station's."""
    text = "Tallow Station: a radar station on a headland at Kesk, on the coast."
    s = next(x for x in statements_in(text) if x.anchor == "Kesk")
    assert not describes_another_thing(text, s, [Ref("Tallow Station", 0, 14)])
    text = "Tallow Station tracked the trucks in a convoy at Kesk."
    s = next(x for x in statements_in(text) if x.anchor == "Kesk")
    assert describes_another_thing(text, s, [Ref("Tallow Station", 0, 14)])


def test_the_named_place_a_site_stands_on_is_where_the_site_is():
    """"the Tallow Naval Shipyard on the Golden Horn in Istanbul": in Istanbul; "not to be
    confused with the Holt Airport near Kesk" is not."""
    text = "The navy's yard, the Tallow Naval Shipyard on the Golden Horn in Istanbul, is old."
    s = next(x for x in statements_in(text) if x.anchor == "Istanbul")
    ref = Ref("tallow", text.index("Tallow"), text.index(" on the"))
    assert not describes_another_thing(text, s, [ref])
    text = "The Tallow Naval Shipyard, not the Golden Horn Airport in Istanbul, is old."
    s = next(x for x in statements_in(text) if x.anchor == "Istanbul")
    assert describes_another_thing(text, s, [Ref("tallow", 4, 26)])


def test_a_towns_state_is_read_before_a_bracket():
    (s,) = [s for s in statements_in("It stood in Jacksonville, Arkansas (308th Wing), then.")
            if s.anchor == "Jacksonville"]
    assert s.extra["qualifier"] == "Arkansas"


def test_a_capital_named_like_its_country_is_read_where_written_as_a_city():
    # "about 5 km south-south-east of central Djibouti": the capital, not the country
    country = Place("geonames:223816", "Testland", 11.8, 42.5, "DJ", None, "PCLI", 900_000)
    capital = Place("geonames:223817", "Testland", 11.589, 43.145, "DJ", "DJ", "PPLC", 623_891)
    for text, expected in (("It lies about 5 km south-south-east of central Testland.", capital),
                           ("Jets fly from Testland City, 5 km south of central Testland.",
                            capital),
                           ("It lies about 5 km south-south-east of Testland.", None)):
        r = _resolver([country, capital], countries=("DJ",))
        r.context = text
        s = next(s for s in statements_in(text) if s.kind == "distance")
        f = r.fact(s, (0, 0))
        assert (f.anchor.place if f.anchor is not None else None) is expected, text


def test_a_city_abroad_that_outweighs_its_namesakes_needs_no_country():
    # "just north of the old city of Kano" in a report that never names Nigeria: the city
    # of millions, not Japan's Kanō of 16,000 (two far-apart towns of one size stay
    # unsettled)
    city = Place("geonames:2335204", "Testkano", 12.0, 8.517, "NG", "29", "PPL", 4_910_000)
    town = Place("geonames:2", "Testkano", 35.6, 136.9, "JP", "01", "PPL", 15_697)
    (s,) = statements_in("The airfield lay just north of the old city of Testkano.")
    f = _resolver([town, city], countries=("SD", "EG")).fact(s, (0, 0))
    assert f.anchor is not None and f.anchor.place is city
    twin = dataclasses.replace(town, population=1_000_000)
    f = _resolver([twin, city], countries=("SD", "EG")).fact(s, (0, 0))
    assert f.anchor is None


def _one_site_of(cat, tmp_path, text):
    """The one candidate site a report of ``text`` makes."""
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    ingest(cat, [p])
    (s,) = cat.sites(("candidate",))
    return s


def test_a_statement_set_off_after_another_name_before_the_site_is_that_names(empty, tmp_path):
    # "Huta Stalowa Wola, in Stalowa Wola, ..., while the Fabryka Broni Łucznik, in Radom":
    # the first "in" is the steelworks', no part of the arms works' place (but "RAF Kesk,
    # about 6 km north-west of X, became Kesk Station": a facility's name, the site's own)
    s = _one_site_of(empty, tmp_path,
                     "The programmes depend on Huta Stalowa Wola, in Stalowa Wola, which opened "
                     "a new hall, while the Fabryka Broni Kesk, in Radom, has moved to three "
                     "shifts to produce rifles for the army.\n")
    assert s.name == "Fabryka Broni Kesk" and s.lat is not None
    assert distance_m(s.lon, s.lat, 21.15, 51.40) <= s.precision_m  # Radom, not between


def test_a_settlements_word_after_its_name_keeps_the_province_after_it(empty, tmp_path):
    # "in Tokai village in Ibaraki": the province of the village just named (two Tokais in
    # Japan), not the place of a "village" spoken of
    s = _one_site_of(empty, tmp_path,
                     "Japan reprocessed spent fuel for years.\n\nThe Tallow Reprocessing Plant, "
                     "in Tokai village in Ibaraki, ran from 1977 to 2007.\n")
    assert s.lat is not None and distance_m(s.lon, s.lat, 140.56, 36.47) <= s.precision_m


@pytest.mark.parametrize("text, said", [
    ("It is in the Indian state of Gujarat.", [("admin", "Gujarat")]),
    ("It lies in the Mexican state of Sonora, near Hermosillo.",
     [("admin", "Sonora"), ("near", "Hermosillo")]),
    # a country's adjective before "state" says who owns it, not where
    ("FAMAE, Talagante        Chilean state        rifles", []),
])
def test_a_countrys_adjective_before_state_names_no_province(text, said):
    assert [(s.kind, s.anchor) for s in statements_in(text)] == said


@pytest.mark.parametrize("line, expected", [
    ("Location: Kazan, Republic of Tatarstan", [("in", "Kazan", "Tatarstan")]),
    ("Identifying information: Address: Tula, Russian Federation.",
     [("in", "Tula", "Russian Federation")]),
    ("- Situated: Kovrov, Vladimir Oblast", [("in", "Kovrov", "Vladimir Oblast"),
                                             ("admin", "Vladimir", None)]),
    ("Location: Unknown.", []),
    ("Address: Classified", []),
    ("Type: Air base", []),
])
def test_a_place_field_says_its_site_is_in_the_town(line, expected):
    got = [(s.kind, s.anchor, s.extra.get("qualifier")) for s in statements_in(line)]
    assert got == expected


@pytest.mark.parametrize("line, expected", [
    ("- Kickham Barracks, Clonmel (closed March 2012), where a scheme is under way;",
     [("in", "Clonmel")]),
    ("2. Orvale Naval Base - Holt", [("in", "Holt")]),
    ("- Breaking News - Kesk Update", []),  # no facility's name before the dash
])
def test_a_list_items_site_and_town(line, expected):
    assert [(s.kind, s.anchor) for s in statements_in(line)] == expected


def test_a_town_of_two_report_countries_is_that_of_the_country_named_around():
    # "KFOR headquarters is at Camp Film City in Pristina. Italian troops are based at Camp
    # Villaggio Italia, on the outskirts of Peć": Kosovo's Pejë, not Hungary's bigger Pécs
    # (real points), in a report on both
    hungary, kosovo = (Place(f"geonames:{n}", "Testpec", lat, lon, cc, None, "PPL", people,
                             feature_class="P")
                       for n, lat, lon, cc, people in ((81, 46.08, 18.23, "HU", 145_000),
                                                       (82, 42.66, 20.29, "XK", 49_000)))
    (s,) = statements_in("Italian troops are based at the camp on the outskirts of Testpec.")
    r = _resolver([hungary, kosovo], countries=("HU", "XK"))
    assert r.fact(s, (0, 0)).anchor.place is hungary  # (no sentence around to tell)
    r.context = "KFOR headquarters is at a camp in Pristina, Kosovo. " + s.words
    assert r.fact(s, (0, 0)).anchor.place is kosovo
    r.context = "Hungary and Kosovo host troops. " + s.words  # both named: no telling
    assert r.fact(s, (0, 0)).anchor.place is hungary
    # ... but not a country the report names less than the other: "RAE Farnborough, just
    # north of Aldershot, ... that took him to Australia" in an obituary naming Britain most
    r = Resolver(lambda name: [hungary, kosovo] if name == "Testpec" else [],
                 lambda name: None, ["HU", "XK"], regions, {"HU": 7, "XK": 4})
    r.context = "KFOR headquarters is at a camp in Pristina, Kosovo. " + s.words
    assert r.fact(s, (0, 0)).anchor.place is hungary


@pytest.mark.parametrize("sentence, expected", [
    # a country's name joined by "and" is one place
    ("The Tallow Air Base lies in Bosnia and Herzegovina.", [("in", "Bosnia and Herzegovina")]),
    ("The Tallow base lies in Trinidad and Tobago.", [("in", "Trinidad and Tobago")]),
    ("The Tallow base lies north of Mosul and Erbil.", [("distance", "Mosul")]),
    ("The Tallow base lies in Croatia and Montenegro.", [("in", "Croatia")]),
    # a port's, an isle's, a bay's "of" inside a town's name, not "the port of X"
    ("The Tallow base lies west of Port of Spain.", [("distance", "Port of Spain")]),
    ("The Tallow Naval Base is in Port of Spain.", [("in", "Port of Spain")]),
    ("The Tallow base lies west of the port of Tartus.", [("distance", "Tartus")]),
])
def test_names_with_and_or_of_read_whole(sentence, expected):
    assert [(s.kind, s.anchor) for s in statements_in(sentence)] == expected


def test_a_region_written_with_its_kind_first_qualifies_the_town():
    (s,) = statements_in("The Tallow airfield lies 2 km south-west of Kesk, in the Region of "
                         "Holtia.")
    assert (s.anchor, s.extra.get("regions")) == ("Kesk", ("Holtia",))


@pytest.mark.parametrize("sentence, anchor, the", [
    ("South of the Kesk, the Tallow camp was bombed.", "Kesk", True),  # a river's
    ("The Tallow camp lies south of Kesk.", "Kesk", None),
])
def test_a_bare_direction_from_the_x_is_no_towns(sentence, anchor, the):
    (s,) = statements_in(sentence)
    assert (s.anchor, s.extra.get("the")) == (anchor, the)


@pytest.mark.parametrize("sentence, expected", [
    ("The Tallow arsenal, on La Kesk island, closed.", [("in", "La Kesk", True)]),
    ("The Tallow base, on the island of Kesk, closed.", [("in", "Kesk", True)]),
    # the island's own name, which no town need bear: read as a province's only
    ("The Tallow base, on Kesk Island, closed.", [("in", "Kesk", None)]),
])
def test_on_an_island_its_town_names(sentence, expected):
    assert [(s.kind, s.anchor, s.extra.get("island")) for s in statements_in(sentence)] \
        == expected
    for s in statements_in(sentence):
        assert bool(s.extra.get("on")) == ("Island" in sentence)  # (a province's, or none)


def _resolver_of(places, countries, report="", weights=None):
    r = Resolver(lambda name: list(places), lambda name: None, list(countries), regions,
                 weights if weights is not None else dict.fromkeys(countries, 3))
    r.report = report
    return r


def test_a_town_outweighing_its_countrys_villages_of_the_name_is_the_one_meant():
    # "the 86th Air Base near Fetești": Romania's town of 33,000, not its hamlets of the name
    town = Place("geonames:1", "Testești", 44.38, 27.83, "RO", None, "PPL", 32_866)
    hamlets = [Place(f"geonames:{i}", "Testești", lat, lon, "RO", None, "PPL", pop)
               for i, (lat, lon, pop) in enumerate([(47.71, 26.34, 590), (47.41, 26.91, 1_232),
                                                    (46.04, 26.76, 589)], start=2)]
    assert _resolver_of([town, *hamlets], ["RO"]).place("Testești")[0] is town
    # ... not for its size alone where asked so ("the city" after a barracks' name)
    assert _resolver_of([town, *hamlets], ["RO"]).place("Testești", by_size=False)[0] is None
    # ... nor a town of a few thousand, nor one only ten times as big as none of them
    small = dataclasses.replace(town, population=9_000)
    assert _resolver_of([small, *hamlets], ["RO"]).place("Testești")[0] is None
    rival = dataclasses.replace(hamlets[0], population=4_000)
    assert _resolver_of([town, rival], ["RO"]).place("Testești")[0] is None
    # ... nor in a country the report names in passing (Romania's Slatina in a wire story on
    # Kosovo that names Romania once)
    abroad = Place("geonames:9", "Testești", 49.0, 15.0, "CZ", None, "PPL", 9_052)
    assert _resolver_of([town, *hamlets, abroad], ["XK", "RO"],
                        weights={"XK": 22, "RO": 1}).place("Testești")[0] is None
    # ... unless it outweighs every namesake in the world (the Netherlands' Hengelo, in a
    # brief on the Nordic states that names the Netherlands once)
    assert _resolver_of([town, *hamlets], ["XK", "RO"],
                        weights={"XK": 22, "RO": 1}).place("Testești")[0] is town
    # ... and not one only ten times its namesake (Ohio's Boardman and Oregon's)
    ohio = Place("geonames:10", "Testman", 41.02, -80.66, "US", None, "PPL", 35_000)
    oregon = Place("geonames:11", "Testman", 45.84, -119.70, "US", None, "PPL", 3_400)
    assert _resolver_of([ohio, oregon], ["US"]).place("Testman")[0] is None


def test_a_town_is_not_taken_for_its_size_over_a_namesake_the_report_may_mean():
    # Britain's Stanley (31,000) in a report naming the Falklands too: their capital may be
    # meant, and nothing says which
    gb = Place("geonames:1", "Testley", 54.87, -1.70, "GB", None, "PPL", 31_300)
    gb2 = Place("geonames:2", "Testley", 56.48, -3.45, "GB", None, "PPL", 1_450)
    fk = Place("geonames:3", "Testley", -51.69, -57.86, "FK", None, "PPL", 2_213)
    assert _resolver_of([gb, gb2, fk], ["GB", "FK"],
                        weights={"GB": 3, "FK": 2}).place("Testley")[0] is None
    # ... nor over one in a province the report names: New Mexico's Laguna, not California's
    ca = Place("geonames:4", "Testuna", 38.42, -121.42, "US", None, "PPL", 46_621)
    nm = Place("geonames:5", "Testuna", 35.04, -107.37, "US", None, "PPL", 1_241)
    assert _resolver_of([ca, nm], ["US"]).place("Testuna")[0] is ca
    report = "The uranium mines of New Mexico. The mine lies about 10 km north of Testuna."
    assert _resolver_of([ca, nm], ["US"], report).place("Testuna")[0] is None
    # ... nor a town that bears the name only in another spelling ("Kung Kuan" is no
    # Gongguan)
    big = Place("geonames:6", "Gongtest", 22.9, 113.4, "CN", None, "PPL", 96_492,
                alternate_names=("Kung Test",))
    far = Place("geonames:7", "Gongtest", 30.1, 120.2, "CN", None, "PPL", 0,
                alternate_names=("Kung Test",))
    assert _resolver_of([big, far], ["CN"]).place("Kung Test")[0] is None


def test_a_bigger_namesake_passed_over_is_no_reason_to_take_a_smaller_one():
    # "at San Jose" on Tinian: its San Jose Village (15,000), passed over for California's
    # San Jose, bearing the name as its own, does not make Puerto Rico's town of 3,000 the
    # one meant because the report's countries list Puerto Rico first
    village = Place("geonames:1", "Testo Village", 14.97, 145.62, "MP", None, "PPL", 15_000,
                    alternate_names=("Testo",))
    pr = Place("geonames:2", "Testo", 18.40, -66.26, "PR", None, "PPL", 3_278)
    us = Place("geonames:3", "Testo", 37.34, -121.89, "US", None, "PPL", 997_368)
    got, why = _resolver_of([village, pr, us], ["MP", "PR", "US"]).place("Testo")
    assert got is None and "none stands out" in why


@pytest.mark.parametrize("text, expected", [
    # a language, not a place: "in Thai, Tha Ruea Chuk Samet"
    ("Chuk Samet Port - in Thai, Tha Ruea Chuk Samet - was built in 1967.", []),
    ("The radar, in Russian, Voronezh-DM, was built in 2012.", []),
    # ... but a place whose name begins like one stays one
    ("The depot in Lao Cai was struck.", [("in", "Lao Cai")]),
    # "at the southern entrance to Karlovac": on its edge (not "the Gulf of Aqaba")
    ("I stopped at vojarna Turanj, at the southern entrance to Karlovac, where tanks stand.",
     [("near", "Karlovac")]),
    ("The radar stands on an island at the entrance to the Gulf of Aqaba.", []),
    # a town called like a people or a language: "in Arab, Alabama", Azerbaijan's Kazakh
    ("The training center in Arab, Alabama, was closed in 2011.", [("in", "Arab")]),
    ("Azerbaijan opened a base in Kazakh, near the Armenian border.",
     [("in", "Kazakh"), ("border", None)]),
])
def test_languages_and_entrances(text, expected):
    assert _kinds(text) == expected


def test_a_place_only_in_an_unnamed_territory_is_no_answer_when_the_report_names_another():
    # "at Mount Pleasant" in a history of the Falklands: not the Cayman Islands' village
    # (a territory of Britain's, which the report names) when the name is found elsewhere too
    cayman = Place("geonames:1", "Mount Testant", 19.38, -81.39, "KY", None, "PPL", 300)
    american = Place("geonames:2", "Mount Testant", 42.97, -84.77, "US", None, "PPL", 26_000)
    named = {"FK": 5, "GB": 3}
    r = _resolver_of([cayman, american], ["FK", "GB", "KY"], weights=named)
    got, why = r.place("Mount Testant")
    assert got is None and "outside the countries the report is about" in why
    # ... but the territory's own place when the report names the territory ...
    r = _resolver_of([cayman, american], ["FK", "GB", "KY"], weights={**named, "KY": 1})
    assert r.place("Mount Testant")[0] is cayman
    # ... or when no place of the name as big lies elsewhere (Diego Garcia, in a report on
    # Britain; French Guiana's Kourou, bigger than Mali's)
    r = _resolver_of([cayman], ["FK", "GB", "KY"], weights=named)
    assert r.place("Mount Testant")[0] is cayman
    town = dataclasses.replace(cayman, population=30_000)
    r = _resolver_of([town, american], ["FK", "GB", "KY"], weights=named)
    assert r.place("Mount Testant")[0] is town
    # ... or when the report names no other territory of its country ("about 3 km south-east
    # of Ceiba" in a report on the US Navy: Puerto Rico's, not Honduras' bigger La Ceiba)
    ceiba = Place("geonames:3", "Testceiba", 18.26, -65.65, "PR", None, "PPL", 11_000)
    honduran = Place("geonames:4", "Testceiba", 15.76, -86.78, "HN", None, "PPLA", 222_000)
    r = _resolver_of([ceiba, honduran], ["US", "PR"], weights={"US": 5})
    assert r.place("Testceiba")[0] is ceiba


@pytest.mark.parametrize("text, reach", [
    # a phrase setting its sentence's scene names a region along the border
    ("Along the Testish border, the army has moved drones to Tallow air base.", 60_000.0),
    ("- Along the Testish border, the army has moved drones to Tallow air base.", 60_000.0),
    # ... a site said to stand on it or along it, no farther than near it
    ("Tallow air base lies along the Testish border.", 30_000.0),
    ("Tallow air base, on the Testish border, grew.", 30_000.0),
])
def test_a_border_opening_a_sentence_is_a_region(text, reach):
    (s,) = [st for st in statements_in(text) if st.kind == "border"]
    assert s.max_m == reach


def test_a_small_capital_is_no_answer_over_a_namesake_of_the_reports_first_country():
    # "Stanley Fort just south of Stanley" in a judgment on Hong Kong's barracks: Hong
    # Kong's Stanley (which GeoNames calls Chek Chue), not the Falklands' capital, though
    # the sentence names no country
    village = Place("geonames:1", "Chek Tallow", 22.22, 114.21, "HK", None, "PPL", 15_000,
                    alternate_names=("Tallowley",))
    capital = Place("geonames:2", "Tallowley", -51.69, -57.86, "FK", None, "PPLC", 2_400)
    r = _resolver_of([village, capital], ["HK", "CN"], report="Hong Kong's barracks. "
                     "Tallowley Fort just south of Tallowley.")
    r.context = "Tallowley Fort just south of Tallowley, Osborn Barracks in Kowloon Tong."
    assert r.place("Tallowley")[0] is village
