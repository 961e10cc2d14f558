"""Coordinates in text: one test per written form, the false positives, and round trips."""

from __future__ import annotations

import doctest
import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer

import catalog.coordinates
from catalog.coordinates import (
    CoordinateMatch,
    find_coordinates,
    format_decimal,
    format_dm,
    format_dms,
    format_mgrs,
    format_utm,
    parse_coordinate,
)
from catalog.errors import ValidationError

GEOD = Geod(ellps="WGS84")
DMS = 39 + 47 / 60 + 48 / 3600, 125 + 45 / 60 + 17 / 3600  # 39°47′48″N 125°45′17″E


def metres_per_degree(lat: float) -> tuple[float, float]:
    """Length of one degree of latitude and of longitude at ``lat`` (WGS84 series)."""
    phi = math.radians(lat)
    return (111132.92 - 559.82 * math.cos(2 * phi) + 1.175 * math.cos(4 * phi),
            111412.84 * math.cos(phi) - 93.5 * math.cos(3 * phi))


def half_diagonal(lat: float, half_lat_deg: float, half_lon_deg: float) -> float:
    """Independent estimate of the rounding cell's half-diagonal, in metres."""
    m_lat, m_lon = metres_per_degree(lat)
    return math.hypot(half_lat_deg * m_lat, half_lon_deg * m_lon)


def only(text: str) -> CoordinateMatch:
    matches = find_coordinates(text)
    assert len(matches) == 1, matches
    return matches[0]


# One case per written form: text, the expression it must find, lat, lon, format, and the
# half rounding cell in degrees (latitude, longitude) that precision_m must cover.
SEC, MIN = 0.5 / 3600, 0.5 / 60
FORMS = [
    ("Coordinates: 40.123, 125.456", "40.123, 125.456", 40.123, 125.456, "decimal",
     (0.0005, 0.0005)),
    ("40.123°N 125.456°E", "40.123°N 125.456°E", 40.123, 125.456, "decimal", (0.0005, 0.0005)),
    ("at 40.123° N, 125.456° E.", "40.123° N, 125.456° E", 40.123, 125.456, "decimal",
     (0.0005, 0.0005)),
    ("near N40.12 E125.46 today", "N40.12 E125.46", 40.12, 125.46, "decimal", (0.005, 0.005)),
    ("40.123N 125.456E", "40.123N 125.456E", 40.123, 125.456, "decimal", (0.0005, 0.0005)),
    ("located at -33.92, 18.42", "-33.92, 18.42", -33.92, 18.42, "decimal", (0.005, 0.005)),
    ("lat 40.123 lon 125.456", "lat 40.123 lon 125.456", 40.123, 125.456, "decimal",
     (0.0005, 0.0005)),
    ("Latitude: 39.7967° N, Longitude: 125.7547° E", None, 39.7967, 125.7547, "decimal",
     (0.00005, 0.00005)),
    ("the site (39.7967, 125.7547) grew", "39.7967, 125.7547", 39.7967, 125.7547, "decimal",
     (0.00005, 0.00005)),
    ("39.7967°N, 125.7547°E", "39.7967°N, 125.7547°E", 39.7967, 125.7547, "decimal",
     (0.00005, 0.00005)),
    ("39.797 north, 125.755 east", None, 39.797, 125.755, "decimal", (0.0005, 0.0005)),
    ("33.92°S 18.42°W", None, -33.92, -18.42, "decimal", (0.005, 0.005)),
    ("40°N 125°E", None, 40.0, 125.0, "decimal", (0.5, 0.5)),
    ("39°47′48″N 125°45′17″E", None, *DMS, "dms", (SEC, SEC)),
    ("39° 47' 48\" N, 125° 45' 17\" E", None, *DMS, "dms", (SEC, SEC)),
    ("39°47’48”N 125°45’17”E", None, *DMS, "dms", (SEC, SEC)),
    ("39°47′48′′N 125°45′17′′E", None, *DMS, "dms", (SEC, SEC)),
    ("N 39 47 48 E 125 45 17", None, *DMS, "dms", (SEC, SEC)),
    ("N 39°47′48″, E 125°45′17″", None, *DMS, "dms", (SEC, SEC)),
    ("39-47-48N 125-45-17E", None, *DMS, "dms", (SEC, SEC)),
    ("39:47:48N 125:45:17E", None, *DMS, "dms", (SEC, SEC)),
    ("394748N1254517E", None, *DMS, "dms", (SEC, SEC)),
    ("394748N 1254517E", None, *DMS, "dms", (SEC, SEC)),
    ("39 degrees 47 minutes 48 seconds north, 125 degrees 45 minutes 17 seconds east", None,
     *DMS, "dms", (SEC, SEC)),
    ("39°47′48″, 125°45′17″", None, *DMS, "dms", (SEC, SEC)),
    ("39°47′48.5″N 125°45′17.25″E", None, 39 + 47 / 60 + 48.5 / 3600,
     125 + 45 / 60 + 17.25 / 3600, "dms", (SEC / 10, SEC / 100)),
    ("39°47.8′N 125°45.3′E", None, 39 + 47.8 / 60, 125 + 45.3 / 60, "dm", (MIN / 10, MIN / 10)),
    ("39°48′N 125°45′E", None, 39.8, 125.75, "dm", (MIN, MIN)),
    ("3948N12545E", None, 39.8, 125.75, "dm", (MIN, MIN)),
    ("125.456°E 40.123°N", None, 40.123, 125.456, "decimal", (0.0005, 0.0005)),  # lon first
    # Wikipedia's source: the template's values, up to its named parameters
    ("{{coord|39.797|125.755|display=inline}}", None, 39.797, 125.755, "decimal",
     (0.0005, 0.0005)),
    ("| {{Coord|39|47|48|N|125|45|17|E|type:landmark}} ||",
     "{{Coord|39|47|48|N|125|45|17|E|type:landmark}}", *DMS, "dms", (SEC, SEC)),
    ("{{coord|33|23|S|70|47|W}}", None, -(33 + 23 / 60), -(70 + 47 / 60), "dm", (MIN, MIN)),
]


@pytest.mark.parametrize("text,expr,lat,lon,fmt,half", FORMS, ids=[f[0] for f in FORMS])
def test_each_form(text, expr, lat, lon, fmt, half):
    m = only(text)
    assert text[m.start:m.end] == (expr if expr is not None else text)
    assert m.lat == pytest.approx(lat, abs=1e-12)
    assert m.lon == pytest.approx(lon, abs=1e-12)
    assert m.format == fmt
    assert m.problem is None
    assert m.precision_m == pytest.approx(half_diagonal(lat, *half), rel=0.01, abs=0.02)
    # the same expression parses alone to the same point
    p = parse_coordinate(text[m.start:m.end])
    assert (p.lat, p.lon, p.format, p.precision_m) == (m.lat, m.lon, m.format, m.precision_m)


def test_wikipedia_plain_text_is_one_match():
    text = ("Coordinates: 39°47′48″N 125°45′17″E\ufeff / \ufeff39.79667°N 125.75472°E\ufeff"
            " / 39.79667; 125.75472 (Sohae)")
    m = only(text)
    assert text[m.start:m.end] == text[13:text.index(" (Sohae)")]
    assert (m.lat, m.lon, m.format) == (DMS[0], DMS[1], "dms")
    assert m.precision_m == pytest.approx(half_diagonal(DMS[0], SEC, SEC), rel=0.01)


def test_wikipedia_decimal_and_semicolon_pair_is_one_match():
    text = "Coordinates: 39.797°N 125.755°E\ufeff / \ufeff39.797; 125.755"
    m = only(text)
    assert (m.start, m.end, m.lat, m.lon, m.format) == (13, len(text), 39.797, 125.755,
                                                        "decimal")


def test_renderings_that_disagree_stay_apart():
    text = "39.797°N 125.755°E / 39.9°N 125.9°E"
    assert [(m.lat, m.lon) for m in find_coordinates(text)] == [(39.797, 125.755),
                                                                 (39.9, 125.9)]


def test_mgrs_five_digits_is_the_centre_of_a_one_metre_square():
    to_ll = Transformer.from_crs(32652, 4326, always_xy=True)
    lon, lat = to_ll.transform(412345.5, 4267890.5)
    for text in ("52SDH1234567890", "52S DH 12345 67890", "MGRS 52SDH 12345 67890"):
        m = only(text)
        assert text[m.start:m.end] == text.removeprefix("MGRS ")
        assert (m.lat, m.lon) == pytest.approx((lat, lon), abs=1e-9)
        assert m.format == "mgrs" and m.problem is None
        assert 0.70 < m.precision_m < 0.72  # half the diagonal of 1 m, plus 1 cm


@pytest.mark.parametrize("text,easting,northing,side", [
    ("52SDH17", 415000, 4275000, 10_000),
    ("52SDH1277", 412500, 4277500, 1_000),
    ("52SDH123678", 412350, 4267850, 100),
    ("52SDH12346789", 412345, 4267895, 10),
])
def test_mgrs_precision_follows_the_digits(text, easting, northing, side):
    lon, lat = Transformer.from_crs(32652, 4326, always_xy=True).transform(easting, northing)
    m = only(text)
    assert (m.lat, m.lon) == pytest.approx((lat, lon), abs=1e-9)
    assert m.precision_m == pytest.approx(side / math.sqrt(2), rel=0.002, abs=0.02)


@pytest.mark.parametrize("text,expr", [
    ("52N 345678 4412345", None),
    ("52S 345678 4412345", None),  # band S, not the southern hemisphere
    ("see Zone 52S 345678mE 4412345mN here", "Zone 52S 345678mE 4412345mN"),
    ("UTM 52S 345678 m E, 4412345 m N", None),
])
def test_utm(text, expr):
    lon, lat = Transformer.from_crs(32652, 4326, always_xy=True).transform(345678, 4412345)
    m = only(text)
    assert text[m.start:m.end] == (expr or text)
    assert (m.lat, m.lon) == pytest.approx((lat, lon), abs=1e-9)
    assert round(m.lat, 5), round(m.lon, 5) == (39.84711, 127.19617)
    assert m.format == "utm" and m.problem is None
    assert 0.70 < m.precision_m < 0.72


def test_utm_letter_s_as_southern_hemisphere():
    lon, lat = Transformer.from_crs(32733, 4326, always_xy=True).transform(300000, 6200000)
    m = only("33S 300000 6200000")
    assert (m.lat, m.lon) == pytest.approx((lat, lon), abs=1e-9)
    assert m.lat < 0


def test_utm_band_that_does_not_fit_the_northing():
    m = only("52X 345678 4412345")
    assert m.problem == ("northing 4412345 m of '52X 345678 4412345' puts the point at "
                         "39.847°, outside band X (72° to 84°)")


@pytest.mark.parametrize("text,problem", [
    ("123.4°N 40.1°E", "latitude 123.4 is outside [-90, 90]; swapped axes?"),
    ("95.5°N 125.1°E", "latitude 95.5 is outside [-90, 90]"),
    ("40.1°N 190.2°E", "longitude 190.2 is outside [-180, 180]"),
    ("39°75′N 125°45′E", "minutes 75 of latitude '39°75′' must be below 60"),
    ("39°47′61″N 125°45′17″E", "seconds 61 of latitude '39°47′61″' must be below 60"),
    ("Coordinates: 125.456, 40.123", "latitude 125.456 is outside [-90, 90]; swapped axes?"),
    ("52SAA1234", "MGRS reference '52SAA1234' lies outside its latitude band S"),
    ("64SDH1234", "MGRS zone 64 of '64SDH1234' is outside [1, 60]"),
])
def test_impossible_values_are_kept_with_a_problem(text, problem):
    m = only(text)
    assert (m.start, m.end) == (text.index(text.split(": ")[-1]), len(text))
    assert m.problem == problem
    with pytest.raises(ValidationError, match="must be below 60|outside"):
        parse_coordinate(text.split(": ")[-1])
    assert parse_coordinate(text.split(": ")[-1], strict=False).problem == problem


def test_swapped_axes_keep_the_values_as_written():
    m = only("Coordinates: 125.456, 40.123")
    assert (m.lat, m.lon) == (125.456, 40.123)


def test_mgrs_square_across_its_band_edge_reads_with_the_neighbouring_band():
    assert format_mgrs(-1e-10, 0.0, 1) == "31MAA60"  # a square just north of the equator
    m = only("31MAA60")
    assert m.problem is None and 0 < m.lat < 0.1
    assert GEOD.inv(0.0, -1e-10, m.lon, m.lat)[2] <= m.precision_m


def test_bare_whole_numbers_with_hemisphere_letters_are_not_read():
    assert find_coordinates("40N 125E") == []
    assert only("40°N 125°E").lat == 40


def test_problem_point_without_a_place_has_infinite_radius():
    m = only("64SDH1234")
    assert math.isnan(m.lat) and math.isnan(m.lon) and m.precision_m == math.inf


NOT_COORDINATES = [
    "The test took place on 2019-03-04 near the coast.",
    "On 2019-03-04 N. Korea said so.",
    "Imagery from 12/05/2020 shows it.",
    "At 10:45 the convoy left; at 12:30, 14:45 it returned.",
    "Upgraded to version 3.10.2, then 3.11.",
    "Tested at 3.10, 3.11 and 3.12.",
    "See figures 1.2, 3.4 and table 2.",
    "Figures 1.25, 2.50 and 3.75 show the growth.",
    "Values 12.50, 13.75, 14.00 were measured.",
    "Population 1,234,567 (2008 census).",
    "A contract worth $1.5 million, or 12.50, 13.75 per unit.",
    "The base is 40 km north of Pyongyang and 12 km east of the river.",
    "They won 3-1 and then 2-0.",
    "As section 4.2.1 explains, see pp. 123-145.",
    "Call +82 2 1234 5678 or (555) 123-4567.",
    "According to 38 North, 12 East Asia experts agree.",
    "The F-16E and the Su-27SM 12E 13N flew over.",
    "A 3D TV 2012 model.",
    "Prices rose 40.12, 125.45 points.",
    "Growth of 12.5% and 40.25, 125.75% respectively.",
    "No digits at all here.",
    "{{coord|12|x|N|4|E}} and {{coord|1|2|3}} and {{Cite web|id=39.79|125.75}}",
    "",
]


@pytest.mark.parametrize("text", NOT_COORDINATES)
def test_not_coordinates(text):
    assert find_coordinates(text) == []


@pytest.mark.parametrize("text", [
    "39.7967, 125.7547",  # alone on its line
    "Site A: 39.7967, 125.7547",  # an infobox-like line
    "| coordinates = 39.7967 125.7547",
    "The hall, located some way off, 39.7967, 125.7547, burned.",
    "GPS 39.7967,125.7547",
    "Imagery of the site [39.7967; 125.7547] shows",
    "seen @ 39.7967, 125.7547",
    "The airstrip sits at `39.7967, 125.7547` and grew.",  # Markdown's code
    # a reference point, and a label a colon ends past the context's window
    "Reference point: 39.7967, 125.7547",
    "A member's map gives the runway's midpoint as 39.7967, 125.7547.",  # a middle's
    "- Camp Kesk, south of Tallow. Reference point for the installation as used in this "
    "fact sheet: 39.7967, 125.7547.",
])
def test_plain_pairs_in_context(text):
    m = only(text)
    assert (m.lat, m.lon) == (39.7967, 125.7547)


@pytest.mark.parametrize("text", [
    "The hall 39.7967, 125.7547 burned.",  # no context word
    "Coordinates: 39.8, 125.7",  # one decimal
    "Coordinates: 12.34, 39.7967, 125.7547",  # a list of numbers
    # a label's colon, then words before the pair: no label of it
    "Location: the budget of the whole programme rose sharply by 39.7967, 125.7547 in May.",
    "Coordinates were given for another base in the annex. Budget: 39.7967, 125.7547.",
    # two measures, a unit after them
    "Estimates span 30.50 to 50.25 kg, with a midpoint of 39.7967, 125.7547 kg below.",
    "The centroid of the two craters is 39.7967, 125.7547 metres from the marker.",
])
def test_plain_pairs_without_context_are_not_coordinates(text):
    assert find_coordinates(text) == []


def test_plain_pairs_in_two_cells_of_a_table_under_lat_lon_headers():
    # "| Al-Watiya Air Base | 32.475 | 11.899 | GNU |": a pair in two cells, between bars
    table = (" No. | Air base        | Lat    | Lon     | Control\n"
             "-----+-----------------+--------+---------+--------\n"
             "  1  | Tallow Air Base | 32.475 | 11.899  | GNU\n"
             "  2  | Holt Air Base   |   -    |   -     | LNA\n")
    (m,) = find_coordinates(table)
    assert (m.lat, m.lon) == (32.475, 11.899)
    # ... a row read alone, by a caller that knows its header
    row = "  1  | Tallow Air Base | 32.475 | 11.899  | GNU"
    assert find_coordinates(row) == []
    assert [(x.lat, x.lon) for x in find_coordinates(row, table_row=True)] == [(32.475, 11.899)]
    # ... not two cells of figures under other headers
    other = table.replace("Lat   ", "Share ").replace("Lon    ", "Length ")
    assert find_coordinates(other) == []


@pytest.mark.parametrize("row, point", [
    # a pair with its hemispheres, in two cells of a table's row
    ("| Tallow Air Base | 32°28′N | 11°53′E |", (32.466667, 11.883333)),
    ("| Tallow Air Base | 32.4750 N | 11.8990 E |", (32.475, 11.899)),
    ("| Tallow Air Base | N 32.475 | E 11.899 |", (32.475, 11.899)),
])
def test_a_pair_with_its_hemispheres_in_two_cells(row, point):
    (m,) = find_coordinates(row)
    assert (round(m.lat, 6), round(m.lon, 6)) == point


def test_plain_pairs_in_the_rows_of_a_table_under_lat_lon_headers():
    table = ("ID     Base             Lat        Lon        Use\n"
             "-----  ---------------  ---------  ---------  ------\n"
             "TB-01  Tallow Air Base  62.3995    25.6783    HQ\n"
             "TB-02  Holt Air Base    --         --         F-35A\n")
    (m,) = find_coordinates(table)
    assert (m.lat, m.lon) == (62.3995, 25.6783)
    assert table[m.start:m.end] == "62.3995    25.6783"
    # below a blank line the header no longer holds; nor does a header without both words
    assert find_coordinates(table + "\nThe hall 39.7967 125.7547 burned.\n") == [m]
    assert find_coordinates(table.replace("Lon ", "Use")) == []
    # a column of positions, rows numbered without a hyphen
    positions = ("ID   AIRFIELD          COUNTRY  POSITION\n"
                 "---  ----------------  -------  ----------------\n"
                 "G04  Tallow Air Base   Jordan   32.1607, 37.1494\n")
    assert [(x.lat, x.lon) for x in find_coordinates(positions)] == [(32.1607, 37.1494)]
    # a data export's header, its words joined by underscores and parted by tabs
    export = ("event_id\tsite_name\tlat_lon\tnotes\n"
              "E-01\tTallow airport\t13.6860, 44.1391\thit\n")
    assert [(x.lat, x.lon) for x in find_coordinates(export)] == [(13.686, 44.1391)]
    assert find_coordinates(export.replace("lat_lon", "where")) == []
    # a row read alone, by a caller that knows its header (ingest reads sentence by sentence)
    row = "TB-01  Tallow Air Base  62.3995    25.6783    HQ"
    assert find_coordinates(row) == []
    assert [(x.lat, x.lon) for x in find_coordinates(row, table_row=True)] == [
        (62.3995, 25.6783)]


def test_several_coordinates_in_one_text_in_order():
    text = ("The pad (39.7967, 125.7547) and the stand at 39°40′N 125°30′E; "
            "the grid reference 52SDH1234567890.")
    assert [text[m.start:m.end] for m in find_coordinates(text)] == [
        "39.7967, 125.7547", "39°40′N 125°30′E", "52SDH1234567890"]


def test_line_break_inside_a_hemisphere_pair():
    m = only("Coordinates\n39°47′48″N\n125°45′17″E\n")
    assert (m.lat, m.lon) == DMS


# A map service's link: (text, the link found, lat, lon, least and most radius in metres).
# A marker's radius is its digits'; a view's adds half the width a 1,920-pixel screen shows.
MAP_LINKS = [
    ("Satellite view: https://www.google.com/maps/@39.7967,125.7547,1200m/data=!3m1!1e3.",
     "https://www.google.com/maps/@39.7967,125.7547,1200m/data=!3m1!1e3", 39.7967, 125.7547,
     1200, 1220),
    ("[map](https://www.google.com/maps/@39.7967,125.7547,17z)",
     "https://www.google.com/maps/@39.7967,125.7547,17z", 39.7967, 125.7547, 880, 900),
    ("see www.google.com/maps/@-33.9200,18.4200,16z, then",
     "www.google.com/maps/@-33.9200,18.4200,16z", -33.92, 18.42, 1900, 1960),
    ("https://maps.google.com/?q=39.7967,125.7547", "https://maps.google.com/?q=39.7967,125.7547",
     39.7967, 125.7547, 1, 10),
    ("https://maps.google.com/maps?ll=39.7967,125.7547&z=16",
     "https://maps.google.com/maps?ll=39.7967,125.7547&z=16", 39.7967, 125.7547, 1700, 1800),
    ("(https://www.google.com/maps/place/39%C2%B047'48.0%22N+125%C2%B045'17.0%22E/"
     "@39.7967,125.7547,15z)",
     "https://www.google.com/maps/place/39%C2%B047'48.0%22N+125%C2%B045'17.0%22E/"
     "@39.7967,125.7547,15z", DMS[0], DMS[1], 1, 5),  # the marker, not the view
    ("https://www.google.com/maps/search/39.7967,+125.7547",
     "https://www.google.com/maps/search/39.7967,+125.7547", 39.7967, 125.7547, 1, 10),
    ("https://www.openstreetmap.org/?mlat=39.7967&mlon=125.7547#map=12/39.70/125.70",
     "https://www.openstreetmap.org/?mlat=39.7967&mlon=125.7547#map=12/39.70/125.70",
     39.7967, 125.7547, 1, 10),
    ("https://www.openstreetmap.org/#map=16/39.7967/125.7547",
     "https://www.openstreetmap.org/#map=16/39.7967/125.7547", 39.7967, 125.7547, 1700, 1800),
    ("https://www.bing.com/maps?cp=39.7967~125.7547&lvl=16",
     "https://www.bing.com/maps?cp=39.7967~125.7547&lvl=16", 39.7967, 125.7547, 1700, 1800),
    ("https://maps.apple.com/?ll=39.7967,125.7547&q=Pad", "https://maps.apple.com/?ll=39.7967,"
     "125.7547&q=Pad", 39.7967, 125.7547, 1, 10),
    # any other map's link that holds a marker or a view the same way: Wikimapia's view, a
    # mirror's marker, a marker by its two fields
    ("pin: https://wikimapia.org/#lang=en&lat=49.3919&lon=9.9589&z=14 ok",
     "https://wikimapia.org/#lang=en&lat=49.3919&lon=9.9589&z=14", 49.3919, 9.9589, 5900, 6100),
    ("see https://maps.example.com/?q=52.3572,-0.1078 there",
     "https://maps.example.com/?q=52.3572,-0.1078", 52.3572, -0.1078, 1, 10),
    ("https://atlas.example.net/pin?lat=49.3919&lng=9.9589",
     "https://atlas.example.net/pin?lat=49.3919&lng=9.9589", 49.3919, 9.9589, 1, 10),
]


@pytest.mark.parametrize("text,link,lat,lon,least,most", MAP_LINKS,
                         ids=[m[1][8:40] for m in MAP_LINKS])
def test_map_links(text, link, lat, lon, least, most):
    m = only(text)
    assert text[m.start:m.end] == link and m.problem is None
    assert (round(m.lat, 6), round(m.lon, 6)) == (round(lat, 6), round(lon, 6))
    assert least <= m.precision_m <= most
    assert catalog.coordinates.is_map_link(link)


@pytest.mark.parametrize("text", [
    "https://www.google.com/maps/place/Sinpo",  # a place's name: no point
    "https://www.google.com/maps/@39.7967,125.7547,9z",  # a view of a region
    "https://www.google.com/maps/@39.7967,125.7547,60000m",
    "https://maps.google.com/?q=39,125",  # whole degrees
    "https://example.org/maps/@39.7967,125.7547,17z",  # not a map service
    "https://example.org/news?id=39&q=report",  # a link with no point
    "https://maps.google.com/?ll=39.7967,125.7547&z=many",
])
def test_map_links_without_a_point(text):
    assert find_coordinates(text) == []
    assert not catalog.coordinates.is_map_link(text)


def test_a_map_link_with_an_impossible_point_says_so():
    [m] = find_coordinates("https://www.google.com/maps/@139.7967,125.7547,17z")
    assert m.problem == "latitude 139.7967 is outside [-90, 90]"


def _every_candidate(text: str) -> list:
    """Every matcher's candidates, none skipped (what find_coordinates once read)."""
    found = [c for priority, (rx, build) in enumerate(catalog.coordinates._MATCHERS)
             for m in rx.finditer(text) if (c := build(m, priority)) is not None]
    found.sort(key=lambda c: (c.start, -c.end, c.priority))
    return found


def _found_reading_every_matcher(text: str) -> list:
    return catalog.coordinates._select(text, _every_candidate(text), lenient=False)


_TOKENS = ["39", "47", "48", "125", "40.123", "7.5", "-33.92", "°", "º", "˚", "′", "″", "'",
           '"', "N", "S", "E", "W", "north", "EAST", "ſouth", " ", " ", "\n", ", ", "; ", " / ",
           "and", "lat", "Lat.", "lon", "deg", "degrees", "min", "52S", "DH", "12345", "67890",
           "UTM", "Zone", "345678", "4412345", "mE", "km", "Coordinates:", "at", "(", ")", "x",
           "https://www.google.com/maps/@", "maps.google.com/?q=", "openstreetmap.org/#map=16/",
           ",16z", ",800m", "/"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=14))
@example(["39", "deg", ", ", "125", "deg"])
@example(["lat", " ", "39", " ", "lon", " ", "125"])
@example(["N", "39", " ", "47", " ", "E", "125", " ", "45"])
@example(["52", " ", "S", " ", "DH", " ", "12345", " ", "67890"])
def test_matchers_skipped_only_when_none_of_theirs_could_be_chosen(tokens):
    text = "".join(tokens)
    assert repr(find_coordinates(text)) == repr(_found_reading_every_matcher(text))


@pytest.mark.parametrize("text", [f[0] for f in FORMS] + NOT_COORDINATES)
def test_matchers_skipped_only_when_none_of_theirs_could_be_chosen_examples(text):
    assert repr(find_coordinates(text)) == repr(_found_reading_every_matcher(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=14), st.lists(st.sampled_from(_TOKENS),
                                                                max_size=6))
@example(["39", "deg", ", ", "125", "deg"], ["x"])
@example(["lat", " ", "39", " ", "lon", " ", "125"], [])
@example(["39", " ", "47", " ", "north", ", ", "125", " ", "45", " ", "EAST"], [])
@example(["52S", "DH", "12345", "67890"], ["at"])
@example(["x 9 ", "deg", ", 5 ", "deg"], [])
@example(["latitude 39.1 longitude 125.2"], ["x"])
def test_every_coordinate_overlaps_a_hint(tokens, before):
    lead = "".join(before) + ". "
    text = lead + "".join(tokens)
    low = text.lower()
    if len(low) != len(text) or "ſ" in low:
        return  # the hints are for texts whose lower case keeps every offset
    hints = catalog.coordinates.coordinate_hints(text, low)
    for m in find_coordinates(text[len(lead):]):
        a, b = m.start + len(lead), m.end + len(lead)
        assert any(x < b and a < y for x, y in hints), (text, m)


def test_parse_coordinate_reads_plain_pairs_without_context():
    assert (parse_coordinate("-33.9, 18.4").lat, parse_coordinate("-33.9, 18.4").lon) == (
        -33.9, 18.4)
    m = parse_coordinate(" (40, 125). ")
    assert (m.lat, m.lon, m.start, m.end) == (40, 125, 2, 9)
    assert m.precision_m == pytest.approx(half_diagonal(40, 0.5, 0.5), rel=0.01)


@pytest.mark.parametrize("expr", [
    "", "hello", "40.1°N", "39.7967°N 125.7547°E and more", "39.1°N 40.2°N",
    "40.1°N 125.1°E 41.1°N 126.1°E", "2019-03-04", None, 40.1,
])
def test_parse_coordinate_rejects_what_is_not_one_coordinate(expr):
    with pytest.raises(ValidationError, match="not a coordinate"):
        parse_coordinate(expr)


def test_parse_error_names_the_value():
    with pytest.raises(ValidationError) as info:
        parse_coordinate("123.4°N 40.1°E")
    assert str(info.value) == ("latitude 123.4 is outside [-90, 90]; swapped axes? "
                               "in '123.4°N 40.1°E'")


@pytest.mark.parametrize("call,message", [
    (lambda: format_dms(91, 0), "latitude must be within [-90, 90], got 91"),
    (lambda: format_dm(0, -181), "longitude must be within [-180, 180], got -181"),
    (lambda: format_decimal(0, 0, -1), "decimals must be an integer within [0, 12], got -1"),
    (lambda: format_mgrs(85, 0), "latitude must be within [-80, 84] for MGRS, got 85"),
    (lambda: format_mgrs(0, 0, 6), "digits must be an integer within [1, 5], got 6"),
    (lambda: format_utm(-81, 0), "latitude must be within [-80, 84] for UTM, got -81"),
])
def test_formatters_reject_bad_input(call, message):
    with pytest.raises(ValidationError) as info:
        call()
    assert str(info.value) == message


def test_formatters_carry_rounded_seconds_and_minutes():
    assert format_dms(39.99999, -0.5) == "40°0′0″N 0°30′0″W"
    assert format_dm(-0.999999, 179.9999999) == "1°0.0′S 180°0.0′E"


def test_docstring_examples():
    assert doctest.testmod(catalog.coordinates).failed == 0


# ------------------------------------------------------------------------------------------
# Round trips: a random true point, written with rounding, read back, lies within precision_m.

points = st.tuples(st.floats(-90, 90), st.floats(-180, 180))
grid_points = st.tuples(st.floats(-80, 83.99), st.floats(-180, 180))


def check_round_trip(lat: float, lon: float, expr: str, fmt: str) -> None:
    parsed = parse_coordinate(expr)
    sentence = f"The site lies at {expr}, near the river."
    [found] = find_coordinates(sentence)
    assert (found.start, found.end) == (17, 17 + len(expr))
    for m in (parsed, found):
        assert m.problem is None and m.format == fmt
        assert (m.start, m.end)[1] - (m.start, m.end)[0] == len(expr)
        distance = GEOD.inv(lon, lat, m.lon, m.lat)[2]
        assert distance <= m.precision_m, (expr, distance, m.precision_m)
    assert (parsed.lat, parsed.lon, parsed.precision_m) == (found.lat, found.lon,
                                                             found.precision_m)


@settings(deadline=None)
@given(points, st.integers(0, 3))
def test_round_trip_dms(point, decimals):
    check_round_trip(*point, format_dms(*point, decimals), "dms")


@settings(deadline=None)
@given(points, st.integers(0, 4))
def test_round_trip_dm(point, decimals):
    check_round_trip(*point, format_dm(*point, decimals), "dm")


@settings(deadline=None)
@given(points, st.integers(0, 7))
def test_round_trip_decimal_with_hemispheres(point, decimals):
    check_round_trip(*point, format_decimal(*point, decimals), "decimal")


@settings(deadline=None)
@given(points, st.integers(2, 7))
def test_round_trip_plain_decimal_pair(point, decimals):
    check_round_trip(*point, format_decimal(*point, decimals, hemispheres=False), "decimal")


@settings(deadline=None)
@given(grid_points, st.integers(1, 5))
@example((-1.114547331268862e-10, 0.0), 1)  # GeoTrans writes "31MAA60" and won't read it
def test_round_trip_mgrs(point, digits):
    check_round_trip(*point, format_mgrs(*point, digits), "mgrs")


@settings(deadline=None)
@given(grid_points, st.integers(0, 2))
def test_round_trip_utm(point, decimals):
    check_round_trip(*point, format_utm(*point, decimals), "utm")


@pytest.mark.parametrize("text", [
    # GeoJSON and KML write the longitude first; a JSON record quotes its keys
    '"geometry": { "type": "Point", "coordinates": [-79.6664, 39.4501] }',
    "<Point><coordinates>-79.6664,39.4501,0</coordinates></Point>",
    '{"name": "Kesk", "latitude": 39.4501, "longitude": -79.6664}',
])
def test_a_point_written_longitude_first_or_under_quoted_keys(text):
    (c,) = find_coordinates(text)
    assert (c.lat, c.lon, c.problem) == (39.4501, -79.6664, None)


def test_a_json_records_coordinates_that_say_no_point_are_latitude_first():
    # (review) a record of another's making: no GeoJSON "Point", read as any plain pair
    (c,) = find_coordinates('{"name": "Kesk", "coordinates": [34.8847, 50.9956]}')
    assert (c.lat, c.lon) == (34.8847, 50.9956)


def test_two_cells_of_a_runways_length_and_width_are_no_point():
    table = ("| Base | Coordinates | Runway (km) | Elevation (km) |\n"
             "|---|---|---|---|\n"
             "| Tallow Air Base | unknown | 3.05 | 0.12 |\n")
    assert find_coordinates(table) == []
