"""Shared fixtures: real GeoPackages built in tmp_path and the project's own test texts
(the checks against the real reports kept outside the repository are `make check-sources`,
benchmarks/check_sources.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalog import open_catalog
from catalog.build import DATA_DIR, build_catalog
from tests.browser import Browser, ensure_chromium
from tests.nodejs import ensure_node

ROOT = Path(__file__).resolve().parent.parent
#: A short report written for the tests (tests/data/README.md): it names two shipped sites.
FIRST_RUN_REPORT = ROOT / "tests" / "data" / "first-run" / "missile-bases-note.txt"


@pytest.fixture
def shipped_path(tmp_path) -> Path:
    """A fresh GeoPackage built from the shipped text form in data/."""
    path = tmp_path / "catalog.gpkg"
    build_catalog(path, DATA_DIR)
    return path


@pytest.fixture
def shipped(shipped_path):
    """The shipped catalogue, open."""
    with open_catalog(shipped_path) as cat:
        yield cat


@pytest.fixture
def empty(tmp_path):
    """An empty catalogue, open."""
    with open_catalog(tmp_path / "empty.gpkg", create=True) as cat:
        yield cat


# -- PostGIS (issue 8): a throwaway server, one fresh database per test ------------------
# `make test` starts a real PostgreSQL + PostGIS on a loopback port (installing the Debian
# packages first when run as root), or uses $CATALOG_TEST_POSTGIS (a URL of a database
# with postgis, on a server where the role may CREATE DATABASE). Without either, the
# PostGIS tests are skipped with the reason; CATALOG_REQUIRE_POSTGIS=1 makes that a failure.
SCRIPTS = ROOT / "scripts"


def _no_postgis(reason: str):
    import os

    if os.environ.get("CATALOG_REQUIRE_POSTGIS") == "1":
        pytest.fail(f"PostGIS required (CATALOG_REQUIRE_POSTGIS=1) but {reason}")
    pytest.skip(f"PostGIS tests skipped: {reason}")


@pytest.fixture(scope="session")
def postgis_server(tmp_path_factory):
    """URL of a database with postgis to copy per test (the server is stopped at the end)."""
    import os
    import shutil
    import subprocess
    import tempfile

    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_postgis("psycopg is not installed (pip install -e '.[dev]')")
    given = os.environ.get("CATALOG_TEST_POSTGIS", "")
    if given.lower() in ("0", "off", "no", "skip"):
        _no_postgis("CATALOG_TEST_POSTGIS says not to run them")
    if given:
        yield given
        return
    try:
        installed = subprocess.run([SCRIPTS / "install-postgis.sh"], capture_output=True,
                                   text=True, timeout=1800)
    except subprocess.TimeoutExpired:
        _no_postgis("scripts/install-postgis.sh took over 30 minutes (apt locked?)")
    if installed.returncode != 0:
        _no_postgis("PostgreSQL with PostGIS is not installed and scripts/install-postgis.sh "
                    f"could not install it: {installed.stderr.strip().splitlines()[-1:]}")
    # not under tmp_path: the server runs as `postgres`, which must reach the directory
    workdir = tempfile.mkdtemp(prefix="catalog-pg-")
    started = subprocess.run([SCRIPTS / "pg-test-server.sh", "start", workdir],
                             capture_output=True, text=True, timeout=180)
    if started.returncode != 0:
        shutil.rmtree(workdir, ignore_errors=True)
        _no_postgis(f"the test server did not start: {started.stderr.strip()[-300:]}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([SCRIPTS / "pg-test-server.sh", "stop", workdir], capture_output=True,
                       timeout=120)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def postgis_url(postgis_server):
    """A fresh, empty database (postgis installed, no catalogue yet), dropped afterwards."""
    import uuid

    import psycopg
    from psycopg import sql

    base, template = postgis_server.rsplit("/", 1)
    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(template)))
    yield f"{base}/{name}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))


@pytest.fixture(params=["gpkg", "postgis"])
def store_location(request, tmp_path):
    """Where a fresh catalogue goes, once per store: a GeoPackage path, a PostGIS URL."""
    if request.param == "gpkg":
        return str(tmp_path / "catalog.gpkg")
    return request.getfixturevalue("postgis_url")


@pytest.fixture
def store(store_location):
    """An empty catalogue in each store, open."""
    with open_catalog(store_location, create=True) as cat:
        yield cat


@pytest.fixture
def shipped_store(store_location):
    """The shipped catalogue built into each store, open."""
    build_catalog(store_location, DATA_DIR)
    with open_catalog(store_location) as cat:
        yield cat


def no_traceback(result) -> bool:
    """True when a CliRunner result ended by click's own exit, not an uncaught exception.

    CliRunner catches exceptions into ``result.exception``: the output never shows a
    traceback, so checking the output proves nothing.
    """
    return result.exception is None or isinstance(result.exception, SystemExit)


# Real Chromium and Node, installed by the project's own scripts; missing, they fail the
# suite unless the user says to skip them (CATALOG_SKIP_BROWSER, CATALOG_SKIP_NODE).
def _require(reason: str | None, skip_variable: str) -> None:
    """Fail with ``reason`` (a component could not be installed), or skip when the user
    set ``skip_variable``."""
    if reason:
        if os.environ.get(skip_variable):
            pytest.skip(reason)
        pytest.fail(reason)


@pytest.fixture(scope="module")
def browser():
    _require(ensure_chromium(), "CATALOG_SKIP_BROWSER")
    with Browser() as b:
        yield b


@pytest.fixture(scope="module")
def node():
    _require(ensure_node(), "CATALOG_SKIP_NODE")
