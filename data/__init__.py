"""The shipped data, installed as the package ``catalog.data`` (see ``data/README.md``).

Read it with :func:`catalog.files.shipped`, never through a path relative to a module.
"""
