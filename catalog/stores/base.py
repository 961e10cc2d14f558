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
import functools
import os
import re
from collections.abc import Iterable

from ..errors import (
    CatalogError,
    DuplicateError,
    EditConflict,
    SiteNotFound,
    ValidationError,
)
from ..filters import uncertainty_m
from ..lazy import lazy_module
from ..model import CITATION_COLUMNS, SITE_COLUMNS, Alias, Citation, ReviewItem, Site, Source

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

    def bulk(self) -> contextlib.AbstractContextManager[None]:
        """A run of many transactions (an ingest of many reports): the store may put off
        its housekeeping to the end of the run. Each transaction still lands on its own."""
        return contextlib.nullcontext()

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
                  note: str | None = None, quote: str | None = None, **changes) -> Site:
        """Change some fields of a site, read and written in one transaction (no lost
        update); what ``catalog update-site`` does.

        A change of location (a new point, or a point given to an unlocated site) states
        its own provenance, never the old point's: its ``location_precision`` and
        ``location_method`` must be among the changes (``precision_m`` too where the
        precision is approximate), and its source is ``location_source_id`` if the change
        names one, else ``source_id``; only a point ``digitised by analyst`` may have no
        source. That source is cited for the site with ``supports="location"`` (``quote``,
        the sentence giving the point, or a note saying what it gives) unless it already
        is. Removing the point (``lat=None, lon=None``) clears the precision, method and
        source with it. The old values go to the site's history. Unless the change sets
        ``notes``, the notes ingest wrote about the old location ("Unlocated: ...",
        "Located at ...") are dropped.

        Parameters
        ----------
        site_id
            The site to change.
        source_id, note
            The source justifying the change and a note, kept in the site's history.
        quote
            With a new location and its source: the sentence of that source giving it.
        **changes
            New values of :class:`~catalog.model.Site` fields.

        Raises
        ------
        SiteNotFound, SourceNotFound
            If the site, or a source named, does not exist.
        ValidationError
            If a new location lacks its precision, method or source, or the result is not
            a valid site; nothing is changed.

        Examples
        --------
        >>> cat.edit_site("kp-hoejung-ni", status="active", status_as_of="2022-02-07",
        ...               source_id="csis-2022-02-07-hoejung-ni")  # doctest: +SKIP
        >>> cat.edit_site("kp-sakkanmol", lat=38.5847, lon=126.1079,
        ...               location_precision="approximate", precision_m=500,
        ...               location_method="third party",
        ...               source_id="csis-2018-11-12-sakkanmol")  # doctest: +SKIP
        """
        if "site_id" in changes:
            raise TypeError("edit_site cannot change a site's site_id")
        with self.transaction():
            old = self.get_site(site_id)
            site = dataclasses.replace(old, **changes)
            citation = None
            if _field_text(old, "location") != _field_text(site, "location"):
                citation = _relocated(site, changes, source_id, quote, note)
            elif quote is not None:
                raise ValidationError(
                    f"a quote goes with a new location of site {site_id!r}; cite other "
                    "sentences with add_citation (catalog cite)")
            if citation is not None and citation.quote is None and any(
                    c.supports == "location"
                    for c in self.citations(site_id, citation.source_id)):
                citation = None  # the source already supports its location
            out = self.update_site(site, source_id=source_id, note=note)
            if citation is not None:
                self.add_citation(citation)
            return out

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

    @abc.abstractmethod
    def remove_alias(self, site_id: str, alias: str, *, note: str | None = None) -> Alias:
        """Remove a wrong name of a site (a false match); the site's history keeps it,
        with ``note``, under the field ``alias``.

        Raises
        ------
        SiteNotFound
            If there is no such site.
        ValidationError
            If the site has no alias written exactly so, or it is the site's own name or
            local name (change those with :meth:`edit_site`).
        """

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

    def add_citations(self, citations: Iterable[Citation]) -> list[Citation]:
        """:meth:`add_citation` of many, in one transaction (all or none)."""
        with self.transaction():
            return [self.add_citation(c) for c in citations]

    @abc.abstractmethod
    def citations(self, site_id: str | None = None, source_id: str | None = None
                  ) -> list[Citation]: ...

    @abc.abstractmethod
    def move_citations(self, from_site: str, to_site: str) -> int:
        """Re-point every citation of one site at another (used when merging)."""

    @abc.abstractmethod
    def remove_citation(self, citation_id: str, *, note: str | None = None) -> Citation:
        """Remove a wrong citation (a false match); the site's history keeps it, with
        ``note``, under the field ``citation``. Returns the removed citation.

        Raises
        ------
        CitationNotFound
            If there is no such citation.
        ValidationError
            If it is the last citation by which a located site's location source supports
            its location (move or unlocate the site first: a location keeps its source).
        """

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
        state, aliases, citations, history, places and review items (a store reads them
        in one snapshot)."""
        return {"sources": self.sources(), "sites": self.sites(None),
                "aliases": self.aliases(), "citations": self.citations(),
                "history": self.history_rows(), "places": self.places(),
                "review_items": self.review_items()}

    # -- review items: what ingest left for an analyst ----------------------------------
    @abc.abstractmethod
    def add_review_item(self, item: ReviewItem) -> ReviewItem:
        """Record a match held back or a statement that could not be used (the same item
        twice is stored once)."""

    def add_review_items(self, items: Iterable[ReviewItem]) -> list[ReviewItem]:
        """:meth:`add_review_item` of many, in one transaction (all or none)."""
        with self.transaction():
            return [self.add_review_item(r) for r in items]

    @abc.abstractmethod
    def review_items(self, site_id: str | None = None, kind: str | None = None
                     ) -> list[ReviewItem]:
        """Review items, of one site or kind, oldest first."""

    @abc.abstractmethod
    def delete_review_item(self, item_id: str) -> ReviewItem:
        """Remove a review item once decided; raises ValidationError if there is none."""

    @abc.abstractmethod
    def move_review_items(self, from_site: str, to_site: str) -> int:
        """Re-point a site's review items at another (used when merging)."""

    @abc.abstractmethod
    def load_records(self, *, sources, sites, aliases, citations, history, places=(),
                     review_items=()) -> None:
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

        frame = self.sites_frame(None)
        keep = site_filter.mask(frame, self.aliases(), self.citations_frame())
        frame = frame[keep & frame.geometry.notna().to_numpy()]
        lon = frame.geometry.x.to_numpy(dtype=float)
        lat = frame.geometry.y.to_numpy(dtype=float)
        inside = in_boxes(lon, lat, bboxes)
        records = list(frame[SITE_COLUMNS][inside].itertuples(index=False, name=None))
        return records, lon[inside], lat[inside]

    def locate_candidates(self, bboxes, site_filter) -> Candidates:
        """The candidates of :meth:`candidates` with their coordinates only; their
        attributes are read by :meth:`Candidates.frame` for the ones a query keeps.

        A store with a spatial index overrides this so that a query reads the points of
        the candidates first and the other columns of the kept sites only.
        """
        records, lon, lat = self.candidates(bboxes, site_filter)
        return Candidates(lon, lat, lambda idx: [records[i] for i in idx])

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
        frame = self.sites_frame(None)
        frame = frame[frame.geometry.notna()]
        if frame.empty:
            return 0.0
        return float(uncertainty_m(frame["location_precision"], frame["precision_m"]).max())


class Candidates:
    """Located sites in a query's boxes: their points at once, their other columns for
    the ones kept (:meth:`frame`).

    Parameters
    ----------
    lon, lat
        Float arrays of the candidates' coordinates.
    read
        ``read(positions) -> rows``: the :data:`~catalog.model.SITE_COLUMNS` values of
        the candidates at ``positions`` (an int array), as tuples in that order, or
        as a dict of columns (lists or pyarrow arrays) holding a ``"_pos"`` entry, the
        position of each row, in any order; and optionally ``"_rows"``, an int array: the
        rows are then those entries of the columns (taken once, with the sort).
    """

    def __init__(self, lon, lat, read):
        self.lon, self.lat, self._read = lon, lat, read

    def __len__(self) -> int:
        return len(self.lon)

    def frame(self, positions):
        """``(frame, order)``: the site columns of the candidates at ``positions``, in
        ``site_id`` order, and the position of each of its rows."""
        import numpy as np
        import pandas as pd

        positions = np.asarray(positions, dtype=np.intp)
        rows = self._read(positions)  # an array: no Python int a row
        if isinstance(rows, dict):
            import pyarrow as pa
            import pyarrow.compute as pc

            order = np.asarray(rows.pop("_pos"), dtype=np.intp)
            take = rows.pop("_rows", None)
            arrays = {c: rows[c] if isinstance(rows[c], pa.Array | pa.ChunkedArray)
                      else pa.array(rows[c]) for c in SITE_COLUMNS}
            ids = arrays["site_id"] if take is None else arrays["site_id"].take(take)
            # site_id order: Arrow compares UTF-8 bytes, which sort as the code points do
            by_id = pc.sort_indices(ids).to_numpy()
            rows_taken = by_id if take is None else take[by_id]
            if take is None and (by_id == np.arange(len(by_id))).all():
                rows_taken = None
            else:
                order = order[by_id]
            n = len(ids)
            # a column with every value missing holds None, as column() makes it (and
            # is not taken: optional columns are often empty throughout); a column holding
            # one value in every row (the review status a query asks for, a bulk load's
            # time stamp) is its first n rows: taking rows scattered over megabytes of
            # strings is most of the cost (at 47,000 sites: 0.2 ms a column in cache, 1 ms
            # in a query)
            table = {}
            for c, a in arrays.items():
                if a.null_count < len(a) and rows_taken is not None:
                    a = a.slice(0, n) if _uniform(a) else a.take(rows_taken)
                table[c] = pa.nulls(n) if a.null_count == len(a) else a
            return pa.table(table).to_pandas(), order
        by_id = sorted(range(len(rows)), key=lambda k: rows[k][0])
        frame = pd.DataFrame.from_records([rows[k] for k in by_id], columns=SITE_COLUMNS)
        return frame, positions[np.asarray(by_id, dtype=np.intp)]


def _uniform(a) -> bool:
    """Whether the pyarrow array ``a`` of texts (64 or more) holds one text in every row,
    none missing; three are compared first, so that most columns cost nothing. (Numbers are
    always taken: 0.0 equals -0.0.)"""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(a)
    if n < 64 or a.null_count or not (pa.types.is_string(a.type)
                                      or pa.types.is_large_string(a.type)):
        return False
    first = a[0]
    if not (first.equals(a[n - 1]) and first.equals(a[n // 2])):
        return False
    return bool(pc.all(pc.equal(a, first)).as_py())


def in_boxes(lon, lat, boxes):
    """A bool array: which of the points lie in any of ``boxes`` ``(w, s, e, n)``, edges
    included (the exact test after an R-tree's or a GiST index's float32 boxes)."""
    import numpy as np

    inside = np.zeros(len(lon), dtype=bool)
    for w, s, e, n in boxes:
        inside |= (lon >= w) & (lon <= e) & (lat >= s) & (lat <= n)
    return inside


def column(values):
    """A frame column from a list (or pyarrow array) of one site column's values, typed as
    pandas types it from the same Python values: ``str`` when any value is a string,
    float when numbers, and ``object`` holding None when every value is missing."""
    import numpy as np
    import pyarrow as pa

    arr = values if isinstance(values, pa.Array) else pa.array(values)
    if arr.null_count == len(arr) or pa.types.is_null(arr.type):
        return np.full(len(arr), None, dtype=object)
    return arr.to_pandas()


def hilbert_keys(lon, lat, bits: int = 16):
    """Positions along a Hilbert curve of ``2**bits`` cells a side over the globe, for
    float arrays of longitudes and latitudes (degrees): points near each other mostly get
    keys near each other.

    The classic xy -> d conversion, four levels of the curve a step: each step looks up
    the four digits and the orientation the next levels take in :func:`_hilbert_tables`
    (the curve at ``bits`` levels is the first ``bits`` levels of a finer one, so the
    grid is refined to a multiple of four levels and the extra digits dropped).
    """
    import numpy as np

    side = 1 << bits
    x = np.clip(((np.asarray(lon, float) + 180.0) / 360.0 * side).astype(np.int64), 0, side - 1)
    y = np.clip(((np.asarray(lat, float) + 90.0) / 180.0 * side).astype(np.int64), 0, side - 1)
    pad = -bits % _HILBERT_STEP
    x, y = x << pad, y << pad
    digits, turns = _hilbert_tables()
    mask = (1 << _HILBERT_STEP) - 1
    d = np.zeros(x.shape, dtype=np.int64)
    state = np.zeros(x.shape, dtype=np.int64)
    for shift in range(bits + pad - _HILBERT_STEP, -1, -_HILBERT_STEP):
        at = (state << 2 * _HILBERT_STEP) | ((x >> shift) & mask) << _HILBERT_STEP | (
            (y >> shift) & mask)
        d = (d << 2 * _HILBERT_STEP) | digits[at]
        state = turns[at]
    return d >> 2 * pad


#: Levels of the Hilbert curve :func:`hilbert_keys` takes a step.
_HILBERT_STEP = 4


@functools.cache
def _hilbert_tables():
    """For :func:`hilbert_keys`: the digits of ``_HILBERT_STEP`` levels of the curve and
    the orientation after them, for each orientation before (two bits: the coordinates
    swapped, and complemented) and each ``_HILBERT_STEP`` bits of x and y (the index is
    ``state << 2 * step | x_bits << step | y_bits``). Each level is a step of the classic
    loop: digit ``(3 * rx) ^ ry``; when ``ry`` is 0, the rest complemented if ``rx`` is 1,
    then swapped. Swapping and complementing commute, so an orientation is which of them
    an odd number of levels did."""
    import numpy as np

    step = _HILBERT_STEP
    full = (1 << step) - 1
    size = 4 << 2 * step
    digits, turns = np.zeros(size, dtype=np.int64), np.zeros(size, dtype=np.int64)
    for at in range(size):
        state, xb, yb = at >> 2 * step, (at >> step) & full, at & full
        if state & 2:
            xb, yb = xb ^ full, yb ^ full
        if state & 1:
            xb, yb = yb, xb
        d = 0
        for level in range(step - 1, -1, -1):
            rx, ry = (xb >> level) & 1, (yb >> level) & 1
            d = d << 2 | ((3 * rx) ^ ry)
            if not ry:
                if rx:
                    xb, yb, state = xb ^ full, yb ^ full, state ^ 2
                xb, yb, state = yb, xb, state ^ 1
        digits[at], turns[at] = d, state
    return digits, turns


def spatial_order(sites: list[Site]) -> list[Site]:
    """The sites in Hilbert-curve order of their points, unlocated ones last (bulk loads
    write them so: neighbours share pages, and a region query reads fewer of them)."""
    import numpy as np

    located = [s for s in sites if s.located]
    if len(located) < 2:
        return located + [s for s in sites if not s.located]
    keys = hilbert_keys([s.lon for s in located], [s.lat for s in located])
    return [located[i] for i in np.argsort(keys, kind="stable")] + [
        s for s in sites if not s.located]


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


#: The notes ingest writes (:mod:`catalog.ingest.writing`) begin so; each stays true only
#: until the site is reviewed or its location changes.
_INGEST_NOTE = re.compile(r"(?:^|(?<=[.!?])\s+)(?=(?:Candidate found by ingest |Unlocated: "
                          r"|For review: |Located at ))")
_CANDIDATE_NOTE = re.compile(r"^Candidate found by ingest (in source .*); not reviewed\.$",
                             re.S)


def drop_ingest_notes(notes: str | None, *beginnings: str) -> str | None:
    """``notes`` without the notes ingest wrote that begin with one of ``beginnings``
    (each runs to the next note of ingest's, or to the end; what comes before the first
    is kept); None when nothing is left.

    Examples
    --------
    >>> drop_ingest_notes("Candidate found by ingest in source 's' ('X'); not reviewed. "
    ...                   "Unlocated: no statement of the report places it.", "Unlocated:")
    "Candidate found by ingest in source 's' ('X'); not reviewed."
    """
    if not notes:
        return notes
    kept = [part.strip() for part in _INGEST_NOTE.split(notes)
            if part.strip() and not part.startswith(beginnings)]
    return " ".join(kept) or None


def reviewed_notes(notes: str | None) -> str | None:
    """A reviewed candidate's notes: ingest's "For review: ..." notes dropped (the review
    is done; the history keeps them) and "Candidate found by ingest in source ...; not
    reviewed." turned into "Found by ingest in source ....".

    Examples
    --------
    >>> reviewed_notes("Candidate found by ingest in source 's' ('X'); not reviewed. "
    ...                "For review: two places disagree.")
    "Found by ingest in source 's' ('X')."
    """
    notes = drop_ingest_notes(notes, "For review:")
    if not notes:
        return notes
    parts = [_CANDIDATE_NOTE.sub(r"Found by ingest \1.", part.strip())
             for part in _INGEST_NOTE.split(notes) if part.strip()]
    return " ".join(parts)


def _latlon_text(lat: float, lon: float) -> str:
    return (f"{abs(lat):.6f} {'N' if lat >= 0 else 'S'}, "
            f"{abs(lon):.6f} {'E' if lon >= 0 else 'W'}")


def _relocated(site: Site, changes: dict, source_id: str | None, quote: str | None,
               note: str | None) -> Citation | None:
    """Give a site whose location changed the provenance of its new location (see
    :meth:`Catalog.edit_site`), in place; returns the citation its source should have."""
    if "notes" not in changes:
        site.notes = drop_ingest_notes(site.notes, "Unlocated:", "Located at ")
    if site.lat is None and site.lon is None:
        for name, value in (("location_precision", "unknown"), ("precision_m", None),
                            ("location_method", None), ("location_source_id", None)):
            if name not in changes:
                setattr(site, name, value)
        if quote is not None:
            raise ValidationError(f"a quote goes with a new location of site "
                                  f"{site.site_id!r}, not with removing it")
        return None
    if site.lat is None or site.lon is None:
        return None  # half a point: the site's own validation names it
    missing = [f for f in ("location_precision", "location_method") if changes.get(f) is None]
    if missing:
        raise ValidationError(
            f"a new location of site {site.site_id!r} must state its "
            f"{' and '.join(missing)}: the old point's do not carry over")
    if "precision_m" not in changes:
        site.precision_m = None
    src = changes["location_source_id"] if "location_source_id" in changes else source_id
    site.location_source_id = src or None
    if not src:
        if site.location_method != "digitised by analyst":
            raise ValidationError(
                f"a new location of site {site.site_id!r} by {site.location_method!r} "
                "must name the source it comes from (only a point 'digitised by analyst' "
                "may have none)")
        if quote is not None:
            raise ValidationError("a quote needs the source it comes from")
        return None
    if quote is not None:
        return Citation(site.site_id, src, quote, "location")
    radius = f", within {site.precision_m:g} m" if site.precision_m else ""
    return Citation(site.site_id, src, None, "location", note=(
        f"Gives the location {_latlon_text(site.lat, site.lon)} ({site.location_precision}"
        f"{radius}; {site.location_method}), as an analyst recorded it; no sentence is "
        "quoted." + (f" {note}" if note else "")))


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
    """A catalogue location fit for messages: every password in it hidden.

    Conservative, so that no form leaks: ``password=`` (a URL's query, or a key=value
    connection string) hides everything after it; a URL's user information is taken to
    run to the *last* ``@`` (a password may hold an unencoded ``@`` or ``/``), and
    whatever follows its first ``:`` is hidden, for any scheme (``postgresq://`` or
    ``mysql://`` typos included) and for an empty user name.

    Examples
    --------
    >>> redact("postgresql://analyst:s3cret@db/catalog")
    'postgresql://analyst:***@db/catalog'
    >>> redact("postgresql://analyst@db/catalog?password=s3cret")
    'postgresql://analyst@db/catalog?password=***'
    >>> redact("postgresql://:p@ss/word@db/catalog")
    'postgresql://:***@db/catalog'
    """
    text = re.sub(r"(?is)(\bpassword\s*=\s*).*", r"\1***", str(location))
    m = re.match(r"(?s)([A-Za-z][A-Za-z0-9+.\-]*:/*)(.*)", text)
    if m and "@" in m.group(2):
        userinfo, _, rest = m.group(2).rpartition("@")
        user, colon, _ = userinfo.partition(":")
        text = f"{m.group(1)}{user}{':***' if colon else ''}@{rest}"
    return text
