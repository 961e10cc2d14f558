"""The store seam: the ``Catalog`` API every command talks to, and ``open_catalog``.

Nothing above this module writes SQL. A GeoPackage file is the default store
(:mod:`catalog.geopackage`); the PostGIS store (:mod:`catalog.postgis`) implements the
same API and is chosen by ``open_catalog("postgresql://...")`` without any command knowing.
"""

from __future__ import annotations

import abc
import contextlib
import os
import re
from collections.abc import Iterable

import geopandas as gpd
import pandas as pd

from .errors import CatalogError, DuplicateError, EditConflict, SiteNotFound
from .model import Alias, Citation, Site, Source

#: Columns of :meth:`Catalog.sites_frame`, in order, before ``geometry``.
SITE_COLUMNS = [f for f in Site.__dataclass_fields__ if f not in ("lon", "lat")]


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

    @abc.abstractmethod
    def site_history(self, site_id: str) -> list[dict]:
        """Every recorded change to a site, oldest first."""

    @abc.abstractmethod
    def backup(self, dest: str | os.PathLike) -> None:
        """Write a consistent copy of the catalogue to ``dest``."""

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

    # -- frames for query, mapping and export -------------------------------------------
    def sites_frame(self, review_status: Iterable[str] | None = ("accepted",)
                    ) -> gpd.GeoDataFrame:
        """Sites as a GeoDataFrame in EPSG:4326; unlocated sites have a None geometry."""
        sites = self.sites(review_status)
        return sites_to_frame(sites)

    def citations_frame(self, site_ids: Iterable[str] | None = None) -> pd.DataFrame:
        """Citations joined with their source's title, publisher, date, URL and kind."""
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
        cols = list(Citation.__dataclass_fields__) + [
            "title", "authors", "publisher", "published", "url", "kind"]
        # object dtype keeps a missing quote or date as None (pandas would make it NaN)
        return pd.DataFrame(rows, columns=cols, dtype=object)

    def counts(self) -> dict[str, int]:
        """How many rows each layer holds."""
        return {
            "sites": len(self.sites(None)),
            "aliases": len(self.aliases()),
            "sources": len(self.sources()),
            "citations": len(self.citations()),
        }

    # -- region queries (issue 4) --------------------------------------------------------
    def query(self, *regions, **options) -> gpd.GeoDataFrame:
        """Sites inside every region that pass the filters; see :func:`catalog.query.query`.

        Examples
        --------
        >>> from catalog.query import BBox
        >>> cat.query(BBox(124, 37, 131, 43), types=["missile base"])  # doctest: +SKIP
        """
        from .query import query

        return query(self, *regions, **options)

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
            ``(records, lon, lat)``: a list of tuples of the :data:`SITE_COLUMNS` values,
            each site once, and two float arrays of its coordinates.
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

    def unlocated(self, site_filter) -> list[Site]:
        """The sites without a location that pass ``site_filter``, by site_id."""
        frame = self.sites_frame(None)
        keep = site_filter.mask(frame, self.aliases(), self.citations_frame())
        ids = frame.loc[keep & frame.geometry.isna().to_numpy(), "site_id"]
        return [self.get_site(i) for i in sorted(ids)]

    def max_uncertainty_m(self) -> float:
        """The largest uncertainty radius of any located site (0 for an empty catalogue)."""
        from .filters import uncertainty_m

        frame = self.sites_frame(None)
        frame = frame[frame.geometry.notna()]
        if frame.empty:
            return 0.0
        return float(uncertainty_m(frame["location_precision"], frame["precision_m"]).max())


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
        """A new site's history rows: ``(site_id, changed_at, field, old_value, new_value,
        source_id, note)``."""
        return [(s.site_id, s.updated_at, f, o, v, s.location_source_id, None)
                for f, o, v in site_changes(None, s)]

    def check_parents(self) -> None:
        for parent, child in self.parents.items():
            if parent not in self.seen and not self.catalog.has_site(parent):
                raise SiteNotFound(f"parent site {parent!r} of {child!r} does not exist")


#: Site fields whose changes are kept in the history (the point is one field, "location").
HISTORY_FIELDS = ("name", "name_local", "facility_type", "country", "admin1", "status",
                  "status_as_of", "location", "location_precision", "precision_m",
                  "location_method", "location_source_id", "parent_site_id", "review_status",
                  "notes")


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


def sites_to_frame(sites: list[Site]) -> gpd.GeoDataFrame:
    """Turn Site records into a GeoDataFrame (None geometry where unlocated)."""
    import shapely

    data = {c: [getattr(s, c) for s in sites] for c in SITE_COLUMNS}
    import numpy as np

    geoms = np.array([None] * len(sites), dtype=object)
    idx = [i for i, s in enumerate(sites) if s.located]
    if idx:
        geoms[idx] = shapely.points([sites[i].lon for i in idx], [sites[i].lat for i in idx])
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(list(geoms), crs="EPSG:4326"),
                            crs="EPSG:4326")


def redact(location: str) -> str:
    """A catalogue location fit for messages: a database URL's password hidden."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", str(location))


def resolve_location(location: str | os.PathLike | None) -> str:
    """Where the catalogue is: the argument, else ``$CATALOG``, else ``catalog.gpkg``."""
    if location:
        return os.fspath(location)
    return os.environ.get("CATALOG") or "catalog.gpkg"


def is_database_url(location: str | os.PathLike) -> bool:
    """Whether ``location`` names a PostGIS database (``postgresql://``/``postgres://``)."""
    return str(location).startswith(("postgresql://", "postgres://"))


def open_catalog(location: str | os.PathLike | None = None, *, create: bool = False) -> Catalog:
    """Open the catalogue at ``location``: a GeoPackage path or a PostGIS database URL.

    Parameters
    ----------
    location
        A ``.gpkg`` path, or ``postgresql://user@host/db`` for the PostGIS store
        (:mod:`catalog.postgis`). None means ``$CATALOG`` or ``catalog.gpkg``.
    create
        Create an empty catalogue if there is none (otherwise a missing one raises
        :class:`~catalog.errors.CatalogNotFound`).
    """
    loc = resolve_location(location)
    if is_database_url(loc):
        from .postgis import PostGISCatalog

        return PostGISCatalog(loc, create=create)
    if "://" in loc and not loc.startswith("file://"):
        scheme = loc.split("://", 1)[0]
        raise CatalogError(f"no store for {scheme!r} catalogues yet: {loc!r}")
    from .geopackage import GeoPackageCatalog

    return GeoPackageCatalog(loc.removeprefix("file://"), create=create)
