"""Attribute filters of a region query, and the uncertainty radius of each precision class.

A :class:`SiteFilter` says which sites a query considers before any region is applied:
facility type, status, location precision, citing source, publication date, name and
review state. Each store answers it its own way (the GeoPackage store in SQL); the generic
:meth:`SiteFilter.mask` answers it over a whole frame and is the reference the fast paths
are tested against.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .errors import ValidationError
from .gazetteer import match_key
from .model import FACILITY_TYPES, PRECISIONS, REVIEW_STATES, STATUSES, parse_date

if TYPE_CHECKING:  # numpy and pandas load when a frame is filtered, not with the module
    import numpy as np
    import pandas as pd

#: Uncertainty radius in metres assumed for a precision class when a site has no
#: ``precision_m`` of its own. ``exact`` is a point; the others are rough sizes of a
#: village, a county, a province and a country, used only by precision-aware queries
#: and by the ``max_radius_m`` filter.
DEFAULT_RADIUS_M = {
    "exact": 0.0,
    "approximate": 1_000.0,  # never used: an approximate site always has precision_m
    "locality": 5_000.0,
    "district": 25_000.0,
    "province": 100_000.0,
    "country": 500_000.0,
}


def uncertainty_m(precision: pd.Series, precision_m: pd.Series) -> np.ndarray:
    """Each site's uncertainty radius in metres (NaN for unlocated sites)."""
    import pandas as pd

    default = precision.map(DEFAULT_RADIUS_M).astype(float)
    own = pd.to_numeric(precision_m, errors="coerce")
    return own.where(own.notna(), default).to_numpy(dtype=float)


@dataclasses.dataclass(frozen=True)
class SiteFilter:
    """Which sites a query considers, region aside. Empty fields do not filter.

    Parameters
    ----------
    types, statuses, precisions
        Allowed facility types, statuses and location precision classes.
    max_radius_m
        Keep sites whose uncertainty radius (``precision_m``, else
        :data:`DEFAULT_RADIUS_M` of their class) is at most this many metres.
    cited_by
        Keep sites cited by this source_id.
    published_since
        Keep sites cited by a source published on or after this date.
    name
        Keep sites with a name or alias whose :func:`~catalog.gazetteer.match_key`
        contains this name's key.
    review_status
        Review states to include (None: all).
    """

    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    max_radius_m: float | None = None
    cited_by: str | None = None
    published_since: str | None = None
    name: str | None = None
    review_status: tuple[str, ...] | None = ("accepted",)

    def validated(self) -> SiteFilter:
        """A checked copy; raises ValidationError naming a bad value."""
        for values, vocab, what in ((self.types, FACILITY_TYPES, "facility type"),
                                    (self.statuses, STATUSES, "status"),
                                    (self.precisions, PRECISIONS, "precision"),
                                    (self.review_status or (), REVIEW_STATES, "review status")):
            for v in values:
                if v not in vocab:
                    raise ValidationError(f"unknown {what} {v!r}; expected one of "
                                          + ", ".join(map(repr, vocab)))
        if self.max_radius_m is not None and not self.max_radius_m >= 0:
            raise ValidationError(f"max_radius_m must be >= 0; got {self.max_radius_m!r}")
        if self.name is not None and not match_key(self.name):
            raise ValidationError(f"name {self.name!r} has no letters to match on")
        return dataclasses.replace(
            self, types=tuple(self.types), statuses=tuple(self.statuses),
            precisions=tuple(self.precisions),
            review_status=None if self.review_status is None else tuple(self.review_status),
            published_since=parse_date(self.published_since, "published_since"))

    @property
    def name_key(self) -> str | None:
        return match_key(self.name) if self.name else None

    def mask(self, frame: pd.DataFrame, aliases: Sequence, citations: pd.DataFrame
             ) -> np.ndarray:
        """Which rows of a sites frame pass, computed over the whole frame (reference path).

        Parameters
        ----------
        frame
            Columns as :meth:`catalog.stores.base.Catalog.sites_frame` (review_status included).
        aliases
            Every :class:`~catalog.model.Alias` of the catalogue.
        citations
            :meth:`catalog.stores.base.Catalog.citations_frame`.
        """
        import numpy as np

        keep = np.ones(len(frame), dtype=bool)
        if self.review_status is not None:
            keep &= frame["review_status"].isin(self.review_status).to_numpy()
        if self.types:
            keep &= frame["facility_type"].isin(self.types).to_numpy()
        if self.statuses:
            keep &= frame["status"].isin(self.statuses).to_numpy()
        if self.precisions:
            keep &= frame["location_precision"].isin(self.precisions).to_numpy()
        if self.max_radius_m is not None:
            r = uncertainty_m(frame["location_precision"], frame["precision_m"])
            keep &= np.nan_to_num(r, nan=np.inf) <= self.max_radius_m
        if self.cited_by is not None:
            ids = set(citations.loc[citations["source_id"] == self.cited_by, "site_id"])
            keep &= frame["site_id"].isin(ids).to_numpy()
        if self.published_since is not None:
            pub = citations["published"].fillna("")
            ids = set(citations.loc[pub >= self.published_since, "site_id"])
            keep &= frame["site_id"].isin(ids).to_numpy()
        if self.name is not None:
            key = self.name_key
            ids = {a.site_id for a in aliases if key in (a.match_key or "")}
            ids |= {sid for sid, n in zip(frame["site_id"], frame["name"], strict=True)
                    if key in match_key(n)}
            keep &= frame["site_id"].isin(ids).to_numpy()
        return keep
