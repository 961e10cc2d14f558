"""`make eval`: how well ingest names and locates sites on the labelled development set.

Every report of ``tests/data/locate/`` is ingested, in manifest order, into one empty
catalogue; the catalogue's sites (every review state) are then matched to the labelled
facilities and scored. Run ``python -m benchmarks.eval_locate`` (or ``make eval``); the
numbers print as a summary and a table of failures per facility, and land in
``build/eval.json``. ``--set DIR`` scores another labelled set in the same format, e.g.
the blind set ``tests/data/locate-b`` (``make eval-b``: ``build/eval-b.json``).

Matching rule
-------------
A catalogue site *is* a labelled facility when :func:`catalog.gazetteer.match_key` of its
name or of one of its aliases equals the key of one of the facility's names: the
``names`` of the facility in the manifest's ``facilities`` table, and every name written
for it in a report. Keys are exact: "MWe reactor" is not "5 MWe reactor". One catalogue
site may match several facilities (a merged site), and one facility several catalogue
sites (a duplicate). The manifest check (``tests/test_eval_locate.py``) keeps every key
owned by one facility only.

Measures
--------
- names found (recall): labelled facilities matched by at least one catalogue site.
- precision: catalogue sites that match a labelled facility.
- non-sites made sites: distinct ``non_sites`` names (countries, capitals, provinces,
  hotels, universities, "X Province base") whose key is a catalogue site's name or alias
  key, or, for a catalogue site that matches no facility, contains the key of its name
  (at least 8 letters: a cut "Hamgyong Province base" still counts as "North Hamgyong
  Province base").
  Non-site names that are also a facility's name ("Arak", "Isfahan", "Natanz": the towns)
  are measured instead by *citations a report does not support*: a catalogue site
  matched to a facility, cited by a report whose labels do not name that facility.
- located within 50 km: facilities with a true point and a matched catalogue site placed
  within 50 km of it; once over the facilities a report states correct coordinates for,
  once over all facilities with a true point.
- truth within stated uncertainty: of the located catalogue sites matched to a facility
  with a true point, those whose circle (``precision_m``, else
  :data:`catalog.filters.DEFAULT_RADIUS_M` of its ``location_precision``) reaches the
  labelled facility: distance <= stated radius + the facility's ``truth_radius_m``. This
  must be 100%.
- median stated radius of those located sites, and catalogue sites per real site (mean
  over the facilities found).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "locate"
OUT = ROOT / "build" / "eval.json"
WITHIN_M = 50_000.0
MIN_CUT_KEY = 8  # shortest name key of an unmatched site looked for inside non-site names


def load_manifest(data_dir: Path = DATA) -> dict:
    """The labelled set: ``facilities`` (key -> truth) and ``reports`` (in ingest order)."""
    return json.loads((data_dir / "manifest.json").read_text(encoding="utf-8"))


def facility_keys(manifest: dict) -> dict[str, set[str]]:
    """Each facility's match keys: its table names and every name reports write for it."""
    from catalog.gazetteer import match_key

    keys = {k: {match_key(n) for n in f["names"]} for k, f in manifest["facilities"].items()}
    for rep in manifest["reports"]:
        for s in rep["sites"]:
            keys[s["key"]].update(match_key(n) for n in s["names"])
    return keys


def published_facilities(manifest: dict) -> set[str]:
    """Facilities some report states correct coordinates for (typos and swaps excluded)."""
    return {s["key"] for rep in manifest["reports"] for s in rep["sites"]
            for f in s["facts"] if f["kind"] == "coordinates" and not f.get("error")}


def ingest_set(catalog_path: Path, manifest: dict, data_dir: Path = DATA) -> dict:
    """Ingest every report into a new empty catalogue; return what scoring needs."""
    from catalog import open_catalog
    from catalog.ingest import ingest

    source_of = {}
    with open_catalog(catalog_path, create=True) as cat:
        for rep in manifest["reports"]:
            (result,) = ingest(cat, [data_dir / rep["file"]]).reports
            source_of[rep["file"]] = result.source_id
        sites = cat.sites(None)
        aliases = cat.aliases()
        citations = cat.citations()
    return {"sites": sites, "aliases": aliases, "citations": citations, "source_of": source_of}


def stated_radius_m(site) -> float | None:
    """The uncertainty a site states: ``precision_m``, else its class default."""
    from catalog.filters import DEFAULT_RADIUS_M

    if site.precision_m is not None:
        return float(site.precision_m)
    return DEFAULT_RADIUS_M.get(site.location_precision)


def evaluate(manifest: dict, sites, aliases, citations, source_of: dict) -> dict:
    """Score catalogue contents against the manifest (see the module docstring)."""
    from pyproj import Geod

    from catalog.gazetteer import match_key

    geod = Geod(ellps="WGS84")
    facilities = manifest["facilities"]
    keys = facility_keys(manifest)
    owner = {k: fac for fac, ks in keys.items() for k in ks}
    labelled = {s["key"] for rep in manifest["reports"] for s in rep["sites"]}

    site_keys: dict[str, set[str]] = {s.site_id: {match_key(s.name)} for s in sites}
    for a in aliases:
        if a.site_id in site_keys:
            site_keys[a.site_id].add(match_key(a.alias))
    matches = {sid: {owner[k] for k in ks if k in owner} for sid, ks in site_keys.items()}
    by_facility: dict[str, list[str]] = defaultdict(list)
    for sid, facs in matches.items():
        for fac in facs:
            by_facility[fac].append(sid)

    found = sorted(f for f in labelled if by_facility.get(f))
    matched_sites = [s for s in sites if matches.get(s.site_id)]

    # -- non-sites ----------------------------------------------------------------------
    non_site = {}
    for rep in manifest["reports"]:
        for n in rep["non_sites"]:
            k = match_key(n)
            if k not in owner:
                non_site.setdefault(k, n)
    all_site_keys = set().union(*site_keys.values()) if site_keys else set()
    cut_names = {match_key(s.name) for s in sites if not matches.get(s.site_id)}
    cut_names = {k for k in cut_names if len(k) >= MIN_CUT_KEY}
    made_sites = sorted(n for k, n in non_site.items()
                        if k in all_site_keys or any(c in k for c in cut_names))

    # -- citations a report does not support --------------------------------------------
    cited_by_source = defaultdict(set)
    for c in citations:
        cited_by_source[c.source_id].add(c.site_id)
    unsupported = []
    for rep in manifest["reports"]:
        named = {s["key"] for s in rep["sites"]}
        for sid in sorted(cited_by_source.get(source_of.get(rep["file"]), ())):
            for fac in sorted(matches.get(sid, ())):
                if fac not in named:
                    unsupported.append({"report": rep["file"], "site_id": sid, "facility": fac})

    # -- locations ----------------------------------------------------------------------
    site_by_id = {s.site_id: s for s in sites}
    rows = []  # one per (catalogue site, facility with a true point), located
    per_facility = {}
    for fac in sorted(labelled):
        truth = facilities[fac]
        sids = sorted(by_facility.get(fac, ()))
        entry = {"facility": fac, "name": truth["name"], "catalogue_sites": sids,
                 "has_truth": truth["lat"] is not None, "located": [], "best_distance_m": None}
        for sid in sids:
            s = site_by_id[sid]
            if not s.located or truth["lat"] is None:
                continue
            d = geod.inv(s.lon, s.lat, truth["lon"], truth["lat"])[2]
            r = stated_radius_m(s)
            covers = r is not None and d <= r + truth["truth_radius_m"]
            row = {"facility": fac, "site_id": sid, "distance_m": round(d),
                   "stated_radius_m": r, "truth_radius_m": truth["truth_radius_m"],
                   "covers": covers, "precision": s.location_precision,
                   "method": s.location_method}
            rows.append(row)
            entry["located"].append(row)
        if entry["located"]:
            entry["best_distance_m"] = min(r["distance_m"] for r in entry["located"])
        per_facility[fac] = entry

    with_truth = [f for f in labelled if facilities[f]["lat"] is not None]
    published = sorted(published_facilities(manifest) & set(with_truth))

    def within(fac):
        d = per_facility[fac]["best_distance_m"]
        return d is not None and d <= WITHIN_M

    radii = [r["stated_radius_m"] for r in rows if r["stated_radius_m"] is not None]
    counts = [len(by_facility[f]) for f in found]
    located_unmatched = [s.site_id for s in sites if s.located and not matches.get(s.site_id)]

    def share(n, d):
        return round(n / d, 4) if d else None

    return {
        "reports": len(manifest["reports"]),
        "facilities_labelled": len(labelled),
        "catalogue_sites": len(sites),
        "names_found": share(len(found), len(labelled)),
        "names_found_n": [len(found), len(labelled)],
        "precision": share(len(matched_sites), len(sites)),
        "precision_n": [len(matched_sites), len(sites)],
        "non_sites_made_sites": share(len(made_sites), len(non_site)),
        "non_sites_made_sites_n": [len(made_sites), len(non_site)],
        "non_sites_made_sites_names": made_sites,
        "unsupported_citations": len(unsupported),
        "unsupported_citations_list": unsupported,
        "published_located_within_50km": share(sum(map(within, published)), len(published)),
        "published_located_within_50km_n": [sum(map(within, published)), len(published)],
        "all_located_within_50km": share(sum(map(within, with_truth)), len(with_truth)),
        "all_located_within_50km_n": [sum(map(within, with_truth)), len(with_truth)],
        "truth_within_stated_uncertainty": share(sum(r["covers"] for r in rows), len(rows)),
        "truth_within_stated_uncertainty_n": [sum(r["covers"] for r in rows), len(rows)],
        "median_stated_radius_m": statistics.median(radii) if radii else None,
        "catalogue_sites_per_real_site": round(statistics.mean(counts), 3) if counts else None,
        "located_sites_not_labelled": located_unmatched,
        "sites_not_labelled": [s.site_id for s in sites if not matches.get(s.site_id)],
        "facilities": per_facility,
        "published_facilities": published,
    }


def failures(result: dict) -> list[tuple[str, str]]:
    """(facility, what is wrong) for every labelled facility that is not right yet."""
    out = []
    for fac, e in sorted(result["facilities"].items()):
        problems = []
        if not e["catalogue_sites"]:
            problems.append("not found")
        else:
            if len(e["catalogue_sites"]) > 1:
                problems.append(f"duplicated: {len(e['catalogue_sites'])} sites "
                                f"({', '.join(e['catalogue_sites'])})")
            if e["has_truth"] and not e["located"]:
                problems.append("not located")
            for r in e["located"]:
                if not r["covers"]:
                    problems.append(f"{r['site_id']} outside its radius: "
                                    f"{r['distance_m'] / 1000:.1f} km from truth, "
                                    f"states {fmt_m(r['stated_radius_m'])}")
                elif r["distance_m"] > WITHIN_M:
                    problems.append(f"{r['site_id']} {r['distance_m'] / 1000:.0f} km from truth")
            if not e["has_truth"]:
                problems.append("(no true point labelled)") if problems else None
        if problems:
            out.append((fac, "; ".join(problems)))
    return out


def fmt_m(m) -> str:
    return "no radius" if m is None else f"{m / 1000:.1f} km"


def fmt_share(value, n) -> str:
    return "n/a (0 of 0)" if value is None else f"{value:.0%} ({n[0]} of {n[1]})"


def report(result: dict) -> str:
    """The summary and the failure table as printed."""
    r = result
    made = ", ".join(r["non_sites_made_sites_names"])
    lines = [
        f"labelled set: {r['reports']} reports, {r['facilities_labelled']} facilities; "
        f"{r['catalogue_sites']} catalogue sites after ingest",
        f"names found (recall)                 {fmt_share(r['names_found'], r['names_found_n'])}",
        f"precision (sites that are labelled)  {fmt_share(r['precision'], r['precision_n'])}",
        f"non-sites made sites                 "
        f"{fmt_share(r['non_sites_made_sites'], r['non_sites_made_sites_n'])}"
        + (f": {made}" if made else ""),
        f"citations a report does not support  {r['unsupported_citations']}",
        f"published coordinate, within 50 km   "
        f"{fmt_share(r['published_located_within_50km'], r['published_located_within_50km_n'])}",
        f"all labelled, within 50 km           "
        f"{fmt_share(r['all_located_within_50km'], r['all_located_within_50km_n'])}",
        f"truth within stated uncertainty      "
        f"{fmt_share(r['truth_within_stated_uncertainty'], r['truth_within_stated_uncertainty_n'])}"
        "   (must be 100%)",
        f"median stated radius                 {fmt_m(r['median_stated_radius_m'])}",
        f"catalogue sites per real site        {r['catalogue_sites_per_real_site']}",
    ]
    for u in r["unsupported_citations_list"]:
        lines.append(f"  unsupported citation: {u['report']} cites {u['site_id']} "
                     f"({u['facility']})")
    if r["located_sites_not_labelled"]:
        lines.append("  located sites matching no label: "
                     + ", ".join(r["located_sites_not_labelled"]))
    fails = failures(result)
    if fails:
        width = max(len(f) for f, _ in fails)
        lines.append("")
        lines.append(f"{'facility':<{width}}  failure")
        lines += [f"{f:<{width}}  {p}" for f, p in fails]
    return "\n".join(lines)


def run(data_dir: Path = DATA, catalog_path: Path | None = None) -> dict:
    """Ingest the set into a fresh catalogue (a temporary one unless given) and score it."""
    manifest = load_manifest(data_dir)
    if catalog_path is not None:
        return evaluate(manifest, **ingest_set(catalog_path, manifest, data_dir))
    with tempfile.TemporaryDirectory(prefix="eval-locate-") as tmp:
        return evaluate(manifest, **ingest_set(Path(tmp) / "c.gpkg", manifest, data_dir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.eval_locate",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DATA, dest="data_dir", metavar="DIR",
                        help=f"the labelled set: a folder with manifest.json (default {DATA})")
    parser.add_argument("--catalog", type=Path, help="keep the catalogue here (must not exist)")
    parser.add_argument("--json", type=Path, default=OUT, help=f"results file (default {OUT})")
    args = parser.parse_args(argv)
    if args.catalog is not None and args.catalog.exists():
        parser.error(f"--catalog {args.catalog} exists; give a new path")
    if not (args.data_dir / "manifest.json").is_file():
        parser.error(f"--set {args.data_dir} has no manifest.json")
    if args.catalog is not None and not args.catalog.parent.is_dir():
        parser.error(f"--catalog {args.catalog}: no folder {args.catalog.parent}")
    result = run(args.data_dir, catalog_path=args.catalog)
    print(report(result), flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
