"""The wheel is the whole tool: installed outside the repository, it builds its own
catalogue, answers a province query and draws a map (issue 14).

The wheel is built with ``pip wheel --no-deps`` and installed into a fresh virtual
environment in a temporary folder. That environment borrows the dependencies of the one
running the tests (a ``.pth`` line naming its site-packages, which holds only an editable
*finder* for ``catalog``, not the package: ``.pth`` files of a borrowed folder are not
run), so nothing is downloaded but the build backend, and ``import catalog`` can only
find the installed wheel. Every command runs from a folder outside the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # built from a copy of what the sdist holds: setuptools builds in the source tree, and
    # neither its build/ nor a stale file of the checkout may end up in (or decide) the test
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("catalog", "data"):
        shutil.copytree(ROOT / name, src / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                        "--wheel-dir", str(out), str(src)],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    (found,) = out.glob("facility_catalog-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv outside the repository with the wheel installed; returns its bin/."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    # the dependencies of this environment (geopandas, folium, ...), not the repository
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                        "--no-deps", "--no-index", "--quiet", str(wheel)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    return venv / "bin"


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "CATALOG", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)


def test_every_package_of_the_source_is_listed_and_in_the_wheel(wheel):
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    source = {".".join(p.relative_to(ROOT).parts) for p in (ROOT / "catalog").rglob("*")
              if p.is_dir() and p.name != "__pycache__" and any(p.glob("*.py"))}
    assert source <= listed, f"not listed in pyproject.toml: {sorted(source - listed)}"
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    for path in (ROOT / "catalog").rglob("*.py"):
        assert path.relative_to(ROOT).as_posix() in names, path
    for path in (ROOT / "data").rglob("*"):  # the shipped data, as catalog.data
        if path.is_file():
            assert ("catalog/data/" + path.relative_to(ROOT / "data").as_posix()) in names, path
    assert "catalog/static/main.js" in names and "catalog/static/matchkey.js" in names


def test_the_installed_wheel_builds_queries_and_maps_outside_the_repository(installed,
                                                                           tmp_path):
    where = _run(installed, tmp_path, "python", "-c",
                 "import catalog, catalog.files as f; print(catalog.__file__); "
                 "print(f.shipped('catalogue', 'sites.csv'))")
    assert where.returncode == 0, where.stderr
    module, data = where.stdout.split()
    venv = installed.parent
    assert Path(module).is_relative_to(venv) and Path(data).is_relative_to(venv)
    assert not Path(module).is_relative_to(ROOT)

    r = _run(installed, tmp_path, "catalog", "--catalog", "out/catalog.gpkg", "build")
    assert r.returncode == 0, r.stderr
    assert "4 sites" in r.stderr and (tmp_path / "out" / "catalog.gpkg").is_file()
    r = _run(installed, tmp_path, "catalog", "--catalog", "out/catalog.gpkg", "query",
             "--admin1", "Chagang")
    assert r.returncode == 0, r.stderr
    assert [line.split()[0] for line in r.stdout.splitlines()[1:]] == ["kp-hoejung-ni"]
    r = _run(installed, tmp_path, "catalog", "--catalog", "out/catalog.gpkg", "map",
             "-o", "out/map.html")
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "out" / "map.html").read_text(encoding="utf-8")
    assert "Hoejung-ni missile operating base" in html
