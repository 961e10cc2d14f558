"""Docs as tests: every command is in the README, the README starts with the two commands,
and the examples of the package's docstrings hold."""

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import catalog
from catalog.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix="catalog"):
    for name, cmd in group.commands.items():
        yield f"{prefix} {name}"
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, f"{prefix} {name}")


def test_every_command_appears_in_the_readme():
    missing = [c for c in _commands(main) if c not in README]
    assert missing == []


def test_readme_opens_with_the_two_commands():
    first = README.index("make map")
    assert first < README.index("make test") < README.index("## The command line")


MODULES = sorted(m.name for m in pkgutil.walk_packages(catalog.__path__, "catalog.")
                 if not m.name.startswith(("catalog.static", "catalog.data",
                                           "catalog.__main__")))


@pytest.mark.parametrize("module", MODULES)
def test_the_examples_in_docstrings_hold(module):
    """Every ``>>>`` example of the package's docstrings runs as written (a stale example
    had said a circle was narrower than it is)."""
    for name in MODULES:  # a package's lazy names, loaded while its examples are found,
        importlib.import_module(name)  # would change its namespace as it is read
    mod = importlib.import_module(module)
    failed, _ = doctest.testmod(mod, verbose=False, report=True,
                                optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert failed == 0, module
