"""Shared fixtures: real GeoPackages built in tmp_path, and the report in ../shared/reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog import open_catalog
from catalog.build import DATA_DIR, build_catalog

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REPORT = SHARED / "reports" / "2018-12-08-global-media-north-korea-missile-base.txt"


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


@pytest.fixture
def report_text() -> str:
    if not REPORT.exists():
        pytest.skip(f"the shared report is not at {REPORT}")
    return REPORT.read_text(encoding="utf-8")
