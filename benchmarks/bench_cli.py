"""The CLI's start-up: ``catalog --help``, ``catalog sites`` and ``catalog show`` on the
shipped catalogue, wall time of a fresh process each, against GDAL's ``ogrinfo -so`` on the
same file (the stock command-line look at a GeoPackage; ``python -c pass``, the floor of any
Python command, when GDAL's tools are not installed).

Medians of ``BENCH_REPEAT`` (default 5) alternating runs of each side; each row also
carries ``python_s``, the median of as many bare ``python -c pass`` (the interpreter's own
start, which no change of ours can remove). Every run is a new process, as a user's is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import alternating, median_time
from catalog.build import DATA_DIR, build_catalog

REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
SITE = "kp-hoejung-ni"


def _catalog_command() -> list[str]:
    """The installed ``catalog`` script beside this interpreter, else ``python -m catalog``."""
    script = Path(sys.executable).parent / "catalog"
    return [str(script)] if script.exists() else [sys.executable, "-m", "catalog"]


def _runner(argv: list[str]):
    def run() -> None:
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return run


def _compiled() -> None:
    """The package's bytecode up to date, as pip leaves an installed package: with
    ``PYTHONDONTWRITEBYTECODE`` set (as on some machines) a module changed since its
    ``.pyc`` was written is compiled again at every start (measured: 110 ms)."""
    import catalog

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(catalog.__file__).parent)],
                   check=True, stdout=subprocess.DEVNULL)


def run(record) -> None:
    _compiled()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "catalog.gpkg"
        counts = build_catalog(path, DATA_DIR)
        n = counts.get("sites", 0)
        ogrinfo = shutil.which("ogrinfo")
        if ogrinfo:
            stock, stock_argv = "ogrinfo -so (GDAL)", [ogrinfo, "-so", "-q", str(path), "sites"]
        else:
            stock, stock_argv = "python -c pass (no ogrinfo)", [sys.executable, "-c", "pass"]
        python_s = median_time(_runner([sys.executable, "-c", "pass"]), repeat=REPEAT)
        catalog = [*_catalog_command(), "--catalog", str(path)]
        for name, args in (("catalog --help", ["--help"]), ("catalog sites", ["sites"]),
                           ("catalog show", ["show", SITE])):
            ours_s, stock_s = alternating(_runner([*catalog, *args]), _runner(stock_argv),
                                          repeat=REPEAT)
            record(f"{name} (start-up)", n, ours_s, stock, stock_s,
                   python_s=round(python_s, 6))
