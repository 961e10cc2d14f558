"""Review of candidate sites proposed by ingest: list them with evidence, accept, merge, reject.

Accepting keeps the candidate's citations. Merging folds a candidate into a site the
catalogue already has: the candidate's names become aliases of that site, its citations move
there and the candidate is deleted. Rejecting keeps the record (as ``rejected``) so that
ingest does not propose the same name again.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .errors import ValidationError
from .model import Alias, Citation, Site, Source
from .stores import Catalog


@dataclass
class CandidateEvidence:
    """A candidate site with the citations and sources that led ingest to propose it."""

    site: Site
    aliases: list[str]
    citations: list[tuple[Citation, Source]]


def candidates(cat: Catalog) -> list[CandidateEvidence]:
    """Every candidate site with its evidence, in ``site_id`` order."""
    sources = {s.source_id: s for s in cat.sources()}
    out = []
    for site in cat.sites(("candidate",)):
        cites = [(c, sources[c.source_id]) for c in cat.citations(site_id=site.site_id)]
        names = [a.alias for a in cat.aliases(site.site_id) if a.alias != site.name]
        out.append(CandidateEvidence(site, names, cites))
    return out


def _candidate(cat: Catalog, site_id: str) -> Site:
    site = cat.get_site(site_id)
    if site.review_status != "candidate":
        raise ValidationError(
            f"site {site_id!r} is not a candidate (its review status is "
            f"{site.review_status!r})")
    return site


def accept(cat: Catalog, site_id: str) -> Site:
    """Make a candidate an accepted site; its citations stay.

    Raises
    ------
    SiteNotFound
        If there is no such site.
    ValidationError
        If the site is not a candidate.
    """
    with cat.transaction():
        site = _candidate(cat, site_id)
        return cat.update_site(dataclasses.replace(site, review_status="accepted"))


def reject(cat: Catalog, site_id: str) -> Site:
    """Mark a candidate rejected: it leaves maps and lists, and is not proposed again."""
    with cat.transaction():
        site = _candidate(cat, site_id)
        return cat.update_site(dataclasses.replace(site, review_status="rejected"))


def merge(cat: Catalog, candidate_id: str, site_id: str) -> int:
    """Fold a candidate into an existing site.

    The candidate's name and aliases become aliases of ``site_id``, its citations move
    there, and the candidate is deleted. Returns the number of citations moved.

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
        moved = cat.move_citations(candidate_id, site_id)
        cat.delete_site(candidate_id)
    return moved
