"""Files the catalogue reads and writes: the shipped data, safe outputs, safe zip members.

The shipped data (``data/`` in the repository) is installed with the package as
``catalog.data``, so a wheel carries it; it is found with :mod:`importlib.resources`.

Every output (a built or restored catalogue, a backup, an export, a map, a query result)
is written by :func:`atomic_output`: one rule for all of them, as rasterio's
``resolve_inout`` checks ``--overwrite`` once for every command. An existing output is
refused unless ``overwrite``; missing parent folders are created; the file is written
under a temporary name beside the target and renamed into place only when complete, so
a failed write leaves any old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import zipfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .errors import FileOverwriteError, ValidationError

#: A zip member (a KMZ's KML, a GeoPackage's QGIS project) may unpack to at most this many
#: bytes, and at most this many times its compressed size (a zip bomb unpacks a few kB to
#: gigabytes; deflate manages ~1000:1).
MAX_UNZIPPED_BYTES = 512 * 2**20
MAX_ZIP_RATIO = 200
#: Files SQLite may leave beside a database it was writing.
_SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


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
    """Write ``path`` under a temporary name beside it, renamed into place on success.

    Yields a path that does not exist yet, in the target's folder, for the writer to
    create (SQLite, GDAL and pyarrow create their files themselves, with the process'
    umask); when the block ends without an exception it replaces ``path``. On any
    exception the temporary file (and any SQLite journal beside it) is removed and
    ``path`` is left as it was.

    Parameters
    ----------
    path
        The output.
    overwrite
        Replace ``path`` if it exists (else :class:`~catalog.errors.FileOverwriteError`).
    suffix
        The temporary file's extension, for writers that choose a format by it (GDAL
        wants ``.gpkg``); default ``.tmp``.

    Examples
    --------
    >>> with atomic_output("out/sites.txt") as tmp:  # doctest: +SKIP
    ...     tmp.write_text("complete or nothing")
    """
    target = output_path(path, overwrite=overwrite)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{suffix or '.tmp'}")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, *(Path(f"{tmp}{s}") for s in _SQLITE_SIDECARS)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


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
