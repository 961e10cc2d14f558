"""Named regions from the shipped Natural Earth boundaries, and user boundary files."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from catalog.errors import CRSError, ValidationError
from catalog.regions import (
    COAST_MARGIN_M,
    admin1_geometry,
    admin1_region,
    admin1_units,
    country_code,
    country_geometry,
    country_region,
    locate_point,
    locate_units,
    name_key,
)

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
    assert name_key("Chagang Province") == "chagang"
    assert name_key("Colorado") == "colorado"


@pytest.mark.parametrize("south, north", [
    ("Hamgyong-namdo", "Hamgyong-bukto"), ("Hamgyŏng-namdo", "Hamgyŏng-bukto"),
    ("Hamgyongnam-do", "Hamgyongbuk-do"), ("Hamgyong-nam-do", "Hamgyong-puk-to"),
    ("South Hamgyong", "North Hamgyong"), ("South Hamgyong Province", "North Hamgyong Province"),
    ("함경남도", "함경북도"), ("Kankyo Nan-do", "Kankyo Hoku-do"),
])
def test_south_and_north_never_share_a_key(south, north):
    assert name_key(south) != name_key(north)
    assert name_key(south).startswith("south:") and name_key(north).startswith("north:")


def test_one_key_for_each_spelling_of_a_directional_province():
    keys = {name_key(n) for n in ("Hamgyong-namdo", "Hamgyŏng-namdo", "Hamgyongnam-do",
                                  "Hamgyong-nam-do", "South Hamgyong", "Hamgyong South",
                                  "south hamgyong province")}
    assert keys == {"south:hamgyong"}
    # words that merely end like a direction are not one (Chinese provinces, a lone word)
    assert name_key("Hunan") == "hunan" and name_key("Hebei") == "hebei"
    assert name_key("North") == "north"


@pytest.mark.parametrize("name, code", [
    ("Hamgyong-namdo", "KP-08"), ("Hamgyŏngnam-do", "KP-08"), ("South Hamgyong", "KP-08"),
    ("함경남도", "KP-08"), ("Hamgyong-bukto", "KP-09"), ("함경북도", "KP-09"),
    ("Pyongan-namdo", "KP-02"), ("Pyongan-bukto", "KP-03"), ("Hwanghae-namdo", "KP-05"),
    ("Gyeongsangnam-do", "KR-48"), ("Chungcheongbuk-do", "KR-43"),
    # Natural Earth lists Gwangju's and Daegu's old names under their neighbours too
    ("Kwangju", "KR-29"), ("Taegu", "KR-27"), ("Rason", "KP-13"),
    ("Arkhangelsk Oblast", "RU-ARK"), ("Bushehr", "IR-06"),
    # ... and Chukotka's under Sakha (Yakutia); its own name without "Autonomous Okrug"
    ("Chukotka", "RU-CHU"), ("Chukotka Autonomous Okrug", "RU-CHU"),
])
def test_provinces_resolve_to_the_right_unit(name, code):
    label, geom = admin1_geometry(name)
    assert label.startswith(code + " ")
    assert geom.geom_type in ("Polygon", "MultiPolygon")


@pytest.mark.parametrize("name, message", [
    ("Hamgyong", r"province 'Hamgyong' is ambiguous: it names KP-09 Hamgyŏng-bukto North Korea "
                 r"PRK; KP-08 Hamgyŏng-namdo North Korea PRK; say which"),
    ("Hwanghae", r"ambiguous: it names KP-06 .*; KP-05 "),
    ("Kangwon", r"ambiguous: it names KR-42 Gangwon South Korea KOR; KP-07 Kangwŏn-do North "
                r"Korea PRK; give the country too \(--country\)"),
    ("Punjab", r"IN-PB Punjab India IND; PK-PB Punjab Pakistan PAK"),
])
def test_ambiguous_provinces_list_the_choices(name, message):
    with pytest.raises(ValidationError, match=message):
        admin1_units(name)


def test_a_country_settles_an_ambiguous_province():
    assert admin1_units("Kangwon", "PRK")[0].startswith("KP-07")
    assert admin1_units("Kangwon", "ROK")[0].startswith("KR-42")
    assert admin1_units("Punjab", "Pakistan")[0].startswith("PK-PB")


def test_a_provinces_own_name_beats_another_units_english_name_in_one_country():
    # Natural Earth gives the District of Columbia "Washington" as its English name
    assert admin1_units("Washington")[0].startswith("US-WA ")
    assert admin1_units("Washington", "USA")[0].startswith("US-WA ")


@pytest.mark.parametrize("country, unit", [("Denmark", "Hovedstaden"), ("Malta", "Attard"),
                                           ("Mozambique", "Nampula")])
def test_a_countrys_name_names_none_of_its_units(country, unit):
    """Natural Earth gives a country's name to one of its units by a slip (Hovedstaden's
    English name is "Denmark"): "in Denmark" is the country, not its capital region."""
    from catalog.places import province_places
    from catalog.regions import admin1_table, unit_name

    with pytest.raises(ValidationError):
        admin1_units(country)
    label, = {admin1_units(unit)[0]}
    assert unit in label and country in label  # (the label ends with the country's name)
    u = next(i for i, r in enumerate(admin1_table()) if r["name"] == unit)
    assert unit_name(u) != country
    assert not [p for p in province_places() if country in p.names]


def test_a_countrys_name_is_dropped_once_and_then_read_from_the_cache(tmp_path, monkeypatch):
    """The cells the slip changes are kept in a cache keyed by the source file: a second
    process reads them without keying every name again, and a changed file is read anew."""
    from catalog import regions

    monkeypatch.setenv("CATALOG_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "units.parquet"
    source.write_bytes(b"first")

    def rows(slip="Denmark"):
        return [{"adm0_a3": "DNK", "admin": "Denmark", "name": "Hovedstaden",
                 "name_en": slip, "name_alt": "Capital Region|Denmark"},
                {"adm0_a3": "DNK", "admin": "Denmark", "name": "Sjaelland", "name_en": None,
                 "name_alt": None}]

    first = rows()
    regions._drop_country_names(first, source)
    assert first[0]["name_en"] is None and first[0]["name_alt"] == "Capital Region"
    assert first[0][regions.COUNTRY_KEY] == regions.name_key("Denmark")
    keyed = []
    monkeypatch.setattr(regions, "_write_kept_names",
                        lambda db, r: keyed.append(r) or pytest.fail("keyed again"))
    again = rows()
    regions._drop_country_names(again, source)
    assert again == first and not keyed
    source.write_bytes(b"second, longer")  # another file: its names are keyed anew
    with pytest.raises(pytest.fail.Exception, match="keyed again"):
        regions._drop_country_names(rows(), source)


def test_a_region_without_a_unit_is_the_provinces_that_give_its_name():
    from catalog.regions import region_units

    label, units = region_units("Lombardy", "Italy")
    assert len(units) == 12 and label.startswith("Lombardy ITA (")
    with pytest.raises(ValidationError, match="no region of provinces named 'Lombardy'"):
        region_units("Lombardy", "France")
    with pytest.raises(ValidationError, match="no region of provinces named 'Milan'"):
        region_units("Milan")  # a province's own name is no region of several


# -- locating points: a coastal site is in its own province ---------------------------------

@pytest.mark.parametrize("where, lon, lat, expected", [
    ("Hoejung-ni", 126.913631, 41.369883, ("PRK", "Chagang", "KP-04")),
    # PRK: Sinpo's shipyard on the coast and Mayang-do, an island off it that the 10m coast
    # lacks (3.9 km outside any land polygon)
    ("Sinpo shipyard", 128.17, 40.025, ("PRK", "South Hamgyong", "KP-08")),
    ("Mayang-do", 128.19, 39.99, ("PRK", "South Hamgyong", "KP-08")),
    ("Sohae", 124.705, 39.66, ("PRK", "North Pyongan", "KP-03")),
    # KOR: Jeju's naval base at Gangjeong and Mokpo's harbour, both off the 10m coast
    ("Jeju naval base", 126.533, 33.217, ("KOR", "Jeju", "KR-49")),
    ("Mokpo", 126.38, 34.78, ("KOR", "South Jeolla", "KR-46")),
    ("Jinhae", 128.66, 35.135, ("KOR", "South Gyeongsang", "KR-48")),
    # CHN: Daya Bay's plant (0.5 km off the 10m coast), Huludao's shipyard (1.5 km), Yulin
    ("Daya Bay", 114.547, 22.598, ("CHN", "Guangdong", "CN-GD")),
    ("Huludao", 120.99, 40.70, ("CHN", "Liaoning", "CN-LN")),
    ("Yulin", 109.69, 18.22, ("CHN", "Hainan", "CN-HI")),
    # and elsewhere: Bushehr's plant, Bandar Abbas, Severodvinsk, Tartus
    ("Bushehr", 50.8858, 28.8294, ("IRN", "Bushehr", "IR-06")),
    ("Bandar Abbas", 56.20, 27.14, ("IRN", "Hormozgan", "IR-23")),
    ("Severodvinsk", 39.80, 64.58, ("RUS", "Arkhangelsk", "RU-ARK")),
    ("Tartus", 35.87, 34.90, ("SYR", "Tartus", "SY-TA")),
])
def test_locate_point(where, lon, lat, expected):
    assert locate_point(lon, lat) == expected


def test_open_sea_is_in_no_province():
    assert locate_point(129.5, 39.5) == (None, None, None)  # the East Sea
    assert locate_point(-30.0, 0.0) == (None, None, None)


def test_the_coast_margin_is_a_distance_not_a_guess():
    # a point 3.9 km off the land polygons is placed only while the margin reaches it
    assert locate_units([128.19], [39.99], margin_m=0)[0] == -1
    assert locate_units([128.19], [39.99], margin_m=3_000)[0] == -1
    assert locate_units([128.19], [39.99], margin_m=COAST_MARGIN_M)[0] >= 0


def test_locate_many_points_at_once():
    units = locate_units([126.913631, 128.19, 129.5], [41.369883, 39.99, 39.5])
    assert units[0] >= 0 and units[1] >= 0 and units[2] == -1
    assert units[0] != units[1]


def test_locate_point_refuses_impossible_coordinates():
    with pytest.raises(ValidationError, match="latitude must be within"):
        locate_point(126.0, 123.0)


@pytest.mark.parametrize("name", ["PRK", "KP", "North Korea", "DPRK", "Korea, Democratic "
                                  "People's Republic of"])
def test_country_geometry_by_any_name(name):
    geom = country_geometry(name)
    assert shapely.intersects_xy(geom, *HOEJUNG)
    assert not shapely.intersects_xy(geom, 126.978, 37.566)  # Seoul


@pytest.mark.parametrize("name, code", [("ROK", "KOR"), ("South Korea", "KOR"),
                                        ("Iran", "IRN"), ("Russia", "RUS"), ("IR", "IRN"),
                                        ("Syria", "SYR"), ("PRC", "CHN"), ("KOS", "XKX")])
def test_country_codes_and_common_names(name, code):
    assert country_code(name) == code


def test_every_countrys_shipped_units_form_a_valid_coverage():
    """country_geometry unions a country's units as a coverage (along shared edges) without
    checking: that holds only if no two of its units overlap, in the shipped data."""
    import numpy as np

    from catalog.regions import _world

    world = _world()
    codes = sorted({c for c in world.iso3 if c})
    assert len(codes) > 200
    for code in codes:
        parts = world.geometry_of(np.flatnonzero(world.iso3 == code))
        assert shapely.coverage_is_valid(parts), code


def test_baikonur_is_in_kazakhstan():
    # Natural Earth draws the leased cosmodrome as its own unit (KAB); de jure it is Kazakh
    assert locate_point(63.3, 45.9)[0] == "KAZ"
    assert shapely.intersects_xy(country_geometry("Kazakhstan"), 63.3, 45.9)


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
    with pytest.raises(ValidationError, match=r"no country named 'Korea'; did you mean "
                                              r"South Korea \(KOR\), North Korea \(PRK\)\?"):
        country_code("Korea")


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


def test_user_boundary_file_with_an_ambiguous_name(tmp_path):
    path = tmp_path / "zones.geojson"
    gpd.GeoDataFrame({"zone": ["port", "port"], "district": ["east", "west"]},
                     geometry=[shapely.box(126, 40, 128, 42), shapely.box(126, 38, 128, 40)],
                     crs="EPSG:4326").to_file(path)
    with pytest.raises(ValidationError, match="region 'port' is ambiguous: it names port east; "
                                              "port west"):
        admin1_region("port", boundaries=path)
    assert shapely.intersects_xy(admin1_region("west", boundaries=path)[1], *SAKKANMOL)


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_user_boundary_file_without_crs_is_refused(tmp_path):
    path = tmp_path / "zones.shp"
    gpd.GeoDataFrame({"zone": ["north"]}, geometry=[shapely.box(126, 40, 128, 42)]
                     ).to_file(path)
    with pytest.raises(CRSError, match="has no CRS"):
        country_region("north", boundaries=path)


def test_a_name_given_to_several_units_is_a_region_not_one_of_them():
    from catalog.regions import _NameIndex

    # Natural Earth lists a region's name among the other names of each of its units; the
    # derived alt_names kept it for one of them only
    rows = [{"adm0_a3": "XXA", "name": n, "name_alt": "Testregion|Testregia",
             "alt_names": "Testregion" if n == "Alpha" else ""}
            for n in ("Alpha", "Beta", "Gamma")]
    rows.append({"adm0_a3": "XXA", "name": "Delta", "name_alt": "Deltana",
                 "alt_names": "Deltana"})
    index = _NameIndex.build(rows, [("name",), ("alt_names",)])
    assert index.units(name_key("Testregion")) == {}
    assert index.units(name_key("Alpha")) == {0: 0}
    assert index.units(name_key("Deltana")) == {3: 1}  # one unit's other name stays


def test_lombardy_is_not_the_province_of_lodi():
    with pytest.raises(ValidationError):
        admin1_units("Lombardy", "ITA")
    assert admin1_units("Lodi", "ITA")[0].startswith("IT-LO")


def test_crimea_is_ukraines_de_jure():
    """Natural Earth files Crimea and Sevastopol under Russia (de facto); their ISO 3166-2
    codes, and the UN General Assembly, say Ukraine."""
    from catalog.regions import locate_point

    assert locate_point(33.52, 44.60)[0] == "UKR"  # Sevastopol
    assert locate_point(34.10, 44.95)[0] == "UKR"  # Simferopol, in Crimea
    assert locate_point(37.62, 55.75)[0] == "RUS"  # Moscow
    assert country_geometry("UKR").contains(shapely.Point(33.52, 44.60))


@pytest.mark.parametrize(("name", "members"), [
    # ISO 3166-2's regions over the shipped units, by the standard's name and in English
    ("Normandy", {"Calvados", "Eure", "Manche", "Orne", "Seine-Maritime"}),
    ("Normandie", {"Calvados", "Eure", "Manche", "Orne", "Seine-Maritime"}),
    ("Wallonia", {"Hainaut", "Namur", "Luxembourg", "Liège", "Walloon Brabant"}),
])
def test_a_region_the_iso_standard_gives_is_its_provinces(name, members):
    from catalog.regions import region_units, unit_name

    _, units = region_units(name)
    assert {unit_name(int(u)) for u in units} == members


def test_wales_is_its_twenty_two_principal_areas():
    from catalog.regions import region_units

    label, units = region_units("Wales")
    assert len(units) == 22 and "GBR" in label


def test_a_pseudo_unit_does_not_keep_another_units_name():
    # Natural Earth's Fujairah-Sharjah "Neutral Zone" (AE-X01~) has "Fujairah" for its
    # English name by a slip: "in Fujairah" is never that sliver
    try:
        label, _ = admin1_units("Fujairah", "ARE")
    except ValidationError:
        label = ""
    assert "Neutral Zone" not in label


def test_a_provinces_everyday_abbreviation_names_it_in_its_country():
    # "Kitchener, ON", "Anápolis, GO", "Nowra, NSW": the ends of their ISO 3166-2 codes
    assert admin1_units("QC", "CAN")[0].startswith("CA-QC ")
    assert admin1_units("ON", "Canada")[0].startswith("CA-ON ")
    assert admin1_units("GO", "BRA")[0].startswith("BR-GO ")
    assert admin1_units("Qld", "AUS")[0].startswith("AU-QLD ")
    assert admin1_units("NSW", "AUS")[0] == "AU-NSW New South Wales Australia AUS"
    # ... each in its own country: Western Australia's "WA" is not Washington's
    assert admin1_units("WA", "AUS")[0].startswith("AU-WA ")
    assert admin1_units("WA", "USA")[0].startswith("US-WA ")
    # (with no country, "WA" is either: the user is asked which; "SC" in a table of a
    # report on Brazil is Santa Catarina, no US state the table would bring)
    with pytest.raises(ValidationError, match="AU-WA .*US-WA"):
        admin1_units("WA")
    assert admin1_units("SC", "BRA")[0].startswith("BR-SC ")
    # ... and not of a country whose abbreviations are written otherwise
    with pytest.raises(ValidationError):
        admin1_units("BY", "DEU")  # Bavaria is DE-BY, written "Bayern" or "Bavaria"
