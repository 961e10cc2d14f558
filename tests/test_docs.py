"""Docs as tests: every command is in the README, and the README starts with the two commands."""

from pathlib import Path

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
