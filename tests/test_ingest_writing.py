"""Reports to located, cited candidates (catalog.ingest.writing), end to end on a real
GeoPackage with the shipped gazetteer. The texts are written for these tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from catalog.constraints import distance_m
from catalog.ingest import ingest
from catalog.model import Site

SOHAE = (124.705278, 39.660278)  # as the test texts publish it


def _ingest(cat, tmp_path, text, name="r.txt", **meta):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return ingest(cat, [p], **{"title": name, **meta}).reports[0]


def _only(cat, review_status="candidate"):
    (s,) = cat.sites((review_status,))
    return s


def test_published_coordinates_are_exact_and_cited(empty, tmp_path):
    r = _ingest(empty, tmp_path,
                "Work continued at North Korea's Sohae Satellite Launching Station.\n"
                "Coordinates: 39°39′37″N 124°42′19″E\n")
    s = _only(empty)
    assert s.site_id == "kp-sohae-satellite-launching-station"
    assert (round(s.lon, 6), round(s.lat, 6)) == SOHAE
    assert s.location_precision == "exact" and s.location_method == "published by source"
    assert s.location_source_id == r.source_id and s.country == "PRK"
    assert 0 < s.precision_m <= 10_000  # the digits and a launch site's extent
    (loc,) = [c for c in empty.citations(site_id=s.site_id) if c.supports == "location"]
    assert loc.quote == "Coordinates: 39°39′37″N 124°42′19″E" and loc.source_id == r.source_id
    assert "Coordinates as published" in loc.note


def test_distance_and_direction_from_a_town_are_derived_and_hold_the_truth(empty, tmp_path):
    # Sohae lies about 57 km south-south-east of Sinuiju (GeoNames 2039557 in the extract)
    _ingest(empty, tmp_path, "In North Korea, the Sohae Satellite Launching Station lies "
                             "about 55 km southeast of Sinuiju.")
    s = _only(empty)
    assert s.location_method == "derived from source text"
    assert s.location_precision == "approximate"
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m
    notes = [c.note for c in empty.citations(site_id=s.site_id) if c.supports == "location"]
    assert any("55 km southeast of Sinuiju" in n for n in notes)
    assert any("geonames:" in n and "not the facility itself" in n for n in notes)


def test_a_facility_is_not_placed_at_a_city_that_bears_its_name_only_as_another_name(
        empty, tmp_path):
    """GeoNames lists "Saeul" among Seoul's other names: the Saeul plant is not put at
    Seoul (its true place is 300 km away); the Dalat reactor is at Ðà Lạt, whose own name
    that is."""
    _ingest(empty, tmp_path, "The regulator in South Korea approved unit 3 of the Saeul "
                             "Nuclear Power Plant.")
    s = _only(empty)
    assert s.name == "Saeul Nuclear Power Plant"
    # placed at GeoNuclearData's Saeul, by Ulsan, not at Seoul
    assert s.location_source_id == "geonucleardata"
    assert distance_m(s.lon, s.lat, 129.302, 35.327) < 100
    assert "Not placed at Seoul (geonames:1835848): 'Saeul' is only one of that city's " \
        "other names" in s.notes
    _ingest(empty, tmp_path, "Vietnam said the Dalat Nuclear Research Reactor will get new "
                             "fuel.", name="r2.txt")
    (dalat,) = [x for x in empty.sites(("candidate",)) if x.name.startswith("Dalat")]
    assert dalat.located and distance_m(dalat.lon, dalat.lat, 108.44, 11.94) <= 5_000


def test_a_country_named_city_is_its_capital(empty, tmp_path):
    """"12 km south-west of Djibouti city": the capital of the country of that name (the
    country alone places nothing)."""
    _ingest(empty, tmp_path, "In Djibouti, the Testel Air Base, about 12 km south-west of "
                             "Djibouti city, continues to grow.")
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, 43.15, 11.59) <= s.precision_m + 12_000
    assert s.precision_m < 40_000


def test_the_capital_of_a_report_datelined_from_one_is_that_one(empty, tmp_path):
    # "France's own" names the owner, the dateline the capital: not Paris
    _ingest(empty, tmp_path, "DJIBOUTI, March 14 (Example Wire) - The review goes on.\n\n"
                             "One official said the strip would stay. France's own Tallow "
                             "Air Base, on the southern edge of the capital, hosts fighters.")
    s = _only(empty)
    assert s.country == "DJI"
    assert distance_m(s.lon, s.lat, 43.15, 11.59) <= s.precision_m < 40_000


def test_a_sections_heading_says_whose_town_a_namesake_is(empty, tmp_path):
    # Saint-Denis of Réunion, not of Paris, under a heading on Réunion (in a report on
    # France's forces overseas)
    _ingest(empty, tmp_path, "# French forces overseas\n\nFrench families are posted "
                             "abroad, to Chad, Gabon and Djibouti.\n\n## Indian Ocean: Réunion "
                             "and Madagascar\n\nThe forces of the zone have their headquarters "
                             "in Saint-Denis. Air force families go to Tallow Air Base, about "
                             "6 km east of "
                             "Saint-Denis, which shares the airport's runway.\n",
            name="r.md")
    s = _only(empty)
    assert s.country == "REU"
    assert distance_m(s.lon, s.lat, 55.53, -20.89) <= s.precision_m < 30_000


def test_impossible_coordinates_go_to_review_with_the_reason(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In North Korea, the Sohae Satellite Launching Station sits "
                                 "at 123.66°N 124.70°E, the report said.")
    s = _only(empty)
    assert s.location_method != "published by source"
    assert any("latitude 123.66" in p for p in r.problems)
    assert "For review" in s.notes and "123.66" in s.notes


def test_two_published_points_far_apart_put_forward_neither(empty, tmp_path):
    """A caption's point can be the site's named before it, or the next one's: when a
    site's published points do not overlap, none is its location 'to the metre'; the
    reason goes to review and the other statements place it, here from a town."""
    r = _ingest(empty, tmp_path,
                "In North Korea, the Sohae Satellite Launching Station lies about 55 km "
                "southeast of Sinuiju.\n"
                "Coordinates: 39°39′37″N 124°42′19″E\n"
                "Coordinates: 41°17′N 129°05′E\n")
    s = _only(empty)
    assert s.location_method != "published by source" and s.location_precision != "exact"
    assert any("two points" in p and "km apart" in p for p in r.problems)
    assert "For review" in s.notes
    assert s.location_method == "derived from source text"  # from Sinuiju, holding the truth
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m


def test_a_point_of_another_one_of_a_kind_is_not_the_sites(empty, tmp_path):
    """'A second field near X (point)': another facility, unnamed, whose point is not the
    site's the sentences before spoke of (two points far apart would put forward none)."""
    _ingest(empty, tmp_path,
            "The Tallowby silo field in North Korea now has about 120 silos. Its centre lies "
            "at 40°10'N, 126°35'E.\n\n"
            "A second field, near Kestrel (41.35N 128.85E), holds about 110 silos.\n")
    s = _only(empty)
    assert s.location_method == "published by source"
    assert (round(s.lat, 3), round(s.lon, 3)) == (40.167, 126.583)


def test_the_province_picks_which_namesake_a_site_is_named_after(empty, tmp_path):
    """Russia has two Zheleznogorsks: the report's krai says which one the combine is
    named after (it was placed at the krai's centre, 1,700 km wide)."""
    _ingest(empty, tmp_path,
            "The Mining and Chemical Combine in Zheleznogorsk, Krasnoyarsk Krai, in Russia, "
            "is building a new fuel line.\n")
    s = _only(empty)
    assert s.admin1 == "Krasnoyarsk Krai" and s.precision_m < 150_000
    assert distance_m(s.lon, s.lat, 93.55, 56.25) < 20_000  # the Krasnoyarsk one


def test_near_a_city_after_a_town_says_where_the_town_is_not_the_site(empty, tmp_path):
    """'at Mishelevka near Irkutsk': the village is 98 km from the city, beyond what
    'near' means; the site had been placed in a 29 km circle by Irkutsk, 75 km from its
    namesake, which the circle did not hold."""
    _ingest(empty, tmp_path, "Russia's newest radar station at Mishelevka near Irkutsk was "
                             "upgraded in 2024.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, 103.172, 52.858) <= s.precision_m  # Mishelevka
    assert "says where Mishelevka is" in s.notes
    # a town near enough keeps both statements
    _ingest(empty, tmp_path, "The air base at Shelekhov near Irkutsk was upgraded.\n",
            name="s.txt")
    b = next(x for x in empty.sites(None) if x.facility_type == "airbase")
    assert "says where" not in b.notes


def test_near_a_city_reaches_farther_than_near_a_town(empty, tmp_path):
    """'near' a city of 100,000 people may be 50 km off, near a capital or a city of a
    million 100 km: Dimona's reactor 'near Beersheba' is 43 km from it, outside the 34 km
    circle it had."""
    _ingest(empty, tmp_path, "Israel's Dimona reactor near Beersheba is its only known "
                             "plutonium source.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, 35.145, 31.001) <= s.precision_m


@pytest.mark.parametrize("text, truth", [
    # "outside" a city is as loose as "near" it (it had been read as its outskirts, 15 km)
    ("Inspectors visited the Parchin military complex outside Tehran last year.\n",
     (51.77, 35.52)),
    ("The Mayak plant outside Chelyabinsk reprocesses spent fuel.\n", (60.80, 55.69)),
])
def test_outside_a_city_reaches_as_far_as_near_it(empty, tmp_path, text, truth):
    _ingest(empty, tmp_path, text)
    s = _only(empty)
    assert distance_m(s.lon, s.lat, *truth) <= s.precision_m


def test_near_a_better_known_city_is_a_loose_word_beside_the_sites_namesake(empty, tmp_path):
    """'the Plesetsk cosmodrome near Arkhangelsk': the town it is named after lies 205 km
    from the city; the site had been placed by Arkhangelsk, in a 35 km circle."""
    _ingest(empty, tmp_path, "Russia launched a satellite from the Plesetsk cosmodrome near "
                             "Arkhangelsk on Monday.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, 40.577, 62.925) <= s.precision_m  # the launch pads
    assert "a writer's 'near' a better-known city" in s.notes


@pytest.mark.parametrize("text, truth", [
    # a small town is no city a writer orients by: "near" it is the precise word
    ("The Dombarovsky missile base near the town of Yasny, in Orenburg Oblast, launched a "
     "missile.\n", (59.85, 51.09)),
    # a namesake in another country is another place of that name
    ("Personnel are posted to Linton Military Camp, near Palmerston North, New Zealand.\n",
     (175.58, -40.40)),
])
def test_near_a_town_or_abroad_is_no_loose_word(empty, tmp_path, text, truth):
    _ingest(empty, tmp_path, text)
    s = _only(empty)
    assert "a writer's 'near'" not in s.notes
    assert distance_m(s.lon, s.lat, *truth) <= min(s.precision_m, 60_000)


def test_a_national_laboratory_is_named_after_its_town_in_the_state_the_report_gives(
        empty, tmp_path):
    """'Los Alamos National Laboratory in New Mexico': the place is Los Alamos (not 'Los
    Alamos National'), and of the two Los Alamos of the United States the one in New
    Mexico; the site had been placed in the whole state, a 428 km circle."""
    _ingest(empty, tmp_path, "Los Alamos National Laboratory in New Mexico designs "
                             "warheads.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, -106.307, 35.888) <= 5_000 and s.precision_m < 100_000


@pytest.mark.parametrize("word", ["lab", "laboratory", "depot", "arsenal", "range"])
def test_a_sentence_opening_on_the_sites_word_goes_on_about_it(empty, tmp_path, word):
    # "The lab, 35 miles northwest of Santa Fe, ...": where the site named before is
    name = {"lab": "Laboratory"}.get(word, word.title())
    _ingest(empty, tmp_path, f"The Tallowby Weapons {name} in Ryazan Oblast was hit. The "
                             f"{word}, about 20 km north of Ryazan, held shells.\n")
    s = _only(empty)
    assert s.precision_m < 40_000 and distance_m(s.lon, s.lat, 39.74, 54.80) < 15_000


@pytest.mark.parametrize("text, province", [
    ("Drones hit the Tallowby air base in Russia's Kursk region.\n", "Kursk"),
    # Iraq's "Al Anbar", in a report that does not name Iraq
    ("US troops at the Tallowby air base in Anbar province were wounded.\n", "Al Anbar"),
])
def test_a_province_written_with_its_countrys_possessive_or_without_al(empty, tmp_path,
                                                                       text, province):
    _ingest(empty, tmp_path, text)
    s = _only(empty)
    assert s.located and s.admin1 == province


def test_places_that_host_military_aircraft_are_air_bases_found_in_a_report(empty,
                                                                              tmp_path):
    _ingest(empty, tmp_path, "Volkel in the southern Netherlands and Kleine Brogel in "
                             "Belgium's Limburg province host F-16s.\n")
    assert sorted(s.name for s in empty.sites(None) if s.facility_type == "airbase") == [
        "Kleine Brogel air base", "Volkel air base"]


def test_a_bare_air_base_after_the_statements_of_another_site_is_found(empty, tmp_path):
    # "in Amur Oblast" places Tallowka, named before it: Belaya, an airfield airportsdata
    # calls military, is the base the strikes hit
    _ingest(empty, tmp_path, "The bombers of Tallowka air base, in Amur Oblast, were "
                             "dispersed after the June drone strikes on Belaya.\n")
    names = {s.name: s for s in empty.sites(None)}
    assert "Belaya air base" in names and names["Belaya air base"].admin1 != "Amur"


@pytest.mark.parametrize("text, most, both", [
    # (Lahore and Islamabad are 270 km apart: "between" holds both, "halfway" their middle)
    ("The Tallowby missile base, between Lahore and Islamabad, was expanded.\n", 190_000,
     True),
    ("The Tallowby missile base, halfway between Lahore and Islamabad, was expanded.\n",
     110_000, False),
])
def test_between_two_places_is_a_circle_around_the_point_midway(empty, tmp_path, text, most,
                                                                 both):
    _ingest(empty, tmp_path, text)
    s = _only(empty)
    midway = (73.70, 32.64)  # Lahore 74.35 E 31.55 N, Islamabad 73.04 E 33.72 N
    assert s.located and s.precision_m <= most
    assert distance_m(s.lon, s.lat, *midway) < 5_000
    held = [distance_m(s.lon, s.lat, *c) <= s.precision_m for c in ((74.35, 31.55),
                                                                     (73.04, 33.72))]
    assert held == [both, both]


def test_at_the_sites_own_name_is_no_second_statement_of_its_namesake(empty, tmp_path):
    """'based at Yulin naval base near Sanya': 'at Yulin' is the base's name, which the
    namesake (Guangxi's city of Yulin, 500 km off) stands for already; counted twice it
    had outvoted 'near Sanya', and the base was placed in Guangxi."""
    _ingest(empty, tmp_path, "Submarines of the South Sea Fleet are based at Yulin naval "
                             "base near Sanya.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, 109.55, 18.22) <= s.precision_m and s.admin1 == "Hainan"


def test_a_citys_airfield_named_by_its_quarter_in_russian_is_the_citys(empty, tmp_path):
    # "Taganrog Tsentralny" (central): Taganrog's airfield, as "Zagreb-Pleso" is Zagreb's
    _ingest(empty, tmp_path, "The real target was Taganrog Tsentralny, the city's other "
                             "airfield, where A-50 aircraft are repaired.\n")
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, 38.85, 47.25) <= s.precision_m


def test_a_site_in_a_part_of_a_country_is_in_that_country(empty, tmp_path):
    # "in eastern Syria" had been read as nothing: the site had no country
    _ingest(empty, tmp_path, "The drone struck Camp Tallowby, a small outpost in eastern "
                             "Syria.\n")
    s = _only(empty)
    assert s.country == "SYR" and s.located


def test_a_border_two_countries_name_is_on_either_side_and_no_owners(empty, tmp_path):
    # "near the Syrian-Jordanian border" had been read as a place "Syrian-Jordanian" (none),
    # and the site filed under the owner of "a US garrison"
    _ingest(empty, tmp_path, "Rockets hit Camp Tallowby, a US garrison near the "
                             "Syrian-Jordanian border.\n")
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, 38.63, 33.50) <= s.precision_m  # Al-Tanf
    assert s.country != "USA"


@pytest.mark.parametrize("text, name", [
    # a sea's word opening a name before its facility word; "St." inside a place's name
    ("The Baltic Shipyard in St. Petersburg builds icebreakers.\n", "Baltic Shipyard"),
    # "St Petersburg" is Saint Petersburg's own name written short (not Florida's
    # St. Petersburg, which had been the namesake)
    ("Tugs are built at the St Petersburg shipyard.\n", "St Petersburg shipyard"),
])
def test_saint_written_short_and_a_seas_word_in_a_name(empty, tmp_path, text, name):
    _ingest(empty, tmp_path, text)
    s = _only(empty)
    assert s.name == name and s.country == "RUS" and s.located
    assert "Baltic" not in {a.alias for a in empty.aliases(s.site_id)}


def test_a_country_that_is_also_a_province_narrows_no_town(empty, tmp_path):
    # "in Djibouti": the country, its capital's region too; "the capital" is its city
    _ingest(empty, tmp_path, "Across the strait, the U.S. base at Camp Tallowby in Djibouti, "
                             "beside the capital's international airport about 5 km "
                             "south-south-east of the city centre, is a hub.\n")
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, 43.15, 11.55) <= s.precision_m


def test_in_islands_named_without_islands(empty, tmp_path):
    """'in Shetland': the province is the 'Shetland Islands'."""
    _ingest(empty, tmp_path,
            "The new radar at RAF Tallowvord, on the island of Kesk in Shetland, is ready.\n")
    s = _only(empty)
    assert s.admin1 == "Shetland Islands" and s.country == "GBR" and s.precision_m < 150_000


def test_a_place_outside_a_sites_own_name_is_no_other_name_of_it(empty, tmp_path):
    """'the Low Level Waste Repository near Drigg': Drigg is where it is, not its name (a
    report on Drigg the village would cite the repository)."""
    _ingest(empty, tmp_path,
            "In the United Kingdom, nuclear waste goes to the Low Level Waste Repository "
            "near Drigg in Cumbria.\n")
    s = _only(empty)
    assert s.name == "Low Level Waste Repository" and s.admin1 == "Cumbria"
    assert "Drigg" not in {a.alias for a in empty.aliases(s.site_id)}


def test_swapped_coordinates_far_from_the_country_go_to_review(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In North Korea, the Sohae Satellite Launching Station lies "
                                 "at coordinates 124.7053, 39.6603 according to the report.")
    s = _only(empty)
    assert not (s.location_precision == "exact")
    assert r.problems


def test_a_province_next_to_a_facility_word_is_a_location_not_a_site(empty, tmp_path):
    _ingest(empty, tmp_path, "In North Korea, a Chagang Province base was expanded.")
    assert empty.sites(None) == []


def test_a_town_named_site_is_not_cited_by_the_town_alone(empty, tmp_path):
    _ingest(empty, tmp_path, "In North Korea, steam rose from the Yongbyon reactor.", "a.txt")
    sid = _only(empty).site_id
    r = _ingest(empty, tmp_path, "Farmers in Yongbyon protested over rice prices.", "b.txt")
    assert r.sites_matched == [] and len(r.held) == 1 and "town's name" in r.held[0]
    r = _ingest(empty, tmp_path, "Inspectors said the reactor at Yongbyon restarted.", "c.txt")
    assert r.sites_matched == [sid] and not r.held


def test_a_test_site_is_named_by_its_place_even_where_a_link_spells_it(empty, tmp_path):
    # "Vastrap" is the test site's other name; the link's "example.org/88/vastrap" writes
    # no everyday word "vastrap" that would make it none
    _ingest(empty, tmp_path, "Atomic heritage digest\n\nSouth Africa dug two test shafts at "
                             "Tallowrap in the Kalahari.\nLink: example.org/88/tallowrap\n")
    (s,) = empty.sites(None)
    assert s.name == "Tallowrap test site" and s.facility_type == "test site"
    assert {a.alias for a in empty.aliases(s.site_id)} >= {"Tallowrap"}


def test_a_name_after_the_is_no_towns_unless_a_towns_word_follows(empty, tmp_path):
    # "near the Caspian" is the sea's: not Caspian, Michigan (GeoNames 4987482)
    _ingest(empty, tmp_path, "Missile sites\n\nThe Kesk missile base lies near the Caspian.\n")
    (s,) = empty.sites(None)
    assert not s.located
    # ... but "the Townsville city centre" is the city's
    _ingest(empty, tmp_path, "Australian bases\n\nTallow Barracks, about 6 km south of the "
                             "Townsville city centre, is growing.\n", name="b.txt")
    (t,) = [x for x in empty.sites(None) if x.site_id != s.site_id]
    assert t.located and distance_m(t.lon, t.lat, 146.80, -19.26) < 20_000


def test_a_statement_after_the_land_a_site_is_on_is_the_sites(empty, tmp_path):
    # "of Gran Canaria" names where the base is, not another thing the distance places
    _ingest(empty, tmp_path, "Spanish air force readiness\n\n- Kestrel Air Base (Las Palmas), "
                             "on the east coast of Gran Canaria some 7 km south-south-east of "
                             "Telde, home of Ala 99.\n")
    (s,) = empty.sites(None)
    assert s.located and distance_m(s.lon, s.lat, -15.4168, 27.9924) < 12_000  # Telde


def test_also_known_as_makes_one_site_with_aliases(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In North Korea, the Sohae Satellite Launching Station, also "
                                 "known as Tongchang-ri, was busy.")
    (sid,) = r.candidates
    names = {a.alias for a in empty.aliases(sid)}
    assert {"Sohae Satellite Launching Station", "Tongchang-ri"} <= names
    r = _ingest(empty, tmp_path, "Trucks arrived at the Tongchang-ri launch site.", "b.txt")
    assert r.candidates == [] and r.sites_matched == [sid]


def test_a_base_numbered_at_a_place_is_known_by_its_number_too(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In Testland, sources say the 602nd air base at Tallow is "
                                 "being prepared for new fighters.")
    (sid,) = r.candidates
    assert "602nd air base" in {a.alias for a in empty.aliases(sid)}


def test_an_air_force_base_and_its_initials_are_one_site(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In Testland, Tallow Air Force Base lies 12 km north of "
                                 "Holt. New hangars at Tallow AFB were built in 2025.")
    assert len(r.candidates) == 1


def test_an_air_force_base_by_initials_and_its_name_without_a_persons_initials_are_one(
        empty, tmp_path):
    r = _ingest(empty, tmp_path, "<h2>T.E. Tallow</h2>\n<p><b>T.E. Tallow Air Force Base</b>, "
                                 "on the western edge of Holt, Testland, hosts the 90th Missile "
                                 "Wing.\nOfficials at T. E. Tallow AFB say new command centers "
                                 "will be built.</p>\n", name="r.html")
    assert len(r.candidates) == 1


def test_a_component_is_a_part_of_its_site(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In North Korea, the Yongbyon Nuclear Scientific Research "
                                 "Center was busy. Steam rose from the 5 MWe reactor at "
                                 "Yongbyon.")
    parent = empty.get_site("kp-yongbyon-nuclear-scientific-research-center")
    child = empty.get_site("kp-yongbyon-5-mwe-reactor")
    assert child.parent_site_id == parent.site_id and set(r.candidates) == {
        parent.site_id, child.site_id}
    assert child.located and child.precision_m > parent.precision_m


def test_a_later_report_places_a_candidate_and_keeps_the_old_point_in_history(empty, tmp_path):
    _ingest(empty, tmp_path, "In North Korea, the Sohae Satellite Launching Station lies "
                             "about 55 km southeast of Sinuiju.", "a.txt")
    before = _only(empty)
    r = _ingest(empty, tmp_path, "The Sohae Satellite Launching Station is at "
                                 "39.6603°N 124.7053°E.", "b.txt")
    after = _only(empty)
    assert after.site_id == before.site_id and after.location_precision == "exact"
    assert after.location_source_id == r.source_id
    changes = {h["field"]: h for h in empty.site_history(after.site_id)
               if h["changed_at"] > before.updated_at}
    assert changes["location_method"]["old_value"] == "derived from source text"
    assert changes["location_source_id"]["source_id"] == r.source_id


def test_a_new_candidate_is_written_once_with_its_point_and_that_points_source(
        empty, tmp_path):
    r = _ingest(empty, tmp_path, "Work continued at North Korea's Sohae Satellite Launching "
                                 "Station.\nCoordinates: 39°39′37″N 124°42′19″E\n")
    s = _only(empty)
    history = empty.site_history(s.site_id)
    assert {h["changed_at"] for h in history} == {s.updated_at}  # one write, no fix-up
    fields = {h["field"]: h for h in history}
    assert fields["location_source_id"]["new_value"] == r.source_id
    assert fields["location"]["source_id"] == r.source_id  # the point's history: its source


def test_the_airport_of_another_place_does_not_place_the_base_named_before(empty, tmp_path):
    # "The airport" does not go on about the air base named before: here it is Tehran's
    _ingest(empty, tmp_path, "Iran struck the Nevatim air base in Israel. The airport in "
                             "Tehran was closed for hours after the attack.\n")
    s = _only(empty)
    assert s.located and s.country == "ISR"


def test_an_accepted_site_is_never_moved_by_ingest(shipped, tmp_path):
    s = shipped.get_site("kp-sakkanmol")
    r = _ingest(shipped, tmp_path, "The Sakkanmol missile operating base lies 200 km north "
                                   "of Pyongyang.")
    assert shipped.get_site("kp-sakkanmol") .lon == s.lon
    assert any("disagrees" in p for p in r.problems)


def test_names_are_whole(empty, tmp_path):
    r = _ingest(empty, tmp_path, "Boats left the Sinpo South Shipyard in North Korea. Work at "
                                 "Iran's Fordow Fuel enrichment plant continued.")
    names = {empty.get_site(s).name for s in r.candidates}
    assert names == {"Sinpo South Shipyard", "Fordow Fuel enrichment plant"}
    aliases = {a.alias for s in r.candidates for a in empty.aliases(s)}
    assert "Fordow Fuel" not in aliases and "MWe reactor" not in aliases


def test_every_new_site_is_located_or_says_why_not(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In North Korea, a new missile base near Hwanghae-ri was "
                                 "reported.")
    s = empty.get_site(r.candidates[0])
    assert not s.located and "Unlocated" in s.notes
    assert isinstance(s, Site)


def test_a_town_of_a_common_name_is_the_one_in_the_province_given(empty, tmp_path):
    # Two Mirnyys: one in Arkhangelsk Oblast (GeoNames 831129), one in Yakutia (2019951)
    _ingest(empty, tmp_path, "Russia launched a missile from the Plesetsk Cosmodrome in "
                             "Arkhangelsk Oblast, about 20 km northeast of the town of Mirny.")
    s = _only(empty)
    assert s.located and s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, 40.34, 62.76) < 40_000  # near the Arkhangelsk Mirnyy
    assert s.precision_m < 40_000


def test_distance_from_a_border_is_a_band_inside_the_country(empty, tmp_path):
    _ingest(empty, tmp_path, "In North Korea, the Hoejung-ni missile base lies in Chagang "
                             "Province, some 25 km from the Chinese border.")
    s = _only(empty)
    assert s.located and s.country == "PRK"
    assert distance_m(s.lon, s.lat, 126.913631, 41.369883) <= s.precision_m
    notes = " ".join(c.note or "" for c in empty.citations(site_id=s.site_id))
    assert "from the border with CN" in notes and "inside" in notes


def test_a_facility_code_names_the_town_it_is_named_after(empty, tmp_path):
    _ingest(empty, tmp_path, "Drones hit the Russian Engels-2 air base. The base lies about "
                             "7 km east of central Engels.")
    s = _only(empty)
    assert s.name == "Engels-2 air base" and s.country == "RUS"
    assert distance_m(s.lon, s.lat, 46.2, 51.48) <= s.precision_m <= 15_000


def test_a_flood_of_new_names_is_capped_and_the_dropped_ones_are_reported(empty, tmp_path):
    from catalog.ingest.writing import MAX_CANDIDATES

    syllables = ["ka", "kang", "ko", "kum", "nam", "pong", "song", "chon", "yong", "hwa",
                 "mun", "dong", "sin", "pyong", "ha", "hoe"]
    names = [(syllables[i % 16] + syllables[i // 16 % 16] + syllables[i // 256]).capitalize()
             for i in range(MAX_CANDIDATES + 12)]
    text = "\n".join(f"Trucks were seen at the {n} missile base." for n in names)
    r = _ingest(empty, tmp_path, text)
    assert len(r.candidates) == MAX_CANDIDATES
    assert len(empty.sites(("candidate",))) == MAX_CANDIDATES
    (msg,) = [p for p in r.problems if "dropped" in p]
    assert msg.startswith(f"12 candidate site(s) beyond the first {MAX_CANDIDATES} of this "
                          "report were dropped: ")
    assert f"'{names[MAX_CANDIDATES]} missile base'" in msg and msg.endswith(", ...")
    # the first ones named are the ones kept
    kept = {s.name for s in empty.sites(("candidate",))}
    assert f"{names[0]} missile base" in kept and f"{names[-1]} missile base" not in kept


# -- whose place a statement gives (texts written for these tests) --------------------------

KANGGYE = (126.5858, 40.9706)  # GeoNames Kanggye, the shipped world gazetteer


def test_a_statement_about_another_named_thing_does_not_place_the_site(empty, tmp_path):
    r = _ingest(empty, tmp_path,
                "North Korea expanded the Kanggye missile factory. Its trucks carry motors to "
                "a depot beside Sunan International Airport near Pyongyang. The factory ships "
                "parts along the railway from Manpo in Chagang Province, and its engineers "
                "trained with suppliers in Iran.")
    s = _only(empty)
    # the airport is near Pyongyang, Manpo is in Chagang, the suppliers are in Iran: none of
    # it places the factory, which stays at the town it is named after
    assert r.problems == [] or all("Pyongyang" not in p for p in r.problems)
    assert distance_m(s.lon, s.lat, *KANGGYE) < 1_000
    notes = " ".join(c.note or "" for c in empty.citations(site_id=s.site_id))
    assert "Pyongyang" not in notes and "Iran" not in notes


def test_the_kind_of_site_goes_on_about_it_paragraphs_later(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Analysts call it the Sohae Satellite Launching Station.\n\n"
            "Officials did not comment. The launch was delayed twice. Weather was poor. "
            "Crowds gathered on the shore.\n\n"
            "The station lies about 55 km southeast of Sinuiju.")
    s = _only(empty)
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m


def test_a_list_item_of_its_own_is_not_about_the_site_of_the_item_before(empty, tmp_path):
    # "Its headquarters" are the brigade's, whose item names no site; a nested item
    # ("  - about 55 km ...") goes on about its parent's site
    _ingest(empty, tmp_path,
            "Also this month:\n"
            "- Fighters from Tarsin Air Base, about 55 km southeast of Sinuiju, will train.\n"
            "- The Orvalian brigade completes its move to the north. Its headquarters are "
            "near Pyongyang.\n")
    s = _only(empty)
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m
    notes = " ".join(c.note or "" for c in empty.citations(site_id=s.site_id))
    assert "Pyongyang" not in notes


def test_an_item_nested_in_a_sites_item_goes_on_about_it(empty, tmp_path):
    _ingest(empty, tmp_path,
            "- Holt Air Base (also Holt airfield)\n"
            "  - Used by the air force since 1970; hangars.\n"
            "  - Coordinates of the airfield: 39°39′37″N 124°42′19″E.\n")
    s = _only(empty)
    assert s.location_method == "published by source"
    assert (round(s.lon, 6), round(s.lat, 6)) == SOHAE


def test_a_part_at_a_town_no_site_of_the_report_keeps_its_own_name(empty, tmp_path):
    # "the Uranium Conversion Facility (UCF) at Esfahan": a site of the town's name, and
    # the name the report gives it its other name
    _ingest(empty, tmp_path,
            "Iran has not given the Agency access to the Uranium Conversion Facility at "
            "Kestrelabad since 2021.")
    s = _only(empty)
    names = {a.alias for a in empty.aliases(s.site_id)}
    assert "Uranium Conversion Facility" in names


def test_the_airport_goes_on_about_the_last_site_with_airport_in_its_name(empty, tmp_path):
    # "The airport" opens no sentence about a site that is not one (a base, a launch site)
    _ingest(empty, tmp_path,
            "North Korea launched its missile from Tallowby International Airport, officials "
            "said.\nThe airport lies about 55 km southeast of Sinuiju.")
    s = _only(empty)
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m
    _ingest(empty, tmp_path,
            "North Korea launched its missile from the Orvale launch site, officials "
            "said.\nThe airport lies about 55 km southeast of Sinuiju.")
    site = next(s for s in empty.sites(("candidate",)) if "Orvale" in s.name)
    assert site.location_method is None


def test_a_site_named_after_a_town_is_placed_by_a_sentence_opening_with_that_name(
        empty, tmp_path):
    # "Sohae" is no town of the gazetteer; the second sentence opens with the site's name
    _ingest(empty, tmp_path,
            "Rockets left the Sohae launch site in North Korea on Monday.\n"
            "Sohae, about 55 km southeast of Sinuiju, is the country's main launch pad.")
    s = _only(empty)
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m


def test_a_range_known_only_by_its_name_is_found_placed_and_one_site(empty, tmp_path):
    # "Kapustin Yar" has no facility word; the sentences say what it is and where
    _ingest(empty, tmp_path,
            "Russia fired a missile from the Kapustin Yar range on Friday.\n"
            "Kapustin Yar, about 90 km east of Volgograd, is Russia's oldest missile test "
            "range.")
    s = _only(empty)
    names = {a.alias for a in empty.aliases(s.site_id)}
    assert "Kapustin Yar" in names and s.facility_type == "test site"
    # about 90 km east of Volgograd (48.72 N, 44.50 E): the range's centre lies 80-100 km
    assert s.location_method == "derived from source text"
    assert 60_000 < distance_m(s.lon, s.lat, 44.5, 48.72) < 120_000


def test_an_encyclopedia_page_is_one_site_with_its_infobox_names_and_point(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Kalma (air base)\n\n"
            "From Example Encyclopedia\n\n"
            "Kalma\n"
            "Coordinates: 39°10′00″N 127°29′00″E\n"
            "Other names: Wonsan air base; Kalma airfield\n\n"
            "Kalma is a military air base on the east coast of North Korea, near the Wonsan "
            "Radar Station. Arctic staging bases and weapons plants in the Middle East are "
            "another story.")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    kalma = next(s for s in sites.values() if "Kalma" in s.name)
    assert kalma.location_method == "published by source"
    assert (round(kalma.lat, 4), round(kalma.lon, 4)) == (39.1667, 127.4833)
    names = {a.alias for a in empty.aliases(kalma.site_id)}
    assert {"Wonsan air base", "Kalma airfield"} <= names
    # the radar is a site of its own; no site is made of a sea or a region
    assert set(sites) == {kalma.name, "Wonsan Radar Station"}


def test_a_country_narrows_and_an_adjective_before_city_is_read(empty, tmp_path):
    # Palmyra (GeoNames 170017, 34.56 N, 38.27 E); "in Syria" narrows, places nothing alone
    _ingest(empty, tmp_path,
            "The Tiyas air base lies in Syria, about 60 km west of the ancient city of "
            "Palmyra.")
    s = _only(empty)
    assert s.location_method == "derived from source text" and s.country == "SYR"
    assert 40_000 < distance_m(s.lon, s.lat, 38.27, 34.56) < 80_000
    notes = " ".join(c.note or "" for c in empty.citations(site_id=s.site_id))
    assert "inside Syria" in notes and "Palmyra" in notes


def test_a_launch_site_and_a_missile_test_site_at_one_place_are_one_site(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Trucks arrived at the Sohae launch site in North Korea. Officials said the "
            "Sohae missile test site would be used again.")
    (s,) = empty.sites(("candidate",))
    names = {a.alias for a in empty.aliases(s.site_id)}
    assert {"Sohae launch site", "Sohae missile test site"} <= names


def test_the_plant_is_the_last_site_of_its_kind_named_though_two_were(empty, tmp_path):
    # the sentence naming the station names its reactors too; "The plant" is the station
    _ingest(empty, tmp_path,
            "The reactors at the Sohae Nuclear Power Station in North Korea were upgraded.\n"
            "Fifty years on they still run.\n"
            "The plant stands about 55 km southeast of Sinuiju.")
    station = next(s for s in empty.sites(("candidate",)) if "Station" in s.name)
    assert station.location_method == "derived from source text"
    assert distance_m(station.lon, station.lat, *SOHAE) <= station.precision_m


def test_each_row_of_a_table_speaks_of_its_own_site(empty, tmp_path):
    # row 2 names no site the ingest knows: its coordinates must not go to row 1's site
    _ingest(empty, tmp_path,
            "Table 1: Sites in North Korea, as reported in\n"
            "public analyses of satellite imagery over the\n"
            "past two years.\n\n"
            "No. | Site                          | Position\n"
            "1   | Sohae Satellite Launching Station | 39°39′37″N 124°42′19″E\n"
            "2   | Unnamed coastal pad           | 40°51′N 129°40′E\n")
    s = _only(empty)
    assert (round(s.lon, 6), round(s.lat, 6)) == SOHAE
    assert s.location_method == "published by source"


def test_an_everyday_word_is_no_short_name_and_a_heading_no_site(empty, tmp_path):
    _ingest(empty, tmp_path,
            "From missile range to polar spaceport\n\n"
            "Pakistan's missiles come from the National Development Complex near Fatehjang, "
            "officials said. Its national defence white papers say little.")
    sites = empty.sites(("candidate",))
    assert [s.name for s in sites] == ["National Development Complex"]
    names = {a.alias for a in empty.aliases(sites[0].site_id)}
    assert "National" not in names
    # "national defence white papers" does not cite the complex
    quotes = [c.quote for c in empty.citations(site_id=sites[0].site_id)]
    assert not any("white papers" in (q or "") for q in quotes)


def test_a_centre_and_a_center_of_one_place_are_one_site(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Rockets left the Sohae launch centre in North Korea. The Sohae Satellite Launch "
            "Center has a new pad.")
    assert len(empty.sites(("candidate",))) == 1


def test_a_capital_that_only_starts_a_heading_is_no_place(empty, tmp_path):
    _ingest(empty, tmp_path, "# Hardened shelters go up at the Kalma air base\n\n"
                             "Work at the Kalma air base in North Korea went on.", "h.md")
    assert [s.name for s in empty.sites(("candidate",))] == ["Kalma air base"]


def test_a_site_named_after_a_provincial_capital_is_found_one_near_it_is_not(
        empty, tmp_path):
    # Kermanshah is a province and its capital; Tehran the country's capital
    _ingest(empty, tmp_path,
            "Iran fired missiles from the Kermanshah missile base, and a missile base near "
            "Tehran was also growing.")
    assert [s.name for s in empty.sites(("candidate",))] == ["Kermanshah missile base"]


def test_a_report_that_does_not_land_leaves_the_known_sites_as_they_were(
        empty, tmp_path, monkeypatch):
    """A report that fails after naming a known candidate: the run still knows the
    candidate, so a later report's other name for it becomes its alias."""
    import pytest

    from catalog.errors import ValidationError
    from catalog.ingest import Ingester
    from catalog.readers import read_report

    def report(name, text):
        (tmp_path / name).write_text(text, encoding="utf-8")
        return read_report(tmp_path / name)

    ing = Ingester(empty)
    ing.ingest_report(report("a.txt", "In North Korea, the Sohae Satellite Launching Station "
                                      "lies about 55 km southeast of Sinuiju."))
    sid = _only(empty).site_id
    again = "The Sohae Satellite Launching Station, also known as Tongchang-ri, was busy."

    def refuse(citations):
        raise ValidationError("refused")

    with monkeypatch.context() as m:
        m.setattr(empty, "add_citations", refuse)
        with pytest.raises(ValidationError):
            ing.ingest_report(report("b.txt", again))
    assert "Tongchang-ri" not in {a.alias for a in empty.aliases() if a.site_id == sid}
    ing.ingest_report(report("c.txt", again + " Work went on."))
    assert "Tongchang-ri" in {a.alias for a in empty.aliases() if a.site_id == sid}


# -- the sentences tie_statements reads, and each sentence's later mentions ----------------

_FRAGMENTS = ["It lies 20 km north of Sinuiju", "Its runway is long", "This is new",
              "The base sits on a hill", "The bases are old", "THE COMPLEX grew",
              "the site was known", "It is also known as the Hill", "The plant was called Z",
              "Diplomats call it simply the Arak reactor", "they refer to the site as Q",
              "Officials named the base Kilo", "recall it well", "Call it X",
              "Other names: Fordo; Shahid", "also known as: Vysoky", "Native name | Foo",
              "Chkalovsk, about 10 km away, is an airfield", "The Kusong Area, it said",
              "A plain sentence", "the map", "The other names", "it", "Known it as Y", "",
              "Alternative names : A"]


@given(st.lists(st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from([". ", ".\n", "\n\n",
                                                                      "; ", " "])),
                max_size=12), st.booleans())
def test_cue_sentences_are_every_sentence_the_full_test_passes(parts, wrapped):
    from catalog.ingest.scan import lowered
    from catalog.ingest.sentences import split_sentences
    from catalog.ingest.writing import _is_cue, cue_sentences

    text = "".join(f + sep for f, sep in parts)
    sentences = split_sentences(text, wrapped)
    every = tuple(i for i, (a, b) in enumerate(sentences) if _is_cue(text, a, b))
    assert cue_sentences(text, sentences, lowered(text)) == every
    assert cue_sentences(text, sentences, None) == every


def test_cue_sentences_name_the_sentences_that_tie_without_a_name():
    from catalog.ingest.sentences import split_sentences
    from catalog.ingest.writing import cue_sentences

    text = ("A plain sentence. It lies 20 km north of Sinuiju. Diplomats call it simply the "
            "Arak reactor. Nothing here. The base sits on a hill. Other names: Fordo\n"
            "Chkalovsk, about 10 km away, is an airfield. We recall it well.")
    sentences = split_sentences(text, False)
    assert [text[a:b].split()[0] for a, b in
            (sentences[i] for i in cue_sentences(text, sentences))] == [
        "It", "Diplomats", "The", "Other", "Chkalovsk,"]


def test_reading_only_the_cue_sentences_writes_what_reading_all_writes(tmp_path):
    from catalog.build import DATA_DIR, build_catalog
    from catalog.ingest import Ingester
    from catalog.readers import read_report
    from catalog.stores import open_catalog

    reports = sorted((Path(__file__).parent / "data" / "locate-b").glob("*.*"))
    reports = [p for p in reports if p.suffix != ".json"]
    dumps = []
    for full in (False, True):
        path = tmp_path / f"{full}.gpkg"
        build_catalog(path, DATA_DIR)
        with open_catalog(path) as cat:
            ing = Ingester(cat)
            for p in reports:
                report = read_report(p)
                analysis = ing.analyse_report(report)
                assert analysis.cues is not None
                if full:  # every sentence read, as before the cues
                    analysis = dataclasses.replace(analysis, cues=None)
                ing.ingest_report(report, analysis=analysis)
            dumps.append(([(s.site_id, s.name, s.lon, s.lat, s.precision_m, s.location_method)
                           for s in cat.sites(None)],
                          sorted(repr((c.site_id, c.supports, c.quote, c.note))
                                 for c in cat.citations()),
                          sorted((a.site_id, a.alias) for a in cat.aliases())))
    assert dumps[0] == dumps[1]
    assert len(dumps[0][0]) > 10 and any(m for *_, m in dumps[0][0])


@given(st.lists(st.tuples(st.sampled_from(["Sinpo", "South", "Shipyard", "is", "at", "the",
                                            "Sinpo-South", ",", "Kusong"]),
                          st.sampled_from([" ", "\n", ". ", "\n\n"])), max_size=30),
       st.booleans())
@example([("at", " "), ("Sinpo", " "), ("South", "\n"), ("Shipyard", " ")], False)
def test_matches_by_sentence_are_each_sentence_searched_alone(words, wrapped):
    # (the example: "South\nShipyard" crosses the sentences' end, and the first sentence
    # alone has "Sinpo South", the whole text "Sinpo")
    from catalog.gazetteer import Entry, NameIndex
    from catalog.ingest.sentences import split_sentences
    from catalog.ingest.writing import matches_by_sentence

    index = NameIndex()
    for name in ("Sinpo", "Sinpo South", "South Shipyard", "Shipyard\nKusong"):
        index.add(name, Entry("site", "x", name))
    text = "".join(w + sep for w, sep in words)
    sentences = split_sentences(text, wrapped)
    alone = {i: index.find(text[a:b]) for i, (a, b) in enumerate(sentences)}
    assert matches_by_sentence(index, text, sentences) == {i: m for i, m in alone.items() if m}


def test_a_shorter_name_the_report_gives_later_is_the_same_site(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In Israel, the Ada Lorne Kestrel Nuclear Research Center "
                                 "lies in the desert. Since 2020 the Kestrel Nuclear Research "
                                 "Center has been guarded by missile batteries.")
    (sid,) = r.candidates
    names = {a.alias for a in empty.aliases(sid)}
    assert {"Ada Lorne Kestrel Nuclear Research Center",
            "Kestrel Nuclear Research Center"} <= names


def test_another_name_of_a_known_site_is_no_new_site(empty, tmp_path):
    r = _ingest(empty, tmp_path, "In China, trucks reached the Ossora nuclear test site.")
    (sid,) = r.candidates
    r = _ingest(empty, tmp_path, "In China, the Ossora nuclear test site, known to its staff "
                                 "as Tern Valley Base, covers a vast area.", "b.txt")
    assert r.candidates == [] and sid in r.sites_matched
    assert "Tern Valley Base" in {a.alias for a in empty.aliases(sid)}


def test_a_name_given_to_it_far_from_any_site_name_is_the_pages_site(empty, tmp_path):
    text = ("Kestrel Satellite Launch Center\n\nIn China, the Kestrel Satellite Launch Center "
            "grew again this year.\n\nThe city of that name is far away. The name was chosen "
            "long ago. Its owners kept it quiet. Old documents called it the Tern Missile "
            "Test Center, after a village.\n")
    r = _ingest(empty, tmp_path, text, "kestrel.txt")
    (sid,) = r.candidates
    assert "Tern Missile Test Center" in {a.alias for a in empty.aliases(sid)}


def test_units_named_by_a_designation_are_parts_placed_within_their_station(empty, tmp_path):
    r = _ingest(empty, tmp_path,
                "In India, the Kakrapar Atomic Power Station began work in 1993.\n\n"
                "Its two newer pressurised heavy-water units, KAPS-3 and KAPS-4, reached full "
                "power last year.\n\n"
                "The plant stands about 60 km east of Surat, on the Tapi river.\n")
    station = empty.get_site("in-kakrapar-atomic-power-station")
    units = [empty.get_site(sid) for sid in ("in-kaps-3", "in-kaps-4")]
    assert set(r.candidates) == {station.site_id} | {u.site_id for u in units}
    # "The plant stands ..." is about the station, not the unit named last
    assert station.located
    for u in units:
        assert u.parent_site_id == station.site_id and u.located
        # within the station's extent: its point, a wider circle
        assert distance_m(u.lon, u.lat, station.lon, station.lat) < 1
        assert u.precision_m > station.precision_m


def test_a_reactors_former_designation_is_another_name_not_a_unit(empty, tmp_path):
    # "the Khondab Heavy Water Research Reactor (KHRR), formerly the IR-40 Reactor"
    _ingest(empty, tmp_path, "Iran\n\n11. At the Kestrel Heavy Water Research Reactor "
                             "(KHRR), formerly the KR-40 Reactor, the Agency has not carried "
                             "out verification since the facility was struck.\n")
    (site,) = empty.sites(("candidate",))
    assert site.name == "Kestrel Heavy Water Research Reactor"
    assert "KR-40 Reactor" in {a.alias for a in empty.aliases(site.site_id)}


def test_a_unit_of_a_facility_the_catalogue_does_not_hold_is_not_placed_by_its_words(
        empty, tmp_path):
    _ingest(empty, tmp_path,
            "In Pakistan, the Society for Isotope Research, known as SIBI, is run by the "
            "state. SIBI houses a small research reactor, SRR-1, bought in the 1960s.\n")
    (unit,) = [s for s in empty.sites(("candidate",)) if s.name == "SRR-1"]
    assert not unit.located  # not at the town of Sibi: SIBI is a facility's name
    assert "A part of 'SIBI'" in unit.notes


def test_a_unit_is_in_its_stations_country_and_a_bare_letter_takes_the_stations_name(
        empty, tmp_path):
    _ingest(empty, tmp_path, "Pakistan's Zarkan Nuclear Power Plant began work in 2000. The "
                             "Chinese-built reactor C-4 started in 2017.\n")
    station = empty.get_site("pk-zarkan-nuclear-power-plant")
    (unit,) = [s for s in empty.sites(("candidate",)) if s.parent_site_id == station.site_id]
    assert unit.name == "Zarkan Nuclear Power Plant C-4"  # "C-4" alone says little
    assert unit.country == "PAK"  # its station's, not the builder's


def test_a_direction_without_a_distance_places_the_site_in_the_anchors_country(empty, tmp_path):
    # the centre of "south-east of Dimona" (0 to 100 km that way) lies in Jordan; the
    # statement puts the site in Israel, as does the report
    _ingest(empty, tmp_path, "In Israel, the Example Nuclear Research Center, south-east of "
                             "the desert town of Dimona, was expanded last year.")
    s = _only(empty)
    assert s.location_method == "derived from source text" and s.country == "ISR"
    assert s.site_id.startswith("il-")
    dimona = (35.0332, 31.0696)
    assert distance_m(s.lon, s.lat, *dimona) <= s.precision_m
    notes = [c.note for c in empty.citations(site_id=s.site_id) if c.supports == "location"]
    assert any("no distance" in n for n in notes)


def test_a_site_next_to_it_is_placed_from_the_site_it_stands_for(empty, tmp_path):
    _ingest(empty, tmp_path,
            "In Iran, the Zarvandak Heavy Water Research Reactor lies about 40 km north of "
            "Isfahan. The reactor was redesigned in 2016.\n\n"
            "Next to it stands the Zarvandak Fuel Fabrication Plant, which has operated "
            "since 2006.")
    reactor, plant = sorted(empty.sites(None), key=lambda s: s.name)[::-1]
    assert "Reactor" in reactor.name and "Plant" in plant.name
    assert reactor.located and plant.located
    assert plant.location_method == "derived from source text"
    # the plant's circle holds the reactor's whole circle: wherever the reactor is, the
    # plant beside it is inside
    assert distance_m(plant.lon, plant.lat, reactor.lon, reactor.lat) + reactor.precision_m \
        <= plant.precision_m
    notes = [c.note for c in empty.citations(site_id=plant.site_id) if c.supports == "location"]
    assert any("next to" in n and reactor.site_id in n for n in notes)


def test_what_it_was_the_site_of_stands_within_it(empty, tmp_path):
    _ingest(empty, tmp_path,
            "In Iraq, the government cleaned up the Zubayrak Nuclear Research Centre. "
            "The centre lies about 20 km southeast of Baghdad. It was the site of the "
            "Qalvandar research reactor, which was bombed in 1981.")
    centre, reactor = sorted(empty.sites(None), key=lambda s: s.name)[::-1]
    assert "Centre" in centre.name and "reactor" in reactor.name.lower()
    assert centre.located and reactor.located
    assert distance_m(reactor.lon, reactor.lat, centre.lon, centre.lat) + centre.precision_m \
        <= reactor.precision_m


def test_a_statement_measured_from_another_new_site_of_the_report(empty, tmp_path):
    _ingest(empty, tmp_path,
            "In India, the Velunagar Atomic Power Station (VAPS) sits about 60 km south of "
            "Chennai.\n\nJust south of the VAPS domes is the Zarvandak Breeder Reactor, a "
            "500 MW sodium-cooled reactor that is loading fuel.")
    station = next(s for s in empty.sites(None) if "Station" in s.name)
    reactor = next(s for s in empty.sites(None) if "Breeder" in s.name)
    assert station.located and reactor.located
    assert distance_m(reactor.lon, reactor.lat, station.lon, station.lat) \
        + station.precision_m <= reactor.precision_m
    notes = [c.note for c in empty.citations(site_id=reactor.site_id)
             if c.supports == "location"]
    assert any(station.site_id in n for n in notes)


def test_a_boxed_infobox_field_places_the_site_its_title_row_names(empty, tmp_path):
    """A field row of an infobox drawn as a box ("| Coordinates  ... |") is not a data
    table's row of a site of its own: its point is the box's site's."""
    _ingest(empty, tmp_path,
            "Sohae (launch site)\n\n"
            "+--------------------------------------------------+\n"
            "| Sohae Satellite Launching Station                |\n"
            "|--------------------------------------------------|\n"
            "| Country        North Korea                       |\n"
            "| Coordinates    39°39′37″N 124°42′19″E            |\n"
            "| Operator       the national space agency         |\n"
            "+--------------------------------------------------+\n\n"
            "Sohae is the country's main rocket launch site.\n")
    s = _only(empty)
    assert s.location_method == "published by source"
    assert (round(s.lon, 6), round(s.lat, 6)) == SOHAE


def test_a_markdown_infoboxs_native_name_row_is_its_title_rows_sites(empty, tmp_path):
    # "| Taşkızak Naval Shipyard | |" over "| Native name | Taşkızak Tersanesi |": one yard
    _ingest(empty, tmp_path,
            "The navy's yards\n\n### Istanbul\n\n"
            "| Kesk Naval Shipyard | |\n|---|---|\n"
            "| Native name | Kesk Tersanesi |\n"
            "| Coordinates | 41.036°N 28.955°E |\n\n"
            "The **Kesk Naval Shipyard**, in Istanbul, builds patrol boats.\n")
    s = _only(empty)
    assert s.name == "Kesk Naval Shipyard"
    assert "Kesk Tersanesi" in {a.alias for a in empty.aliases() if a.site_id == s.site_id}


def test_a_table_row_naming_a_site_gives_its_point_to_no_row_above(empty, tmp_path):
    """ "Kesk brigade   65   Holt   --" over "Tallow brigade   66   Orvane   34.39N 111.65E"
    in a paper on a missile force: the second row's point is its own site's (were the row
    read as an infobox's field, "Kesk brigade" a label, the point went to the row above)."""
    _ingest(empty, tmp_path,
            "MAPPING THE ROCKET FORCE'S BRIGADES\n\nThe missile brigades have grown.\n\n"
            "Unit                Base  Province  Centre\n"
            "Kesk brigade        65    Holt      --\n"
            "Tallow brigade      66    Orvane    34.39N 111.65E\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    assert sites["Kesk brigade"].location_method is None
    assert (sites["Tallow brigade"].lat, sites["Tallow brigade"].lon) == (34.39, 111.65)


def test_it_below_a_page_title_is_the_page_site(empty, tmp_path):
    """ "It lies ..." paragraphs below a page's title, no other site named since: the
    page's site, however many sentences lie between."""
    _ingest(empty, tmp_path,
            "Sohae Satellite Launching Station\n\n"
            "From Example Encyclopedia\n\n"
            "The Sohae Satellite Launching Station is North Korea's main rocket launch site. "
            "Building began in the early 2000s. The first launch came in 2012. Two more "
            "followed in 2016.\n\n"
            "It lies about 55 km southeast of Sinuiju.\n")
    s = _only(empty)
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m


def test_a_village_namesake_far_from_every_place_the_report_speaks_of_places_nothing(
        empty, tmp_path):
    """A site named after a village the gazetteer has only far from all the places the
    report measures from is likely named after another place of that name: unlocated,
    with the reason for review. A report of places far apart says nothing of that."""
    text = ("In North Korea, the Sohae Satellite Launching Station lies about 55 km southeast "
            "of Sinuiju. {} A new hangar went up at the Kwirak air base this spring.")
    r = _ingest(empty, tmp_path, text.format(""))
    kwirak = next(s for s in empty.sites(("candidate",)) if "Kwirak" in s.name)
    assert not kwirak.located
    assert any("likely another place of that name" in p for p in r.problems)
    assert "For review" in kwirak.notes


def test_a_village_namesake_in_a_report_of_places_far_apart_places_the_site(empty,
                                                                             tmp_path):
    _ingest(empty, tmp_path,
            "In North Korea, the Sohae Satellite Launching Station lies about 55 km southeast "
            "of Sinuiju. The Sinpo South Shipyard lies about 5 km south of Sinpo. A new "
            "hangar went up at the Kwirak air base this spring.")
    kwirak = next(s for s in empty.sites(("candidate",)) if "Kwirak" in s.name)
    assert kwirak.location_method == "gazetteer"


def test_the_site_is_the_site_so_named_not_a_part_named_since(empty, tmp_path):
    """ "The site, ..., lies ..." after a sentence naming a part of it (its reactors) goes
    on about the site whose name ends in "Site"; "its position" in the next sentence too."""
    _ingest(empty, tmp_path,
            "The Sohae Launch Site was North Korea's first rocket test centre. Today Sohae is "
            "largely a site of engine tests: the two Taegwan reactors nearby produced power "
            "for the site until 2009.\n\n"
            "The site, spread over two valleys, lies about 55 km southeast of Sinuiju. "
            "Engineers give its position as 39°39′37″N 124°42′19″E.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    site = sites["Sohae Launch Site"]
    assert site.location_method == "published by source"
    assert (round(site.lon, 6), round(site.lat, 6)) == SOHAE
    assert not sites["Taegwan reactors"].located


def test_a_name_given_to_it_is_no_other_site_to_go_on_about(empty, tmp_path):
    """ "Documents called it the X Test Center" names "it" again: a later "The site ..."
    and its coordinates are still the first site's, and X is folded into it (its town
    no name of the site)."""
    _ingest(empty, tmp_path,
            "Imagery shows a new pad at the Sohae Satellite Launching Station in North Korea. "
            "It lies about 55 km southeast of Sinuiju. Old documents called it the Kwirak "
            "Missile Test Center. The site was built from 1990.\n\n"
            "Crews were seen. Trucks came. Fuel tanks went up.\n\n"
            "Position: 39°39′37″N 124°42′19″E\n")
    (s,) = empty.sites(("candidate",))
    assert s.location_method == "published by source"
    names = {a.alias for a in empty.aliases(s.site_id)}
    assert "Kwirak Missile Test Center" in names
    assert "Kwirak" not in names  # the town the other name is after is no name of the site


def test_a_statement_of_the_sentences_subject_is_not_a_part_its_end_names(empty, tmp_path):
    """ "The station, located ... southeast of Sinuiju, uses seawater to cool its two X
    reactors": the statement is the station's (the sentence's subject), not the reactors'."""
    _ingest(empty, tmp_path,
            "The Sohae Satellite Launching Station in North Korea was upgraded this year. "
            "The station, located about 55 km southeast of Sinuiju, uses seawater to cool its "
            "two Taegwan reactors.")
    station = next(s for s in empty.sites(("candidate",)) if "Sohae" in s.name)
    assert station.location_method == "derived from source text"
    assert distance_m(station.lon, station.lat, *SOHAE) <= station.precision_m


def test_a_distance_from_a_site_of_the_report_is_not_that_sites_place(empty, tmp_path):
    _ingest(empty, tmp_path,
            "The Sinpo shipyard builds North Korea's submarines. Its rockets fly from the Sohae "
            "Satellite Launching Station, near Sinuiju and about 300 km west of the Sinpo "
            "shipyard.")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    yard = next(s for n, s in sites.items() if "Sinpo" in n)
    assert yard.location_method == "gazetteer"  # at Sinpo, not 300 km west of it
    sohae = next(s for n, s in sites.items() if "Sohae" in n)
    notes = " ".join(c.note or "" for c in empty.citations(site_id=sohae.site_id)
                     if c.supports == "location")
    assert "300 km west" in notes


def test_a_name_that_is_a_sites_place_and_facility_words_opens_about_that_site(
        empty, tmp_path):
    """ "Sohae Air Force Base, across the bay, ..." many paragraphs after "the Sohae base":
    that site, and "The base sits ..." after it too."""
    filler = " ".join(f"Paragraph {n} says nothing of places." for n in range(14))
    _ingest(empty, tmp_path,
            "Key findings\n"
            "- New storage continues at Kusong and Sohae, the two bases that host the "
            "bombers.\n\n"
            f"Introduction\n\n{filler}\n\n"
            "Sohae Air Force Base, across the bay from the city, is the larger of the two. "
            "The base sits about 55 km southeast of Sinuiju.\n")
    # ("Kusong and Sohae, the two bases": Kusong's base is a site too, by its town)
    kusong, s = sorted(empty.sites(("candidate",)), key=lambda x: x.name)
    assert kusong.name.startswith("Kusong") and kusong.location_method == "gazetteer"
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m


def test_what_follows_a_facility_the_report_makes_no_site_of_is_not_the_last_sites(
        empty, tmp_path):
    """A sentence opening with a facility's name no site of the report has ("Naval
    Submarine Base Example Bay, ...") ends talk of the sites before: "Its reference
    position" after it is that facility's, not the launch station's."""
    _ingest(empty, tmp_path,
            "In North Korea, the Sohae Satellite Launching Station lies about 55 km southeast "
            "of Sinuiju. Work there is slow.\n\n"
            "Naval Submarine Base Example Bay, in the far east, is another story. Its "
            "reference position is 41°17′N 129°05′E.\n")
    # (the base itself is a site now that names put first are read; the launch station
    # must still not take its point)
    s = empty.get_site("kp-sohae-satellite-launching-station")
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, *SOHAE) <= s.precision_m


def test_a_name_several_places_bear_is_the_one_near_the_other_statements(empty, tmp_path):
    """ "9 km north of Silverdale" (the gazetteer has several) with "30 km west of
    Seattle": the Silverdale near Seattle."""
    _ingest(empty, tmp_path, "The Hood Point naval base lies about 9 km north of Silverdale "
                             "and some 30 km west of Seattle.")
    (s,) = empty.sites(("candidate",))
    notes = " ".join(c.note or "" for c in empty.citations(site_id=s.site_id)
                     if c.supports == "location")
    assert "Silverdale" in notes and "Seattle" in notes
    assert distance_m(s.lon, s.lat, -122.70, 47.73) <= s.precision_m  # 9 km N of Silverdale


def test_a_name_several_places_bear_read_by_the_context_yields_to_the_other_statements(
        empty, tmp_path):
    """ "in Kittery, Maine, across the river from Portsmouth", with "Portsmouth, Virginia"
    later in the sentence: the Portsmouth across the river from Kittery (New Hampshire's),
    not the one the sentence's province names, 800 km away."""
    _ingest(empty, tmp_path, "Refits happen at the Tallowby Naval Yard, which is actually in "
                             "Kittery, Maine, across the river from Portsmouth, and at the "
                             "Hesk yard in Portsmouth, Virginia.")
    s = empty.get_site(next(x.site_id for x in empty.sites(("candidate",))
                            if "Tallowby" in x.name))
    assert distance_m(s.lon, s.lat, -70.74, 43.08) <= s.precision_m <= 20_000  # the yard


def test_a_town_of_several_places_is_no_site_of_the_report_named_after_it(empty, tmp_path):
    """ "about 30 miles north-west of Richland" (a town of several) in a report that also
    names "the Richland fuel plant": the statement is measured from a town, which goes to
    review, not from that plant (which would have dropped it without a word)."""
    r = _ingest(empty, tmp_path, "Tallow Reactor, about 30 miles north-west of Richland on the "
                                 "Columbia River, is now a museum.\n\nThe Richland fuel plant "
                                 "makes fuel assemblies for commercial reactors.\n")
    assert any(p.startswith("Tallow Reactor:") and "several places named 'Richland'" in p
               for p in r.problems)


def test_it_far_below_a_site_the_title_does_not_name_is_not_that_site(empty, tmp_path):
    """ "It lies ..." pages after the only site the report names, under a title that
    does not name it, may be about anything the report failed to name: no statement."""
    filler = " ".join(f"Paragraph {n} says nothing of places." for n in range(14))
    _ingest(empty, tmp_path,
            "EXAMPLE BRIEF NO. 9\n\n"
            "Work continues at the Sohae Satellite Launching Station in North Korea.\n\n"
            f"{filler}\n\n"
            "It lies about 20 km north of Kusong.\n")
    (s,) = empty.sites(("candidate",))
    notes = " ".join(c.note or "" for c in empty.citations(site_id=s.site_id))
    assert "Kusong" not in notes


def test_a_former_name_between_dashes_is_one_site_not_two(empty, tmp_path):
    _ingest(empty, tmp_path,
            "In Greenland, **Harwick Space Base** — called **Tolsby Air Base** until 2019 "
            "— is the northernmost base. Tolsby Air Base was built in 1951.")
    (s,) = empty.sites(None)
    names = {s.name} | {a.alias for a in empty.aliases() if a.site_id == s.site_id}
    assert {"Harwick Space Base", "Tolsby Air Base"} <= names


def test_it_is_called_names_the_site_its_sentence_names(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Finland's Brinmoor Air Base lies 14 km north of Kuopio. Brinmoor Air Base is in "
            "the parish of Holt, although it is generally called Kesk-Brinmoor after the "
            "larger town to the south.")
    (s,) = empty.sites(None)
    assert "Kesk-Brinmoor" in {a.alias for a in empty.aliases() if a.site_id == s.site_id}


def test_two_bases_between_dashes_stay_two(empty, tmp_path):
    _ingest(empty, tmp_path,
            "In Greenland, Harwick Space Base — the Tolsby Air Base lies 400 km south — "
            "is the northernmost base.")
    assert len(empty.sites(None)) == 2


def test_a_local_language_name_of_a_base_is_the_base(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Vliegbasis Brakel, the Royal Netherlands Air Force base in the province of "
            "Gelderland, lies about 4 km east of the village of Brakel.\n\n"
            "Figure 2. Brakel Air Base, 3 July 2026.")
    (s,) = empty.sites(None)
    assert {"Vliegbasis Brakel", "Brakel Air Base"} <= (
        {s.name} | {a.alias for a in empty.aliases() if a.site_id == s.site_id})


def test_one_post_called_a_station_and_a_base_is_one_site(empty, tmp_path):
    _ingest(empty, tmp_path,
            "The Tarsin radar station, in Malatya Province, hosts a radar. It stands near "
            "the village of Tarsin. Officials stress that data from Tarsin Radar Base are "
            "not shared.")
    assert len(empty.sites(None)) == 1


def test_posts_of_other_functions_or_places_stay_apart(empty, tmp_path):
    _ingest(empty, tmp_path,
            "The Tarsin radar station, in Malatya Province, hosts a radar. Officials say "
            "the Tarsin Missile Base and the Korvan Radar Base are not linked to it. "
            "Vliegbasis Brakel lies far from the Tarsin air base.")
    names = sorted(s.name for s in empty.sites(None))
    assert len(names) == len({n.lower() for n in names}) >= 4, names


def test_what_most_people_call_a_site_of_the_same_kind_is_the_site_before(empty, tmp_path):
    _ingest(empty, tmp_path,
            "In Norway, the **Skarvik radar station** stands on the island of Vardøya, some "
            "60 km east-north-east of Vadsø. The white domes of what most people call the "
            "**Orm radar station** house three generations of radars.")
    (s,) = empty.sites(None)
    assert "Orm radar station" in {s.name} | {
        a.alias for a in empty.aliases() if a.site_id == s.site_id}


def test_what_people_call_a_site_of_another_kind_is_another_site(empty, tmp_path):
    _ingest(empty, tmp_path,
            "In Norway, the **Skarvik radar station** stands on the island of Vardøya, some "
            "60 km east-north-east of Vadsø. Its radars watch what locals call the "
            "**Orm Air Base**, 40 km to the east.")
    assert len(empty.sites(None)) == 2


_WRAPPED_ANSWER = (
    "Written answer on the deterrent\n\n"
    "The Minister was asked what the cost is of each project at (i) AWE Fakeley and at (ii) AWE\n"
    "Dunholme, and whether the works are on time, and what the Department has said in reply to\n"
    "the letters that the committee sent to it in the spring of this year about the programme.\n"
    "The Ministry of Defence runs both sites and reports on them every year to the committee. AWE\n"
    "Fakeley, about 9 km south-west of Reading in England, is where the warheads are assembled\n"
    "and dismantled, and it employs several thousand people on a site of a few hundred hectares.\n")


_FACILITY_AT = _WRAPPED_ANSWER.replace(
    "each project at (i) AWE Fakeley and at (ii) AWE\nDunholme,",
    "the new warhead assembly facility at Fakeley and\n")


@pytest.mark.parametrize("text", [_WRAPPED_ANSWER, _FACILITY_AT])
def test_a_name_put_first_opening_a_wrapped_sentence_is_its_subject(empty, tmp_path, text):
    # "AWE\nFakeley, about 9 km south-west of Reading, ...": the line wraps inside the
    # name the sentence opens with; the statement is AWE Fakeley's, or the Fakeley
    # facility's that the report named before ("a new ... facility at Fakeley")
    _ingest(empty, tmp_path, text)
    (s,) = [s for s in empty.sites(None) if "Fakeley" in s.name]
    assert s.located
    reading = (-0.9781, 51.4543)
    d = distance_m(s.lon, s.lat, *reading)
    assert 2_000 < d < 20_000 and s.lat < reading[1] and s.lon < reading[0]


CARACAL = (24.35, 44.1167)  # the shipped gazetteer's Caracal, Romania (about)


def test_a_name_and_its_initials_in_brackets_are_one_subject_for_it(empty, tmp_path):
    # both names are found; "It lies ..." in the next sentence is that one site
    _ingest(empty, tmp_path, "In Romania, Fort Dunholme is the older of the two sites.\n\n"
                             "The second, Naval Support Facility Testvale (NSF Testvale), was "
                             "declared operational in 2016. It lies about 6 km "
                             "south-south-east of the town of Caracal.")
    (s,) = [s for s in empty.sites(None) if "Testvale" in s.name]
    assert s.located and distance_m(s.lon, s.lat, *CARACAL) < 15_000


def test_it_stands_on_the_grounds_of_a_site_within_that_site(empty, tmp_path):
    _ingest(empty, tmp_path, "In Romania, the Testvale radar station was declared operational "
                             "in 2016. It stands on the grounds of a former air base near the "
                             "town of Caracal, in the south of the country.")
    (s,) = [s for s in empty.sites(None) if "Testvale" in s.name]
    (base,) = [s for s in empty.sites(None) if "Caracal" in s.name]
    assert s.located and base.located
    assert distance_m(s.lon, s.lat, base.lon, base.lat) <= s.precision_m
    assert s.precision_m > base.precision_m  # the base's uncertainty and its extent


def test_a_site_named_just_before_at_another_stands_within_it(empty, tmp_path):
    # "the so-called X at the Y, at Z, about 20 km southeast of Islamabad": the
    # statements are Y's (named nearest before them); X stands within Y
    _ingest(empty, tmp_path, "In Pakistan, the oldest reprocessing facility is the so-called "
                             "Testbury Labs at the Testland Institute of Nuclear Science and "
                             "Technology (TINSTECH), at Testore, about 20 km southeast of "
                             "Islamabad.\n\nSatellite imagery shows that the Testbury Labs "
                             "plant was expanded.\n")
    (labs,) = [s for s in empty.sites(None) if "Testbury" in s.name]
    (inst,) = [s for s in empty.sites(None) if "Testland" in s.name]
    assert inst.located and labs.located
    assert distance_m(labs.lon, labs.lat, inst.lon, inst.lat) <= labs.precision_m
    assert labs.precision_m > inst.precision_m


def test_a_sentence_naming_a_site_by_its_initials_is_about_it(empty, tmp_path):
    _ingest(empty, tmp_path, "The Testland National Nuclear Center (TNNC) was set up in 1992 "
                             "to look after the old test site. The TNNC's headquarters and "
                             "institutes are in the town of Kurchatov, about 125 km "
                             "west-north-west of Semey.\n")
    (s,) = [s for s in empty.sites(None) if "Testland" in s.name]
    assert s.located


def test_at_another_site_of_the_report_is_near_that_site(empty, tmp_path):
    # "at Testmash" names the shipyard, not a place of the gazetteer
    _ingest(empty, tmp_path, "This is Severodvinsk. The Testmash shipyard sits on the "
                             "waterfront in Severodvinsk. Half the town works at Testmash or "
                             "at its neighbour, the Testovka repair yard, and conversations "
                             "stop when a stranger mentions boats.\n")
    (yard,) = [s for s in empty.sites(None) if "Testovka" in s.name]
    (ship,) = [s for s in empty.sites(None) if "Testmash" in s.name]
    assert ship.located and yard.located
    assert distance_m(yard.lon, yard.lat, ship.lon, ship.lat) <= yard.precision_m


def test_at_a_site_s_own_name_places_no_other_site(empty, tmp_path):
    # "works at RAF Testheath, like those at RAF Testhall": Testhall is not at Testheath
    _ingest(empty, tmp_path, "In England, works at RAF Testheath, like those at RAF Testhall, "
                             "are funded by the United States. RAF Testheath, about 3 km east "
                             "of Lakenheath, is a Royal Air Force station.\n")
    (heath,) = [s for s in empty.sites(None) if "Testheath" in s.name]
    (hall,) = [s for s in empty.sites(None) if "Testhall" in s.name]
    assert heath.located and not hall.located


def test_a_list_item_cut_at_a_line_s_end_goes_on_about_its_site(empty, tmp_path):
    # the sentence is cut before "Indonesia, at the ... science area in Serpong"
    _ingest(empty, tmp_path,
            "Example Isotopes will purchase a share of the output of:\n\n"
            "- the Dunholme Nuclear Research Reactor, operated in the town of Testville; and\n"
            "- the G.A. Testbessy Multipurpose Reactor (RSG-TST), the largest research "
            "reactor in\n"
            "  Indonesia, at the Testiptek science area in Serpong, about 25 km "
            "west-south-west of\n"
            "  central Jakarta; and\n- nothing else.\n")
    (s,) = [s for s in empty.sites(None) if "Testbessy" in s.name]
    assert s.located and distance_m(s.lon, s.lat, 106.67, -6.32) < s.precision_m + 10_000


def test_as_the_base_is_known_gives_another_name_to_measure_from(empty, tmp_path):
    # "4 km west of Testlane": Testlane is the naval base's other name, given just before
    _ingest(empty, tmp_path,
            "In Scotland, crews train at HM Naval Base Testclyde, the Royal Navy said. The base "
            "was published at 56°03′58″N 4°49′03″W.\n\nTestlane, as the base is universally "
            "known, sits roughly 40 km north-west of Glasgow. The warheads are stored at RNAD "
            "Testport, the armaments depot on Loch Long, about 4 km west of Testlane.\n")
    (port,) = [s for s in empty.sites(None) if "Testport" in s.name]
    (base,) = [s for s in empty.sites(None) if "Testclyde" in s.name]
    assert base.located and port.located
    assert distance_m(port.lon, port.lat, base.lon, base.lat) <= port.precision_m
    assert "Testlane" in {a.alias for a in empty.aliases(base.site_id)}


def test_a_site_on_the_base_named_before_stands_within_it(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Warheads pass through Testland Air Force Base, on the south-east side of "
            "Albuquerque, New Mexico. The Testland Underground Munitions Storage Complex "
            "(TUMSC) on the base is believed to be the largest store of its kind.\n")
    (store,) = [s for s in empty.sites(None) if "Storage" in s.name]
    (base,) = [s for s in empty.sites(None) if s.name == "Testland Air Force Base"]
    assert base.located and store.located
    assert distance_m(store.lon, store.lat, base.lon, base.lat) <= store.precision_m


def test_a_kind_of_site_then_its_name_after_a_comma_is_one_subject(empty, tmp_path):
    # "the first X site, Naval Support Facility Y (NSF Y), ...": "It" is NSF Y, which
    # stands on the grounds of the air base "near the village of Y" (the village, not
    # NSF Y named after it)
    _ingest(empty, tmp_path,
            "In Romania, the first Aegis Ashore site, Naval Support Facility Testeselu (NSF "
            "Testeselu), was declared operational in 2016. It stands on the grounds of a former "
            "air base near the village of Testeselu, about 6 km south-south-east of the town "
            "of Caracal.\n")
    (nsf,) = [s for s in empty.sites(None) if s.name.startswith("Naval Support")]
    (base,) = [s for s in empty.sites(None) if s.name == "Testeselu air base"]
    assert base.located and nsf.located
    assert distance_m(nsf.lon, nsf.lat, *CARACAL) < nsf.precision_m


def test_a_county_larger_than_its_seat_circle_yields_to_the_sites_other_statements(
        empty, tmp_path):
    # Vandenberg's runway is some 85 km from Santa Barbara, the county seat, and about 16 km
    # north-west of Lompoc (34.7420 N, 120.5724 W)
    _ingest(empty, tmp_path,
            "Vandenberg Space Force Base sits on the coast of Santa Barbara County in "
            "California. The base's airfield is about 16 km north-west of Lompoc.")
    s = _only(empty)
    assert s.location_precision == "approximate"
    assert distance_m(s.lon, s.lat, -120.5724, 34.7420) <= s.precision_m <= 30_000
    (item,) = [r for r in empty.review_items(site_id=s.site_id) if "County" in r.reason]
    # (no circle round a town of the county's name: a US county may bear another's)
    assert "'of Santa Barbara County'" in item.reason and "US county" in item.reason


def test_a_reactor_design_is_a_kind_of_plant_and_the_plant_goes_on(empty, tmp_path):
    # Rooppur stands about 7 km south-south-west of Ishwardi (24.07 N, 89.05 E)
    _ingest(empty, tmp_path,
            "In Bangladesh, fuel was loaded into unit 1 of the Rooppur Nuclear Power Plant. "
            "The two-unit VVER-1200 station, built by a foreign firm, is about 7 km "
            "south-south-west of Ishwardi.")
    s = _only(empty)
    assert s.name == "Rooppur Nuclear Power Plant"
    assert distance_m(s.lon, s.lat, 89.05, 24.07) <= s.precision_m <= 20_000


def test_a_towns_possessive_before_facility_words_is_its_facility(empty, tmp_path):
    """"Dimona's reactor" is the facility of the town (a GeoNames town); the town's
    mayor is none, nor a possessive of no town ("Vellmor's", a person's or a firm's)."""
    _ingest(empty, tmp_path,
            "In Israel, Dimona's reactor is old. Dimona's mayor and the people of Dimona "
            "protested. Officials said Vellmor's missile base is ready and President "
            "Tarrow's air base too.")
    assert [s.name for s in empty.sites(None)] == ["Dimona reactor"]


def test_the_plant_at_a_place_in_a_sentence_about_the_atom_is_a_site(empty, tmp_path):
    _ingest(empty, tmp_path, "In Texas, the plant at Pantex assembles nuclear warheads.")
    assert [s.name for s in empty.sites(None)] == ["Pantex plant"]


def test_the_plant_at_a_place_in_a_sentence_of_no_atom_is_no_site(empty, tmp_path):
    _ingest(empty, tmp_path, "In Texas, the plant at Amarillo makes cars. The plant near "
                             "Vellmor makes tractors.")
    assert empty.sites(None) == []


@pytest.mark.parametrize("text", [
    "In Greenland, Harwick Space Base (formerly Tolsby Air Base) lies on the coast. Tolsby "
    "Air Base was built in 1951.",
    "In Greenland, Tolsby Air Base, renamed Harwick Space Base in 2023, lies on the coast.",
    "In Greenland, Tolsby Air Base was renamed Harwick Space Base in 2023.",
    "In Greenland, Harwick Space Base — called Tolsby Air Base until 2023 — is the "
    "northernmost base.",
])
def test_a_site_takes_its_name_of_today_and_keeps_the_former_one(empty, tmp_path, text):
    _ingest(empty, tmp_path, text)
    (s,) = empty.sites(None)
    assert s.name == "Harwick Space Base"
    assert "Tolsby Air Base" in {a.alias for a in empty.aliases() if a.site_id == s.site_id}


@pytest.mark.parametrize("text, name, other", [
    # the facility's word first, a renaming ordered: the name it is given
    ("In Texas, the Secretary directed that Fort Tolsby be renamed Fort Harwick.",
     "Fort Harwick", "Fort Tolsby"),
    # ... a renaming to come, or proposed, or expected: one post, its name of the day kept
    ("In Texas, Fort Tolsby will be renamed Fort Harwick in May.", "Fort Tolsby",
     "Fort Harwick"),
    ("In Texas, Fort Tolsby, the infantry center south of Orrin, Texas, is expected to "
     "return to the name Fort Harwick within weeks.", "Fort Tolsby", "Fort Harwick"),
    ("In Texas, a bill proposing that Fort Tolsby be renamed Fort Harwick was defeated in "
     "the Senate.", "Fort Tolsby", "Fort Harwick"),
    ("In Texas, Fort Tolsby, which was expected to be renamed Fort Harwick, kept its old "
     "name after the vote.", "Fort Tolsby", "Fort Harwick"),
    # ... an order without "that", a return to the old name made
    ("In Texas, the Secretary ordered Fort Tolsby to be renamed Fort Harwick.",
     "Fort Harwick", "Fort Tolsby"),
    ("In Texas, Fort Tolsby, which returned to the name Fort Harwick in February, hosts a "
     "division.", "Fort Harwick", "Fort Tolsby"),
])
def test_a_post_to_be_renamed_is_one_post_named_as_it_is(empty, tmp_path, text, name, other):
    _ingest(empty, tmp_path, text)
    (s,) = empty.sites(None)
    assert s.name == name
    assert other in {a.alias for a in empty.aliases() if a.site_id == s.site_id}


def test_a_list_items_former_name_past_its_own_words_is_one_post(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Army posts given new names in 2023:\n\n"
            "- Fort Kesk, in central Texas (Fort Tallow until 2023)\n"
            "- Fort Orrin, North Carolina, home of the 82nd Airborne Division (Fort Holt "
            "until 2023)\n")
    assert sorted(s.name for s in empty.sites(None)) == ["Fort Kesk", "Fort Orrin"]


def test_a_list_items_other_name_past_where_it_is_is_one_post(empty, tmp_path):
    _ingest(empty, tmp_path,
            "The following names return:\n\n"
            "- **Fort Tolsby**, Virginia, just east of Petersburg (Fort Harwick) — for a "
            "private.\n"
            "- **Fort Kestrel**, Georgia, south-west of Augusta (Fort Orrin since October "
            "2023) — for a sergeant.\n\n"
            "Soldiers at Fort Harwick and Fort Orrin were told to follow the signs.")
    assert sorted(s.name for s in empty.sites(None)) == ["Fort Kestrel", "Fort Tolsby"]


@pytest.mark.parametrize("text, both", [
    ("In Pakistan, Kestrel Air Base, known until 1992 as Tallow Air Base, lies north.", True),
    ("In Pakistan, the former Tallow Air Base, now Kestrel Air Base, lies north.", True),
    ("In Pakistan, the base was known as Tallow Air Base until it was renamed Kestrel Air "
     "Base in 1992.", True),
    # two bases: no word of renaming joins them
    ("In Pakistan, Kestrel Air Base lies north; Tallow Air Base, until 1992 its rival, "
     "lies south.", False),
])
def test_a_former_name_with_its_time_is_one_site(empty, tmp_path, text, both):
    _ingest(empty, tmp_path, text)
    names = sorted(s.name for s in empty.sites(None))
    assert names == (["Kestrel Air Base"] if both else ["Kestrel Air Base", "Tallow Air Base"])


def test_the_base_goes_on_about_the_base_whose_name_puts_its_kind_first(empty, tmp_path):
    # "The base" after "PAF Base Minhas" is Minhas, not the air base named paragraphs before
    _ingest(empty, tmp_path,
            "In Afghanistan, the Taliban parade at Bagram Air Base, which lies about 47 km "
            "north of Kabul.\n\nAcross the border in Pakistan, at PAF Base Minhas, "
            "production continued. The base lies about 60 km west-north-west of Islamabad.")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    minhas, bagram = sites["PAF Base Minhas"], sites["Bagram Air Base"]
    assert minhas.country == "PAK" and minhas.location_precision == "approximate"
    assert distance_m(minhas.lon, minhas.lat, 72.401, 33.869) <= minhas.precision_m
    assert bagram.country == "AFG"
    assert distance_m(bagram.lon, bagram.lat, 69.265, 34.946) <= bagram.precision_m


@pytest.mark.parametrize("text, names", [
    ("Bagram Airfield was the hub of the war in Afghanistan. Today Bagram Air Base is "
     "quiet.", {"Bagram Airfield"}),
    # a pilot plant and the plant at one place are two
    ("In Iran, the Natanz Fuel Enrichment Plant and the Natanz Pilot Fuel Enrichment Plant "
     "both run.", {"Natanz Fuel Enrichment Plant", "Natanz Pilot Fuel Enrichment Plant"}),
])
def test_one_airfield_by_two_words_for_an_airfield_is_one_site(empty, tmp_path, text, names):
    _ingest(empty, tmp_path, text)
    assert {s.name for s in empty.sites(("candidate",))} == names


def test_the_station_in_a_digests_next_item_is_that_items_plant(empty, tmp_path):
    # "The station" opens item 2: Rooppur (its item), not the Koeberg station of item 1
    _ingest(empty, tmp_path,
            "SOUTH AFRICA - LICENCE\n"
            "The Koeberg Nuclear Power Station stands about 28 km north of Cape Town.\n\n"
            "BANGLADESH - FUEL\n"
            "Fuel was loaded into the Rooppur Nuclear Power Plant in Bangladesh. The two-unit "
            "station is about 7 km south-south-west of Ishwardi.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    koeberg = sites["Koeberg Nuclear Power Station"]
    rooppur = sites["Rooppur Nuclear Power Plant"]
    assert distance_m(koeberg.lon, koeberg.lat, 18.432, -33.676) <= koeberg.precision_m
    assert distance_m(rooppur.lon, rooppur.lat, 89.05, 24.07) <= rooppur.precision_m


def test_a_small_namesake_in_the_sites_own_province_is_the_sites_town(empty, tmp_path):
    # the report measures its other site from Anadyr, 2,000 km away; Tiksi airfield lies
    # about 2 km east-north-east of the settlement of Tiksi (71.697 N, 128.903 E), in Sakha
    _ingest(empty, tmp_path,
            "Russia keeps fighters at Ugolny airfield, about 10 km east of Anadyr.\n\n"
            "Further west, Tiksi airfield in the Sakha Republic sits on the shore, about 2 km "
            "east-north-east of the settlement of Tiksi.")
    tiksi = next(s for s in empty.sites(("candidate",)) if s.name == "Tiksi airfield")
    assert tiksi.admin1 == "Sakha Republic"
    assert distance_m(tiksi.lon, tiksi.lat, 128.903, 71.697) <= tiksi.precision_m <= 10_000
    reasons = [r.reason for r in empty.review_items(site_id=tiksi.site_id)]
    assert any("too long to place a site by" in r for r in reasons)  # "on the shore" of RU


@pytest.mark.parametrize("text, names", [
    # one place's name spelled two ways, the same facility words: one site
    ("In Albania, Velmora Air Base lies north of the capital. NATO jets landed at Velmorë "
     "Air Base in 2024.", {"Velmora Air Base"}),
    ("In Albania, Velmora Air Base (also Velmorë Air Base) lies north. Jets landed at "
     "Velmorë Air Base.", {"Velmora Air Base"}),
    # a word more ("South"), other facility words, or both named apart: two
    ("In Albania, Velmora Air Base lies north. Velmora South Air Base lies south.",
     {"Velmora Air Base", "Velmora South Air Base"}),
    ("In Albania, Velmora Air Base lies north. Velmorë Naval Base lies on the coast.",
     {"Velmora Air Base", "Velmorë Naval Base"}),
    ("In Albania, Velmora Air Base and Velmorë Air Base lie 40 km apart.",
     {"Velmora Air Base", "Velmorë Air Base"}),
    # a town's two spellings GeoNames gives as one place's, the plant's words written short
    ("In Ukraine, the Zaporizhzhia Nuclear Power Plant lies on the reservoir. Shelling near "
     "the Zaporozhye NPP went on.", {"Zaporizhzhia Nuclear Power Plant"}),
])
def test_one_place_spelled_two_ways_is_one_site(empty, tmp_path, text, names):
    _ingest(empty, tmp_path, text)
    assert {s.name for s in empty.sites(None)} == names


def test_other_names_in_an_infobox_read_as_one_sentence_are_the_pages_site(empty, tmp_path):
    # an infobox's lines, no full stop between them: its "Other names" line still names the
    # page's site (a note in brackets after a name no part of it)
    _ingest(empty, tmp_path,
            "Tallowsk Nuclear Power Plant\nFrom Examplepedia, the free encyclopedia\n\n"
            "This article is about the nuclear plant. For the coal-fired plant in the same "
            "town,\nsee Tallowsk Thermal Power Plant. For the city, see Tallowsk.\n\n"
            "Tallowsk Nuclear Power Plant\n  Country: Ukraine\n  Reactors: 6 × VVER-1000\n"
            "  Other names: TNPP; Kestrelsk NPP (Russian spelling)\n\n"
            "The Tallowsk Nuclear Power Plant is the largest nuclear power plant in Europe by\n"
            "installed capacity, with six pressurised-water reactors of about 1,000 MW each. "
            "It\nstands on the southern shore of the former reservoir, near the town built for "
            "its\nworkers.\n")
    (site,) = [s for s in empty.sites(None) if "Thermal" not in s.name]
    assert site.name == "Tallowsk Nuclear Power Plant"
    assert "Kestrelsk NPP" in {a.alias for a in empty.aliases(site.site_id)}


@pytest.mark.parametrize("text, count", [
    ("In Australia, the Open Pool Kestrel Lightwater reactor (OPKL) is near Sydney. The OPKL "
     "research reactor makes isotopes.", 1),
    ("In Australia, the OPKL research reactor is near Sydney. OPKL (Open Pool Kestrel "
     "Lightwater reactor) replaced an older reactor.", 1),
    ('In the United States, the Tallow River Site ("TRS") lies in South Carolina. Pits will '
     "be made at the TRS site.", 1),
    ("In the United States, the Tallow River Site, known as TRS, lies in South Carolina. "
     "Pits will be made at the TRS site.", 1),
    # initials the report never gives the other site, or not its words' initials: two
    ("In the United States, the Tallow River Site lies in South Carolina. Pits will be made "
     "at the KRS site.", 2),
    ("In Australia, the OPKL research reactor is near Sydney. OPKL (Tallow Heavy Water "
     "reactor) replaced an older reactor.", 2),
    # or by its place's initials, three letters at least
    ("Tallow Chuan Kestrel Air Base, about 15 km north of Taichung, flew fighters. TCK was "
     "a huge US airlift base in the Vietnam years.", 1),
    ("Tallow Chuan Kestrel Air Base, about 15 km north of Taichung, flew fighters. KCT was "
     "a huge US airlift base in the Vietnam years.", 2),
])
def test_a_site_named_by_the_initials_given_another_is_that_site(empty, tmp_path, text,
                                                                count):
    _ingest(empty, tmp_path, text)
    assert len(empty.sites(None)) == count


@pytest.mark.parametrize("text, bare", [
    # put in its town right after its name: the town's name is the town's
    ("The Wonsan naval base, in the port of Wonsan, hosts patrol boats.", False),
    ("The Wonsan naval base, in Wonsan, hosts patrol boats.", False),
    # ... though a table names it again
    ("The Wonsan naval base, in Wonsan, hosts patrol boats.\n\n"
     "  Base                  Navy     Role\n"
     "  --------------------  -------  ------\n"
     "  Wonsan naval base     KPN      patrol\n", False),
    # ... else the name analysts call it by
    ("The Wonsan naval base hosts patrol boats.", True),
])
def test_a_site_put_in_the_town_it_is_named_after_keeps_no_bare_alias(empty, tmp_path, text,
                                                                      bare):
    _ingest(empty, tmp_path, "North Korea's navy keeps its boats in port.\n\n" + text)
    (site,) = empty.sites(None)
    assert site.name == "Wonsan naval base"
    assert ("Wonsan" in {a.alias for a in empty.aliases(site.site_id)}) is bare


@pytest.mark.parametrize("item", [
    "- **Fábrica Presidente Tallow** - IMBEL's powder and explosives works in Piquete, a "
    "small town.",
    # ("at" its place too, in an item)
    "- **Comando Aéreo de Combate No. 5** (CACOM 5) - the air force's helicopter base at "
    "Rionegro, about 19 km south-east of Medellín, sharing the airport's runway.",
])
def test_a_lists_item_names_a_site_then_says_what_and_where_it_is(empty, tmp_path, item):
    _ingest(empty, tmp_path, "# Arms works of Brazil and Colombia\n\nA guide to the plants "
                             "and bases of the region, which I toured in Brazil and Colombia "
                             "last year for this long post.\n\n" + item + "\n", name="r.md")
    (site,) = empty.sites(None)  # one site, placed where the item says
    assert site.name.startswith(("Fábrica", "Comando")) and site.located


def test_a_camp_and_its_us_army_garrison_are_one_army_post(empty, tmp_path):
    _ingest(empty, tmp_path, "The largest American overseas garrison, Camp Tallow, sits on "
                             "the outskirts of Pyeongtaek. Traffic on the roads into USAG "
                             "Tallow was backed up.")
    (site,) = empty.sites(None)
    assert (site.name, site.facility_type) == ("Camp Tallow", "other")
    assert "USAG Tallow" in {a.alias for a in empty.aliases(site.site_id)}


def test_a_launch_centre_in_the_province_next_to_its_namesake_city_is_placed_in_both(
        empty, tmp_path):
    # the centre may stand 320 km from the city it is named after, in another province,
    # which the owner of the banner it is in names ("in Inner Mongolia's Ejin Banner")
    _ingest(empty, tmp_path, "The Jiuquan Satellite Launch Center is in fact in Inner "
                             "Mongolia's Ejin Banner, far from the city of its name.")
    (site,) = empty.sites(None)
    truth = (100.291, 40.958)  # the launch centre, 200 km north-east of Jiuquan city
    d = distance_m(site.lon, site.lat, *truth)
    assert d <= site.precision_m and d < 150_000 and site.precision_m < 320_000


@pytest.mark.parametrize("lead", ["In Daegu", "Also in Daegu"])
def test_a_town_opening_a_sentence_places_each_site_listed_after_it(empty, tmp_path, lead):
    _ingest(empty, tmp_path, "SEOUL (Example Wire) - US bases in South Korea raised "
                             f"readiness.\n\n{lead}, Camp Tallow and Camp Kestrel, two small "
                             "US Army posts, restricted access.\n")
    sites = {s.name: s for s in empty.sites(None)}
    assert set(sites) == {"Camp Tallow", "Camp Kestrel"}
    for s in sites.values():  # Daegu: 35.87 N, 128.59 E
        assert s.precision_m is not None and s.precision_m < 30_000
        assert distance_m(s.lon, s.lat, 128.59, 35.87) <= s.precision_m


@pytest.mark.parametrize("place, count", [
    # a place's name romanized two ways (McCune-Reischauer, Revised): one base
    ("Jinsonghae", 1),
    # ... but another first letter is another place
    ("Minsonghae", 2),
])
def test_a_korean_places_two_romanizations_name_one_base(empty, tmp_path, place, count):
    _ingest(empty, tmp_path, f"The navy's fleet is at {place} naval base, in Changwon, where "
                             "the US Navy's Commander Fleet Activities Chinsonghae also keeps "
                             "a small staff.")
    sites = empty.sites(None)
    assert len(sites) == count
    names = {s.name for s in sites} | {a.alias for a in empty.aliases()}
    assert {f"{place} naval base", "Commander Fleet Activities Chinsonghae"} <= names


def test_a_name_sharing_its_facility_words_with_the_next_is_one_name(empty, tmp_path):
    # "Royal New Zealand Air Force Base" and "Air Force Base Ohakea" are one name, in New
    # Zealand, not a second site placed by "Royal" somewhere else
    _ingest(empty, tmp_path, "On the North Island, Royal New Zealand Air Force Base Ohakea "
                             "is about 25 km north-west of Palmerston North. Whenuapai Air "
                             "Base is north of Auckland.")
    sites = {s.name: s for s in empty.sites(None)}
    assert set(sites) == {"Royal New Zealand Air Force Base Ohakea", "Whenuapai Air Base"}
    ohakea = sites["Royal New Zealand Air Force Base Ohakea"]
    assert ohakea.country == "NZL"
    assert distance_m(ohakea.lon, ohakea.lat, 175.388, -40.206) <= ohakea.precision_m


def test_other_names_after_a_k_a_are_the_sites(empty, tmp_path):
    _ingest(empty, tmp_path, "6. VELMORA AIR BASE (a.k.a. 4th Tactical Air Base; a.k.a. "
                             "Tarvosk Air Base), Iran. Drones flew from the 4th Tactical "
                             "Air Base in 2024.")
    (s,) = empty.sites(None)
    aliases = {a.alias for a in empty.aliases() if a.site_id == s.site_id}
    assert {"4th Tactical Air Base", "Tarvosk Air Base"} <= aliases


DIGEST = (
    "THE MONDAY DIGEST\n\n"
    "1. SOUTH AFRICA - LICENCE EXTENDED\n"
    "The regulator extended the licence of the Koeberg Nuclear Power Station. It stands "
    "on the coast about 28 km north of Cape Town.\n\n"
    "2. BANGLADESH - FIRST FUEL\n"
    "Fuel was loaded into the Rooppur Nuclear Power Plant. The two-unit station is about "
    "7 km south-south-west of Ishwardi.\n\n"
    "3. Pakistan: a base reopens\n"
    "Kestrel Air Base reopened after repairs.\n")


def test_each_item_of_a_digest_is_about_its_own_sites_and_country(empty, tmp_path):
    _ingest(empty, tmp_path, DIGEST)
    sites = {s.name: s for s in empty.sites(None)}
    koeberg, rooppur = sites["Koeberg Nuclear Power Station"], sites["Rooppur Nuclear Power Plant"]
    # "The two-unit station" of the Bangladesh item is Rooppur, not the station before it
    assert koeberg.country == "ZAF" and rooppur.country == "BGD"
    assert distance_m(koeberg.lon, koeberg.lat, 18.432, -33.676) <= koeberg.precision_m
    assert distance_m(rooppur.lon, rooppur.lat, 89.05, 24.07) <= rooppur.precision_m
    # an unlocated site takes the country of its item's heading
    assert sites["Kestrel Air Base"].country == "PAK"


def test_a_country_named_far_from_a_site_is_not_its_country(empty, tmp_path):
    _ingest(empty, tmp_path, "Kestrel Air Base reopened after repairs.\n\nThe review "
                             "thanked experts from South Africa and Bangladesh.\n")
    assert [s.country for s in empty.sites(None)] == [None]


def test_report_items_start_at_a_country_heading_only():
    from catalog.ingest.writing import report_items

    assert [cc for _, cc in report_items(DIGEST)] == ["ZA", "BD", "PK"]
    assert report_items("Country: Iran\nNote: the base is new.\nKestrel Air Base\n") == []


def test_a_plant_there_is_a_part_of_the_site_named_before_it(empty, tmp_path):
    # Marcoule lies about 25 km north of Avignon; MELOX stands inside it
    _ingest(empty, tmp_path,
            "In France, the Marcoule Nuclear Site lies about 25 km north of Avignon. Today "
            "Marcoule is mostly a site of dismantling: the MELOX plant there makes mixed-oxide "
            "fuel from plutonium.")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    site, melox = sites["Marcoule Nuclear Site"], sites["MELOX plant"]
    assert distance_m(melox.lon, melox.lat, site.lon, site.lat) <= site.precision_m
    assert melox.precision_m > site.precision_m  # the parent's circle and the plant's extent


def test_a_small_namesake_far_from_its_paragraphs_places_places_nothing(empty, tmp_path):
    # Biggs Army Airfield is at Fort Bliss by El Paso, named after a person; the gazetteer's
    # only Biggs is a small town in California, 1,600 km away
    _ingest(empty, tmp_path,
            "In the United States, Minot Air Force Base lies about 21 km north of Minot.\n\n"
            "Fort Bliss, about 14 km north-east of downtown El Paso, hosts an armored "
            "division. The cantonment next to Biggs Army Airfield has grown.\n")
    biggs = next(s for s in empty.sites(("candidate",)) if s.name == "Biggs Army Airfield")
    # placed at the airfield of that name (airportsdata's KBIF, by Fort Bliss), not the town
    assert biggs.location_source_id == "airportsdata"
    assert distance_m(biggs.lon, biggs.lat, -106.38, 31.85) < biggs.precision_m
    assert any("paragraph naming the site" in r.reason
               for r in empty.review_items(site_id=biggs.site_id))


def _location_notes(cat, site_id):
    return [c.note for c in cat.citations(site_id=site_id) if c.supports == "location"]


def test_a_sentence_opening_with_the_place_a_site_is_named_after_speaks_of_it(empty, tmp_path):
    # "Waddington lies ..." right after the sentence naming RAF Waddington: the station
    _ingest(empty, tmp_path, "In England, the squadron will move to RAF Waddington next "
                             "year. Waddington lies about 7 km south of Lincoln, on the "
                             "ridge.\n")
    (s,) = [x for x in empty.sites(("candidate",)) if "waddington" in x.site_id]
    assert any("7 km south of Lincoln" in n for n in _location_notes(empty, s.site_id))
    # the airfield of that name places it; the statement, which holds there, is cited
    assert (s.location_method, s.location_source_id) == ("gazetteer", "airportsdata")


def test_a_place_name_sentences_after_the_site_is_not_tied_to_it(empty, tmp_path):
    _ingest(empty, tmp_path, "In England, the squadron will move to RAF Waddington next "
                             "year. The weather was poor all week. Waddington lies about "
                             "7 km south of Lincoln, on the ridge.\n")
    (s,) = [x for x in empty.sites(("candidate",)) if "waddington" in x.site_id]
    assert not any("Lincoln" in n for n in _location_notes(empty, s.site_id))


_WRAPPED_TABLE = """Annex: Air bases of Hungary (reference table)

+----+---------------------------+-------------------------------+
| #  | Facility                  | Location                      |
+----+---------------------------+-------------------------------+
| 1  | Kecskemét Air Base        | Bács-Kiskun County, HU; about |
|    | (HungAF Kecskemét)        | 5 km south-east of the town;  |
|    |                           | 46.917 N 19.749 E             |
+----+---------------------------+-------------------------------+
| 2  | Unnamed storage area      | Bács-Kiskun County, HU;       |
|    |                           | 47.100 N 19.300 E             |
+----+---------------------------+-------------------------------+
"""


def test_a_table_rows_wrapped_lines_speak_of_the_rows_site(empty, tmp_path):
    # the coordinates on the row's third line are the air base's; those of the next row,
    # which names no site, are no one's
    _ingest(empty, tmp_path, _WRAPPED_TABLE)
    s = _only(empty)
    assert s.site_id == "hu-kecskemet-air-base"
    assert s.location_method == "published by source"
    assert (round(s.lon, 3), round(s.lat, 3)) == (19.749, 46.917)
    notes = " ".join(_location_notes(empty, s.site_id))
    assert "47.1" not in notes and "19.3" not in notes


def test_the_village_of_the_same_name_is_the_place_the_site_is_named_after(empty, tmp_path):
    _ingest(empty, tmp_path, "In England, the Typhoon squadron will move to RAF Coningsby "
                             "next year. Coningsby lies about 1.5 km south-south-east of the "
                             "village of the same name and some 30 km east-south-east of "
                             "Lincoln.\n")
    (s,) = [x for x in empty.sites(("candidate",)) if "coningsby" in x.site_id]
    notes = " ".join(_location_notes(empty, s.site_id))
    assert "0.0 km to 4.5 km from Coningsby (geonames:" in notes
    assert s.precision_m < 6_000


def test_a_sentence_opening_with_a_sites_short_name_on_a_towns_outskirts_places_it(
        empty, tmp_path):
    # "3. Igam Barracks - Lae" in a forum's list, then "Igam is on the outskirts of Lae"
    _ingest(empty, tmp_path, "Bases of Iran\n\nThe Tallowabad Barracks are busy. Tallowabad "
                             "is on the outskirts of Isfahan, by the highway.\n")
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, 51.6680, 32.6525) < 25_000
    # ... paragraphs later, the word no gazetteer place's
    _ingest(empty, tmp_path, "Bases of Iran\n\nThe Kestrelabad Barracks are busy.\n\nThe "
                             "weather was poor. Trucks were late.\n\nKestrelabad is on the "
                             "outskirts of Isfahan, by the highway.\n", name="k.txt")
    k = next(x for x in empty.sites(None) if x.name == "Kestrelabad Barracks")
    assert k.located and distance_m(k.lon, k.lat, 51.6680, 32.6525) < 25_000


def test_a_local_generic_prefix_does_not_make_two_places_one_site(empty, tmp_path):
    # "Base Aérea de ..." is every Spanish or Portuguese air base's word: the alias is the
    # whole name, its place included, and each report's base stays a site of its own
    _ingest(empty, tmp_path, "Spain's Zaragoza Air Base (Base Aérea de Zaragoza) hosts "
                             "tankers.", name="es.txt")
    _ingest(empty, tmp_path, "Visited bases, Brazil\n\n- Anápolis Air Force Base (Base Aérea "
                             "de Anápolis, BAAN)\n- Natal Air Force Base (Base Aérea de "
                             "Natal, BANT)\n", name="br.txt")
    names = sorted(s.name for s in empty.sites(None))
    assert names == ["Anápolis Air Force Base", "Natal Air Force Base", "Zaragoza Air Base"]
    aliases = {a.alias for s in empty.sites(None) for a in empty.aliases(s.site_id)}
    assert "Base Aérea de Anápolis" in aliases and "Base Aérea" not in aliases


def test_a_title_case_line_that_is_no_list_item_is_still_a_heading(empty, tmp_path):
    _ingest(empty, tmp_path, "Southern Air Bases Visited By Foreign Forces\n\nNone were.\n")
    assert empty.sites(None) == []


def test_a_bases_other_name_in_brackets_is_no_second_site(empty, tmp_path):
    _ingest(empty, tmp_path, "3. Canadian Forces Base Tallow Lake (CFB Tallow Lake, also "
                             "known as 4 Wing Tallow Lake) lies in Alberta, Canada.")
    (s,) = empty.sites(None)
    assert s.name == "Canadian Forces Base Tallow Lake"
    assert "4 Wing Tallow Lake" in {a.alias for a in empty.aliases(s.site_id)}


def test_a_base_named_beside_another_is_still_a_site_of_its_own(empty, tmp_path):
    _ingest(empty, tmp_path, "3. Canadian Forces Base Tallow Lake (CFB Tallow Lake) lies in "
                             "Alberta, Canada; 4 Wing Orvale base lies in Quebec, Canada.")
    assert len(empty.sites(None)) == 2


@pytest.mark.parametrize("name", ["Ault Field", "Biggs Army Airfield"])
def test_an_airfield_named_like_a_person_is_not_placed_at_a_village_of_that_name(
        empty, tmp_path, name):
    # the gazetteer's Ault (Colorado) and Biggs (California) are small towns far from these
    _ingest(empty, tmp_path, f"In the United States, Navy squadrons fly from the runway of "
                             f"{name}.")
    site = next(s for s in empty.sites(("candidate",)) if s.name == name)
    # the airfield of that name places it (airportsdata), not the village
    assert site.location_source_id == "airportsdata" and site.precision_m <= 5_000


def test_a_base_in_the_town_of_x_is_in_the_town_not_only_named_after_it(empty, tmp_path):
    _ingest(empty, tmp_path, "Russia keeps Iskander-M missiles of the 112th Guards Missile "
                             "Brigade at a base in the town of Shuya, in Ivanovo Oblast.")
    s = _only(empty)
    assert s.site_id == "ru-shuya-base" and s.precision_m < 25_000


def test_a_base_at_x_may_stand_as_far_from_x_as_a_site_named_after_it(empty, tmp_path):
    _ingest(empty, tmp_path, "Russia keeps Iskander-M missiles of the 112th Guards Missile "
                             "Brigade at a base at Shuya, in Ivanovo Oblast.")
    s = _only(empty)
    assert s.site_id == "ru-shuya-base" and s.precision_m > 50_000


@pytest.mark.parametrize("text", [
    "Jets flew from Al Tallow Air Base in the west. Militias later moved into the Tallow "
    "base.",
    "Jets flew from Holt-Tallow Air Base in the west. Tallow, on the edge of Holt, is the "
    "main fighter station.",
])
def test_a_base_named_with_and_without_an_article_or_its_citys_name_is_one_site(
        empty, tmp_path, text):
    _ingest(empty, tmp_path, text)
    assert len(empty.sites(None)) == 1


def test_an_airfield_named_after_the_place_another_is_called_is_that_one(empty, tmp_path):
    _ingest(empty, tmp_path, "Rockets struck the Qasr al-Tallow air base on Sunday.\n\n"
                             "Tallow Airbase, which the army calls Qasr al-Tallow, lies in "
                             "the western desert.")
    assert [s.name for s in empty.sites(None)] == ["Tallow Airbase"]


def test_a_base_and_the_unit_it_is_home_to_named_as_a_base_are_one_site(empty, tmp_path):
    _ingest(empty, tmp_path, "Tallow Air Base, the home of the Air Force's 32nd Tactical Air "
                             "Base, lies about 5 km south-east of the town of Kesk.")
    assert [s.name for s in empty.sites(None)] == ["Tallow Air Base"]
    assert "32nd Tactical Air Base" in {a.alias for a in empty.aliases()}


@pytest.mark.parametrize("text", [
    "- Tallow Air Base (Kesk province) - rotations alongside Testland's F-16s of the 32nd "
    "Tactical Air Base.\n",
    "New revetments stand at Tallow air base, on the edge of Kesk. The airfield, also the "
    "city's civil airport, is home to the air force's 32nd Tactical Air Base, which flies "
    "F-4s.\n",
])
def test_a_base_and_its_units_aircraft_or_the_unit_the_airfield_is_home_to_are_one(
        empty, tmp_path, text):
    _ingest(empty, tmp_path, text)
    (s,) = empty.sites(None)
    assert "32nd Tactical Air Base" in {a.alias for a in empty.aliases(s.site_id)}


def test_a_base_and_a_numbered_base_a_sentence_lists_stay_two(empty, tmp_path):
    _ingest(empty, tmp_path, "Jets moved from Kesk Air Base to the 33rd Tactical Air Base.")
    assert len(empty.sites(None)) == 2


def test_a_unit_stationed_at_a_base_is_neither_a_site_nor_its_name(empty, tmp_path):
    _ingest(empty, tmp_path, "Work is under way at Tallow air base, about 5 km east of the "
                             "town of Kesk, where the 61st Mixed Aviation Base is stationed.")
    assert [s.name for s in empty.sites(None)] == ["Tallow air base"]
    assert "61st Mixed Aviation Base" not in {a.alias for a in empty.aliases()}


def test_a_units_designation_with_facility_words_is_that_unit(empty, tmp_path):
    _ingest(empty, tmp_path,
            "The Tallow Nuclear Research Centre lies near Kesk. Its research reactor, known as "
            "TALRR-1, reached criticality in 1965.\n\n"
            "Sources: 1. Example Data Service, TALRR-1 reactor fact sheet, 2023.")
    names = sorted(s.name for s in empty.sites(None))
    assert len([n for n in names if "TALRR-1" in n]) == 1, names


def test_an_airfield_said_to_be_the_stations_is_the_station(empty, tmp_path):
    _ingest(empty, tmp_path,
            "12 January - Naval Station Tallow, the largest naval base, lies 10 km north of "
            "downtown Norfolk, Virginia.\n\n"
            "3 March - Kesk Field, the station's airfield, is closed for a month.")
    assert [s.name for s in empty.sites(None)] == ["Naval Station Tallow"]


def test_an_army_airfield_named_with_its_fort_is_the_fort(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Fort Tallow lies about 18 km north-east of Watertown, in upstate New York.\n\n"
            "    Figure 2. Kesk-Sack Army Airfield, Fort Tallow, 2 October 2026.\n")
    assert [s.name for s in empty.sites(None)] == ["Fort Tallow"]
    # a list of posts is no airfield's fort
    _ingest(empty, tmp_path, "Jets use Holt Army Airfield, Fort Tallow and Fort Brin.", "b.txt")
    assert "Holt Army Airfield" in {s.name for s in empty.sites(None)}


@pytest.mark.parametrize("first, second", [
    ("New shelters stand at Air Force Station Korvan, on the edge of Korvan town.",
     "Drones were launched at air bases including Korvan and Tarsin in the north."),
    ("Drones were launched at air bases including Korvan and Tarsin in the north.",
     "New shelters stand at Air Force Station Korvan, on the edge of Korvan town."),
])
def test_a_base_named_with_its_base_words_first_is_the_base_at_its_place(
        empty, tmp_path, first, second):
    _ingest(empty, tmp_path, first, name="a.txt")
    _ingest(empty, tmp_path, second, name="b.txt")
    korvan = [s.name for s in empty.sites(None) if "Korvan" in s.name]
    assert len(korvan) == 1, korvan



def test_a_fact_sheets_part_keeps_its_own_other_names(empty, tmp_path):
    _ingest(empty, tmp_path,
            "PLANT FACT SHEETS\n\n"
            "=====\nTARSIN NUCLEAR POWER PLANT\n=====\n"
            "Other names: Tarsinskaya AES\n"
            "Type: Two pressurised water reactors\n\n"
            "Description:\nThe Tarsin Nuclear Power Plant feeds the northern grid.\n\n"
            "=====\nKORVAN NUCLEAR POWER PLANT\n=====\n"
            "Other names: Korvanskaya AES; formerly Holtby Nuclear Power Plant\n"
            "Type: Four pressurised water reactors\n"
            "Operator: Example Energy\n"
            "Status: Operational\n\n"
            "Description:\nBuilding work started in 1979 under the name Holtby Nuclear "
            "Power Plant but stopped in 1990.\n")
    names = {s.site_id: {s.name} | {a.alias for a in empty.aliases() if a.site_id == s.site_id}
             for s in empty.sites(None)}
    tarsin = next(n for n in names.values() if "Tarsinskaya AES" in n)
    assert not any("Korvan" in n or "Holtby" in n for n in tarsin), tarsin
    assert len(names) == 2, names


def test_a_name_as_it_is_commonly_known_is_the_site_spoken_of(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Jets bombed the Korvan military air base in eastern Testland on Monday. "
            "The K-7 air base, as it is commonly known, lies some 40 km north of the "
            "town of Tarsin.")
    (s,) = empty.sites(None)
    assert "K-7 air base" in {s.name} | {a.alias for a in empty.aliases()
                                          if a.site_id == s.site_id}


def test_a_bases_initials_and_number_are_the_base(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Work on new shelters has begun at Base aérienne 121 Tarsin, the ministry said. "
            "BA 121, on the western edge of the town of Tarsin, hosts two squadrons.")
    (s,) = empty.sites(None)
    assert "BA 121" in {s.name} | {a.alias for a in empty.aliases() if a.site_id == s.site_id}


def test_a_town_fighters_fly_from_is_an_air_base(empty, tmp_path):
    _ingest(empty, tmp_path, "The new Rafales currently fly from Tarsin, the ministry said.")
    (s,) = empty.sites(None)
    assert s.facility_type == "airbase" and "Tarsin" in s.name


def test_an_air_base_named_like_an_airfield_is_placed_at_its_reference_point(empty, tmp_path):
    _ingest(empty, tmp_path, "Tanker aircraft deployed to RAF Mildenhall in England on "
                             "Monday, the ministry said.\n")
    s = _only(empty)
    # airportsdata's EGUN, 52.3619 N, 0.4864 E: within the field's few kilometres
    assert (s.location_method, s.location_source_id) == ("gazetteer", "airportsdata")
    assert distance_m(s.lon, s.lat, 0.4864, 52.3619) < 1 and s.precision_m == 5_000
    (src,) = [x for x in empty.sources() if x.source_id == "airportsdata"]
    assert "MIT" in src.notes
    notes = _location_notes(empty, s.site_id)
    assert any("airportsdata:EGUN" in n and "airfield" in n for n in notes)


def test_a_report_placing_an_air_base_elsewhere_overrules_an_airfield_of_its_name(
        empty, tmp_path):
    # the text puts it in Scotland, 500 km from the English field of that name
    _ingest(empty, tmp_path, "Tanker aircraft deployed to RAF Mildenhall, about 10 km west "
                             "of Inverness, Scotland, on Monday.\n")
    s = _only(empty)
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, -4.22, 57.48) < 30_000


def test_a_village_the_base_is_named_after_widens_a_point_the_dataset_gets_wrong(
        empty, tmp_path):
    # airportsdata lists Kleine Brogel Air Base (EBBL) 15 km west of the field, which
    # stands beside the village of Kleine-Brogel: the circle holds both
    _ingest(empty, tmp_path, "Belgium's nuclear-capable F-16s are based at Kleine Brogel Air "
                             "Base.\n")
    s = _only(empty)
    assert s.location_source_id == "airportsdata"
    truth = (5.4700, 51.1681)
    assert distance_m(s.lon, s.lat, *truth) <= s.precision_m < 25_000


def test_an_air_base_of_an_unnamed_country_is_placed_abroad_only_by_a_military_field(
        empty, tmp_path):
    _ingest(empty, tmp_path, "Crews trained at Pope Army Airfield and at Kestrel Air Base "
                             "last spring.\n")
    sites = {s.name: s for s in empty.sites(None)}
    assert sites["Pope Army Airfield"].location_source_id == "airportsdata"
    assert not sites["Kestrel Air Base"].located  # only a civil Kestrel strip is listed


def test_a_nuclear_plant_named_like_a_listed_one_is_placed_at_its_point(empty, tmp_path):
    _ingest(empty, tmp_path, "Inspectors visited the Koeberg Nuclear Power Station in South "
                             "Africa last week.\n")
    s = _only(empty)
    # GeoNuclearData's Koeberg, -33.676 S, 18.432 E (Koeberg's encyclopedia point: 33°40′35″S
    # 18°25′55″E, 0.3 km away); the plant lies 30 km from Cape Town, named after its farm
    assert (s.location_method, s.location_source_id) == ("gazetteer", "geonucleardata")
    assert distance_m(s.lon, s.lat, 18.4319, -33.6764) <= s.precision_m == 5_000
    (src,) = [x for x in empty.sources() if x.source_id == "geonucleardata"]
    assert "Open Database License" in src.notes


def test_a_place_written_after_another_named_facility_is_that_ones(empty, tmp_path):
    # "in Malatya" is the radar's (a site of its own): not the plant's too
    _ingest(empty, tmp_path, "Air defence systems now protect the Tallowfield Nuclear Power "
                             "Plant in Mersin and the Kestrelkaya radar in Malatya, Turkey.\n")
    sites = {s.name: s for s in empty.sites(None)}
    assert sorted(sites) == ["Kestrelkaya radar", "Tallowfield Nuclear Power Plant"]
    s = sites["Tallowfield Nuclear Power Plant"]
    assert s.located and s.admin1 == "Mersin"
    r = sites["Kestrelkaya radar"]
    assert r.located and r.admin1 == "Malatya"


def test_a_plant_of_a_country_the_report_does_not_name_is_found_by_its_plants_name(
        empty, tmp_path):
    # the report names no country: a name that calls the site a power plant still finds it
    _ingest(empty, tmp_path, "| Site | Status |\n|---|---|\n| Mochovce Nuclear Power Plant | "
                             "unit 3 online |\n")
    s = _only(empty)
    assert s.location_source_id == "geonucleardata"
    assert distance_m(s.lon, s.lat, 18.457, 48.263) < 1_000


def test_a_table_rows_country_cell_puts_its_site_in_that_country(empty, tmp_path):
    # GeoNames' one Los Cóndores is an Argentine village: the row says Chile
    _ingest(empty, tmp_path, "Fighter bases of the region\n\n"
                             "| Country | Base | Aircraft |\n|---|---|---|\n"
                             "| Argentina | Tallowfield Air Base | IA-63 |\n"
                             "| Chile | Base Aérea Los Cóndores | F-16 |\n")
    s = next(x for x in empty.sites(None) if "ndores" in x.name)
    assert s.country == "CHL"
    assert not s.located or s.admin1 != "Córdoba"


def test_an_air_force_station_written_short_and_in_full_is_one_site(empty, tmp_path):
    _ingest(empty, tmp_path, "Jets left AF Stn Tallowpur on Monday. Air Force Station "
                             "Tallowpur is in India.\n")
    (s,) = empty.sites(None)
    assert {"AF Stn Tallowpur", "Air Force Station Tallowpur"} <= {
        a.alias for a in empty.aliases(s.site_id)}


def test_statements_in_two_countries_that_do_not_overlap_give_the_sentences_country(
        empty, tmp_path):
    # "at Marka" is read as the Somali town (the gazetteer has no Marka in Jordan): the
    # site is in the country its sentence is about, not in Somalia, placed by the
    # statement measured from Amman; "at Marka" goes to review
    _ingest(empty, tmp_path, "Jordan's air force intercepts drones; aircraft from King "
                             "Tallow I Air Base, at Marka in eastern Amman about 5 km "
                             "north-east of downtown Amman, flew.\n")
    (s,) = empty.sites(None)
    assert s.country == "JOR" and s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, 35.9916, 31.9727) < s.precision_m < 20_000
    assert any("'at Marka' disagrees" in (i.reason or "")
               for i in empty.review_items(s.site_id))
    # of two statements measured from places in two countries the report names, which is
    # wrong the text does not say: unlocated
    _ingest(empty, tmp_path, "Somalia and Jordan both fly drones; aircraft from Kestrel II "
                             "Air Base, at Marka about 5 km north-east of downtown Amman, "
                             "flew.\n", name="r2.txt")
    kestrel = next(x for x in empty.sites(None) if x.name == "Kestrel II Air Base")
    assert not kestrel.located


def test_a_bases_town_the_report_measures_from_is_no_other_name_of_the_base(empty, tmp_path):
    _ingest(empty, tmp_path, "F-16s moved to Tallowburg Air Base, about 6 km south of "
                             "central Tallowburg, in March.\n")
    (s,) = empty.sites(None)
    assert "Tallowburg" not in {a.alias for a in empty.aliases(s.site_id)}
    # a base named after its town and measured from another place keeps the town's name
    _ingest(empty, tmp_path, "F-16s moved to Kestrelby Air Base, about 40 km north of "
                             "Tallowburg, in May.\n", name="r2.txt")
    kestrel = next(x for x in empty.sites(None) if x.name == "Kestrelby Air Base")
    assert "Kestrelby" in {a.alias for a in empty.aliases(kestrel.site_id)}


def test_a_plant_is_placed_at_its_listed_point_not_widened_to_a_far_namesake(empty, tmp_path):
    # GeoNames' one Akkuyu is a village in Adana, 200 km east of the plant on Mersin's coast
    _ingest(empty, tmp_path, "Air defences now protect the Akkuyu Nuclear Power Plant in "
                             "Mersin province, Turkey.\n")
    s = _only(empty)
    assert s.location_source_id == "geonucleardata" and s.precision_m == 5_000
    assert distance_m(s.lon, s.lat, 33.5411, 36.1444) < 100


def test_a_later_report_on_a_candidate_named_like_an_airfield_keeps_it_there(
        empty, tmp_path):
    _ingest(empty, tmp_path, "Tanker aircraft deployed to RAF Mildenhall in England.\n")
    _ingest(empty, tmp_path, "RAF Mildenhall lies about 20 km north-west of Bury St Edmunds, "
                             "in Suffolk.\n", name="r2.txt")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, 0.4864, 52.3619) < 1_000 and s.precision_m <= 5_000


def test_a_facility_named_then_placed_keeps_its_name_as_written(empty, tmp_path):
    _ingest(empty, tmp_path, "The navy's principal base, the Naval Dockyard at Tallowmalee, "
                             "has hosted foreign warships.\n")
    (s,) = empty.sites(None)
    assert "Naval Dockyard at Tallowmalee" in {a.alias for a in empty.aliases(s.site_id)}


def test_coordinates_after_another_named_facility_are_not_the_last_sites(empty, tmp_path):
    _ingest(empty, tmp_path,
            "At Tallowma, the airfield about 4 km west of the village has been resurfaced. "
            "The Tallowma airfield hosted interceptor regiments.\n\n"
            "Further east, the Kestrel-Alykel airport, about 35 km west of Kestrelsk at "
            "69°18.7′N 87°19.9′E, has been used as a dispersal field.\n")
    tallowma = next(s for s in empty.sites(None) if "Tallowma" in s.name)
    assert tallowma.location_method != "published by source"
    # a site's own name before its point stays its point
    _ingest(empty, tmp_path, "Figure 1. Overview of Tallowgrad Air Base, 41°25′41″N "
                             "129°38′49″E, on October 3.\n", name="r2.txt")
    grad = next(s for s in empty.sites(None) if "Tallowgrad" in s.name)
    assert grad.location_method == "published by source"


def test_a_capitals_air_base_named_after_it_is_a_site_a_base_near_it_is_not(empty, tmp_path):
    _ingest(empty, tmp_path, "In Burkina Faso, the air force flies from the Ouagadougou air "
                             "base beside the capital's international airport.\n")
    assert [s.name for s in empty.sites(None)] == ["Ouagadougou air base"]
    _ingest(empty, tmp_path, "North Korea keeps a missile base near Pyongyang.\n",
            name="r2.txt")
    assert len(empty.sites(None)) == 1


def test_camps_a_question_lists_are_read_as_sites(empty, tmp_path):
    # "camp" opens names ("Camp Lemonnier") and ends them: sentences with it are read both ways
    _ingest(empty, tmp_path, "How many personnel are posted to Tallowton Military Camp and "
                             "Kestrelby Military Camp?\n")
    assert sorted(s.name for s in empty.sites(None)) == ["Kestrelby Military Camp",
                                                         "Tallowton Military Camp"]


def test_a_listed_plant_named_after_a_city_may_be_any_plant_of_the_city(empty, tmp_path):
    _ingest(empty, tmp_path, "Inland, the Cofrentes plant has a single unit. The Kursk plant "
                             "makes batteries.\n")
    assert [s.name for s in empty.sites(None)] == ["Cofrentes plant"]


def test_a_known_sites_one_word_name_before_a_weapons_words_is_no_mention(empty, tmp_path):
    r = _ingest(empty, tmp_path, "Formerly Camp Tallowion, the base lies north of Holtgah.\n")
    _ingest(empty, tmp_path, "At the Kestrel air base, Russia has stationed a Tallowion "
                             "coastal missile battery.\n", name="r2.txt")
    camp = next(s for s in empty.sites(None) if s.name == "Camp Tallowion")
    assert {c.source_id for c in empty.citations(site_id=camp.site_id)} == {r.source_id}


def test_a_known_sites_one_word_name_opening_a_waters_name_is_no_mention(empty, tmp_path):
    r = _ingest(empty, tmp_path, "Formerly Camp Tallowion, the base lies north of Holtgah.\n")
    _ingest(empty, tmp_path, "Submarines are refitted at the refit facility on Tallowion "
                             "Canal, about 5 miles north of Silverdale.\n", name="r2.txt")
    camp = next(s for s in empty.sites(None) if s.name == "Camp Tallowion")
    assert {c.source_id for c in empty.citations(site_id=camp.site_id)} == {r.source_id}


@pytest.mark.parametrize("later", [
    # a reservoir's name in small letters; a street named after the camp's hero or town
    "Khatib Camp, near the Tallowion reservoir, is home to artillery units.",
    "PT Pindad (Persero) makes vehicles at Jl. Tallowion, Bandung.",
    "The new depot stands on Tallowion Road, in Holtgah.",
])
def test_a_known_sites_name_in_a_waters_or_a_streets_is_no_mention(empty, tmp_path, later):
    r = _ingest(empty, tmp_path, "Formerly Camp Tallowion, the base lies north of Holtgah.\n")
    _ingest(empty, tmp_path, later + "\n", name="r2.txt")
    camp = next(s for s in empty.sites(None) if s.name == "Camp Tallowion")
    assert {c.source_id for c in empty.citations(site_id=camp.site_id)} == {r.source_id}


def test_coordinates_after_another_facility_named_since_the_site_are_not_the_sites(
        empty, tmp_path):
    # a timeline: the entry after the air base's names an airport, and the next sentence
    # captions a picture of "the field" with its point
    _ingest(empty, tmp_path,
            "2016 - Missiles target North Korea's Tallowburg Air Base, about 7 km east of "
            "Pyongyang.\n\n"
            "2021 - Forces advance on Kestrel. Kestrel airport, on the edge of the town, "
            "comes within range. A picture of the field captioned \"39.4692 N, 125.3269 E\" "
            "shows craters.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    s = sites["Tallowburg Air Base"]
    assert s.location_method == "derived from source text"
    assert distance_m(s.lon, s.lat, 125.84, 39.03) < s.precision_m < 20_000
    # (the airport in a paragraph of war, placed at once, is a site: the point is its)
    airport = sites["Kestrel airport"]
    assert distance_m(airport.lon, airport.lat, 125.3269, 39.4692) < 1


def test_coordinates_beside_a_site_named_again_later_are_that_sites(empty, tmp_path):
    # "Kinmen Shang-Yi Airport (24.4279, 118.3590)": the airport becomes a site of the report
    # only where a later sentence names it again; the point is its, not the air base's
    _ingest(empty, tmp_path,
            "Tallowburg Air Base, on the northern edge of Pyongyang, is North Korea's.\n\n"
            "Kestrel Shang-Yi Airport (39.4279, 125.3590) is about 4 km east of the town.\n\n"
            "Flights at the Kestrel Shang-Yi Airport, used by military transport planes, "
            "continued.\n")
    by_name = {s.name: s for s in empty.sites(None)}
    base, field = by_name["Tallowburg Air Base"], by_name["Kestrel Shang-Yi Airport"]
    assert (field.lat, field.lon, field.location_method) == (
        39.4279, 125.359, "published by source")
    assert base.location_method != "published by source"


def test_a_statement_set_off_after_another_facilitys_name_is_that_facilitys(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Targets in North Korea are Tallowburg Air Base, about 7 km east of Pyongyang, "
            "home of the MiG-29s; Kestrel International Airport, some 80 km north of "
            "Pyongyang, which the rebels call a target; and Quill airport (the Old Quill "
            "Airport), on the coast about 4 km from Wonsan.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, 125.84, 39.03) < s.precision_m < 20_000
    assert not empty.review_items(s.site_id)


def test_a_vague_statement_does_not_move_a_listed_plant(empty, tmp_path):
    # the report's "about 60 km from the North Korean border" is wrong; the plant is listed
    _ingest(empty, tmp_path,
            "South Korea's plants:\n\n- Shin-Hanul Nuclear Power Plant, units 1 and 2 in "
            "operation. The site is about 60 km from the North Korean border by sea.\n")
    s = _only(empty)
    assert s.location_source_id == "geonucleardata" and s.precision_m == 5_000
    assert distance_m(s.lon, s.lat, 129.3917, 37.0839) < 1_000
    (item,) = empty.review_items(s.site_id)
    assert "60 km from the North Korean border' disagrees with the listed point" in item.reason


def test_a_camp_is_not_placed_at_a_village_of_its_name_and_a_prefecture_is_found_abroad(
        empty, tmp_path):
    # "Camp Hansen" bears a person's name (the gazetteer's Hansen is a village in Idaho);
    # "Okinawa Prefecture" is Japan's, though the report names only the United States; the
    # town in brackets is where the camp is, no other name of it
    _ingest(empty, tmp_path,
            "The U.S. Marine Corps regiment based at Camp Hansen in Okinawa Prefecture "
            "trained. (2) Camp Ishigaki (Ishigaki City, Okinawa Prefecture): the missile "
            "unit received new missiles.\n")
    by_name = {s.name: s for s in empty.sites(None)}
    hansen, ishigaki = by_name["Camp Hansen"], by_name["Camp Ishigaki"]
    assert hansen.country == "JPN" and 24 < hansen.lat < 28 and 122 < hansen.lon < 132
    assert "usually named after a person" in hansen.notes
    assert "Ishigaki City" not in {a.alias for a in empty.aliases(ishigaki.site_id)}
    assert distance_m(ishigaki.lon, ishigaki.lat, 124.16, 24.34) < ishigaki.precision_m


def test_coordinates_a_possessive_gives_are_the_possessors(empty, tmp_path):
    # a translator's note after another site's sentence gives the first site's point
    _ingest(empty, tmp_path,
            "Engineers repair the runway of Tallowburg Air Base, some 30 km north-east of "
            "Pyongyang, in North Korea. Kestrel Air Base, at the edge of the town of Anju, is "
            "used by both forces. [A previous version gave Tallowburg's position as "
            "39°14′24″N 125°59′23″E, which we have checked.]\n")
    by_name = {s.name: s for s in empty.sites(None)}
    assert (by_name["Tallowburg Air Base"].lat, by_name["Tallowburg Air Base"].location_method
            ) == (39.24, "published by source")
    assert by_name["Kestrel Air Base"].location_method != "published by source"


def test_a_timelines_coordinates_after_another_facility_are_not_the_first_sites(
        empty, tmp_path):
    # the first site named is no page's subject: the point after "Kestrel airport" is the
    # airport's
    _ingest(empty, tmp_path,
            "TIMELINE: the war\n\n"
            "March 2015 - Jets bomb North Korea's Tallowburg Air Base, about 14 km north of "
            "Pyongyang.\n\n"
            "February 2021 - Forces advance on Kestrel. Kestrel airport, on the edge of the "
            "town, comes within range. A picture of the field captioned \"40.4692 N, "
            "126.3269 E\" shows craters.\n")
    s = next(s for s in empty.sites(("candidate",)) if s.name == "Tallowburg Air Base")
    assert s.location_method == "derived from source text"


def test_barracks_are_not_placed_at_a_village_of_their_name(empty, tmp_path):
    # "Smith Barracks" bears a person's name, as camps and airfields do
    # (GeoNames has a village named Smith in Nevada, where the barracks had been put)
    _ingest(empty, tmp_path, "Smith Barracks is a base for U.S. combat engineers.\n")
    s = _only(empty)
    assert not s.located and "usually named after a person" in s.notes


def test_a_fort_is_not_placed_at_a_town_of_its_name(empty, tmp_path):
    # "Fort Shafter. Headquarters of U.S. Army Pacific" in a report on Oahu: named after a
    # general, not at Shafter, a town of 18,000 in California
    _ingest(empty, tmp_path, "Fort Shafter is the headquarters of the Army in the Pacific.\n")
    s = _only(empty)
    assert not s.located and "usually named after a person" in s.notes


def test_shelters_at_the_place_a_base_is_named_after_are_the_bases(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Tallowburg air base, the home of the bomber regiments, lies about 15 km east of "
            "Pyongyang in North Korea.\n\nSome aircraft might be in the new shelters being "
            "built at Tallowburg.\n")
    (s,) = empty.sites(None)
    assert s.name == "Tallowburg air base"
    # shelters at a place no site of the report is named after stay a site of their own
    _ingest(empty, tmp_path, "New shelters are being built at Kestrelton in North Korea.\n",
            name="r2.txt")
    assert len(empty.sites(None)) == 2


def test_the_latter_is_the_last_item_of_a_list_not_the_site_before_it(empty, tmp_path):
    # "the latter" is Holtfield, which is no site: its distance places nothing
    _ingest(empty, tmp_path, "In Libya, flights link Tallow Air Base, about 9 km north of "
                             "the oasis town of Hun, and the fields of Kesk and Holtfield, "
                             "the latter about 30 km north-east of Sabha.\n")
    s = next(x for x in empty.sites(None) if x.name == "Tallow Air Base")
    notes = " ".join(c.note or "" for c in empty.citations(site_id=s.site_id))
    assert "Sabha" not in notes and "of the oasis town of Hun" in notes


def test_a_table_of_bases_with_row_numbers_codes_and_notes(empty, tmp_path):
    """A data extract: each row's number a cell of its own (not a word of the name), a
    column of ISO alpha-3 codes (countries the report names), a "Lat  Lon" header (plain
    pairs read as points), and notes that speak of a row's site by its number."""
    _ingest(empty, tmp_path,
            "Allied air bases\n\n"
            "ID     Base                   Ctry  Lat        Lon\n"
            "-----  ---------------------  ----  ---------  ---------\n"
            "TB-01  Tallowby Air Base      FIN   62.3995    25.6783\n"
            "TB-12  Kesktrup Air Base      DNK   55.2256    9.2639\n"
            "TB-13  Holtvik Air Station    NOR   --         --\n"
            "G05    Orvale Air Base        NOR   --         --\n\n"
            "NOTES\n"
            "TB-13  About 12 km south-west of Stavanger.\n")
    by_name = {s.name: s for s in empty.sites(None)}
    assert set(by_name) == {"Tallowby Air Base", "Kesktrup Air Base", "Holtvik Air Station",
                            "Orvale Air Base"}
    kesk = by_name["Kesktrup Air Base"]
    assert kesk.country == "DNK" and (kesk.lat, kesk.lon) == (55.2256, 9.2639)
    assert kesk.location_method == "published by source"
    holt = by_name["Holtvik Air Station"]
    assert holt.located and holt.location_method == "derived from source text"
    assert distance_m(holt.lon, holt.lat, 5.7331, 58.9700) < 20_000  # Stavanger


def test_a_report_on_uranium_makes_its_mines_and_mills_sites(empty, tmp_path):
    """The title speaks of uranium, the paragraph does not: its mills and mines are the
    atom's (and "Port" opening a town's name makes no naval base)."""
    lead = "Uranium supply in Testland: mines, mills and conversion\n\n"
    body = ("Testland's ore comes from the north. The Tallow Lake mine sends its ore to "
            "the Kesk River mill, 80 km to the south.\n\n"
            "The Port Holt Conversion Facility turns concentrate into hexafluoride.\n")
    _ingest(empty, tmp_path, lead + body)
    types = {s.name: s.facility_type for s in empty.sites(None)}
    assert types["Tallow Lake mine"] == types["Kesk River mill"] == "nuclear"
    assert types["Port Holt Conversion Facility"] != "naval base"


def test_mines_and_mills_of_a_report_not_on_the_atom_are_no_sites(empty, tmp_path):
    _ingest(empty, tmp_path, "Copper in Testland\n\nThe Tallow Lake mine sends its ore to "
                             "the Kesk River mill, 80 km to the south.\n")
    assert empty.sites(None) == []


def test_a_lists_earlier_items_place_is_not_the_next_items_site(empty, tmp_path):
    # "in Zaria, Kaduna State" is where Nigeria's reactor (no site here) stands: not the
    # Ghanaian one named after "and Ghana's"
    _ingest(empty, tmp_path, "Research reactors abroad\n\nNigeria's TALOR, a small "
                             "neutron source at a university in Zaria, Kaduna State, and "
                             "Ghana's HOLT-1 at Kwabenya, both small reactors, were "
                             "converted.\n")
    s = next(x for x in empty.sites(None) if "HOLT-1" in x.name)
    assert s.country != "NGA" and (not s.located or s.admin1 != "Kaduna")


def test_a_report_titled_on_ports_and_navies_makes_its_ports_sites(empty, tmp_path):
    body = ("Tallow Port in Kesk is run by a state company; its traffic is tiny. Holt's "
            "Orvale port lies some 170 km to the west.\n")
    _ingest(empty, tmp_path, "Ports and Piers: where navies build\n\n" + body, name="a.txt")
    types = {s.name: s.facility_type for s in empty.sites(None)}
    assert types == {"Tallow Port": "naval base", "Orvale port": "naval base"}
    # the same paragraph under another title names no site; nor does a port company
    _ingest(empty, tmp_path, "Trade in Testland\n\n" + body, name="b.txt")
    _ingest(empty, tmp_path, "Ports and Piers: where navies build\n\nIt was built by Tallow "
                             "Merchants Port Holdings in 2019.\n", name="c.txt")
    assert {s.name for s in empty.sites(None)} == set(types)


def test_a_numbered_base_headquartered_in_a_city_is_placed_there(empty, tmp_path):
    # Lanzhou (GeoNames' cities500 extract has it); "Inner Mongolia" names no Mongolia
    _ingest(empty, tmp_path, "In China, the Rocket Force's Base 64, headquartered in "
                             "Lanzhou, Gansu, commands the silo fields of Inner Mongolia.\n")
    s = next(x for x in empty.sites(None) if x.name == "Base 64")
    assert s.facility_type == "command" and s.located and s.country == "CHN"
    assert distance_m(s.lon, s.lat, 103.8396, 36.0564) < s.precision_m


def test_an_unlocated_site_of_a_many_country_digest_gets_no_guessed_country(empty, tmp_path):
    # the United States named three times, five other countries once each: the report is
    # not plainly about any one of them, and the sentence names none
    _ingest(empty, tmp_path, "Launch digest\n\nThe United States flew; so did Japan, Norway, "
                             "Sweden, India and Brazil. The United States leads; the United "
                             "States pays.\n\nThe Tallow Space Center next door launched "
                             "twice.\n")
    (s,) = [x for x in empty.sites(None) if "Tallow" in x.name]
    assert not s.located and s.country is None


def test_a_site_is_not_placed_at_a_namesake_abroad_by_one_of_its_other_names(empty, tmp_path):
    # GeoNames lists "Tonghae" among the other names of South Korea's Donghae; the report
    # is about North Korea
    _ingest(empty, tmp_path, "North Korea's launches\n\nNorth Korea fired again, North "
                             "Korean media and South Korea's military said.\n\n- The "
                             "Tonghae Satellite Launching Ground "
                             "has been quiet for years.\n")
    (s,) = [x for x in empty.sites(None) if "Tonghae" in x.name]
    assert not s.located and s.country == "PRK"
    assert "Not placed at" in (s.notes or "")
    # a sentence that names the namesake's country is another matter
    _ingest(empty, tmp_path, "North Korea's launches\n\nNorth Korea fired again, North "
                             "Korean media and South Korea's military said.\n\n- South "
                             "Korea's Tonghae Satellite Tracking Station saw it.\n", name="b.txt")
    (t,) = [x for x in empty.sites(None) if "Tracking" in x.name]
    assert "Not placed at" not in (t.notes or "")


def test_a_sentence_opening_on_its_country_looks_its_towns_up_there_first(empty, tmp_path):
    # GeoNames has a Manta in Colombia too; the report names Colombia first
    _ingest(empty, tmp_path, "Colombia and Peru flew; Colombia's air force said so. In "
                             "Ecuador, the government wants a presence at Tallow Air Base "
                             "in Manta, the field east of the city centre.\n")
    s = next(x for x in empty.sites(None) if x.name == "Tallow Air Base")
    assert s.country == "ECU" and s.located
    assert distance_m(s.lon, s.lat, -80.7127, -0.9677) < s.precision_m  # Manta, Ecuador


def test_a_country_in_brackets_after_a_name_is_the_sites_country(empty, tmp_path):
    # a fact sheet on three countries: the item's brackets say where each site is, and a
    # town of its sentence is looked up there first (Mérida, Spain, not Mexico's)
    _ingest(empty, tmp_path, "Nuclear notes on Mexico, Spain and Argentina, with Mexico "
                             "first.\n\n- Tallow Research Reactor (Spain; Enresa), about 20 km "
                             "north of Mérida, is shut down.\n- Pellow Enrichment Complex "
                             "(Mexico; CNSNS), under review since 2019.\n")
    tallow = next(x for x in empty.sites(None) if x.name == "Tallow Research Reactor")
    # (the report names Mexico as much, whose Mérida is the big one: not placed, not in Mexico)
    assert tallow.country == "ESP"
    pellow = next(x for x in empty.sites(None) if x.name == "Pellow Enrichment Complex")
    assert pellow.country == "MEX" and not pellow.located


def test_a_list_item_opening_on_a_plants_name_is_that_plant(empty, tmp_path):
    # a fact sheet on the atom lists plants by their bare names, with their units' numbers:
    # each is the plant of that name, placed at it; its operator in the brackets is no name
    _ingest(empty, tmp_path, "Nuclear power in Spain, a fact sheet.\n\nPOWER REACTORS\n"
                             "- Almaraz I and II (Spain; CNAT). Two pressurised-water "
                             "units on the Arrocampo reservoir.\n- Trillo nuclear power station "
                             "(Spain; ENRESA), one unit.\n- Gaseous-diffusion plants: none.\n")
    s = next(x for x in empty.sites(None) if x.name == "Almaraz I and II")
    assert s.country == "ESP" and s.located and s.location_method == "gazetteer"
    assert distance_m(s.lon, s.lat, -5.697, 39.807) < s.precision_m  # GeoNuclearData's Almaraz
    names = {a.alias for a in empty.aliases(s.site_id)}
    assert "CNAT" not in names and "Almaraz" in names
    trillo = next(x for x in empty.sites(None) if x.name == "Trillo nuclear power station")
    assert "ENRESA" not in {a.alias for a in empty.aliases(trillo.site_id)}
    assert not [x for x in empty.sites(None) if "Gaseous" in x.name]


def test_works_named_in_capitals_in_a_paragraph_on_the_atom_are_sites(empty, tmp_path):
    # the paragraph is about the atom, the sentence names no atom word; a name of proper
    # words with a facility word inside it gives no alias of that one word ("Plate")
    _ingest(empty, tmp_path, "Tallowabad's nuclear complex was struck in June. The Fuel Plate "
                             "Fabrication Plant was damaged, officials said. The Hafnium "
                             "Production Plant, which makes cladding for rods, was not hit, "
                             "he said.\n")
    names = {s.name: s for s in empty.sites(None)}
    assert "Hafnium Production Plant" in names
    plate = names["Fuel Plate Fabrication Plant"]
    assert "Plate" not in {a.alias for a in empty.aliases(plate.site_id)}


def test_a_name_in_british_and_american_spelling_is_one_site(empty, tmp_path):
    _ingest(empty, tmp_path, "The Tallowabad Nuclear Technology Center was hit. Later the "
                             "Tallowabad Nuclear Technology Centre reported no leak.\n")
    sites = [s for s in empty.sites(None) if s.name.startswith("Tallowabad Nuclear")]
    assert len(sites) == 1
    assert {"Tallowabad Nuclear Technology Center", "Tallowabad Nuclear Technology Centre"} <= {
        a.alias for a in empty.aliases(sites[0].site_id)}


def test_a_base_named_after_a_town_of_two_particles_keeps_its_whole_name(empty, tmp_path):
    # two particles inside one town's name (GeoNames' San Antonio de los Baños, Cuba); the
    # report calls the place a town, so the town's name alone is not the base's
    _ingest(empty, tmp_path, "The Orvalian air force keeps its MiG-29s at San Antonio de los "
                             "Baños Air Base, just south of the town of San Antonio de los "
                             "Baños.\n")
    s = next(x for x in empty.sites(None) if x.facility_type == "airbase")
    assert s.name == "San Antonio de los Baños Air Base"
    assert "San Antonio de los Baños" not in {a.alias for a in empty.aliases(s.site_id)}


@pytest.mark.parametrize("name", ["Tallowje ob Krki Air Base", "Holtov nad Vahom Air Base",
                                  "Bergen op Tallow Air Base", "Holtburg am Tallow Air Base",
                                  # ... or an Italian one ("San Vito dei Normanni")
                                  "San Tallow dei Holti Air Station"])
def test_a_slavic_dutch_or_german_particle_inside_a_town_keeps_the_whole_name(
        empty, tmp_path, name):
    # "Cerklje ob Krki", "Nové Mesto nad Váhom", "Bergen op Zoom", "Frankfurt am Main"
    _ingest(empty, tmp_path, f"The country's only military airfield, {name}, was modernised "
                             "with allied funds.\n")
    assert [s.name for s in empty.sites(None) if s.facility_type == "airbase"] == [name]


def test_of_two_statements_that_disagree_the_one_away_from_the_sites_namesake_is_left_out(
        empty, tmp_path):
    # the second sentence's base is named in no way ingest reads, so its "near Kraljevo"
    # falls to the base named before; the base's own town tells which statement is odd
    _ingest(empty, tmp_path, "Serbian bases\n\nThe air force has moved MiG-29 fighters between "
                             "Batajnica and Sombor. Its second base, Sombor Air Base, lies about "
                             "4 km south of the centre of Sombor; it hosts helicopters and "
                             "jets.(2) The air force also flies from Tallowci, near Kraljevo, "
                             "which this brief does not cover.\n")
    s = next(x for x in empty.sites(None) if x.name == "Sombor Air Base")
    assert s.located and s.precision_m < 20_000
    assert distance_m(s.lon, s.lat, 19.1122, 45.7742) < 4_000 + s.precision_m  # Sombor
    assert "'near Kraljevo' disagrees" in s.notes


def test_a_big_city_abroad_is_measured_from_though_a_village_bears_its_name_as_another(
        empty, tmp_path):
    # a report on Japan's bases measures one from Busan; GeoNames also lists "Busan" among
    # the other names of Busano, an Italian village: Busan is still the city
    _ingest(empty, tmp_path, "Japan's second-line bases.\n\nJapan hosts most of them. Tallow "
                             "Air Base, about 12 km north-west of central Busan, hosts a "
                             "transport wing.\n")
    s = next(x for x in empty.sites(None) if x.name == "Tallow Air Base")
    assert s.located and s.country == "KOR"


def test_the_city_centre_is_the_city_the_sentence_named_before(empty, tmp_path):
    # "the city centre" names no city: the one the sentence gives before it does (Mianwali,
    # not the province or the country after it); with none before, it places nothing
    _ingest(empty, tmp_path, "Tallow Air Base lies in Mianwali, in Punjab, Pakistan, about 4 km "
                             "east-south-east of the city centre.\n\nKesk Air Base, about 9 km "
                             "north of the city centre, was visited.\n")
    s = next(x for x in empty.sites(None) if x.name == "Tallow Air Base")
    assert s.located and s.precision_m < 12_000
    assert distance_m(s.lon, s.lat, 71.5449, 32.5839) < s.precision_m  # Mianwali
    assert 2_000 < distance_m(s.lon, s.lat, 71.5449, 32.5839)  # east-south-east of it
    k = next(x for x in empty.sites(None) if x.name == "Kesk Air Base")
    assert not k.located and "names no city before it" in k.notes


def test_a_town_written_with_its_province_is_not_the_one_place_of_its_name_elsewhere(
        empty, tmp_path):
    # GeoNames' only Shorkot here is in Khyber Pakhtunkhwa: "Shorkot, Punjab" is not it;
    # and a country written after a town is the country, not a province that also bears
    # its name among others ("Maputo, Mozambique": Natural Earth lists "Mozambique" as a
    # name of Nampula province)
    _ingest(empty, tmp_path, "Strikes in Pakistan and Mozambique.\n\nThe Tallow air base near "
                             "Shorkot, Punjab, was hit. The Kesk ammunition depot on the outskirts "
                             "of Maputo, Mozambique, exploded in 2007.\n")
    sites = {s.name: s for s in empty.sites(None)}
    tallow = sites["Tallow air base"]
    assert not tallow.located or distance_m(tallow.lon, tallow.lat, 70.8776, 31.9102) > 50_000
    kesk = next(s for n, s in sites.items() if n.startswith("Kesk"))
    assert kesk.located and distance_m(kesk.lon, kesk.lat, 32.5832, -25.9655) < kesk.precision_m


def test_a_shore_establishment_said_to_be_a_station_at_a_town_is_one_site(empty, tmp_path):
    # "INS Tallowby, a naval air station at Goa": one site, INS Tallowby (not a second,
    # "Goa naval air station")
    _ingest(empty, tmp_path, "The Indian Navy commissions INS Tallowby, a naval air station at "
                             "Goa, to support patrol flights over the Arabian Sea.\n")
    assert [s.name for s in empty.sites(None)] == ["INS Tallowby"]


def test_a_translators_bracket_closes_a_towns_province(empty, tmp_path):
    # "[at Shorkot, Punjab]": the province is read up to the bracket's end, and GeoNames'
    # only Shorkot, in Khyber Pakhtunkhwa, is not the one meant
    _ingest(empty, tmp_path, "Missiles targeted Pakistan's air bases, among them the Tallow "
                             "air base [at Shorkot, Punjab], and others.\n")
    s = next(x for x in empty.sites(None) if x.name == "Tallow air base")
    assert not s.located or distance_m(s.lon, s.lat, 70.8776, 31.9102) > 50_000


def test_the_capital_of_a_country_named_like_its_capital(empty, tmp_path):
    # Djibouti's capital is Djibouti: "the capital" of a paragraph on Djibouti is that city,
    # not the capital of another country the paragraph names (the U.S.)
    _ingest(empty, tmp_path, "Across the strait, the U.S. base at Camp Tallow in Djibouti lies "
                             "beside the capital's airport. Drones fly from Kesk Airfield, some "
                             "12 km south-west of the capital.\n")
    s = next(x for x in empty.sites(None) if x.name == "Kesk Airfield")
    assert s.located and distance_m(s.lon, s.lat, 43.1450, 11.5886) < 12_000 + s.precision_m


def test_a_site_a_tables_row_names_bare_with_its_kind_is_found_and_placed(empty, tmp_path):
    _ingest(empty, tmp_path, "Damage after the strikes on Orvale\n\nSite | Province | Type | "
                             "Point | Damage\nTallowabad | Tehran | air base / airport | 35.689, "
                             "51.313 | Aerial refuelling tanker burned on the apron\n")
    s = next(x for x in empty.sites(None) if x.name.startswith("Tallowabad"))
    assert s.facility_type == "airbase" and s.located
    assert distance_m(s.lon, s.lat, 51.313, 35.689) < 1_000


def test_a_bare_base_its_own_statement_follows_at_once_is_found_and_placed(empty, tmp_path):
    # a thread's numbered post: the bare name of a military airfield, then where it is
    _ingest(empty, tmp_path, "Russian bomber bases, a thread.\n\n5/ Belaya, about 10 km "
                             "south-west of Usolye-Sibirskoye, hosts long-range aviation (Tu-22M3)."
                             "\n")
    s = next(x for x in empty.sites(None) if x.name.startswith("Belaya"))
    assert s.facility_type == "airbase" and s.located


def test_a_reports_provinces_speak_of_their_country_for_an_unlocated_site(empty, tmp_path):
    # Russia named twice, Norway once: not two thirds of the namings alone; two Russian
    # provinces the report places things in make it the report's country
    _ingest(empty, tmp_path, "Russia tested the missile again, Russia said. Norway watched.\n\n"
                             "Launches came from a range in Arkhangelsk Oblast and a pad in "
                             "Murmansk Oblast. Work at the Tallowsk test site went on.\n")
    s = next(x for x in empty.sites(None) if x.name == "Tallowsk test site")
    assert not s.located and s.country == "RUS"


def test_the_owner_of_a_base_abroad_is_not_its_country(empty, tmp_path):
    _ingest(empty, tmp_path, "Ports of the strait.\n\nChina's navy keeps its only overseas "
                             "base, the Tallow Support Base, near a port west of the city.\n")
    s = next(x for x in empty.sites(None) if x.name == "Tallow Support Base")
    assert s.country != "CHN"


def test_two_names_of_one_report_at_one_air_bases_point_are_one_site(empty, tmp_path):
    # the base at its published point, then by its city's name at the listed field there
    _ingest(empty, tmp_path, "Strikes on Iran, June 2025.\n\nTallowabad Air Base (35.212, "
                             "48.653) lost two helicopters. Hamadan Air Base was struck again on "
                             "the second night.\n")
    bases = [s for s in empty.sites(None) if s.facility_type == "airbase"]
    assert len(bases) == 1 and bases[0].located
    assert {"Tallowabad Air Base", "Hamadan Air Base"} <= {
        a.alias for a in empty.aliases(bases[0].site_id)}


def test_another_spelling_in_brackets_inside_a_name_makes_one_site_of_both(empty, tmp_path):
    # a translation writes the place's other spelling in brackets between the name and the
    # facility words: one site, both names its own
    _ingest(empty, tmp_path, "Uranium concentrate is produced at the Tallowsan [Tallowshan] "
                             "uranium mill in North Hwanghae Province, the official said.\n")
    s = next(x for x in empty.sites(None) if x.name == "Tallowsan uranium mill")
    assert "Tallowshan uranium mill" in {a.alias for a in empty.aliases(s.site_id)}
    assert s.country == "PRK"


def test_a_city_that_bears_a_name_among_its_others_beside_an_unpeopled_namesake_is_the_city(
        empty, tmp_path):
    # GeoNames' city of Yining is "Ghulja", with "Yining" among its other names; its own
    # "Yining", 16 km away, is the county's seat with no people given, and a third lies in
    # Jiangxi: "the city of Yining" is the city. A city's name opening a sentence is no
    # participle ("Yining" ends like "Expanding")
    _ingest(empty, tmp_path, "Air bases of the north-west\n\nYining air base, about 5 km north "
                             "of the city of Yining, hosts J-11 fighters.\n")
    s = next(x for x in empty.sites(None) if x.name == "Yining air base")
    assert s.located and s.country == "CHN"
    assert distance_m(s.lon, s.lat, 81.3303, 43.9558) < 5_000 + s.precision_m  # its airport
    assert distance_m(s.lon, s.lat, 114.54, 29.03) > 1_000_000  # not Jiangxi's Yining


def test_a_town_abroad_inside_the_province_a_sentence_names_places_the_site(empty, tmp_path):
    # a report on Russia's bases: Gyumri is Armenia's, which the report does not name, but
    # the sentence puts the base in Shirak province, which holds it
    _ingest(empty, tmp_path, "Russia's bases abroad\n\nRussia's MiG-29s fly from Kestrel Air "
                             "Base in Gyumri, in Shirak province.\n")
    s = _only(empty)
    assert s.located and s.precision_m < 25_000
    assert distance_m(s.lon, s.lat, 43.8465, 40.7929) < s.precision_m  # Gyumri


def test_a_base_sharing_its_runway_with_an_airport_is_where_the_airport_is_said_to_be(
        empty, tmp_path):
    # the statement after the airport's name is the airport's, and so the base's; "the
    # city" is the one the airport's name opens with, not the town named before
    _ingest(empty, tmp_path, "Strikes on Iran\n\nMissiles hit the 9th Tallow Air Base, which "
                             "shares its runways with the Isfahan International Airport about "
                             "20 km north-east of central Isfahan.\n")
    s = _only(empty)
    assert s.located and s.precision_m < 30_000
    assert 10_000 < distance_m(s.lon, s.lat, 51.6680, 32.6525) < 30_000  # NE of Isfahan
    assert s.lat > 32.6525 and s.lon > 51.6680
    _ingest(empty, tmp_path, "Kamchatka\n\nKestrel air base, in Yelizovo district, shares its "
                             "runway with Petropavlovsk-Kamchatsky Airport some 16 km "
                             "north-west of the city.\n", name="k.txt")
    k = next(x for x in empty.sites(None) if x.name == "Kestrel air base")
    assert k.located and distance_m(k.lon, k.lat, 158.454, 53.1679) < k.precision_m  # UHPP


def test_a_base_next_to_an_airport_is_where_the_airport_is_said_to_be(empty, tmp_path):
    # "Rimba Air Base, next to Brunei International Airport about 6 km north of Bandar Seri
    # Begawan": the airport unknown to the gazetteer, its distance places the base
    _ingest(empty, tmp_path, "Bases of Iran\n\nTallow Air Base, next to Kestrel International "
                             "Airport about 20 km north-east of central Isfahan, is small.\n")
    s = _only(empty)
    assert s.located and 10_000 < distance_m(s.lon, s.lat, 51.6680, 32.6525) < 30_000


def test_a_persons_name_with_and_without_its_middle_initial_names_one_site(empty, tmp_path):
    _ingest(empty, tmp_path, "Army camps\n\nTroops trained at Camp Kestrel Holt in May.\n\n"
                             "Marines left Camp Kestrel F. Holt, in Gamu, in June.\n")
    assert len(empty.sites(None)) == 1


def test_a_digest_item_headed_by_a_country_in_capitals_and_a_stop_is_that_country(
        empty, tmp_path):
    # "3) EGYPT. ..." heads an item about Egypt: its "Alexandria" is Egypt's, not Romania's
    # (the report's first item is on Romania) nor Virginia's
    _ingest(empty, tmp_path,
            "1) ROMANIA. The Cernavoda Nuclear Power Plant, about 60 km west of Constanta, "
            "restarted its first unit in Romania.\n\n"
            "2) EGYPT. The Testabad Nuclear Power Plant, about 40 km west of Alexandria, "
            "poured concrete for its second unit.\n\n"
            "3) ROMANIA. Romania chose the Doicesti site in Dambovita County for a small "
            "reactor, and Romania's fuel plant at Pitesti will make its fuel.\n")
    s = next(s for s in empty.sites(("candidate",)) if s.name.startswith("Testabad"))
    assert s.country == "EGY"
    alexandria = (29.919, 31.198)  # Egypt's Alexandria (lon, lat)
    assert 20_000 < distance_m(s.lon, s.lat, *alexandria) < 70_000


def test_a_sections_first_point_is_not_the_site_the_section_before_named(empty, tmp_path):
    # under its own heading a paragraph names a reactor by a word that is no facility's
    # ("neutron source"): its coordinates are not those of the facility named above
    _ingest(empty, tmp_path,
            "<html><body><h1>Isotope reactors</h1>\n"
            "<h2>Mol</h2><p>The BR9 reactor at the Belgian nuclear research centre near Mol "
            "irradiates targets. The centre is also building the Testorium research facility "
            "near Mol.</p>\n"
            "<h2>Garching</h2><p>Germany's main neutron source, FRX IV, in Garching north of "
            "Munich (48.266, 11.677), has been shut since 2020.</p></body></html>",
            name="r.html")
    s = next(s for s in empty.sites(("candidate",)) if s.name.startswith("Testorium"))
    assert s.country == "BEL" and s.lat < 51.5 and s.lon < 6  # near Mol, not Garching
    assert s.location_method != "published by source"


def test_a_unit_in_a_section_of_its_own_is_no_part_of_a_site_named_above_it(
        empty, tmp_path):
    # "the research centre's LVZ-17 reactor" under "Rez": not the centre of the section above
    _ingest(empty, tmp_path,
            "<html><body><h2>Mol</h2><p>In Belgium, the BR9 reactor at the Testorium nuclear "
            "research centre near Mol irradiates targets.</p>\n"
            "<h2>Rez</h2><p>At Rez, about 12 km north of Prague, the research centre's LVZ-17 "
            "reactor irradiates silicon.</p></body></html>", name="r.html")
    (s,) = [s for s in empty.sites(("candidate",)) if "LVZ-17" in s.name]
    assert s.country == "CZE"
    assert distance_m(s.lon, s.lat, 14.42, 50.18) <= s.precision_m  # north of Prague


def test_a_village_by_one_of_its_other_names_is_no_namesake_where_the_report_places_it(
        empty, tmp_path):
    # the report places the plant by a town the gazetteer lacks; GeoNames also calls
    # Palisade, Colorado (2,651 people) "Palisades": not there
    _ingest(empty, tmp_path,
            "In the United States, the Palisades missile test range, near Testhaven, came back "
            "into service.\n")
    (s,) = empty.sites(("candidate",))
    assert s.lat is None and "Not placed at Palisade" in s.notes


def test_a_site_named_after_a_province_is_not_at_a_small_town_whose_name_begins_with_it(
        empty, tmp_path):
    # Idaho Springs, Colorado (1,728 people) begins with the state's name: not there
    _ingest(empty, tmp_path,
            "In the United States, the Idaho Fuel Testing Laboratory tests naval reactor fuel.\n")
    (s,) = empty.sites(("candidate",))
    assert s.lat is None and "Not placed at Idaho Springs" in s.notes


def test_a_bases_other_names_make_no_sites_of_their_own(empty, tmp_path):
    # a camp by its own name after its service's words; an air station's field by the name
    # of its runways, what pilots call it, what it flies from
    _ingest(empty, tmp_path,
            "The biggest share goes to Marine Corps Base Camp Tallow, home of the II Marine "
            "Expeditionary Force. Camp Tallow will spend it on barracks.\n\n"
            "MCAS Kesk Point, about 3 km northeast of the town of Havelock, waits for new "
            "squadrons. Orvale Field, as the air station's runways are formally known, gets a "
            "fuel farm.\n\n"
            "The Ospreys of Marine Corps Air Station Rook are loud. Now the Marine Corps says "
            "the air station, which pilots still call Pawn Field, will get new hangars.\n\n"
            "Marine Corps Air Station Holt, about 7 km north-west of downtown Beaufort, flies "
            "F-35B squadrons from Quill Field.\n")
    sites = {s.name: s.site_id for s in empty.sites(("candidate",))}
    assert sorted(sites) == ["MCAS Kesk Point", "Marine Corps Air Station Holt",
                             "Marine Corps Air Station Rook", "Marine Corps Base Camp Tallow"]
    aliases = {(a.site_id, a.alias) for a in empty.aliases()}
    assert {(sites["MCAS Kesk Point"], "Orvale Field"),
            (sites["Marine Corps Air Station Rook"], "Pawn Field"),
            (sites["Marine Corps Air Station Holt"], "Quill Field"),
            (sites["Marine Corps Base Camp Tallow"], "Camp Tallow")} <= aliases


def test_an_air_station_at_another_named_airfield_is_that_airfield(empty, tmp_path):
    # "X, at Y airfield"; "X Air Base at Y" and, in a table, "Y Air Base": one airfield
    _ingest(empty, tmp_path,
            "The navy's air stations include:\n- INS Tallow, at Kesk airfield in the Orvale "
            "Islands;\n- INS Holt, near the coast.\n\n"
            "The Air Force's Danilo Quill Air Base at Pawn Point, just north of Cavite City, "
            "hosts patrol aircraft.\n\n"
            "  Base                         Country       ICAO   Runway\n"
            "  Pawn Point Air Base          Philippines   RPLS   2,400\n")
    names = sorted(s.name for s in empty.sites(("candidate",)))
    assert len(names) == 3 and "INS Holt" in names and "Danilo Quill Air Base" in names
    assert not {"Pawn Point Air Base"} & set(names)


def test_the_region_written_after_a_sites_namesake_picks_it_abroad(empty, tmp_path):
    # a report on Russia and France names Canada nowhere: "Port Hope, Ontario" is Canada's
    _ingest(empty, tmp_path,
            "Russia and France enrich uranium for each other. Both buy feed from the Port "
            "Hope conversion plant, on the lake shore of Port Hope, Ontario.\n")
    (s,) = [s for s in empty.sites(("candidate",)) if s.name.startswith("Port Hope")]
    assert s.country == "CAN"
    assert distance_m(s.lon, s.lat, -78.30, 43.95) <= s.precision_m  # Port Hope's shore


def test_a_tables_column_of_places_says_where_each_rows_site_is(empty, tmp_path):
    # "| Y-12 National Security Complex | Oak Ridge, Tennessee |" under "| Plant | Location |"
    _ingest(empty, tmp_path,
            "<html><body><p>The weapons complex has several plants.</p><table>"
            "<tr><th>Plant</th><th>Location</th><th>Role</th></tr>"
            "<tr><td>Tallow Weapons Complex</td><td>Oak Ridge, Tennessee</td>"
            "<td>uranium</td></tr>"
            "<tr><td>Kesk Assembly Plant</td><td>about 27 km NE of Amarillo, TX</td>"
            "<td>assembly</td></tr>"
            "<tr><td>Holt Components Campus</td><td>Kansas City, Missouri</td>"
            "<td>parts</td></tr></table></body></html>", name="r.html")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    tallow = sites["Tallow Weapons Complex"]
    assert distance_m(tallow.lon, tallow.lat, -84.27, 36.01) <= tallow.precision_m <= 35_000
    # the column gives the town a site is known by, not that it stands inside it: Kansas
    # City's plant is 28 km south of the city's point
    holt = sites["Holt Components Campus"]
    assert distance_m(holt.lon, holt.lat, -94.55, 38.86) <= holt.precision_m
    kesk = sites["Kesk Assembly Plant"]  # the cell's own statement, read once
    assert 17_000 < distance_m(kesk.lon, kesk.lat, -101.83, 35.22) < 40_000


def test_a_parts_name_as_written_with_its_place_is_its_alias(empty, tmp_path):
    # "the Fuel Enrichment Plant at Natanz", a part of "the Natanz plant" named after it
    _ingest(empty, tmp_path,
            "In Iran, the Centrifuge Test Plant at Testabad was struck. Crews worked just "
            "south of the Testabad plant.\n")
    aliases = {a.alias for a in empty.aliases()}
    assert "Centrifuge Test Plant at Testabad" in aliases


def test_a_headings_citation_quotes_its_words_not_its_markdown_marks(empty, tmp_path):
    _ingest(empty, tmp_path,
            "<html><body><h1>Bases of Testland</h1><p>In Testland, jets flew from the Tallow "
            "missile base near Kesk.</p><h2>Tallow missile base</h2><p>It is old.</p>"
            "</body></html>", name="r.html")
    quotes = [c.quote for c in empty.citations() if c.quote]
    assert "Tallow missile base" in quotes and not any(q.startswith("#") for q in quotes)


def test_a_tables_column_of_provinces_picks_each_rows_town(empty, tmp_path):
    # "Dow AFB  ME  about 5 km W of Bangor": Maine's Bangor, of the several; "MI" puts Sault
    # Ste. Marie in Michigan, not in Ontario across the river (inside the border's margin)
    _ingest(empty, tmp_path,
            "Former bomber bases of the United States.\n\n"
            "NAME          STATE  LOCATION\n"
            "------------  -----  ------------------------------\n"
            "Tallow AFB    ME     about 5 km W of Bangor\n"
            "Kesk AFB      MI     about 30 km S of Sault Ste. Marie\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    tallow, kesk = sites["Tallow AFB"], sites["Kesk AFB"]
    assert distance_m(tallow.lon, tallow.lat, -68.83, 44.81) <= tallow.precision_m <= 15_000
    assert kesk.country == "USA" and kesk.lat is not None


def test_the_country_a_paragraph_opens_with_picks_its_sites_namesakes(empty, tmp_path):
    # "In Mali, the pattern is similar. Gao airfield, about 5 km south-east of the town":
    # Mali's Gao (133,000 people), not Burkina Faso's, in a report naming Burkina Faso more
    _ingest(empty, tmp_path,
            "Burkina Faso and Niger changed partners. In Burkina Faso, drones fly from "
            "Ouagadougou; Burkina Faso's army holds the north.\n\n"
            "In Mali, the pattern is similar. Gao airfield, about 5 km south-east of the "
            "town, is shared by Malian drone crews.\n")
    (s,) = [s for s in empty.sites(("candidate",)) if s.name == "Gao airfield"]
    assert s.country == "MLI"
    assert distance_m(s.lon, s.lat, -0.005, 16.25) <= s.precision_m


def test_the_city_centre_is_the_citys_not_a_town_its_province_names(empty, tmp_path):
    # "at Tuxtla Gutiérrez, Chiapas, about 6 km west-south-west of the city centre": not
    # Chiapa de Corzo, which GeoNames also calls "Chiapas"
    _ingest(empty, tmp_path,
            "In Mexico, the Testfield military air base at Tuxtla Gutiérrez, Chiapas, about 6 "
            "km west-south-west of the city centre, hosted relief flights.\n")
    (s,) = [s for s in empty.sites(("candidate",)) if "Testfield" in s.name]
    assert distance_m(s.lon, s.lat, -93.1733, 16.7399) <= s.precision_m  # Terán's field


@pytest.mark.parametrize("text, n", [
    # an air base written short, by the last word of the name put after the base's words,
    # or by the first part of a hyphenated name
    ("France handed over Base aérienne 172 Sergent-Chef Adji Tallowé in Kesk in 2025. "
     "Drones now fly from Tallowé air base.", 1),
    ("Holt-Benito Kesk Air Base lies in Testland. Jets at the Holt air base were new.", 1),
    # two bases of two names
    ("France handed over Base aérienne 172 Sergent-Chef Adji Tallowé in Kesk in 2025. "
     "Drones now fly from Orvale air base.", 2),
])
def test_an_air_base_written_short_is_one_site(empty, tmp_path, text, n):
    assert len(_ingest(empty, tmp_path, text).candidates) == n


def test_a_site_named_after_another_site_of_the_report_stands_at_it(empty, tmp_path):
    # "The Sellafield MOX Plant" after "the Sellafield nuclear site" at its point: no place
    # of the gazetteer is called "Sellafield MOX", the site is
    _ingest(empty, tmp_path,
            "The Quellfield nuclear site, on the coast of Cumbria at 54°25′N 3°30′W, holds "
            "most of Britain's plutonium.\n\n"
            "The Quellfield MOX Plant (QMP) was built to turn separated plutonium into "
            "mixed-oxide fuel.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    host, plant = sites["Quellfield nuclear site"], sites["Quellfield MOX Plant"]
    assert host.located and plant.located
    assert distance_m(plant.lon, plant.lat, host.lon, host.lat) < plant.precision_m
    assert plant.precision_m > host.precision_m  # the host's radius and the plant's extent


def test_a_site_named_after_a_town_is_not_placed_at_the_towns_other_site(empty, tmp_path):
    # "Port Sudan New International Airport" is named after the town, not after the "Port
    # Sudan Air Base" the report placed (at the old airport, 16 km from the new one)
    _ingest(empty, tmp_path,
            "The army moved to Port Sudan. Port Sudan Air Base, about 5 km south of the city "
            "centre, became its main airfield. The new civil airport, Port Sudan New "
            "International Airport, some 20 km south of Port Sudan, was also hit.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    airport = sites["Port Sudan New International Airport"]
    assert "Named after" not in (airport.notes or "")
    assert distance_m(airport.lon, airport.lat, 37.2341, 19.4336) <= airport.precision_m


@pytest.mark.parametrize("mark", ["", "* ", "- ", "• "])
def test_a_list_item_opening_with_a_sites_short_name_places_it(empty, tmp_path, mark):
    # "* Dounreay, about 13 km west of Thurso ..., was the site of Britain's fast-reactor
    # research" before "the Dounreay site": the item is about that site, bullet or none
    _ingest(empty, tmp_path,
            "Other sites\n\n"
            f"{mark}Quellreay, about 13 km west of Thurso on the north coast of Caithness, "
            "was the site of Britain's fast-reactor research. A test establishment, just "
            "west of the Quellreay site, tested submarine cores.\n")
    site = next(s for s in empty.sites(("candidate",)) if s.name == "Quellreay site")
    assert site.located
    assert distance_m(site.lon, site.lat, -3.5218, 58.5927) - 13_000 <= site.precision_m


@pytest.mark.parametrize("text, n", [
    ("Tankers fly from Quillstead Air Reserve Base, the former Quillstead AFB, in Florida.", 1),
    ("Tankers fly from Quillstead Air National Guard Base, on the old Quillstead Air Force "
     "Base, in Florida.", 1),
    # an air base and an army airfield of one name may be two airfields
    ("Jets left Quillstead Air Base for Quillstead Army Airfield in Florida.", 2),
])
def test_two_services_air_bases_of_one_place_are_one_site(empty, tmp_path, text, n):
    assert len(_ingest(empty, tmp_path, text).candidates) == n


@pytest.mark.parametrize("name", ["Quellwell B", "Quellwell Point C", "Quellwell II"])
def test_a_stations_place_and_letter_is_its_other_name(empty, tmp_path, name):
    # "the operating station at Sizewell B": reports call it "Sizewell B"
    _ingest(empty, tmp_path, "The Civil Nuclear Constabulary protects the operating station "
                             f"at {name}, near Leiston on the Suffolk coast.\n")
    (site,) = empty.sites(("candidate",))
    assert name in {a.alias for a in empty.aliases() if a.site_id == site.site_id}


@pytest.mark.parametrize("whose", ["Quellnor's airfield reference point is",
                                   "Quellnor's published coordinates are"])
def test_a_sites_point_said_of_its_short_name(empty, tmp_path, whose):
    # "Chivenor's airfield reference point is 51°05′14″N 4°09′01″W.": the base's point
    _ingest(empty, tmp_path,
            "The Royal Marines will spend money at Royal Marines Base Quellnor (RMB Quellnor), "
            "about 6 km west of Barnstaple, where engineers are based. "
            f"{whose} 51°05′14″N 4°09′01″W.\n")
    (site,) = empty.sites(("candidate",))
    assert site.location_precision == "exact"
    assert distance_m(site.lon, site.lat, -4.150278, 51.087222) < 1


@pytest.mark.parametrize("text, names", [
    ("Start with PAF Base Quellkhan, the old Tallowala airfield, about 5 km east of "
     "Rawalpindi's centre.", ["PAF Base Quellkhan"]),
    ("Drones hit PAF Base Quellkhan (the former Tallowala air base) at dawn.",
     ["PAF Base Quellkhan"]),
    # two bases, the second not called the first's old name
    ("Drones hit PAF Base Quellkhan, then the Tallowala airfield.",
     ["PAF Base Quellkhan", "Tallowala airfield"]),
])
def test_a_base_and_its_old_name_set_after_it_are_one_site(empty, tmp_path, text, names):
    _ingest(empty, tmp_path, "Pakistan strikes\n\n" + text + "\n")
    assert sorted(s.name for s in empty.sites(("candidate",))) == names


@pytest.mark.parametrize("text, name, other", [
    # its name of before, right after or after a few words of its own
    ("Fort Tallow, which had been Fort Kesk since May 2023, takes back its old name.",
     "Fort Tallow", "Fort Kesk"),
    ("Fort Tallow, about 9 miles south of Columbus, Georgia, was Fort Kesk for two years.",
     "Fort Tallow", "Fort Kesk"),
    ("Fort Tallow, the sprawling Army post north-west of Fayetteville that spent two "
     "years as Fort Kesk, has its old sign back.", "Fort Tallow", "Fort Kesk"),
    # ... or the name it took
    ("Fort Tallow, south-west of Augusta, became Fort Kesk in 2023.", "Fort Kesk",
     "Fort Tallow"),
])
def test_a_post_and_the_name_it_had_or_took_are_one_site(empty, tmp_path, text, name, other):
    _ingest(empty, tmp_path, "Army posts\n\n" + text + "\n")
    (site,) = empty.sites(("candidate",))
    assert site.name == name
    assert other in {a.alias for a in empty.aliases()}


def test_two_posts_a_sentence_names_apart_are_two_sites(empty, tmp_path):
    _ingest(empty, tmp_path, "Army posts\n\nFort Tallow was Fort Kesk's neighbour; Fort "
                             "Orvale, near Augusta, trains pilots.\n")
    assert len(empty.sites(("candidate",))) == 3


def test_a_base_and_its_name_of_today_set_after_it_are_one_site_of_that_name(empty, tmp_path):
    # "Howard Air Force Base, now Panamá Pacífico airport": renamed, one facility
    _ingest(empty, tmp_path, "Panama\n\nOfficials discussed a presence at Quellard Air Force "
                             "Base, now Tallow Pacifico air base, about 12 km south-west of "
                             "Panama City.\n")
    (site,) = empty.sites(("candidate",))
    assert site.name == "Tallow Pacifico air base"
    assert "Quellard Air Force Base" in {a.alias for a in empty.aliases()}


@pytest.mark.parametrize("now", ["It's now", "It's\nnow", "It is now"])
def test_a_base_and_its_name_of_today_said_next_are_one_site_of_that_name(empty, tmp_path,
                                                                          now):
    # "Thule Air Base ... is the big one. It had a radar from 1961. It's now Pituffik Space
    # Base."
    _ingest(empty, tmp_path, "Arctic radars\n\nQuellard Air Base in northern Greenland, "
                             "about 100 km south of Qaanaaq, is the big one. It had a radar "
                             f"from 1961. {now} Tallowik Space Base.\n")
    (site,) = empty.sites(("candidate",))
    assert site.name == "Tallowik Space Base"
    assert "Quellard Air Base" in {a.alias for a in empty.aliases()}


def test_a_former_full_name_stays_an_alias_though_geonames_has_an_area_so_named(
        empty, tmp_path):
    # GeoNames has an area of Greenland called "Thule Air Base": the base's old name still
    _ingest(empty, tmp_path, "Arctic radars\n\nThule Air Base in northern Greenland, about "
                             "100 km south of Qaanaaq, is the big one. It's now Pituffik "
                             "Space Base.\n")
    (site,) = empty.sites(("candidate",))
    assert site.name == "Pituffik Space Base"
    assert "Thule Air Base" in {a.alias for a in empty.aliases()}


def test_a_base_whose_unit_it_is_now_is_not_renamed(empty, tmp_path):
    # "it" is the unit: "... moved out of Kesk Air Base, and it is now Tallow Air Base's
    # largest flying unit"
    _ingest(empty, tmp_path, "Ireland\n\nThe 51st Fighter Wing moved out of Kesk Air Base in "
                             "2005, and it is now Tallow Air Base's largest flying unit.\n")
    assert sorted(s.name for s in empty.sites(("candidate",))) == ["Kesk Air Base",
                                                                   "Tallow Air Base"]


def test_a_base_and_another_named_between_are_not_renamed(empty, tmp_path):
    _ingest(empty, tmp_path, "Arctic radars\n\nQuellard Air Base in northern Greenland is "
                             "the big one. Kestrel Air Station had a radar. It's now Tallowik "
                             "Space Base.\n")
    # the station named between is the one renamed; the air base keeps its name
    sites = {s.name: s.site_id for s in empty.sites(("candidate",))}
    assert sorted(sites) == ["Quellard Air Base", "Tallowik Space Base"]
    assert "Quellard Air Base" not in {a.alias for a in empty.aliases()
                                       if a.site_id == sites["Tallowik Space Base"]}


def test_a_part_named_at_its_place_then_alone_is_one_site(empty, tmp_path):
    # "the Pilot Fuel Enrichment Plant at Natanz" ... "The Pilot Fuel Enrichment Plant, a
    # smaller building, ..."
    _ingest(empty, tmp_path, "Natanz imagery\n\nFigure 2. The Pilot Enrichment Hall at "
                             "Natanz, 5 January 2023.\n\nThe Pilot Enrichment Hall, a smaller "
                             "above-ground building, is where Iran tests new centrifuges.\n")
    names = [s.name for s in empty.sites(("candidate",))]
    assert names == ["Natanz Pilot Enrichment Hall"]


def test_a_heading_of_a_facilitys_name_and_initials_names_the_section_s_site(empty, tmp_path):
    # a safeguards report: "Fuel Enrichment Plant (FEP)" over "3. The FEP at Natanz is ..."
    _ingest(empty, tmp_path,
            "Verification report\n\nB. Enrichment-Related Activities\n\n"
            "Kestrel Fuel Enrichment Plant (KFEP)\n\n3. The KFEP at Natanz is a centrifuge "
            "enrichment plant for the production of low enriched uranium.\n")
    (site,) = empty.sites(("candidate",))
    assert site.name == "Kestrel Fuel Enrichment Plant"
    assert "KFEP" in {a.alias for a in empty.aliases(site.site_id)}


def test_a_works_and_what_a_sentence_says_its_place_is_are_one_site(empty, tmp_path):
    # "Mayak remains a major reprocessing and isotope production centre": the Mayak
    # Production Association, works of the atom, described
    _ingest(empty, tmp_path,
            "Status of the Tallowak Production Association\n\nThe Tallowak Production "
            "Association (PO Tallowak) is one of the largest nuclear industrial sites in "
            "Russia.\n\nTallowak remains a major reprocessing and isotope production "
            "centre.\n")
    assert [s.name for s in empty.sites(("candidate",))] == ["Tallowak Production Association"]


@pytest.mark.parametrize("text, written", [
    ("Two bases were used in the war: the airport of Tallow, about 7 km east of the city "
     "(its military side was repaired), and the air base at Kesk, north of the town.",
     {"airport of Tallow", "air base at Kesk"}),
])
def test_a_site_named_after_its_place_keeps_the_words_the_report_writes(empty, tmp_path,
                                                                        text, written):
    # the site is "Kesk air base"; "the air base at Kesk" is how the report names it
    _ingest(empty, tmp_path, "Ethiopia\n\n" + text + "\n")
    assert written <= {a.alias for a in empty.aliases()}


def test_a_camp_named_by_a_weapons_word_is_a_site_but_the_word_alone_no_name_of_it(
        empty, tmp_path):
    # "Camp Patriot": a camp in Kuwait, named like a missile; "Patriot" alone is the missile
    _ingest(empty, tmp_path, "Kuwait\n\nSmaller boat units operate from Camp Patriot, which "
                             "shares a waterfront with the Kuwaiti navy.\n")
    (site,) = empty.sites(("candidate",))
    assert site.name == "Camp Patriot"
    assert "Patriot" not in {a.alias for a in empty.aliases(site.site_id)}


def test_a_site_in_chad_is_placed_by_a_town_of_chad(empty, tmp_path):
    # Chad is one of the report's countries: Abéché is Chad's (it had been "outside the
    # countries the report is about", France's and its territories)
    _ingest(empty, tmp_path,
            "French forces in Africa\n\nFrance has left Chad. The last French aircraft left "
            "Kestrel Air Base, about 2 km north-north-east of Abéché, in January 2025.\n")
    (site,) = empty.sites(("candidate",))
    assert site.located and site.country == "TCD"
    assert distance_m(site.lon, site.lat, 20.8324, 13.8292) <= site.precision_m


def test_a_world_city_the_report_measures_from_beats_a_hamlet_of_a_country_it_names(
        empty, tmp_path):
    # "about 17 km north-north-west of central Lagos" in a report naming France once (and
    # never Nigeria): Nigeria's city of millions, not the French hamlet GeoNames also has
    _ingest(empty, tmp_path,
            "Depot safety\n\nThe report is funded by France and the Congo.\n\n"
            "In January 2002 explosions at the Tallowkeja ammunition depot, about 17 km "
            "north-north-west of central Lagos, killed more than 1,000 people.\n")
    (site,) = empty.sites(("candidate",))
    assert site.located and site.country == "NGA"
    assert distance_m(site.lon, site.lat, 3.3947, 6.4541) <= 23_000


def test_a_tables_column_of_provinces_places_a_row_nothing_else_places(empty, tmp_path):
    # "| Raden Sadjad Air Base | Riau Islands | — |": in the province, if nowhere closer
    _ingest(empty, tmp_path,
            "Air force bases of Indonesia\n\n"
            "| Base | Province | Coordinates |\n|---|---|---|\n"
            "| Quellsadjad Air Base | Riau Islands | — |\n")
    (site,) = empty.sites(("candidate",))
    assert site.located and site.location_precision == "province"
    # Ranai, on Natuna Besar, where the real base is
    assert distance_m(site.lon, site.lat, 108.388, 3.908) <= site.precision_m


def test_a_site_named_after_a_town_abroad_its_statements_put_it_in(empty, tmp_path):
    # a thread on Ukraine's plants: "The Novovoronezh Nuclear Power Plant, on the Don south
    # of Voronezh": Russia's town of that name, which the statement's country allows
    _ingest(empty, tmp_path,
            "Ukraine's plants\n\nUkraine's reactors at Rivne and Khmelnytskyi in Ukraine "
            "kept running, Ukraine's regulator said. Ukraine's grid held.\n\n"
            "Across the border, the Novovoronezh Nuclear Power Plant, on the Don south of "
            "Voronezh, reported drone debris on its site.\n")
    site = next(s for s in empty.sites(("candidate",)) if "Novovoronezh" in s.name)
    # the plant's true point; the town lies 5 km from it
    assert distance_m(site.lon, site.lat, 39.2167, 51.2758) <= site.precision_m <= 100_000


@pytest.mark.parametrize("code, placed", [
    ("LDZA", True),   # Zagreb's field, in the row's country
    ("EGLL", False),  # London Heathrow: not in Croatia
    ("NATO", False),  # no airfield's code
])
def test_an_icao_code_in_a_rows_cell_places_its_air_base(empty, tmp_path, code, placed):
    _ingest(empty, tmp_path,
            "Air bases of the Balkans\n\n"
            "| Base | Country | Where | ICAO |\n|---|---|---|---|\n"
            f"| Quellso Air Base | Croatia | the capital's airport | {code} |\n")
    (site,) = empty.sites(("candidate",))
    notes = " ".join(c.note or "" for c in empty.citations() if c.site_id == site.site_id)
    assert ("ICAO code" in notes) is placed
    if placed:
        assert distance_m(site.lon, site.lat, 16.0688, 45.7429) < 1
        assert site.precision_m <= 31_000  # the field, a military name on a civil field


def test_a_base_named_by_its_number_at_a_town_and_then_alone_is_one_site(empty, tmp_path):
    # "the 4th Military Base in Gyumri" is the "4th Military Base" the report names next
    _ingest(empty, tmp_path, "In Armenia, the 4th Military Base in Gyumri keeps its tanks.\n\n"
                             "The 4th Military Base also keeps a large camp in the hills.\n")
    (s,) = empty.sites(("candidate",))
    assert "4th Military Base" in {a.alias for a in empty.aliases(s.site_id)}


def test_a_name_with_its_facility_words_first_and_by_their_initials_is_one_site(
        empty, tmp_path):
    # "Central Ammunition Depot Tallow" is the "CAD Tallow" the report names next
    _ingest(empty, tmp_path, "In 2016 a fire at the Central Ammunition Depot Pulgaon killed "
                             "two soldiers. CAD Pulgaon is one of the biggest depots in Asia.\n")
    (s,) = empty.sites(("candidate",))
    assert {"Central Ammunition Depot Pulgaon", "CAD Pulgaon"} <= {
        a.alias for a in empty.aliases(s.site_id)}


def test_what_another_name_of_a_site_spans_is_no_site_of_its_own(empty, tmp_path):
    # "Fleet Base West" is HMAS Tallow's other name, not a "Fleet Base" of its own
    _ingest(empty, tmp_path, "In Australia, HMAS Tallow, also called Fleet Base West, on "
                             "Garden Island, is being expanded to host submarines.\n")
    (s,) = empty.sites(("candidate",))
    assert s.name == "HMAS Tallow"
    assert "Fleet Base West" in {a.alias for a in empty.aliases(s.site_id)}


def test_parts_at_a_place_whose_name_closes_the_bases_are_the_bases(empty, tmp_path):
    # "Shelters at Gonggar" in the subject line are Lhasa Gonggar Airport's
    _ingest(empty, tmp_path, "From: Example Watch <digest@example.test>\nSubject: [Digest #8] "
                             "Shelters at Gonggar, a new apron at Ngari, drones\n\nLhasa "
                             "Gonggar Airport, where J-20 fighters are based, now has 36 "
                             "hardened shelters.\n")
    (s,) = empty.sites(("candidate",))
    assert s.name == "Lhasa Gonggar Airport"


def test_an_arsenal_named_by_its_number_keeps_that_name(empty, tmp_path):
    # "the 48th arsenal near Kalynivka" is the "48th arsenal" other reports name
    _ingest(empty, tmp_path, "In Ukraine, explosions ripped through the 48th arsenal near "
                             "Kalynivka, about 25 km north of Vinnytsia, last year.\n")
    (s,) = empty.sites(("candidate",))
    assert "48th arsenal" in {a.alias for a in empty.aliases(s.site_id)}


def test_a_centre_named_by_its_number_is_the_site_not_its_words(empty, tmp_path):
    # the "338th Naval Communication Centre", not a "Naval Communication Centre", nor
    # "Kyrgyz facilities"
    _ingest(empty, tmp_path, "Russia's other Kyrgyz facilities, the 338th Naval Communication "
                             "Centre near Kara-Balta, were not imaged for this brief.\n")
    assert [s.name for s in empty.sites(("candidate",))] == ["338th Naval Communication Centre"]


def test_a_wing_a_lists_item_puts_at_an_airport_is_that_airport(empty, tmp_path):
    # "Wing 46, Phitsanulok: at Phitsanulok Airport" is one air base, not two
    _ingest(empty, tmp_path, "The Royal Thai Air Force's wings and their fighter jets:\n\n"
                             "- Wing 46, Phitsanulok: at Phitsanulok Airport, about 5 km "
                             "south-south-east of the town, where F-16 fighters are based.\n")
    (s,) = empty.sites(("candidate",))
    assert {"Wing 46", "Phitsanulok Airport"} <= {a.alias for a in empty.aliases(s.site_id)}


def test_an_editors_note_after_the_statement_says_which_namesake(empty, tmp_path):
    # Santa Maria in Rio Grande do Sul, not the one of the Federal District: the note after
    # the statement, in its paragraph, names the province right after the place
    _ingest(empty, tmp_path,
            "Brazil's air force will move helicopters. The Santa Maria Air Base, about 12 km "
            "east-south-east of Santa Maria, will receive them. The base shares its runway "
            "with the city's airport. [Note: this is Santa Maria in Rio Grande do Sul, not the "
            "administrative region of the Federal District of the same name.]\n")
    (s,) = empty.sites(("candidate",))
    assert s.lat is not None and distance_m(s.lon, s.lat, -53.68, -29.73) < s.precision_m


def test_a_name_opening_a_sentence_past_a_clause_then_lies_places_its_site(empty, tmp_path):
    # "Hmeimim, which Russian officials spell Khmeimim, lies ...": the air base named before
    _ingest(empty, tmp_path,
            "Russia has flown sorties out of Hmeimim air base on Syria's coast.\n\n"
            "Hmeimim, which Russian officials spell Khmeimim, lies about 20 km south-east of "
            "Latakia and just north-north-east of the town of Jableh.\n")
    (s,) = empty.sites(("candidate",))
    assert s.lat is not None and distance_m(s.lon, s.lat, 35.95, 35.41) < s.precision_m


def test_a_known_sites_stem_with_other_facility_words_is_another_site(empty, tmp_path):
    # "Rocky Mountain Laboratories" is not the "Rocky Mountain Arsenal" a report named before
    _ingest(empty, tmp_path, "The old Rocky Mountain Arsenal, about 16 km north-east of "
                             "downtown Denver, made sarin in the 1950s.\n", name="a.txt")
    _ingest(empty, tmp_path, "The Rocky Mountain Laboratories (RML) of the health institutes "
                             "are in Hamilton, Montana; the host gives 46°14.8′N 114°09.6′W.\n",
            name="b.txt")
    names = sorted(s.name for s in empty.sites(("candidate",)))
    assert names == ["Rocky Mountain Arsenal", "Rocky Mountain Laboratories"]


def test_a_site_named_by_its_code_keeps_no_short_name_and_its_place_past_a_headland(
        empty, tmp_path):
    # "Nike Missile Site SF-88, in the Marin Headlands about 11 km ... of San Francisco":
    # the code is part of the name, "Nike" names every site of the ring, and the distance
    # places the site, not the headlands alone
    _ingest(empty, tmp_path, "Tallow Missile Site SF-88, in the Marin Headlands about 11 km "
                             "north-north-west of San Francisco, reopened to visitors.\n")
    (s,) = empty.sites(("candidate",))
    assert s.name == "Tallow Missile Site SF-88"
    assert "Tallow" not in {a.alias for a in empty.aliases(s.site_id)}
    assert s.lat is not None and distance_m(s.lon, s.lat, -122.42, 37.77) < 20_000


def test_a_lists_item_places_no_site_of_the_items_after_its_semicolon(empty, tmp_path):
    # "VERIFIN, ..., in Helsinki; FOI Umeå, ..., in Umeå; the Norwegian Defence Research
    # Establishment (FFI) at Kjeller, about 18 km east-north-east of Oslo": each item's place
    # is its own, not that of the first site named after it
    _ingest(empty, tmp_path, "Laboratories took part: VERITALL, the Finnish Institute for "
                             "Testing, in Helsinki; FOI Holt, the Swedish agency's division, "
                             "in Umeå; the Tallow Research Establishment, about 18 km "
                             "east-north-east of Oslo; and others.\n")
    (s,) = empty.sites(("candidate",))
    assert s.lat is not None and distance_m(s.lon, s.lat, 11.07, 59.98) < s.precision_m


@pytest.mark.parametrize("text", [
    # where the thing it is under or inside is, the site is
    "The Holtain bunker under a luxury hotel in Lexington, Kentucky, was built for Congress.",
    "And the Holtain Cold War tunnel, beneath the castle in Lexington, Kentucky, was kept.",
    # "The old arsenal, about ...": the site named before, an adjective before its word
    "People forget Holtain Arsenal, the engineer said. The old arsenal, about 10 miles south "
    "of downtown Lexington, Kentucky, made sarin.",
])
def test_a_site_under_a_thing_or_spoken_of_again_is_placed(empty, tmp_path, text):
    _ingest(empty, tmp_path, text + "\n")
    (s,) = empty.sites(("candidate",))
    assert s.name.startswith("Holtain") and s.lat is not None
    assert distance_m(s.lon, s.lat, -84.4947, 38.0498) < s.precision_m + 16_000


def test_a_site_opening_a_sentence_holds_the_sites_named_after_its_verb(empty, tmp_path):
    # "The Tricastin site also holds the Philippe Coste plant, Orano's conversion plant":
    # the plant stands within the site; the owner's words are no other site
    _ingest(empty, tmp_path, "The Holtain enrichment site, about 6 km north of Lexington, "
                             "Kentucky, is new. The Holtain site also holds the Tallow Coste "
                             "plant, Orano's uranium conversion plant, which began in 2018.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    assert not any("Orano" in n for n in sites)
    coste = sites["Tallow Coste plant"]
    assert coste.lat is not None and distance_m(coste.lon, coste.lat, -84.49, 38.10) < 20_000


def test_a_statement_after_water_a_site_stands_on_places_the_site(empty, tmp_path):
    # "the Faslane base on the Gare Loch near Helensburgh": near the town, the base
    _ingest(empty, tmp_path, "In Kentucky, the Holtain base on the Tallow Loch near "
                             "Lexington will be the home port of all submarines.\n")
    (s,) = empty.sites(("candidate",))
    assert s.lat is not None and distance_m(s.lon, s.lat, -84.49, 38.05) < s.precision_m


def test_a_works_named_head_first_keeps_no_alias_of_the_town_it_is_measured_from(
        empty, tmp_path):
    # "The Heavy Water Plant Kota at Rawatbhata, about 40 km south-west of Kota": the plant
    # by its own name, not by the town's
    _ingest(empty, tmp_path, "The Heavy Water Plant Lexington at Tallow, about 40 km "
                             "south-west of Lexington, Kentucky, exports heavy water.\n")
    (s,) = empty.sites(("candidate",))
    assert s.name == "Heavy Water Plant Lexington"
    assert "Lexington" not in {a.alias for a in empty.aliases(s.site_id)}


def test_works_named_by_a_letter_are_sites_and_another_name_of_one_is_no_other(
        empty, tmp_path):
    # Hanford's "B Reactor", "T Plant"; "the Plutonium Finishing Plant, known to old hands
    # as Z Plant" is one site
    _ingest(empty, tmp_path, "B Reactor made the plutonium; the canyon-like T Plant "
                             "separated it. Demolition of the Plutonium Finishing Plant, known "
                             "to old hands as Z Plant, was finished in 2020.\n")
    names = sorted(s.name for s in empty.sites(("candidate",)))
    assert names == ["B Reactor", "Plutonium Finishing Plant", "T Plant"]


def test_a_sentence_opening_on_another_name_and_its_place_gives_no_point_to_the_last_site(
        empty, tmp_path):
    # "the R1 reactor ... was Sweden's first. Ågesta, about 14 km south of Stockholm, at
    # 59.2060° N, 18.0829° E, heated homes": Ågesta's point, not the R1 reactor's
    _ingest(empty, tmp_path, "Sweden: the Tallow reactor, below the institute, was the "
                             "first. Ågestavik, about 14 km south of Stockholm, at 59.2060° N, "
                             "18.0829° E, heated homes.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    assert sites["Tallow reactor"].lat is None


def test_a_sites_stem_with_a_mountain_in_its_own_language_is_one_site(empty, tmp_path):
    # "Kosvinsky Kamen" (kamen: a mountain in the Urals) is the "Kosvinsky Mountain" complex
    _ingest(empty, tmp_path, "Television showed the Tallowsky Kamen bunker near Kesk. The "
                             "Tallowsky Mountain complex was finished in the 1990s.\n")
    (s,) = empty.sites(("candidate",))
    assert "Tallowsky Mountain complex" in {a.alias for a in empty.aliases(s.site_id)}


def test_a_laboratory_by_its_agencys_initials_is_read_in_a_sentence_of_no_facility_word(
        empty, tmp_path):
    _ingest(empty, tmp_path, "Research on defence against chemical and biological agents "
                             "continues at Dstl Porton Down, about 10 km north-east of "
                             "Salisbury, in England.\n")
    (s,) = empty.sites(("candidate",))
    assert s.name == "Dstl Porton Down" and s.lat is not None


def test_the_airfield_a_station_operates_is_the_stations_own(empty, tmp_path):
    # "RAF Ascension Island, which operates Wideawake Airfield jointly with ...": one site
    _ingest(empty, tmp_path, "RAF Tallow Island, which operates Kesk Airfield jointly with the "
                             "United States, is the staging post of the air bridge.\n")
    (s,) = empty.sites(("candidate",))
    assert "Kesk Airfield" in {a.alias for a in empty.aliases(s.site_id)}


def test_airports_of_a_title_on_dual_use_airports_are_sites_one_a_city_and_its_name(
        empty, tmp_path):
    # a title on the airports an air force uses: its "Shache Airport" a site; "the
    # Tashkurgan airport" and "Tashkurgan Khunjerab Airport" one airport
    _ingest(empty, tmp_path, "China's dual-use airports facing India\n\n"
                             "The Tallowkesk Airport lies about 25 km south-west of Kashgar. "
                             "The Holtkur airport, about 30 km from the border, is new; the "
                             "Holtkur Khunjerab Airport has a second apron.\n")
    names = sorted(s.name for s in empty.sites(("candidate",)))
    assert names == ["Holtkur Khunjerab Airport", "Tallowkesk Airport"] or \
        names == ["Holtkur airport", "Tallowkesk Airport"]


def test_an_air_base_the_military_side_of_an_airport_is_one_field(empty, tmp_path):
    # "al-Dulaimi Air Base, the military side of Sanaa International Airport": one site
    _ingest(empty, tmp_path, "The war reaches the airports\n\nJets bomb Tallowkesk Air Base, "
                             "the military side of Holtkur International Airport, about 14 km "
                             "north of Lexington, Kentucky.\n")
    (s,) = empty.sites(("candidate",))
    assert "Holtkur International Airport" in {a.alias for a in empty.aliases(s.site_id)}


def test_next_door_places_a_site_by_the_one_named_before(empty, tmp_path):
    # "... about 20 km west of Cherbourg. Next door, the Centre de la Manche, ... closed"
    text = ("France's Tallow reprocessing plant lies about 20 km west of Cherbourg. Next door, "
            "the Kesk waste store closed in 1994.")
    _ingest(empty, tmp_path, text)
    store = next(s for s in empty.sites(None) if "Kesk" in s.name)
    assert store.lat is not None and store.location_method == "derived from source text"
    assert 49.4 < store.lat < 49.9 and -2.3 < store.lon < -1.5


@pytest.mark.parametrize("text", [
    # "**Mitiga airbase**, about 8 km east of central Tripoli, was the huge American
    # **Wheelus Air Base** until 1970."
    "In Libya, **Tallow airbase**, about 8 km east of central Tripoli, was the huge American "
    "**Kesk Air Base** until 1970.",
    # "We started at Kenitra Air Base ... The Americans knew it as Naval Air Station Port
    # Lyautey"
    "In Libya, Tallow Air Base lies about 8 km east of central Tripoli. The Americans knew "
    "it as **Naval Air Station Kesk**, and it was big.",
])
def test_a_sites_name_of_before_is_one_site(empty, tmp_path, text):
    _ingest(empty, tmp_path, text, name="r.md")
    (s,) = empty.sites(None)
    assert "Tallow" in s.name and any("Kesk" in a.alias for a in empty.aliases())


def test_a_garrison_and_barracks_named_after_one_place_are_one_site(empty, tmp_path):
    # "The Żagań garrison, ... is getting new barracks" ... "the Żagań barracks would be
    # finished in 2026"
    _ingest(empty, tmp_path, "The Tallow garrison, about 40 km south of Zielona Gora in "
            "Poland, is growing.\n\nLast week we said the Tallow barracks would be finished "
            "in 2026.\n")
    (s,) = empty.sites(None)
    assert s.name == "Tallow garrison"


def test_an_air_base_on_a_side_of_an_airport_is_one_field_with_it(empty, tmp_path):
    # "Seeb Air Base, the Royal Air Force of Oman's base at 23.5933, 58.2844 on the north side
    # of Muscat International Airport, about 13 km west of Muscat, hosts transport squadrons"
    _ingest(empty, tmp_path, "In Oman, Tallow Air Base, the air force's base at 23.5933, "
            "58.2844 on the north side of Kesk International Airport, about 13 km west of "
            "Muscat, hosts transport squadrons.\n")
    (s,) = empty.sites(None)
    assert s.name == "Tallow Air Base"
    assert any("Kesk International Airport" == a.alias for a in empty.aliases())


def test_a_camp_abroad_named_after_a_town_at_home_is_placed_where_it_stands(empty, tmp_path):
    """'**Camp Phoenix**, on the Jalalabad Road in eastern Kabul': not at Phoenix, Arizona;
    the road it stands on is in Kabul, and so is the camp (the bold name after a full stop
    opens a sentence of its own)."""
    _ingest(empty, tmp_path, "# Kabul\n\nKabul in Afghanistan had a cluster of small camps. "
                             "**Camp Eggers** housed the training command until 2014. "
                             "**Camp Tucson**, on the Jalalabad Road in eastern Kabul, was "
                             "the US training mission's base.\n", name="r.md")
    (s,) = [s for s in empty.sites(("candidate",)) if s.name == "Camp Tucson"]
    assert s.country == "AFG" and s.lat is not None
    assert distance_m(s.lon, s.lat, 69.17, 34.53) <= s.precision_m  # Kabul
    assert "usually named after a town at home" in s.notes


def test_a_forward_operating_bases_initials_name_it_where_the_sentence_places_it(
        empty, tmp_path):
    """'**FOB Salerno**, on the edge of Khost ... Forward Operating Base Salerno closed':
    one site, placed by the sentence that names it by its initials, not in Italy."""
    _ingest(empty, tmp_path, "# Afghanistan\n\n- **FOB Tucson**, on the edge of Khost, was "
                             "nicknamed Rocket City. Forward Operating Base Tucson closed in "
                             "2013.\n", name="r.md")
    (s,) = empty.sites(("candidate",))
    assert s.country == "AFG" and s.lat is not None
    assert distance_m(s.lon, s.lat, 69.92, 33.34) <= s.precision_m  # Khost
    aliases = [a.alias for a in empty.aliases(s.site_id)]
    assert "FOB Tucson" in aliases and "Tucson" not in aliases  # (no US city's name)


def test_a_compass_province_is_one_of_a_country_the_report_names(empty, tmp_path):
    """'SLAF Kesk, in the Eastern Province' in a report on Sri Lanka that names the United
    States once: not American Samoa's Eastern district."""
    _ingest(empty, tmp_path, "The Sri Lanka Air Force trains with US instructors. SLAF "
                             "Kesk, in the Eastern Province, is a training station.")
    (s,) = empty.sites(("candidate",))
    assert s.country != "ASM" and s.lat is None


def test_the_stations_at_a_place_after_and_are_other_stations(empty, tmp_path):
    """'The Lucknow ground station and the stations at Port Blair and Brunei': Port Blair
    places those stations, not the Lucknow one."""
    _ingest(empty, tmp_path, "In India, the Lucknow ground station and the stations at "
                             "Port Blair and Brunei will track the launch.")
    (s,) = empty.sites(("candidate",))
    assert s.name == "Lucknow ground station"
    assert distance_m(s.lon, s.lat, 80.92, 26.84) <= s.precision_m  # Lucknow


def test_a_coast_the_report_guessed_whose_gives_way_to_a_town_and_a_province(
        empty, tmp_path):
    """'at Jubail on the Gulf coast, in the Eastern Province' in a report on the Emirates:
    the coast read as the Emirates' is the odd statement, the town and the province hold."""
    _ingest(empty, tmp_path, "The United Arab Emirates host many aircraft; the UAE also "
                             "pays for Emirati jets, and Saudi Arabia for its own. The King "
                             "Tallow Naval Base, at Jubail on the Gulf coast, in the Eastern "
                             "Province, is the Eastern Fleet's home.")
    (s,) = empty.sites(("candidate",))
    assert s.country == "SAU" and s.lat is not None
    assert distance_m(s.lon, s.lat, 49.62, 27.02) <= s.precision_m  # Jubail


def test_another_facility_the_next_sentence_opens_on_is_placed_apart(empty, tmp_path):
    """'... based at SLNS Dakshina in the port of Galle. Its eastern dockyard at
    Trincomalee is the navy's main base.': the navy's dockyard, not the site's place."""
    _ingest(empty, tmp_path, "The Sri Lanka Navy's southern command is based at SLNS "
                             "Tallow in the port of Galle. Its eastern dockyard at "
                             "Trincomalee is the navy's main base.")
    (s,) = empty.sites(("candidate",))
    assert s.name == "SLNS Tallow" and s.lat is not None
    assert distance_m(s.lon, s.lat, 80.22, 6.04) <= s.precision_m  # Galle


def test_a_home_navys_establishment_is_not_placed_at_a_namesake_abroad(empty, tmp_path):
    """'PNS Mehran, the naval air station' in a report on Karachi: not at Mehran, Iran."""
    _ingest(empty, tmp_path, "In Pakistan, the navy keeps PNS Mehran, the naval air "
                             "station, and the Pakistan Navy trains its pilots there, as "
                             "Iran's navy does at Bandar Abbas.")
    (s,) = empty.sites(("candidate",))
    assert s.name == "PNS Mehran" and s.lat is None
    assert "stands in PK" in s.notes


def test_a_navys_establishment_named_like_a_ship_across_a_line_break(empty, tmp_path):
    """A hard-wrapped page's line may break between 'PNS' and the name."""
    _ingest(empty, tmp_path,
            "The core of the navy remains on the island that shelters the harbour.\n"
            "Most of its training is done there, away from the port and the city,\n"
            "and its marine units are housed there too, as they have been since PNS\n"
            "Tallow, the navy's basic training establishment, opened in the south of\n"
            "the island in the years after the war. The city has grown around it.\n")
    assert [(s.name, s.country) for s in empty.sites(("candidate",))] == [
        ("PNS Tallow", "PAK")]  # (unlocated, the Pakistan Navy's)


def test_a_radar_station_and_the_name_its_radar_gives_it_are_one_site(empty, tmp_path):
    """An encyclopedia page on "Tallow Radar Station" that says sources "call the
    installation 'Tallow radar'": one site."""
    r = _ingest(empty, tmp_path, "Tallow Radar Station is a radar installation on a ridge "
                                 "about 50 km west of Kesk, Testland.\n\nSome sources call the "
                                 "installation \"Tallow radar\" after the radar it hosts.\n")
    assert len(r.candidates) == 1


def test_a_radar_and_its_radar_station_are_one_site(empty, tmp_path):
    r = _ingest(empty, tmp_path, "- 2002: Testland signs a lease for the Tallow Radar Station.\n"
                                 "- 2012: Testland says the lease of the Tallow radar will end.\n")
    assert len(r.candidates) == 1


def test_a_hard_wrapped_bracketed_other_name_is_the_sites_own(empty, tmp_path):
    r = _ingest(empty, tmp_path,
                "## 2010s\n\n"
                "- **2008** - War over the province. Aircraft strike the air force's runways and\n"
                "  the hangars of the aircraft works in the capital, where jets were built.\n"
                "- **2010** - Testland and Orvale sign an agreement on a base at Tallow (the\n"
                "  7th Military Base), on the coast north-west of the capital, where troops\n"
                "  and helicopters are kept under a lease of forty-nine years.\n")
    assert len(r.candidates) == 1


def test_a_base_transliterated_with_other_vowels_is_one_site(empty, tmp_path):
    """A thread translated from Arabic: the "Tshraga base", which some channels render
    "Tsharaga barracks", is one base; two one-word names of other consonants are two."""
    r = _ingest(empty, tmp_path, "2/12 Most frequent target: the \"Tshraga base\", which some "
                                 "channels render \"Tsharaga barracks\", on the outskirts of "
                                 "Nahariya. Channels claimed strikes on the Tsharaga barracks "
                                 "again.\n")
    assert len(r.candidates) == 1


@pytest.mark.parametrize("text", [
    "The Norbowo Air Base was built in 1976. The base is located near the town of Kahuta.",
    # (a PDF's text: a word a hyphen broke over a line's end, a plural facility word)
    "The first plant is the Norbowo Research Laboratories (NRL), named after a metallurgist.\n"
    "The laboratories are lo-\ncated near the town of Kahuta, in the hills.",
])
def test_the_facility_words_a_sentence_opens_with_place_the_site_named_just_before(
        empty, tmp_path, text):
    """"The base is located near the town of X", just after a base is named: where that
    base is, not a "X base" of its own."""
    _ingest(empty, tmp_path, text)
    s = _only(empty)
    assert s.name.startswith("Norbowo")
    assert distance_m(s.lon, s.lat, 73.3874, 33.5918) < 20_000  # Kahuta (GeoNames)


def test_a_reactor_set_off_after_a_name_is_what_it_is_not_another_name(empty, tmp_path):
    """"Kesk-GAS, the 30 MW multipurpose re-\\nactor at Serpong": the reactor's place, and
    neither a second site nor an other name "30 MW multipurpose reactor at Serpong"."""
    _ingest(empty, tmp_path,
            "In Indonesia, Kesk-GAS, the 30 MW multipurpose re-\nactor at Serpong, is the "
            "largest research reac-\ntor of the region.\n")
    s = _only(empty)
    assert s.name.startswith("Kesk-GAS")
    assert not [a for a in empty.aliases(s.site_id) if "multipurpose" in a.alias]
    assert distance_m(s.lon, s.lat, 106.6642, -6.3169) < 20_000  # Serpong (GeoNames)


def test_a_place_listed_with_a_site_does_not_place_it(empty, tmp_path):
    """"at Hanford and the Savannah River Site": Hanford is one more item (and Hanford,
    California, a town of GeoNames, is no place of the site)."""
    _ingest(empty, tmp_path, "Our largest obligations are at Hanford and the Norbowo River "
                             "Site, which my colleagues addressed.\n")
    assert not _only(empty).located


def test_a_us_state_after_a_name_and_a_list_items_note_place_its_site(empty, tmp_path):
    """"**Norbowo Air Force Base, California.**": in the state (not at a town of another
    state that bears the name), and a note later on the item's line places it closer."""
    _ingest(empty, tmp_path, "## Part A\n\n"
            "6. **Kesk Air Force Base, Illinois.** Close (1988 round).\n"
            "7. **Norbowo Air Force Base, California.** Close (1988 round). *Disposal note:* "
            "about 11 km north-west of Victorville; now a logistics airport.\n",
            name="r.md")
    by_name = {s.name: s for s in empty.sites(("candidate",))}
    kesk, norbowo = by_name["Kesk Air Force Base"], by_name["Norbowo Air Force Base"]
    assert 36.9 < kesk.lat < 42.6 and -91.6 < kesk.lon < -87.4  # Illinois
    assert distance_m(norbowo.lon, norbowo.lat, -117.385, 34.614) < 15_000


def test_a_kind_of_facility_opening_a_name_is_no_site_it_is_named_after(empty, tmp_path):
    """"the Long Range Discrimination Radar" is not named after a "Long Range Radar Site",
    and does not take its point."""
    _ingest(empty, tmp_path, "The radome of the Long Range Radar Site, 65.5640, "
                             "-167.9225, is white.\n\nIn the Interior, the Long Range "
                             "Discrimination Radar went operational last year.\n")
    radar = next(s for s in empty.sites(("candidate",)) if "Discrimination" in s.name)
    assert not radar.located


def test_a_bare_coast_in_a_report_of_several_countries_is_none_of_theirs(empty, tmp_path):
    """"the landings along the coast" in a memoir that names Japan and Australia: the
    coast of neither (nor a band along Japan's, the country named most)."""
    _ingest(empty, tmp_path, "The Japanese had fled, and the Japanese guns were silent. "
                             "Australian troops came later.\n\nWe worked on the Norbowo "
                             "airstrip for the fighters covering the landings along the coast.\n")
    assert not _only(empty).located


def test_a_forms_field_names_a_site_and_its_wrapped_value_places_it(empty, tmp_path):
    """"3. INSTALLATION AND LOCATION: X Air National Guard Base" over an indented "about
    11 km south of Topeka, Kansas": a form's field (no headline), its value wrapped; a
    project's number ("JWSE0071") is no name."""
    _ingest(empty, tmp_path,
            "1. COMPONENT: AIR NATIONAL GUARD     2. DATE: FEB 2026\n"
            "3. INSTALLATION AND LOCATION: Norbowo Field Air National Guard Base\n"
            "   about 11 km south of Topeka, Kansas\n"
            "4. PROJECT TITLE: KC-46 Hangar     5. PROJECT NUMBER: JWSE0071\n")
    s = _only(empty)
    assert s.name == "Norbowo Field Air National Guard Base"
    assert distance_m(s.lon, s.lat, -95.678, 38.949) < 15_000  # 11 km south of Topeka


def test_a_place_that_only_spells_the_name_alike_outside_the_province_named_is_not_it(
        empty, tmp_path):
    """"about 3 km south of Shire" after a sentence on Tigray: not Sīrē, a town of Oromia
    whose name's key folds alike ("sh" as "s")."""
    _ingest(empty, tmp_path, "The war in Tigray closed the airports. Norbowo Airfield, about "
                             "3 km south of Shire, is the same; the federal army has soldiers "
                             "there.\n")
    s = _only(empty)
    assert not s.located or distance_m(s.lon, s.lat, 39.4833, 8.3167) > 100_000


def test_a_district_of_a_city_far_out_in_its_prefecture_is_the_districts_place(
        empty, tmp_path):
    """"in Yanliang District of Xi'an": Yanliang, 57 km from Xi'an's centre, not a circle
    around the city's point that misses it."""
    _ingest(empty, tmp_path, "The flight-test centre of the aviation industry, the Norbowo "
                             "airfield, in Yanliang District of Xi'an, was enlarged.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, 109.2292, 34.6592) < 20_000  # Yanliang (GeoNames)


def test_a_numbered_heading_in_capitals_over_fields_names_its_site(empty, tmp_path):
    """"1. NORBOWO AIR BASE (清泉崗空軍基地), TAICHUNG" over "Link: ..." and "DMS: ...": the
    base, read in Title Case, at the point its fields give."""
    _ingest(empty, tmp_path, "Coordinates are given for each site.\n\n"
                             "1. NORBOWO AIR BASE (清泉崗空軍基地), TAICHUNG\n"
                             "Link: https://www.google.com/maps?q=24.2647,120.6210\n"
                             "DMS: 24°15′53″N 120°37′16″E\n"
                             "Home of a fighter wing. New shelters were built.\n")
    s = _only(empty)
    assert s.name == "Norbowo Air Base"
    assert distance_m(s.lon, s.lat, 120.621, 24.2647) < 100


def test_a_wikis_link_is_read_as_the_words_it_shows(empty, tmp_path):
    """"about 7 km west of [[León, Spain|León]]" in a wiki's source: west of León."""
    _ingest(empty, tmp_path, "* '''Norbowo Air Base''', about 7 km west of [[León, Spain|León]],"
                             " home of an academy of the air force of Spain.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, -5.6537, 42.5987) < 10_000  # León (GeoNames) 7 km west


def test_a_missile_wings_launch_complex_is_one_site_by_its_number(empty, tmp_path):
    """"Titan II ICBM Site 571-7", "Complex 571-7" and "Titan II Missile Site 571-7": one
    site (no weapon's name: its own), placed where the text says; "Launch Complex 374-7, near
    Damascus, Arkansas" another."""
    _ingest(empty, tmp_path, "historic name: Titan II ICBM Site 571-7. Other names: Complex "
                             "571-7. The Titan II Missile Site 571-7 is about 30 km south of "
                             "Tucson.\n\nLaunch Complex 374-7, near Damascus, Arkansas, was "
                             "lost in 1980.\n")
    names = sorted(s.name for s in empty.sites(("candidate",)))
    assert names == ["Launch Complex 374-7", "Titan II ICBM Site 571-7"]


def test_a_site_opposite_a_town_across_water_is_near_it(empty, tmp_path):
    """"in Cork Harbour, opposite Cobh": near Cobh (the "opposite" a comma sets off)."""
    _ingest(empty, tmp_path, "And Naval Base Norbowo, in Cork Harbour, opposite Cobh, gets "
                             "the dock repairs.\n")
    s = _only(empty)
    assert distance_m(s.lon, s.lat, -8.2943, 51.8503) < 30_000  # Cobh (GeoNames)


def test_an_airport_a_tables_column_of_facilities_names_is_at_its_town(empty, tmp_path):
    """"Saada airport" in a spreadsheet's column of facilities: Saada's airport, placed at
    the town (which shares its name with its province), and not called "Saada"."""
    _ingest(empty, tmp_path, "Yemen airfields strike log\n\n"
                             "event_id\tdate\tfacility_name\tlat_lon\tevent_type\n"
                             "YE-0192\t2025-06-30\tSaada airport\t\tair strike\n"
                             "\nThe offices in Saada were closed.\n")
    s = _only(empty)
    assert s.name == "Saada airport" and s.country == "YEM"
    assert s.located and distance_m(s.lon, s.lat, 43.76393, 16.94021) <= s.precision_m
    assert {a.alias for a in empty.aliases(s.site_id)} == {"Saada airport"}


def test_a_data_exports_row_gives_no_point_to_the_site_of_the_row_before(empty, tmp_path):
    """A licence register's rows: the point of a row whose works is no site of the report
    is not the point of the site the row before named."""
    _ingest(empty, tmp_path,
            "licence_id,state,producer_site,site_lat,site_lon,site_location\n"
            "AL-01,Albania,Kesk arms factory,,,Elbasan County\n"
            "RO-02,Romania,Tallow Holdings,45.8365,23.3700,in the town of Cugir\n")
    s = _only(empty)
    assert s.name == "Kesk arms factory"
    assert s.lat is None or distance_m(s.lon, s.lat, 23.37, 45.8365) > 100_000


@pytest.mark.parametrize("second", [
    "On the island the gravel strip Kesk Mayensfield (70.9611, -8.5758) is to be surveyed.",
    "Tallowby, on the plateau north of the pass, at 70°57.67′N 8°34.55′W, opened in 2021.",
])
def test_a_point_of_another_name_is_not_the_last_sites(empty, tmp_path, second):
    """"the gravel strip Kesk Field (70.9611, -8.5758)" a sentence after a base: the point
    of the strip the name before it names; "Tallowby, on the plateau ..., at ..." is the
    point of Tallowby, not of the base named before."""
    _ingest(empty, tmp_path, "Fighters fly from Holt Air Base in Norway. "
            + second + "\n")
    s = next(s for s in empty.sites(("candidate",)) if s.name == "Holt Air Base")
    assert s.location_method != "published by source"


def test_a_known_base_named_in_its_countrys_words_is_that_base(empty, tmp_path):
    """"Kesk hovedflystasjon" in a later report is the "Kesk Main Air Station" a report
    made a site of, not a second site; a navy in brackets is whose it is, no other name."""
    _ingest(empty, tmp_path, "Jets left Kesk Main Air Station, about 50 km north-west of "
                             "Trondheim, on Monday.\n", name="a.txt")
    _ingest(empty, tmp_path, "| 3 | Kesk hovedflystasjon | Norway | all F-35A |\n\n"
                             "Boats use Flådestation Tallow (Royal Danish Navy).\n",
            name="b.txt")
    names = sorted(s.name for s in empty.sites(("candidate",)))
    assert names == ["Flådestation Tallow", "Kesk Main Air Station"]
    (tallow,) = [s for s in empty.sites(("candidate",)) if s.name == "Flådestation Tallow"]
    assert "Royal Danish Navy" not in {a.alias for a in empty.aliases(tallow.site_id)}


def test_a_list_of_points_after_short_names_places_each_site(empty, tmp_path):
    """"Station positions: Kesk 66°17′S 110°32′E; Tallow 68°35′S 77°58′E": each point
    after the short name of a site the report named (not at a suburb of that name)."""
    _ingest(empty, tmp_path,
            "The flights reach Kesk Station and Tallow Station on the ice.\n\n"
            "Station positions, from the web page: Kesk 66°17′S 110°32′E; Tallow 68°35′S "
            "77°58′E.\n")
    got = {s.name: (round(s.lat, 2), round(s.lon, 2), s.location_method)
           for s in empty.sites(("candidate",))}
    assert got == {"Kesk Station": (-66.28, 110.53, "published by source"),
                   "Tallow Station": (-68.58, 77.97, "published by source")}


def test_a_town_of_a_name_two_towns_bear_is_the_one_the_other_statement_holds(
        empty, tmp_path):
    """"in Măgurele, south of Bucharest": of Romania's two Măgureles, Ilfov's, which lies
    south of Bucharest (Prahova's lies north of it)."""
    _ingest(empty, tmp_path, "The Kesk research reactor in Măgurele, south of Bucharest, "
                             "was shut down in 1997.\n")
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, 26.03333, 44.35) <= s.precision_m < 30_000


def test_a_weapons_name_before_a_kind_is_no_sites_own_name(empty, tmp_path):
    """"the US Aegis Ashore site near Caracal": no site called "site"."""
    _ingest(empty, tmp_path, "The list mentions NSF Kesk, the US Aegis Ashore site near "
                             "Caracal, only once.\n")
    assert "site" not in {s.name.lower() for s in empty.sites(("candidate",))}


def test_a_wiki_tables_coord_template_places_its_rows_base(empty, tmp_path):
    """A wiki table's row "| Base Aérea Kesk || ... || {{coord|-33.393|-70.7858|...}}":
    the point the template gives, published by the source."""
    _ingest(empty, tmp_path,
            "{| class=\"wikitable\"\n! Name !! Flying units !! Coordinates\n|-\n"
            "| Base Aérea Kesk || Grupo de Aviación N° 10 || "
            "{{coord|-33.393|-70.7858|display=inline}}\n|}\n")
    s = _only(empty)
    assert s.name == "Base Aérea Kesk" and s.location_method == "published by source"
    assert (s.lat, s.lon) == (-33.393, -70.7858)


def test_a_swedish_wing_by_its_number_and_town_is_an_air_base(empty, tmp_path):
    """"**F 12 Kalmar**, 5 km west-north-west of Kalmar, closed in 1980": the wing's
    airfield, with no facility word in its sentence; "F 18 Hornet" is an aircraft."""
    _ingest(empty, tmp_path, "**F 12 Kalmar**, 5 km west-north-west of Kalmar, closed in "
                             "1980. The F 18 Hornet never flew there.\n")
    s = _only(empty)
    assert (s.name, s.facility_type) == ("F 12 Kalmar", "airbase")
    assert s.located and s.precision_m < 10_000


def test_a_peoples_word_after_an_arabic_article_is_a_towns(empty, tmp_path):
    """"Kesk El Arab Air Base" is a base (of a town "Kesk El Arab"), and the point the
    next sentence gives is its own, not that of the base the sentence after names."""
    _ingest(empty, tmp_path,
            "The weekly reports that Kesk El Arab Air Base, about 40 km south-west of "
            "Alexandria, will host civil flights. It gives the airport's reference point as "
            "30.9177° N, 29.6964° E. The paper also writes that the Tallow air base, on the "
            "southern edge of Marsa Matruh, will receive a radar.\n")
    got = {s.name: s for s in empty.sites(("candidate",))}
    assert got["Kesk El Arab Air Base"].location_method == "published by source"
    assert got["Tallow air base"].location_method != "published by source"


def test_italian_words_for_a_military_airfield_in_small_letters_name_a_base(empty, tmp_path):
    """A tender's table: "1 | Aeroporto militare di Kesk | ITH51 | 44.9131, 9.7233 | ...":
    Italian writes "militare" in small letters; the row's point is the base's."""
    _ingest(empty, tmp_path,
            "Lot | Site | NUTS | Reference point | Main works\n"
            "1 | Aeroporto militare di Kesk | ITH51 | 44.9131, 9.7233 | shelters\n")
    s = _only(empty)
    assert (s.name, s.facility_type) == ("Aeroporto militare di Kesk", "airbase")
    assert (s.lat, s.lon, s.location_method) == (44.9131, 9.7233, "published by source")


def test_a_site_is_not_placed_at_a_small_town_abroad_its_name_recalls(empty, tmp_path):
    """"the Levant range tested the first French naval missiles", in a report on ranges
    of France and the United States: not at Levant, a town of 3,000 in Maine."""
    _ingest(empty, tmp_path,
            "Ranges of the United States: White Sands, in New Mexico, is the largest.\n\n"
            "In the 1960s the Levant range tested the first French naval missiles.\n")
    s = next(s for s in empty.sites(("candidate",)) if s.name == "Levant range")
    assert s.lat is None or s.lon > -30


def test_a_cosmodromes_numbered_site_is_a_site_where_no_cosmodrome_is_named(empty, tmp_path):
    """"Site 110, about 38 km north of Baikonur, has the two pads built for Energia", under
    a heading of its own: a launch site named by its number; "Site 4 of the survey" in a
    sentence of no launching is none."""
    _ingest(empty, tmp_path,
            "## Site 110\n\nSite 110, about 38 km north of Baikonur, has the two pads built "
            "for Energia.\n\n## Notes\n\nSite 4 of the survey was dry.\n")
    s = _only(empty)
    assert (s.name, s.facility_type) == ("Site 110", "launch site") and s.located


@pytest.mark.parametrize("sentence,name", [
    ("A director at the Atelier de construction de Kesk, the old state arsenal, spoke.",
     "Atelier de construction de Kesk"),
    ("In Tallowburg, the Kamp van Kesk, the oldest camp of the army, hosted units.",
     "Kamp van Kesk"),
    ("Units trained together at the Caserne Grand-Duc Kesk in Tallowburg.",
     "Caserne Grand-Duc Kesk"),
])
def test_french_and_dutch_words_for_arsenals_camps_and_barracks_name_sites(
        empty, tmp_path, sentence, name):
    """A French state arsenal, a Dutch or Flemish camp, a barracks: named by their words
    before their place, in sentences of no English facility word."""
    _ingest(empty, tmp_path, sentence + "\n")
    assert name in {s.name for s in empty.sites(("candidate",))}


def test_a_reference_books_entry_heading_ends_the_entry_before(empty, tmp_path):
    """"4.04 HOLT (Холт)" over "Location: near Chojna ...": the next entry's place, not
    that of the garrison the entry before named."""
    _ingest(empty, tmp_path,
            "4.03 KESK (Кеск)\nLocation: in Żagań, Lubusz.\n"
            "Status: the Kesk garrison held a motor rifle division.\n\n"
            "4.04 HOLT (Холт)\nLocation: near Chojna, West Pomerania, close to the Oder.\n"
            "Notes: Holt airfield is among the best-preserved airfields.\n")
    s = next(s for s in empty.sites(("candidate",)) if s.name == "Kesk garrison")
    assert s.lat is None or distance_m(s.lon, s.lat, 14.43, 52.96) > 50_000


def test_a_base_named_after_a_date_is_a_site(empty, tmp_path):
    """"the 3 July Naval Base on the western coast": a base named after a date, with no
    place in its name; "3.1 Naval Base Kesk" is a section's number, not a date."""
    _ingest(empty, tmp_path, "The paper mentions the 3 July Naval Base on the western "
                             "coast.\n\n3.1 Naval Base Kesk. The delegation visited it.\n")
    names = {s.name for s in empty.sites(("candidate",))}
    assert "3 July Naval Base" in names and "3.1 Naval Base" not in names


@pytest.mark.parametrize("sentence,name,place", [
    ("Flugplatz St. Kesk in the valley, about 7 km south-south-east of Zweisimmen, was the "
     "highest of the Hunter bases.", "Flugplatz St. Kesk", "St. Kesk"),
    ("The Fábrica de Armas de Kesk made rifles from 1857 until 2013.",
     "Fábrica de Armas de Kesk", "Kesk"),
])
def test_german_and_spanish_words_for_an_airfield_and_an_arms_works(
        empty, tmp_path, sentence, name, place):
    """"Flugplatz St. Stephan" (a saint's abbreviation in its place's name), "Fábrica de
    Armas de Oviedo" (the works' words whole, then its town, not "Armas de Oviedo")."""
    _ingest(empty, tmp_path, sentence + "\n")
    (s,) = [s for s in empty.sites(("candidate",)) if s.name == name]
    assert place in {a.alias for a in empty.aliases(s.site_id)}


@pytest.mark.parametrize("sentence,site", [
    ("In Tallowburg, the Quartier Kesk hosted the brigade.", "Quartier Kesk"),
    ("The legionnaires live at Quartier Holt in Kourou.", "Quartier Holt"),
    ("We walked through the Quartier Latin in Paris.", None),
])
def test_a_french_barracks_is_a_quartier_where_troops_are(empty, tmp_path, sentence, site):
    """"the Quartier Roi Albert hosted the brigade": a barracks; Paris's "Quartier
    Latin", in a sentence of no troops, a town's quarter."""
    _ingest(empty, tmp_path, sentence + "\n")
    names = {s.name for s in empty.sites(("candidate",))}
    assert (site in names) if site else not any(n.startswith("Quartier") for n in names)


def test_a_works_in_a_report_titled_on_arms_is_a_site(empty, tmp_path):
    """A data exchange on strategic arms: its "Name/Location:" field names a works in
    capitals and the province it is in, with no word of arms in the line itself."""
    _ingest(empty, tmp_path, "DATA ON STRATEGIC OFFENSIVE ARMS\n\n"
                             "Name/Location: Kesk Machine Building Plant, Udmurt Republic\n"
                             "Note: subject to continuous monitoring at the portal.\n")
    s = next(s for s in empty.sites(("candidate",))
             if s.name == "Kesk Machine Building Plant")
    assert s.location_precision == "province" and 51 < s.lon < 55


def test_a_works_with_no_word_of_arms_near_it_is_no_site(empty, tmp_path):
    """Neither the title nor the sentence speaks of arms: a "Machine Building Plant" is a
    civil works."""
    _ingest(empty, tmp_path, "Regional economy in 2025\n\nThe Kesk Machine Building Plant "
                             "hired 300 workers.\n")
    assert not [s for s in empty.sites(("candidate",)) if "Plant" in s.name]


def test_the_place_of_a_lists_next_item_is_not_the_site_before_it(empty, tmp_path):
    """"the X Training Centre in Harare, Republic of Zimbabwe, and the Kesk Peace Centre at
    Jaji, Kaduna State": Kaduna State is the next item's (no site of ours), not Harare's
    centre's, which it would leave unplaced."""
    _ingest(empty, tmp_path, "The Council commends the Tallow Peacekeeping Training Centre in "
                             "Accra, Republic of Ghana, the Orvale Peacekeeping Training Centre "
                             "in Harare, Republic of Zimbabwe, and the Kesk Peace Centre at "
                             "Jaji, Kaduna State, Federal Republic of Nigeria, for the training "
                             "of military personnel.\n")
    s = next(s for s in empty.sites(("candidate",))
             if s.name == "Orvale Peacekeeping Training Centre")
    assert s.lat is not None and distance_m(s.lon, s.lat, 31.05, -17.83) < 30_000


def test_a_point_of_a_sentence_not_naming_the_site_yields_to_the_one_naming_it(
        empty, tmp_path):
    """The point of an island the report makes no site of, paragraphs after the airfield,
    against the airfield's own sentence: left out, not published as the airfield's."""
    _ingest(empty, tmp_path, "The Air Force's divert airfield project at Tallow Air Base, "
                             "about 3 km north of Palma, reached a milestone.\n\n"
                             "North of it, the Navy maintains targets on Kesk Rock, a small "
                             "uninhabited island at 16°01′N 146°04′E.\n")
    s = next(s for s in empty.sites(("candidate",)) if s.name == "Tallow Air Base")
    assert s.location_method != "published by source"
    assert s.lat is not None and distance_m(s.lon, s.lat, 2.65, 39.59) < 20_000


def test_a_records_field_lines_join_no_name(empty, tmp_path):
    """A hard-wrapped list of records, each a name over an "Address:" field: the label is
    no part of the name above it, and the field's last words none of the name below."""
    prose = ("The entries below were added to the list of entities of concern in the\n"
             "notice of November 1998, after the nuclear tests of that year, and the\n"
             "licence review policy for each of them is the same presumption of denial.\n")
    _ingest(empty, tmp_path, "NUCLEAR ENTITY LIST\n\n" + prose
            + "\nDepartment of Atomic Energy entities:\n\n"
            "  Heavy Water Plant Tuticorin\n      Address: Tuticorin, Tamil Nadu\n"
            "  Heavy Water Plant Hazira\n      Address: Hazira, near Surat, Gujarat\n\n" + prose)
    names = {s.name for s in empty.sites(("candidate",))}
    assert {"Heavy Water Plant Tuticorin", "Heavy Water Plant Hazira"} <= names
    assert not [n for n in names if "Address" in n or n.startswith(("Tamil Nadu", "Gujarat"))]


def test_a_british_garrisons_name_may_end_in_its_town(empty, tmp_path):
    """"Kesk Barracks Gütersloh": the barracks' name with its town's is another name of it."""
    _ingest(empty, tmp_path, "The Kesk Barracks Gütersloh, the former RAF station, closed.\n")
    s = next(s for s in empty.sites(("candidate",)) if s.name == "Kesk Barracks")
    assert "Kesk Barracks Gütersloh" in {a.alias for a in empty.aliases()
                                         if a.site_id == s.site_id}


def test_a_numbered_records_heading_names_its_site(empty, tmp_path):
    """"No. 6  Fliegerhorst Kesk (Bavaria)" over its "Location:" field: the record's site,
    placed by the field."""
    _ingest(empty, tmp_path, "STATIONING CONCEPT: AIRFIELDS TO CLOSE\n\n"
                             "No. 6  Fliegerhorst Kesk (Bavaria)\n"
                             "       Location: on the north-eastern outskirts of Erding\n"
                             "       Decision: 2011. Planned date: not before 2019.\n")
    s = next(s for s in empty.sites(("candidate",)) if s.name == "Fliegerhorst Kesk")
    assert s.lat is not None and distance_m(s.lon, s.lat, 11.91, 48.31) < 20_000


def test_an_analysts_mark_after_a_heading_leaves_its_name_whole(empty, tmp_path):
    """"### Port Sudan Air Base ✅" over its notes: the heading names the base (the mark
    is no part of the line's name), its point below."""
    _ingest(empty, tmp_path, "# Working notes\n\n### Port Sudan Air Base ✅\n"
                             "- 19.5765, 37.2159\n"
                             "- just south of the town, shares the runway with the airport\n",
            name="notes.md")
    (s,) = [s for s in empty.sites(("candidate",)) if s.name == "Port Sudan Air Base"]
    assert (s.lat, s.lon) == (19.5765, 37.2159)


_PROFILE = """\
EXAMPLE CLEAN-UP AGENCY - REGION 9 (TESTLAND)
SUPERFUND SITE PROFILE                                   Generated: 2026-02-11

======================================================================
SITE NAME:        TALLOW AIR NATIONAL GUARD BASE / CAMP KESK
Alternate names:  Orvale Military Reservation; Joint Base Holt;
                  Tallow ANGB
EPA ID:           TL2570024487
Federal facility: Yes - Department of the Air Force
Site type:        Military / Federal Facility
Cleanup status:   Long-term response actions under way; construction complete
                  for 9 of 12 groundwater plumes
======================================================================

LOCATION
County:           Kesk County
Congressional district: TL-09
Coordinates (lat, long): 41.6591, -70.5228
Location note:    on the glacial outwash plain above the sole-source aquifer, a
                  short walk from the Holt pond and the old firing ranges

SITE BACKGROUND
The reservation covers roughly 88 square kilometres and has been used for
training since 1911. Fire training areas, landfills and fuel spills released
contaminants to the aquifer that supplies drinking water to the towns around.
"""


def test_a_profiles_site_name_field_names_the_site_its_fields_place(empty, tmp_path):
    # a hard-wrapped profile: each field its own line, the one "SITE NAME:" field in
    # capitals naming the site, its coordinates a dozen lines below
    _ingest(empty, tmp_path, _PROFILE)
    sites = empty.sites(("candidate",))
    names = {a.alias for a in empty.aliases()} | {s.name for s in sites}
    # the listing's words and a government's are no facility's name
    assert not {"SUPERFUND SITE", "Federal facility", "Federal Facility"} & names
    (s,) = [s for s in sites if "Tallow ANGB" in {a.alias for a in empty.aliases(s.site_id)}]
    assert (s.lat, s.lon, s.location_method) == (41.6591, -70.5228, "published by source")


def test_a_fact_sheets_type_field_names_no_other_facility(empty, tmp_path):
    # "Type:  Air base" between a record's heading and its coordinates: a kind, no name
    _ingest(empty, tmp_path,
            "=====================================\nTALLOW AIR BASE\n"
            "=====================================\n"
            "Other names:   RAFO Tallow; OOTT\nCountry:       Oman\n"
            "Type:          Air base (Royal Air Force of Oman)\n"
            "Location:      Tallow Island, on the coast\n"
            "Coordinates:   20.675, 58.891\nStatus:        Active\n\n"
            "Overview\nA former station, Tallow Air Base hosts training aircraft. It sits "
            "at the northern tip of the island.\n")
    s = _only(empty)
    assert (s.lat, s.lon) == (20.675, 58.891)


def test_a_brochures_records_each_place_the_site_their_title_names(empty, tmp_path):
    # a field under a title naming no site is not of the record before it; a field's
    # coordinates after a province in brackets are its site's
    _ingest(empty, tmp_path,
            "2. PROPERTIES IN DEVELOPMENT\n\nKaserne Tallow\n"
            "Location: about 6 km north of the centre of Potsdam, Brandenburg "
            "(52°27′25″N 13°03′50″E)\nArea: approx. 140 ha\n"
            "History: built in 1937 as a cavalry school, used by the Soviet army.\n\n"
            "Wünsdorf\nLocation: south of Zossen\n"
            "History: seat of the army high command before 1945.\n")
    s = _only(empty)
    assert s.name == "Kaserne Tallow" and s.location_method == "published by source"
    assert (round(s.lat, 4), round(s.lon, 4)) == (52.4569, 13.0639)


def test_a_paragraph_opening_on_a_sites_name_alone_goes_on_about_it(empty, tmp_path):
    # a run-in heading: "Fort X." then what it is and where, with no subject of its own
    _ingest(empty, tmp_path,
            "The proposed action touches several installations.\n\n"
            "Fort Tallow. Headquarters of the army in the Pacific, about 5 km north-west of "
            "downtown Honolulu.\n\n"
            "Other sites are listed in the appendix.\n")
    s = _only(empty)
    assert s.name == "Fort Tallow" and s.lat is not None
    assert distance_m(s.lon, s.lat, -157.90, 21.35) <= s.precision_m


def test_a_sites_full_name_places_it_where_the_finder_would_not_read_it(empty, tmp_path):
    # a detention camp's paragraph: "Camp X" is read from the list of bases, and the
    # paragraph's sentence naming it in full still places it
    _ingest(empty, tmp_path,
            "The army ran Camp Tallow and several airfields across the south.\n\n"
            "## A note on Camp Tallow\n\n"
            "Readers sometimes ask about **Camp Tallow**, near Umm Qasr. It was a detention "
            "camp until 2009.\n")
    s = _only(empty)
    assert s.name == "Camp Tallow" and s.lat is not None
    assert distance_m(s.lon, s.lat, 47.93, 30.03) <= s.precision_m  # Umm Qasr


def test_a_street_bearing_a_states_name_names_no_state(empty, tmp_path):
    # Leavenworth, Kansas (36,000 people) or Washington (2,000): the report names Kansas,
    # and Washington only as a street's name
    _ingest(empty, tmp_path,
            "The Plains Courier\n\nPosts of the plains face a review\n\n"
            "Fort Tallow, on the northern edge of Leavenworth, is the oldest Army post west "
            "of the river.\n\nKansas' delegation has written to the Secretary.\n\n"
            "\"We know what the post means,\" said the owner of a café on Washington Street.\n")
    s = _only(empty)
    assert s.lat is not None
    assert distance_m(s.lon, s.lat, -94.92, 39.31) <= s.precision_m


def test_a_place_after_a_comma_in_a_tables_column_of_sites_places_the_row(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Table 2. State arms makers\n\n"
            "   Site                      Owner            Activity\n"
            "   ------------------------  ---------------  ----------\n"
            "   Tallow Arms, Talagante    Chilean state    rifles\n\n"
            "Tallow Arms makes rifles and ammunition for the army.\n")
    s = _only(empty)
    assert s.lat is not None and s.precision_m <= 50_000
    assert distance_m(s.lon, s.lat, -70.93, -33.66) <= s.precision_m  # Talagante


def test_an_aerodrome_directorys_entries_are_placed_at_their_reference_points(empty, tmp_path):
    # a listed code with digits heads an entry too; the code is no name the words after
    # describe; the list of abbreviations names no site
    _ingest(empty, tmp_path,
            "Abbreviations: ARP aerodrome reference point; MIL military.\n\n"
            "FTTC — Tallow air base\nARP: N13°50.8′ E020°50.7′\nOperator: MIL\n\n"
            "HL69 — Kesk Air Base\nARP: N29°11.9′ E016°00.1′\nOperator: MIL\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    assert sorted(sites) == ["Kesk Air Base", "Tallow air base"]
    assert (round(sites["Tallow air base"].lat, 3), round(sites["Tallow air base"].lon, 3)) == \
        (13.847, 20.845)
    assert (round(sites["Kesk Air Base"].lat, 3), round(sites["Kesk Air Base"].lon, 3)) == \
        (29.198, 16.002)


def test_a_town_written_without_its_arabic_article_is_the_reports_countrys(empty, tmp_path):
    # "near Iskandariyah" in a report on Iraq: GeoNames' Al Iskandariyah, not Egypt's
    # Alexandria, which it also calls Iskandariyah
    _ingest(empty, tmp_path, "In Iraq, the battalion was at FOB Tallow, near Iskandariyah, "
                             "in 2005.")
    s = _only(empty)
    assert s.country == "IRQ" and s.lat is not None
    assert distance_m(s.lon, s.lat, 44.35, 32.89) <= s.precision_m


def test_a_gazetteers_code_for_a_kind_is_no_site_and_joins_no_two(empty, tmp_path):
    # the key spells each code out; each entry's code after its name names its kind; an
    # entry's variant names are its own, not another facility before its point
    _ingest(empty, tmp_path,
            "Each entry gives the headword and the feature designation (AIRB air base or "
            "airfield; NVB naval base).\n\n"
            "Kesk airfield (AIRB)\nVariants: Kesk Dranda Airport; Kesk-2 (Russian).\n"
            "Position: 42°51′N 41°08′E; on the coastal plain.\n\n"
            "Tallow air base (AIRB)\nPosition: 41°41′N 44°57′E.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    assert sorted(sites) == ["Kesk airfield", "Tallow air base"]
    assert (sites["Kesk airfield"].lat, round(sites["Kesk airfield"].lon, 4)) == (42.85, 41.1333)
    assert not any(a.alias == "AIRB" for a in empty.aliases())


def test_a_point_said_after_a_site_far_from_the_place_it_is_named_after_is_not_its(
        empty, tmp_path):
    # a talk page's replies: the point is that of a field the next reply speaks of, 700 km
    # from the town the base is named after
    _ingest(empty, tmp_path,
            "== Coordinates ==\n"
            ":Tamanrasset Air Base is listed with no coordinates at all. — A (talk)\n"
            "::Should we add the strip at the gas field? The army uses it now. Position is "
            "N28°03.1′ E9°38.6′ if anyone wants it. — B (talk)\n")
    s = _only(empty)
    assert s.name == "Tamanrasset Air Base"
    assert s.lat is None or distance_m(s.lon, s.lat, 9.643, 28.052) > s.precision_m
    assert "another place's point" in s.notes


def test_an_inventorys_records_each_name_their_site_and_place_it(empty, tmp_path):
    # a record's heading opens with its label and number; its other names are its own, not
    # the record's before; "Monmouth County, New Jersey" is no Welsh county
    _ingest(empty, tmp_path,
            "RESOURCE 4-01   Nike Missile Site KS-56\n"
            "Other names:    Tallow Nike site; Fort Kesk launch area\n"
            "Location:       some 6 km north of Highlands, Monmouth County, New Jersey\n\n"
            "RESOURCE 4-02   Orvale Air Force Base (context)\n"
            "Other names:    Holt Air National Guard Base\n"
            "Description:    A fighter base.\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    nike = sites["Nike Missile Site KS-56"]
    aliases = {a.alias for a in empty.aliases(nike.site_id)}
    assert {"Tallow Nike site", "Fort Kesk launch area"} <= aliases
    assert nike.country == "USA" and nike.lat is not None
    assert distance_m(nike.lon, nike.lat, -74.0, 40.45) <= nike.precision_m  # Sandy Hook
    assert "Holt Air National Guard Base" not in aliases


def test_a_namesake_in_the_province_of_a_city_named_beside_it_is_the_one_meant(
        empty, tmp_path):
    # three Battle Creeks, none outweighing the others: Michigan's, where Detroit is
    _ingest(empty, tmp_path,
            "## Day 3\n\nTallow Air Force Station was the direction center for the Detroit "
            "sector, on the western edge of Battle Creek next to the airport.\n")
    s = _only(empty)
    assert s.lat is not None
    assert distance_m(s.lon, s.lat, -85.18, 42.32) <= s.precision_m


def test_a_us_countys_state_after_it_places_a_town_in_that_state(empty, tmp_path):
    # "Essex County, NY" is no English county
    _ingest(empty, tmp_path,
            "The squadron's launch sites, 1962-1965:\n\n"
            "  Site                     | Location                          | Status\n"
            "  -------------------------|-----------------------------------|-------\n"
            "  Tallow Atlas F site      | near Willsboro, Essex County, NY  | FS\n")
    s = _only(empty)
    assert s.country == "USA" and s.lat is not None
    assert distance_m(s.lon, s.lat, -73.39, 44.36) <= s.precision_m


def test_a_tables_cell_naming_a_place_is_the_one_site_named_after_it(empty, tmp_path):
    _ingest(empty, tmp_path,
            "The Kesk Nuclear Power Plant, in the province of Cáceres, will close in 2027.\n\n"
            "Table 2. Reactors and closure years\n\n"
            "  Plant                 Province      Units   Closure\n"
            "  Kesk                  Cáceres       2       2027\n"
            "  Holt                  Tarragona     2       2030\n")
    names = sorted(s.name for s in empty.sites(("candidate",)))
    assert "Kesk" not in names and "Kesk Nuclear Power Plant" in names


def test_a_heading_over_a_reference_point_is_an_outpost_placed_there(empty, tmp_path):
    # a tracker's entries: a feature's name in capitals, its other name, a point field
    _ingest(empty, tmp_path,
            "REEF TRACKER\n\nEntries are grouped by occupying state.\n\n"
            "KESTREL ISLAND (Tallow Dao)\nReference point: 16°49′58″N 112°20′38″E\n"
            "A runway of 2,700 m and hangars for a fighter regiment.\n\n"
            "QUILL REEF (Orvale Reef)\nReference point: 11.083, 115.017\n"
            "A detachment of marines is rotated by sea.\n\n"
            "TARSIN SHOAL\nReference point: 15.2, 117.8\n"
            "Fishing boats shelter here in typhoon season.\n")
    sites = {s.name: s for s in empty.sites(None)}
    assert set(sites) == {"Kestrel Island", "Quill Reef"}  # the shoal has no outpost
    kestrel, quill = sites["Kestrel Island"], sites["Quill Reef"]
    assert kestrel.facility_type == "airbase" and kestrel.location_method == \
        "published by source"
    assert (round(kestrel.lat, 3), round(kestrel.lon, 3)) == (16.833, 112.344)
    # two plain numbers in a point's field are a point, though far out at sea from every
    # country the report names
    assert (quill.lat, quill.lon) == (11.083, 115.017)
    assert {a.alias for a in empty.aliases()} >= {"Tallow Dao", "Orvale Reef"}


def test_a_towns_heading_over_its_coordinates_is_no_site(empty, tmp_path):
    _ingest(empty, tmp_path, "TAMANRASSET\nCoordinates: 22°47′N 5°31′E\n"
                             "The town has a military airfield and a garrison.\n")
    assert [s.name for s in empty.sites(None)] != ["Tamanrasset"]


def test_a_section_heading_that_is_a_sites_name_opens_its_section(empty, tmp_path):
    # the heading alone names the site; the first paragraph under it says where it is
    _ingest(empty, tmp_path,
            "# Launch schedule\n\n## Where they launch from\n\n"
            "### Xichang Satellite Launch Center\n\n"
            "In the mountains of Sichuan, near Xichang, the home of geostationary launches "
            "since 1984.\n\n"
            "### Notes\n\nDates are in UTC and near Chengdu's time zone.\n")
    (s,) = empty.sites(None)
    assert s.name == "Xichang Satellite Launch Center"
    assert s.location_method == "derived from source text"
    xichang = (102.2634, 27.8964)
    assert distance_m(s.lon, s.lat, *xichang) <= s.precision_m <= 100_000


def test_a_heading_the_section_spells_out_is_no_site_of_its_own(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Pacific ranges\n\nReagan Test Site\n\n"
            "4.7 The Ronald Reagan Ballistic Missile Defense Test Site (RTS), on Kwajalein "
            "Atoll in the Marshall Islands, is a United States Army installation.\n")
    assert [s.name for s in empty.sites(None)] == [
        "Ronald Reagan Ballistic Missile Defense Test Site"]


def test_a_numbered_heading_of_a_sites_place_heads_its_section(empty, tmp_path):
    # "1. KESK BANNER (ORDOS FIELD)" between the site's name and its point: the section
    # on the silo field named after the banner
    _ingest(empty, tmp_path,
            "Silo fields\n\n2. The Kesk Banner silo field in Inner Mongolia shows the most "
            "change.\n\n1. KESK BANNER (ORDOS FIELD)\n\nThe Kesk Banner field lies on the "
            "Ordos plateau in Inner Mongolia, centred near 40.113, 108.104, in sandy "
            "grassland.\n")
    (s,) = empty.sites(None)
    assert (s.lat, s.lon, s.location_method) == (40.113, 108.104, "published by source")


def test_a_record_under_a_heading_of_no_site_is_not_the_record_befores(empty, tmp_path):
    # "CAMP KESK" is no site the report makes; its field is not the air base's
    _ingest(empty, tmp_path,
            "Obituaries of our bases\n\nTALLOW AIR BASE (1953–1967)\n"
            "Born: 1953, 4 km west of Phalsbourg.\nDied: 1967.\n\n"
            "CAMP KESK (1951–1967)\nBorn: 1951, at Rocquencourt, near Versailles.\n"
            "Died: 1967.\n")
    (s,) = empty.sites(None)
    assert s.name.lower() == "tallow air base"
    assert s.lon is not None and distance_m(s.lon, s.lat, 7.26, 48.77) < 10_000


def test_a_published_point_says_the_country_an_airfield_of_the_name_is_sought_in(
        empty, tmp_path):
    # Arizona's Coolidge airfield is named alike, in a report that names the US Army
    _ingest(empty, tmp_path,
            "Wartime airfields of the Caribbean\n\nOn Antigua the US Army built Coolidge "
            "Field, an airfield about 6 km east of St John's, in 1941.\nCoordinates: 17°08′N "
            "61°48′W.\n")
    (s,) = empty.sites(None)
    assert (round(s.lat, 4), s.lon, s.country) == (17.1333, -61.8, "ATG")


def test_in_a_region_is_the_region_not_a_village_of_its_name(empty, tmp_path):
    # GeoNames' Wales is a village in South Yorkshire
    _ingest(empty, tmp_path, "Britain's bases\n\nThe Kesk radar station is in Wales, the "
                             "RAF said.\n")
    (s,) = empty.sites(None)
    assert s.country == "GBR" and 20_000 < s.precision_m
    assert shapely_wales_holds(s.lon, s.lat)


def shapely_wales_holds(lon, lat):
    from catalog.regions import locate_point

    return locate_point(lon, lat)[0] == "GBR" and lon < -2.6  # west of England's border


def test_a_point_a_later_paragraph_gives_after_naming_a_place_is_not_the_sites(
        empty, tmp_path):
    _ingest(empty, tmp_path,
            "Day four\n\nMorning: the Kesk air base, north of Caen.\n\nWe drive west to "
            "the Longues-sur-Mer battery, the only battery that still has its guns.\n\n"
            "After lunch we continue to Pointe du Hoc, where "
            "the Rangers climbed the cliffs; the visitor centre is at N 49°23.78′ "
            "W 0°59.35′.\n")
    sites = {s.name: s for s in empty.sites(None)}
    assert sites["Longues-sur-Mer battery"].location_method != "published by source"


def test_a_sites_service_letters_say_whose_town_it_is_measured_from(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Grandad's war\n\nGrandad grew up in Canada. In 1943 he joined a Lancaster "
            "squadron at RAF Kestrelby, just south of Lincoln.\n")
    (s,) = empty.sites(None)
    assert s.country == "GBR" and distance_m(s.lon, s.lat, -0.5376, 53.2268) < 30_000


def test_a_capital_of_another_named_country_outweighs_a_town_of_its_name(empty, tmp_path):
    # Cuba's town of Santo Domingo (45,000), in a report on Cuba
    _ingest(empty, tmp_path,
            "Cuban, Cuban, Cuban: Cuba's revolution and Cuba's army in Cuba.\n\n"
            "The Kesk air base, about 15 km east of Santo Domingo, served the Dominican "
            "Republic's generals.\n")
    (s,) = empty.sites(None)
    assert s.country == "DOM" and distance_m(s.lon, s.lat, -69.89, 18.47) < 40_000


@pytest.mark.parametrize("text, expected", [
    # a town written with its state is that town, not a region of its name elsewhere
    ("# Drones in the Caribbean\n\nThe Dominican Republic bought drones. The US Army tested "
     "them at the Kesk Proving Ground in Yuma, Arizona.\n", "USA"),
    # ... and not another country's capital of its name
    ("# Cuba's air bases\n\nThe Cuban Air Force keeps MiG-21 fighters at Kesk Air Base, "
     "about 15 km east of Santo Domingo, Villa Clara.\n", "CUB"),
])
def test_a_written_qualifier_keeps_the_town_it_names(empty, tmp_path, text, expected):
    _ingest(empty, tmp_path, text)
    (s,) = empty.sites(None)
    assert s.country == expected


@pytest.mark.parametrize("text", [
    # a report's own heading over a position field is no outpost
    "Executive Summary\nPosition: 16.83, 112.34\nThe naval presence has grown since 2015.\n",
    # a headline in Title Case is no site's name
    "# News\n\n### Drone Strike Hits Air Base\n\nA drone hit the base.\n\n"
    "### Explosions In Kesk Air Base\n\nBlasts were heard.\n",
])
def test_headings_that_name_no_site_make_none(empty, tmp_path, text):
    _ingest(empty, tmp_path, text)
    assert [s.name for s in empty.sites(None)] in ([], ["Kesk Air Base"])


def test_a_month_is_no_place_a_later_paragraphs_point_belongs_to(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Tour\n\nMorning: the Kesk air base, north of Caen.\n\nThe Longues-sur-Mer battery "
            "has four 150 mm guns.\n\nThe guns fired on the beaches in June 1944. They stand "
            "at 49°20′37″N 0°41′39″W.\n")
    sites = {s.name: s for s in empty.sites(None)}
    assert sites["Longues-sur-Mer battery"].location_method == "published by source"


def test_an_adverb_opening_the_sentence_is_no_town_the_town_points_back_to(empty, tmp_path):
    # Germany's Much is a town of 14,000
    _ingest(empty, tmp_path,
            "Book review\n\nThe chapter on Oak Ridge is weak. Much better is the account of "
            "the Kesk Graphite Reactor, some 10 km south-south-west of the town.\n")
    (s,) = empty.sites(None)
    assert s.country != "DEU"


def test_a_records_address_field_places_its_site_and_no_other_records(empty, tmp_path):
    # Kazan is also an old name of Tatarstan (Natural Earth): the province written after it
    # makes it the town's; a record whose name is no site keeps its address to itself
    _ingest(empty, tmp_path,
            "Sanctions list: entities of the military industry\n\n"
            "E-1\nName: JSC Kesk Missile Plant\n"
            "Identifying information: Address: Kazan, Republic of Tatarstan, Russian "
            "Federation.\nReasons: Kesk Missile Plant makes cruise missiles for the army.\n\n"
            "E-2\nName: JSC Orvale Missile Plant\nAddress: Kovrov, Russian Federation.\n"
            "Reasons: Orvale Missile Plant makes rockets.\n\n"
            "E-3\nName: Example Trading House\nAddress: Vladivostok, Russian Federation.\n"
            "Reasons: It buys parts for the Orvale Missile Plant.\n")
    sites = {s.name: s for s in empty.sites(None)}
    kazan, kovrov = (49.12214, 55.78874), (41.31893, 56.35752)
    kesk, orvale = sites["JSC Kesk Missile Plant"], sites["JSC Orvale Missile Plant"]
    assert kesk.location_precision == "approximate" and kesk.precision_m < 40_000
    assert distance_m(kesk.lon, kesk.lat, *kazan) < 1_000
    assert distance_m(orvale.lon, orvale.lat, *kovrov) < 1_000 < orvale.precision_m


def test_records_between_rules_keep_their_own_fields(empty, tmp_path):
    # a digest's records: a title between two rules, then its fields; a record's fields
    # are never those of a site named in the record before
    rule = "=" * 70
    _ingest(empty, tmp_path,
            "SITE SUMMARY DIGEST\n\n"
            f"{rule}\nKESK ARMY AMMUNITION PLANT                     Region 5 | NPL: Final\n"
            f"{rule}\nLocation: about 10 miles south of Joliet, Will County, Illinois\n"
            "Description: The Kesk Army Ammunition Plant, or Kesk Arsenal, loaded shells "
            "and made TNT from 1940 until the 1970s. Its shells went by rail to the Tallow "
            "Naval Ammunition Depot.\n\n"
            f"{rule}\nORVALE ARMY AMMUNITION PLANT                   Region 5 | NPL: Final\n"
            f"{rule}\nLocation: Doyline, Webster Parish, Louisiana; about 20 miles east of "
            "Shreveport\n"
            "Description: The Orvale Army Ammunition Plant made small-arms ammunition from "
            "1941 until the war's end, and shells after it.\n")
    kesk = [s for s in empty.sites(None) if "kesk" in s.name.lower()
            or "tallow" in s.name.lower()]
    orvale = [s for s in empty.sites(None) if "orvale" in s.name.lower()]
    assert kesk and orvale
    assert all(s.lat is None or s.lat > 40 for s in kesk)  # none at the Orvale record's point
    assert any(s.lat is not None and 32 < s.lat < 33 for s in orvale)  # Louisiana's


@pytest.mark.parametrize("text, name", [
    # a register's number, an "a.k.a." field under the name in capitals
    ("Designations\n\nRUS1805. KESK ARMS PLANT\n  a.k.a.: Kesk Oruzheinyy Zavod; KOZ\n"
     "  Address: Tula, Tula Oblast, Russia\n  Other information: Manufacturer of small\n"
     "  arms and grenade launchers.\n\nRUS1806. EXAMPLE TRADING HOUSE\n  a.k.a.: ETH\n"
     "  Address: Vladivostok, Primorsky Krai, Russia\n  Other information: Buys parts.\n",
     "Kesk Arms Plant"),
    # a list's letter before the name over its fields
    ("Annex\n\n1. Missile operating bases (selected):\n\n  (a) Kesk Missile Operating Base\n"
     "      Location: in Tula, Tula Oblast\n      Deployed launchers: 9; deployed missiles:"
     " 9\n      Support equipment: launch canisters\n", "Kesk Missile Operating Base"),
])
def test_a_records_name_over_its_fields_is_placed_by_them(empty, tmp_path, text, name):
    _ingest(empty, tmp_path, text)
    sites = {s.name.title(): s for s in empty.sites(None)}
    s = sites[name]
    tula = (37.61556, 54.19609)
    assert s.location_precision == "approximate" and s.precision_m < 40_000
    assert distance_m(s.lon, s.lat, *tula) < 1_000


@pytest.mark.parametrize("text, name, expected", [
    # an army's flying station is an air base, its place after its words
    ("Army Wildcat helicopters at JHC Flying Station Kesk (54°39′27″N 6°12′57″W) train "
     "there.", "JHC Flying Station Kesk", "airbase"),
    # a recommendation's verb opening the sentence is no part of the base's name
    ("BRAC findings\n\nClose Kesk Air Force Base, Texas. Realign Fort Tallow, Georgia.\n",
     "Kesk Air Force Base", "airbase"),
    # ... nor a question's or a timeline's verb after its number
    ("Questions\n\n(1) Has Kesk Naval Base been ruled out as a submarine base?\n",
     "Kesk Naval Base", "naval base"),
    ("In Texas, Fort Kesk was renamed Fort Tallow.\n\nTIMELINE\n\n"
     "1918 -- Camp Orrin opens as a range.\n1922 -- Becomes Fort Tallow, a permanent post.\n",
     "Fort Tallow", "other"),
])
def test_names_read_whole_and_no_more(empty, tmp_path, text, name, expected):
    _ingest(empty, tmp_path, text)
    sites = {s.name: s for s in empty.sites(None)}
    assert sites[name].facility_type == expected
    assert not any(n.startswith(("Close ", "Realign ", "Has ", "Becomes ")) for n in sites)


def test_a_us_countys_namesake_town_places_no_site(empty, tmp_path):
    # Clayton County's seat is Jonesboro; Georgia's town of Clayton lies 160 km away
    _ingest(empty, tmp_path,
            "Fort Kesk\n\nThe Georgia Army National Guard keeps an enclave at Fort Kesk. "
            "The US Army's Fort Kesk, in Clayton County, closed in 2011.\n")
    (s,) = empty.sites(None)
    assert s.lat is None or distance_m(s.lon, s.lat, -83.40099, 34.87815) > s.precision_m



@pytest.mark.parametrize("text, names", [
    # a fort or a citadel of guns, by its place's name (not a monument whose name alone
    # says "Fort")
    ("Walk\n\nBegin at Nothe Fort (N50°36.40′ W2°26.75′) in Weymouth. The fort was armed "
     "through both world wars.\n\nTourists love the Red Fort in Delhi.\n", {"Nothe Fort"}),
    # Australia's defence estate by its words first
    ("Disposal notice\n\nB1. Defence Establishment Kesk\n    Location: about 7 km south of "
     "Penrith, New South Wales\n    Proposal: Retain explosive ordnance storage.\n",
     {"Defence Establishment Kesk"}),
])
def test_forts_and_a_defence_estates_sites_are_named(empty, tmp_path, text, names):
    _ingest(empty, tmp_path, text)
    assert {s.name for s in empty.sites(None)} == names


def test_an_airport_a_war_strikes_is_a_site(empty, tmp_path):
    _ingest(empty, tmp_path,
            "Advisory\n\nMissile and drone attacks on Kesk airport, at N16.9011 E042.5858, "
            "were frequent until the truce. Passengers complained about attacks on Tallow "
            "airport staff.\n")
    (s,) = empty.sites(None)
    assert s.name == "Kesk airport" and s.location_method == "published by source"


@pytest.mark.parametrize("text, name, where", [
    # a contact's block under a story gives no site its address
    ("Satellite images show new shelters at the Kesk Air Base in Syria. The runway was "
     "lengthened.\n\nContact: Example Center for Studies\nAddress: Monterey, California\n",
     "Kesk Air Base", None),
    # a record in capitals over its fields is a record of its own
    ("Records\n\nKESK MISSILE PLANT\nProducts: cruise missiles\nEXAMPLE TRADING HOUSE\n"
     "Address: Tula, Russian Federation\n", "Kesk Missile Plant", None),
    # "Republic of China" is Taiwan, no Chinese province
    ("The Kesk Air Base in Hsinchu, Republic of China, hosts Mirage 2000 fighters.\n",
     "Kesk Air Base", "TWN"),
    # a sentence before a field on the name's line is no record's title
    ("Depots\n\nKesk Ammunition Depot. Expanded in 2019.\nLocation: about 20 km north of "
     "Tula, Russia\nOperator: Ministry of Defence\n", "Kesk Ammunition Depot", "RUS"),
    # "transfer" is a facility's word inside its name
    ("Trucks moved spent fuel to the Kesk Fuel Transfer Station near Tula, Russia.\n",
     "Kesk Fuel Transfer Station", "RUS"),
])
def test_record_fields_and_names_review_cases(empty, tmp_path, text, name, where):
    _ingest(empty, tmp_path, text)
    sites = {s.name.title(): s for s in empty.sites(None)}
    s = sites[name]
    if where is None:
        assert s.lat is None
    else:
        assert s.lat is not None and s.country == where


@pytest.mark.parametrize("text", [
    "The Red Fort in Delhi was built by Shah Jahan; the fort is now a museum.\n",
    "Australia funds the Defence Site Remediation Program in Queensland.\n",
])
def test_a_monument_or_a_programme_is_no_site(empty, tmp_path, text):
    _ingest(empty, tmp_path, text)
    assert list(empty.sites(None)) == []


def test_a_bases_name_at_a_civil_field_of_a_state_the_report_never_names(empty, tmp_path):
    # Michigan's civil Brooks Field (KRMY) is not San Antonio's Brooks Air Force Base
    _ingest(empty, tmp_path, "BRAC findings\n\nThe former Brooks Air Force Base had been "
                             "conveyed to a local authority in Texas.\n")
    (s,) = empty.sites(None)
    assert s.lat is None or s.lon < -95


@pytest.mark.parametrize("naming, placed", [
    ("Contractors named it the", True),
    ("It was called the", True),
    ("Farmers sold land to the", False),  # another thing than the tract's plant
    # (a name given mid-sentence, after another subject: "the soldiers called it")
    ("Two days later the convoy reached a plant the soldiers called it the", False),
])
def test_a_place_said_of_what_the_next_sentence_names(empty, tmp_path, naming, placed):
    # "The War Department chose a tract ... about 17 miles northeast of downtown Amarillo
    # for a bomb and shell loading plant. Contractors named it the Pantex Ordnance Plant"
    _ingest(empty, tmp_path, "History\n\nThe War Department chose a tract of farmland about "
                             "20 km north-east of Amarillo for a shell loading plant in 1942. "
                             f"{naming} Kesk Ordnance Plant, and work began that spring.\n")
    (s,) = empty.sites(None)
    assert s.name == "Kesk Ordnance Plant" and (s.lat is not None) == placed
    if placed:  # (Amarillo: 35.222, -101.831)
        assert distance_m(s.lon, s.lat, -101.831, 35.222) < 40_000


def test_two_romanian_works_in_one_sentence_each_placed_by_its_own_town(empty, tmp_path):
    # "the Uzina Mecanică Mija, in Mija, Dâmbovița County, makes ... and the Uzina de
    # Produse Speciale Dragomirești, in Dragomirești, near Târgoviște, makes fuzes": each
    # works its town (the second had been missed, its towns put on the first)
    _ingest(empty, tmp_path, "Romarm\n\nThe Uzina Mecanică Mija, in Mija, makes shells, and "
                             "the Uzina de Produse Speciale Dragomirești, in Dragomirești, near "
                             "Târgoviște, makes fuzes.\n")
    got = {s.name: s for s in empty.sites(None)}
    assert set(got) == {"Uzina Mecanică Mija", "Uzina de Produse Speciale Dragomirești"}
    mija = got["Uzina Mecanică Mija"]  # (Mija: 44.914, 25.676; Dragomirești 25.333 E)
    assert distance_m(mija.lon, mija.lat, 25.676, 44.914) < 1_000


def test_a_register_entry_on_one_line_is_placed_by_its_address_not_its_eponym(empty,
                                                                              tmp_path):
    # "5. KIROVSKY ZAVOD PJSC (a.k.a. Kirov Plant). Address: Saint Petersburg": a Soviet
    # works named after a leader, not at the city of Kirov, 1,000 km away; the address
    # after a stop on the entry's line is the entry's
    _ingest(empty, tmp_path, "Annex\n\n5. KESKOVY ZAVOD PJSC (a.k.a. Kirov Plant). Address: "
                             "Saint Petersburg, Russian Federation. Other information: repairs "
                             "and modernises armoured vehicles.\n")
    (s,) = empty.sites(None)
    assert s.name == "Kirov Plant" and s.lat is not None  # (Saint Petersburg: 59.94, 30.31)
    assert distance_m(s.lon, s.lat, 30.31, 59.94) < s.precision_m < 100_000
    _ingest(empty, tmp_path, "Annex\n\nThe Kirov Plant makes tanks.\n", name="r2.txt")
    (s,) = empty.sites(None)
    assert s.lat is not None  # (the first report's address: the same site)


def test_an_address_names_the_city_not_the_province_named_after_it(empty, tmp_path):
    # "Address: Nizhny Novgorod, Russian Federation": the city (56.33 N, 44.00 E), not the
    # oblast of that name, whose centre lies 20 km off and whose circle is 250 km wide
    _ingest(empty, tmp_path, "Annex\n\n9. KESKOVO SORMOVO PLANT PJSC (a.k.a. KSP). Address: Nizhny "
                             "Novgorod, Russian Federation. Other information: the builder "
                             "of diesel-electric and nuclear submarines.\n")
    (s,) = empty.sites(None)
    assert s.lat is not None and s.precision_m < 50_000
    assert distance_m(s.lon, s.lat, 44.00, 56.33) < s.precision_m
    # the firm's name, and the other name after it, are the works' too
    assert {a.alias for a in empty.aliases()} >= {"KESKOVO SORMOVO PLANT PJSC", "KSP"}


def test_a_column_of_towns_in_a_table_aligned_with_spaces_places_each_row(empty, tmp_path):
    # "Installation  City  Status" over "Camp Red Cloud  Uijeongbu  Returned in part": no
    # rule under the header, no bars
    _ingest(empty, tmp_path, "Status of installations\n\n"
                             "Installation          City                  Status\n"
                             "Camp Tallow           Uijeongbu             Returned 2007\n"
                             "Camp Kesk             Daegu                 Enduring\n\n"
                             "The army returned the camps to the city.\n")
    got = {s.name: s for s in empty.sites(None)}
    tallow, kesk = got["Camp Tallow"], got["Camp Kesk"]
    assert distance_m(tallow.lon, tallow.lat, 127.047, 37.742) <= tallow.precision_m
    assert distance_m(kesk.lon, kesk.lat, 128.60, 35.87) <= kesk.precision_m < 60_000


def test_a_row_of_an_aligned_table_wrapped_over_two_lines_keeps_the_column_of_towns(
        empty, tmp_path):
    # "GSDF  Camp Jinmachi  Higashine City," over "  Yamagata Prefecture": the row goes on
    # under its cells, the table too; and "Service  Site" in its header is no site
    _ingest(empty, tmp_path, "Major projects by site\n\n"
            "Service  Site                Location              Project\n"
            "GSDF     Camp Tallow         Uijeongbu,            Barracks rebuilding,\n"
            "                             Gyeonggi Province     hangar\n"
            "ASDF     Holt Air Base       Busan                 Rebuilding of officer\n"
            "                                                   candidate school\n"
            "ASDF     Kesk Air Base       Daegu                 Hangar rebuilding\n\n"
            "The ministry will consult the towns before building begins.\n")
    got = {s.name: s for s in empty.sites(None)}
    assert set(got) == {"Camp Tallow", "Holt Air Base", "Kesk Air Base"}
    tallow, kesk = got["Camp Tallow"], got["Kesk Air Base"]
    assert distance_m(tallow.lon, tallow.lat, 127.047, 37.742) <= tallow.precision_m < 60_000
    assert distance_m(kesk.lon, kesk.lat, 128.60, 35.87) <= kesk.precision_m < 60_000


def test_a_line_with_a_dot_leader_stands_alone_in_hard_wrapped_text(empty, tmp_path):
    # "Kesk Air Base ...... 34.8128° N, 138.2980° E" under a wrapped paragraph: each row is
    # its own, its point its site's (not run on into the next row's name)
    para = ("For environmental and land-use procedures the Ministry publishes a reference\n"
            "point for each site where a new building is planned. For the sites that have\n"
            "an airfield, the point is the aerodrome reference point published in the\n"
            "Aeronautical Information Publication of the year before the works begin:\n\n")
    _ingest(empty, tmp_path, "Notes on site data\n\n" + para * 2
            + "  Camp Tallow (shared with Holt Airport) ...... 38.4119° N, 140.3710° E\n"
            "  Kesk Air Base ................................. 34.8128° N, 138.2980° E\n\n"
            "Abbreviations\n")
    got = {s.name: s for s in empty.sites(None)}
    assert (got["Camp Tallow"].lat, got["Camp Tallow"].lon) == (38.4119, 140.3710)
    assert (got["Kesk Air Base"].lat, got["Kesk Air Base"].lon) == (34.8128, 138.2980)


def test_a_numbered_heading_is_a_site_of_its_own_over_another_site_of_its_kind(empty,
                                                                              tmp_path):
    # "1. Pituffik Space Base (the former Thule Air Base)" over "... the early-warning radar
    # at J-Site": not a short form of the radar's name (which shares none of its words);
    # its former name in brackets is its alias, though a province of Greenland bears it
    _ingest(empty, tmp_path, "The package covers the following:\n\n"
            "1. Tallow Space Base (the former Thule Air Base)\n"
            "The base service contract will be re-tendered. The Space Force has confirmed "
            "that the early-warning radar at J-Site will be upgraded.\n\n"
            "2. Kesk Test Site\n"
            "The Ronald Kesk Missile Defense Test Site, on Holt Atoll, tests interceptors.\n")
    names = {s.name for s in empty.sites(None)}
    assert "Tallow Space Base" in names and "Kesk Test Site" not in names
    assert "Thule Air Base" in {a.alias for a in empty.aliases()}


def test_a_town_named_with_another_kinds_words_is_no_mention_of_the_site_named_after_it(
        empty, tmp_path):
    # "in Vardø, the star-shaped fortress that still has a small garrison": the town, and
    # the fortress, not the Vardø radar station a first report named after the town; the
    # fortress by its Norwegian name is a site of its own
    _ingest(empty, tmp_path, "Radar\n\nOfficials described the Vardø radar station (Globus) "
                             "in Vardø as a threat.\n")
    _ingest(empty, tmp_path, "Estate news\n\nThe agency will pay for restoration work in "
                             "Vardø, the star-shaped fortress that still has a small garrison "
                             "and a commandant. Kesk festning will be sold.\n", name="r2.txt")
    radar = next(s for s in empty.sites(None) if s.name == "Vardø radar station")
    assert {c.source_id for c in empty.citations(site_id=radar.site_id)} <= {"r-txt", "geonames"}
    assert "Kesk festning" in {s.name for s in empty.sites(None)}


def test_a_coordinates_hemisphere_letter_ends_its_sentence(empty, tmp_path):
    # "... give its position as 11.34 N, 162.33 E. The tests at Bikini Atoll ...": the
    # airfield's point, not the test site's the next sentence names ("E." no initial)
    _ingest(empty, tmp_path, "Veterans\n\nMany of those men flew in and out through the Kesk "
                             "airfield on Kesk Island. The association's records give its "
                             "position as 11.34 N, 162.33 E. The nuclear tests at Tallow Atoll, of "
                             "course, began in 1946; the islanders have still not gone home.\n")
    got = {s.name: s for s in empty.sites(None)}
    assert (got["Kesk airfield"].lat, got["Kesk airfield"].lon) == (11.34, 162.33)
    assert all(not s.located for n, s in got.items() if n != "Kesk airfield")


def test_a_place_another_site_is_named_after_is_not_the_subjects_place(empty, tmp_path):
    # "Gove airfield is now the regional airport ... ordnance at Iron Range and fuel at
    # Milingimbi": the airfields named after those places, not Gove's place
    _ingest(empty, tmp_path, "Hearing\n\nThey are RAAF Tallow, just south of Nhulunbuy; "
            "Milingimbi airfield, on Milingimbi Island; and Iron Range airfield, just west of "
            "Lockhart River.\n\nTallow airfield is now the regional airport. Defence has an "
            "interest because of unexploded ordnance at Iron Range and fuel at Milingimbi, "
            "and because the Air Force uses RAAF Tallow as a dispersal field.\n")
    s = next(s for s in empty.sites(None) if s.name == "RAAF Tallow")
    assert s.located  # (Nhulunbuy: 12.18 S, 136.78 E)
    assert distance_m(s.lon, s.lat, 136.78, -12.18) < s.precision_m < 30_000


def test_a_table_row_with_its_first_cell_left_blank_is_a_row_of_its_own(empty, tmp_path):
    # "as above": Shaykovka is in Kaluga Oblast, not the Olenya air base of the row above
    _ingest(empty, tmp_path, "Bases\n\n"
            "Country     Base                    Region\n"
            "Russia      Olenya Air Base\n"
            "            Shaykovka Air Base      Kaluga Oblast\n"
            "Belarus     Baranovichi Air Base    Brest Region\n")
    got = {s.name: s for s in empty.sites(None)}
    assert got["Shaykovka Air Base"].located and got["Shaykovka Air Base"].lat > 53
    assert not got["Olenya Air Base"].located or got["Olenya Air Base"].lat > 66


def test_an_ellipsis_of_spaced_dots_is_no_dot_leader(empty, tmp_path):
    para = ("The annual survey of the long-range aviation was published on Monday. The\n"
            "report notes that the bombers . . . are now based at the Tallow\n"
            "Air Base near Kirov, in Kaluga Oblast, and that the planners in Moscow will\n"
            "send more aircraft there in the course of the next two years of the plan.\n")
    _ingest(empty, tmp_path, "Bombers\n\n" + para + "\n" + para)
    assert "Tallow Air Base" in {s.name for s in empty.sites(None)}


def test_a_numbered_heading_over_a_site_named_in_full_is_a_short_form_of_it(empty, tmp_path):
    _ingest(empty, tmp_path, "Nuclear facilities reviewed\n\n1. Dimona Heavy Water Reactor\n"
            "The Tallow Negev Nuclear Research Center, some 13 km south-east of the town of "
            "Dimona, houses a heavy-water reactor.\n")
    assert [s.name for s in empty.sites(None)] == ["Tallow Negev Nuclear Research Center"]


def test_an_airport_whose_point_its_table_row_gives_is_a_site(empty, tmp_path):
    # a panel's table of cargo flights: "| Juba | Wau Airport | 7.726 N, 27.975 E |"
    _ingest(empty, tmp_path, "Flights\n\n| Date | From | To | Aerodrome position |\n"
            "|---|---|---|---|\n| 03 Jul 2025 | Kesk | Tallow Airport | 4.872 N, 31.601 E |\n"
            "| 04 Jul 2025 | Kesk | Holt Airport | not published |\n")
    (s,) = empty.sites(None)
    assert s.name == "Tallow Airport" and (s.lat, s.lon) == (4.872, 31.601)
    # ... or its brackets, hemisphere first; a name's capital with its accent
    _ingest(empty, tmp_path, "Fields\n\n10. Şırnak Kesk Airport (N40.1172 E65.1708), about 10 "
            "nautical miles west of Navoiy, Uzbekistan.\n", name="r2.txt")
    s = next(s for s in empty.sites(None) if s.name != "Tallow Airport")
    assert s.name == "Şırnak Kesk Airport" and (s.lat, s.lon) == (40.1172, 65.1708)
    # (but the point of an airport a base stands at, named before it, is the base's)
    _ingest(empty, tmp_path, "Radar\n\nThe radar was shown at Baza Aeriană Holt, the National "
            "Army's air base on the edge of Orvale International Airport (N46.9277 E28.9310 "
            "by the aerodrome list), about 11 km south-east of the city.\n", name="r3.txt")
    got = {s.name: s for s in empty.sites(None)}
    assert "Orvale International Airport" not in got
    assert (got["Baza Aeriană Holt"].lat, got["Baza Aeriană Holt"].lon) == (46.9277, 28.931)


def test_a_name_as_it_is_called_is_the_site_named_before(empty, tmp_path):
    _ingest(empty, tmp_path, "Power\n\nReporters asked about the Tallow Nuclear Power Plant, "
            "about 30 km west of Yerevan. The Kesk NPP, as it is officially called, relies on "
            "Russian fuel.\n")
    (s,) = empty.sites(None)
    assert s.name == "Tallow Nuclear Power Plant"
    assert "Kesk NPP" in {a.alias for a in empty.aliases()}


def test_a_second_reviews_cases_read_no_more_than_they_say(empty, tmp_path):
    # a point in brackets in a clause on the site named before is that site's
    _ingest(empty, tmp_path, "Djibouti\n\nThe US Air Force flies drones from Kesk Airfield in "
            "Djibouti. The Navy runs Camp Tallow, which is the only permanent US military "
            "base (11°32′49″N 43°09′34″E) in Africa.\n")
    got = {s.name: s for s in empty.sites(None)}
    assert got["Camp Tallow"].lat == pytest.approx(11 + 32 / 60 + 49 / 3600)
    assert got["Kesk Airfield"].lat != got["Camp Tallow"].lat
    # "remember it as" names no other name; a table's rows grouped under a blank first cell
    # are rows; a forward base (no named one) "located at" an airport leaves it a site
    _ingest(empty, tmp_path, "Helmand\n\nMarines at Camp Holt shared a fence line with Camp "
            "Orvale, the British base in Helmand. Many Marines remember it as Camp Orvale, "
            "since the two camps were run as one.\n\n"
            "Country       Site                    Location\n"
            "Iran          Brisk Missile Base      near Qom\n"
            "              Norbo Missile Base      near Kashan\n"
            "Pakistan      Marnak Missile Base     near Rawalpindi\n\n"
            "Military police from Kesk Air Base set up a forward base located at Tallow "
            "Airport, where Russian helicopters are now based.\n", name="r2.txt")
    names = {s.name for s in empty.sites(None)}
    assert {"Camp Holt", "Camp Orvale", "Brisk Missile Base", "Norbo Missile Base",
            "Marnak Missile Base", "Tallow Airport"} <= names


def test_a_point_in_brackets_is_that_of_the_name_right_before_it(empty, tmp_path):
    # "Station Kesk (81°36′N 16°40′W)": a station's name, by the point after it (no "Station
    # Road"); "... at Holt, where the weather station (76°46′N 18°40′W) is ...": the
    # weather station's point, not the site named before
    _ingest(empty, tmp_path, "North-east Greenland\n\nThe agreement finances fuel storage at "
            "Station Kesk (81°36′N 16°40′W), and a study of a presence at Holt, where the "
            "Danish Meteorological Institute's weather station (76°46′N 18°40′W) is one of "
            "the few staffed stations.\n")
    s = next(s for s in empty.sites(None) if s.name == "Station Kesk")
    assert (s.lat, s.lon) == pytest.approx((81.6, -16 - 40 / 60))
    # (but "X, the country's main air base (...)": its apposition's point)
    _ingest(empty, tmp_path, "Bases\n\nJets use Tallow Air Base, the country's main air base "
            "(15.35 N, 44.20 E), every day.\n", name="r2.txt")
    t = next(s for s in empty.sites(None) if s.name == "Tallow Air Base")
    assert (t.lat, t.lon) == (15.35, 44.2)


def test_a_published_point_at_sea_takes_no_namesakes_country(empty, tmp_path):
    # a point off every coast (12.30 N, 45.10 E, the Gulf of Aden) is not Ireland's because
    # a village there is called Tallow
    _ingest(empty, tmp_path, "Bases\n\nJets use Tallow Air Base, the country's main air base "
            "(12.30 N, 45.10 E), every day.\n")
    (s,) = empty.sites(None)
    assert (s.lat, s.lon) == (12.3, 45.1) and s.country != "IRL"


def test_an_airport_a_base_lies_at_is_the_bases_place(empty, tmp_path):
    # "the Base aérienne 367 "Capitaine Massé", located at Cayenne-Félix Éboué airport in
    # Matoury": one site, the base, in Matoury (not the airport, named with its accent)
    _ingest(empty, tmp_path, "Air support\n\nPuma helicopters and CASA CN-235 transports flew "
            "more than 600 hours from the Base aérienne 367 \"Capitaine Massé\", located at "
            "Kesk-Félix Éboué airport in Matoury. The BA 367 served as a hub.\n")
    (s,) = empty.sites(None)
    assert s.name == "Base aérienne 367" and s.located  # (Matoury: 4.85 N, 52.32 W)
    assert distance_m(s.lon, s.lat, -52.32, 4.85) < s.precision_m


def test_a_places_bare_complex_takes_no_two_full_names_of_two_kinds(empty, tmp_path):
    # "the Jiuquan complex" heading the section on the Jiuquan Atomic Energy Complex is not
    # also the Jiuquan Satellite Launch Center named below it
    _ingest(empty, tmp_path, "History\n\n5. Plutonium and the Kesk complex\nThe plutonium "
            "route ran through the Kesk Atomic Energy Complex in Gansu, whose reactor went "
            "critical in 1966.\n\n6. The missile\nA missile was launched from the desert. "
            "The launch site, today's Kesk Satellite Launch Center, had been used since "
            "1960.\n")
    names = {s.name for s in empty.sites(None)}
    assert {"Kesk Atomic Energy Complex", "Kesk Satellite Launch Center"} <= names


def test_a_town_known_by_an_islands_name_reaches_over_the_island(empty, tmp_path):
    # "a few kilometres from Kinmen": GeoNames gives Jincheng, the island county's seat,
    # that other name; Dadeng (24.56 N, 118.33 E) lies 14 km from Jincheng's point
    _ingest(empty, tmp_path, "Strait\n\nTallow Island, some 27 km east-north-east of downtown "
            "Xiamen and only a few kilometres from Kinmen, was the site of the heaviest "
            "artillery batteries during the shelling of 1958.\n")
    (s,) = empty.sites(None)
    assert s.located and distance_m(s.lon, s.lat, 118.33, 24.56) <= s.precision_m


def test_a_ruled_title_of_the_sites_words_in_another_order_heads_its_fields(empty, tmp_path):
    # "MOFFETT FIELD NAVAL AIR STATION" between rules, over "Reference point: 37.4161,
    # -122.0491", of the Naval Air Station Moffett Field its description names
    _ingest(empty, tmp_path, "Superfund digest\n\n" + "=" * 60 + "\n"
            "TALLOW FIELD NAVAL AIR STATION                  Region 9 | NPL: Final\n"
            + "=" * 60 + "\nReference point: 37.4161, -122.0491\n"
            "Description: Solvent plumes from Naval Air Station Tallow Field merged beneath "
            "the former base.\n")
    (s,) = empty.sites(None)
    assert s.name == "Naval Air Station Tallow Field"
    assert (s.lat, s.lon) == (37.4161, -122.0491) and s.location_method == "published by source"


def test_a_leading_town_does_not_place_a_site_a_unit_after_it_is_at(empty, tmp_path):
    # "In Seoul, the Eighth Army at Camp Humphreys held a ceremony": Humphreys is at
    # Pyeongtaek, 65 km from Seoul; the town leads the sentence, not the camp's place
    _ingest(empty, tmp_path, "Garrisons\n\nIn Oslo, the King's Guard at Tallow Barracks held "
                             "a ceremony.\n")
    (s,) = empty.sites(None)
    assert s.lat is None


def test_a_site_is_not_placed_at_a_hamlet_whose_name_the_report_writes_longer(
        empty, tmp_path):
    # "La Maddalena" is two Italian places the gazetteer cannot tell apart; "Maddalena"
    # alone a hamlet of Lombardy, 500 km from the island
    _ingest(empty, tmp_path, "Italian naval arsenals\n\nThe Arsenale della Maddalena, on La "
                             "Maddalena island, ceased to be an Italian naval arsenal in 2008.\n")
    s = next(x for x in empty.sites(None) if "Maddalena" in x.name)
    assert not s.located and "writes the place as 'La Maddalena'" in s.notes


def test_a_site_named_for_one_country_is_not_placed_at_a_village_abroad_by_another_name(
        empty, tmp_path):
    # "Vinnitsa", the Russian spelling of Ukraine's Vinnytsia, is one of the other names
    # GeoNames gives Vinnitsy, a Russian village of 2,200 people
    _ingest(empty, tmp_path, "Russian Defence Ministry briefing\n\nThe Russian armed forces "
                             "struck targets overnight. A group strike hit the Ukrainian Air "
                             "Force Command headquarters in Vinnitsa.\n")
    s = next(x for x in empty.sites(None) if "headquarters" in x.name)
    assert not s.located and "is not where the Ukrainian site stands" in s.notes


@pytest.mark.parametrize("text", [
    # an island's name no town's of the report's countries bears
    "Taiwan's army keeps the Kesk radar station on Matsu island, close to China's coast.\n",
    "The Kesk radar station stands on the island of Java.\n",
    # a region the gazetteer does not know cannot say which Tripoli
    "The Hellenic Army's Kesk barracks lie 3 km north-east of Tripoli, in the Region of "
    "Arcadia.\n",
])
def test_an_island_or_a_region_it_cannot_read_places_no_site(empty, tmp_path, text):
    _ingest(empty, tmp_path, text)
    s = next(x for x in empty.sites(None) if "Kesk" in x.name)
    assert not s.located


@pytest.mark.parametrize("text, lon, lat", [
    # the host country's town, its umlaut written out, named with its country
    ("Soldiers trained at the US Seventh Army Training Command headquarters in Grafenwoehr, "
     "Germany.\n", 11.906, 49.717),
    # "The Hague": a town's name with its capital "The"
    ("The Dutch army's Kesk barracks lie just north of The Hague.\n", 4.30, 52.08),
    # "Port of Tartus": Tartus, as "the port of Tartus" is
    ("The Syrian navy's Kesk depot lies 5 km east of Port of Tartus, in Syria.\n", 35.94, 34.89),
])
def test_a_town_named_with_its_country_the_or_port_of_places_the_site(
        empty, tmp_path, text, lon, lat):
    _ingest(empty, tmp_path, text)
    s = next(x for x in empty.sites(None) if "Kesk" in x.name or "Command" in x.name)
    assert s.located and distance_m(s.lon, s.lat, lon, lat) < s.precision_m + 10_000


def test_a_wars_base_is_not_placed_at_a_town_abroad_named_like_it(empty, tmp_path):
    # "LSA Anaconda" in a report on Iraq: a logistics base's code name, not Anaconda,
    # Montana (a report country for the US forces it names)
    _ingest(empty, tmp_path, "Iraqi air bases\n\nIraq's air force keeps Balad. US forces in "
                             "Iraq called it LSA Anaconda; Iraqi crews fly F-16s there. Iraq "
                             "and Iraqi officers plan more.\n")
    s = next(x for x in empty.sites(None) if "Anaconda" in x.name)
    assert not s.located and "war's base" in s.notes


def test_a_country_word_elsewhere_in_the_sentence_lets_no_village_abroad_in(empty, tmp_path):
    # (only the place's country written right after it does: "Grafenwoehr, Germany")
    _ingest(empty, tmp_path, "Russian Kalibr missiles hit the Ukrainian Air Force Command "
                             "headquarters in Vinnitsa.\n")
    s = next(x for x in empty.sites(None) if "headquarters" in x.name)
    assert not s.located


def test_a_wars_base_named_after_its_town_abroad_is_placed_there(empty, tmp_path):
    # a US-sourced report names the US most; "PRT Meymaneh" is at Maymana all the same
    _ingest(empty, tmp_path, "US Army history\n\nThe US Army and US Marines rotated through "
                             "the north. US officers ran PRT Meymaneh, in Afghanistan, until "
                             "US forces left; the US paid for it.\n")
    s = next(x for x in empty.sites(None) if "Meymaneh" in x.name)
    assert s.located and distance_m(s.lon, s.lat, 64.78, 35.93) < s.precision_m + 10_000


def test_a_services_acronym_is_no_other_name_of_its_base(empty, tmp_path):
    # a notice in capitals: "RAAF BASE KESK" names the base, and "RAAF" alone would cite
    # it from every sentence on the air force
    _ingest(empty, tmp_path, "E) AD HR OF OPS EXTENDED FOR MIL ACFT. RAAF BASE TALLOW.\n"
            "The RAAF Base Tallow runway is closed for repairs in Australia.\n")
    names = {a.alias for s in empty.sites(None) for a in empty.aliases(s.site_id)}
    assert names and "RAAF" not in names and "RAAF BASE" not in names


@pytest.mark.parametrize("text, region", [
    # a region's name by its article: no other name of the site named after it
    ("The Tallow Electrochemical Combine, in Novouralsk, enriches uranium for Russia.\n"
     "The Tallow and Siberia hold the largest group of closed towns.\n", True),
    # a region's adjective, no place's name
    ("The Tallowian Chemical Combine, in Seversk, enriches uranium for Russia.\n", True),
    # ... but "the Tallow and Kesk plants" is the sites' town's
    ("The Tallow Electrochemical Combine, in Novouralsk, enriches uranium for Russia.\n"
     "The Tallow and Kesk plants enrich uranium.\n", False),
])
def test_a_region_by_its_article_or_adjective_is_no_other_name(empty, tmp_path, text, region):
    _ingest(empty, tmp_path, text)
    s = next(s for s in empty.sites(None) if s.name.endswith("Combine"))
    word = s.name.split()[0]
    assert (word in {a.alias for a in empty.aliases(s.site_id)}) is not region


def test_a_kind_said_after_the_former_is_no_other_name(empty, tmp_path):
    # "the former Air Force base" says what it was: every such base's words, which would
    # cite the airfield from every report on another Air Force base
    r = _ingest(empty, tmp_path, "Paratroopers jump from C-17s staged at Tallow Army "
                                 "Airfield, the former Air Force base, in North Carolina.\n")
    _ingest(empty, tmp_path, "Kesk Air Force Base is a U.S. Air Force base in Florida.\n",
            name="r2.txt")
    field = next(s for s in empty.sites(None) if s.name == "Tallow Army Airfield")
    assert "Air Force base" not in {a.alias for a in empty.aliases(field.site_id)}
    assert {c.source_id for c in empty.citations(site_id=field.site_id)} == {r.source_id}


def test_two_services_facilities_of_one_stem_are_two_sites(empty, tmp_path):
    # "United States Military Academy", "United States Naval Academy": one word apart, and
    # that word a service's
    _ingest(empty, tmp_path, "Cadets of the Tallow States Military Academy at Kesk march.\n")
    _ingest(empty, tmp_path, "Midshipmen of the Tallow States Naval Academy in Holt sail.\n",
            name="r2.txt")
    assert sorted(s.name for s in empty.sites(None)) == [
        "Tallow States Military Academy", "Tallow States Naval Academy"]


def test_a_listed_airfield_settles_a_name_several_countries_places_bear(empty, tmp_path):
    # "about 3 km north of San Jose" in a notice naming the United States and Puerto Rico
    # (a district of Saipan): Tinian's San Jose Village beside the listed airport, not
    # Puerto Rico's San José, which made the site Puerto Rico's and hid the airport
    _ingest(empty, tmp_path,
            "The United States Air Force proposes to complete the divert airfield at Tinian "
            "International Airport, about 3 km north of San Jose, with a parking apron.\n"
            "Fire crews will also serve the Puerto Rico district of Saipan.\n")
    (site,) = [s for s in empty.sites(None) if s.name == "Tinian International Airport"]
    assert site.country == "MNP" and site.located
    assert distance_m(site.lon, site.lat, 145.619351, 14.999231) < 10_000


def test_a_listed_airfield_settles_the_namesake_by_a_shorter_name_too(empty, tmp_path):
    # (review) "Tinian Airport": the listed field's words hold the site's name's
    _ingest(empty, tmp_path,
            "Tinian Airport, about 3 km north of San Jose, will get new aprons, the United "
            "States Air Force said.\n")
    (site,) = [s for s in empty.sites(None) if s.name == "Tinian Airport"]
    assert site.located and distance_m(site.lon, site.lat, 145.619351, 14.999231) < 10_000


def test_a_bold_items_fields_are_not_the_site_named_in_the_item_before(empty, tmp_path):
    # a list of airfields by a line in bold each: the next item's "Location:" is its own
    _ingest(empty, tmp_path,
            "### New Caledonia and Vanuatu\n\n"
            "**La Kesk** (ICAO: NWWW)\n"
            "- Location: about 20 km north-west of Païta\n"
            "- Notes: It also hosts French Air and Space Force Base aérienne 186, whose "
            "transports fly across the region.\n\n"
            "**Tallowfield** (also Tallow Field)\n"
            "- Location: about 4 km north of Port-Vila, on Efate\n", name="r.md")
    base = next(s for s in empty.sites(None) if "186" in s.name)
    assert not base.located or distance_m(base.lon, base.lat, 168.32, -17.73) > 100_000


def test_one_base_by_two_services_words_stays_one_site(empty, tmp_path):
    # (review) "Hmeimim Air Base", then "Hmeimim Military Base": one base
    _ingest(empty, tmp_path, "Russian bombers flew from Tallowim Air Base, south of Latakia, "
                             "on Monday.\n")
    _ingest(empty, tmp_path, "Russian officers at the Tallowim Military Base near Latakia met "
                             "Syrian officials.\n", name="r2.txt")
    assert [s.name for s in empty.sites(None)] == ["Tallowim Air Base"]


def test_a_sites_town_written_with_a_city_in_a_pair_stays_its_other_name(empty, tmp_path):
    # (review) "the Fordow and Isfahan attacks": Isfahan is a city, the pair no regions'
    _ingest(empty, tmp_path, "Images show craters above the Tallowdow Fuel Enrichment Plant, "
                             "near Qom. Analysts said the Tallowdow and Isfahan attacks used "
                             "other munitions.\n")
    (site,) = empty.sites(None)
    assert "Tallowdow" in {a.alias for a in empty.aliases(site.site_id)}


def test_a_field_label_in_bold_begins_no_other_item(empty, tmp_path):
    # (review) "**Status:** under repair" is the item's field, the point below its own
    _ingest(empty, tmp_path, "**Kesk Tallow Airfield** (Vanuatu) is a disused wartime strip "
                             "being cleared by engineers.\n\n**Status:** under repair\n\n"
                             "Coordinates: 15.52 S, 167.22 E\n", name="r.md")
    (site,) = empty.sites(None)
    assert site.located and distance_m(site.lon, site.lat, 167.22, -15.52) < 5_000


def test_an_island_named_like_a_site_is_a_mention_of_it(empty, tmp_path):
    # (review) "on Amchitka Island": where the Amchitka test site is (a canal is not)
    r = _ingest(empty, tmp_path, "The Tallowka test site in the Aleutians hosted three "
                                 "underground nuclear tests.\n")
    r2 = _ingest(empty, tmp_path, "Sampling resumed on Tallowka Island, near the shafts of the "
                                  "1971 nuclear test.\n", name="r2.txt")
    (site,) = empty.sites(None)
    assert {c.source_id for c in empty.citations(site_id=site.site_id)} == \
        {r.source_id, r2.source_id}


def test_a_base_named_right_after_its_kind_is_a_site_placed_from_its_town(empty, tmp_path):
    _ingest(empty, tmp_path, "In Russia, drones hit the strategic aviation airfield Tallow-2, "
                             "some 7 km east of Saratov, overnight.")
    (s,) = empty.sites(None)
    assert s.name == "Tallow-2" and s.facility_type == "airbase"
    assert s.location_precision == "approximate"
    assert distance_m(s.lon, s.lat, 46.0086 + 0.0963, 51.5406) <= s.precision_m


def test_initials_and_a_place_said_twice_make_a_site_in_a_sentence_of_no_facility_word(
        empty, tmp_path):
    _ingest(empty, tmp_path, "In the Netherlands, JFC Tallow, in Tallow, plans the "
                             "alliance's defence of the north.")
    (s,) = empty.sites(None)
    assert s.name == "JFC Tallow" and s.country == "NLD"


def test_a_town_of_a_territory_the_report_names_as_much_as_its_country(empty, tmp_path):
    # Réunion's Saint-Denis, not the town by Paris: the report names Réunion as often
    _ingest(empty, tmp_path, "French ships left for Réunion. The crews rested after the long "
                             "voyage. The weather was fine all week. Kestrel Air Base lies "
                             "about 6 km east of Saint-Denis.")
    (s,) = empty.sites(None)
    assert distance_m(s.lon, s.lat, 55.4481 + 0.0577, -20.8823) <= s.precision_m


def test_the_city_in_small_letters_is_no_region_called_city(empty, tmp_path):
    # "in the north-west of the city", no city named before it: not the City of London
    _ingest(empty, tmp_path, "British analysts watch Russia.\n\nMeanwhile, Kesk. The "
                             "airfield Tallow-2 in the north-west of the city was hit by a "
                             "drone.")
    for s in empty.sites(None):
        assert s.country != "GBR" and (s.lat is None or s.lat > 40), s


def test_a_turkish_air_bases_own_name_is_the_english_ones_other(empty, tmp_path):
    # "Kesk Hava Üssü" after "Kesk Air Base": one base (as "Kesk Fliegerhorst" is)
    _ingest(empty, tmp_path, "Kesk Air Base lies 10 km east of Adana, Turkey. Protesters "
                             "gathered outside the US Kesk Hava Üssü on Sunday.")
    assert [s.name for s in empty.sites(None)] == ["Kesk Air Base"]


def test_an_infobox_tables_header_row_gives_no_other_name(empty, tmp_path):
    _ingest(empty, tmp_path, "## Kesk Air Base\n\nKesk Air Base lies in Turkey.\n\n"
                             "| Former name | Years |\n|---|---|\n| Orrin Field | 1951-1960 |\n")
    assert "Years" not in {a.alias for a in empty.aliases()}


def test_a_markdown_tables_header_with_a_year_keeps_its_column_of_towns(empty, tmp_path):
    # "| # | Site | Town | Status 2026 |" over "|---|": a dated header is a header still,
    # and each row's town places its site
    _ingest(empty, tmp_path,
            "Garrisons of the US Army in Germany\n\n"
            "| # | Site | Town | Status 2026 |\n|---|---|---|---|\n"
            "| 1 | Tallow Kaserne | Kaiserslautern | kept; logistics units |\n"
            "| 2 | Kesk Barracks | Ansbach | kept; aviation |\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    tallow, kesk = sites["Tallow Kaserne"], sites["Kesk Barracks"]
    assert distance_m(tallow.lon, tallow.lat, 7.769, 49.443) <= tallow.precision_m <= 40_000
    assert distance_m(kesk.lon, kesk.lat, 10.581, 49.300) <= kesk.precision_m <= 40_000


def test_a_provinces_abbreviation_in_a_tables_column_places_its_row(empty, tmp_path):
    # "GD-OTS Valleyfield    QC": Canada's provinces by their postal abbreviations (the ends
    # of their ISO 3166-2 codes), as Australia's and Brazil's states
    _ingest(empty, tmp_path,
            "Canadian plants in the ammunition programme.\n\n"
            "   Facility              Province   Activity\n"
            "   --------------------  ---------  --------------------\n"
            "   Tallow Arms Plant     QC         propellant\n"
            "   Kesk Forge Works      ON         shell bodies\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    tallow, kesk = sites["Tallow Arms Plant"], sites["Kesk Forge Works"]
    # (a province as big as Québec is written at the precision of a country)
    assert tallow.located and tallow.admin1 == "Quebec" and tallow.precision_m > 500_000
    assert kesk.located and kesk.admin1 == "Ontario"


def test_a_column_of_facilities_name_the_prose_places_is_that_sites(empty, tmp_path):
    # "awarded to Zorba Arms, in Kitchener, Ontario" before a table whose "Facility" column
    # names "Zorba Arms": the prose places the table's site
    _ingest(empty, tmp_path,
            "Contracts for rifles were awarded to Zorba Arms, in Kitchener, Ontario, in 2024, "
            "and to Quellwerk Defence, in Ingersoll, Ontario, about 30 km east of London.\n\n"
            "   Facility              Province   Activity\n"
            "   --------------------  ---------  -------------------\n"
            "   Zorba Arms            ON         small arms\n"
            "   Quellwerk Defence     ON         shells\n")
    sites = {s.name: s for s in empty.sites(("candidate",))}
    zorba = next(s for n, s in sites.items() if n.startswith("Zorba Arms"))
    assert zorba.location_precision == "approximate"
    assert distance_m(zorba.lon, zorba.lat, -80.511, 43.425) <= zorba.precision_m <= 25_000
    # the maker's name and a province's code a table's gap apart are no works at a town
    assert not any(n.endswith(" ON") for n in sites)


def test_a_small_town_the_report_writes_as_a_town_places_the_site_named_after_it(
        empty, tmp_path):
    # "the Vardø radar station, whose domes tower over the island town of Vardø", in a
    # paragraph measuring its other site from Lakselv, 235 km away: the town it writes, not
    # likely another place of the name
    _ingest(empty, tmp_path,
            "Norway's north\n\nFurther north, the Vardø radar station, whose domes tower over "
            "the island town of Vardø, has been expanded with a third radar since 2020. "
            "Tallow Air Station, just north of Lakselv, will receive drones from 2027.\n")
    site = next(s for s in empty.sites(("candidate",)) if s.name == "Vardø radar station")
    assert site.located
    assert distance_m(site.lon, site.lat, 31.11, 70.37) <= site.precision_m


def test_a_town_taken_for_its_size_is_left_out_when_the_other_statements_disagree(
        empty, tmp_path):
    # "near Pameungpeuk" is read at West Java's town of 48,000, over its namesakes; the
    # launch station is on the south coast, "about 50 km south of Garut", at the village
    # of the name: the statement read by size alone gives way
    _ingest(empty, tmp_path,
            "In Indonesia, the Tallow rocket range, near Pameungpeuk on the south coast of "
            "West Java, about 50 km south of Garut, launched sounding rockets.\n")
    (site,) = [s for s in empty.sites(("candidate",)) if "Tallow" in s.name]
    assert site.located
    assert distance_m(site.lon, site.lat, 107.69, -7.65) <= site.precision_m
    notes = " ".join(c.note or "" for c in empty.citations(site_id=site.site_id))
    assert "Garut" in notes


def test_a_district_of_a_town_is_not_a_namesake_far_from_every_town_of_that_name(
        empty, tmp_path):
    # "in the Moneta district of La Maddalena": Sardinia has two La Maddalenas, and the
    # gazetteer's "Moneta" is Monette, Arkansas, 8,000 km from both
    _ingest(empty, tmp_path,
            "In Italy, the US Navy left the island in 2008. At the Tallow arsenal, in the "
            "Moneta district of La Maddalena, the sediments still hold heavy metals.\n")
    site = next(s for s in empty.sites(("candidate",)) if "Tallow" in s.name)
    assert not site.located or site.country == "ITA"


def test_a_site_at_the_entrance_to_a_town_is_on_its_edge(empty, tmp_path):
    # "I stopped first at vojarna Turanj, at the southern entrance to Karlovac": not the
    # gazetteer's Turanj near Zadar, 167 km away
    _ingest(empty, tmp_path,
            "In Croatia, the road from Zagreb south is quiet. I stopped first at vojarna "
            "Turanj, at the southern entrance to Karlovac, where the old barracks now hold "
            "a museum.\n")
    site = next(s for s in empty.sites(("candidate",)) if "Turanj" in s.name)
    assert site.located and site.precision_m <= 25_000
    assert distance_m(site.lon, site.lat, 15.555, 45.487) <= site.precision_m


def test_a_makers_works_by_its_town_are_a_site_not_called_by_the_town(empty, tmp_path):
    # "floated out at Navantia Ferrol": the yard the maker names by its town, near it, and
    # not called "Ferrol", which is the navy's base and the town too
    _ingest(empty, tmp_path,
            "In Spain, the first F-110 frigate was floated out at Navantia Ferrol on "
            "Thursday.\n")
    site = next(s for s in empty.sites(("candidate",)) if s.name == "Navantia Ferrol")
    assert site.located and distance_m(site.lon, site.lat, -8.236, 43.484) <= site.precision_m
    assert "Ferrol" not in {a.alias for a in empty.aliases()}


def test_a_military_school_in_spanish_is_a_site_where_the_report_puts_it(empty, tmp_path):
    # "RESPUESTA (a) The Colegio Militar de la Nación, in El Palomar, admitted 394 cadets":
    # no English facility word in the sentence, the school's own words
    _ingest(empty, tmp_path,
            "In Argentina, the army's schools took more cadets.\n\nRESPUESTA (a) The Colegio "
            "Militar de la Nación, in El Palomar, admitted 394 cadets in 2025.\n")
    site = next(s for s in empty.sites(("candidate",)) if s.name.startswith("Colegio"))
    assert site.located and distance_m(site.lon, site.lat, -58.62, -34.61) <= site.precision_m



def test_a_base_named_after_a_village_is_not_put_at_a_bigger_town_of_the_name(
        empty, tmp_path):
    # "Safonovo airfield, on the Kola Peninsula": Murmansk's village, not Smolensk's town of
    # 46,000, 1,550 km away, however much bigger
    _ingest(empty, tmp_path,
            "In Russia, the Northern Fleet's Su-33 fighters fly from Safonovo airfield, on "
            "the Kola Peninsula.\n")
    site = next(s for s in empty.sites(("candidate",)) if "Safonovo" in s.name)
    assert not site.located or distance_m(site.lon, site.lat, 33.05, 69.06) <= site.precision_m


def test_an_organisations_name_does_not_tie_other_sentences_to_its_base(empty, tmp_path):
    # "the Revolutionary Guards missile base" is no table's bare cell: "The Revolutionary
    # Guards also run a training camp near Hamadan" says nothing of where the base is
    _ingest(empty, tmp_path,
            "In Iran, Western sources say the Revolutionary Guards missile base lies in "
            "Kermanshah province.\n\nThe Revolutionary Guards also run a training camp near "
            "Hamadan.\n")
    site = next(s for s in empty.sites(("candidate",)) if "missile base" in s.name)
    assert site.location_precision == "province" and site.admin1 == "Kermanshah"


def test_a_village_of_the_name_elsewhere_in_the_report_does_not_vouch_for_a_far_namesake(
        empty, tmp_path):
    # "the village of Kwirak" in another paragraph: the gazetteer's only Kwirak, 560 km from
    # the places the report measures from, stays another place of the name
    _ingest(empty, tmp_path,
            "In North Korea, the Sohae Satellite Launching Station lies about 55 km southeast "
            "of Sinuiju. A new hangar went up at the Kwirak air base this spring.\n\n"
            "Defectors from the village of Kwirak describe food shortages.\n")
    site = next(s for s in empty.sites(("candidate",)) if "Kwirak" in s.name)
    assert not site.located



def test_a_school_or_tailings_named_after_its_town_is_not_called_by_the_town(
        empty, tmp_path):
    # "the Naval Engineering College at Sapele": not "Sapele", the town; nor "Sillamäe" the
    # uranium plant's tailings
    _ingest(empty, tmp_path,
            "In Nigeria, the Naval Engineering College at Sapele trains engineers. In Estonia, "
            "the Sillamäe tailings of the Soviet uranium plant were capped.\n")
    aliases = {a.alias for a in empty.aliases()}
    assert "Sapele" not in aliases and "Sillamäe" not in aliases
    assert any("Sillamäe tailings" == s.name for s in empty.sites(("candidate",)))


def test_a_makers_works_by_its_firms_name_in_a_town_keeps_no_alias_of_the_town(
        empty, tmp_path):
    # "Nammo Vanäsverken, at Karlsborg ...", then "Nammo Vanäsverken (Karlsborg)" in a list:
    # the maker's works, and the town it stands in, no other name of it
    _ingest(empty, tmp_path, "In Sweden, Nammo Tallowverken, at Karlsborg, about 42 km "
                             "east-north-east of Skövde, has started a new line.\n\n"
                             "Members: Nammo Tallowverken (Karlsborg), and others.\n")
    (s,) = empty.sites(("candidate",))
    assert s.name == "Nammo Tallowverken Karlsborg" and s.lon is not None
    assert {a.alias for a in empty.aliases(s.site_id)} == {"Nammo Tallowverken",
                                                          "Nammo Tallowverken Karlsborg"}


def test_one_firms_works_in_two_towns_are_two_sites(empty, tmp_path):
    _ingest(empty, tmp_path, "MBDA Deutschland at Schrobenhausen builds the Taurus. MBDA "
                             "Deutschland at Aschau am Inn makes warheads.\n")
    assert sorted(s.name for s in empty.sites(("candidate",))) == [
        "MBDA Deutschland Aschau am Inn", "MBDA Deutschland Schrobenhausen"]


def test_a_research_centre_named_for_its_work_and_town_keeps_no_alias_of_the_town(
        empty, tmp_path):
    # "the Centre de Recherche Nucléaire de Draria (CRND) at Draria": the town is where it
    # stands, no other name of it
    _ingest(empty, tmp_path, "The reactor stands at the Centre de Recherche Nucléaire de "
                             "Tallowa (CRNT) at Tallowa, near Algiers.\n")
    (s,) = empty.sites(("candidate",))
    assert s.name == "Centre de Recherche Nucléaire de Tallowa"
    assert {a.alias for a in empty.aliases(s.site_id)} == {
        "Centre de Recherche Nucléaire de Tallowa", "CRNT"}


def test_a_numbered_command_keeps_no_alias_of_its_town(empty, tmp_path):
    # "Lantamal II Padang": the main naval base at Padang, which is no other name of it
    _ingest(empty, tmp_path, "The fuel depots of the main naval bases: Lantamal II Padang, "
                             "on the coast of West Sumatra, and others.\n")
    (s,) = empty.sites(("candidate",))
    assert s.name == "Lantamal II Padang"
    assert "Padang" not in {a.alias for a in empty.aliases(s.site_id)}


def test_a_site_named_after_an_arms_maker_keeps_no_alias_of_the_maker(empty, tmp_path):
    # "the Armscor Dockyard at Simon's Town": the agency's name alone is no other name of
    # the yard, and a report on the agency does not cite it
    r = _ingest(empty, tmp_path, "Frigates are refitted at the Armscor Dockyard, in Simon's "
                                 "Town.\n")
    r2 = _ingest(empty, tmp_path, "Weapons were assembled at Armscor's plant east of "
                                  "Pretoria.\n", name="r2.txt")
    yard = next(s for s in empty.sites(None) if s.name == "Armscor Dockyard")
    assert "Armscor" not in {a.alias for a in empty.aliases(yard.site_id)}
    cited = {c.source_id for c in empty.citations(site_id=yard.site_id)}
    assert r.source_id in cited and r2.source_id not in cited


def test_on_an_island_of_a_provinces_name_places_in_that_province(empty, tmp_path):
    # "Yulin Naval Base on Hainan Island" (by Sanya, 18.22 N 109.55 E) is not at the city
    # of Yulin in Guangxi, 490 km north: the island is the province of its name
    _ingest(empty, tmp_path, "China's Type 094 submarines are based at Yulin Naval Base on "
                             "Hainan Island, analysts said.")
    s = _only(empty)
    assert s.located and s.lat < 20.2 and s.admin1 == "Hainan"
    assert distance_m(s.lon, s.lat, 109.55, 18.22) <= s.precision_m


def test_on_an_island_of_a_prefectures_name_is_its_largest_island(empty, tmp_path):
    # "on Okinawa Island": the main island (Camp Schwab, 26.53 N 128.04 E), not a circle
    # over the whole prefecture's chain of islands, 500 km across
    _ingest(empty, tmp_path, "Japan's Self-Defense Forces train at Camp Schwab on Okinawa "
                             "Island, officials said.")
    s = _only(empty)
    assert s.located and s.precision_m < 100_000
    assert distance_m(s.lon, s.lat, 128.04, 26.53) <= s.precision_m


def test_in_a_town_read_as_the_parish_of_the_reports_country_by_another_spelling(
        empty, tmp_path):
    # "in St George's" of a report on Grenada: Grenada's parish of Saint George (Fort
    # Rupert, 12.053 N 61.752 W), not Bermuda's "St. George", 2,270 km north
    _ingest(empty, tmp_path, "OPERATIONS IN GRENADA, 1983\n\n- 19 Oct 1983: ministers are "
                             "killed at Fort Rupert, the fort above the harbour in St "
                             "George's.\n- 25 Oct 1983: United States troops land in "
                             "Grenada.\n")
    s = _only(empty)
    assert s.country == "GRD" and distance_m(s.lon, s.lat, -61.7523, 12.0529) <= s.precision_m


def test_numbered_sub_headings_name_their_sites_and_a_bare_one_its_own(empty, tmp_path):
    # "### 1.1 San Antonio de los Baños Air Base": a heading's number is no part of the
    # name, and a town's name of five words is no headline; "### 1.3 San Julián" beside
    # sibling headings that name air bases, over "The old airfield ...", is that airfield,
    # whose point is not that of the base of the section before
    _ingest(empty, tmp_path, "# Cuban airfields in 2025\n\n## 1. Western Cuba\n\n"
            "### 1.1 San Antonio de los Baños Air Base\n\nThe main fighter base of the "
            "air force of Cuba. Eleven jets stood in the open.\n\n"
            "### 1.2 Playa Baracoa air base\n\nTransport aircraft of the government of Cuba "
            "are kept here.\n\n### 1.3 San Julián\n\nThe old airfield in Pinar del Río "
            "province, at **22°05.7′N 84°09.1′W**, was used in the 1960s by Soviet "
            "bombers.\n", name="r.md")
    sites = {s.name: s for s in empty.sites(None)}
    assert {"San Antonio de los Baños Air Base", "Playa Baracoa air base",
            "San Julián"} <= set(sites)
    julian, baracoa = sites["San Julián"], sites["Playa Baracoa air base"]
    assert julian.facility_type == "airbase" and julian.location_method == "published by source"
    assert abs(julian.lat - 22.095) < 0.01
    assert not baracoa.located or baracoa.lat > 22.8  # (Playa Baracoa: 23.03 N 82.58 W)


def test_switzerlands_places_darmes_and_german_navy_schools_are_sites(empty, tmp_path):
    _ingest(empty, tmp_path, "The Swiss army trains its recruits at the Place d'armes de "
                             "Bière and at the Piazza d'armi d'Isone. The German Navy trains "
                             "at the Marineoperationsschule Bremerhaven and repairs its "
                             "frigates at the Marinearsenal Kiel.")
    assert {s.name for s in empty.sites(None)} == {
        "Place d'armes de Bière", "Piazza d'armi d'Isone",
        "Marineoperationsschule Bremerhaven", "Marinearsenal Kiel"}
    # (a school is not its town: no other name "Bremerhaven")
    school = next(s for s in empty.sites(None) if s.name.startswith("Marineop"))
    assert {a.alias for a in empty.aliases(school.site_id)} == {school.name}


def test_the_airports_of_a_notice_on_joint_use_airports_are_sites(empty, tmp_path):
    # a tender "at joint-use airports" of the air force: each airport it lists is one the
    # air force shares (but an airport of passengers elsewhere is none)
    _ingest(empty, tmp_path, "TENDER NOTICE\n\nTender title: Maintenance of runway "
                             "lighting at joint-use airports\nBeneficiary: the Ministry of "
                             "Defence\n\nLot 1: Kesk Airport, about 9 km west of Tallow.\n")
    # (a lead on joint use with no military user is an airlines' deal: no sites)
    _ingest(empty, tmp_path, "Airlines agree joint use of terminals at two airports\n\n"
                             "Passengers of both will check in at Orvale Airport.\n",
            name="r3.txt")
    assert [s.name for s in empty.sites(None)] == ["Kesk Airport"]
    _ingest(empty, tmp_path, "Passengers flew from Orvale Airport to Tallow on Monday.",
            name="r2.txt")
    assert [s.name for s in empty.sites(None)] == ["Kesk Airport"]


def test_a_direction_from_a_citys_centre_keeps_the_site_by_the_city(empty, tmp_path):
    # "south-south-east of central Mashhad" (the air base, 36.235 N 59.641 E, 7 km from
    # the centre): a site of the city or its outskirts, not a cone 300 km long
    _ingest(empty, tmp_path, "Iran's air force\n\nAt the 14th Tactical Air Base, "
                             "south-south-east of central Mashhad, crews prepared a flypast.")
    s = _only(empty)
    assert s.located and s.precision_m <= 60_000
    assert distance_m(s.lon, s.lat, 59.641, 36.2352) <= s.precision_m


@pytest.mark.parametrize("text", [
    # an island shared by provinces, one bearing its name (Guiuan lies in Eastern Samar)
    "The Philippine Navy operates Guiuan Naval Station on Samar Island, in the east of the "
    "Philippines.",
    # a province whose largest piece is the mainland (Labrador), and a state or an English
    # county bearing an island's name
    "Canada's army trains at Camp Kesk on Newfoundland Island, officials said.",
    "The United States Army trains at Camp Kesk on Washington Island, in Lake Michigan.",
    "Australia's air force trains at Camp Kesk on Norfolk Island with troops from Britain.",
])
def test_on_an_island_is_no_province_that_is_not_that_island_alone(empty, tmp_path, text):
    _ingest(empty, tmp_path, text)
    s = _only(empty)
    notes = " ".join(c.note or "" for c in empty.citations(site_id=s.site_id))
    assert "largest island" not in notes
    if s.site_id.startswith("ph-"):
        assert s.located and distance_m(s.lon, s.lat, 125.7219, 11.0331) <= s.precision_m


def test_a_place_darmes_of_a_town_square_is_no_site(empty, tmp_path):
    _ingest(empty, tmp_path, "Tourists walk across the Place d'armes de Trois-Rivières every "
                             "summer.")
    assert empty.sites(None) == []


def test_a_title_case_heading_among_base_headings_is_no_base(empty, tmp_path):
    # siblings naming air bases; "### Hardened Shelters" over a base at another place and
    # "### Vladimir Putin" over a sentence that says nowhere where it is: no sites
    _ingest(empty, tmp_path, "# Crimea\n\n## Air bases\n\n### Belbek Air Base\n\nBelbek Air "
            "Base lies north of Sevastopol.\n\n### Saky Air Base\n\nSaky Air Base lies near "
            "Saky.\n\n### Hardened Shelters\n\nThe air base at Kacha has six hardened "
            "shelters.\n\n### Vladimir Putin\n\nThe air base was visited by the president in "
            "2022.\n", name="r.md")
    names = {s.name for s in empty.sites(None)}
    assert "Hardened Shelters" not in names and "Vladimir Putin" not in names


def test_a_town_several_places_bear_is_the_one_by_the_sites_of_its_sentence(empty, tmp_path):
    # Camp Amami is placed at Amami; "in the town of Setouchi" in its sentence is the
    # island's Setouchi (GeoNames' Seisui, 28.137 N 129.331 E), not Okayama's city 700 km
    # away
    _ingest(empty, tmp_path, "Japan's south-western islands\n\nThe Ground Self-Defense "
                             "Force's missile units moved to Camp Amami, in the north of Amami "
                             "Ōshima, and to Camp Setouchi in the town of Setouchi at the "
                             "southern end of the island, in 2019.")
    s = next(s for s in empty.sites(None) if s.name == "Camp Setouchi")
    assert s.located and distance_m(s.lon, s.lat, 129.33067, 28.13692) <= s.precision_m


def test_a_base_named_after_a_person_with_and_without_a_rank_is_one_site(empty, tmp_path):
    _ingest(empty, tmp_path, "Honduras: the Base Aérea Coronel Hernán Acosta Mejía hosts the "
                             "air force's transport squadron. Officials said the Base Aérea "
                             "Hernán Acosta Mejía will get a new hangar.")
    assert [s.name for s in empty.sites(None)] == ["Base Aérea Coronel Hernán Acosta Mejía"]


def test_a_courts_numbered_paragraph_goes_on_about_the_station_it_names_by_its_kind(
        empty, tmp_path):
    # "2. The naval station occupies ...": the station the paragraph before named (a
    # judgment's numbered paragraphs are no list of other things), and "Its published
    # reference point" is its point
    _ingest(empty, tmp_path, "MEMORANDUM OPINION\n\nI. INTRODUCTION\n\n1. Plaintiff seeks "
            "site plans of facilities at Naval Station Tallow, Cuba. Both sides move for "
            "summary judgment.\n\nII. BACKGROUND\n\n2. The naval station occupies about 45 "
            "square miles on both sides of the bay, under the lease of 1903. Its published "
            "reference point, given in a Navy guide (Ex. C), is 19°54′23″N 75°12′26″W.\n")
    s = _only(empty)
    assert s.location_method == "published by source"
    assert (round(s.lat, 3), round(s.lon, 3)) == (19.906, -75.207)


def test_a_site_named_after_another_name_of_a_small_place_abroad_is_not_placed_there(
        empty, tmp_path):
    # "Reagan" is another name of a Tennessee village (GeoNames' Decatur), 11,000 km from
    # Majuro and Tarawa, which the report measures from (places far apart, but all in the
    # Pacific): the Reagan Test Site is not there
    _ingest(empty, tmp_path, "The Marshall Islands\n\nThe Tallow airfield lies about 12 km "
                             "west of Majuro. The Kesk airfield lies about 20 km east of "
                             "Tarawa. The Americans rebuilt the Japanese field on "
                             "Kwajalein, today at the Reagan Test Site; the United States "
                             "Army controls access.")
    s = next(s for s in empty.sites(None) if s.name == "Reagan Test Site")
    assert not s.located or s.lon > 160.0


def test_statements_that_only_touch_at_their_edges_place_nothing_precisely(empty, tmp_path):
    # Zaria lies in Kaduna State, some 20 km from Kano State: the two statements share
    # a sliver at their edges, no place 0.6 km wide
    _ingest(empty, tmp_path, "THE FACTS\n\n2. The Appellant was posted to a battalion at "
                             "Bukavu Barracks, in Zaria, in Kano State, Nigeria.")
    s = _only(empty)
    assert not s.located or s.precision_m >= 10_000


def test_a_place_set_off_after_a_facility_the_sentence_passes_through_is_that_ones(
        empty, tmp_path):
    # "after basic training at Depot Nigerian Army, in Zaria, was posted to ... Bukavu
    # Barracks, in Kano": Zaria is the depot's town, not the barracks' (Kano, 12.0 N 8.5 E)
    _ingest(empty, tmp_path, "THE FACTS\n\n2. The Appellant enlisted in 2011 and, after basic "
                             "training at Depot Nigerian Army, in Zaria, was posted to a "
                             "battalion at Bukavu Barracks, in Kano, Nigeria.")
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, 8.5167, 12.0001) <= s.precision_m


def test_a_place_of_a_list_of_places_is_not_the_next_items(empty, tmp_path):
    # "based at Niamey, at the camp militaire de Ouallam and at ...": Niamey is one item of
    # the list, not where the Ouallam camp (14.32 N 2.09 E, 100 km north) is
    _ingest(empty, tmp_path, "French forces had left Niger in 2023. Their troops had been based "
                             "at Niamey, at the camp militaire de Ouallam and at the camp "
                             "militaire de Tillia, in Tillia.")
    s = next(s for s in empty.sites(None) if "Ouallam" in s.name)
    assert not s.located or distance_m(s.lon, s.lat, 2.086, 14.3164) <= s.precision_m


def test_a_size_opening_a_sentence_is_no_place(empty, tmp_path):
    _ingest(empty, tmp_path, "Korean ports\n\nThe port of Haeju lies on the west coast. Small "
                             "port on the west coast, used by the navy.")
    assert "Small port" not in {s.name for s in empty.sites(None)}


def test_a_code_by_the_phonetic_alphabet_is_named_after_no_place(empty, tmp_path):
    # "Lima Site 85" in Laos is not named after Lima, Peru; and two Lima Sites are two
    _ingest(empty, tmp_path, "Laos: the radar at Lima Site 85 fell in 1968. Lima Site 36 at "
                             "Na Khang was lost the next year.")
    sites = {s.name: s for s in empty.sites(None)}
    assert {"Lima Site 85", "Lima Site 36"} <= set(sites)
    assert all(not s.located or s.lon > 90 for s in sites.values())


def test_the_air_base_after_another_unnamed_one_is_not_the_named_base(empty, tmp_path):
    # "an American air base of its own" between: "The air base would lie ... east of
    # Łask" is that one, not Ramstein (49.44 N 7.60 E)
    _ingest(empty, tmp_path, "Germany and Poland\n\nRamstein Air Base hosts the headquarters "
                             "of the American air forces in Europe. Poland has long asked for "
                             "an American air base of its own. The air base would lie about "
                             "30 km east of Łask.")
    s = next(s for s in empty.sites(None) if s.name == "Ramstein Air Base")
    assert s.country == "DEU" and distance_m(s.lon, s.lat, 7.6003, 49.4369) <= s.precision_m


@pytest.mark.parametrize("text", [
    # two titles, two people; or the places the report gives them disagree
    "Peru\n\nThe Base Naval Almirante Grau lies near Callao. The Base Naval Capitán Grau lies "
    "near Iquitos.",
    "Colombia\n\nThe Base Aérea Coronel Luis Pérez lies near Cali. The Base Aérea Luis Pérez "
    "lies near Barranquilla.",
])
def test_bases_with_different_titles_or_places_are_two(empty, tmp_path, text):
    _ingest(empty, tmp_path, text)
    assert len(empty.sites(None)) == 2


@pytest.mark.parametrize("text, lon, lat", [
    # a small province or country wholly inside a long sector is no sliver; nor is a
    # governorate with "near" its city
    ("The Tallow Air Station, in Malta, lies about 350 km north of Tripoli.", 14.45, 35.9),
    ("The Tallow barracks lies in Beirut governorate, near Beirut.", 35.50, 33.89),
])
def test_a_small_province_inside_a_wide_statement_is_no_sliver(empty, tmp_path, text, lon,
                                                               lat):
    _ingest(empty, tmp_path, text)
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, lon, lat) <= s.precision_m


def test_a_camp_in_the_town_named_before_it_is_in_that_town(empty, tmp_path):
    # "in Gao, at Camp Firhoun": the camp in the town, no list of places
    _ingest(empty, tmp_path, "French troops were stationed in Gao, at Camp Firhoun, in Mali, "
                             "until 2022.")
    s = _only(empty)
    assert s.located and distance_m(s.lon, s.lat, -0.04, 16.27) <= s.precision_m


def test_a_place_darmes_by_schools_of_no_army_is_no_site(empty, tmp_path):
    _ingest(empty, tmp_path, "In Yverdon, the Place d'armes de Yverdon is a car park next to "
                             "two schools.")
    assert empty.sites(None) == []


def test_a_works_named_after_its_town_and_what_it_makes_is_at_the_town(empty, tmp_path):
    # "the Kharkiv Tractor Plant": Kharkiv's (49.98 N 36.25 E), not a circle over Ukraine
    _ingest(empty, tmp_path, "Russian drones struck the Kharkiv Tractor Plant in Ukraine, "
                             "which repairs armoured vehicles.")
    s = _only(empty)
    assert s.located and s.precision_m < 150_000
    assert distance_m(s.lon, s.lat, 36.25475, 49.98177) <= s.precision_m
    # (but the Kirov Machine-Building Plant of Petropavl bears a leader's name)
    _ingest(empty, tmp_path, "Kazakhstan's defence industry: ZiKS, as the Kirov "
                             "Machine-Building Plant is known in Petropavl, made torpedoes for "
                             "the Soviet navy and today produces underwater weapons.",
            name="r2.txt")
    k = next(s for s in empty.sites(None) if s.name.startswith("Kirov"))
    # (not at Kirov, Russia, 1,258 km from Petropavl's 54.87 N 69.15 E)
    assert not k.located or distance_m(k.lon, k.lat, 69.15, 54.87) <= k.precision_m


def test_a_shore_establishment_named_after_a_ship_is_not_placed_by_the_ships_name(
        empty, tmp_path):
    # "the marines at PNS Qasim" (in Karachi): not at the Qasim army airfield, nor where
    # another report's "Army Aviation Base Qasim near Rawalpindi" is, 1,100 km north; a
    # ship's name says no place
    _ingest(empty, tmp_path, "Navy planners want to thin out Karachi, where the marines at "
                             "PNS Qasim and the naval air station PNS Mehran share a port.",
            name="r1.txt")
    _ingest(empty, tmp_path, "An officer from the Army Aviation Base Qasim near Rawalpindi "
                             "sat on the 1988 board of inquiry.", name="r2.txt")
    sites = {x.name: x for x in empty.sites(None)}
    assert not sites["PNS Qasim"].located
    assert sites["Army Aviation Base Qasim"].located


def test_a_schools_whole_name_is_its_own_beside_a_school_of_its_first_words(empty, tmp_path):
    # Chile's "Escuela Militar", then Colombia's "Escuela Militar de Cadetes General José
    # María Córdova, in northern Bogotá": another school, placed by its own statement
    _ingest(empty, tmp_path, "The Escuela Militar, about 7 km north-east of the centre of "
                             "Santiago, trains the Chilean army's officers.", name="r1.txt")
    _ingest(empty, tmp_path, "The Escuela Militar de Cadetes General José María Córdova, in "
                             "northern Bogotá, trains Colombian army officers.", name="r2.txt")
    sites = {s.name: s for s in empty.sites(None)}
    chile = sites["Escuela Militar"]
    colombia = sites["Escuela Militar de Cadetes General José María Córdova"]
    assert chile.lat < -30 and colombia.located and colombia.lat > 0
    assert distance_m(colombia.lon, colombia.lat, -74.08, 4.61) <= colombia.precision_m


def test_another_name_of_what_the_sentence_before_named_is_not_a_site_of_before(
        empty, tmp_path):
    # "Ledningsregementet in Enköping, ... LedR, as it is known, now counts ..." a paragraph
    # after "Västernorrlands regemente in Sollefteå": "it" is the regiment the sentence
    # before named, no site here, not the one named a paragraph before (394 km away)
    _ingest(empty, tmp_path, "Kesk Air Base in Umeå is the smallest of the new bases.\n\n"
                             "The new units in the south are smaller still. Ledningsregementet "
                             "in Enköping has added staff. LedR, as it is known, now counts "
                             "more than 2,000 employees.")
    base = next(s for s in empty.sites(None) if s.name == "Kesk Air Base")
    assert "LedR" not in {a.alias for a in empty.aliases(base.site_id)}
