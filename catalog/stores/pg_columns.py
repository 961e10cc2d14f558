"""A PostGIS region query's candidates read column by column (issue 13).

Rows as tuples cost about 5 us each in psycopg and Python; at 10,000 candidates that is
four fifths of a query. Instead the server aggregates each column of the candidates into
one value, in one pass (every aggregate of a statement sees the rows in the same order):

- the points, the numbers, dates and times as their binary forms (``float8send``,
  ``date_send``, ``timestamptz_send``: big-endian, exact), concatenated;
- each text joined with U+001F;
- which values are missing, as one bit mask a row (``int4send``).

:func:`decode_columns` cuts these with numpy into Arrow buffers: no Python object per
cell. The texts of dates and times are those ``to_char`` and the GeoPackage store give
(``YYYY-MM-DD``; ``YYYY-MM-DDTHH:MM:SS.sssZ``, milliseconds truncated).
"""

from __future__ import annotations

from ..model import SITE_COLUMNS

#: The columns sent as binary numbers: their send function and the SQL placeholder of a
#: missing value (any value of the type: the mask says it is missing).
_BINARY = {"precision_m": ("float8send", "0::float8"),
           "status_as_of": ("date_send", "'2000-01-01'::date"),
           "updated_at": ("timestamptz_send", "'2000-01-01'::timestamptz")}
_SEP = 0x1F


def _select() -> str:
    mask = " | ".join(f"((s.{c} IS NULL)::int << {k})" for k, c in enumerate(SITE_COLUMNS))
    aggs = ["count(*)", "string_agg(float8send(coalesce(ST_X(s.geom), 'NaN')), ''::bytea)",
            "string_agg(float8send(coalesce(ST_Y(s.geom), 'NaN')), ''::bytea)",
            f"string_agg(int4send({mask}), ''::bytea)"]
    for c in SITE_COLUMNS:
        if c in _BINARY:
            send, missing = _BINARY[c]
            aggs.append(f"string_agg({send}(coalesce(s.{c}, {missing})), ''::bytea)")
        else:
            aggs.append(f"string_agg(coalesce(s.{c}, ''), chr({_SEP}))")
    return "SELECT " + ", ".join(aggs) + " FROM sites s"


#: The statement's head: a WHERE clause on ``sites s`` may follow. A site without a point
#: has NaN coordinates.
COLUMNS_SELECT = _select()


def decode_columns(row):
    """``(lon, lat, arrays)`` from the one row of :data:`COLUMNS_SELECT` (read with
    psycopg's binary format): float arrays of the points (NaN: none), and a pyarrow array per
    :data:`~catalog.model.SITE_COLUMNS`; None if a text holds U+001F or a date or time
    lies outside the years 1-9999 (no text of them would match ``to_char``'s)."""
    import numpy as np
    import pyarrow as pa

    n, xs, ys, masks, *values = row
    if not n:
        return np.zeros(0), np.zeros(0), {
            c: pa.array([], pa.float64() if c == "precision_m" else pa.string())
            for c in SITE_COLUMNS}
    masks = np.frombuffer(masks, ">i4")
    arrays = {}
    for k, (c, value) in enumerate(zip(SITE_COLUMNS, values, strict=True)):
        valid = (masks >> k) & 1 == 0
        if c == "precision_m":
            arrays[c] = pa.array(np.frombuffer(value, ">f8").astype(float), mask=~valid)
        elif c == "status_as_of":
            arrays[c] = _dates(np.frombuffer(value, ">i4"), valid, "D")
        elif c == "updated_at":
            arrays[c] = _dates(np.frombuffer(value, ">i8") // 1000, valid, "ms")
        else:
            arrays[c] = _texts(value, n, valid)
        if arrays[c] is None:
            return None
    lon = np.frombuffer(xs, ">f8").astype(float)
    lat = np.frombuffer(ys, ">f8").astype(float)
    return lon, lat, arrays


def _texts(text: str, n: int, valid):
    """A pyarrow string array of the ``n`` values joined with U+001F in ``text``; None if
    a value holds U+001F itself."""
    import numpy as np
    import pyarrow as pa

    data = np.frombuffer(text.encode("utf-8"), np.uint8)
    cut = np.flatnonzero(data == _SEP)  # U+001F is that byte and no byte of another
    if len(cut) != n - 1:
        return None
    offsets = np.empty(n + 1, dtype=np.int32)  # a server value is under 1 GB
    offsets[0] = 0
    offsets[1:n] = cut - np.arange(n - 1)  # value k starts after k separators
    offsets[n] = len(data) - (n - 1)
    body = np.delete(data, cut) if len(cut) else data
    nulls = n - int(valid.sum())
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little")) if nulls else None
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(body.copy()),
                                       bitmap, nulls)


_EPOCH = {"D": 10957, "ms": 946_684_800_000}  # 2000-01-01 in days, ms since 1970


def _dates(since_2000, valid, unit: str):
    """Text of dates (``unit`` "D": days since 2000-01-01) or UTC times ("ms":
    milliseconds since then), as ``to_char`` writes them; None outside the years
    1-9999 (infinity included)."""
    import numpy as np
    import pyarrow as pa

    t = since_2000.astype(np.int64) + _EPOCH[unit]
    lo = np.datetime64("0001-01-01", unit).astype(np.int64)
    hi = np.datetime64("9999-12-31T23:59:59.999" if unit == "ms" else "9999-12-31",
                       unit).astype(np.int64)
    if ((t[valid] < lo) | (t[valid] > hi)).any():
        return None
    # a catalogue holds few distinct dates and times (a bulk load stamps all alike):
    # each is formatted once
    distinct, inverse = np.unique(np.where(valid, t, 0), return_inverse=True)
    text = np.datetime_as_string(distinct.astype(f"datetime64[{unit}]"), unit=unit,
                                 timezone="UTC" if unit == "ms" else "naive")
    return _masked(pa.array(text).take(pa.array(inverse.ravel())), valid)


def _masked(arr, valid):
    """``arr`` with the values where ``valid`` is False made missing."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if valid.all():
        return arr
    return pc.if_else(pa.array(valid), arr, pa.scalar(None, arr.type))
