"""Move a whole catalogue between stores, losslessly: GeoPackage <-> PostGIS.

Every row is copied verbatim — sites in every review state with their ``updated_at``,
aliases with their match keys, sources, citations with their ids, and the full site
history (of deleted sites too) — without the implicit aliases and history rows that
``add_site`` writes. ``catalog backup`` of a PostGIS catalogue is the reverse direction.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import FileOverwriteError
from .store import is_database_url, open_catalog


def copy_catalog(source: str | os.PathLike, target: str | os.PathLike, *,
                   overwrite: bool = False) -> dict[str, int]:
    """Copy the catalogue at ``source`` into ``target`` (a GeoPackage path or a PostGIS URL).

    A database target is filled in one transaction (other sessions see the old contents
    until it commits); a file target is written under a temporary name and renamed into
    place when complete. Either way a failure changes nothing.

    Returns
    -------
    dict
        Row counts per layer of the new catalogue.

    Raises
    ------
    FileOverwriteError
        If ``target`` already holds a catalogue and ``overwrite`` is False.

    Examples
    --------
    >>> copy_catalog("build/catalog.gpkg", "postgresql://analyst@db/catalog")  # doctest: +SKIP
    {'sites': 4, 'aliases': 15, 'sources': 3, 'citations': 5}
    """
    with open_catalog(source) as src:
        records = src.dump_records()
    target = os.fspath(target)
    if is_database_url(target):
        with open_catalog(target, create=True) as dst:
            with dst.transaction():
                if not dst.is_empty():
                    if not overwrite:
                        raise FileOverwriteError(
                            f"{dst.location} already holds a catalogue; pass --overwrite to "
                            "replace its contents")
                    dst.clear()
                dst.load_records(**records)
            return dst.counts()
    path = Path(target)
    if path.exists() and not overwrite:
        raise FileOverwriteError(f"{path} exists; pass --overwrite to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        with open_catalog(tmp, create=True) as dst:
            dst.load_records(**records)
            counts = dst.counts()
        from .qgis import write_project

        write_project(tmp, path.name)  # its embedded QGIS project names the final file
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return counts
