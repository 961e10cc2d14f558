"""Build a catalogue from its reviewable text form: one CSV per layer (see data/README.md)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from .errors import CatalogError, ValidationError
from .files import allow_long_csv_fields, shipped
from .model import Alias, Citation, Site, Source
from .stores import Catalog, new_catalog

#: The shipped catalogue's text form, beside the package in a source checkout.
DATA_DIR = shipped()
TEXT_FORM_FILES = ("sources.csv", "sites.csv", "aliases.csv", "citations.csv")


def _blank(v):
    return None if v is None or v.strip() == "" else v


def read_rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict]]:
    """Rows of a CSV file as ``(line number, dict)``, blanks as None.

    Raises
    ------
    ValidationError
        If the file is not UTF-8 or lacks a required column.
    """
    try:
        allow_long_csv_fields()
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            missing = [c for c in required if c not in header]
            if missing:
                raise ValidationError(f"{path}: missing column(s) {', '.join(missing)}")
            return [(reader.line_num, {k: _blank(v) for k, v in row.items() if k})
                    for row in reader]
    except UnicodeDecodeError as e:
        raise ValidationError(f"{path} is not UTF-8 text: {e.reason} at byte {e.start}"
                              ) from None


def records_from_text_form(directory: str | os.PathLike):
    """Parse a text-form directory into ``(sources, sites, aliases, citations)`` records."""
    d = Path(directory)
    if d.is_dir() and (d / "catalogue").is_dir():
        d = d / "catalogue"
    missing = [n for n in TEXT_FORM_FILES if not (d / n).is_file()]
    if missing:
        raise CatalogError(f"{d} is not a catalogue text form: missing {', '.join(missing)}")

    def make(cls, path, row_fn, required):
        out = []
        for line, row in read_rows(d / path, required):
            try:
                out.append(row_fn(row).validated())
            except (ValidationError, TypeError) as e:
                raise ValidationError(f"{d / path}, line {line}: {e}") from None
        return out

    sources = make(Source, "sources.csv", lambda r: Source(
        r["source_id"], r.get("title"), r.get("authors") or [], r.get("publisher"),
        r.get("published"), r.get("url"), r.get("accessed"), r.get("kind") or "other",
        r.get("content_hash"), r.get("notes")), ("source_id", "title"))
    sites = make(Site, "sites.csv", lambda r: Site(
        r["site_id"], r.get("name"), r.get("facility_type") or "other",
        lon=r.get("lon"), lat=r.get("lat"), name_local=r.get("name_local"),
        country=r.get("country"), admin1=r.get("admin1"), status=r.get("status") or "unknown",
        status_as_of=r.get("status_as_of"),
        location_precision=r.get("location_precision") or "unknown",
        precision_m=r.get("precision_m"), location_method=r.get("location_method"),
        location_source_id=r.get("location_source_id"), parent_site_id=r.get("parent_site_id"),
        review_status=r.get("review_status") or "accepted", notes=r.get("notes"),
    ), ("site_id", "name", "facility_type", "lat", "lon"))
    aliases = make(Alias, "aliases.csv", lambda r: Alias(
        r["site_id"], r.get("alias"), r.get("system")), ("site_id", "alias"))
    citations = make(Citation, "citations.csv", lambda r: Citation(
        r["site_id"], r["source_id"], r.get("quote"), r.get("supports") or "existence",
        r.get("char_start"), r.get("char_end"), r.get("note"), r.get("citation_id")),
        ("site_id", "source_id", "quote"))
    return sources, sites, aliases, citations


def build_catalog(location: str | os.PathLike, data_dir: str | os.PathLike = DATA_DIR, *,
                  overwrite: bool = False) -> dict[str, int]:
    """Build a catalogue at ``location`` (a GeoPackage path or a PostGIS URL) from the text
    form in ``data_dir``.

    The text form is read and checked first; the catalogue is then written as
    :func:`catalog.stores.new_catalog` does: a file under a temporary name, renamed into
    place only when complete; a database in one transaction. A failed build leaves any
    existing catalogue untouched.

    Returns
    -------
    dict
        Row counts per layer.

    Raises
    ------
    FileOverwriteError
        If a catalogue is already there and ``overwrite`` is False.
    ValidationError
        Naming the file, line and value of the first bad row.
    """
    sources, sites, aliases, citations = records_from_text_form(data_dir)
    with new_catalog(location, overwrite=overwrite) as cat:
        with cat.transaction():
            _add_records(cat, sources, sites, aliases, citations)
        return cat.counts()


def _add_records(cat: Catalog, sources, sites, aliases, citations) -> None:
    for s in sources:
        cat.add_source(s)
    # parents before children: the FK is deferred, but add_site checks parents
    for s in sorted(sites, key=lambda s: s.parent_site_id is not None):
        cat.add_site(s)
    for a in aliases:
        cat.add_alias(a)
    for c in citations:
        cat.add_citation(c)
