"""Nothing lost, nothing broken: concurrent writers, readers holding the file, SIGKILL.

``DURABILITY_KILLS`` (default 8) sets how many random kill points the SIGKILL test tries.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalog import open_catalog
from catalog.validate import validate_catalog

WORKER = Path(__file__).with_name("durability_worker.py")
ROOT = Path(__file__).resolve().parent.parent


def spawn(path, tag, n):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(WORKER), str(path), tag, str(n)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def check_whole(path):
    """The file is sound and every committed transaction is complete."""
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    with open_catalog(path) as cat:
        assert [p for p in validate_catalog(cat) if p.level == "error"] == []
        sources = {s.source_id for s in cat.sources()}
        sites = {s.site_id for s in cat.sites()}
        cites = cat.citations()
        rtree = cat.conn.execute("SELECT count(*) FROM rtree_sites_geom").fetchone()[0]
    tags = {s.removeprefix("src-") for s in sources}
    assert {s.removeprefix("site-") for s in sites} == tags
    per_site = {}
    for c in cites:
        per_site[c.site_id] = per_site.get(c.site_id, 0) + 1
    assert all(per_site.get(f"site-{t}") == 2 for t in tags)
    assert rtree == len(sites)
    return tags


def test_concurrent_writers_lose_nothing_while_a_reader_holds_the_file(tmp_path):
    path = tmp_path / "c.gpkg"
    open_catalog(path, create=True).close()
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")  # like a QGIS session in the middle of reading
    reader.execute("SELECT count(*) FROM sites").fetchone()
    writers, per_writer = 4, 25
    procs = [spawn(path, f"w{k}", per_writer) for k in range(writers)]
    outs = [p.communicate(timeout=240) for p in procs]
    reader.execute("ROLLBACK")
    reader.close()
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    tags = check_whole(path)
    assert len(tags) == writers * per_writer


def test_sigkill_at_random_points_leaves_only_whole_transactions(tmp_path):
    kills = int(os.environ.get("DURABILITY_KILLS", "8"))
    rng = random.Random(20181208)
    path = tmp_path / "k.gpkg"
    open_catalog(path, create=True).close()
    committed_before = set()
    for k in range(kills):
        p = spawn(path, f"k{k}", 100000)
        # let it get going, then kill it at a random moment of its work
        first = p.stdout.readline()
        assert first, p.stderr.read()
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        printed = {first.strip(), *(line.strip() for line in p.stdout)}
        tags = check_whole(path)
        # everything it reported committed is there; nothing from before went missing
        assert printed - {""} <= tags
        assert committed_before <= tags
        committed_before = tags
    assert len(committed_before) > kills


@pytest.mark.parametrize("busy", [0.2])
def test_writer_waiting_on_a_writer_fails_cleanly(tmp_path, busy):
    from catalog import Source
    from catalog.errors import CatalogLocked
    from catalog.geopackage import GeoPackageCatalog

    path = tmp_path / "l.gpkg"
    open_catalog(path, create=True).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with GeoPackageCatalog(path, busy_timeout=busy) as cat, pytest.raises(CatalogLocked):
        cat.add_source(Source("s-1", "T"))
    holder.execute("ROLLBACK")
    holder.close()
    with open_catalog(path) as cat:
        assert cat.counts()["sources"] == 0
