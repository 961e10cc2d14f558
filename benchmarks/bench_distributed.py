"""Ingest on Dask against a serial ingest, on a synthetic corpus (issue 16).

- ``BENCH_DASK_MB`` (default 200) megabytes of reports from :mod:`benchmarks.corpus`
  (cached in ``build/bench/``), ingested into a fresh copy of the shipped catalogue
  serially and with ``BENCH_DASK_WORKERS`` (default 2) local Dask workers, each run in
  a process of its own: wall time (the cluster's start included) and the client's peak
  RSS (the client is the writer, and holds the scheduler);
- ``BENCH_DASK_SMALL_MB`` (default 20) megabytes with the same workers: the client's
  peak RSS should not grow with the corpus;
- the writer alone: ``BENCH_DASK_WRITER_N`` reports (default 300) analysed first, then
  written through ``Ingester.ingest_report(analysis=...)`` on a GeoPackage and on
  PostGIS (the project's throwaway server, as in bench_postgis): reports/s and
  citations/s, the ceiling of any cluster.

``BENCH_DASK_SERIAL_S=SECONDS`` gives a serial time of the big corpus measured before (the
serial code unchanged) instead of running it again; ``BENCH_DASK_SKIP_WRITER=1`` leaves out
the writer alone.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench"


def _env(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


def corpus(megabytes: float) -> Path:
    """The corpus of ``megabytes`` MB under build/bench/, written once."""
    from benchmarks.corpus import write_corpus

    d = CACHE / f"corpus-{megabytes:g}mb"
    t = time.perf_counter()
    files = write_corpus(d, megabytes=megabytes)
    print(f"corpus {d}: {len(files)} reports, "
          f"{sum(f.stat().st_size for f in files) / 1e6:.0f} MB "
          f"({time.perf_counter() - t:.0f} s to check or write)", flush=True)
    return d


def base_catalogue() -> Path:
    from catalog.build import DATA_DIR, build_catalog

    path = CACHE / "dask-shipped.gpkg"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        build_catalog(path, DATA_DIR)
    return path


def ingest_run(directory: Path, workers: int) -> dict:
    """Ingest ``directory`` into a fresh catalogue in a process of its own."""
    work = CACHE / f"dask-run-{workers}.gpkg"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copy(base_catalogue(), work)
    load = os.getloadavg()[0]
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_distributed", str(work),
                          str(directory), str(workers)], cwd=ROOT, capture_output=True,
                         text=True)
    if out.returncode != 0:
        raise RuntimeError(f"the ingest run failed: {out.stderr[-2000:]}")
    row = json.loads(out.stdout.strip().splitlines()[-1])
    row["load_before"], row["load_after"] = round(load, 1), round(os.getloadavg()[0], 1)
    print(f"  {'serial' if not workers else f'{workers} workers'}: {row}", flush=True)
    return row


def _child(catalogue: str, directory: str, workers: int) -> None:
    """The measured process: one ingest, then a JSON line with its time and peak RSS."""
    import resource

    from catalog import open_catalog
    from catalog.ingest import ingest
    from catalog.ingest.distributed import DaskStats, ingest_on_dask, report_locations

    t = time.perf_counter()
    with open_catalog(catalogue) as cat:
        if workers:
            from catalog.ingest import Ingester

            stats = DaskStats()
            results = list(ingest_on_dask(Ingester(cat), report_locations([directory]),
                                          workers=workers, stats=stats))
            extra = {"reanalysed": stats.reanalysed, "copies": stats.copies, "news": stats.news,
                     "copy_mb": round(stats.copy_bytes / 1e6, 1),
                     "writer_busy_s": round(stats.write_s, 1), "window": stats.window,
                     "chunk": stats.chunk,
                     "failed": stats.failed}
        else:
            results = ingest(cat, [directory]).reports
            extra = {}
    seconds = time.perf_counter() - t
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker processes, ended
    print(json.dumps({"seconds": round(seconds, 2), "reports": len(results),
                      "citations": sum(r.citations_added for r in results),
                      "peak_rss_mb": round(me.ru_maxrss / 1024, 1),
                      "client_cpu_s": round(me.ru_utime + me.ru_stime, 1),
                      "workers_cpu_s": round(kids.ru_utime + kids.ru_stime, 1), **extra}))


def writer_alone(location: str, files: list[Path]) -> dict:
    """Analyse each report, then time writing it (the writer's share of an ingest): wall
    time, and this process's CPU time (which a loaded machine does not inflate)."""
    from catalog import open_catalog
    from catalog.ingest import Ingester
    from catalog.readers import read_report

    out = dict.fromkeys(["analyse_s", "write_s", "analyse_cpu_s", "write_cpu_s"], 0.0)
    citations = 0
    with open_catalog(location) as cat:
        ing = Ingester(cat)
        for f in files:
            t, c = time.perf_counter(), time.process_time()
            report = read_report(f)
            analysis = ing.analyse_report(report)
            t2, c2 = time.perf_counter(), time.process_time()
            citations += ing.ingest_report(report, analysis=analysis).citations_added
            out["analyse_s"] += t2 - t
            out["analyse_cpu_s"] += c2 - c
            out["write_s"] += time.perf_counter() - t2
            out["write_cpu_s"] += time.process_time() - c2
    return {**out, "citations": citations}


def run(record):
    run_writer(record)
    run_ingest(record)


def run_writer(record):
    """The writer alone, on each store."""
    from catalog.build import DATA_DIR, build_catalog

    small_mb = _env("BENCH_DASK_SMALL_MB", 20)
    n = int(_env("BENCH_DASK_WRITER_N", 300))
    if os.environ.get("BENCH_DASK_SKIP_WRITER") == "1":
        n = 0
    files = sorted(corpus(small_mb).iterdir())[:n]
    mb = sum(f.stat().st_size for f in files) / 1e6
    stores = {"GeoPackage": None, "PostGIS": None} if files else {}
    server = None
    try:
        if stores:
            from benchmarks.bench_postgis import Server

            server = Server()
            stores["PostGIS"] = server.new_database()
    except Exception as e:  # no server: say why, measure the GeoPackage alone
        print(f"writer on PostGIS not measured: {e}", flush=True)
        stores.pop("PostGIS")
    try:
        for store, location in stores.items():
            if location is None:
                location = str(CACHE / "dask-writer.gpkg")
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{location}{suffix}").unlink(missing_ok=True)
            build_catalog(location, DATA_DIR, overwrite=True)
            w = writer_alone(location, files)
            total = w["analyse_s"] + w["write_s"]
            record(f"writer alone, {store}", len(files), w["write_s"],
                   "serial ingest of the same reports", total,
                   reports_per_s=round(len(files) / w["write_s"], 1),
                   citations_per_s=round(w["citations"] / w["write_s"], 1),
                   analyse_reports_per_s=round(len(files) / w["analyse_s"], 1),
                   write_cpu_s=round(w["write_cpu_s"], 1),
                   analyse_cpu_s=round(w["analyse_cpu_s"], 1),
                   reports_per_cpu_s=round(len(files) / w["write_cpu_s"], 1),
                   citations_per_cpu_s=round(w["citations"] / w["write_cpu_s"], 1),
                   mb=round(mb, 1), writer_share=round(w["write_s"] / total, 2),
                   workers_one_writer_feeds=round(w["analyse_s"] / w["write_s"], 1),
                   load_avg=round(os.getloadavg()[0], 1))
    finally:
        if server is not None:
            server.stop()



def run_ingest(record):
    """Serial against workers, and the client's memory."""
    workers = int(_env("BENCH_DASK_WORKERS", 2))
    big_mb, small_mb = _env("BENCH_DASK_MB", 200), _env("BENCH_DASK_SMALL_MB", 20)
    small = ingest_run(corpus(small_mb), workers)
    big_dir = corpus(big_mb)
    big = ingest_run(big_dir, workers)
    earlier = os.environ.get("BENCH_DASK_SERIAL_S")
    serial = {"seconds": float(earlier), "citations": big["citations"],
              "load_before": None} if earlier else ingest_run(big_dir, 0)
    assert serial["citations"] == big["citations"], (serial, big)
    record(f"ingest {big_mb:g} MB, {workers} Dask workers", big["reports"],
           big["seconds"], "serial ingest", serial["seconds"], mb=big_mb,
           mb_per_s=round(big_mb / big["seconds"], 3),
           serial_mb_per_s=round(big_mb / serial["seconds"], 3),
           citations=big["citations"], reanalysed=big["reanalysed"],
           copies=big["copies"], news=big.get("news"), writer_busy_s=big["writer_busy_s"],
           serial_measured_before=bool(earlier), client_cpu_s=big["client_cpu_s"],
           workers_cpu_s=big["workers_cpu_s"], copy_mb=big["copy_mb"],
           load_avg=[serial["load_before"], big["load_before"], big["load_after"]])
    record(f"client peak RSS, {big_mb:g} vs {small_mb:g} MB", big["reports"],
           big["seconds"], f"{small_mb:g} MB corpus", small["seconds"],
           peak_rss_mb=big["peak_rss_mb"], small_peak_rss_mb=small["peak_rss_mb"],
           rss_ratio=round(big["peak_rss_mb"] / small["peak_rss_mb"], 2),
           small_reports=small["reports"])


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], int(sys.argv[3]))
