"""PostGIS-specific facts: schema, database-side checks, concurrency, region candidates, CLI.

The store-agnostic API tests run against PostGIS too, in test_store_api.py.
"""

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import psycopg
import pytest
from click.testing import CliRunner

from catalog import CatalogError, CatalogLocked, Citation, Site, Source, open_catalog
from catalog.build import build_catalog
from catalog.cli import main
from catalog.errors import EditConflict
from catalog.query import BBox, Near
from catalog.stores import redact
from catalog.stores.postgis import MIGRATIONS, PostGISCatalog

WORKER = Path(__file__).with_name("postgis_worker.py")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def pg(postgis_url):
    """An empty PostGIS catalogue, open."""
    with open_catalog(postgis_url, create=True) as cat:
        yield cat


@pytest.fixture
def pg_shipped(postgis_url):
    build_catalog(postgis_url)
    with open_catalog(postgis_url) as cat:
        yield cat


def raw(url):
    return psycopg.connect(url, autocommit=True)


def _site(site_id="kp-a", **kw):
    d = dict(name="Site A", facility_type="missile base", lon=126.1, lat=38.5,
             location_precision="exact", location_method="published by source")
    d.update(kw)
    return Site(site_id, **d)


# -- schema ------------------------------------------------------------------------------
def test_geometry_column_gist_indexes_and_migration_version(pg, postgis_url):
    with raw(postgis_url) as con:
        assert con.execute("SELECT type, srid FROM geometry_columns WHERE f_table_name = "
                           "'sites' AND f_geometry_column = 'geom'").fetchone() == ("POINT", 4326)
        indexes = dict(con.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'sites'").fetchall())
        assert "USING gist (geom)" in indexes["sites_geom"]
        assert "USING gist (((geom)::geography))" in indexes["sites_geog"]
        assert con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] \
            == MIGRATIONS[-1][0]
        # integer identity primary keys beside unique text keys
        assert con.execute(
            "SELECT data_type, is_identity FROM information_schema.columns "
            "WHERE table_name = 'sites' AND column_name = 'fid'").fetchone() == ("integer", "YES")


def test_foreign_keys_are_there_for_qgis_to_discover(pg, postgis_url):
    with raw(postgis_url) as con:
        fks = set(con.execute("""
            SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text,
                   af.attname
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
            WHERE c.contype = 'f'""").fetchall())
    assert fks == {
        ("review_items", "site_id", "sites", "site_id"),
        ("review_items", "source_id", "sources", "source_id"),
        ("citations", "site_id", "sites", "site_id"),
        ("citations", "source_id", "sources", "source_id"),
        ("aliases", "site_id", "sites", "site_id"),
        ("sites", "parent_site_id", "sites", "site_id"),
        ("sites", "location_source_id", "sources", "source_id"),
        ("site_history", "source_id", "sources", "source_id"),
        ("gazetteer_names", "place_id", "gazetteer", "place_id"),
    }


@pytest.mark.parametrize("column, value, constraint", [
    ("geom", "ST_SetSRID(ST_MakePoint(126.1, 123), 4326)", "sites_geom_in_range"),
    ("geom", "ST_SetSRID(ST_MakePoint(181, 38), 4326)", "sites_geom_in_range"),
    ("facility_type", "'castle'", "sites_facility_type_check"),
    ("status", "'thriving'", "sites_status_check"),
    ("site_id", "'KP Bad'", "sites_site_id_check"),
    ("location_precision", "'unknown'", "sites_unlocated_is_unknown"),
    ("location_precision", "'approximate'", "sites_approximate_has_radius"),
    ("country", "'KP'", "sites_country_check"),
])
def test_the_database_refuses_bad_rows_even_through_raw_sql(pg, postgis_url, column, value,
                                                            constraint):
    pg.add_site(_site())
    with raw(postgis_url) as con:
        with pytest.raises(psycopg.errors.CheckViolation, match=constraint):
            con.execute(f"UPDATE sites SET {column} = {value} WHERE site_id = 'kp-a'")
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            con.execute("INSERT INTO citations (citation_id, site_id, source_id, quote) "
                        "VALUES ('c-1', 'kp-missing', 's-missing', 'q')")
    assert pg.get_site("kp-a") == pg.get_site("kp-a").validated()


def test_a_newer_schema_is_refused_clearly(postgis_url):
    PostGISCatalog(postgis_url, create=True).close()
    with raw(postgis_url) as con:
        con.execute("INSERT INTO schema_migrations (version, description) VALUES (99, 'x')")
    with pytest.raises(CatalogError, match="schema version 99, newer than this program"):
        open_catalog(postgis_url)


def test_unreachable_server_is_one_clear_line_with_the_password_hidden():
    with pytest.raises(CatalogError, match=r"cannot connect to postgresql://u:\*\*\*@"):
        open_catalog("postgresql://u:secret@127.0.0.1:1/nope")
    assert redact("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"


# -- concurrency ---------------------------------------------------------------------------
def spawn(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(WORKER), *map(str, args)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def test_parallel_read_then_write_edits_lose_no_update(pg, postgis_url):
    pg.add_site(_site(notes="0"))
    writers, per_writer = 4, 25
    procs = [spawn(postgis_url, "bump", "kp-a", per_writer) for _ in range(writers)]
    for p in procs:
        assert p.stdout.readline().strip() == "ready", p.stderr.read()
    for p in procs:  # go, all at once
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    # every increment landed: none was overwritten by a writer working from a stale read
    assert pg.get_site("kp-a").notes == str(writers * per_writer)
    notes = [h for h in pg.site_history("kp-a") if h["field"] == "notes"]
    assert [h["new_value"] for h in notes] == [str(i) for i in range(writers * per_writer + 1)]
    # ... and the history chains: each change starts from the value the previous one left
    assert all(a["new_value"] == b["old_value"] for a, b in zip(notes, notes[1:], strict=False))
    assert sum(int(out) for out, _ in outs) > 0, "the writers never actually collided"


def test_a_stale_edit_is_refused_not_silently_applied(pg):
    pg.add_site(_site())
    first, second = pg.get_site("kp-a"), pg.get_site("kp-a")
    pg.update_site(dataclasses.replace(first, status="active"))
    with pytest.raises(EditConflict, match="changed by another writer"):
        pg.update_site(dataclasses.replace(second, notes="would revert the status"))
    s = pg.get_site("kp-a")
    assert (s.status, s.notes) == ("active", None)
    pg.update_site(dataclasses.replace(s, notes="from a fresh read"))
    assert pg.get_site("kp-a").notes == "from a fresh read"


def test_concurrent_writers_all_commit(pg, postgis_url):
    writers, per_writer = 4, 20
    procs = [spawn(postgis_url, "add", f"w{k}", per_writer) for k in range(writers)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert pg.counts() == {"sites": writers * per_writer, "aliases": writers * per_writer,
                           "sources": writers * per_writer,
                           "citations": 2 * writers * per_writer}


def test_a_held_row_lock_gives_a_clear_error_and_changes_nothing(pg, postgis_url):
    pg.add_site(_site())
    with raw(postgis_url) as holder:
        holder.execute("BEGIN")
        holder.execute("SELECT 1 FROM sites WHERE site_id = 'kp-a' FOR UPDATE")
        with PostGISCatalog(postgis_url, busy_timeout=0.2) as cat, pytest.raises(
                CatalogLocked, match="locked by another writer .* 0.2 s; nothing was changed"):
            cat.update_site(_site(status="active"))
        holder.execute("ROLLBACK")
    assert pg.get_site("kp-a").status == "unknown"


# -- region candidates ---------------------------------------------------------------------
def test_bbox_and_radius_match_a_geodesic_brute_force(pg):
    import random

    from pyproj import Geod

    rng = random.Random(8)
    with pg.transaction():
        for i in range(300):
            pg.add_site(_site(f"s-{i:03d}", lon=rng.uniform(124, 131), lat=rng.uniform(37, 43)))
    sites = pg.sites()
    bbox = (125.5, 38.0, 127.25, 41.5)
    assert [s.site_id for s in pg.sites_in_bbox(bbox)] == [
        s.site_id for s in sites
        if bbox[0] <= s.lon <= bbox[2] and bbox[1] <= s.lat <= bbox[3]]
    geod = Geod(ellps="WGS84")
    lon0, lat0, radius = 126.913631, 41.369883, 150_000
    inside = []
    for s in sites:
        d = geod.inv(lon0, lat0, s.lon, s.lat)[2]
        assert abs(d - radius) > 1, "a point on the boundary would make the test fragile"
        if d <= radius:
            inside.append(s.site_id)
    assert 0 < len(inside) < len(sites)
    assert [s.site_id for s in pg.sites_within_distance(lon0, lat0, radius)] == inside


def test_bbox_across_the_antimeridian(pg):
    pg.add_site(_site("s-east", lon=179.5, lat=0.0))
    pg.add_site(_site("s-west", lon=-179.5, lat=0.0))
    pg.add_site(_site("s-mid", lon=0.0, lat=0.0))
    assert [s.site_id for s in pg.sites_in_bbox((179.0, -1, -179.0, 1))] == ["s-east", "s-west"]


# -- the CLI, unchanged, against PostGIS ------------------------------------------------------
def test_cli_commands_run_against_postgis(postgis_url, tmp_path):
    runner = CliRunner()

    def run(*args):
        return runner.invoke(main, ["--catalog", postgis_url, *args])

    r = run("build")
    assert r.exit_code == 0, r.output
    assert "4 sites, 15 aliases, 3 sources, 5 citations" in r.output
    r = run("build")
    assert r.exit_code == 1
    assert "already holds a catalogue; pass --overwrite" in r.output
    assert run("build", "--overwrite").exit_code == 0
    r = run("sites")
    assert r.exit_code == 0
    assert "kp-sakkanmol" in r.output and "38.584698" in r.output
    r = run("add-site", "kp-bad", "--name", "Bad", "--type", "airbase", "--lat", "123",
            "--lon", "1")
    assert r.exit_code == 1
    assert "latitude must be within [-90, 90], got 123.0 for site 'kp-bad'" in r.output
    r = run("update-site", "kp-hoejung-ni", "--status", "active", "--as-of", "2022-02-07",
            "--source", "csis-2022-02-07-hoejung-ni", "--why", "seen active")
    assert r.exit_code == 0, r.output
    r = run("history", "kp-hoejung-ni")
    assert "expanding" in r.output and "seen active" in r.output
    r = run("show", "kp-nope")
    assert r.exit_code == 1 and "no site 'kp-nope'" in r.output
    r = run("validate")
    assert r.exit_code == 0 and "0 error(s)" in r.output
    dest = tmp_path / "backup.gpkg"
    assert run("backup", str(dest)).exit_code == 0
    r = runner.invoke(main, ["--catalog", str(dest), "show", "kp-hoejung-ni"])
    assert "status: active (as of 2022-02-07)" in r.output
    out = tmp_path / "map.html"
    assert run("map", "-o", str(out)).exit_code == 0
    assert "Hoejung-ni" in out.read_text()
    r = runner.invoke(main, ["sites"], env={"CATALOG": postgis_url})
    assert r.exit_code == 0 and "kp-sakkanmol" in r.output


def test_cli_on_a_database_without_a_catalogue(postgis_url):
    r = CliRunner().invoke(main, ["--catalog", postgis_url, "sites"])
    assert r.exit_code == 1
    assert "no catalogue in" in r.output and "catalog build" in r.output


def test_cli_init_creates_the_schema_once(postgis_url):
    runner = CliRunner()
    r = runner.invoke(main, ["--catalog", postgis_url, "init"])
    assert r.exit_code == 0, r.output
    assert "created empty catalogue postgresql://" in r.output
    r = runner.invoke(main, ["--catalog", postgis_url, "add-source", "s-1", "--title", "T"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["--catalog", postgis_url, "init"])
    assert r.exit_code == 1
    assert "already holds a catalogue; nothing was changed" in r.output
    with open_catalog(postgis_url) as cat:
        assert [s.source_id for s in cat.sources()] == ["s-1"]


def test_an_edit_outside_the_api_still_makes_a_stale_api_edit_conflict(pg, postgis_url):
    pg.add_site(_site())
    read = pg.get_site("kp-a")
    with raw(postgis_url) as con:  # as QGIS would save it: updated_at untouched
        con.execute("UPDATE sites SET status = 'inactive' WHERE site_id = 'kp-a'")
    assert pg.get_site("kp-a").updated_at > read.updated_at
    with pytest.raises(EditConflict):
        pg.update_site(dataclasses.replace(read, notes="stale"))
    assert pg.get_site("kp-a").status == "inactive"


def test_an_edit_in_progress_does_not_block_citing_the_site(pg, postgis_url):
    pg.add_site(_site())
    pg.add_source(Source("s-1", "A report"))
    with pg.transaction():
        pg.update_site(_site(status="active"))  # its row lock is held until the commit
        with PostGISCatalog(postgis_url, busy_timeout=0.5) as other:
            other.add_citation(Citation("kp-a", "s-1", "Cited meanwhile."))
            with pytest.raises(CatalogLocked):
                other.update_site(_site(status="inactive"))
    assert [c.quote for c in pg.citations("kp-a")] == ["Cited meanwhile."]
    assert pg.get_site("kp-a").status == "active"


def test_an_older_catalogue_is_migrated_on_open(postgis_url):
    PostGISCatalog(postgis_url, create=True).close()
    with raw(postgis_url) as con:  # make it a version-1 catalogue, as first released
        con.execute("DROP TABLE gazetteer_names, gazetteer, review_items")
        con.execute("DELETE FROM schema_migrations WHERE version > 1")
    with open_catalog(postgis_url) as cat:
        assert cat.schema_version() == MIGRATIONS[-1][0] >= 2
        assert cat.places() == []


def test_migration_5_remakes_the_keys_of_names_in_other_scripts(postgis_url):
    # as the GeoPackage's migration 6: a key made when vowel signs ended words, re-made
    from catalog.gazetteer import match_key
    from catalog.model import Alias

    name = "तेजपुर वायुसेना स्टेशन"
    with open_catalog(postgis_url, create=True) as cat:
        cat.add_site(Site("in-x", "Air Force Station Tezpur", "airbase"))
        cat.add_alias(Alias("in-x", name))
    with raw(postgis_url) as con:
        con.execute("UPDATE aliases SET match_key = 'तजपरवयसनसटशन' WHERE alias = %s", (name,))
        con.execute("DELETE FROM schema_migrations WHERE version >= 5")
    with open_catalog(postgis_url) as cat:
        assert cat.schema_version() == MIGRATIONS[-1][0] >= 5
        (a,) = [a for a in cat.aliases("in-x") if a.alias == name]
    assert a.match_key == match_key(name) == "तेजपुरवायुसेनासटेशन"


def test_ingest_and_review_give_the_same_catalogue_on_both_stores(postgis_url, tmp_path):
    """Issue 3's commands, unchanged: ingest a directory of reports, review, accept,
    reject and merge, on a GeoPackage and on PostGIS; the outputs and the resulting
    catalogues are the same (but for the times of writing)."""
    reports = Path(__file__).parent / "data" / "reports"
    if not reports.is_dir():
        pytest.skip(f"no test reports at {reports}")

    def strip_times(records):
        out = dict(records)
        out["sites"] = [dataclasses.replace(s, updated_at=None) for s in records["sites"]]
        out["history"] = [{**h, "changed_at": None} for h in records["history"]]
        out["review_items"] = [dataclasses.replace(r, created_at=None)
                               for r in records["review_items"]]
        return out

    results = []
    for location in (str(tmp_path / "c.gpkg"), postgis_url):
        build_catalog(location)
        outputs = []
        for args in (["ingest", str(reports), "--kind", "news"], ["review"],
                     ["accept", "kp-sinpo-shipyard"], ["review"]):
            r = CliRunner().invoke(main, ["--catalog", location, *args])
            assert r.exit_code == 0, (location, args, r.output)
            outputs.append(r.output.replace(location, "X"))
        with open_catalog(location) as cat:
            candidates = [s.site_id for s in cat.sites(["candidate"])]
            for args in (["reject", candidates[0]], ["merge", candidates[1], "kp-hoejung-ni"]):
                r = CliRunner().invoke(main, ["--catalog", location, *args])
                assert r.exit_code == 0, (location, args, r.output)
                outputs.append(r.output.replace(location, "X"))
            results.append((outputs, strip_times(cat.dump_records())))
    (gp_out, gp_records), (pg_out, pg_records) = results
    assert pg_out == gp_out
    assert "kp-sinpo-shipyard" in gp_out[1]
    for layer in gp_records:
        assert pg_records[layer] == gp_records[layer], layer


# -- passwords are never printed (issue 15, item 2) ------------------------------------------

SECRET = "S3cr3tPW"


def _forms(url: str) -> tuple[str, str, str, str]:
    """scheme, user, host:port and database of a test server URL."""
    scheme, rest = url.split("://", 1)
    user, _, rest = rest.partition("@")
    hostport, _, db = rest.partition("/")
    return scheme, user, hostport, db


def _leaks(text: str, pieces) -> list[str]:
    return [p for p in pieces if p in text]


def _cli(location, *args, env=None):
    return CliRunner().invoke(main, ["--catalog", location, *args], env=env)


@pytest.mark.parametrize("form", ["userinfo", "query", "empty user", "encoded @ and /"])
def test_a_password_is_never_printed_on_success(postgis_url, form, monkeypatch, tmp_path):
    scheme, user, hostport, db = _forms(postgis_url)
    password = {"encoded @ and /": "S3cr@t/PW"}.get(form, SECRET)
    location = {
        "userinfo": f"{scheme}://{user}:{SECRET}@{hostport}/{db}",
        "query": f"{scheme}://{user}@{hostport}/{db}?password={SECRET}",
        "empty user": f"{scheme}://:{SECRET}@{hostport}/{db}",
        "encoded @ and /": f"{scheme}://{user}:S3cr%40t%2FPW@{hostport}/{db}",
    }[form]
    monkeypatch.setenv("PGUSER", user)  # what libpq takes for an empty user name
    pieces = {password, "S3cr", "PW@", "%40t", "t%2F", "t/PW"}
    for args in (["init"], ["build", "--overwrite"], ["validate"], ["sites"],
                 ["backup", str(tmp_path / "b.gpkg"), "--overwrite"]):
        r = _cli(location, *args)
        assert r.exit_code == 0, r.output
        assert _leaks(r.output + r.stderr, pieces) == [], (args, r.output)
    with open_catalog(location) as cat:
        assert _leaks(cat.location, pieces) == []
        assert cat.conn.info.password == password  # it was used, just never shown


@pytest.mark.parametrize("form", ["unencoded /", "unencoded @", "bad percent-escape",
                                  "scheme typo", "other scheme", "no such database",
                                  "query, no such database", "empty user, wrong role"])
def test_a_password_is_never_printed_on_error(postgis_url, form):
    scheme, user, hostport, db = _forms(postgis_url)
    location = {
        "unencoded /": f"{scheme}://{user}:S3cr/t3PW@{hostport}/{db}",
        "unencoded @": f"{scheme}://{user}:S3cr@t3PW@{hostport}/{db}",
        "bad percent-escape": f"{scheme}://{user}:{SECRET}%zz@{hostport}/{db}",
        "scheme typo": f"postgresq://{user}:{SECRET}@{hostport}/{db}",
        "other scheme": f"mysql://{user}:{SECRET}@{hostport}/{db}",
        "no such database": f"{scheme}://{user}:{SECRET}@{hostport}/no_such_db",
        "query, no such database": f"{scheme}://{user}@{hostport}/no_such_db?password={SECRET}",
        "empty user, wrong role": f"{scheme}://:{SECRET}@{hostport}/{db}",
    }[form]
    pieces = {SECRET, "S3cr", "t3PW", "zz"}
    for catalog, args in ((location, ["sites"]), (location, ["init"]),
                          (postgis_url, ["restore", location])):
        r = _cli(catalog, *args, env={"PGUSER": "no_such_role"})
        assert r.exit_code == 1, (args, r.output)
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        errors = [line for line in r.stderr.splitlines() if line.startswith("Error")]
        assert len(errors) == 1, r.stderr
        assert _leaks(r.output + r.stderr, pieces) == [], (args, r.output)


def test_the_password_can_come_from_pgpassword_pgpass_or_a_service(postgis_url, tmp_path,
                                                                      monkeypatch):
    """No password on the command line at all: libpq's own sources, as psql reads them."""
    scheme, user, hostport, db = _forms(postgis_url)
    host, port = hostport.rsplit(":", 1)
    for var in ("PGPASSWORD", "PGPASSFILE", "PGSERVICE", "PGSERVICEFILE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PGPASSWORD", "FromEnvironment")
    with open_catalog(postgis_url, create=True) as cat:
        assert cat.conn.info.password == "FromEnvironment"
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{host}:{port}:*:{user}:FromPgpass\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with open_catalog(postgis_url) as cat:
        assert cat.conn.info.password == "FromPgpass"
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[team]\nhost={host}\nport={port}\ndbname={db}\nuser={user}\n"
                        "password=FromService\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.delenv("PGPASSFILE")
    for location, env in ((f"{scheme}://?service=team", {}),
                          (f"{scheme}://", {"PGSERVICE": "team"})):
        r = _cli(location, "build", "--overwrite", env=env)
        assert r.exit_code == 0, r.output
        assert "FromService" not in r.output + r.stderr
        with monkeypatch.context() as m:
            for k, v in env.items():
                m.setenv(k, v)
            with open_catalog(location) as cat:
                assert cat.conn.info.password == "FromService"
                assert cat.conn.info.dbname == db
                assert len(cat.sites()) == 4


def test_redact_hides_every_form():
    for url in ("postgresql://u:S3cr3tPW@h/db", "postgresql://u@h/db?password=S3cr3tPW",
                "postgresql://:S3cr3tPW@h/db", "postgresql://u:S3cr/t3PW@h/db",
                "postgresql://u:S3cr@t3PW@h/db", "postgresq://u:S3cr3tPW@h/db",
                "mysql://u:S3cr3tPW@h/db", "host=h password=S3cr3tPW dbname=db",
                "postgresql://u@h/db?password=S3cr&t3PW", "postgres:/u:S3cr3tPW@h/db"):
        assert _leaks(redact(url), {"S3cr", "t3PW"}) == [], url
    assert redact("build/catalog.gpkg") == "build/catalog.gpkg"
    assert redact("postgresql://u@h:5432/db") == "postgresql://u@h:5432/db"


def test_a_nul_in_imported_text_is_one_line_on_postgis(postgis_url, tmp_path):
    """PostgreSQL cannot hold a NUL: an import or restore carrying one (written by hand, or
    into a GeoPackage before readers normalised them) is refused in one line."""
    from catalog.build import DATA_DIR
    from catalog.export import export_catalog

    src = tmp_path / "s.gpkg"
    build_catalog(src, DATA_DIR)
    with open_catalog(src) as cat:
        cat.add_citation(Citation("kp-sakkanmol", "csis-2018-11-12-sakkanmol", "a\x00b"))
        export_catalog(cat, tmp_path / "x.geojson")
    assert _cli(postgis_url, "init").exit_code == 0
    for args in (["import", str(tmp_path / "x.geojson")], ["restore", str(src), "--overwrite"]):
        r = _cli(postgis_url, *args)
        assert r.exit_code == 1, r.output
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        assert "NUL" in r.stderr
    with open_catalog(postgis_url) as cat:
        assert cat.is_empty()


def _plan_nodes(node):
    yield node
    for child in node.get("Plans", ()):
        yield from _plan_nodes(child)


def test_region_candidates_are_read_through_the_gist_index(postgis_url):
    # issue 13: the planner AND-ed the GiST scan with a scan of every entry of an index on
    # review_status (12x slower at 200k sites); the plan must use sites_geom alone, for a
    # box and for the boxes around a radius. And ST_Intersects, which PostGIS declares
    # 10,000 times as costly as an operator, made a box of a few thousand sites cost more
    # than jit_above_cost (25 ms of JIT compiling, and parallel workers, for a 9 ms scan):
    # the candidates' plan must stay below it, with no Gather
    from catalog.filters import SiteFilter

    def inside(region):
        lon = np.array([120 + i % 100 * 0.1 for i in range(5000)])
        lat = np.array([30 + i // 100 * 0.1 for i in range(5000)])
        return int(region.contains(lon, lat).sum())

    with PostGISCatalog(postgis_url, create=True) as cat:
        cat.add_sites(Site(f"kp-{i}", f"Site {i}", "storage", lon=120 + i % 100 * 0.1,
                           lat=30 + i // 100 * 0.1, location_precision="exact",
                           location_method="digitised by analyst") for i in range(5000))
        jit_above = float(cat.conn.execute("SELECT current_setting('jit_above_cost') AS c"
                                           ).fetchone()["c"])
        regions = [BBox(124.0, 33.0, 124.5, 33.5), Near(33.25, 124.25, 25_000),
                   BBox(119.0, 29.0, 131.0, 36.0)]  # the last holds every site
        for region in regions:
            for f in (SiteFilter(), SiteFilter(types=("storage",), statuses=("unknown",))):
                sql, params = cat._candidates_sql(region.bboxes(), f.validated())
                (plan,) = cat.conn.execute("EXPLAIN (FORMAT JSON) " + sql, params
                                           ).fetchone().values()
                nodes = list(_plan_nodes(plan[0]["Plan"]))
                scans = [(n["Node Type"], n.get("Index Name")) for n in nodes
                         if n.get("Relation Name") == "sites" or "Index Name" in n]
                if region is not regions[-1]:  # a scan of the table is right for that
                    indexes = {name for _, name in scans if name}
                    assert indexes == {"sites_geom"}, (region, scans)
                    assert not any(t == "Seq Scan" for t, _ in scans), (region, scans)
                assert not any(n["Node Type"].startswith("Gather") for n in nodes), region
                if jit_above >= 0:
                    assert plan[0]["Plan"]["Total Cost"] < jit_above, (region, plan)
                found = cat.query(region, site_filter=f)
                assert len(found) == inside(region) > 0, region
