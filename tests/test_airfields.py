"""The airfields of the world by name (catalog.airfields), on the installed airportsdata."""

from __future__ import annotations

import sqlite3

import pytest

from catalog import airfields
from catalog.airfields import (
    AIRFIELD_M,
    OTHER_FIELD_M,
    airfield_named,
    airfield_radius_m,
    military,
    stem,
)


@pytest.mark.parametrize(("name", "key"), [
    ("RAF Lakenheath", "lakenheath"),
    ("Lakenheath Air Base", "lakenheath"),
    ("Pope Army Air Field", "pope"),
    ("Base Aérea de Natal", "natal"),
    ("Naval Air Station Key West", "keywest"),
    ("14th Tactical Air Base", ""),  # a unit's number, not a place
    ("King Fahd Air Base", ""),  # a person's name: airfields far apart bear it
    ("Air Base", ""),
])
def test_a_names_stem_drops_its_aviation_words(name, key):
    assert stem(name) == key


def test_an_airfield_is_found_in_the_given_countries_only():
    assert airfield_named("RAF Lakenheath", ["GB"]).place_id == "airportsdata:EGUL"
    assert airfield_named("Lakenheath Air Base").place_id == "airportsdata:EGUL"
    assert airfield_named("RAF Lakenheath", ["FR", "DE"]) is None


def test_a_city_written_before_the_fields_own_name_may_be_left_out():
    # airportsdata's "Rzeszow-Jasionka Airport" (city Rzeszow)
    assert airfield_named("Jasionka airport", ["PL"]).place_id == "airportsdata:EPRZ"


def test_two_fields_of_one_name_place_nothing_unless_one_alone_is_military():
    # Pope Field (civil, Indiana) and Pope Army Air Field (North Carolina)
    assert airfield_named("Pope airfield", ["US"]) is None
    assert airfield_named("Pope Army Airfield", ["US"]).place_id == "airportsdata:KPOB"


def test_a_field_named_for_a_person_first_is_named_by_its_own_name_after_the_slash():
    # airportsdata's "Francisco Manglona Borja/Tinian International Airport"
    assert airfield_named("Tinian International Airport", ["MP"]).place_id == \
        "airportsdata:PGWT"


def test_a_forces_field_listed_by_a_local_code_is_no_private_strip():
    # airportsdata lists some Army airfields by FAA codes with digits (K3G5, K95E), as it
    # lists private strips; its name says it is the forces'
    assert airfield_named("Dawson Army Airfield", ["US"]).place_id == "airportsdata:K3G5"
    assert airfield_named("Homestead AFB", ["US"]) is None  # (not Indiana's 29IN strip)


def test_a_base_named_after_a_person_by_initials_is_no_field_without_them():
    # F.E. Warren AFB has no runway; of the Warren fields only North Carolina's civil
    # Washington-Warren Airport has an ICAO code
    assert airfield_named("F.E. Warren AFB", ["US"]) is None
    assert airfield_named("F. E. Warren Air Force Base", ["US"]) is None
    assert airfield_named("Beale AFB", ["US"]).place_id == "airportsdata:KBAB"
    # ... but a base that became a civil field of its name, after its city's, is that field
    assert airfield_named("McClellan Air Force Base", ["US"]).name == "Mc Clellan Airfield"
    assert airfield_named("Bergstrom Air Force Base", ["US"]).name == \
        "Austin-Bergstrom International Airport"


def test_an_air_base_named_like_a_civil_airport_may_be_another_field_of_its_city():
    lakenheath = airfield_named("RAF Lakenheath", ["GB"])
    assert airfield_radius_m("Lakenheath Air Base", lakenheath) == AIRFIELD_M
    entebbe = airfield_named("Entebbe", ["UG"])
    assert not military(entebbe.name)
    assert airfield_radius_m("Entebbe Air Base", entebbe) == OTHER_FIELD_M
    assert airfield_radius_m("Entebbe Airport", entebbe) == AIRFIELD_M


def test_only_an_air_base_or_a_base_of_no_known_kind_is_placed_by_an_airfield():
    adampur = airfield_named("Adampur", ["IN"])  # Adampur Air Force Station
    assert airfield_radius_m("Adampur base", adampur, "other") == OTHER_FIELD_M
    assert airfield_radius_m("Adampur missile base", adampur, "missile base") is None
    assert airfield_radius_m("Entebbe base", airfield_named("Entebbe", ["UG"]), "other") \
        is None


def test_the_stems_are_kept_in_the_cache_and_built_again_when_stale(tmp_path, monkeypatch):
    monkeypatch.setenv("CATALOG_CACHE_DIR", str(tmp_path))
    airfields._cache.cache_clear()
    try:
        assert airfield_named("RAF Lakenheath", ["GB"]).place_id == "airportsdata:EGUL"
        (path,) = tmp_path.glob("airfields-*.sqlite")
        with sqlite3.connect(path) as db:  # as if built with other stemming rules
            db.execute("UPDATE meta SET v = '[]' WHERE k = 'samples'")
            db.execute("DELETE FROM fields WHERE icao = 'EGUL'")
        airfields._cache.cache_clear()
        assert airfield_named("RAF Lakenheath", ["GB"]).place_id == "airportsdata:EGUL"
    finally:
        airfields._cache.cache_clear()


def test_a_fields_name_without_its_first_word_is_looked_up_only_when_none_bears_it_whole():
    # airportsdata's "Chelyabinsk Shagol Airport" (its city field empty)
    assert airfield_named("Shagol airfield", ["RU"]).place_id == "airportsdata:USCG"
    # "Lakenheath" is RAF Lakenheath's whole name: no tail of another field's is tried
    assert airfield_named("Lakenheath Air Base", ["GB"]).place_id == "airportsdata:EGUL"


def test_a_base_of_no_known_kind_named_like_an_airport_is_that_airport():
    aden = airfield_named("Aden Adde Airport base", ["SO"])
    assert airfield_radius_m("Aden Adde Airport base", aden, "other") == AIRFIELD_M


@pytest.mark.parametrize("name, country, icao", [
    ("Łask Air Base", "PL", "EPLK"),  # airportsdata writes "Lask"
    ("Bodø Airport", "NO", "ENBO"),
])
def test_a_latin_letter_no_decomposition_folds_is_written_as_ascii(name, country, icao):
    assert airfield_named(name, [country]).place_id == f"airportsdata:{icao}"


def test_a_russian_yo_written_e_names_the_same_field():
    # airportsdata writes "Rogachyovo Air Base"; reports mostly write "Rogachevo"
    field = airfield_named("Rogachevo air base", ["RU"])
    assert field is not None and field.place_id == "airportsdata:ULDA"
    assert airfield_named("Rogachevo air base", ["NO"]) is None


def test_fields_one_letter_apart_are_those_a_scan_of_every_field_finds():
    """The search of names spelt one letter apart reads only the stems that open with the
    key's letter (:func:`catalog.airfields._one_apart` never changes the first): the same
    fields as every field of the countries tried one by one."""
    from catalog.airfields import _cache, _fields_one_apart, _one_apart, _yo_as_e

    rows = _cache().execute("SELECT key, icao, country FROM fields WHERE tail = 0").fetchall()
    keys = sorted({(k, c) for k, _, c in rows if len(k) >= 6})[::97]
    assert len(keys) > 100
    for key, country in keys:
        for probe in (key, key[:-1], key + "a", key[:2] + "x" + key[3:]):
            scanned = {icao for k, icao, c in rows if c == country and abs(len(k) - len(probe))
                       <= 1 and (_one_apart(probe, k) or _yo_as_e(probe) == _yo_as_e(k))}
            found = {p.place_id.split(":")[1] for p in _fields_one_apart(probe, [country])}
            assert found == scanned, probe


def test_a_row_of_degrees_minutes_and_seconds_packed_as_decimals_is_read_so():
    """airportsdata's Belgian rows hold "50.4528, 4.4601" for Beauvechain's 50°45′28″N
    4°46′01″E, 40 km off: read so where that puts the field by its city; a row of true
    decimals stays as it is."""
    from catalog.airfields import _point, airfield_by_icao

    beauvechain = {"lat": "50.4528", "lon": "4.4601", "city": "Beauvechain", "country": "BE"}
    lat, lon = _point(beauvechain)
    assert (round(lat, 4), round(lon, 4)) == (50.7578, 4.7669)
    koksijde = {"lat": "51.0525", "lon": "2.391", "city": "Koksijde", "country": "BE"}
    assert tuple(round(v, 4) for v in _point(koksijde)) == (51.0903, 2.6528)
    true = {"lat": "50.5700", "lon": "4.4300", "city": "Genappe", "country": "BE"}
    assert _point(true) == (50.57, 4.43)  # (50°57′, 4°43′ would be 40 km off)
    field = airfield_by_icao("EBFS")  # Florennes, from the cache make install builds
    assert abs(field.lat - 50.2433) < 0.001 and abs(field.lon - 4.6458) < 0.001
