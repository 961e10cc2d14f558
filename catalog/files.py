"""Files the catalogue reads and writes: the shipped data, safe outputs, safe zip members.

The shipped data (``data/`` in the repository) is installed with the package as
``catalog.data``, so a wheel carries it; it is found with :mod:`importlib.resources`.

Every output (a built or restored catalogue, a backup, an export, a map, a query result)
is written by :func:`atomic_output`: one rule for all of them, as rasterio's
``resolve_inout`` checks ``--overwrite`` once for every command. An existing output is
refused unless ``overwrite``; missing parent folders are created; the file is written in
a private folder beside the target and put in place only when complete, so a failed
write leaves any old file as it was:

- The private folder is made by :func:`tempfile.mkdtemp` (a new name, mode 0700): nothing
  planted beside the target (a symlink at a guessed temporary name, or at the ``-journal``
  SQLite would create beside it) can be followed, since nothing but the writer can create
  names in it.
- A folder left by a killed writer is removed by the next output written to the same
  folder: each holds an ``flock`` while in use, which the kernel drops when its process
  dies (:func:`remove_stale_temporaries`).
- A new SQLite database (a GeoPackage) replaces an old one *through SQLite*: the online
  backup API copies it into the open target in one transaction, so a reader holding the
  old file (QGIS) and the ``-wal`` a killed writer left beside it stay consistent with
  what the file holds; ``os.replace`` would leave that ``-wal`` to be replayed onto the
  new file. If the target stays locked, the output is refused and nothing is changed.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import os
import shutil
import sqlite3
import stat
import tempfile
import time
import zipfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .errors import CatalogError, CatalogLocked, FileOverwriteError, ValidationError

#: A zip member (a KMZ's KML, a GeoPackage's QGIS project) may unpack to at most this many
#: bytes, and at most this many times its compressed size (a zip bomb unpacks a few kB to
#: gigabytes; deflate manages ~1000:1).
MAX_UNZIPPED_BYTES = 512 * 2**20
MAX_ZIP_RATIO = 200
#: Files SQLite may leave beside a database it was writing.
_SQLITE_SIDECARS = ("-journal", "-wal", "-shm")
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: The private folder an output is written in is named ``.<target name>.<random><MARK>``.
TEMP_MARK = ".catalog-tmp"
_LOCK = "lock"
#: A private folder with no lock file (its writer died between making the folder and
#: locking it) is stale after this many seconds.
_UNLOCKED_GRACE_S = 60.0
#: How long replacing a database waits for the programs reading or writing it to let go.
REPLACE_TIMEOUT_S = 30.0
#: The longest field a CSV file may hold (Python's default is 128 KiB, which a long quote
#: passes): as much as a whole report may be (``readers.MAX_REPORT_BYTES``).
MAX_CSV_FIELD = 64 * 2**20


def shipped(*parts: str) -> Path:
    """The path of a shipped data file, e.g. ``shipped("boundaries", "x.geojson")``.

    Examples
    --------
    >>> shipped("catalogue", "sites.csv").name
    'sites.csv'
    """
    return Path(str(resources.files("catalog.data").joinpath(*parts)))


def output_path(path: str | os.PathLike, *, overwrite: bool = False) -> Path:
    """Check an output before it is written: refused if it exists (unless ``overwrite``);
    its missing parent folders are created.

    Raises
    ------
    FileOverwriteError
        If ``path`` exists and ``overwrite`` is False.
    OSError
        If a parent folder cannot be created (a file stands where a folder should).
    """
    p = Path(path)
    if p.exists() and not overwrite:
        raise FileOverwriteError(f"{p} exists; pass --overwrite to replace it")
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, *, overwrite: bool = False,
                  suffix: str | None = None) -> Iterator[Path]:
    """Write ``path`` in a private folder beside it, put in place on success.

    Yields a path that does not exist yet, in a new folder only this process can write
    (see the module docstring), for the writer to create (SQLite, GDAL and pyarrow create
    their files themselves, with the process' umask); when the block ends without an
    exception it replaces ``path`` (a database through SQLite, :func:`install`). On any
    exception the folder is removed and ``path`` is left as it was. Folders left by killed
    writers beside ``path`` are removed first (:func:`remove_stale_temporaries`).

    Parameters
    ----------
    path
        The output.
    overwrite
        Replace ``path`` if it exists (else :class:`~catalog.errors.FileOverwriteError`).
    suffix
        The temporary file's extension, for writers that choose a format by it (GDAL
        wants ``.gpkg``); default the target's own.

    Raises
    ------
    FileOverwriteError
        If ``path`` exists and ``overwrite`` is False.
    CatalogLocked
        If ``path`` is a database that other programs kept locked for
        :data:`REPLACE_TIMEOUT_S`.

    Examples
    --------
    >>> with atomic_output("out/sites.txt") as tmp:  # doctest: +SKIP
    ...     tmp.write_text("complete or nothing")
    """
    target = output_path(path, overwrite=overwrite)
    remove_stale_temporaries(target.parent)
    with _private_folder(target) as folder:
        name = f"{target.stem}{suffix}" if suffix else target.name
        tmp = folder / (name if name not in ("", _LOCK) else "output")
        yield tmp
        install(tmp, target)


@contextlib.contextmanager
def _private_folder(target: Path) -> Iterator[Path]:
    """A new folder beside ``target``, locked while the block runs, then removed."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=f".{target.name[:100]}.", suffix=TEMP_MARK,
                                       dir=target.parent))
    except OSError as e:  # name the output, not the folder it was to be written in
        raise OSError(e.errno, e.strerror, os.fspath(target)) from None
    fd = None
    try:
        fd = os.open(folder / _LOCK, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                     0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if fd is not None:
            os.close(fd)


def remove_stale_temporaries(directory: str | os.PathLike) -> list[str]:
    """Remove the private folders that killed writers left in ``directory``.

    A folder is stale when its lock can be taken (the kernel released it when its writer
    died), or when it has no lock file and is older than a minute. Only folders of this
    program (named ``.*`` + :data:`TEMP_MARK`) owned by the current user are looked at;
    links are never followed. Returns the names removed.
    """
    removed = []
    try:
        names = [n for n in os.listdir(directory)
                 if n.startswith(".") and n.endswith(TEMP_MARK)]
    except OSError:
        return removed
    for name in names:
        path = os.path.join(directory, name)
        try:
            st = os.lstat(path)
            if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
                continue
            if _is_stale(path, st):
                shutil.rmtree(path)
                removed.append(name)
        except OSError:
            continue  # removed meanwhile, or not ours to remove
    return removed


def _is_stale(path: str, st: os.stat_result) -> bool:
    dfd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        try:
            fd = os.open(_LOCK, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=dfd)
        except FileNotFoundError:
            return time.time() - st.st_mtime > _UNLOCKED_GRACE_S
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # its writer is alive
        finally:
            os.close(fd)  # releases the lock, if taken
        return True
    finally:
        os.close(dfd)


def is_sqlite(path: str | os.PathLike) -> bool:
    """Whether ``path`` is an SQLite database (a GeoPackage): its first 16 bytes."""
    try:
        with open(path, "rb") as f:
            return f.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


def install(new: str | os.PathLike, target: str | os.PathLike) -> None:
    """Put the complete file ``new`` in place of ``target``.

    A database replacing a database is copied into it through SQLite
    (:func:`replace_database`); anything else is renamed over it, after removing the SQLite
    journals of an old database there, which would otherwise be replayed onto the new file.
    """
    new, target = Path(new), Path(target)
    if is_sqlite(new) and is_sqlite(target):
        replace_database(new, target)
        return
    for s in _SQLITE_SIDECARS:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{target}{s}")
    os.replace(new, target)


class _StillLocked(Exception):
    pass


def replace_database(new: str | os.PathLike, target: str | os.PathLike, *,
                     timeout: float | None = None) -> None:
    """Replace the SQLite database ``target`` by a copy of ``new``, through SQLite.

    SQLite's online backup API writes every page of ``new`` into ``target`` in one write
    transaction of ``target``'s own (its WAL or rollback journal): a killed writer's
    journal is recovered first, a reader holding the file keeps its snapshot and then
    sees the new contents, and an interruption leaves the old database whole.

    Raises
    ------
    CatalogLocked
        If ``target`` stayed locked by other programs for ``timeout`` seconds (default
        :data:`REPLACE_TIMEOUT_S`); nothing was changed.
    CatalogError
        If SQLite cannot write ``target`` (damaged, read-only, or a WAL database of
        another page size); nothing was changed.
    """
    limit = REPLACE_TIMEOUT_S if timeout is None else timeout
    deadline = time.monotonic() + limit

    def progress(status, remaining, total):
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) \
                and time.monotonic() > deadline:
            raise _StillLocked

    src = sqlite3.connect(os.fspath(new))
    try:
        dst = sqlite3.connect(os.fspath(target), timeout=min(limit, 1.0),
                              isolation_level=None)
        try:
            src.backup(dst, progress=progress, sleep=0.05)
            with contextlib.suppress(sqlite3.Error):  # fold the WAL back in, where it can
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    except _StillLocked:
        raise CatalogLocked(
            f"{os.fspath(target)} is in use: other programs kept it locked for {limit:g} s, "
            "so it was not replaced; nothing was changed") from None
    except sqlite3.Error as e:
        raise CatalogError(
            f"cannot replace {os.fspath(target)!r} through SQLite ({e}); nothing was changed: "
            "close the programs that use it, or remove it first") from None
    finally:
        src.close()


def atomic_write(path: str | os.PathLike, data: bytes | str, *,
                 overwrite: bool = False) -> None:
    """Write ``data`` (text is written as UTF-8) to ``path`` through :func:`atomic_output`."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with atomic_output(path, overwrite=overwrite) as tmp, open(tmp, "xb") as f:
        f.write(data)


def read_zip_member(z: zipfile.ZipFile, name: str, what: str = "the archive") -> bytes:
    """A member of a zip archive, unpacked only up to the limits against zip bombs.

    The sizes in the archive's directory can lie, so the member is read in chunks and
    refused as soon as it passes :data:`MAX_UNZIPPED_BYTES` or :data:`MAX_ZIP_RATIO`
    times its compressed size.

    Raises
    ------
    ValidationError
        Naming the archive, the member and the limit passed.
    """
    info = z.getinfo(name)
    limit = min(MAX_UNZIPPED_BYTES, max(info.compress_size, 1024) * MAX_ZIP_RATIO)
    chunks, total = [], 0
    with z.open(info) as f:
        while chunk := f.read(1 << 20):
            total += len(chunk)
            if total > limit:
                raise ValidationError(
                    f"{what}: {name!r} unpacks to over {limit} bytes from "
                    f"{info.compress_size} (limits: {MAX_UNZIPPED_BYTES} bytes, "
                    f"{MAX_ZIP_RATIO}x); refused as a possible zip bomb")
            chunks.append(chunk)
    return b"".join(chunks)


def allow_long_csv_fields() -> None:
    """Let :mod:`csv` read fields up to :data:`MAX_CSV_FIELD` (a long quote exports, so it
    must import); the limit is process-wide and only ever raised."""
    if csv.field_size_limit() < MAX_CSV_FIELD:
        csv.field_size_limit(MAX_CSV_FIELD)
