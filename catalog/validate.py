"""Integrity checks over a whole catalogue: what ``catalog validate`` reports."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .errors import DuplicateError, ValidationError
from .gazetteer import match_key
from .model import Citation, check_not_future, parse_timestamp
from .stores import Catalog


@dataclass(frozen=True)
class Problem:
    """One finding. ``level`` is ``error`` (the catalogue is wrong) or ``warning``."""

    level: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.code}: {self.message}"


def citation_key(c: Citation) -> tuple:
    """What makes two citations the same: the site, the source, what it supports, and the
    quote with its offsets (or, for a citation without a quote, its note)."""
    if c.quote is not None:
        return (c.site_id, c.source_id, c.supports, c.quote, c.char_start, c.char_end)
    return (c.site_id, c.source_id, c.supports, None, c.char_start, c.char_end, c.note)


def validate_catalog(cat: Catalog) -> list[Problem]:
    """Check a catalogue's integrity.

    Errors: a site that fails the data model (coordinates out of range, unknown type, an
    ``updated_at`` that is not a time or lies in the future), a history entry whose time
    is not a time or lies in the future, orphan citations or aliases, a missing parent or
    location source, one normalised name shared by two sites; a location whose provenance
    is wrong: placed by someone other than the analyst with no source named, a location
    source that does not cite the location (``supports=location``), or a point moved (in
    the history) after its source was recorded, without that source. Warnings: sites with
    no citation, located sites whose location no citation supports, the same citation
    twice.

    Examples
    --------
    >>> [str(p) for p in validate_catalog(cat) if p.level == "error"]  # doctest: +SKIP
    []
    """
    problems: list[Problem] = []

    def err(code, msg):
        problems.append(Problem("error", code, msg))

    def warn(code, msg):
        problems.append(Problem("warning", code, msg))

    sites = cat.sites(None)
    site_ids = [s.site_id for s in sites]
    known = set(site_ids)
    source_ids = {s.source_id for s in cat.sources()}
    if len(known) != len(site_ids):
        seen = set()
        for sid in site_ids:
            if sid in seen:
                err("duplicate-site-id", f"site_id {sid!r} is used more than once")
            seen.add(sid)
    for s in sites:
        try:
            check_not_future(s.validated().updated_at, f"updated_at of site {s.site_id!r}")
        except ValidationError as e:
            err("bad-site", str(e))
        if s.parent_site_id and s.parent_site_id not in known:
            err("missing-parent", f"site {s.site_id!r} has parent {s.parent_site_id!r}, "
                "which does not exist")
        if s.location_source_id and s.location_source_id not in source_ids:
            err("missing-source", f"site {s.site_id!r} takes its location from source "
                f"{s.location_source_id!r}, which does not exist")

    for h in cat.history_rows():
        try:
            check_not_future(parse_timestamp(h["changed_at"], "changed_at"),
                             "changed_at")
        except ValidationError as e:
            err("bad-history", f"a change of {h['field']} of site {h['site_id']!r}: {e}")

    cited = defaultdict(set)
    location_cites = set()
    keys: dict[tuple, str] = {}
    for c in cat.citations():
        if c.supports == "location":
            location_cites.add((c.site_id, c.source_id))
        key = citation_key(c)
        if key in keys:
            warn("duplicate-citation", f"citation {c.citation_id} of site {c.site_id!r} is "
                 f"the same as {keys[key]} (source {c.source_id!r}, {c.supports}, the same "
                 "quote and offsets): remove one (catalog uncite)")
        keys.setdefault(key, c.citation_id)
        if c.site_id not in known:
            err("orphan-citation", f"citation {c.citation_id} names site {c.site_id!r}, "
                "which does not exist")
        if c.source_id not in source_ids:
            err("orphan-citation", f"citation {c.citation_id} names source {c.source_id!r}, "
                "which does not exist")
        cited[c.site_id].add(c.supports)

    owners = defaultdict(set)
    for a in cat.aliases():
        if a.site_id not in known:
            err("orphan-alias", f"alias {a.alias!r} names site {a.site_id!r}, "
                "which does not exist")
        owners[a.match_key].add(a.site_id)
    accepted = {s.site_id for s in sites if s.review_status == "accepted"}
    for key, ids in sorted(owners.items()):
        ids = sorted(ids & accepted)
        if len(ids) > 1:
            err("duplicate-alias", f"the name key {key!r} belongs to several sites: "
                f"{', '.join(ids)}")

    _check_location_sources(cat, sites, source_ids, location_cites, err)

    for s in sites:
        if s.review_status == "rejected":
            continue
        if s.site_id not in cited:
            warn("uncited-site", f"site {s.site_id!r} has no citation")
        elif s.located and "location" not in cited[s.site_id] and not s.location_source_id:
            warn("unsupported-location", f"site {s.site_id!r} is located but no citation "
                 "supports its location")
    return problems


def _check_location_sources(cat: Catalog, sites, source_ids, location_cites, err) -> None:
    """Every location names the source it comes from (unless the analyst digitised it),
    that source cites it, and the history shows no move after the source was recorded
    that the source did not justify (a moved point keeping the old point's source)."""
    located = {s.site_id: s for s in sites if s.located}
    for s in located.values():
        src = s.location_source_id
        if not src:
            if s.location_method != "digitised by analyst":
                err("unsourced-location", f"site {s.site_id!r} is located by "
                    f"{s.location_method!r} but names no location source")
        elif src in source_ids and (s.site_id, src) not in location_cites:
            err("uncited-location-source", f"site {s.site_id!r} takes its location from "
                f"source {src!r}, which has no citation supporting it (supports=location)")
    last: dict[tuple[str, str], dict] = {}
    for h in cat.history_rows():
        if h["field"] in ("location", "location_source_id") and h["site_id"] in located:
            last[h["site_id"], h["field"]] = h
    for sid, s in located.items():
        moved, named = last.get((sid, "location")), last.get((sid, "location_source_id"))
        if (s.location_source_id and moved is not None and moved["new_value"] is not None
                and moved["source_id"] != s.location_source_id
                and (named is None or named["changed_at"] < moved["changed_at"])):
            err("stale-location-source", f"site {sid!r} was moved on {moved['changed_at']} "
                f"(to {moved['new_value']}) without its location source "
                f"{s.location_source_id!r}, which was recorded before: that source did not "
                "give this point (give the point's own source, or 'digitised by analyst')")


def refuse_taken_names(cat: Catalog, site_id: str, names) -> None:
    """Refuse, before anything is written, a name that would make ``catalog validate``
    report ``duplicate-alias``: one whose normalised key already names another accepted
    site (as a name, local name or alias).

    Raises
    ------
    DuplicateError
        Naming the name, the site that has it and the key.
    """
    wanted = {match_key(n): n for n in names if n and match_key(n)}
    if not wanted:
        return
    for a in cat.aliases():
        if a.match_key in wanted and a.site_id != site_id \
                and cat.get_site(a.site_id).review_status == "accepted":
            raise DuplicateError(
                f"the name {wanted[a.match_key]!r} is already a name of site {a.site_id!r} "
                f"({a.alias!r}, key {a.match_key!r}); one name belongs to one site: nothing "
                "was changed")
