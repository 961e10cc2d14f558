"""The shipped text form builds into the catalogue the issue asks for, quoting the report."""

import shutil

import pytest

from catalog.build import DATA_DIR, build_catalog
from catalog.errors import FileOverwriteError, ValidationError


def test_shipped_catalogue_holds_the_reports_sites(shipped):
    ids = {s.site_id for s in shipped.sites()}
    assert {"kp-yeongjeo-dong", "kp-hoejung-ni", "kp-sakkanmol"} <= ids
    y = shipped.get_site("kp-yeongjeo-dong")
    assert not y.located and y.location_precision == "unknown"  # never a made-up point
    h = shipped.get_site("kp-hoejung-ni")
    assert (h.lat, h.lon, h.location_method) == (41.369883, 126.913631, "third party")
    s = shipped.get_site("kp-sakkanmol")
    assert (s.lat, s.lon, s.location_method) == (38.584698, 126.107945, "published by source")
    assert shipped.get_site("kp-yeongjeo-dong-shelters").parent_site_id == "kp-yeongjeo-dong"


def test_seed_source_metadata(shipped):
    src = shipped.get_source("globalmedia-2018-12-08-missile-base")
    assert (src.published, src.authors, src.publisher) == ("2018-12-08", ["Kelli Lowe"],
                                                            "Global Media")


def test_romanizations_are_aliases(shipped):
    keys = {a.alias: a.match_key for a in shipped.aliases("kp-yeongjeo-dong")}
    assert keys["Yŏngjŏ-dong"] == keys["Yeongjeo-dong"] == keys["Yongjo-dong"]
    assert "영저동" in keys


def test_build_refuses_to_overwrite(shipped_path):
    with pytest.raises(FileOverwriteError, match="pass --overwrite"):
        build_catalog(shipped_path, DATA_DIR)


def test_a_bad_row_names_file_line_and_value_and_keeps_the_old_catalogue(tmp_path,
                                                                          shipped_path):
    bad = tmp_path / "bad"
    shutil.copytree(DATA_DIR / "catalogue", bad)
    sites = bad / "sites.csv"
    sites.write_text(sites.read_text(encoding="utf-8").replace("38.584698", "123.4"),
                     encoding="utf-8")
    before = shipped_path.read_bytes()
    with pytest.raises(ValidationError, match=r"sites.csv, line 2: latitude must be within "
                                              r"\[-90, 90\], got 123.4 for site 'kp-sakkanmol'"):
        build_catalog(shipped_path, bad, overwrite=True)
    assert shipped_path.read_bytes() == before
    assert [p.name for p in shipped_path.parent.iterdir() if p.name.endswith(".tmp")] == []


def _copy(tmp_path):
    d = tmp_path / "form"
    shutil.copytree(DATA_DIR / "catalogue", d)
    return d


def test_missing_column_is_named(tmp_path):
    d = _copy(tmp_path)
    (d / "sites.csv").write_text("site_id,name,facility_type,lat\nkp-a,A,other,\n",
                                 encoding="utf-8")
    with pytest.raises(ValidationError, match=r"sites.csv: missing column\(s\) lon"):
        build_catalog(tmp_path / "x.gpkg", d)
    assert not (tmp_path / "x.gpkg").exists()


def test_wrong_type_is_named(tmp_path):
    d = _copy(tmp_path)
    p = d / "citations.csv"
    p.write_text(p.read_text(encoding="utf-8").replace(",1523,", ",abc,"), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"citations.csv, line 2: char_start must be a "
                                              r"whole number >= 0; got 'abc'"):
        build_catalog(tmp_path / "x.gpkg", d)


def test_non_utf8_text_form_is_refused_clearly(tmp_path):
    d = _copy(tmp_path)
    p = d / "sources.csv"
    p.write_bytes(p.read_text(encoding="utf-8").replace("Kelli", "K\u00e9lli").encode("latin-1",
                                                                                    "replace"))
    with pytest.raises(ValidationError, match=r"sources.csv is not UTF-8 text"):
        build_catalog(tmp_path / "x.gpkg", d)


def test_malformed_date_is_named(tmp_path):
    d = _copy(tmp_path)
    p = d / "sources.csv"
    p.write_text(p.read_text(encoding="utf-8").replace(",2018-11-12,", ",2018-13-45,"),
                 encoding="utf-8")
    with pytest.raises(ValidationError, match=r"line 3: published for source "
                                              r"'csis-2018-11-12-sakkanmol' is not a real "
                                              r"date: '2018-13-45'"):
        build_catalog(tmp_path / "x.gpkg", d)
