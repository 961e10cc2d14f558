"""Tests for catalog.ingest.placing: where a site's facts put it."""

from __future__ import annotations

import shapely

from catalog.constraints import Area, Band, Disc, Sector
from catalog.gazetteer import Place
from catalog.ingest.locations import Anchor, Fact, Statement
from catalog.ingest.placing import listed_as, listed_fact, named_after_fact, place


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


def test_a_namesake_outside_the_province_the_report_names_is_not_the_one():
    # "the Akkuyu plant in Mersin province": the gazetteer's one Akkuyu lies in the next
    # province; the circle around it would have cut a sliver 150 km from the plant
    town = Anchor("Testville (geonames:1)", 125.8, 39.8, 2000.0, country="KP")
    named = named_after_fact(town, (0, 0), "nuclear")
    province = Fact(Statement("admin", 0, 0, "Testshire", words="in Testshire Province"),
                    (0, 0), Area(shapely.box(126.5, 38.0, 128.0, 40.0)), country="KP")
    p, problems = place([province], named)
    assert p.named_after is None and p.method == "derived from source text"
    assert shapely.box(126.5, 38.0, 128.0, 40.0).contains(shapely.Point(p.lon, p.lat))
    assert [r for r, _ in problems] == [
        "Testville (geonames:1) lies outside 'in Testshire Province': not the place the site "
        "is named after"]
    # inside it, the namesake narrows the province
    p, problems = place([_in_country((125.0, 38.0, 128.0, 40.0))], named)
    assert p.named_after == town and not problems


def test_a_site_named_like_a_listed_airfield_or_plant_finds_it_by_its_type():
    field, r = listed_as("airbase", "RAF Lakenheath", ["RAF Lakenheath"], [], ["GB"])
    assert (field.place_id, r) == ("airportsdata:EGUL", 5_000)
    plant, r = listed_as("nuclear", "the Kursk NPP", ["the Kursk NPP"], [], ["RU"])
    assert (plant.place_id, r) == ("geonucleardata:Kursk", 5_000)
    # a missile base is placed by no airfield; a plant in the country the statements give
    assert listed_as("missile base", "Lakenheath base", ["Lakenheath base"], [], ["GB"]) is None
    in_ukraine = Fact(Statement("in", 0, 0, "Ukraine"), (0, 0), country="UA")
    assert listed_as("nuclear", "the Kursk NPP", ["the Kursk NPP"], [in_ukraine], []) is None
    # an air force's acronym says the country, in a report of others
    field, _ = listed_as("airbase", "RMAF Butterworth", ["RMAF Butterworth"], [], ["GB"])
    assert field.place_id == "airportsdata:WMKB"
    assert listed_as("airbase", "Butterworth air base", ["Butterworth air base"], [],
                     ["GB"]) is None


def _near(label: str, lon: float, lat: float, km: float, country: str) -> Fact:
    anchor = Anchor(f"{label} (geonames:1)", lon, lat, 1000.0, country=country)
    return Fact(Statement("near", 0, 0, label, words=f"near {label}"), (0, 0),
                Disc(lon, lat, km * 1000), anchor=anchor, country=country)


def test_of_statements_that_disagree_the_odd_one_out_is_left_out():
    # "at Marka in eastern Amman, about 5 km north-east of downtown Amman": the one Marka
    # of the gazetteer is in Somalia
    amman = _near("Amman", 35.93, 31.95, 10, "JO")
    marka = _near("Marka", 44.77, 1.72, 10, "SO")
    p, problems = place([marka, amman], None, ["JO"])
    assert (p.lon, p.lat) == (35.93, 31.95) and p.used == [amman]
    assert problems[0][0].startswith("'near Marka' disagrees with the site's other")
    # the text does not say which of two is wrong: none is put forward
    for countries in ([], ["JO", "SO"], ["FR"]):
        p, problems = place([marka, amman], None, countries)
        assert p is None and "do not overlap anywhere" in problems[-1][0]
    # of three, two that agree place it, wherever the third's place is
    zarqa = _near("Zarqa", 36.09, 32.07, 25, "JO")
    p, problems = place([zarqa, marka, amman], None, [])
    assert p is not None and set(map(id, p.used)) == {id(zarqa), id(amman)}
    # and when no one statement's leaving out makes the others agree, none is placed
    aden = _near("Aden", 45.03, 12.78, 10, "YE")
    p, problems = place([aden, marka, amman], None, ["JO"])
    assert p is None


def test_a_coast_guessed_gives_way_to_a_place_measured_from():
    # "Shanhaiguan Air Base, near the coast some 12 km east-north-east of Qinhuangdao" in a
    # report whose first country is another's: that country's coast is a guess
    coast = Fact(Statement("coast", 0, 0, None, words="near the coast"), (0, 0),
                 Band(shapely.LineString([(120.0, 22.0), (121.0, 25.0)]), 0, 20_000),
                 country="TW")
    town = _near("Qinhuangdao", 119.59, 39.94, 20, "CN")
    p, problems = place([coast, town], None, ["TW", "CN"])
    assert p is not None and p.used == [town]
    assert problems[0][0].startswith("'near the coast' disagrees")


def test_of_three_statements_in_one_country_the_odd_one_is_not_left_out():
    # "Kerman air base, about 12 km west of Kerman, and at Birjand Airport, some 5 km
    # north-east of the city of Birjand in South Khorasan province": two statements of the
    # airport agree with each other, and they are not the base's
    kerman = _near("Kerman", 57.08, 30.28, 15, "IR")
    birjand = _near("Birjand", 59.22, 32.87, 10, "IR")
    province = Fact(Statement("admin", 0, 0, "South Khorasan", words="in South Khorasan"),
                    (0, 0), Area(shapely.box(57.5, 30.5, 61.0, 34.5)), country="IR")
    p, problems = place([kerman, birjand, province], None, ["IR"])
    assert p is None and "do not overlap anywhere" in problems[-1][0]


def test_a_statement_repeated_by_many_reports_is_weighed_once():
    # a site every report puts "in Testshire" and near Amman: ninety copies of the same two
    # statements (each its own fact) and one that disagrees; the odd one is still found
    # and the copies place the site where one of each would
    amman = [_near("Amman", 35.93, 31.95, 10, "JO") for _ in range(45)]
    zarqa = [_near("Zarqa", 36.09, 32.07, 25, "JO") for _ in range(45)]
    marka = _near("Marka", 44.77, 1.72, 10, "SO")
    p, problems = place(amman + zarqa + [marka], None, ["JO"])
    one, _ = place([amman[0], zarqa[0]], None, ["JO"])
    assert (p.lon, p.lat, p.radius_m) == (one.lon, one.lat, one.radius_m)
    assert len(p.used) == 90 and marka not in p.used
    assert problems[0][0].startswith("'near Marka' disagrees with the site's other")
    # a statement made twice is no odd one: two Markas against Amman and Zarqa place nothing
    p, problems = place(amman[:1] + zarqa[:1] + [marka, _near("Marka", 44.77, 1.72, 10, "SO")],
                        None, ["JO"])
    assert p is None and "do not overlap anywhere" in problems[-1][0]


def test_a_published_point_far_from_the_listed_field_the_site_is_named_like_is_left_out():
    # "... bombers from Whiteman Air Force Base, Missouri. The position of the airfield is
    # 43M BM 1415 9079": the point of the atoll the note is about, not of the listed base
    field = Place("airportsdata:KSZL", "Whiteman Air Force Base", 38.7303, -93.5479,
                  country="US")
    listed = listed_fact(field, 5_000, (0, 0))
    atoll = Fact(Statement("coordinates", 0, 0, None, words="43M BM 1415 9079"), (9, 9),
                 point=(72.4111, -7.3133, 4_000.0))
    p, problems = place([atoll], listed, ["US"])
    assert (p.lon, p.lat) == (-93.5479, 38.7303) and p.method == "gazetteer"
    assert problems[0][0].startswith("'43M BM 1415 9079' lies far from the listed point")
    # a point the sentence naming the site gives is its own: the listed field is another
    # of that name ("Scott Base, on Ross Island at 77°51′S 166°46′E", not Scott AFB)
    p, problems = place([atoll], listed, ["US"], named_in={(9, 9)})
    assert (p.lon, p.lat) == (72.4111, -7.3133) and p.method == "published by source"
    assert "another field of that name" in problems[0][0]
    # a point a few kilometres off the listed one is the site's own, published
    near = Fact(Statement("coordinates", 0, 0, None, words="38°44′N 93°33′W"), (9, 9),
                point=(-93.55, 38.7333, 1_000.0))
    p, problems = place([near], listed, ["US"])
    assert (p.lon, p.lat, p.method) == (-93.55, 38.7333, "published by source")


def _placed_at(kind: str, words: str, name: str, lon: float, lat: float, km: float,
               people: int) -> Fact:
    town = Place("geonames:7", name, lat, lon, "MX", None, "PPL", people)
    anchor = Anchor(f"{name} (geonames:7)", lon, lat, 1000.0, place=town, country="MX")
    return Fact(Statement(kind, 0, 0, name, words=words), (0, 0), Disc(lon, lat, km * 1000),
                anchor=anchor, country="MX")


def test_a_small_town_of_the_name_gives_way_to_a_measure_from_a_city():
    # "Base Aérea Militar No. 3 at El Ciprés, about 8 km south of Ensenada": the gazetteer's
    # small El Ciprés is another state's
    small = _placed_at("in", "at Tallito", "Tallito", -103.0, 20.0, 5, 900)
    measure = _placed_at("distance", "about 8 km south of Kesk", "Kesk", -116.6, 31.8, 12,
                         500_000)
    p, problems = place([small, measure], None, ["MX"])
    assert p is not None and p.used == [measure]
    assert problems[0][0].startswith("'at Tallito' disagrees")
    # a town of many people against a measure: the text does not say which is wrong
    big = _placed_at("in", "at Tallito", "Tallito", -103.0, 20.0, 5, 90_000)
    p, problems = place([big, measure], None, ["MX"])
    assert p is None and "do not overlap anywhere" in problems[-1][0]
    # a measure from a small place says no more than the town
    village = _placed_at("distance", "about 8 km south of Kesk", "Kesk", -116.6, 31.8, 12,
                         3_000)
    p, problems = place([small, village], None, ["MX"])
    assert p is None


def test_a_namesake_outside_the_distance_the_report_gives_is_not_the_one():
    # "The Jianshui garrison, about 160 km south of Kunming": the gazetteer's one Jianshui
    # lies 175 km west-south-west of Kunming; the site is where the distance says, not in
    # the sliver where it meets the circle around that namesake
    city_lon, city_lat = 102.72, 25.04
    south = Fact(Statement("distance", 0, 0, "Testcity",
                           words="about 160 km south of Testcity"), (0, 0),
                 Sector(city_lon, city_lat, 120_000, 200_000, 180.0, 25.0, 10_000),
                 country="CN")
    namesake = Anchor("Testville (geonames:1)", 101.22, 24.28, 10_000.0, country="CN")
    p, problems = place([south], named_after_fact(namesake, (0, 0), "other"))
    assert p.named_after is None and south.constraint.contains(p.lon, p.lat)
    assert abs(p.lon - city_lon) < 0.5
    assert [r for r, _ in problems] == [
        "Testville (geonames:1) lies outside 'about 160 km south of Testcity': not the place "
        "the site is named after"]


def test_a_namesake_outside_the_province_a_site_is_on_places_nothing_nor_does_its_at():
    # "the submarine base at Rybachiy, on Kamchatka": the gazetteer's Rybachy is on the
    # Baltic; neither it nor "at Rybachiy" (the same namesake) outweighs the peninsula
    town = Anchor("Testville (geonames:1)", 20.85, 55.15, 2000.0, country="RU")
    named = named_after_fact(town, (0, 0), "naval base")
    at = Fact(Statement("in", 0, 0, "Testville", words="at Testville"), (0, 0),
              Disc(20.85, 55.15, 5000.0), anchor=town, country="RU")
    on = Fact(Statement("in", 0, 0, "Testland", words="on Testland"), (0, 0),
              Area(shapely.box(155.0, 50.0, 165.0, 60.0)), country="RU")
    p, _ = place([at, on], named)
    assert p is not None and p.named_after is None and p.lon > 150.0
