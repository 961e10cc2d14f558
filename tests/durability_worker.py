"""A writer process for the durability tests: ``python durability_worker.py FILE TAG N``.

Each of its N transactions adds one source, one site citing it and two citations, so a
committed transaction is recognisable as complete (a half-written one would show).
Site names keep tag and number apart ("k1" 10 and "k11" 0 must not share a name key).
"""

import sys

from catalog import Citation, Site, Source
from catalog.stores.geopackage import GeoPackageCatalog


def main(path: str, tag: str, n: int) -> None:
    with GeoPackageCatalog(path, busy_timeout=60) as cat:
        for i in range(n):
            sid = f"{tag}-{i}"
            with cat.transaction():
                cat.add_source(Source(f"src-{sid}", f"Report {sid} «Ŏ»", kind="news"))
                cat.add_site(Site(f"site-{sid}", f"Site {tag} number {i}", "storage",
                                  lon=(i % 360) - 180, lat=(i % 180) - 90,
                                  location_precision="exact",
                                  location_method="digitised by analyst"))
                cat.add_citation(Citation(f"site-{sid}", f"src-{sid}", f"Quote one {sid}."))
                cat.add_citation(Citation(f"site-{sid}", f"src-{sid}", f"Quote two {sid}.",
                                          supports="location"))
            print(sid, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
