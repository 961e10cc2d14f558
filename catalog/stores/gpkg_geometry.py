"""GeoPackage geometry blobs: a site's point in, ``(lon, lat)`` out, and the SQL functions
GDAL's R-tree triggers call.

A blob is the GeoPackage header (``GP``, version 0, flags, srs_id) followed by WKB. Points
we write are 29 bytes, little endian, with no envelope (as the spec allows); blobs written
by other tools (QGIS, GDAL) may carry an envelope or another geometry type and are read
too. GDAL's R-tree triggers call ``ST_IsEmpty``/``ST_MinX``/...; Python's ``sqlite3`` lacks
them, so every connection registers them (:func:`register_functions`).
"""

from __future__ import annotations

import sqlite3
import struct

SRS_ID = 4326

# Header: 'GP', version 0, flags (bit 0: little endian; bits 1-3: envelope kind), srs_id.
_POINT_HEADER = b"GP\x00\x01" + struct.pack("<i", SRS_ID)
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def encode_point(lon: float, lat: float) -> bytes:
    """A GeoPackage blob for a 2D point in EPSG:4326 (no envelope, as the spec allows)."""
    return _POINT_HEADER + struct.pack("<BIdd", 1, 1, lon, lat)


def _wkb_offset(blob: bytes) -> int:
    flags = blob[3]
    return 8 + _ENVELOPE_BYTES[(flags >> 1) & 7]


def _is_point(blob: bytes) -> bool:
    off = _wkb_offset(blob)
    order = "<" if blob[off] == 1 else ">"
    return struct.unpack_from(order + "I", blob, off + 1)[0] % 1000 == 1


def decode_point(blob: bytes | None) -> tuple[float, float] | None:
    """``(lon, lat)`` of a point blob, or None for NULL or an empty geometry."""
    if blob is None or blob[3] & 0x10:
        return None
    off = _wkb_offset(blob)
    order = "<" if blob[off] == 1 else ">"
    (gtype,) = struct.unpack_from(order + "I", blob, off + 1)
    if gtype % 1000 == 1:
        x, y = struct.unpack_from(order + "dd", blob, off + 5)
        return x, y
    import shapely

    g = shapely.from_wkb(bytes(blob[off:]))
    return (g.x, g.y) if not g.is_empty else None


def decode_points(blobs: list) -> tuple:
    """Longitudes and latitudes of GeoPackage point blobs (None: NaN), as float arrays.

    Blobs written by :func:`encode_point` (29 bytes, little endian, no envelope) are
    decoded at once with numpy; any other blob falls back to :func:`decode_point`.
    """
    import numpy as np

    n = len(blobs)
    if n and all(b is not None and len(b) == 29 for b in blobs):
        raw = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(n, 29)
        if (raw[:, 3] == 1).all() and (raw[:, 8] == 1).all():
            xy = raw[:, 13:29].copy().view("<f8")
            return xy[:, 0].copy(), xy[:, 1].copy()
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    idx = [i for i, b in enumerate(blobs) if b is not None]
    if idx and len(idx) < n:  # decode the located ones at once
        lon[idx], lat[idx] = decode_points([blobs[i] for i in idx])
        return lon, lat
    for i in idx:
        p = decode_point(blobs[i])
        if p is not None:
            lon[i], lat[i] = p
    return lon, lat


def _bounds(blob: bytes | None):
    if blob is None or blob[3] & 0x10:
        return None
    p = decode_point(blob) if _is_point(blob) else None
    if p is not None:
        return p[0], p[1], p[0], p[1]
    import shapely

    g = shapely.from_wkb(bytes(blob[_wkb_offset(blob):]))
    return None if g.is_empty else g.bounds


def register_functions(conn: sqlite3.Connection) -> None:
    """Register the ST_* functions GeoPackage R-tree triggers call (as GDAL provides)."""

    def part(i):
        def f(blob):
            b = _bounds(blob)
            return None if b is None else b[i]

        return f

    conn.create_function("ST_MinX", 1, part(0), deterministic=True)
    conn.create_function("ST_MinY", 1, part(1), deterministic=True)
    conn.create_function("ST_MaxX", 1, part(2), deterministic=True)
    conn.create_function("ST_MaxY", 1, part(3), deterministic=True)
    conn.create_function(
        "ST_IsEmpty", 1, lambda b: None if b is None else int(_bounds(b) is None),
        deterministic=True,
    )


def encode_points(lon, lat) -> list[bytearray]:
    """:func:`encode_point` of many points at once (float arrays), byte for byte the same,
    as bytearrays: Python's sqlite3 binds a bytearray directly, but looks up an adapter
    for every ``bytes`` first (three times the cost of binding it)."""
    import numpy as np

    n = len(lon)
    raw = np.zeros((n, 29), dtype=np.uint8)
    raw[:, :8] = np.frombuffer(_POINT_HEADER, dtype=np.uint8)
    raw[:, 8:13] = (1, 1, 0, 0, 0)  # little endian, WKB point
    raw[:, 13:29] = np.column_stack([np.asarray(lon, dtype="<f8"),
                                     np.asarray(lat, dtype="<f8")]).view(np.uint8)
    data = bytearray(raw.tobytes())
    return [data[k:k + 29] for k in range(0, 29 * n, 29)]
