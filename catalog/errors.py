"""The catalogue's exceptions.

Each class also inherits the builtin it resembles, so callers who catch
``ValueError`` or ``KeyError`` keep working (the Fiona and pyogrio pattern).
The CLI turns every :class:`CatalogError` into a one-line message and exit code 1.
"""


class CatalogError(Exception):
    """Base class for every error the catalogue raises on purpose."""


class ValidationError(CatalogError, ValueError):
    """A value does not fit the data model: a latitude of 123, an unknown type, a bad date."""


class CRSError(ValidationError):
    """A coordinate reference system is missing, unknown or disagrees with another."""


class SiteNotFound(CatalogError, KeyError):
    """No site has the given ``site_id``."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0]) if self.args else "site not found"


class SourceNotFound(CatalogError, KeyError):
    """No source has the given ``source_id``."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "source not found"


class CitationNotFound(CatalogError, KeyError):
    """No citation has the given ``citation_id``."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "citation not found"


class DuplicateError(CatalogError, ValueError):
    """A business key (``site_id``, ``source_id``, alias) is already taken."""


class CatalogNotFound(CatalogError, FileNotFoundError):
    """The catalogue file does not exist or is not a catalogue."""


class FileOverwriteError(CatalogError, FileExistsError):
    """An output exists and ``overwrite`` was not asked for."""


class CatalogLocked(CatalogError, TimeoutError):
    """Another writer held the catalogue's lock for longer than the busy timeout."""


class EditConflict(CatalogError):
    """A site changed after the caller read it: saving would lose the other change."""
