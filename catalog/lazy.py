"""Deferred loading of the catalogue's heavy modules, so that ``catalog --help`` is quick.

:mod:`catalog.query`, :mod:`catalog.regions` and :mod:`catalog.mapping` import geopandas,
pyproj or folium as they load (half a second). A module that needs one of them at a
moment's notice (the ``Catalog.query`` method, the CLI's ``query`` and ``map`` commands)
names it at module level with :func:`lazy_module`: the module object is there at once and
runs on its first attribute access. This is the recipe of the :mod:`importlib`
documentation (:class:`importlib.util.LazyLoader`).

The dependency stays a module-level statement that ``tests/test_imports.py`` reads as an
import, so it counts in the check for import cycles like any other.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, loaded on first use (at once if it is already loaded).

    Examples
    --------
    >>> query = lazy_module("catalog.query")  # nothing imported yet
    >>> query.parse_distance("2km")           # now it is
    2000.0
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:  # as an import statement would: catalog.query is an attribute of catalog
        setattr(sys.modules[parent], child, module)
    return module
