"""Ingest reports: find the sites a report names, cite them, and propose the new ones.

The pipeline, one module per stage::

    readers (file -> text) -> sentences -> names (known-site mentions, new-site findings)
        -> candidates (findings -> candidate sites) -> ingester (one report, one transaction)
        -> batch (many files)

In Python: ``ingest(cat, paths, **metadata) -> IngestSummary``.
"""

from .batch import BATCH_TEXT_BUDGET, IngestSummary, ingest
from .ingester import Analysis, Ingester, Mention, ReportResult
from .sentences import split_sentences

__all__ = ["BATCH_TEXT_BUDGET", "Analysis", "IngestSummary", "Ingester", "Mention",
           "ReportResult", "ingest", "split_sentences"]
