"""Derive data/gazetteer/nuclear_power_plants.csv from GeoNuclearData's reactor list.

GeoNuclearData (https://github.com/cristianst85/GeoNuclearData, Open Database License 1.0)
lists each power reactor with a point. A plant is its reactors grouped by name without the
units' designations ("Kursk-1" ... "Kursk 2-2" -> "Kursk"; "Hinkley Point-B1" -> "Hinkley
Point") and country; its point is the median of
its units' points and ``spread_m`` the farthest unit from it (a wide spread means a unit's
point is wrong: ingest does not use such a plant). The output is ODbL 1.0 as its source.

    python scripts/derive_power_plants.py UPSTREAM/data/csv/denormalized/nuclear_power_plants.csv
"""

from __future__ import annotations

import csv
import re
import statistics
import sys
from pathlib import Path

from pyproj import Geod

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "nuclear_power_plants.csv"
#: A unit's designation at a name's end: "Kursk-1", "Hinkley Point-B1", "Sizewell-B",
#: "Leningrad 2-1" (the second plant's first unit; the two stand side by side).
_UNIT = re.compile(r"[-\s]+(?:[A-Z]?\d*[A-Z]?|\d+-\d+)$")


def main(upstream: str) -> None:
    geod = Geod(ellps="WGS84")
    plants: dict[tuple[str, str], list[dict]] = {}
    with open(upstream, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["Name"].strip()
            while (short := _UNIT.sub("", name)) != name and short:
                name = short.strip()
            plants.setdefault((name, row["CountryCode"]), []).append(row)
    rows = []
    for (name, cc), units in sorted(plants.items()):
        pts = [(float(u["Longitude"]), float(u["Latitude"])) for u in units if u["Latitude"]]
        if not pts:
            continue  # planned units with no point: nothing to place
        lon = statistics.median(p[0] for p in pts)
        lat = statistics.median(p[1] for p in pts)
        spread = max(geod.inv(lon, lat, x, y)[2] for x, y in pts)
        rows.append({"name": name, "country": cc, "lat": f"{lat:.6f}", "lon": f"{lon:.6f}",
                     "units": len(units), "spread_m": round(spread),
                     "iaea_ids": " ".join(u["IAEAId"] for u in units if u["IAEAId"])})
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"{OUT}: {len(rows)} plants")


if __name__ == "__main__":
    main(sys.argv[1])
