"""The package's imports point one way: no cycle, and none hidden inside a function.

The graph is read from the source (the AST of every module of ``catalog/``): an
``import``/``from ... import`` at module level, or a module-level
``lazy_module("catalog.x")`` (:mod:`catalog.lazy`), is an edge. An import of a catalog
module inside a function is refused outright: it hides a dependency, and is how the old
nine-module cycle held together (issue 14). Imports under ``if TYPE_CHECKING:`` are not
run, so they are not edges.

The CLI's start-up is checked by what it imports, not by a clock: ``import catalog.cli``,
``catalog sites`` and ``catalog show`` must not load geopandas and its kin.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "catalog"
#: Libraries that make start-up slow (tenths of a second each, measured with
#: ``python -X importtime``); catalog modules import them inside the functions using them.
HEAVY = ("geopandas", "pandas", "numpy", "shapely", "pyproj", "folium", "branca", "psycopg",
         "pyogrio", "fiona", "pyarrow", "pypdf")
#: The package's own slow modules: the ingest compiles hundreds of regular expressions as it
#: loads (a tenth of a second), and the others bring it, geopandas or psycopg with them.
#: The CLI names them with ``lazy_module``: they run only for the commands that use them.
SLOW = ("catalog.ingest", "catalog.importer", "catalog.coordinates", "catalog.constraints",
        "catalog.places", "catalog.review", "catalog.serve", "catalog.query",
        "catalog.regions", "catalog.mapping", "catalog.stores.postgis")


def module_names() -> dict[str, Path]:
    """Every module of the package by dotted name (``catalog.stores.base``)."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = module_names()


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _resolve(module: str, node: ast.ImportFrom) -> str:
    """The absolute name ``from ... import`` names in ``module``."""
    if not node.level:
        return node.module or ""
    package = module if _is_package(module) else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _targets(module: str, node: ast.AST) -> list[str]:
    """The catalog modules an import statement (or a ``lazy_module`` call) loads."""
    names = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        base = _resolve(module, node)
        for alias in node.names:  # `from pkg import submodule` loads the submodule
            sub = f"{base}.{alias.name}"
            names.append(sub if sub in MODULES else base)
    elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute)
          and getattr(node.func, "id", getattr(node.func, "attr", None)) == "lazy_module"
          and node.args and isinstance(node.args[0], ast.Constant)):
        names = [node.args[0].value]
    return sorted({n for n in names if n in MODULES})


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports(module: str) -> tuple[set[str], list[tuple[int, str]]]:
    """``(module-level edges, [(line, target) of function-level imports])``."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    edges, hidden = set(), []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking(child):
                continue
            inner = in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            found = _targets(module, child)
            if found and inner:
                hidden.extend((child.lineno, t) for t in found)
            elif found:
                edges.update(t for t in found if t != module)
            visit(child, inner)

    visit(tree, False)
    return edges, hidden


GRAPH = {m: imports(m)[0] for m in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, out = {}, {}, [], set(), []

    def connect(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return out


def test_the_graph_is_read_from_every_module():
    assert {"catalog", "catalog.cli", "catalog.stores", "catalog.stores.base",
            "catalog.stores.sql", "catalog.ingest.batch"} <= set(GRAPH)
    # edges of each kind: relative, from-a-package, parent-relative, lazy
    assert "catalog.stores" in GRAPH["catalog"]
    assert "catalog.stores.base" in GRAPH["catalog.stores.sql"]
    assert "catalog.model" in GRAPH["catalog.stores.base"]
    assert "catalog.query" in GRAPH["catalog.stores.base"]  # lazy_module
    assert "catalog.qgis" in GRAPH["catalog.stores.gpkg_schema"]  # from .. import qgis


def test_no_import_cycle():
    assert cycles(GRAPH) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = {k: set(v) for k, v in GRAPH.items()}
    graph["catalog.model"].add("catalog.stores.base")
    found = cycles(graph)
    assert found and {"catalog.model", "catalog.stores.base"} <= set(found[0])


def test_no_function_level_import_of_a_catalog_module():
    hidden = {m: found for m in MODULES if (found := imports(m)[1])}
    assert hidden == {}


def test_the_hidden_import_finder_finds_one(tmp_path, monkeypatch):
    path = tmp_path / "x.py"
    path.write_text("def f():\n    from .model import Site\n    return Site\n")
    monkeypatch.setitem(MODULES, "catalog.x", path)
    assert imports("catalog.x") == (set(), [(2, "catalog.model")])


def rebound(path) -> list[tuple[str, int, int]]:
    """The names a module binds twice at its top level (an assignment, a function, a
    class), as ``(name, first line, second line)``: the second silently replaces the first
    for every use below it, as a pattern of the same name did once for "PNS Mehran"."""
    seen, out = {}, []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                out.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return out


def test_no_module_binds_a_top_level_name_twice():
    twice = {m: found for m, path in MODULES.items() if (found := rebound(path))}
    assert twice == {}


def test_the_rebinding_finder_finds_one(tmp_path):
    path = tmp_path / "x.py"
    path.write_text("import re\n_AT = re.compile('a')\n\n\ndef f():\n    return 1\n\n\n"
                    "_AT = re.compile('b')\n")
    assert rebound(path) == [("_AT", 2, 9)]


def test_the_stores_package_alone_knows_both_stores():
    knows = {m for m, edges in GRAPH.items()
             if {"catalog.stores.geopackage", "catalog.stores.postgis"} <= edges}
    assert knows == {"catalog.stores"}


def test_lower_layers_never_import_higher_ones():
    # the store knows nothing of maps, queries' writers or the CLI; nothing imports the CLI
    for module, edges in GRAPH.items():
        if module.startswith("catalog.stores"):
            assert not edges & {"catalog.mapping", "catalog.export", "catalog.importer",
                                "catalog.cli", "catalog.options", "catalog.build"}, module
        assert "catalog.cli" not in edges or module == "catalog.__main__", module
    for low in ("catalog.errors", "catalog.files", "catalog.lazy"):
        assert GRAPH[low] <= {"catalog.errors"}, low
    assert "catalog.stores" not in GRAPH["catalog.query"]


def _loaded_after(code: str, names: tuple[str, ...] = HEAVY) -> list[str]:
    """Which of ``names`` have run once ``code`` has, in a fresh interpreter (a
    :func:`~catalog.lazy.lazy_module` not yet used is in ``sys.modules`` but has not run)."""
    report = ("\nimport importlib.util, sys\n"
              "print(' '.join(sorted(n for n, m in list(sys.modules.items())\n"
              "      if not isinstance(m, importlib.util._LazyModule))))")
    out = subprocess.run([sys.executable, "-c", code + report],
                         capture_output=True, text=True, check=True, cwd=PACKAGE.parent)
    loaded = set(out.stdout.split())
    return [m for m in names if m in loaded]


def test_the_cli_starts_without_heavy_libraries():
    """`catalog --help` stays quick: nothing heavy is imported with the CLI."""
    assert _loaded_after("import catalog.cli") == []
    assert _loaded_after("import catalog") == []


def test_the_cli_starts_without_the_ingest():
    """Nor are the package's slow modules: the ingest's regular expressions and the rest."""
    assert _loaded_after("import catalog.cli", HEAVY + SLOW) == []
    assert _loaded_after("import catalog", HEAVY + SLOW) == []


def _main(path, args) -> str:
    return ("from catalog.cli import main\n"
            f"main({['--catalog', str(path), *args]!r}, standalone_mode=False)")


@pytest.mark.parametrize("args", [["sites"], ["show", "kp-hoejung-ni"], ["--help"],
                                  ["validate"]])
def test_everyday_commands_need_no_geopandas(shipped_path, args):
    assert _loaded_after(_main(shipped_path, args)) == []


@pytest.mark.parametrize("args", [["sites"], ["sites", "--format", "geojson"], ["--help"],
                                  ["show", "kp-hoejung-ni"], ["show", "kp-hoejung-ni", "--json"],
                                  ["history", "kp-hoejung-ni"], ["validate"]])
def test_everyday_commands_run_none_of_the_slow_modules(shipped_path, args):
    assert _loaded_after(_main(shipped_path, args), HEAVY + SLOW) == []


def test_a_region_query_does_load_them(shipped_path):
    """The check above can fail: the lazy modules do load when a command needs them."""
    code = _main(shipped_path, ["query", "--bbox", "124,37,131,43"])
    assert {"geopandas", "pyproj"} <= set(_loaded_after(code))


def test_a_lazy_module_counts_once_it_has_run():
    """A lazy module is not reported until it runs, then it is (with what it imports)."""
    assert _loaded_after("import catalog.cli\ncatalog.cli._importer", SLOW) == []
    ran = _loaded_after("import catalog.cli\ncatalog.cli._importer.import_file", SLOW)
    assert {"catalog.importer", "catalog.ingest", "catalog.coordinates"} <= set(ran)


def test_placing_a_point_in_a_province_needs_no_pandas():
    """The shipped provinces are read with pyarrow alone: pq.read_table and to_numpy of a
    binary column would bring pandas (0.3 s of every ingest and province query)."""
    code = "from catalog import regions\nregions.locate_point(126.91, 41.37)"
    loaded = _loaded_after(code)
    assert "pyarrow" in loaded and "shapely" in loaded  # the check can see imports
    assert "pandas" not in loaded and "geopandas" not in loaded
