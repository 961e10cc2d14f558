"""A catalogue of military and nuclear facility sites, each linked to the citations naming it."""

from .errors import (
    CatalogError,
    CatalogNotFound,
    CRSError,
    DuplicateError,
    SiteNotFound,
    SourceNotFound,
    ValidationError,
)
from .model import Alias, Citation, Site, Source
from .store import Catalog, open_catalog

__all__ = [
    "Alias", "Catalog", "CatalogError", "CatalogNotFound", "Citation", "CRSError",
    "DuplicateError", "Site", "SiteNotFound", "Source", "SourceNotFound", "ValidationError",
    "open_catalog",
]
__version__ = "0.1.0"
