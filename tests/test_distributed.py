"""Ingest on Dask (catalog/ingest/distributed.py, issue 16): a real LocalCluster of two
worker processes gives exactly the catalogue a serial ingest gives, on both stores; a
killed worker is retried; a killed client's run, started again, finishes with no report
written twice; unreadable reports are listed; files come from paths or fsspec URLs."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.corpus import place_name, write_corpus
from catalog import open_catalog
from catalog.build import DATA_DIR, build_catalog
from catalog.cli import main
from catalog.gazetteer import Place
from catalog.ingest import Ingester, ingest
from catalog.ingest import distributed as dist

distributed = pytest.importorskip("distributed", reason="Dask is not installed "
                                  "(pip install -e '.[dask]')")

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "reports"
#: A town of the same name as the first corpus report's new site: a mention of the site
#: is held unless its sentence speaks of the facility; only the writer's store knows it.
TOWN = Place("geonames:990001", place_name(0), 40.1, 126.1, "KP", None, "PPL", 2000)


@pytest.fixture(scope="module")
def client():
    """A real local cluster: two worker processes, one thread each (as --workers 2)."""
    with dist.dask_client(workers=2) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The labelled reports and 70 short corpus reports that name sites of earlier ones."""
    d = tmp_path_factory.mktemp("corpus")
    for f in LABELLED.iterdir():
        if f.suffix != ".json":
            shutil.copy(f, d / f.name)
    write_corpus(d / "wire", reports=70, size=1500)
    return d


def test_the_local_cluster_runs_without_the_dashboards_timers(client):
    """The local cluster a run starts keeps no statistical profiler and ticks slowly on
    every worker (dist.QUIET_LOCAL: they cost a sixth of a 2-core run's CPU)."""
    import dask

    def settings():
        return (dask.config.get("distributed.worker.profile.enabled"),
                dask.config.get("distributed.admin.tick.interval"))

    assert set(client.run(settings).values()) == {(False, "500ms")}


def _fresh(location) -> None:
    """The shipped catalogue with one imported gazetteer place, at ``location``."""
    build_catalog(location, DATA_DIR, overwrite=True)
    with open_catalog(location) as cat:
        cat.add_places([TOWN])


def _snapshot(location):
    """Everything ingest writes, comparable between two catalogues (times left out)."""
    with open_catalog(location) as cat:
        sites = {s.site_id: dataclasses.replace(s, updated_at=None) for s in cat.sites(None)}
        sources = {s.source_id: s for s in cat.sources()}
        aliases = sorted((a.site_id, a.alias, a.system) for a in cat.aliases())
        cites = sorted((c.citation_id, c.site_id, c.source_id, c.quote, c.supports,
                        c.char_start, c.char_end, c.note) for c in cat.citations())
    return sites, sources, aliases, cites


def _results(summary):
    return [(r.status, r.source_id, r.citations_added, r.sites_matched, r.candidates,
             r.located, r.held, r.problems, r.message) for r in summary.reports]


def _serial(location, paths):
    _fresh(location)
    with open_catalog(location) as cat:
        summary = ingest(cat, paths)
    return summary, _snapshot(location)


def _on_dask(location, locations, client, **kw):
    """A distributed ingest, checking every worker's analysis against the writer's."""
    _fresh(location)
    stats = dist.DaskStats()
    with open_catalog(location) as cat:
        out = list(dist.ingest_on_dask(Ingester(cat), locations, client=client,
                                       stats=stats, check=True, **kw))
    return out, stats, _snapshot(location)


@pytest.fixture(scope="module")
def serial_reference(corpus, tmp_path_factory):
    """The corpus ingested serially into a GeoPackage: (summary, snapshot)."""
    return _serial(tmp_path_factory.mktemp("serial") / "serial.gpkg", [corpus])


def test_dask_is_not_imported_without_workers(tmp_path):
    path = tmp_path / "c.gpkg"
    build_catalog(path, DATA_DIR)
    code = ("import sys\nfrom catalog.cli import main\n"
            f"main(['--catalog', {str(path)!r}, 'ingest', {str(LABELLED / 'r04-several.md')!r}],"
            " standalone_mode=False)\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('dask', 'distributed', 'fsspec'))\n"
            "print('LOADED', loaded)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stdout
    with open_catalog(path) as cat:
        assert len(cat.sources()) == 3 + 1 + 1  # shipped, the report, the gazetteer


def test_distributed_ingest_equals_serial_on_both_stores(store_location, corpus, client):
    """The same sources, citations, candidates and locations, in the same order of
    reports, on a GeoPackage and on PostGIS; worker analyses that went stale (names
    learnt from reports still in flight, a town only the store knows) were brought up to
    date by the writer."""
    locations = dist.report_locations([corpus])
    summary, want = _serial(store_location, [corpus])
    out, stats, got = _on_dask(store_location, locations, client, window=8,
                               refresh_names=4)
    assert [r.path for r in out] == [str(p) for p in locations]
    assert _results(summary) == [
        (r.status, r.source_id, r.citations_added, r.sites_matched, r.candidates,
         r.located, r.held, r.problems, r.message) for r in out]
    assert got == want
    sites, sources, _, cites = got
    # shipped, the gazetteer and the airfields, one per report
    assert len(sources) == 3 + 2 + len(locations)
    assert sum(s.review_status == "candidate" for s in sites.values()) >= 70
    assert any(s.located for s in sites.values() if s.review_status == "candidate")
    assert any(c[4] == "location" for c in cites)
    assert any(r.held for r in out)  # the town's name held where the facility is not meant
    assert stats.reanalysed > 0 and stats.news > 3 and stats.failed == 0


def test_workers_copies_renewed_whole_or_by_news_give_the_serial_catalogue(
        corpus, client, tmp_path, monkeypatch):
    """Workers' copies brought up to date by batches of names, and replaced whole every
    two batches: every analysis the writer did not find stale is the one it would make."""
    monkeypatch.setattr(dist, "REBASE_NEWS", 2)
    monkeypatch.setattr(dist, "REFRESH_COST", 0.0)
    locations = dist.report_locations([corpus])
    _, want = _serial(tmp_path / "serial.gpkg", [corpus])
    _, stats, got = _on_dask(tmp_path / "serial.gpkg", locations, client, window=8,
                             refresh_names=2)
    assert got == want
    assert stats.copies > 3 and stats.news > 3


@pytest.mark.parametrize("epoch", [1, 2, 3, 256])
def test_the_writer_asks_only_about_names_learnt_since_the_copy(shipped, monkeypatch, epoch):
    """An analysis made with the names learnt before the mark (3 here) is stale where its
    text names one learnt at or after it, whichever epochs the names fall in."""
    from catalog.ingest.ingester import Analysis
    from catalog.readers import Report

    monkeypatch.setattr(dist, "LEARNT_EPOCH", epoch)
    ing = Ingester(shipped)
    ing.names_added = [(f"Alpha{k} Depot", f"x-{k}") for k in range(7)]
    writer = dist._Writer(ing, {}, False)
    writer.marks = {0: 3}
    for k in [6, 0, 3, 2, 4, 1, 5]:  # in any order: each check adds what is new
        text = f"Trucks left Alpha{k} Depot at dawn."
        item = dist.Analysed(k, "r.txt", Report(None, "txt", text, f"h{k}"),
                             Analysis([(0, len(text))], [], [], [[]]), 0)
        assert (writer.stale(item) is not None) == (k >= 3), k


def test_the_writer_lets_go_of_the_epochs_no_report_still_out_can_need(shipped,
                                                                        monkeypatch):
    """Once every report sent with an old copy is written, the epochs of names learnt
    before the oldest copy still in use are dropped, and the checks still answer."""
    from catalog.ingest.ingester import Analysis
    from catalog.readers import Report

    monkeypatch.setattr(dist, "LEARNT_EPOCH", 2)
    ing = Ingester(shipped)
    ing.names_added = [(f"Alpha{k} Depot", f"x-{k}") for k in range(7)]
    writer = dist._Writer(ing, {}, False)
    writer.marks = {0: 0, 1: 4, 2: 6}
    for g in (0, 1, 2):
        writer.sent(g, 1)

    def item(k, g):
        text = f"Trucks left Alpha{k} Depot at dawn."
        return dist.Analysed(k, "r.txt", Report(None, "txt", text, f"h{k}"),
                             Analysis([(0, len(text))], [], [], [[]]), g)

    assert writer.stale(item(1, 0)) is not None  # every epoch is built and asked
    assert all(e is not None for e in writer._epochs)
    writer.withdrawn(0)  # the one report of copy 0 is written: copy 1's mark is 4
    assert writer._epochs[:2] == [None, None] and writer._epochs[2] is not None
    assert [writer.stale(item(k, 1)) is not None for k in range(7)] == [
        False] * 4 + [True] * 3
    writer.withdrawn(1)
    writer.withdrawn(2)  # nothing out: all but the epoch of the newest mark let go
    assert writer._epochs[:3] == [None] * 3 and writer._epochs[3] is not None
    writer.sent(2, 1)
    assert [writer.stale(item(k, 2)) is not None for k in range(7)] == [
        False] * 6 + [True]


def test_a_stale_analysis_left_as_it_is_would_differ(corpus, client, tmp_path, monkeypatch):
    """What makes the previous test pass: without the writer's check, an analysis made
    before an earlier report's names were learnt is wrong (the check mode sees it)."""
    monkeypatch.setattr(dist._Writer, "stale", lambda self, item: None)
    with pytest.raises(AssertionError, match="differs from the writer's"):
        _on_dask(tmp_path / "c.gpkg", dist.report_locations([corpus]), client, window=8)


def test_a_killed_worker_is_retried_and_nothing_changes(corpus, client, tmp_path,
                                                         serial_reference):
    summary, want = serial_reference
    path = tmp_path / "c.gpkg"
    _fresh(path)
    pids = client.run(os.getpid)
    victim = next(iter(pids.values()))
    results = []
    with open_catalog(path) as cat:
        for r in dist.ingest_on_dask(Ingester(cat), dist.report_locations([corpus]),
                                     client=client, window=8):
            results.append(r)
            if len(results) == 5:
                os.kill(victim, signal.SIGKILL)  # mid-run: its tasks go to the other
    assert all(isinstance(r, type(summary.reports[0])) for r in results)
    assert _snapshot(path) == want
    # the nanny started a new worker process in its place
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        now = set(client.run(os.getpid).values())
        if len(now) == 2 and victim not in now:
            break
        time.sleep(0.5)
    assert victim not in now and len(now) == 2


def test_a_killed_client_run_again_finishes_with_no_report_written_twice(
        corpus, tmp_path, serial_reference):
    import psutil

    _, want = serial_reference
    path = tmp_path / "c.gpkg"
    _fresh(path)
    cmd = [sys.executable, "-m", "catalog", "--catalog", str(path), "ingest", str(corpus),
           "--workers", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = tmp_path / "ingest.log"
    with open(log, "w") as err:
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
    watcher = sqlite3.connect(path)
    reports = "SELECT count(*) FROM sources WHERE content_hash IS NOT NULL"
    shipped = watcher.execute(reports).fetchone()[0]
    deadline = time.monotonic() + 180
    while p.poll() is None and time.monotonic() < deadline and \
            watcher.execute(reports).fetchone()[0] < shipped + 20:
        time.sleep(0.05)
    assert p.poll() is None, "the run ended before it could be killed: " + log.read_text()
    workers = psutil.Process(p.pid).children(recursive=True)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    landed = watcher.execute(reports).fetchone()[0] - shipped
    watcher.close()
    assert 20 <= landed < len(dist.report_locations([corpus]))
    # the worker processes of the dead client end too
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(
            w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers):
        time.sleep(0.5)
    assert not [w.pid for w in workers if w.is_running() and
                w.status() != psutil.STATUS_ZOMBIE]
    again = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"{landed} duplicate report(s) skipped" in again.stdout
    got = _snapshot(path)
    assert got == want
    hashes = [s.content_hash for s in got[1].values() if s.content_hash]
    assert len(hashes) == len(set(hashes))


def test_unreadable_reports_are_listed_and_the_others_ingested(tmp_path, client):
    good = tmp_path / "good"
    write_corpus(good, reports=6, size=1200)
    bad = tmp_path / "bad"
    shutil.copytree(good, bad)
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    with open(bad / "huge.txt", "wb") as f:  # sparse: over the size limit, never read
        f.truncate(65 * 2**20)
    _, want = _serial(tmp_path / "serial.gpkg", [good])
    _fresh(tmp_path / "c.gpkg")
    with open_catalog(tmp_path / "c.gpkg") as cat:
        summary = ingest(cat, [bad], client=client)
    assert {Path(f.path).name: f.reason.split(" is ")[-1] for f in summary.failed} == {
        "binary.txt": "a binary file, not text (it holds NUL bytes); readable reports are "
                      ".htm, .html, .markdown, .md, .pdf, .text, .txt, .xhtml",
        "empty.txt": "empty",
        "huge.txt": "65 MiB, over the 64 MiB a report may have; split it, or give the text "
                    "of a large PDF (pdftotext)"}
    assert summary.sources_added == 6
    assert str(summary).endswith(", 3 report(s) not ingested")
    assert _snapshot(tmp_path / "c.gpkg") == want


def _exploding(first, locations, *args):
    """A task that fails whole when its run of reports holds ``boom.txt`` (as when a
    report makes its worker die each time)."""
    if any(Path(loc).name == "boom.txt" for loc in locations):
        raise RuntimeError("boom")
    return dist.analyse_locations(first, locations, *args)


def test_a_failed_task_is_sent_again_one_report_a_task(tmp_path, client, monkeypatch):
    """A task of several reports that fails as a whole fails only its culprit."""
    import cloudpickle

    good = tmp_path / "good"
    write_corpus(good, reports=8, size=1200)
    mixed = tmp_path / "mixed"
    shutil.copytree(good, mixed)
    shutil.copy(next(good.iterdir()), mixed / "boom.txt")
    _, want = _serial(tmp_path / "serial.gpkg", [good])
    monkeypatch.setattr(dist, "analyse_locations", _exploding)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers can't import it
    try:
        out, stats, got = _on_dask(tmp_path / "c.gpkg", dist.report_locations([mixed]),
                                   client, chunk=3)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert stats.chunk == 3
    failed = [r for r in out if isinstance(r, dist.Failure)]
    assert [(Path(f.path).name, f.reason) for f in failed] == [
        ("boom.txt", "RuntimeError: boom")]
    assert len(out) == 9 and got == want


def test_reports_by_file_url(tmp_path, client):
    write_corpus(tmp_path / "wire", reports=12, size=1200)
    _, want = _serial(tmp_path / "serial.gpkg", [tmp_path / "wire"])
    url = (tmp_path / "wire").as_uri()
    locations = dist.report_locations([url])
    assert locations[0] == url + "/corpus-000000.txt"
    out, _, got = _on_dask(tmp_path / "c.gpkg", locations, client)
    assert got == want
    assert out[0].path == locations[0]


def test_reports_by_memory_url(tmp_path):
    """``memory://`` lives in one process: a cluster of threads in this one reads it."""
    import fsspec

    wire = tmp_path / "wire"
    write_corpus(wire, reports=12, size=1200)
    fs = fsspec.filesystem("memory")
    for f in sorted(wire.iterdir()):
        fs.pipe_file(f"/corpus/{f.name}", f.read_bytes())
    fs.pipe_file("/corpus/.hidden/skip.txt", b"not a report")
    try:
        _, want = _serial(tmp_path / "serial.gpkg", [wire])
        with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                      dashboard_address=":0") as cluster, \
                distributed.Client(cluster) as c:
            locations = dist.report_locations(["memory://corpus"])
            assert len(locations) == 12
            _, _, got = _on_dask(tmp_path / "c.gpkg", locations, c)
        assert got == want
        with pytest.raises(dist.ReportError, match="no such report: 'memory://nothing'"):
            dist.report_locations(["memory://nothing"])
    finally:
        fs.rm("/corpus", recursive=True)


# -- the command line --------------------------------------------------------------------

def test_cli_workers_lists_failures_and_exits_1(tmp_path):
    reports = tmp_path / "reports"
    write_corpus(reports, reports=4, size=1200)
    (reports / "empty.txt").write_text("")
    path = tmp_path / "c.gpkg"
    build_catalog(path, DATA_DIR)
    result = CliRunner().invoke(main, ["--catalog", str(path), "ingest", str(reports),
                                       "--workers", "2"])
    assert result.exit_code == 1, result.output
    assert f"not ingested: {reports / 'empty.txt'}: report " in result.output
    assert "4 source(s) added" in result.output
    assert result.output.strip().endswith(
        "Error: 1 report(s) could not be ingested (listed above); the other 4 were")


@pytest.mark.parametrize("args, message", [
    (["--workers", "0"], "Invalid value for '--workers': 0 is not in the range x>=1."),
    (["--workers", "2", "--scheduler", "tcp://h:1"],
     "Error: give --workers (a local cluster) or --scheduler, not both"),
    (["memory://corpus/"], "Error: reports given by URL are read by Dask workers: add "
                          "--workers N or --scheduler URL"),
])
def test_cli_usage_errors(shipped_path, args, message):
    given = [a for a in args if "://" in a and not a.startswith("tcp")]
    argv = ["--catalog", str(shipped_path), "ingest", *(given or [str(LABELLED)]),
            *[a for a in args if a not in given]]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 2
    assert message in result.output
    with open_catalog(shipped_path) as cat:
        assert len(cat.sources()) == 3  # the shipped ones: nothing was written


def test_cli_unreachable_scheduler_is_one_line(shipped_path, monkeypatch):
    monkeypatch.setattr(dist, "CONNECT_TIMEOUT_S", 1)
    result = CliRunner().invoke(main, ["--catalog", str(shipped_path), "ingest",
                                       str(LABELLED), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(
        "Error: cannot reach the Dask scheduler at 'tcp://127.0.0.1:9': ")


def test_cli_without_dask_says_how_to_install_it(shipped_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    result = CliRunner().invoke(main, ["--catalog", str(shipped_path), "ingest",
                                       str(LABELLED), "--workers", "2"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        "Error: --workers and --scheduler need Dask: pip install 'facility-catalog[dask]'")


def test_rescan_on_dask_equals_a_serial_rescan(tmp_path, client):
    """Reports already catalogued, read again for the sites added since (``--rescan``)."""
    from catalog.model import Alias, Site

    wire = tmp_path / "wire"
    write_corpus(wire, reports=10, size=1200)
    snaps = []
    for name, kw in (("serial.gpkg", {}), ("dask.gpkg", {"client": client})):
        path = tmp_path / name
        _serial(path, [wire])
        with open_catalog(path) as cat:  # a site named in the reports, added afterwards
            cat.add_site(Site("kp-officials", "Seoul officials building", "other"))
            cat.add_alias(Alias("kp-officials", "Seoul", "press"))
            summary = ingest(cat, [wire], rescan=True, **kw)
        assert [r.status for r in summary.reports] == ["rescanned"] * 10
        assert summary.citations_added > 0
        snaps.append((_results(summary), _snapshot(path)))
    assert snaps[0] == snaps[1]


def test_the_name_index_travels_to_workers_without_its_automaton():
    """A copy of the writer's index finds what the index finds, and copying it again and
    again does not grow the writer (pickling a pyahocorasick automaton leaks its size)."""
    import pickle

    from catalog.gazetteer import Entry, NameIndex

    index = NameIndex()
    for i in range(20_000):
        index.add(f"Syn{i}-ri missile base", Entry("site", f"s{i}", f"Syn{i}-ri"))
    text = "Trucks at the Syn17-ri missile base, not at Syn5; the Syn19999-ri Missile Base."
    twin = pickle.loads(pickle.dumps(index))
    assert [(m.start, m.end, m.entries) for m in twin.find(text)] == [
        (m.start, m.end, m.entries) for m in index.find(text)]
    assert len(twin.find(text)) == 2

    def rss_mb():
        return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20

    size = len(pickle.dumps(index)) / 2**20
    before = rss_mb()
    for _ in range(40):
        pickle.dumps(index)
    assert rss_mb() - before < 10 * size  # leaking, it grew by 40 times the size
