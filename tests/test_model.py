import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.errors import ValidationError
from catalog.model import Citation, Site, Source, check_lonlat, parse_date


def located(**kw):
    base = dict(site_id="kp-x", name="X", facility_type="missile base", lon=126.0, lat=40.0,
                location_precision="exact", location_method="published by source")
    base.update(kw)
    return Site(**base)


def test_latitude_out_of_range_names_the_value_and_site():
    with pytest.raises(ValidationError, match=r"latitude must be within \[-90, 90\], "
                                               r"got 123 for site 'kp-x'"):
        located(lat=123).validated()


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "abc"])
def test_non_finite_or_non_numeric_coordinates_are_refused(bad):
    with pytest.raises(ValidationError, match="longitude"):
        located(lon=bad).validated()


def test_unknown_facility_type_is_refused():
    with pytest.raises(ValidationError, match="facility_type must be one of .*got 'castle'"):
        located(facility_type="castle").validated()


def test_unlocated_site_must_say_unknown():
    s = Site("kp-y", "Y", "missile base").validated()
    assert not s.located and s.location_precision == "unknown"
    with pytest.raises(ValidationError, match="no coordinates must have location_precision"):
        Site("kp-y", "Y", "missile base", location_precision="exact").validated()


def test_located_site_needs_method_and_precision():
    with pytest.raises(ValidationError, match="location_method"):
        located(location_method=None).validated()
    with pytest.raises(ValidationError, match="other than 'unknown'"):
        located(location_precision="unknown").validated()
    with pytest.raises(ValidationError, match="precision_m"):
        located(location_precision="approximate").validated()
    assert located(location_precision="approximate", precision_m="500").validated().precision_m \
        == 500.0


def test_one_coordinate_alone_is_refused():
    with pytest.raises(ValidationError, match="both latitude and longitude"):
        check_lonlat(126.0, None)


@pytest.mark.parametrize("bad", ["2018-13-45", "2018-02-30", "08/12/2018", "2018-1-5"])
def test_malformed_dates_are_refused(bad):
    with pytest.raises(ValidationError, match=repr(bad).replace("/", ".")):
        parse_date(bad)


@given(st.dates())
def test_parse_date_round_trips_real_dates(d):
    assert parse_date(d.isoformat()) == d.isoformat()


def test_country_must_be_alpha3_and_is_upper_cased():
    assert located(country="prk").validated().country == "PRK"
    with pytest.raises(ValidationError, match="alpha-3 code .* got 'KP'"):
        located(country="KP").validated()


@pytest.mark.parametrize("bad", ["KP Sakkanmol", "", "kp--x", "Kp-x"])
def test_site_id_must_be_a_slug(bad):
    with pytest.raises(ValidationError, match="slug"):
        located(site_id=bad).validated()


def test_source_authors_split_and_dates_checked():
    s = Source("s-1", "T", "A; B", published="2018-12-08", kind="news").validated()
    assert s.authors == ["A", "B"]
    with pytest.raises(ValidationError, match="url must start with http"):
        Source("s-1", "T", url="javascript:alert(1)").validated()


def test_citation_id_is_stable_and_quote_or_note_required():
    a = Citation("kp-x", "s-1", "A sentence.").validated()
    b = Citation("kp-x", "s-1", "A sentence.").validated()
    assert a.citation_id == b.citation_id and a.citation_id.startswith("c-")
    with pytest.raises(ValidationError, match="needs a quote, or a note"):
        Citation("kp-x", "s-1").validated()
    with pytest.raises(ValidationError, match=r"char_end \(3\) is before char_start \(9\)"):
        Citation("kp-x", "s-1", "q", char_start=9, char_end=3).validated()


def test_swapped_latitude_and_longitude_are_pointed_out():
    with pytest.raises(ValidationError, match=r"got 126.1 for site 'kp-x' \(latitude and "
                                               r"longitude swapped\? longitude is 38.58\)"):
        located(lat=126.1, lon=38.58).validated()


@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8),
                 st.none()),
       st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8),
                 st.none()))
def test_check_lonlat_accepts_exactly_finite_in_range_pairs(lon, lat):
    def ok(v, limit):
        try:
            f = float(v)
        except (TypeError, ValueError):
            return False
        return math.isfinite(f) and -limit <= f <= limit

    blank = (lon is None or lon == "") and (lat is None or lat == "")
    try:
        result = check_lonlat(lon, lat)
    except ValidationError:
        assert not blank and not (ok(lon, 180) and ok(lat, 90))
    else:
        assert result is None if blank else result == (float(lon), float(lat))


@given(st.one_of(st.text(max_size=16), st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
                 st.integers(), st.floats(allow_nan=True)))
def test_parse_date_raises_only_validation_error(value):
    try:
        out = parse_date(value)
    except ValidationError as e:
        assert repr(value) in str(e)  # names the bad value
    else:
        assert out is None or parse_date(out) == out


# -- the bulk load's column-wise checks are Site.validated (issue 13) -----------------------

_site_values = {
    "site_id": st.sampled_from(["kp-a", "kp-b", "KP-a", "", "kp a", "kp-a\n", "a\nb", 7]),
    "name": st.sampled_from(["Site", "  Site ", "", "   ", "Yŏngjŏ-dong", None]),
    "facility_type": st.sampled_from(["nuclear", "other", "Nuclear", None, ["x"]]),
    "lon": st.sampled_from([None, 126.5, -180.0, 180.0, 180.5, math.nan, 126, "126.5", "",
                            True]),
    "lat": st.sampled_from([None, 40.0, -90.0, 95.0, math.inf, 40, "40"]),
    "name_local": st.sampled_from([None, "", "영저동"]),
    "country": st.sampled_from([None, "", "PRK", " prk ", "KP", 0]),
    "status": st.sampled_from(["active", "unknown", "gone"]),
    "status_as_of": st.sampled_from([None, "", "2020-02-29", "2021-02-29", " 2020-01-01",
                                     __import__("datetime").date(2020, 1, 2)]),
    "location_precision": st.sampled_from(["exact", "approximate", "unknown", "close"]),
    "precision_m": st.sampled_from([None, "", 250.0, 250, "250", 0.0, -1.0, math.nan]),
    "location_method": st.sampled_from([None, "gazetteer", "guess", ["gazetteer"]]),
    "location_source_id": st.sampled_from([None, "", "s-1", "S 1", ["s-1"]]),
    "parent_site_id": st.sampled_from([None, "", "kp-0", "kp-p", "Bad Parent", ["kp-p"]]),
    "review_status": st.sampled_from(["accepted", "candidate", "maybe"]),
    "updated_at": st.sampled_from([None, "2024-01-02T03:04:05+09:00", "2024-01-02",
                                   "2024-13-01T00:00:00Z", "2024-01-02T03:04:05.000Z"]),
}


_PLAIN_SITE = dict(site_id="kp-0", name="Site", facility_type="nuclear", lon=126.5, lat=40.0,
                   status="active", location_precision="exact", location_method="gazetteer",
                   location_source_id="s-1", review_status="accepted")


@settings(max_examples=400, deadline=None)
@given(st.data(), st.integers(1, 6))
def test_validated_site_columns_is_site_validated_of_each(data, n):
    """Plain sites with one or two fields changed to odd values (so that each check of the
    fast path is the one deciding): the same values, or the same first error."""
    from catalog.model import SITE_FIELDS, validated_site_columns

    sites = []
    for i in range(n):
        fields = {**_PLAIN_SITE, "site_id": f"kp-{i}"}
        for name in data.draw(st.lists(st.sampled_from(sorted(_site_values)), max_size=2)):
            fields[name] = data.draw(_site_values[name])
        sites.append(Site(**fields))
    want, error = [], None
    for s in sites:
        try:
            want.append(s.validated())
        except ValidationError as e:
            error = str(e)
            break
    if error is not None:
        with pytest.raises(ValidationError) as got:
            validated_site_columns(sites)
        assert str(got.value) == error
        return
    cols = validated_site_columns(sites)
    for i, w in enumerate(want):
        for f in SITE_FIELDS:
            a, b = cols[f][i], getattr(w, f)
            assert type(a) is type(b) and (a == b or a != a and b != b), (f, a, b)
