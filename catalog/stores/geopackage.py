"""The GeoPackage store: the ``Catalog`` API over one SQLite file that GIS tools read.

The schema and its migrations are in :mod:`~catalog.stores.gpkg_schema`, the geometry
blobs in :mod:`~catalog.stores.gpkg_geometry`; the SQL both stores share is in
:mod:`~catalog.stores.sql`. What is the GeoPackage's own lives here: the connection (WAL,
foreign keys, the R-tree's functions), ``BEGIN IMMEDIATE`` transactions that keep the
layer's extent current, its R-tree candidates and bulk load, SQLite's online backup, and
the QGIS styles and project written into every file, whose layer paths name the file.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import operator
import os
import re
import sqlite3
import struct
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from .. import qgis
from ..errors import (
    CatalogError,
    CatalogLocked,
    CatalogNotFound,
    DuplicateError,
    ValidationError,
)
from ..files import atomic_output
from ..gazetteer import match_keys
from ..gcpause import gc_paused
from ..model import (
    ALIAS_COLUMNS,
    HISTORY_COLUMNS,
    SITE_COLUMNS,
    SITE_FIELDS,
    Alias,
    Site,
    now_utc,
    validated_site_columns,
)
from .base import HISTORY_FIELDS, Candidates, SiteBatch, hilbert_keys, in_boxes
from .gpkg_geometry import (
    decode_point,
    decode_points,
    encode_point,
    encode_points,
    register_functions,
)
from .gpkg_schema import (
    MIGRATIONS,
    gazetteer_statements,
    legacy_version,
    write_qgis_extras,
)
from .sql import SQLCatalog, sql_text

if TYPE_CHECKING:
    import numpy as np


def connect(path: str | os.PathLike, busy_timeout: float = 30.0) -> sqlite3.Connection:
    """A connection with the GeoPackage functions, foreign keys on, manual transactions.

    ``busy_timeout`` is how long a writer waits for another's lock before giving up.
    """
    conn = sqlite3.connect(os.fspath(path), isolation_level=None, timeout=busy_timeout)
    conn.row_factory = sqlite3.Row
    register_functions(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    # WAL, kept in the file (as QGIS does): readers (QGIS, another command) never block a
    # writer, nor it them. Measured: in rollback-journal mode one open read transaction
    # makes every writer time out. Closing the last connection folds the WAL back into the
    # file, so at rest it is still one file. Best effort: switching needs a moment with
    # no other transaction open.
    with contextlib.suppress(sqlite3.OperationalError):
        conn.execute("PRAGMA journal_mode = WAL")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        # A commit appends to the WAL without waiting for the disk (SQLite's advice for
        # WAL): a killed process loses nothing committed, and after a power cut the file is
        # whole but may lack its last transactions (ingest adds them again on a re-run).
        # Waiting for the disk was a third of a report's write (3.7 ms a commit, measured).
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def rtree_extent(conn: sqlite3.Connection) -> tuple:
    """``(min_x, min_y, max_x, max_y)`` of every entry of the sites' R-tree (Nones when it
    is empty), from the boxes of its root node: what ``min(minx) ... FROM rtree`` gives,
    without reading every entry (53 ms a commit at 100,000 sites, measured).

    The root's cells bound their children exactly (SQLite's R-tree keeps each parent box
    the union of its children's), each cell a child's number and four float32s, big-endian
    (``minx, maxx, miny, maxy``); a node that does not read so falls back to the scan.
    """
    row = conn.execute("SELECT data FROM rtree_sites_geom_node WHERE nodeno = 1").fetchone()
    blob = row[0] if row else None
    if isinstance(blob, bytes) and len(blob) >= 4:
        n = int.from_bytes(blob[2:4], "big")
        if len(blob) >= 4 + 24 * n:
            if n == 0:
                return None, None, None, None
            cells = [_RTREE_CELL.unpack_from(blob, 4 + 24 * i) for i in range(n)]
            return (min(c[1] for c in cells), min(c[3] for c in cells),
                    max(c[2] for c in cells), max(c[4] for c in cells))
    return tuple(conn.execute("SELECT min(minx), min(miny), max(maxx), max(maxy) "
                              "FROM rtree_sites_geom").fetchone())


_RTREE_CELL = struct.Struct(">q4f")

# A bulk load's history rows, written from its new rows of ``sites`` by one statement a
# chunk: the sites in the order they were given (temp.bulk_history_order: position, fid and
# the two values SQLite would write otherwise than Python does, the location and the
# radius, as text), each crossed with the tracked fields in order (temp.bulk_history_fields);
# both loops run in rowid order, so SQLite writes the rows in that order without sorting.
_HISTORY_VALUE = "CASE f.n {} END".format(" ".join(
    f"WHEN {i} THEN " + {"location": "o.location", "precision_m": "o.precision"}.get(f, f"s.{f}")
    for i, f in enumerate(HISTORY_FIELDS)))
_HISTORY_FROM_SITES = (
    f"INSERT INTO site_history ({', '.join(HISTORY_COLUMNS)}) "
    f"SELECT s.site_id, s.updated_at, f.field, NULL, {_HISTORY_VALUE}, s.location_source_id, "
    "NULL FROM temp.bulk_history_order o JOIN sites s ON s.fid = o.fid "
    f"CROSS JOIN temp.bulk_history_fields f WHERE {_HISTORY_VALUE} IS NOT NULL "
    "ORDER BY o.pos, f.n")
#: The tracked fields a site stores as they are (text): their history is read back from sites.
_STORED_HISTORY_FIELDS = [f for f in HISTORY_FIELDS if f not in ("location", "precision_m")]


#: How long reading a catalogue opened read-only (the input of an import) may take: a
#: hostile file can hold a view or a generated column that never finishes.
READ_ONLY_SECONDS = 300.0
#: The longest text or blob a read-only catalogue may hand back (SQLite's own is 1 GB).
READ_ONLY_MAX_VALUE = 64 * 2**20
#: The tables a catalogue's records are read from: never views, which run SQL on reading.
CORE_TABLES = ("sites", "aliases", "sources", "citations", "gpkg_contents")


def connect_read_only(path: str | os.PathLike, seconds: float | None = None
                      ) -> sqlite3.Connection:
    """A connection that cannot change the file at ``path`` (an import's input).

    Opened ``mode=ro`` and, unless SQLite's ``-wal`` or ``-journal`` lies beside it (its
    changes are then read too), ``immutable=1``: no lock taken, no journal switched, no
    ``-shm`` made. Every statement is interrupted once ``seconds`` (default
    :data:`READ_ONLY_SECONDS`) have passed since opening, and no value may be longer
    than :data:`READ_ONLY_MAX_VALUE`.
    """
    full = os.path.abspath(os.fspath(path))
    journal = any(os.path.exists(full + s) for s in ("-wal", "-journal"))
    uri = f"file:{quote(full)}?mode=ro" + ("" if journal else "&immutable=1")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    register_functions(conn)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, READ_ONLY_MAX_VALUE)
    deadline = time.monotonic() + (READ_ONLY_SECONDS if seconds is None else seconds)
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    return conn


def write_project(path: str | os.PathLike, gpkg_name: str | None = None) -> None:
    """(Re)write the embedded QGIS project and default styles of the GeoPackage at ``path``,
    its layer paths naming ``gpkg_name`` (default: the file's own name)."""
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        write_qgis_extras(conn, gpkg_name or os.path.basename(os.fspath(path)))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def read_project_qgs(path: str | os.PathLike, name: str = qgis.PROJECT_NAME) -> str:
    """The ``.qgs`` XML of the QGIS project embedded in the GeoPackage at ``path``."""
    conn = connect(path)
    try:
        row = conn.execute("SELECT content FROM qgis_projects WHERE name=?", (name,)
                           ).fetchone()
    finally:
        conn.close()
    if row is None:
        raise KeyError(f"no QGIS project {name!r} in {path}")
    return qgis.project_qgs_from_content(row[0], f"the QGIS project in {str(path)!r}")


@contextlib.contextmanager
def new_geopackage(path: str | os.PathLike, *, overwrite: bool = False,
                   busy_timeout: float = 30.0) -> Iterator[GeoPackageCatalog]:
    """An empty GeoPackage catalogue to fill, put at ``path`` only once complete.

    It is written under a temporary name beside ``path`` (its QGIS project already naming
    ``path``) and renamed into place when the block ends; on any exception nothing is
    left and an old file at ``path`` is untouched.

    Raises
    ------
    FileOverwriteError
        If ``path`` exists and ``overwrite`` is False.
    """
    final = Path(path)
    with atomic_output(final, overwrite=overwrite, suffix=".gpkg") as tmp:
        with GeoPackageCatalog(tmp, create=True, busy_timeout=busy_timeout,
                               project_name=final.name) as cat:
            yield cat


#: Columns read as the text they hold (GDAL would parse a DATE or DATETIME column).
_DATE_COLUMNS = ("status_as_of", "updated_at")


def _int_list(text: str | None):
    """An int64 array from ``group_concat`` of integers (``"3,1,2"``)."""
    import numpy as np

    if not text:
        return np.zeros(0, dtype=np.int64)
    out = np.fromstring(text, dtype=np.int64, sep=",")
    if len(out) != text.count(",") + 1:
        raise CatalogError(f"unexpected fid list from the catalogue: {text[:60]!r}")
    return out


def _runs_sql(fids) -> tuple[str, str]:
    """``(head, tail)`` of a statement reading the ``sites`` rows ``s`` of ``fids``
    (sorted, distinct) run by run: ``head + " SELECT ... " + tail`` (``tail`` ends in a
    WHERE clause, so that terms can follow with AND)."""
    import numpy as np

    cut = np.flatnonzero(np.diff(fids) != 1) + 1
    first, last = fids[np.r_[0, cut]], fids[np.r_[cut - 1, len(fids) - 1]]
    values = ",".join(f"({a},{b})" for a, b in zip(first.tolist(), last.tolist(), strict=True))
    # NOT INDEXED: a filter on an unindexed column must not make SQLite build an
    # automatic index over the whole table (it would, for review_status)
    return (f"WITH runs(a, b) AS (VALUES {values})",
            "FROM runs CROSS JOIN sites s NOT INDEXED ON s.fid BETWEEN runs.a AND runs.b "
            "WHERE 1")


def _read_arrow(path: str, query: str):
    """``(meta, table)``: the result of ``query`` read by GDAL (pyogrio) into a pyarrow
    Table, or None if GDAL cannot read the file (the caller reads it otherwise)."""
    import pyogrio

    try:
        return pyogrio.read_arrow(path, sql=query)
    except Exception:  # noqa: BLE001 - any failure of GDAL: the sqlite3 path answers
        return None


def _inline(terms: list[str], params: list) -> str:
    """``terms`` joined with AND, each ``?`` replaced by its parameter as an SQL literal
    (GDAL's SQL takes no parameters). Raises ValueError for a value that has no safe
    literal (a NUL character, an infinite number): the caller then binds it instead."""
    import math

    values = iter(params)

    def literal(_):
        v = next(values)
        if isinstance(v, str) and "\x00" not in v:
            return sql_text(v)
        if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v):
            return repr(float(v))
        raise ValueError(f"no literal for {v!r}")

    sql = re.sub(r"\?", literal, " AND ".join(terms))
    if next(values, None) is not None:
        raise ValueError("more parameters than placeholders")
    return sql


def insert_columns(conn: sqlite3.Connection, head: str, columns: list, tail: str = "",
                   per_statement: int = 200) -> None:
    """``{head} VALUES (?, ...), (?, ...) {tail}`` for rows given as columns (sequences of
    equal length), ``per_statement`` rows a statement (fewer if that would bind more
    variables than the connection allows): what a statement costs each time it runs (an
    AUTOINCREMENT table's counter, a deferred foreign key's check) is paid once for them,
    and no Python tuple is built per row (100,000 aliases: 0.27 -> 0.16 s; an R-tree's
    100,000 rowids: 0.07 -> 0.03 s; 100,000 sites, 1,000 a statement: 0.37 -> 0.30 s).

    A column holding the same text in every row (:func:`_same_text`: a bulk load's
    ``updated_at``, often its notes, method or review status), or given as
    :class:`Repeated`, is one named parameter that every row of a statement names, so it
    is bound once a statement rather than once a row (sqlite3 copies every text it
    binds; 100,000 sites: 0.21 to 0.18 s).

    The callers write ``INSERT OR FAIL``: a refused row then stops the statement without
    undoing its earlier rows, so SQLite keeps no statement journal of the pages each
    statement changes (a plain INSERT that may abort does, and a bulk load's spills to a
    temporary file: 70 MB for 100,000 sites and their aliases). Each caller is inside a
    transaction that a refusal rolls back whole."""
    n = len(columns[0])
    same = {j: column[0] for j, column in enumerate(columns)
            if type(column) is Repeated or _same_text(column)}
    if len(same) == len(columns):  # (each row keeps a value of its own)
        same.popitem()
    columns = [c for j, c in enumerate(columns) if j not in same]
    width = len(columns)
    per_statement = max(1, min(per_statement, (conn.getlimit(
        sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) - len(same)) // width))
    flat: list = [None] * (width * n)
    for j, column in enumerate(columns):
        flat[j::width] = column
    row = f"({', '.join(f':c{j}' if j in same else '?' for j in range(width + len(same)))})"

    def sql(k: int) -> str:
        return f"{head} VALUES {', '.join([row] * k)} {tail}"

    def bound(rows: Iterator[list]) -> Iterator[list]:
        """Each statement's values. SQLite numbers a named parameter where it first
        appears, in the first row: the shared values go there, in their columns' places."""
        for part in rows:
            first = part[:width]
            for j, v in same.items():
                first.insert(j, v)
            part[:width] = first
            yield part

    def statements(step: int, stop: int, start: int = 0) -> Iterator[list]:
        rows = (flat[i:i + step] for i in range(start, stop, step))
        return bound(rows) if same else rows

    step, full = per_statement * width, n // per_statement * per_statement * width
    if full:
        conn.executemany(sql(per_statement), statements(step, full))
    if full < len(flat):  # the rest a row a statement (one statement more to compile)
        conn.executemany(sql(1), statements(width, len(flat), full))


class Repeated(list):
    """A column of :func:`insert_columns` known to hold one value in every row (it is
    bound once a statement without looking at every row)."""


def _same_text(column) -> bool:
    """Whether every value of ``column`` (two or more) is the same ``str``, of that very
    type: three values are compared first, so a column that varies is seldom read whole."""
    n = len(column)
    if n < 2:
        return False
    v = column[0]
    return (type(v) is str and column[-1] == v and column[n // 2] == v
            and column.count(v) == n and set(map(type, column)) == {str})


#: The R-tree of the sites layer and its shadow tables (SQLite's rtree module).
_RTREE = "rtree_sites_geom"
# SQLite rounds an R-tree's double bounds to float32 outwards by these factors
# (rtreeValueDown / rtreeValueUp in SQLite's rtree.c)
_RND_TOWARDS, _RND_AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0


def _packable_rtree(conn: sqlite3.Connection) -> bool:
    """Whether the sites' R-tree is empty and laid out as :func:`pack_rtree` writes it
    (2 dimensions, no auxiliary columns)."""
    root = conn.execute(f"SELECT length(data) FROM {_RTREE}_node WHERE nodeno = 1").fetchone()
    cols = conn.execute(f"SELECT count(*) FROM pragma_table_info('{_RTREE}')").fetchone()[0]
    rowid_cols = conn.execute(
        f"SELECT count(*) FROM pragma_table_info('{_RTREE}_rowid')").fetchone()[0]
    return (root is not None and root[0] and cols == 5 and rowid_cols == 2
            and not conn.execute(f"SELECT EXISTS (SELECT 1 FROM {_RTREE}_rowid)").fetchone()[0])


def _float32_down(d):
    import numpy as np

    f = d.astype(np.float32)
    over = f > d
    f[over] = (d[over] * np.where(d[over] < 0, _RND_AWAY, _RND_TOWARDS)).astype(np.float32)
    return f


def _float32_up(d):
    import numpy as np

    f = d.astype(np.float32)
    under = f < d
    f[under] = (d[under] * np.where(d[under] < 0, _RND_TOWARDS, _RND_AWAY)).astype(np.float32)
    return f


def pack_rtree(conn: sqlite3.Connection, entries) -> None:
    """Write the empty R-tree of the sites layer whole: ``entries`` ``(fid, minx, maxx,
    miny, maxy)`` (tuples, or an array of 5 columns) sorted along a Hilbert curve and
    packed into full nodes, level by level up to the root, in SQLite's node format (what
    GDAL's bulk loader does for its own GeoPackages). SQLite then reads and updates the
    tree as if it had built it; bounds are rounded to float32 as SQLite rounds them, so
    queries find the same candidates.

    The caller holds the transaction and has checked :func:`_packable_rtree`.
    """
    import numpy as np

    (size,) = conn.execute(f"SELECT length(data) FROM {_RTREE}_node WHERE nodeno = 1"
                           ).fetchone()
    cap = (size - 4) // 24  # cells a node holds: an 8-byte id and four float32 bounds
    arr = np.asarray(entries, dtype=np.float64)
    ids = arr[:, 0].astype(np.int64)  # fids: exact in a double
    order = np.argsort(hilbert_keys((arr[:, 1] + arr[:, 2]) / 2, (arr[:, 3] + arr[:, 4]) / 2),
                       kind="stable")
    ids = ids[order]
    box = np.column_stack([_float32_down(arr[order, 1]), _float32_up(arr[order, 2]),
                           _float32_down(arr[order, 3]), _float32_up(arr[order, 4])])
    cell = np.dtype([("id", ">i8"), ("box", ">f4", 4)])
    nodes, parents, leaves = [], [], None
    next_no, depth = 2, 0
    while True:  # one level of nodes a turn, the leaves first
        n = len(ids)
        count = -(-n // cap)
        numbers = np.array([1]) if count == 1 else np.arange(next_no, next_no + count)
        next_no += count
        group = np.arange(n) // cap
        if depth == 0:  # in rowid order: appended to the rowid table's B-tree
            by_id = np.argsort(ids, kind="stable")
            leaves = [ids[by_id].tolist(), numbers[group][by_id].tolist()]
        else:
            parents.extend(zip(ids.tolist(), numbers[group].tolist(), strict=True))
        cells = np.zeros(count * cap, dtype=cell)
        cells["id"][:n], cells["box"][:n] = ids, box
        blobs = np.zeros((count, size), dtype=np.uint8)
        blobs[:, 4:4 + cap * 24] = cells.view(np.uint8).reshape(count, cap * 24)
        filled = np.bincount(group, minlength=count)
        blobs[:, 2], blobs[:, 3] = filled >> 8, filled & 0xFF
        if count == 1:  # the root: the tree's depth in its first two bytes
            blobs[0, 0], blobs[0, 1] = depth >> 8, depth & 0xFF
        nodes.extend(zip(numbers.tolist(), (b.tobytes() for b in blobs), strict=True))
        if count == 1:
            break
        starts = np.arange(0, n, cap)
        box = np.column_stack([np.minimum.reduceat(box[:, 0], starts),
                               np.maximum.reduceat(box[:, 1], starts),
                               np.minimum.reduceat(box[:, 2], starts),
                               np.maximum.reduceat(box[:, 3], starts)])
        ids, depth = numbers.astype(np.int64), depth + 1
    for table in ("node", "parent", "rowid"):
        conn.execute(f"DELETE FROM {_RTREE}_{table}")
    conn.executemany(f"INSERT INTO {_RTREE}_node VALUES (?, ?)", nodes)
    insert_columns(conn, f"INSERT OR FAIL INTO {_RTREE}_rowid", leaves)
    conn.executemany(f"INSERT INTO {_RTREE}_parent VALUES (?, ?)", parents)



def _spatial_rows(lons: list, lats: list):
    """``(located, geoms, order)`` for a chunk of a bulk load: the order to write its sites
    in (positions: the located ones along a Hilbert curve, as
    :func:`~catalog.stores.base.spatial_order` puts them, then the unlocated ones), their
    point blobs in that order (the located ones'), and an array of the located ones'
    R-tree rows ``(0, minx, maxx, miny, maxy)`` in that order (the caller numbers them)."""
    import numpy as np

    lon = np.array(lons, dtype=float)  # None: NaN
    lat = np.array(lats, dtype=float)
    where = np.isnan(lon)
    idx = np.flatnonzero(~where)
    if len(idx) > 1:
        idx = idx[np.argsort(hilbert_keys(lon[idx], lat[idx]), kind="stable")]
    x, y = lon[idx], lat[idx]
    located = np.column_stack([np.zeros(len(idx)), x, x, y, y])
    order = np.concatenate([idx, np.flatnonzero(where)]).tolist()
    return located, encode_points(x, y), order


class GeoPackageCatalog(SQLCatalog):
    """A catalogue in one GeoPackage file (the schema is in :mod:`.gpkg_schema`).

    Parameters
    ----------
    path
        The ``.gpkg`` file.
    create
        Create an empty catalogue if there is no file (else CatalogNotFound).
    busy_timeout
        Seconds a writer waits for another's lock before CatalogLocked.
    project_name
        The file name the embedded QGIS project of a new file names (default: its own;
        :func:`new_geopackage` writes under a temporary name, then renames).
    read_only
        Open the file for reading only, leaving it byte for byte as it was (no WAL switch,
        no migration), within a time budget (:func:`connect_read_only`): for files from
        elsewhere, such as the input of ``catalog import``. Only for reading: SQLite
        refuses every write.
    """

    DELETE_SITE_WHAT = "site {!r} (still cited or a parent)"
    MIGRATIONS = MIGRATIONS
    _bulk = False  # inside bulk()

    def __init__(self, path: str | os.PathLike, *, create: bool = False,
                 busy_timeout: float = 30.0, project_name: str | None = None,
                 read_only: bool = False):
        self.location = os.fspath(path)
        self.busy_timeout = busy_timeout
        self._depth = 0
        exists = os.path.exists(self.location) and os.path.getsize(self.location) > 0
        if read_only:
            self._open_read_only(exists)
            return
        if not exists and not create:
            raise CatalogNotFound(
                f"no catalogue at {self.location!r}: run `catalog build` or `catalog init`, "
                "or give --catalog"
            )
        if not exists:
            parent = os.path.dirname(os.path.abspath(self.location))
            if not os.path.isdir(parent):
                raise CatalogNotFound(f"directory does not exist: {parent!r}")
        with self._closed_on_error():
            self.conn = connect(self.location, busy_timeout)
            if not exists:
                with self.transaction():  # schema, styles and project: all or nothing
                    self._apply_migrations()
                    write_qgis_extras(self.conn,
                                      project_name or os.path.basename(self.location))
            else:
                self._check_schema()
                self._migrate()

    def _open_read_only(self, exists: bool) -> None:
        self._read_only = True
        if not exists:
            raise CatalogNotFound(f"no catalogue at {self.location!r}")
        with self._closed_on_error():
            self.conn = connect_read_only(self.location)
            self._check_schema()
            self._refuse_newer(self.schema_version())

    @contextlib.contextmanager
    def _closed_on_error(self) -> Iterator[None]:
        """Opening: on any error the connection is closed; a file SQLite cannot read is
        a CatalogError naming it."""
        try:
            yield
        except sqlite3.DatabaseError as e:
            self.close()
            raise CatalogError(f"{self.location!r} is not a readable catalogue: {e}") from None
        except BaseException:
            self.close()
            raise

    def _check_schema(self) -> None:
        kinds = {r[0]: r[1] for r in self.conn.execute(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')")}
        missing = [t for t in CORE_TABLES if t not in kinds]
        if missing:
            raise CatalogError(
                f"{self.location!r} is not a catalogue: missing {', '.join(sorted(missing))}")
        # a view runs SQL whenever it is read (a recursive one never ends)
        views = [t for t in (*CORE_TABLES, "site_history", "schema_migrations")
                 if kinds.get(t) == "view"]
        if views:
            raise CatalogError(f"{self.location!r} is not a catalogue: "
                               f"{', '.join(map(repr, views))} should be tables, not views")

    def count_unlocated(self, site_filter) -> int:
        """Unlocated sites the filter matches: from ``site_counts`` (kept by triggers) when
        the filter asks only for review states, types and statuses, else counted."""
        f = site_filter
        if (f.precisions or f.max_radius_m is not None or f.cited_by is not None
                or f.published_since is not None or f.name is not None
                or not self._has_table("site_counts")):
            return super().count_unlocated(site_filter)
        where, params = self._filter_sql(site_filter)
        return self.conn.execute(
            "SELECT coalesce(sum(s.unlocated), 0) AS n FROM site_counts s"
            + (" WHERE " + " AND ".join(where) if where else ""), params).fetchone()["n"]

    # -- dialect hooks (see catalog.stores.sql) -------------------------------------------
    def _legacy_version(self) -> int:
        return legacy_version(self.conn)

    def _has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (name,)).fetchone() is not None

    @contextlib.contextmanager
    def _outermost_transaction(self) -> Iterator[None]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise CatalogLocked(
                f"{self.location} is locked by another writer and stayed locked for "
                f"{self.busy_timeout:g} s; nothing was changed ({e})") from None
        self._depth = 1
        try:
            yield
            self._touch_contents()
            try:
                self.conn.execute("COMMIT")
            except sqlite3.IntegrityError as e:  # a deferred foreign key, checked at COMMIT
                raise ValidationError(f"the change was refused by the catalogue ({e}): a "
                                      "site still cited or a parent, or a missing reference; "
                                      "nothing was changed") from None
            except sqlite3.OperationalError as e:
                raise CatalogLocked(
                    f"{self.location} could not be committed: another process held it for "
                    f"{self.busy_timeout:g} s; nothing was changed ({e})") from None
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    #: WAL pages after which SQLite copies the WAL into the file during a :meth:`bulk` run
    #: (64 MiB; 1,000 pages otherwise). Each copy waits for the disk twice: with the
    #: default, an ingest of many reports spent about a third of its writing time in these
    #: copies (every tenth report or so), and wrote a page changed by many reports as many
    #: times.
    BULK_CHECKPOINT_PAGES = 16_384

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """See :meth:`Catalog.bulk`: the WAL is copied into the file less often during the
        run, and at its end as far as readers allow (closing the last connection folds
        the rest in, as always)."""
        if self._bulk:
            yield
            return
        before = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        self._bulk = True
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {self.BULK_CHECKPOINT_PAGES:d}")
        try:
            yield
        finally:
            self._bulk = False
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(before):d}")
            if not self.conn.in_transaction:
                with contextlib.suppress(sqlite3.OperationalError):
                    self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _touch_contents(self) -> None:
        """Keep gpkg_contents' extent and last_change current (QGIS zooms to the extent)."""
        ext = rtree_extent(self.conn)
        self.conn.execute(
            "UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, last_change=? "
            "WHERE table_name='sites'", (*ext, now_utc()))

    @contextlib.contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError as e:
            msg = str(e)
            if "UNIQUE" in msg:
                raise DuplicateError(f"{what} already exists") from None
            if "FOREIGN KEY" in msg:
                raise ValidationError(f"{what} refers to a site or source that does not exist"
                                      ) from None
            raise ValidationError(f"{what} was refused by the catalogue: {msg}") from None

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        self.conn.execute("SAVEPOINT catalog_write")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO catalog_write")
            self.conn.execute("RELEASE catalog_write")
            raise
        self.conn.execute("RELEASE catalog_write")

    def _snapshot(self) -> contextlib.AbstractContextManager[None]:
        stack = contextlib.ExitStack()
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")  # one read snapshot (WAL)
            stack.callback(self.conn.execute, "COMMIT")
        return stack

    def _tuples(self, query: str, params=()) -> list[tuple]:
        cur = self.conn.cursor()
        cur.row_factory = None  # plain tuples: several times faster than sqlite3.Row
        return cur.execute(query, params).fetchall()

    def _bulk_insert(self, table: str, columns: Iterable[str], rows: Iterable) -> None:
        columns = list(columns)  # fixed names, never the caller's
        self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                              f"VALUES ({self._phs(len(columns))})", rows)

    def _empty_tables(self, tables: list[str]) -> None:
        super()._empty_tables(tables)
        term, params = self._among("name", tables)
        self.conn.execute(f"DELETE FROM sqlite_sequence WHERE {term}", params)

    def _ensure_gazetteer(self) -> None:
        if not self._has_gazetteer():
            for stmt in gazetteer_statements():
                self.conn.execute(stmt)

    def _geom_value(self, s: Site):
        return encode_point(s.lon, s.lat) if s.located else None

    @staticmethod
    def _point(r) -> tuple[float | None, float | None]:
        p = decode_point(r["geom"])
        return (p[0], p[1]) if p else (None, None)

    @staticmethod
    def _points(columns: list[tuple]):
        return decode_points(list(columns[0]))

    @staticmethod
    def _list_param(values: list[str]) -> str:
        return json.dumps(values, ensure_ascii=False)

    @staticmethod
    def _list_value(value) -> list[str]:
        return json.loads(value) if value else []

    # -- whole-file copies -------------------------------------------------------------
    def backup(self, dest: str | os.PathLike, *, overwrite: bool = False) -> None:
        """Write a consistent copy with SQLite's online backup API, even while others write;
        its embedded QGIS project names the copy."""
        dest = Path(dest)
        if dest.exists() and os.path.samefile(dest, self.location):
            raise CatalogError(f"cannot back up {self.location!r} onto itself")
        try:
            with atomic_output(dest, overwrite=overwrite, suffix=".gpkg") as tmp:
                target = sqlite3.connect(tmp)
                try:
                    self.conn.backup(target)
                finally:
                    target.close()
                # the embedded QGIS project must open the copy, not the original beside it
                write_project(tmp, dest.name)
        except sqlite3.Error as e:
            raise CatalogError(f"cannot write {os.fspath(dest)!r}: {e}") from None

    # -- region queries and bulk loading (issue 4) ---------------------------------------
    def candidates(self, bboxes, site_filter):
        """Sites in any of ``bboxes``, found through the R-tree (see
        :meth:`catalog.stores.base.Catalog.candidates`).

        The R-tree holds float32 bounds rounded outwards, so it returns a superset; the
        exact double coordinates are then compared with each box.
        """
        import numpy as np

        self._map_memory()
        where, params = self._filter_sql(site_filter)
        boxes = [tuple(map(float, b)) for b in bboxes]
        # one R-tree search per box (an OR of boxes would scan the whole R-tree)
        query = (f"SELECT s.fid, s.geom, {', '.join('s.' + c for c in SITE_COLUMNS)} "
                 "FROM rtree_sites_geom r JOIN sites s ON s.fid = r.id "
                 "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?"
                 + "".join(f" AND {w}" for w in where))
        rows = []
        for w, s_, e, n in boxes:
            rows.extend(self._tuples(query, [e, w, n, s_, *params]))
        if len(boxes) > 1:
            rows = list({r[0]: r for r in rows}.values())
        lon, lat = decode_points([r[1] for r in rows])
        idx = np.flatnonzero(in_boxes(lon, lat, boxes))
        return [rows[i][2:] for i in idx], lon[idx], lat[idx]

    #: From this many R-tree candidates on, a region query reads them through GDAL
    #: (pyogrio: points and columns into Arrow arrays, in C); fewer are read through
    #: ``sqlite3``, which costs more a row but needs no second connection (measured at
    #: 1M sites: about 0.9 us a row against 2.5 us, and 2-4 ms to open the file in GDAL).
    ARROW_MIN_ROWS = 2_000

    def locate_candidates(self, bboxes, site_filter) -> Candidates:
        """As :meth:`candidates`, column-wise: the R-tree gives the candidates' fids, their
        points are decoded at once, and the frame is built column by column for the sites
        a query keeps (:class:`~catalog.stores.base.Candidates`); no Python object is
        made per cell.

        The fids, sorted, fall into runs of consecutive numbers (:meth:`add_sites` writes
        in Hilbert order, so neighbours have neighbouring fids), and SQLite walks each run
        along the table's leaves instead of looking each row up from the root: six times
        fewer page visits at 1M sites. Many candidates are read at once by GDAL
        (:meth:`_arrow_candidates`); few, or in a catalogue inside a transaction (whose
        writes GDAL's own connection would not see) or opened read-only (a file from
        elsewhere, read under a time budget), through ``sqlite3``: their points first
        (:meth:`_points_of`), the other columns of the kept ones after.
        """
        import numpy as np

        self._map_memory()
        boxes = [tuple(map(float, b)) for b in bboxes]
        fids = self._rtree_ids(boxes)
        where, params = self._filter_sql(site_filter)
        table = None
        if (len(fids) >= max(self.ARROW_MIN_ROWS, 1) and not self.conn.in_transaction
                and not getattr(self, "_read_only", False)):
            table = self._arrow_candidates(fids, where, params)
        if table is not None:
            table, lon, lat = table
        else:
            fids, lon, lat = self._points_of(fids, where, params)
        # the R-tree's float32 bounds are a superset
        idx = np.flatnonzero(in_boxes(lon, lat, boxes))
        lon, lat = lon[idx], lat[idx]
        if table is not None:
            def read(positions):
                positions = np.asarray(positions, dtype=np.intp)
                return {"_pos": positions, "_rows": idx[positions],
                        **{c: table.column(c) for c in SITE_COLUMNS}}
        else:
            fids = fids[idx]

            def read(positions):
                positions = np.asarray(positions, dtype=np.intp)
                return self._site_columns(fids[positions], positions)

        return Candidates(lon, lat, read)

    def _arrow_candidates(self, fids, where: list[str], params: list):
        """``(table, lon, lat)``: the located sites among ``fids`` (sorted) that pass the
        filter terms ``where``, their :data:`~catalog.model.SITE_COLUMNS` as a pyarrow
        Table and their points, read by GDAL on a connection of its own (what is
        committed); None if GDAL cannot read them or a point is not a plain 2D point
        (the caller reads them through ``sqlite3``)."""
        import numpy as np

        try:
            terms = _inline(["s.geom IS NOT NULL", *where], params)
        except ValueError:
            return None
        head, tail = _runs_sql(fids)
        cols = ", ".join(f"CAST(s.{c} AS TEXT) AS {c}" if c in _DATE_COLUMNS else f"s.{c}"
                         for c in SITE_COLUMNS)
        got = _read_arrow(self.location, f"{head} SELECT s.geom AS geom, {cols} {tail} "
                                         f"AND {terms}")
        if got is None:
            return None
        meta, table = got
        if meta.get("geometry_name") != "geom" or table.num_rows == 0:
            return None if table.num_rows else (table, np.zeros(0), np.zeros(0))
        wkb = table.column("geom").combine_chunks()
        wkb = getattr(wkb, "storage", wkb)  # the geoarrow.wkb extension's binary array
        n = len(wkb)
        offsets = np.frombuffer(wkb.buffers()[1], dtype=np.int32)[wkb.offset:wkb.offset + n + 1]
        if wkb.null_count or not (np.diff(offsets) == 21).all():
            return None
        raw = np.frombuffer(wkb.buffers()[2], dtype=np.uint8)[offsets[0]:offsets[-1]]
        raw = raw.reshape(n, 21)  # WKB points: byte order, type, x, y
        if not ((raw[:, 0] == 1).all() and (raw[:, 1:5] == (1, 0, 0, 0)).all()):
            return None
        xy = raw[:, 5:21].copy().view("<f8")
        table = table.drop_columns(["geom"])
        ok = ~np.isnan(xy).any(axis=1)  # POINT EMPTY: no point
        if not ok.all():
            table, xy = table.filter(ok), xy[ok]
        return table, xy[:, 0].copy(), xy[:, 1].copy()

    def _rtree_ids(self, boxes) -> np.ndarray:
        """The sorted, distinct fids of the R-tree entries meeting any of ``boxes`` (one
        R-tree search per box: an OR of boxes would scan the whole R-tree)."""
        import numpy as np

        if not boxes:
            return np.zeros(0, dtype=np.int64)
        search = ("SELECT id FROM rtree_sites_geom WHERE minx <= ? AND maxx >= ? "
                  "AND miny <= ? AND maxy >= ?")
        (text,) = self.conn.execute(
            f"SELECT group_concat(id) FROM ({' UNION ALL '.join([search] * len(boxes))})",
            [v for w, s, e, n in boxes for v in (e, w, n, s)]).fetchone()
        ids = np.sort(_int_list(text))
        if len(boxes) > 1 and len(ids) > 1:  # a site in two boxes (split at 180 degrees) once
            ids = ids[np.r_[True, ids[1:] != ids[:-1]]]
        return ids

    def _points_of(self, fids, where: list[str], params: list):
        """``(fids, lon, lat)`` of the located sites among ``fids`` (sorted) that pass the
        filter terms ``where``, in fid order."""
        import numpy as np

        if not len(fids):
            return fids, np.zeros(0), np.zeros(0)
        cond = " AND ".join(["s.geom IS NOT NULL", *where])
        head, tail = _runs_sql(fids)
        # Every point blob at once (group_concat copies the bytes as they are, NULs too),
        # 29 zero bytes for a site the filter refuses: slot k is fids[k], as the runs are
        # walked in fid order (runs CROSS JOIN sites: the plan is fixed).
        blob, n, size = self._tuples(
            f"{head} SELECT CAST(group_concat(g, '') AS BLOB), count(*), sum(length(g)) "
            f"FROM (SELECT CASE WHEN {cond} THEN s.geom ELSE zeroblob(29) END AS g {tail})",
            params)[0]
        if n == len(fids) and size == 29 * n:
            raw = np.frombuffer(blob, dtype=np.uint8).reshape(n, 29)
            # our own points (encode_point): little endian, no envelope, WKB point
            ours = ((raw[:, :4] == (71, 80, 0, 1)).all(axis=1)
                    & (raw[:, 8:13] == (1, 1, 0, 0, 0)).all(axis=1))
            refused = ~raw.any(axis=1)
            if (ours | refused).all():
                xy = raw[ours, 13:29].copy().view("<f8")
                return fids[ours], xy[:, 0].copy(), xy[:, 1].copy()
        # blobs written by other tools (an envelope, another byte order): one by one
        rows = self._tuples(f"{head} SELECT s.fid, s.geom {tail} AND {cond}", params)
        lon, lat = decode_points([r[1] for r in rows])
        ok = ~np.isnan(lon)  # an empty geometry is no point
        return np.array([r[0] for r in rows], dtype=np.int64)[ok], lon[ok], lat[ok]

    def _site_columns(self, fids, positions) -> dict:
        """The :data:`~catalog.model.SITE_COLUMNS` of the sites ``fids`` as columns
        (through ``sqlite3``), with ``"_pos"``, the entry of ``positions`` each row
        belongs to."""
        import numpy as np

        if not len(fids):
            return {"_pos": positions, **{c: [] for c in SITE_COLUMNS}}
        order = np.argsort(fids, kind="stable")
        fids, positions = fids[order], positions[order]
        head, tail = _runs_sql(fids)
        rows = self._tuples(f"{head} SELECT s.fid, {', '.join('s.' + c for c in SITE_COLUMNS)}"
                            f" {tail}")
        got = np.array([r[0] for r in rows], dtype=np.int64)
        return {"_pos": positions[np.searchsorted(fids, got)],
                **{c: [r[k + 1] for r in rows] for k, c in enumerate(SITE_COLUMNS)}}

    def _map_memory(self) -> None:
        if not getattr(self, "_mmap", False):
            # candidates are scattered over the file: memory-mapped reads halve the time
            # of the row lookups (measured on a 1M-site catalogue)
            self.conn.execute("PRAGMA mmap_size = 1073741824")
            self._mmap = True

    def _admit(self, check: SiteBatch, batch: list[Site]) -> dict[str, list]:
        """What ``check.admit`` makes of each site of ``batch``, column-wise
        (:func:`~catalog.model.validated_site_columns`): validated, none repeated nor taken
        earlier in the load, their location sources looked up (all at once), parents noted,
        ``updated_at`` stamped. Should any check fail, the sites go through ``check.admit``
        one by one, which raises what :meth:`add_site` would, for the first bad site."""
        try:
            cols = validated_site_columns(batch)
        except ValidationError:
            cols = None
        if cols is not None:
            ids = cols["site_id"]
            fresh = set(ids)
            ok = len(fresh) == len(ids) and check.seen.isdisjoint(fresh)
            sources = [v for v in dict.fromkeys(cols["location_source_id"])
                       if v and v not in check.known_sources]
            if ok and sources:
                found = {r[0] for r in self._tuples(
                    "SELECT source_id FROM sources WHERE source_id IN "
                    "(SELECT value FROM json_each(?))", (json.dumps(sources),))}
                ok = found.issuperset(sources)
            if ok:
                parents = cols["parent_site_id"]
                for child, parent in (zip(ids, parents, strict=True)
                                      if parents.count(None) != len(ids) else ()):
                    if parent and parent not in check.seen:  # checked at the end
                        check.parents.setdefault(parent, child)
                check.seen |= fresh
                check.known_sources.update(sources)
                stamps = cols["updated_at"]
                cols["updated_at"] = ([check.now] * len(ids) if stamps.count(None) == len(ids)
                                      else [v or check.now for v in stamps])
                return cols
        return validated_site_columns([check.admit(s) for s in batch])

    @staticmethod
    def _implicit_alias_columns(cols: dict[str, list]) -> list[list]:
        """The :func:`~catalog.stores.base.implicit_aliases` of validated sites (given as
        columns), as the columns ``site_id, alias, system, match_key``: each preferred
        name, then the local ones, keyed all at once (:func:`~catalog.gazetteer.match_keys`).
        """
        ids, names = cols["site_id"], cols["name"]
        local = [i for i, (name, v) in enumerate(zip(names, cols["name_local"], strict=True))
                 if v and v != name]
        given = names + [cols["name_local"][i] for i in local]
        aliases = names + [v.strip() for v in given[len(names):]]
        keys = match_keys(given)
        systems = ["preferred"] * len(names) + ["local script"] * len(local)
        site_ids = ids + [ids[i] for i in local]
        if "" in keys or "" in aliases:  # Alias.validated refuses it, saying why
            for a in zip(site_ids, given, systems, strict=True):
                Alias(*a).validated()
        return [site_ids, aliases, systems, keys]

    def _history_from_rows(self, cols: dict[str, list], first_fid: int, order: list[int]
                           ) -> None:
        """Write the history rows of a chunk of new sites, just written to ``sites`` from
        ``cols`` in ``order`` (so the site at position ``order[k]`` has fid ``first_fid +
        k``): what :meth:`SiteBatch.history` gives for each, sites in the order given and
        their fields in :data:`~catalog.stores.base.HISTORY_FIELDS` order, as one ``INSERT
        ... SELECT`` (a million rows bound one by one took 4 s). The location and radius are
        formatted here, as :func:`~catalog.stores.base.site_changes` formats them; the
        other fields are text, read back as stored."""
        import numpy as np

        if not self.conn.execute("SELECT 1 FROM sqlite_temp_master "
                                 "WHERE name = 'bulk_history_fields'").fetchone():
            self.conn.execute("CREATE TEMP TABLE bulk_history_fields "
                              "(n INTEGER PRIMARY KEY, field TEXT NOT NULL)")
            self.conn.executemany("INSERT INTO temp.bulk_history_fields VALUES (?, ?)",
                                  list(enumerate(HISTORY_FIELDS)))
            self.conn.execute("CREATE TEMP TABLE bulk_history_order (pos INTEGER PRIMARY KEY, "
                              "fid INTEGER NOT NULL, location TEXT, precision TEXT)")
        n = len(order)
        fids = np.empty(n, dtype=np.int64)
        fids[np.asarray(order, dtype=np.intp)] = np.arange(first_fid, first_fid + n)
        locations = [None if lon is None else f"{lat:.7f},{lon:.7f}"
                     for lon, lat in zip(cols["lon"], cols["lat"], strict=True)]
        radii = [None if v is None else str(v) for v in cols["precision_m"]]
        self.conn.execute("DELETE FROM temp.bulk_history_order")
        insert_columns(self.conn, "INSERT OR FAIL INTO temp.bulk_history_order",
                       [range(n), fids.tolist(), locations, radii])
        self.conn.execute(_HISTORY_FROM_SITES)

    def _write_site_rows(self, cols: dict[str, list], order: list[int], geoms: list,
                         first_fid: int) -> None:
        """Write a chunk of validated sites (``cols``) to ``sites``: the site at position
        ``order[k]`` as fid ``first_fid + k``, the located ones first with their point blobs
        ``geoms``. Python's sqlite3 binds a None or a ``bytes`` through an adapter lookup
        (three times the cost of a text or a float), so the located and the unlocated sites
        are written by two statements, the columns no site of the chunk fills left out of
        both (their NULL default) and those no unlocated site fills out of the second; the
        blobs are bytearrays, and a missing radius is bound as NaN, which SQLite stores as
        NULL."""
        cut = len(geoms)
        # (counting Nones compares every other value with None: a column whose first
        # value is set is known to be filled without it)
        filled = [c for c in SITE_COLUMNS
                  if cols[c][0] is not None or cols[c].count(None) != len(order)]
        # a text every site of the chunk shares is not picked site by site (a tenth of
        # the time of this method, sites being far apart in memory)
        shared = {c for c in filled if _same_text(cols[c])}
        for part, blobs in ((order[:cut], geoms), (order[cut:], None)):
            if not part:
                continue
            pick = operator.itemgetter(*part) if len(part) > 1 else (lambda c, i=part[0]: (c[i],))
            columns = {"fid": range(first_fid, first_fid + len(part))}
            if blobs is not None:
                columns["geom"] = blobs
            for c in filled:
                values = Repeated([cols[c][0]] * len(part)) if c in shared else pick(cols[c])
                if blobs is None and values.count(None) == len(part):
                    continue
                if c == "precision_m" and set(map(type, values)) <= {float, type(None)}:
                    values = [math.nan if v is None else v for v in values]
                columns[c] = values
            insert_columns(self.conn, f"INSERT OR FAIL INTO sites ({', '.join(columns)})",
                           list(columns.values()), per_statement=1000)
            first_fid += len(part)

    def _count_unlocated(self, start: int) -> None:
        """Add the unlocated sites after fid ``start`` to ``site_counts``, as its insert
        trigger would have, a group at a time."""
        groups = self._tuples(
            "SELECT review_status, facility_type, status, count(*) FROM sites "
            "WHERE fid > ? AND geom IS NULL GROUP BY review_status, facility_type, status",
            (start,))
        self.conn.executemany("INSERT OR IGNORE INTO site_counts VALUES (?, ?, ?, 0)",
                              [g[:3] for g in groups])
        self.conn.executemany(
            "UPDATE site_counts SET unlocated = unlocated + ? WHERE review_status = ? "
            "AND facility_type = ? AND status = ?", [(g[3], *g[:3]) for g in groups])

    @contextlib.contextmanager
    def _rollback_journal_if_alone(self) -> Iterator[None]:
        """For a load into an empty catalogue that no other connection has open: SQLite's
        rollback journal for its time, so the new pages are written to the file once.

        The WAL writes each page twice (into the WAL at the commit, then into the file at
        the checkpoint, waiting for the disk both times, then deletes a WAL the size of
        the load): 0.18 s of a 0.8 s load of 100,000 sites, against 0.07 s. A rollback
        journal keeps only the pages the load changes (a few: the file is empty), and
        ``synchronous = FULL`` makes it as safe as the WAL: a killed or failed load is
        rolled back whole, by the next open if need be.

        Leaving WAL needs the file to itself (SQLite refuses while another connection has
        it open, and this asks without waiting); when it cannot, or inside a caller's
        transaction, or into a filled catalogue, the load runs in the WAL as any write.
        A connection opening the file during the load runs in rollback mode (its switch
        to WAL waits for the load's lock), and a reader holding a read transaction across
        the commit holds the commit up (at most the busy timeout; then nothing is
        changed). Afterwards the file goes back to WAL, waiting as an open does for a
        reader that came meanwhile; if it cannot, the next open switches it (:func:`connect`).
        """
        conn = self.conn
        if (self._depth or conn.in_transaction
                or conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
                or conn.execute("SELECT EXISTS (SELECT 1 FROM sites)").fetchone()[0]):
            yield
            return
        timeout = int(self.busy_timeout * 1000)
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError:  # another connection has the file open
            mode = "wal"
        finally:
            conn.execute(f"PRAGMA busy_timeout = {timeout:d}")
        if mode == "wal":
            yield
            return
        try:
            conn.execute("PRAGMA synchronous = FULL")
            yield
        finally:
            with contextlib.suppress(sqlite3.OperationalError):
                conn.execute("PRAGMA journal_mode = WAL")
            if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                conn.execute("PRAGMA synchronous = NORMAL")

    def add_sites(self, sites: Iterable[Site], *, record_history: bool = True,
                  chunk_size: int = 50_000) -> int:
        """Insert many sites fast: one transaction, many rows a statement and a bulk R-tree
        fill.

        Each site is validated as :meth:`add_site` does, a column at a time
        (:func:`~catalog.model.validated_site_columns`). Each chunk is written in the
        order of a Hilbert curve over the points (:func:`~catalog.stores.base.spatial_order`),
        so sites near each other share pages and a region query reads few of them, a
        thousand rows a statement (:meth:`_write_site_rows`, :func:`insert_columns`). The
        per-row insert triggers of the R-tree (which calls Python functions for every
        row) and of ``site_counts`` are dropped inside the transaction, the R-tree filled
        from the known coordinates and the counts added by group at the end, then the
        triggers are recreated as they were: as GDAL defers its R-tree during bulk loads.
        An empty R-tree is written whole at the end, node by node (:func:`pack_rtree`);
        into an empty catalogue, the secondary indexes are built once at the end.
        Aliases are keyed all at once (:func:`~catalog.gazetteer.match_keys`) and written
        many a statement (:func:`insert_columns`); history rows are written from the new
        rows by one ``INSERT ... SELECT`` a chunk. Sites are streamed in chunks, so a
        generator of a million sites is never held in memory at once. On any error the
        whole batch, triggers included, is rolled back. Into an empty catalogue no other
        connection has open, the load goes through SQLite's rollback journal rather than
        the WAL, which would write it twice (:meth:`_rollback_journal_if_alone`).

        Parameters
        ----------
        sites
            Sites (any iterable, a generator too).
        record_history
            Write each new site's fields to ``site_history`` as :meth:`add_site` does.
            Only made-up data (benchmarks) should turn this off.

        Raises
        ------
        DuplicateError
            If a site_id is taken or repeated.
        SiteNotFound, SourceNotFound
            If a parent site or location source does not exist.
        """
        import numpy as np

        check = SiteBatch(self, now_utc())
        it = iter(sites)
        with gc_paused(), self._rollback_journal_if_alone(), self.transaction():
            start = self.conn.execute("SELECT coalesce(max(fid), 0) FROM sites").fetchone()[0]
            seq = self.conn.execute(
                "SELECT seq FROM sqlite_sequence WHERE name='sites'").fetchone()
            fid = max(start, seq[0] if seq else 0)
            cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
            # Per-row triggers are set aside for the load and recreated as they were: the
            # R-tree's (it calls Python functions for every row) and the unlocated counts'
            # (a trigger program run per statement: a quarter of the sites' insert time).
            # Both are done for the whole load after the rows.
            triggers = self._tuples(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                "'sites' AND name IN ('rtree_sites_geom_insert', 'site_counts_insert')")
            for name, _ in triggers:
                self.conn.execute(f'DROP TRIGGER "{name}"')
            # a bigger page cache keeps the UNIQUE and alias indexes off the disk
            self.conn.execute("PRAGMA cache_size = -262144")
            # Every row is validated against the vocabularies the CHECK constraints encode;
            # SQLite rebuilds each CHECK's IN-list on every executemany row (half the insert
            # time), so the checks are skipped for these statements only.
            self.conn.execute("PRAGMA ignore_check_constraints = ON")
            # Into an empty catalogue, the secondary indexes are built once at the end (a
            # sort) rather than grown row by row; the UNIQUE keys stay to refuse duplicates.
            deferred = [] if start else self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name IN ('sites', 'aliases')").fetchall()
            for name, _ in deferred:
                self.conn.execute(f'DROP INDEX "{name}"')
            # Into an empty R-tree, the points are written as packed nodes at the end
            # (pack_rtree), as GDAL does: SQLite's own inserts cost 7 us each.
            packed = [] if _packable_rtree(self.conn) else None
            try:
                while batch := list(itertools.islice(it, chunk_size)):
                    cols = self._admit(check, batch)
                    ids = cols["site_id"]
                    n = len(ids)
                    located, geoms, order = _spatial_rows(cols["lon"], cols["lat"])
                    rtree = located.copy()  # (fid, minx, maxx, miny, maxy)
                    rtree[:, 0] = np.arange(fid + 1, fid + 1 + len(located))
                    fid += n
                    aliases = self._implicit_alias_columns(cols)
                    history = []
                    from_rows = record_history and all(
                        set(map(type, cols[f])) <= {str, type(None)}
                        for f in _STORED_HISTORY_FIELDS)
                    if record_history and not from_rows:
                        # a value not text (SQLite may write it otherwise than str() does)
                        history = [h for v in zip(*(cols[f] for f in SITE_FIELDS), strict=True)
                                   for h in check.history(Site(*v))]
                    try:
                        self._write_site_rows(cols, order, geoms, fid - n + 1)
                    except sqlite3.IntegrityError as e:
                        taken = self.conn.execute(
                            "SELECT site_id FROM sites WHERE fid <= ? AND site_id IN "
                            "(SELECT value FROM json_each(?)) LIMIT 1",
                            (start, json.dumps(ids))).fetchone()
                        raise DuplicateError(f"site {taken[0]!r} already exists" if taken
                                             else f"sites refused: {e}") from None
                    if packed is None:
                        self.conn.executemany(
                            "INSERT INTO rtree_sites_geom VALUES (?, ?, ?, ?, ?)",
                            [(int(r[0]), *r[1:]) for r in rtree.tolist()])
                    else:
                        packed.append(rtree)
                    insert_columns(self.conn,
                                   f"INSERT OR FAIL INTO aliases ({', '.join(ALIAS_COLUMNS)})",
                                   aliases, "ON CONFLICT (site_id, alias) DO NOTHING")
                    if from_rows:
                        self._history_from_rows(cols, fid - n + 1, order)
                    self._bulk_insert("site_history", HISTORY_COLUMNS, history)
                check.check_parents()
                if packed and sum(map(len, packed)):
                    pack_rtree(self.conn, np.concatenate(packed))
                for _, sql in deferred:
                    self.conn.execute(sql)
                if "site_counts_insert" in dict(triggers):
                    self._count_unlocated(start)
                for _, sql in triggers:
                    self.conn.execute(sql)
            finally:
                self.conn.execute("PRAGMA ignore_check_constraints = OFF")
                self.conn.execute(f"PRAGMA cache_size = {int(cache)}")
                for t in ("order", "fields"):
                    self.conn.execute(f"DROP TABLE IF EXISTS temp.bulk_history_{t}")
        return len(check.seen)
