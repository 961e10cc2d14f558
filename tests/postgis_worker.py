"""A writer process for the PostGIS concurrency tests.

``python postgis_worker.py URL add TAG N``: N transactions, each adding a source, a site
and two citations (as durability_worker.py does for the GeoPackage).
``python postgis_worker.py URL bump SITE N``: N read-then-write edits of one site's
``notes`` counter through ``get_site`` + ``update_site``, repeating an edit whenever the
store reports that another writer got there first. Prints "ready", starts on a line
of stdin, and prints how many conflicts it met.
"""

import dataclasses
import sys

from catalog import Citation, Site, Source, open_catalog
from catalog.errors import EditConflict


def add(url: str, tag: str, n: int) -> None:
    with open_catalog(url) as cat:
        for i in range(n):
            sid = f"{tag}-{i}"
            with cat.transaction():
                cat.add_source(Source(f"src-{sid}", f"Report {sid} «Ŏ»", kind="news"))
                cat.add_site(Site(f"site-{sid}", f"Site {sid}", "storage", lon=(i % 360) - 180,
                                  lat=(i % 180) - 90, location_precision="exact",
                                  location_method="digitised by analyst"))
                cat.add_citation(Citation(f"site-{sid}", f"src-{sid}", f"Quote one {sid}."))
                cat.add_citation(Citation(f"site-{sid}", f"src-{sid}", f"Quote two {sid}.",
                                          supports="location"))


def bump(url: str, site_id: str, n: int) -> None:
    conflicts = 0
    with open_catalog(url) as cat:
        print("ready", flush=True)
        sys.stdin.readline()  # all writers start together, so that they do collide
        for _ in range(n):
            while True:
                s = cat.get_site(site_id)
                try:
                    cat.update_site(dataclasses.replace(s, notes=str(int(s.notes) + 1)))
                    break
                except EditConflict:
                    conflicts += 1
    print(conflicts)


if __name__ == "__main__":
    url, mode, arg, count = sys.argv[1:5]
    {"add": add, "bump": bump}[mode](url, arg, int(count))
