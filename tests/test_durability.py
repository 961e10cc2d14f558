"""Nothing lost, nothing broken: concurrent writers, readers holding the file, SIGKILL.

``DURABILITY_KILLS`` (default 8) sets how many random kill points the SIGKILL test tries.
"""

import dataclasses
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


_BULK_LOADER = """
import sys, time
from catalog import open_catalog
from catalog.model import Site
n = int(sys.argv[2])
sites = [Site(f"b-{i:06d}", f"Site {i}", "other", lon=(i * 7.3) % 360 - 180,
              lat=(i * 3.1) % 170 - 85, location_precision="exact",
              location_method="digitised by analyst") for i in range(n)]
with open_catalog(sys.argv[1]) as cat:
    print("go", flush=True)
    t = time.monotonic()
    cat.add_sites(sites, record_history=False)
    print(f"done {time.monotonic() - t:.3f}", flush=True)
"""


def test_sigkill_during_a_bulk_load_into_an_empty_catalogue_leaves_it_whole(tmp_path):
    """A bulk load into an empty catalogue runs in the rollback journal
    (``_rollback_journal_if_alone``); killed at ``DURABILITY_BULK_KILLS`` (default 6)
    moments spread from its start to past its commit, the file holds none of the sites
    or all of them, sound, and is back in WAL once opened."""
    kills = int(os.environ.get("DURABILITY_BULK_KILLS", "6"))
    n = 30_000
    rng = random.Random(20261202)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    path = tmp_path / "b.gpkg"

    def run():
        return subprocess.Popen([sys.executable, "-c", _BULK_LOADER, str(path), str(n)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env)

    open_catalog(path, create=True).close()
    p = run()
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    took = float(out.split()[-1])
    outcomes = set()
    for k in range(kills):
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        open_catalog(path, create=True).close()
        p = run()
        assert p.stdout.readline().strip() == "go", p.stderr.read()
        time.sleep(took * 2.5 * (k + rng.random()) / kills)  # spread over the load and after
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        con = sqlite3.connect(path)  # a plain reader rolls back a journal left behind
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = con.execute("SELECT count(*) FROM sites").fetchone()[0]
        assert count in (0, n)
        assert con.execute("SELECT count(*) FROM rtree_sites_geom").fetchone()[0] == count
        con.close()
        outcomes.add(count)
        with open_catalog(path) as cat:
            assert cat.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert [q for q in validate_catalog(cat) if q.level == "error"] == []
            assert cat.conn.execute("SELECT rtreecheck('rtree_sites_geom')").fetchone()[0] == "ok"
        assert not Path(f"{path}-journal").exists()
    assert 0 in outcomes


@pytest.mark.parametrize("busy", [0.2])
def test_writer_waiting_on_a_writer_fails_cleanly(tmp_path, busy):
    from catalog import Source
    from catalog.errors import CatalogLocked
    from catalog.stores.geopackage import GeoPackageCatalog

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


# -- SIGKILL in the middle of ingesting a large batch ---------------------------------------

SYSTEM_PYTHON = "/usr/bin/python3"
GPKG_VALIDATOR = "osgeo_utils.samples.validate_gpkg"


def _ingest_proc(path, reports):
    # stderr (a line per report) goes to a file: a full pipe would stall the ingest
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = open(Path(path).with_suffix(".log"), "w")  # noqa: SIM115
    p = subprocess.Popen(
        [sys.executable, "-m", "catalog", "--catalog", str(path), "ingest", str(reports)],
        stdout=subprocess.DEVNULL, stderr=log, env=env)
    log.close()
    return p


def _log(path) -> str:
    return Path(path).with_suffix(".log").read_text()


def _have_gpkg_validator() -> bool:
    return os.path.exists(SYSTEM_PYTHON) and subprocess.run(
        [SYSTEM_PYTHON, "-c", f"import {GPKG_VALIDATOR}"], capture_output=True).returncode == 0


def _snapshot(path):
    """Everything ingest writes, comparable between two catalogues (times left out)."""
    with open_catalog(path) as cat:
        sites = {s.site_id: dataclasses.replace(s, updated_at=None) for s in cat.sites(None)}
        sources = {s.source_id: s for s in cat.sources()}
        aliases = {(a.site_id, a.alias, a.system) for a in cat.aliases()}
        cites = {(c.citation_id, c.site_id, c.source_id, c.quote, c.supports, c.char_start,
                  c.char_end, c.note) for c in cat.citations()}
    return sites, sources, aliases, cites


def _sound(path, gdal: bool) -> None:
    """The file opens, is intact, validates and (if GDAL is here) is a valid GeoPackage."""
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    sites, rtree = (con.execute(f"SELECT count({c}) FROM {t}").fetchone()[0]
                    for t, c in (("sites", "geom"), ("rtree_sites_geom", "*")))
    con.close()
    assert rtree == sites
    with open_catalog(path) as cat:
        assert [p for p in validate_catalog(cat) if p.level == "error"] == []
    if gdal:
        proc = subprocess.run([SYSTEM_PYTHON, "-m", GPKG_VALIDATOR, "--extra", str(path)],
                              capture_output=True, text=True)
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def _only_whole_reports(snap, ref, shipped_sites) -> int:
    """Every report present is there exactly as the uninterrupted ingest wrote it."""
    sites, sources, aliases, cites = snap
    rsites, rsources, raliases, rcites = ref
    reports = {s for s, src in sources.items() if src.publisher == "Durability Wire"}
    assert all(sources[s] == rsources[s] for s in sources)
    cited_by_reports = {c[1] for c in rcites if c[2] in reports}
    want_sites = shipped_sites | (cited_by_reports & set(rsites))
    assert set(sites) == want_sites
    assert all(sites[s] == rsites[s] for s in sites)
    assert cites == {c for c in rcites if c[2] in sources and c[1] in sites}
    assert aliases == {a for a in raliases if a[0] in sites}
    return len(reports)


def test_sigkill_while_ingesting_a_batch_leaves_only_whole_reports(tmp_path):
    """``DURABILITY_INGEST_KILLS`` (default 8) kills land while reports are being written."""
    from batch_reports import write_batch

    from catalog.build import DATA_DIR, build_catalog

    kills = int(os.environ.get("DURABILITY_INGEST_KILLS", "8"))
    n = int(os.environ.get("DURABILITY_INGEST_REPORTS", "300"))
    gdal = _have_gpkg_validator()
    reports = tmp_path / "batch reports"
    write_batch(reports, n)
    ref_path, path = tmp_path / "reference.gpkg", tmp_path / "killed.gpkg"
    build_catalog(ref_path, DATA_DIR)
    build_catalog(path, DATA_DIR)
    shipped_sites = set(_snapshot(path)[0])
    t = time.monotonic()
    ref_proc = _ingest_proc(ref_path, reports)
    assert ref_proc.wait(timeout=300) == 0, _log(ref_path)
    per_report = (time.monotonic() - t) / n
    ref = _snapshot(ref_path)
    assert _only_whole_reports(ref, ref, shipped_sites) == n

    rng = random.Random(20201208)
    watcher = sqlite3.connect(path, isolation_level=None)  # a reader holding the file open
    present, landed, tries = 0, 0, 0
    while landed < kills and present < n and tries < 4 * kills:
        tries += 1
        p = _ingest_proc(path, reports)
        # Wait for the first report of this run to land, then kill at a random moment
        # within the next 15 % of what is left (so the batch is not finished at once).
        landed_so_far = "SELECT count(*) FROM sources WHERE publisher = 'Durability Wire'"
        while p.poll() is None and watcher.execute(landed_so_far).fetchone()[0] <= present:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.15 * per_report * (n - present)))
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            landed += 1
        p.wait()
        _sound(path, gdal)
        now = _only_whole_reports(_snapshot(path), ref, shipped_sites)
        assert now >= present  # nothing committed before went missing
        present = now
        print(f"kill {tries}: {'landed' if p.returncode < 0 else 'too late'}, "
              f"{present}/{n} reports whole")
    watcher.close()
    assert landed == kills, f"only {landed} of {kills} kills landed before the batch ended"
    # Running the same ingest again completes the rest.
    p = _ingest_proc(path, reports)
    assert p.wait(timeout=300) == 0, _log(path)
    _sound(path, gdal)
    assert _snapshot(path) == ref
    if not gdal:
        pytest.skip("checked all but the GDAL GeoPackage validator: /usr/bin/python3 lacks "
                    "osgeo_utils (run scripts/install-qgis.sh); every other check passed")


def test_concurrent_ingests_and_cites_lose_nothing(tmp_path):
    """Three ``catalog ingest`` processes and a ``catalog cite`` loop write into one file
    while a reader holds a read transaction: the result is what running them one after
    the other gives."""
    from batch_reports import write_batch

    from catalog.build import DATA_DIR, build_catalog

    batches = [tmp_path / f"batch {k}" for k in range(3)]
    for k, d in enumerate(batches):
        write_batch(d, 40, start=40 * k)
    ref_path, path = tmp_path / "reference.gpkg", tmp_path / "shared.gpkg"
    build_catalog(ref_path, DATA_DIR)
    build_catalog(path, DATA_DIR)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cite = [sys.executable, "-c",
            "import sys; from click.testing import CliRunner; from catalog.cli import main\n"
            "for i in range(30):\n"
            "    r = CliRunner().invoke(main, ['--catalog', sys.argv[1], 'cite', "
            "'kp-sakkanmol', 'csis-2018-11-12-sakkanmol', '--quote', f'Quote {i} of 30.'])\n"
            "    assert r.exit_code == 0, r.output\n"]
    for d in batches:
        assert _ingest_proc(ref_path, d).wait(timeout=300) == 0, _log(ref_path)
    subprocess.run([*cite, str(ref_path)], check=True, env=env, timeout=300)

    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM citations").fetchone()
    procs = [subprocess.Popen([sys.executable, "-m", "catalog", "--catalog", str(path),
                               "ingest", str(d)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env) for d in batches]
    procs.append(subprocess.Popen([*cite, str(path)], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, env=env))
    errs = [p.communicate(timeout=300)[1] for p in procs]
    reader.execute("ROLLBACK")
    reader.close()
    assert [p.returncode for p in procs] == [0] * 4, errs
    _sound(path, _have_gpkg_validator())
    sites, sources, aliases, cites = _snapshot(path)
    rsites, rsources, raliases, rcites = _snapshot(ref_path)
    assert sources == rsources and aliases == raliases and cites == rcites
    assert sites == rsites
    assert len([s for s in sources.values() if s.publisher == "Durability Wire"]) == 120


# -- replacing a GeoPackage that others hold open (issue 15, item 1) -------------------------

READER = """
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN")  # a read snapshot held across the replace, as a QGIS session may
before = sorted(r[0] for r in con.execute("SELECT site_id FROM sites"))
print(json.dumps(before), flush=True)
sys.stdin.readline()  # the replace happens now
con.execute("COMMIT")
after = sorted(r[0] for r in con.execute("SELECT site_id FROM sites"))
check = con.execute("PRAGMA integrity_check").fetchone()[0]
print(json.dumps({"after": after, "check": check}), flush=True)
sys.stdin.readline()
"""

REPLACE_COMMANDS = {
    "build": lambda src, target: [target, "build", "--overwrite"],
    "restore": lambda src, target: [target, "restore", str(src), "--overwrite"],
    "export": lambda src, target: [src, "export", "--format", "gpkg", "-o", str(target),
                                   "--overwrite"],
    "backup": lambda src, target: [src, "backup", str(target), "--overwrite"],
}


def _run_cli(catalog, *args):
    from click.testing import CliRunner

    from catalog.cli import main

    return CliRunner().invoke(main, ["--catalog", str(catalog), *args])


def _site_ids(path) -> list[str]:
    with open_catalog(path) as cat:
        return sorted(s.site_id for s in cat.sites(None))


@pytest.fixture
def replace_setup(tmp_path):
    """A source catalogue (the shipped one) and an older target holding one more site."""
    from catalog.build import DATA_DIR, build_catalog

    src, target = tmp_path / "new.gpkg", tmp_path / "old.gpkg"
    build_catalog(src, DATA_DIR)
    build_catalog(target, DATA_DIR)
    return src, target, _site_ids(src)


def _sound_catalogue(path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    with open_catalog(path) as cat:
        assert [p for p in validate_catalog(cat) if p.level == "error"] == []


@pytest.mark.parametrize("command", sorted(REPLACE_COMMANDS))
def test_replace_while_a_reader_holds_the_old_file(replace_setup, command):
    """A reader (another process) holds the old file with a read snapshot while a writer
    adds a site; ``os.replace`` left that site's -wal beside the new file, which SQLite
    then replayed onto it (the stale site came back, or the file was malformed)."""
    import json

    src, target, want = replace_setup
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reader = subprocess.Popen([sys.executable, "-c", READER, str(target)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    try:
        assert json.loads(reader.stdout.readline()) == want
        r = _run_cli(target, "add-site", "kp-stale", "--name", "Stale", "--type", "other")
        assert r.exit_code == 0, r.output
        assert Path(f"{target}-wal").exists()  # the stale site is in the WAL the reader pins
        r = _run_cli(*REPLACE_COMMANDS[command](src, target))
        assert r.exit_code == 0, r.output
        assert _site_ids(target) == want  # a new connection sees the new file only
        reader.stdin.write("\n")
        reader.stdin.flush()
        seen = json.loads(reader.stdout.readline())
        assert seen == {"after": want, "check": "ok"}  # and so does the reader, afterwards
    finally:
        reader.stdin.close()
        reader.wait(timeout=60)
    _sound_catalogue(target)
    assert _site_ids(target) == want


@pytest.mark.parametrize("command", sorted(REPLACE_COMMANDS))
def test_replace_after_a_writer_was_killed(replace_setup, command):
    """A writer killed with its last transactions in the -wal: the new catalogue holds the
    new sites and none of the killed writer's."""
    src, target, want = replace_setup
    p = spawn(target, "killed", 100000)
    for _ in range(3):  # three committed transactions, in the WAL
        assert p.stdout.readline(), p.stderr.read()
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    assert Path(f"{target}-wal").stat().st_size > 0
    r = _run_cli(*REPLACE_COMMANDS[command](src, target))
    assert r.exit_code == 0, r.output
    _sound_catalogue(target)
    assert _site_ids(target) == want


def test_replace_refused_while_the_old_file_stays_locked(replace_setup, monkeypatch):
    """A database in rollback-journal mode read by another program cannot be replaced
    under it: the command waits, then refuses, and the old file is unchanged."""
    from catalog import files

    src, target, want = replace_setup
    before = _site_ids(target)
    con = sqlite3.connect(target, isolation_level=None)
    assert con.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    con.close()
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM sites").fetchone()  # a shared lock, held
    monkeypatch.setattr(files, "REPLACE_TIMEOUT_S", 0.5)
    r = _run_cli(src, "backup", str(target), "--overwrite")
    holder.execute("COMMIT")
    holder.close()
    assert r.exit_code == 1, r.output
    assert "is in use" in r.stderr and "nothing was changed" in r.stderr
    assert _site_ids(target) == before
    _sound_catalogue(target)


# -- temporary files of killed writers (issue 15, item 16) --------------------------------------

KILLED_EXPORT = """
import os, signal, sys
from catalog import open_catalog
from catalog import files
real = files.install
def die(new, target):  # killed with the output complete but not yet in place
    os.kill(os.getpid(), signal.SIGKILL)
files.install = die
with open_catalog(sys.argv[1]) as cat:
    cat.backup(sys.argv[2])
"""


def test_temporaries_of_killed_writers_are_removed_by_the_next_run(replace_setup, tmp_path):
    src, _, _ = replace_setup
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for k in range(3):  # each run removes the folder the one before left
        p = subprocess.run([sys.executable, "-c", KILLED_EXPORT, str(src),
                            str(out / f"b{k}.gpkg")], env=env, capture_output=True)
        assert p.returncode == -signal.SIGKILL, p.stderr
        left = [p.name for p in out.iterdir()]
        assert len(left) == 1 and left[0].startswith(f".b{k}.gpkg."), left
        assert left[0].endswith(".catalog-tmp")
        assert (out / left[0] / f"b{k}.gpkg").stat().st_size > 0
    # a writer still at work beside them keeps its folder
    from catalog.files import atomic_output

    with atomic_output(out / "busy.txt") as tmp:
        tmp.write_text("in progress")
        r = _run_cli(src, "export", "-o", str(out / "sites.geojson"))
        assert r.exit_code == 0, r.output
        names = sorted(p.name for p in out.iterdir())
        assert names == sorted([tmp.parent.name, "sites.geojson"]), names
    assert sorted(p.name for p in out.iterdir()) == ["busy.txt", "sites.geojson"]
