"""The world gazetteer: GeoNames places, Natural Earth provinces and countries, by name."""

from __future__ import annotations

import sqlite3

import pytest
import shapely

from catalog import regions
from catalog.gazetteer import Place, match_key
from catalog.places import (
    CatalogGazetteer,
    CombinedGazetteer,
    Gazetteer,
    build_cache,
    cache_is_current,
    default_gazetteer,
    geonames_places,
)


@pytest.fixture(scope="module")
def world():
    return default_gazetteer()


def test_a_town_anywhere(world):
    [p] = world.named("Yongbyon")
    assert p.place_id == "geonames:1866453" and p.name == "Yŏngbyŏn"
    assert (p.country, p.feature_class, p.feature_code, p.precision) == (
        "KP", "P", "PPL", "locality")
    assert p.admin1_name == "North Pyongan"
    assert world.named("Nyŏngbyŏn") == [p] == world.by_key(match_key("yongbyon"))
    natanz = world.named("Natanz")
    assert [(q.country, q.admin1_name) for q in natanz] == [("IR", "Isfahan")]
    assert world.named("Severodvinsk")[0].admin1_name == "Arkhangelsk"


def test_hangul_names_and_their_romanizations(world):
    [p] = world.named("평양")
    assert p.feature_code == "PPLC" and p.name == "Pyongyang" and p.population > 1_000_000


def test_a_province_is_a_place_with_its_polygon(world):
    [p] = world.named("Hamgyong-namdo")
    assert p.place_id == "ne-adm1:PRK-3311"
    assert (p.name, p.country, p.admin1, p.feature_code, p.precision) == (
        "South Hamgyong", "KP", "KP-08", "ADM1", "province")
    assert world.named("South Hamgyong") == [p] == world.named("함경남도")
    assert world.named("Hamgyong-bukto")[0].admin1 == "KP-09"
    _, units = regions.admin1_units(p.admin1)
    assert shapely.intersects_xy(regions.unit_geometry(int(units[0])), p.lon, p.lat)


@pytest.mark.parametrize("name", ["North Korea", "DPRK", "Korea, Democratic People's "
                                  "Republic of"])
def test_a_country_is_a_place_inside_it(world, name):
    [p] = world.named(name)
    assert (p.place_id, p.country, p.feature_code, p.precision) == (
        "ne-adm0:PRK", "KP", "PCLI", "country")
    assert shapely.intersects_xy(regions.country_geometry("PRK"), p.lon, p.lat)


def test_a_name_of_several_places_gives_them_all(world):
    kinds = {p.feature_code for p in world.named("Bushehr")}
    assert kinds == {"ADM1", "PPL"}  # the province and its capital
    # countries first, then provinces, then towns by population
    assert [p.feature_code for p in world.named("Tehran")][:2] == ["ADM1", "PPLC"]


def test_unknown_names(world):
    assert world.named("Qxzv-nowhere") == []
    assert world.named("   ") == []


# -- the cache ------------------------------------------------------------------------------

CITIES = [
    {"geonameid": 1, "name": "Sinp’o", "latitude": 40.03971, "longitude": 128.1943,
     "countrycode": "KP", "population": 152759, "admin1code": "03",
     "alternatenames": ["Sinpo", "신포시"]},
    {"geonameid": 2, "name": "Nowhere-at-sea", "latitude": 39.5, "longitude": 129.5,
     "countrycode": "KP", "population": 0, "admin1code": "", "alternatenames": []},
]


def _build(tmp_path, places) -> sqlite3.Connection:
    db = sqlite3.connect(tmp_path / "g.sqlite")
    build_cache(db, places, sample_every=1)
    db.commit()
    return db


def test_build_a_cache_and_read_it(tmp_path):
    from catalog.places import WorldGazetteer

    db = _build(tmp_path, geonames_places(CITIES))
    g = WorldGazetteer(db)
    assert len(g) == 2
    [p] = g.named("Sinpo")
    assert p.admin1_name == "South Hamgyong" and p.feature_class == "P"
    assert g.named("Sinp'o") == [p] == g.named("신포시")
    assert "Sinp'o-si" in p.names or "Sinpo-si" in p.names  # romanized from 신포시
    [sea] = g.named("Nowhere-at-sea")
    assert sea.admin1_name is None  # its point is in no province
    assert g.place("geonames:1") == p


def test_a_cache_with_other_keys_is_stale(tmp_path):
    db = _build(tmp_path, geonames_places(CITIES))
    assert cache_is_current(db)
    # keys written by an older match_key: the sample recomputed today disagrees
    db.execute("UPDATE meta SET v = ? WHERE k = 'samples'", ('[["Sinpo", "sinp-o"]]',))
    assert not cache_is_current(db)
    db.execute("UPDATE meta SET v = '0' WHERE k = 'version'")
    assert not cache_is_current(db)


def test_cached_sqlite_rebuilds_a_stale_cache(tmp_path, monkeypatch):
    from catalog.cache import cached_sqlite

    monkeypatch.setenv("CATALOG_CACHE_DIR", str(tmp_path / "cache"))
    builds = []

    def build(db):
        builds.append(1)
        db.execute("CREATE TABLE t (v TEXT)")
        db.execute("INSERT INTO t VALUES (?)", (str(len(builds)),))

    conn = cached_sqlite("x.sqlite", build, lambda c: True)
    assert conn.execute("SELECT v FROM t").fetchone() == ("1",) and len(builds) == 1
    conn.close()
    conn = cached_sqlite("x.sqlite", build, lambda c: True)  # reused
    assert len(builds) == 1
    conn.close()
    conn = cached_sqlite("x.sqlite", build, lambda c: False)  # stale: rebuilt
    assert conn.execute("SELECT v FROM t").fetchone() == ("2",) and len(builds) == 2
    assert list((tmp_path / "cache").iterdir()) == [tmp_path / "cache" / "x.sqlite"]


# -- in-memory and combined gazetteers -------------------------------------------------------

def test_places_in_memory_and_combined(shipped):
    mine = Gazetteer.from_places([Place("test:1", "Test-ni", 41.1, 127.2, "KP",
                                        alternate_names=("T'est-ri",))])
    assert [p.place_id for p in mine.named("Test-ri")] == ["test:1"]
    shipped.add_places([Place("geonames:9999001", "Imported-ri", 41.0, 127.0, "KP")])
    both = CombinedGazetteer(mine, CatalogGazetteer(shipped), mine)
    assert [p.place_id for p in both.named("Imported-ni")] == ["geonames:9999001"]
    assert [p.place_id for p in both.named("Test-ri")] == ["test:1"]  # once
