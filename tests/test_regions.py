"""Named regions from the shipped Natural Earth boundaries, and user boundary files."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from catalog.errors import CRSError, ValidationError
from catalog.regions import admin1_region, country_code, country_region, name_key

HOEJUNG = (126.913631, 41.369883)  # lon, lat as shipped in data/catalogue/sites.csv
SAKKANMOL = (126.107945, 38.584698)


@pytest.mark.parametrize("name", ["Chagang", "Chagang-do", "chagang do", "Jagang", "Changang",
                                  "KP-04", "kp-04", "자강도"])
def test_chagang_by_every_variant(name):
    label, geom = admin1_region(name)
    assert label.startswith("KP-04 Chagang-do")
    assert shapely.intersects_xy(geom, *HOEJUNG)
    assert not shapely.intersects_xy(geom, *SAKKANMOL)


@pytest.mark.parametrize("name", ["North Hwanghae", "Hwanghae-bukto", "KP-06", "황해북도"])
def test_sakkanmol_is_in_north_hwanghae(name):
    label, geom = admin1_region(name)
    assert label.startswith("KP-06 Hwanghae-bukto")
    assert shapely.intersects_xy(geom, *SAKKANMOL)
    assert not shapely.intersects_xy(geom, *HOEJUNG)


def test_province_word_is_only_dropped_as_a_separate_word():
    assert name_key("Chagang-do") == name_key("Chagang") == "chagang"
    assert name_key("Colorado") == "colorado"


def test_unknown_province_names_the_value_and_suggests():
    with pytest.raises(ValidationError, match=r"no province named 'Chagangg'.*KP-04"):
        admin1_region("Chagangg")


def test_province_restricted_to_a_country():
    label, _ = admin1_region("Seoul", country="KOR")
    assert label.startswith("KR-11")
    with pytest.raises(ValidationError, match="no province named 'Seoul'"):
        admin1_region("Seoul", country="PRK")


@pytest.mark.parametrize("name", ["PRK", "prk", "KP", "North Korea"])
def test_country_by_code_or_name(name):
    assert country_code(name) == "PRK"
    label, geom = country_region(name)
    assert label == "North Korea PRK"
    assert shapely.intersects_xy(geom, *HOEJUNG)
    assert shapely.intersects_xy(geom, *SAKKANMOL)
    assert not shapely.intersects_xy(geom, 126.978, 37.566)  # Seoul


def test_unknown_country():
    with pytest.raises(ValidationError, match="no country named 'Atlantis'"):
        country_region("Atlantis")


def test_user_boundary_file(tmp_path):
    path = tmp_path / "zones.geojson"
    gpd.GeoDataFrame({"zone": ["north", "south"]},
                     geometry=[shapely.box(126, 40, 128, 42), shapely.box(126, 38, 128, 40)],
                     crs="EPSG:4326").to_file(path)
    label, geom = admin1_region("north", boundaries=path)
    assert shapely.intersects_xy(geom, *HOEJUNG)
    assert not shapely.intersects_xy(geom, *SAKKANMOL)
    with pytest.raises(ValidationError, match="no region named 'east'"):
        admin1_region("east", boundaries=path)


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_user_boundary_file_without_crs_is_refused(tmp_path):
    path = tmp_path / "zones.shp"
    gpd.GeoDataFrame({"zone": ["north"]}, geometry=[shapely.box(126, 40, 128, 42)]
                     ).to_file(path)
    with pytest.raises(CRSError, match="has no CRS"):
        country_region("north", boundaries=path)
