"""PostGIS against the GeoPackage store, side by side, on the same synthetic sites.

- ingest through the Catalog API (``add_site`` per site in one transaction: what ingest
  and ``catalog build`` do), on ``BENCH_POSTGIS_API_N`` sites (default 5,000);
- bulk ``add_sites`` of ``BENCH_POSTGIS_N`` sites (default 200,000), aliases and
  history included (PostGIS: ``COPY``; GeoPackage: ``executemany``, bulk R-tree fill);
- ``Catalog.query`` by a box (0.5 degrees, ~300 sites at 200,000; 3 degrees, ~10,000) and
  by a radius (25 km), both stores returning the same frames: PostGIS ``geom && box`` on
  its GiST index, the GeoPackage its R-tree, each then testing the points exactly (the
  radius: boxes around the circle, then pyproj ``Geod`` distances); medians of
  alternating runs;
- several concurrent writers (separate processes, one transaction per site+source+
  citation, as a team ingesting at once): total commits per second.

The server is the project's throwaway one (scripts/pg-test-server.sh), or
``$CATALOG_BENCH_POSTGIS`` (a URL of a database with postgis where the role may create
databases). Without a server this module says why and records nothing.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks import alternating

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
#: Synthetic sites fall in this box (around the Korean peninsula), 1M of them.
AREA = (120.0, 33.0, 135.0, 44.0)


def synthetic_sites(n: int, seed: int = 8, prefix: str = "s"):
    """``n`` located sites, spread uniformly over AREA (a generator: 1M fit in no memory)."""
    from catalog.model import Site, now_utc

    rng = random.Random(seed)
    stamp = now_utc()
    for i in range(n):
        yield Site(f"{prefix}-{i:07d}", f"Synthetic site {i}", "storage",
                   lon=round(rng.uniform(AREA[0], AREA[2]), 6),
                   lat=round(rng.uniform(AREA[1], AREA[3]), 6),
                   location_precision="exact", location_method="digitised by analyst",
                   country="PRK", updated_at=stamp)


# -- the server ---------------------------------------------------------------------------
class Server:
    """A throwaway server (or the one in $CATALOG_BENCH_POSTGIS) handing out databases."""

    def __init__(self):
        self.workdir = None
        given = os.environ.get("CATALOG_BENCH_POSTGIS")
        if given:
            self.url = given
            return
        inst = subprocess.run([SCRIPTS / "install-postgis.sh"], capture_output=True,
                              text=True)
        if inst.returncode != 0:
            raise RuntimeError("PostgreSQL with PostGIS is not installed and could not be: "
                               + inst.stderr.strip()[-200:])
        self.workdir = tempfile.mkdtemp(prefix="catalog-bench-pg-")
        started = subprocess.run([SCRIPTS / "pg-test-server.sh", "start", self.workdir],
                                 capture_output=True, text=True)
        if started.returncode != 0:
            shutil.rmtree(self.workdir, ignore_errors=True)
            raise RuntimeError("the PostgreSQL server did not start: "
                               + started.stderr.strip()[-200:])
        self.url = started.stdout.strip()

    def new_database(self) -> str:
        import psycopg
        from psycopg import sql

        base, template = self.url.rsplit("/", 1)
        name = f"bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)))
        return f"{base}/{name}"

    def stop(self):
        if self.workdir:
            subprocess.run([SCRIPTS / "pg-test-server.sh", "stop", self.workdir],
                           capture_output=True)
            shutil.rmtree(self.workdir, ignore_errors=True)


# -- concurrent writers ----------------------------------------------------------------------
def _writer(location: str, tag: str, n: int, ready) -> None:
    from catalog import Citation, Site, Source, open_catalog

    with open_catalog(location) as cat:
        ready.wait()  # imports done and connected: the clock starts for all at once
        for i in range(n):
            sid = f"{tag}-{i}"
            with cat.transaction():
                cat.add_source(Source(f"src-{sid}", f"Report {sid}", kind="news"))
                cat.add_site(Site(f"site-{sid}", f"Site {sid}", "storage", lon=127.0,
                                  lat=39.0 + i * 1e-5, location_precision="exact",
                                  location_method="digitised by analyst"))
                cat.add_citation(Citation(f"site-{sid}", f"src-{sid}", f"Quote {sid}."))


def concurrent_writes(location: str, writers: int, per_writer: int) -> float:
    """Seconds for ``writers`` processes to commit ``per_writer`` transactions each."""
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Barrier(writers + 1)
    procs = [ctx.Process(target=_writer, args=(location, f"w{k}", per_writer, ready))
             for k in range(writers)]
    for p in procs:
        p.start()
    ready.wait(timeout=120)
    t = time.perf_counter()
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - t
    if any(p.exitcode != 0 for p in procs):
        raise RuntimeError(f"a writer failed on {location}")
    return elapsed


# -- the benchmark ---------------------------------------------------------------------------
def run(record):
    from catalog import open_catalog
    from catalog.query import BBox, Near
    from catalog.stores.geopackage import GeoPackageCatalog
    from catalog.stores.postgis import PostGISCatalog

    try:
        server = Server()
    except (RuntimeError, OSError) as e:
        print(f"skipped: no PostGIS server for the benchmark ({e})")
        return
    n = int(os.environ.get("BENCH_POSTGIS_N", "200000"))
    api_n = int(os.environ.get("BENCH_POSTGIS_API_N", "5000"))
    tmp = Path(tempfile.mkdtemp(prefix="catalog-bench-"))
    try:
        # ingest: add_site per site in one transaction, as ingest and build do
        pg_url = server.new_database()
        with PostGISCatalog(pg_url, create=True) as pg, \
                GeoPackageCatalog(tmp / "api.gpkg", create=True) as gp:
            t = time.perf_counter()
            with pg.transaction():
                for s in synthetic_sites(api_n):
                    pg.add_site(s)
            pg_s = time.perf_counter() - t
            t = time.perf_counter()
            with gp.transaction():
                for s in synthetic_sites(api_n):
                    gp.add_site(s)
            gp_s = time.perf_counter() - t
        record("postgis add_site one by one", api_n, pg_s, "GeoPackage store", gp_s,
               pg_sites_per_s=round(api_n / pg_s), gpkg_sites_per_s=round(api_n / gp_s))

        # bulk: add_sites (validated, aliases and history written; COPY / executemany)
        pg_url = server.new_database()
        with PostGISCatalog(pg_url, create=True) as pg:
            t = time.perf_counter()
            pg.add_sites(synthetic_sites(n))
            pg_s = time.perf_counter() - t
            pg.conn.execute("ANALYZE sites")
        with GeoPackageCatalog(tmp / "bulk.gpkg", create=True) as gp:
            t = time.perf_counter()
            gp.add_sites(synthetic_sites(n))
            gp_s = time.perf_counter() - t
        record("postgis add_sites bulk (COPY)", n, pg_s, "GeoPackage add_sites", gp_s)

        # region queries on the n sites, both stores returning the same records; medians
        # of alternating runs (ours, GeoPackage, ours...), so that a busy moment of the
        # shared machine falls on both sides alike
        rng = random.Random(4)
        centres = [(rng.uniform(AREA[0] + 1, AREA[2] - 1), rng.uniform(AREA[1] + 1,
                                                                      AREA[3] - 1))
                   for _ in range(20)]
        with open_catalog(pg_url) as pg, GeoPackageCatalog(tmp / "bulk.gpkg") as gp:
            # the path `catalog query` takes on each store: Catalog.query
            for label, half, count in (("0.5deg", 0.25, 20), ("3deg", 1.5, 5)):
                boxes = [BBox(x - half, y - half, x + half, y + half)
                         for x, y in centres[:count]]
                found = [list(pg.query(b)["site_id"]) for b in boxes]
                assert found == [list(gp.query(b)["site_id"]) for b in boxes], \
                    "bbox results differ"
                pg_s, gp_s = alternating(lambda bs=boxes: [pg.query(b) for b in bs],
                                         lambda bs=boxes: [gp.query(b) for b in bs])
                record(f"postgis query bbox {label} ({count})", n, pg_s,
                       "GeoPackage query (R-tree)", gp_s,
                       sites_per_query=round(sum(map(len, found)) / len(found)))

            radius = 25_000.0
            nears = [Near(y, x, radius) for x, y in centres]
            found = [list(pg.query(r)["site_id"]) for r in nears]
            assert found == [list(gp.query(r)["site_id"]) for r in nears], \
                "radius results differ"
            pg_s, gp_s = alternating(lambda: [pg.query(r) for r in nears],
                                     lambda: [gp.query(r) for r in nears])
            record("postgis query radius 25 km (20)", n, pg_s, "GeoPackage query (R-tree)",
                   gp_s, sites_per_query=round(sum(map(len, found)) / len(found)))

            middle = f"s-{n // 2:07d}"
            pg_s, gp_s = alternating(lambda: [pg.get_site(middle) for _ in range(100)],
                                     lambda: [gp.get_site(middle) for _ in range(100)])
            record("postgis get_site by id (100 calls)", n, pg_s, "GeoPackage store", gp_s)

        # several writers at once, each its own process and connection
        writers = int(os.environ.get("BENCH_POSTGIS_WRITERS", "4"))
        per_writer = int(os.environ.get("BENCH_POSTGIS_PER_WRITER", "200"))
        pg_url = server.new_database()
        PostGISCatalog(pg_url, create=True).close()
        GeoPackageCatalog(tmp / "conc.gpkg", create=True).close()
        pg_s = concurrent_writes(pg_url, writers, per_writer)
        gp_s = concurrent_writes(str(tmp / "conc.gpkg"), writers, per_writer)
        total = writers * per_writer
        with open_catalog(pg_url) as pg, open_catalog(tmp / "conc.gpkg") as gp:
            assert pg.counts()["sites"] == gp.counts()["sites"] == total
        record(f"postgis {writers} concurrent writers", total, pg_s, "GeoPackage (WAL)", gp_s,
               pg_commits_per_s=round(total / pg_s), gpkg_commits_per_s=round(total / gp_s))
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
