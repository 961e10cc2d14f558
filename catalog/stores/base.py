"""The ``Catalog`` contract: every operation a command or a notebook needs of a store.

Nothing above the stores writes SQL, and no caller branches on which store it holds:
what differs between the GeoPackage and PostGIS is behind these methods. The checks that
belong to the API rather than to a database (references, edit conflicts, the history of
each change, bulk-insert checks) live here too, so both stores make them alike.
"""

from __future__ import annotations

import abc
import contextlib
import dataclasses
import os
import re
from collections.abc import Iterable

from ..errors import CatalogError, DuplicateError, EditConflict, SiteNotFound
from ..filters import uncertainty_m
from ..lazy import lazy_module
from ..model import CITATION_COLUMNS, SITE_COLUMNS, Alias, Citation, Site, Source

# geopandas comes with it: loaded on the first region query, not with the catalogue
_query = lazy_module("catalog.query")

#: Site fields whose changes are kept in the history (the point is one field, "location").
HISTORY_FIELDS = ("name", "name_local", "facility_type", "country", "admin1", "status",
                  "status_as_of", "location", "location_precision", "precision_m",
                  "location_method", "location_source_id", "parent_site_id", "review_status",
                  "notes")
#: The source fields :meth:`Catalog.citation_rows` puts beside each citation.
CITED_SOURCE_FIELDS = ["title", "authors", "publisher", "published", "url", "kind"]


class Catalog(abc.ABC):
    """A catalogue of cited facility sites.

    Every method that writes runs in a transaction: either inside the one the caller
    opened with :meth:`transaction`, or in its own. A failed write changes nothing.

    Examples
    --------
    >>> from catalog import open_catalog, Site
    >>> with open_catalog("catalog.gpkg", create=True) as cat:  # doctest: +SKIP
    ...     with cat.transaction():
    ...         cat.add_site(Site("kp-example", "Example", "missile base"))
    """

    location: str

    # -- lifecycle ---------------------------------------------------------------------
    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """Group writes: all of them land, or (on any exception) none."""

    # -- sites -------------------------------------------------------------------------
    @abc.abstractmethod
    def add_site(self, site: Site) -> Site:
        """Insert a new site; raises DuplicateError if its ``site_id`` is taken."""

    def add_sites(self, sites: Iterable[Site]) -> int:
        """Insert many sites in one transaction; returns how many."""
        n = 0
        with self.transaction():
            for s in sites:
                self.add_site(s)
                n += 1
        return n

    @abc.abstractmethod
    def update_site(self, site: Site, *, source_id: str | None = None,
                    note: str | None = None) -> Site:
        """Replace an existing site's fields; raises SiteNotFound.

        Each changed field is kept in the site's history with the time, the old and new
        value, and ``source_id``, the source that justified the change.
        """

    def edit_site(self, site_id: str, *, source_id: str | None = None,
                  note: str | None = None, **changes) -> Site:
        """Change some fields of a site, read and written in one transaction (no lost
        update); what ``catalog update-site`` does.

        A new point (``lat``/``lon``) justified by ``source_id`` is that source's: unless
        the change names another ``location_source_id`` or a ``location_method`` other
        than ``published by source``, ``location_source_id`` becomes ``source_id``.

        Parameters
        ----------
        site_id
            The site to change.
        source_id, note
            The source justifying the change and a note, kept in the site's history.
        **changes
            New values of :class:`~catalog.model.Site` fields; ``lat=None, lon=None``
            (with ``location_precision="unknown"``) removes the point.

        Examples
        --------
        >>> cat.edit_site("kp-hoejung-ni", status="active", status_as_of="2022-02-07",
        ...               source_id="csis-2022-02-07-hoejung-ni")  # doctest: +SKIP
        """
        if "site_id" in changes:
            raise TypeError("edit_site cannot change a site's site_id")
        moved = changes.get("lat") is not None or changes.get("lon") is not None
        if moved and source_id and changes.get("location_method") in (None,
                                                                      "published by source"):
            changes.setdefault("location_source_id", source_id)
        with self.transaction():
            site = self.get_site(site_id)
            return self.update_site(dataclasses.replace(site, **changes),
                                    source_id=source_id, note=note)

    @abc.abstractmethod
    def site_history(self, site_id: str) -> list[dict]:
        """Every recorded change to a site, oldest first."""

    @abc.abstractmethod
    def history_rows(self) -> list[dict]:
        """Every history row of every site (deleted ones too), oldest first."""

    @abc.abstractmethod
    def replace_history(self, site_id: str, rows: Iterable[dict]) -> None:
        """Set an existing site's recorded history to ``rows`` (dicts with the
        :data:`~catalog.model.HISTORY_COLUMNS`, oldest first), in one transaction: what
        ``catalog import`` does for a site that comes with its history."""

    @abc.abstractmethod
    def backup(self, dest: str | os.PathLike, *, overwrite: bool = False) -> None:
        """Write a consistent copy of the catalogue to ``dest``, a GeoPackage file.

        Raises
        ------
        FileOverwriteError
            If ``dest`` exists and ``overwrite`` is False.
        """

    @abc.abstractmethod
    def delete_site(self, site_id: str) -> None:
        """Delete a site and its aliases; its citations must have been moved first."""

    @abc.abstractmethod
    def get_site(self, site_id: str) -> Site:
        """The site with this id; raises SiteNotFound."""

    @abc.abstractmethod
    def sites(self, review_status: Iterable[str] | None = ("accepted",)) -> list[Site]:
        """All sites in ``site_id`` order (``review_status=None`` for every state)."""

    def has_site(self, site_id: str) -> bool:
        try:
            self.get_site(site_id)
        except KeyError:
            return False
        return True

    @staticmethod
    def _check_fresh(site: Site, old: Site) -> None:
        """Raise EditConflict if ``site`` was read before ``old``, the stored version, was
        written (optimistic check of the caller's read)."""
        if site.updated_at is not None and site.updated_at < old.updated_at:
            raise EditConflict(
                f"site {site.site_id!r} was changed by another writer at {old.updated_at}, "
                f"after it was read ({site.updated_at}); nothing was changed: read it "
                "again and repeat the edit")

    def _check_refs(self, s: Site) -> None:
        """Raise SiteNotFound/SourceNotFound if ``s`` names a parent or location source
        the catalogue lacks."""
        if s.parent_site_id and not self.has_site(s.parent_site_id):
            raise SiteNotFound(
                f"parent site {s.parent_site_id!r} of {s.site_id!r} does not exist")
        if s.location_source_id:
            self.get_source(s.location_source_id)

    # -- aliases -----------------------------------------------------------------------
    @abc.abstractmethod
    def add_alias(self, alias: Alias) -> Alias:
        """Add another name of a site (ignored if that exact name is already there)."""

    @abc.abstractmethod
    def aliases(self, site_id: str | None = None) -> list[Alias]:
        """Aliases of one site, or of all sites."""

    # -- sources -----------------------------------------------------------------------
    @abc.abstractmethod
    def add_source(self, source: Source) -> Source: ...

    @abc.abstractmethod
    def get_source(self, source_id: str) -> Source:
        """The source with this id; raises SourceNotFound."""

    @abc.abstractmethod
    def find_source(self, *, content_hash: str | None = None, url: str | None = None
                    ) -> Source | None:
        """A source already holding this content hash or URL, if any."""

    @abc.abstractmethod
    def sources(self) -> list[Source]: ...

    # -- citations ---------------------------------------------------------------------
    @abc.abstractmethod
    def add_citation(self, citation: Citation) -> Citation:
        """Link a site to a source; the same citation twice is stored once."""

    @abc.abstractmethod
    def citations(self, site_id: str | None = None, source_id: str | None = None
                  ) -> list[Citation]: ...

    @abc.abstractmethod
    def move_citations(self, from_site: str, to_site: str) -> int:
        """Re-point every citation of one site at another (used when merging)."""

    def citation_rows(self, site_ids: Iterable[str] | None = None) -> list[dict]:
        """Citations (of ``site_ids``, or all) as dicts, each with its source's
        :data:`CITED_SOURCE_FIELDS` (``authors`` joined with ``"; "``)."""
        wanted = set(site_ids) if site_ids is not None else None
        srcs = {s.source_id: s for s in self.sources()}
        rows = []
        for c in self.citations():
            if wanted is not None and c.site_id not in wanted:
                continue
            s = srcs[c.source_id]
            rows.append({
                **c.__dict__,
                "title": s.title, "authors": "; ".join(s.authors), "publisher": s.publisher,
                "published": s.published, "url": s.url, "kind": s.kind,
            })
        return rows

    # -- gazetteer places (issue 3) -----------------------------------------------------
    def add_places(self, places) -> int:
        """Store gazetteer places (:class:`catalog.gazetteer.Place`); returns how many.

        A place already stored under the same ``place_id`` is replaced.
        """
        raise CatalogError(f"{type(self).__name__} keeps no gazetteer")

    def places(self) -> list:
        """Gazetteer places imported into this catalogue (none by default)."""
        return []

    def places_named(self, key: str) -> list:
        """Imported places with a name whose :func:`~catalog.gazetteer.match_key` is ``key``."""
        return []

    # -- whole catalogues: build, restore, backup -----------------------------------------
    def is_empty(self) -> bool:
        """Whether the catalogue holds no row at all (no site, source, history, place...)."""
        return (not any(self.counts().values()) and not self.history_rows()
                and not self.places())

    @abc.abstractmethod
    def clear(self) -> None:
        """Delete every row of every layer (for ``build --overwrite``), in the transaction."""

    def dump_records(self) -> dict[str, list]:
        """Everything, as :meth:`load_records` takes it: sources, sites in every review
        state, aliases, citations, history and places (a store reads them in one
        snapshot)."""
        return {"sources": self.sources(), "sites": self.sites(None),
                "aliases": self.aliases(), "citations": self.citations(),
                "history": self.history_rows(), "places": self.places()}

    @abc.abstractmethod
    def load_records(self, *, sources, sites, aliases, citations, history, places=()
                     ) -> None:
        """Write records verbatim (no implicit aliases or history) in one transaction.

        The catalogue should be empty; a clash raises DuplicateError.
        """

    # -- frames for query, mapping and export -------------------------------------------
    def sites_frame(self, review_status: Iterable[str] | None = ("accepted",)):
        """Sites as a GeoDataFrame in EPSG:4326; unlocated sites have a None geometry."""
        return sites_to_frame(self.sites(review_status))

    def citations_frame(self, site_ids: Iterable[str] | None = None):
        """Citations joined with their source's title, publisher, date, URL and kind."""
        import pandas as pd

        # object dtype keeps a missing quote or date as None (pandas would make it NaN)
        return pd.DataFrame(self.citation_rows(site_ids),
                            columns=CITATION_COLUMNS + CITED_SOURCE_FIELDS, dtype=object)

    def counts(self) -> dict[str, int]:
        """How many rows each layer holds."""
        return {
            "sites": len(self.sites(None)),
            "aliases": len(self.aliases()),
            "sources": len(self.sources()),
            "citations": len(self.citations()),
        }

    # -- region queries (issue 4) --------------------------------------------------------
    def query(self, *regions, **options):
        """Sites inside every region that pass the filters; see :func:`catalog.query.query`.

        Examples
        --------
        >>> from catalog.query import BBox
        >>> cat.query(BBox(124, 37, 131, 43), types=["missile base"])  # doctest: +SKIP
        """
        return _query.query(self, *regions, **options)

    def candidates(self, bboxes, site_filter):
        """Located sites passing ``site_filter`` whose point lies in any of ``bboxes``.

        The generic path reads every site; a store with a spatial index overrides it.

        Parameters
        ----------
        bboxes
            ``(west, south, east, north)`` tuples in degrees with west <= east; closed.
        site_filter
            A :class:`catalog.filters.SiteFilter`.

        Returns
        -------
        tuple
            ``(records, lon, lat)``: a list of tuples of the
            :data:`~catalog.model.SITE_COLUMNS` values, each site once, and two float
            arrays of its coordinates.
        """
        import numpy as np

        frame = self.sites_frame(None)
        keep = site_filter.mask(frame, self.aliases(), self.citations_frame())
        frame = frame[keep & frame.geometry.notna().to_numpy()]
        lon = frame.geometry.x.to_numpy(dtype=float)
        lat = frame.geometry.y.to_numpy(dtype=float)
        inside = np.zeros(len(frame), dtype=bool)
        for w, s, e, n in bboxes:
            inside |= (lon >= w) & (lon <= e) & (lat >= s) & (lat <= n)
        records = list(frame[SITE_COLUMNS][inside].itertuples(index=False, name=None))
        return records, lon[inside], lat[inside]

    def count_unlocated(self, site_filter) -> int:
        """How many sites without a location pass ``site_filter``."""
        frame = self.sites_frame(None)
        keep = site_filter.mask(frame, self.aliases(), self.citations_frame())
        return int((keep & frame.geometry.isna().to_numpy()).sum())

    def max_uncertainty_m(self) -> float:
        """The largest uncertainty radius of any located site (0 for an empty catalogue)."""
        frame = self.sites_frame(None)
        frame = frame[frame.geometry.notna()]
        if frame.empty:
            return 0.0
        return float(uncertainty_m(frame["location_precision"], frame["precision_m"]).max())


def implicit_aliases(s: Site) -> list[Alias]:
    """The aliases a new site gets with it: its name (``preferred``) and its local name,
    once each."""
    names = {s.name: Alias(s.site_id, s.name, "preferred").validated()}
    if s.name_local:
        names.setdefault(s.name_local,
                         Alias(s.site_id, s.name_local, "local script").validated())
    return list(names.values())


class SiteBatch:
    """The checks a store's bulk ``add_sites`` makes of each site, as ``add_site`` does.

    :meth:`admit` validates a site, refuses one repeated in the batch, looks up its
    location source (once per source) and stamps ``updated_at``; a parent may come later
    in the batch, so parents are checked at the end by :meth:`check_parents`.
    """

    def __init__(self, catalog: Catalog, now: str):
        self.catalog, self.now = catalog, now
        self.seen: set[str] = set()
        self.parents: dict[str, str] = {}  # parent id -> a child naming it
        self.known_sources: set[str] = set()

    def admit(self, site: Site) -> Site:
        s = site.validated()
        if s.site_id in self.seen:
            raise DuplicateError(f"site {s.site_id!r} appears twice in the batch")
        self.seen.add(s.site_id)
        if s.parent_site_id and s.parent_site_id not in self.seen:
            self.parents.setdefault(s.parent_site_id, s.site_id)
        if s.location_source_id and s.location_source_id not in self.known_sources:
            self.catalog.get_source(s.location_source_id)
            self.known_sources.add(s.location_source_id)
        s.updated_at = s.updated_at or self.now
        return s

    @staticmethod
    def history(s: Site) -> list[tuple]:
        """A new site's history rows, in :data:`~catalog.model.HISTORY_COLUMNS` order."""
        return [(s.site_id, s.updated_at, f, o, v, s.location_source_id, None)
                for f, o, v in site_changes(None, s)]

    def check_parents(self) -> None:
        for parent, child in self.parents.items():
            if parent not in self.seen and not self.catalog.has_site(parent):
                raise SiteNotFound(f"parent site {parent!r} of {child!r} does not exist")


def _field_text(site: Site | None, name: str) -> str | None:
    if site is None:
        return None
    if name == "location":
        return f"{site.lat:.7f},{site.lon:.7f}" if site.located else None
    v = getattr(site, name)
    return None if v is None else str(v)


def site_changes(old: Site | None, new: Site) -> list[tuple[str, str | None, str | None]]:
    """``(field, old, new)`` for every tracked field that differs (all set ones if new)."""
    out = []
    for f in HISTORY_FIELDS:
        a, b = _field_text(old, f), _field_text(new, f)
        if a != b:
            out.append((f, a, b))
    return out


def sites_to_frame(sites: list[Site]):
    """Turn Site records into a GeoDataFrame (None geometry where unlocated)."""
    import geopandas as gpd
    import numpy as np
    import shapely

    data = {c: [getattr(s, c) for s in sites] for c in SITE_COLUMNS}
    geoms = np.array([None] * len(sites), dtype=object)
    idx = [i for i, s in enumerate(sites) if s.located]
    if idx:
        geoms[idx] = shapely.points([sites[i].lon for i in idx], [sites[i].lat for i in idx])
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(list(geoms), crs="EPSG:4326"),
                            crs="EPSG:4326")


def sites_from_frame(frame) -> list[Site]:
    """Site records from a frame with the :data:`~catalog.model.SITE_COLUMNS` and a point
    geometry (what :meth:`Catalog.sites_frame` and :meth:`Catalog.query` return); missing
    values become None."""
    import pandas as pd

    out = []
    cols = [c for c in SITE_COLUMNS if c in frame.columns]
    values = frame[cols].astype(object).where(frame[cols].notna(), None)
    for row, geom in zip(values.itertuples(index=False, name=None), frame.geometry,
                         strict=True):
        kw = dict(zip(cols, row, strict=True))
        if kw.get("precision_m") is not None:
            kw["precision_m"] = float(kw["precision_m"])
        located = geom is not None and not pd.isna(geom) and not geom.is_empty
        out.append(Site(lon=float(geom.x) if located else None,
                        lat=float(geom.y) if located else None, **kw))
    return out


def redact(location: str | os.PathLike) -> str:
    """A catalogue location fit for messages: a database URL's password hidden.

    Examples
    --------
    >>> redact("postgresql://analyst:s3cret@db/catalog")
    'postgresql://analyst:***@db/catalog'
    """
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", str(location))
