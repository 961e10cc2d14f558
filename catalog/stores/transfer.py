"""Move a whole catalogue between stores, losslessly: GeoPackage <-> PostGIS.

Every row is copied verbatim — sites in every review state with their ``updated_at``,
aliases with their match keys, sources, citations with their ids, the full site history
(of deleted sites too) and the gazetteer's places — without the implicit aliases and
history rows that ``add_site`` writes. ``catalog backup`` of a PostGIS catalogue is the
reverse direction.
"""

from __future__ import annotations

import os

from . import new_catalog, open_catalog


def copy_catalog(source: str | os.PathLike, target: str | os.PathLike, *,
                 overwrite: bool = False) -> dict[str, int]:
    """Copy the catalogue at ``source`` into ``target`` (a GeoPackage path or a PostGIS URL).

    A database target is filled in one transaction (other sessions see the old contents
    until it commits); a file target is written under a temporary name and renamed into
    place when complete (:func:`catalog.stores.new_catalog`). Either way a failure
    changes nothing.

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
    with new_catalog(target, overwrite=overwrite) as dst:
        dst.load_records(**records)
        return dst.counts()
