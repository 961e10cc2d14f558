"""The stores: where a catalogue lives, and the one place that knows every kind.

A GeoPackage file is the default store (:mod:`~catalog.stores.geopackage`); the PostGIS
store (:mod:`~catalog.stores.postgis`) implements the same :class:`Catalog` contract
(:mod:`~catalog.stores.base`) and is chosen by ``open_catalog("postgresql://...")`` without
any command knowing. Whole catalogues move between them with :mod:`~catalog.stores.transfer`.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import CatalogError, FileOverwriteError
from ..lazy import lazy_module
from .base import Catalog, redact
from .geopackage import GeoPackageCatalog, new_geopackage

# psycopg comes with it, and only a postgresql:// location needs it
postgis = lazy_module("catalog.stores.postgis")

__all__ = ["Catalog", "init_catalog", "is_database_url", "new_catalog", "open_catalog",
           "redact", "resolve_location"]


def resolve_location(location: str | os.PathLike | None) -> str:
    """Where the catalogue is: the argument, else ``$CATALOG``, else ``catalog.gpkg``."""
    if location:
        return os.fspath(location)
    return os.environ.get("CATALOG") or "catalog.gpkg"


def is_database_url(location: str | os.PathLike) -> bool:
    """Whether ``location`` names a PostGIS database (``postgresql://``/``postgres://``)."""
    return str(location).startswith(("postgresql://", "postgres://"))


def _file(location: str) -> str:
    """The path of a file catalogue (``file://`` allowed); other schemes are refused, a
    password in them never shown."""
    m = re.match(r"([A-Za-z][A-Za-z0-9+.\-]+):/", location)
    if m and not location.startswith("file://"):
        hint = (" (did you mean postgresql://?)"
                if m.group(1).lower().startswith(("postg", "psql", "pg")) else "")
        raise CatalogError(f"no store for {m.group(1)!r} catalogues{hint}: {redact(location)}; "
                           "a catalogue is a GeoPackage path or a postgresql:// URL")
    return location.removeprefix("file://")


def open_catalog(location: str | os.PathLike | None = None, *, create: bool = False) -> Catalog:
    """Open the catalogue at ``location``: a GeoPackage path or a PostGIS database URL.

    Parameters
    ----------
    location
        A ``.gpkg`` path, or ``postgresql://user@host/db`` for the PostGIS store
        (:mod:`catalog.stores.postgis`). None means ``$CATALOG`` or ``catalog.gpkg``.
    create
        Create an empty catalogue if there is none (otherwise a missing one raises
        :class:`~catalog.errors.CatalogNotFound`).
    """
    loc = resolve_location(location)
    if is_database_url(loc):
        return postgis.PostGISCatalog(loc, create=create)
    return GeoPackageCatalog(_file(loc), create=create)


@contextlib.contextmanager
def new_catalog(location: str | os.PathLike | None = None, *,
                overwrite: bool = False) -> Iterator[Catalog]:
    """An empty catalogue to fill at ``location``, replacing the old one only when complete.

    A file is written under a temporary name and renamed into place when the block ends
    (its missing folders created); a database is filled in one transaction, its old rows
    deleted first (other sessions see the old contents until it commits). Either way an
    exception in the block changes nothing.

    Raises
    ------
    FileOverwriteError
        If a catalogue is already there (a file, or a database holding rows) and
        ``overwrite`` is False.

    Examples
    --------
    >>> with new_catalog("build/catalog.gpkg", overwrite=True) as cat:  # doctest: +SKIP
    ...     cat.add_source(Source("my-note", "My note"))
    """
    loc = resolve_location(location)
    if is_database_url(loc):
        with postgis.PostGISCatalog(loc, create=True) as cat, cat.transaction():
            if not cat.is_empty():
                if not overwrite:
                    raise FileOverwriteError(
                        f"{cat.location} already holds a catalogue; pass --overwrite to "
                        "replace its contents")
                cat.clear()
            yield cat
        return
    with new_geopackage(_file(loc), overwrite=overwrite) as cat:
        yield cat


def init_catalog(location: str | os.PathLike | None = None) -> str:
    """Create an empty catalogue at ``location``; returns where (a password hidden).

    Raises
    ------
    FileOverwriteError
        If the file exists, or the database already holds a catalogue with rows: nothing
        is changed.
    """
    loc = resolve_location(location)
    if is_database_url(loc):
        with postgis.PostGISCatalog(loc, create=True) as cat:
            if not cat.is_empty():
                raise FileOverwriteError(f"{cat.location} already holds a catalogue; "
                                         "nothing was changed")
            return cat.location
    path = Path(_file(loc))
    if path.exists():
        raise FileOverwriteError(f"{path} exists; nothing was changed")
    with new_geopackage(path):
        pass
    return str(path)
