"""Review of candidate sites proposed by ingest: list them with evidence, accept, merge, reject.

Accepting keeps the candidate's citations. Merging folds a candidate into a site the
catalogue already has: the candidate's names become aliases of that site, its citations move
there and the candidate is deleted. Rejecting keeps the record (as ``rejected``) so that
ingest does not propose the same name again.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .constraints import distance_m
from .errors import ValidationError
from .filters import DEFAULT_RADIUS_M
from .model import Alias, Citation, ReviewItem, Site, Source
from .stores import Catalog
from .stores.base import reviewed_notes
from .validate import citation_key


@dataclass
class MergeSuggestion:
    """Another site a candidate may be: its id and the evidence (a shared name, or two
    locations each within the other's uncertainty)."""

    site_id: str
    name: str
    evidence: str


@dataclass
class CandidateEvidence:
    """A candidate site with the citations and sources that led ingest to propose it,
    and the sites it may be the same facility as."""

    site: Site
    aliases: list[str]
    citations: list[tuple[Citation, Source]]
    suggestions: list[MergeSuggestion] = dataclasses.field(default_factory=list)
    problems: list[ReviewItem] = dataclasses.field(default_factory=list)


def candidates(cat: Catalog) -> list[CandidateEvidence]:
    """Every candidate site with its evidence and merge suggestions, in ``site_id`` order."""
    sources = {s.source_id: s for s in cat.sources()}
    everyone = [s for s in cat.sites(None) if s.review_status != "rejected"]
    keys: dict[str, set[str]] = {}
    for a in cat.aliases():
        keys.setdefault(a.site_id, set()).add(a.match_key)
    out = []
    for site in everyone:
        if site.review_status != "candidate":
            continue
        cites = [(c, sources[c.source_id]) for c in cat.citations(site_id=site.site_id)]
        names = [a.alias for a in cat.aliases(site.site_id) if a.alias != site.name]
        out.append(CandidateEvidence(
            site, names, cites, merge_suggestions(site, everyone, keys),
            cat.review_items(site.site_id, kind="location problem")))
    return out


def held_mentions(cat: Catalog) -> list[tuple[ReviewItem, Site, Source]]:
    """Matches of known sites' names that ingest held back (the name is also a town's or
    a country's and the sentence did not speak of the facility), oldest first."""
    sites = {s.site_id: s for s in cat.sites(None)}
    sources = {s.source_id: s for s in cat.sources()}
    return [(r, sites[r.site_id], sources[r.source_id])
            for r in cat.review_items(kind="held mention")]


def site_problems(cat: Catalog) -> list[tuple[ReviewItem, Site]]:
    """What reports said of the place of sites that are not candidates (accepted sites),
    which ingest could not use: for an analyst to check."""
    sites = {s.site_id: s for s in cat.sites(None)}
    return [(r, sites[r.site_id]) for r in cat.review_items(kind="location problem")
            if sites[r.site_id].review_status != "candidate"]


def cite_held(cat: Catalog, item_id: str) -> Citation:
    """An analyst's decision that a held match does speak of the site: cite its sentence
    (``supports=existence``) and close the item.

    Raises
    ------
    ValidationError
        If there is no such item, or it is not a held mention.
    """
    with cat.transaction():
        item = _item(cat, item_id)
        if item.kind != "held mention":
            raise ValidationError(f"review item {item_id!r} is a {item.kind}, not a held "
                                  "mention: there is no match to cite")
        cat.delete_review_item(item_id)
        return cat.add_citation(Citation(
            item.site_id, item.source_id, item.quote, "existence", item.char_start,
            item.char_end, note="Held back by ingest, cited after review."))


def dismiss(cat: Catalog, item_id: str) -> ReviewItem:
    """Close a review item without acting on it (a held match that is the town, a
    statement judged wrong)."""
    return cat.delete_review_item(item_id)


def _item(cat: Catalog, item_id: str) -> ReviewItem:
    for r in cat.review_items():
        if r.item_id == item_id:
            return r
    raise ValidationError(f"no review item {item_id!r}: `catalog review` lists them")


def _radius(s: Site) -> float:
    return s.precision_m or DEFAULT_RADIUS_M.get(s.location_precision, 0.0)


def merge_suggestions(site: Site, others: list[Site], keys: dict[str, set[str]]
                      ) -> list[MergeSuggestion]:
    """Sites ``site`` may be the same facility as: one sharing a name (any alias, compared
    romanization-tolerantly), or one of a compatible type whose point lies within the
    candidate's uncertainty while the candidate's lies within its own."""
    out = []
    mine = keys.get(site.site_id, set())
    for o in others:
        if o.site_id == site.site_id or o.parent_site_id == site.site_id \
                or site.parent_site_id == o.site_id:
            continue
        shared = mine & keys.get(o.site_id, set())
        if shared:
            out.append(MergeSuggestion(o.site_id, o.name,
                                       f"shares the name key {sorted(shared)[0]!r}"))
            continue
        if not (site.located and o.located) or not (
                site.facility_type == o.facility_type or "other" in (site.facility_type,
                                                                     o.facility_type)):
            continue
        d = distance_m(site.lon, site.lat, o.lon, o.lat)
        if d <= min(_radius(site), _radius(o)):
            out.append(MergeSuggestion(
                o.site_id, o.name, f"{d / 1000:.1f} km apart, each within the other's "
                f"uncertainty ({_radius(site) / 1000:.1f} km, {_radius(o) / 1000:.1f} km)"))
    return out


def _candidate(cat: Catalog, site_id: str) -> Site:
    site = cat.get_site(site_id)
    if site.review_status != "candidate":
        raise ValidationError(
            f"site {site_id!r} is not a candidate (its review status is "
            f"{site.review_status!r})")
    return site


def accept(cat: Catalog, site_id: str) -> Site:
    """Make a candidate an accepted site; its citations stay, and ingest's notes for the
    reviewer ("For review: ...", "...; not reviewed.") go (the history keeps them).

    Raises
    ------
    SiteNotFound
        If there is no such site.
    ValidationError
        If the site is not a candidate.
    """
    with cat.transaction():
        site = _candidate(cat, site_id)
        return cat.update_site(dataclasses.replace(site, review_status="accepted",
                                                   notes=reviewed_notes(site.notes)))


def reject(cat: Catalog, site_id: str) -> Site:
    """Mark a candidate rejected: it leaves maps and lists, and is not proposed again."""
    with cat.transaction():
        site = _candidate(cat, site_id)
        return cat.update_site(dataclasses.replace(site, review_status="rejected",
                                                   notes=reviewed_notes(site.notes)))


def merge(cat: Catalog, candidate_id: str, site_id: str) -> int:
    """Fold a candidate into an existing site.

    The candidate's name and aliases become aliases of ``site_id``, its citations move
    there (but for those ``site_id`` already has: the same source, supports, quote and
    offsets, see :func:`catalog.validate.citation_key`), and the candidate is deleted.
    Returns the number of citations moved.

    Raises
    ------
    SiteNotFound
        If either site does not exist.
    ValidationError
        If ``candidate_id`` is not a candidate, or both ids are the same.
    """
    if candidate_id == site_id:
        raise ValidationError(f"cannot merge site {site_id!r} into itself")
    with cat.transaction():
        cand = _candidate(cat, candidate_id)
        cat.get_site(site_id)
        for a in cat.aliases(candidate_id):
            system = a.system if a.system not in (None, "preferred") else "merged candidate"
            cat.add_alias(Alias(site_id, a.alias, system))
        if cand.name_local:
            cat.add_alias(Alias(site_id, cand.name_local, "local script"))
        had = {citation_key(c): c.citation_id for c in cat.citations(site_id=site_id)}
        theirs = cat.citations(site_id=candidate_id)
        moved = cat.move_citations(candidate_id, site_id)
        cat.move_review_items(candidate_id, site_id)
        for c in theirs:
            same = had.get(citation_key(dataclasses.replace(c, site_id=site_id)))
            if same is not None:
                cat.remove_citation(c.citation_id, note=f"merging {candidate_id}: the same "
                                                        f"citation as {same}")
                moved -= 1
        cat.delete_site(candidate_id)
    return moved
