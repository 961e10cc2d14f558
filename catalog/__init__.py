"""A catalogue of military and nuclear facility sites, each linked to the citations naming it."""

from .errors import (
    CatalogError,
    CatalogLocked,
    CatalogNotFound,
    CRSError,
    DuplicateError,
    SiteNotFound,
    SourceNotFound,
    ValidationError,
)
from .model import Alias, Citation, Site, Source
from .stores import Catalog, open_catalog

__all__ = [
    "Alias", "Catalog", "CatalogError", "CatalogLocked", "CatalogNotFound", "Citation", "CRSError",
    "DuplicateError", "Site", "SiteNotFound", "Source", "SourceNotFound", "ValidationError",
    "open_catalog",
]
__version__ = "0.1.0"
