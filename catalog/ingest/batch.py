"""Many reports: every file read (and so checked) first, then each written in turn; a
report that cannot be read or is refused is listed with its reason, and the rest ingested."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DuplicateError, ValidationError
from ..gazetteer import Place
from ..readers import Report, ReportError, read_report, report_paths
from ..stores import Catalog
from . import distributed
from .ingester import Ingester, ReportResult


@dataclass
class IngestSummary:
    """What an ingest run did, report by report, with totals; ``failed`` lists the reports
    not ingested, as ``(path, reason)``."""

    reports: list[ReportResult] = field(default_factory=list)
    #: Reports not ingested, with the reason (a distributed run goes on past them).
    failed: list[distributed.Failure] = field(default_factory=list)

    @property
    def sources_added(self) -> int:
        return sum(r.status == "added" for r in self.reports)

    @property
    def duplicates_skipped(self) -> int:
        return sum(r.status in ("duplicate", "rescanned") for r in self.reports)

    @property
    def citations_added(self) -> int:
        return sum(r.citations_added for r in self.reports)

    @property
    def sites_matched(self) -> list[str]:
        return sorted({s for r in self.reports for s in r.sites_matched})

    @property
    def candidates_added(self) -> list[str]:
        return [c for r in self.reports for c in r.candidates]

    def __str__(self) -> str:
        return (f"{self.sources_added} source(s) added, {self.citations_added} citation(s) "
                f"added, {len(self.sites_matched)} known site(s) matched, "
                f"{len(self.candidates_added)} new candidate site(s), "
                f"{self.duplicates_skipped} duplicate report(s) skipped"
                + (f", {len(self.failed)} report(s) not ingested" if self.failed else ""))



#: Characters of report text a batch keeps in memory between its read and write passes.
BATCH_TEXT_BUDGET = 50_000_000


def ingest(cat: Catalog, paths, *, title=None, authors=None, publisher=None, published=None,
           url=None, kind=None, encoding=None, rescan: bool = False,
           places: Iterable[Place] | None = None, progress: bool = False,
           client=None, workers: int | None = None, scheduler: str | None = None
           ) -> IngestSummary:
    """Ingest report files (or directories of them) into a catalogue.

    Every file is read first; then each report is written in its own transaction. A
    report that cannot be read (empty, binary, not UTF-8, a PDF without text) or that the
    catalogue refuses (a ``javascript:`` URL in its front matter) is left out and listed
    in :attr:`IngestSummary.failed` with its reason, and the others are ingested. Given a
    single report file, its error is raised instead.

    With ``client``, ``workers`` or ``scheduler``, Dask workers read and analyse the
    reports and this process writes them, in the same order and with the same result
    (:mod:`catalog.ingest.distributed`); a report that cannot be read is then listed in
    ``failed`` and the others are ingested.

    Parameters
    ----------
    cat
        The catalogue.
    paths
        Report files and/or directories (searched for ``.txt``, ``.md``, ``.html``, ``.pdf``).
    title, authors, publisher, published, url, kind
        Source metadata overriding the document's own (most useful for a single report).
    encoding
        Text encoding of the reports if not UTF-8.
    rescan
        Re-read reports already in the catalogue and add citations they lack.
    places
        Gazetteer places (default: the shipped extract plus imported places).
    progress
        Show a progress bar on stderr (rich).
    client, workers, scheduler
        Ingest on Dask: a ``distributed.Client``, else a local cluster of ``workers``
        processes, else the scheduler at this address (``tcp://host:8786``). ``paths``
        may then also be fsspec URLs the workers can read (``s3://bucket/reports/``).

    Returns
    -------
    IngestSummary

    Raises
    ------
    ReportError
        For a single report that cannot be read or is refused, naming it.

    Examples
    --------
    >>> from catalog import open_catalog
    >>> from catalog.ingest import ingest
    >>> with open_catalog("build/catalog.gpkg") as cat:  # doctest: +SKIP
    ...     print(ingest(cat, ["reports/"]))
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    on_dask = client is not None or workers is not None or scheduler is not None
    files = distributed.report_locations(paths) if on_dask else report_paths(paths)
    if (url or title) and len(files) > 1:
        raise ValidationError("--title and --url describe one report; "
                              f"{len(files)} were given")
    ingester = Ingester(cat, places)
    summary = IngestSummary()
    bar = None
    if progress:
        from rich.console import Console
        from rich.progress import Progress

        bar = Progress(console=Console(stderr=True), transient=False)
        bar.start()
    try:
        if on_dask:
            task = bar.add_task("ingesting", total=len(files)) if bar else None
            for done in distributed.ingest_on_dask(
                    ingester, files, client=client, workers=workers, scheduler=scheduler,
                    encoding=encoding, rescan=rescan, metadata=dict(
                        title=title, authors=authors, publisher=publisher,
                        published=published, url=url, kind=kind)):
                if isinstance(done, ReportResult):
                    summary.reports.append(done)
                else:
                    summary.failed.append(done)
                if bar:
                    bar.advance(task)
            return summary
        task = bar.add_task("reading", total=len(files)) if bar else None
        # Every file is read (and so checked) before anything is written. Texts are kept
        # for the second pass up to a budget; past it a report is read again when its turn
        # comes, so a big batch holds at most the budget plus one report in memory.
        reports, kept = [], 0
        for f in files:
            try:
                r = read_report(f, encoding=encoding)
            except ReportError as e:
                _failed(summary, f, e, alone=len(files) == 1)
            else:
                kept += len(r.text)
                reports.append(r if kept <= BATCH_TEXT_BUDGET else f)
            if bar:
                bar.advance(task)
        if bar:
            bar.update(task, description="ingesting", completed=0)
        with cat.bulk():  # one transaction a report, the store's housekeeping at the end
            for r in reports:
                f = r.path if isinstance(r, Report) else r
                try:
                    if not isinstance(r, Report):
                        r = read_report(r, encoding=encoding)
                    summary.reports.append(ingester.ingest_report(
                        r, title=title, authors=authors, publisher=publisher,
                        published=published, url=url, kind=kind, rescan=rescan))
                except (ValidationError, DuplicateError) as e:  # this report's alone
                    _failed(summary, f, e, alone=len(files) == 1)
                if bar:
                    bar.advance(task)
    finally:
        if bar:
            bar.stop()
    return summary


def _failed(summary: IngestSummary, path, error: Exception, *, alone: bool) -> None:
    """List a report that was not ingested (its reason naming it), or raise its error when
    it was the only one."""
    why = str(error)
    if not isinstance(error, ReportError):
        why = f"report {str(path)!r}: {why}"
    if alone:
        raise ReportError(why) from None
    summary.failed.append(distributed.Failure(str(path), why))
