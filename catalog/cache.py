"""Derived data kept between runs: the world gazetteer's name index, the provinces' name keys.

Files live in ``$CATALOG_CACHE_DIR``, else ``$XDG_CACHE_HOME/facility-catalog``, else
``~/.cache/facility-catalog``. Each is derived from shipped or installed data alone, so
deleting the folder is always safe: the next run builds it again (``make install`` does it
once). Writes are atomic (a temporary file renamed), so two processes building at once
both end with a whole file.

Every cached index stores a sample of ``(name, key)`` pairs; a reader recomputes them with
today's :func:`catalog.gazetteer.match_key` and rebuilds the cache when any differs, so a
change to the romanization rules can never leave stale keys behind.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path


def cache_dir() -> Path:
    """The folder for cached derived data (created on first use)."""
    if os.environ.get("CATALOG_CACHE_DIR"):
        return Path(os.environ["CATALOG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "facility-catalog"


def writable_path(name: str) -> Path:
    """Where to write the cache file ``name``: the cache folder, or a temporary folder when
    that cannot be created (a read-only home)."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder / name
    except OSError:
        pass
    fallback = Path(tempfile.gettempdir()) / f"facility-catalog-{os.getuid()}"
    fallback.mkdir(parents=True, exist_ok=True)
    return fallback / name


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary path beside ``path``, then rename it into place."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.remove(tmp)
        except OSError:
            pass
        raise


def cached_sqlite(name: str, build: Callable[[sqlite3.Connection], None],
                  valid: Callable[[sqlite3.Connection], bool]) -> sqlite3.Connection:
    """A read-only connection to the SQLite cache ``name``, built first when missing or
    when ``valid`` says it no longer holds.

    ``build`` fills an empty database (its own connection, committed and closed for it);
    the file is then renamed into place, so a reader never sees half a cache.
    """
    path = writable_path(name)
    conn = _open_ro(path)
    if conn is not None:
        try:
            if valid(conn):
                return conn
        except sqlite3.Error:
            pass
        conn.close()

    def write(tmp: Path) -> None:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            build(db)
            db.commit()
        finally:
            db.close()

    atomic_write(path, write)
    conn = _open_ro(path)
    if conn is None:  # pragma: no cover - it was just written
        raise OSError(f"cannot open the cache {path}")
    return conn


def _open_ro(path: Path) -> sqlite3.Connection | None:
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True,
                               check_same_thread=False)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return conn
    except sqlite3.Error:
        return None
