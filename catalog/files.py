"""Files the catalogue reads and writes: the shipped data, and safe outputs.

The shipped data (``data/`` in the repository) is installed with the package as
``catalog.data``, so a wheel carries it; it is found with :mod:`importlib.resources`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def shipped(*parts: str) -> Path:
    """The path of a shipped data file, e.g. ``shipped("boundaries", "x.geojson")``.

    Examples
    --------
    >>> shipped("catalogue", "sites.csv").name
    'sites.csv'
    """
    return Path(str(resources.files("catalog.data").joinpath(*parts)))
