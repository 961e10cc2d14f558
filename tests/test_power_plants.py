"""The nuclear power plants of the world by name (catalog.power_plants), on the shipped
GeoNuclearData extract."""

from __future__ import annotations

import csv

import pytest

from catalog.power_plants import MAX_SPREAD_M, SOURCE_FILE, names_a_plant, plant_named, stem


@pytest.mark.parametrize(("name", "key"), [
    ("the Kursk NPP", "kursk"),
    ("Kursk Nuclear Power Plant", "kursk"),
    ("Koeberg Nuclear Power Station", "koeberg"),
    ("Kola AES", "kola"),
    ("Tarapur Atomic Power Station", "tarapur"),
    ("the nuclear power plant", ""),
    ("Hinkley Point B station", "hinkleypoint"),  # one site with Hinkley Point A and C
    ("Leningrad NPP-2", "leningrad"),
    ("Atucha I and II", "atucha"),  # units listed
    ("Angra 1 and 2", "angra"),
    ("Salem and Hope Creek", "salemandhopecreek"),  # no units: a name's own "and"
    ("Akademik Lomonosov Floating Nuclear Power Plant", "akademiklomonosov"),
])
def test_a_names_stem_drops_its_power_plant_words(name, key):
    assert stem(name) == key


def test_a_plant_is_found_in_the_given_countries_only():
    kursk = plant_named("Kursk Nuclear Power Plant", ["RU"])
    assert (kursk.place_id, kursk.country) == ("geonucleardata:Kursk", "RU")
    assert plant_named("Kursk Nuclear Power Plant", ["UA"]) is None
    assert plant_named("Koeberg Nuclear Power Station").country == "ZA"


def test_a_plant_whose_units_are_listed_far_apart_places_nothing():
    # GeoNuclearData lists one of Fuqing's six units 31 km from the others
    with open(SOURCE_FILE, encoding="utf-8") as fh:
        rows = {r["name"]: r for r in csv.DictReader(fh)}
    assert float(rows["Fuqing"]["spread_m"]) > MAX_SPREAD_M
    assert plant_named("Fuqing Nuclear Power Plant", ["CN"]) is None


def test_every_shipped_plant_has_a_point_and_a_country():
    with open(SOURCE_FILE, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 300
    for r in rows:
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert len(r["country"]) == 2, r


def test_the_units_of_a_plant_and_of_its_second_plant_are_one_row():
    with open(SOURCE_FILE, encoding="utf-8") as fh:
        rows = {r["name"]: r for r in csv.DictReader(fh)}
    assert int(rows["Leningrad"]["units"]) == 8 and "Leningrad 2" not in rows
    assert int(rows["Hinkley Point"]["units"]) == 6


@pytest.mark.parametrize(("name", "plant"), [
    ("the Kursk NPP", True), ("Kola AES", True), ("Koeberg Nuclear Power Station", True),
    ("Kursk", False), ("the Kursk garrison", False),
])
def test_a_name_calls_its_site_a_power_plant_or_not(name, plant):
    assert names_a_plant(name) is plant


def test_a_plant_the_dataset_names_by_its_acronym():
    """The dataset calls Chashma "CHASNUPP" (Chashma Nuclear Power Plant): a report's
    full name finds it, in its country; its place's name alone does not."""
    chashma = plant_named("Chashma Nuclear Power Plant", ["PK"])
    assert chashma is not None and chashma.name == "CHASNUPP"
    assert plant_named("Chashma Nuclear Power Plant", ["IN"]) is None
    assert plant_named("Chashma", ["PK"]) is None
    assert plant_named("Chas Nuclear Power Plant", ["PK"]) is None  # (letters cut short)


def test_a_plant_spelled_another_way_is_found_by_its_consonants_in_its_country():
    # Ukrainian "Khmelnytskyi" of the dataset's Russian-style "Khmelnitski"
    assert plant_named("the Khmelnytskyi NPP", ["UA"]).name == "Khmelnitski"
    assert plant_named("the Khmelnytskyi NPP", ["RU"]) is None
    assert plant_named("the Khmelnytskyi NPP") is None  # no country: the exact key only
    # few consonants, or no plant's words, match nothing: Ikata is no "Akita", Saeul no Seoul
    assert plant_named("the Akita reactor", ["JP"]) is None
    assert plant_named("the Seoul Complex", ["KR"]) is None
