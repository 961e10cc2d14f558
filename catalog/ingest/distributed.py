"""Ingest on a Dask cluster: workers read and analyse reports, one writer writes them.

Reading a report and analysing its text (sentences, mentions of known sites, new-site
findings, statements of place) needs nothing from the other reports; only writing needs
the catalogue. So (issue 16):

- the reports' files go to Dask workers (``distributed``: a ``LocalCluster`` of
  processes, or a running scheduler) in runs of up to :data:`CHUNK_MAX`, a task each
  (one report a task kept the scheduler busier than the workers), each reading its
  files (a path the workers share, or an fsspec URL such as ``s3://bucket/reports/``)
  and analysing them against a *copy*
  of the writer's :class:`~catalog.ingest.Ingester` (its name index, sites, places);
- the client process is the one writer: results stream back as they finish
  (``as_completed``), wait for their turn, and are written in the order a serial ingest
  takes (:func:`catalog.readers.report_paths`), one transaction per report, through
  :meth:`Ingester.ingest_report` (which is given the analysis instead of making it);
- at most ``window`` reports are out at once (in flight, or finished and waiting for
  their turn), so the client holds a few reports' texts however large the corpus (its
  ingester grows with the sites the reports add, as a serial ingest's does).

An analysis depends on the names the catalogue knew when it was made, and earlier
reports of the same run add names (their candidates and aliases). The workers' copy is
kept up to date as names accumulate: the names alone (with each site's name and type) go
out in small batches, each worker's copy learning them before its next analysis, and a
whole new copy only after many batches; before writing a report the writer checks what changed
since the copy it was analysed against (:meth:`_Writer.stale`): a name added since that
may occur among the report's words, a finding named like it, a mention of a site that
gained a name, or a gazetteer look-up the worker could not make (places imported into
the store stay with the store). When any holds, the writer brings the analysis up to
date (:meth:`Ingester.reanalysed`: the mentions found again, the findings checked again;
sentences and statements of place depend on the text alone). The catalogue is then
exactly the one a serial ingest writes.

A report that cannot be read (empty, binary, too large, a PDF without text...) is listed
with its reason instead of stopping the run; a worker that dies is replaced and its
reports retried by Dask; a run killed and started again skips, by content hash, every
report already written.

Dask is imported here only, inside the functions: without ``--workers``/``--scheduler``
nothing of it loads. Install it with ``pip install 'facility-catalog[dask]'``.
"""

from __future__ import annotations

import collections
import contextlib
import copy
import pickle
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from ..errors import CatalogError, ValidationError
from ..gazetteer import Entry, NameIndex, match_key
from ..readers import (
    MAX_REPORT_BYTES,
    REPORT_SUFFIXES,
    Report,
    ReportError,
    read_bytes,
    read_report,
    report_paths,
)
from .ingester import Analysis, Ingester, ReportResult

#: Names learnt since the last news after which the workers are sent the next news (the
#: names alone, a few kB: they bring their copy of the ingester up to date).
REFRESH_NAMES = 32
#: News since the workers' full copy after which a new full copy is sent to them ...
REBASE_NEWS = 64
#: ... but no more often than this many times the seconds one copy takes to make.
REFRESH_COST = 30.0
#: The writer's index of the names a run learnt comes in parts of this many names: an
#: analysis is checked against the parts since its copy only (a long run learns tens of
#: thousands of names; a copy is a few hundred behind).
LEARNT_EPOCH = 256
#: Tasks out at once per worker thread (in flight, or finished and waiting their turn).
WINDOW_PER_THREAD = 4
#: A task reads and analyses a run of reports: at most this many (a report's analysis is
#: a few milliseconds, about what Dask spends on a task: measured, one report a task kept
#: the scheduler busier than the workers) ...
CHUNK_MAX = 16
#: ... and at least this many tasks per worker thread over the run, so a small corpus
#: still spreads over the workers.
TASKS_PER_THREAD = 16
#: Times a report whose task was lost with its worker is sent again (Dask retries tasks
#: that fail on a dying worker itself; a finished task's result can still be lost).
LOST_RETRIES = 3
#: Messages Dask keeps per connection for debugging (see :func:`dask_client`).
MESSAGE_LOG = 20
#: Dask settings of a run: the last messages of each connection, kept for Dask's
#: developers (1,000 by default, each under 1 MB: copies of the ingester among them), few;
#: and, for the local cluster a run starts, no dashboard's timers. A worker's statistical
#: profiler samples its task's stack every 10 ms, the event loops' health check ticks
#: every 20 ms, the system monitor reads the host every 500 ms: on a 2-core machine the
#: workers and scheduler spent about a sixth of the run's CPU on these (measured on the
#: 20 MB benchmark corpus: 31 CPU-seconds, 26 without). The memory monitor that pauses
#: or restarts a worker near its memory limit still runs, twice a second.
QUIET = {"distributed.admin.low-level-log-length": MESSAGE_LOG}
QUIET_LOCAL = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "500ms",
}
#: How long to wait for a scheduler given by address.
CONNECT_TIMEOUT_S = 20

INSTALL_HINT = "pip install 'facility-catalog[dask]'"


class DaskUnavailable(CatalogError, ImportError):
    """``--workers``/``--scheduler`` were asked for, but Dask is not installed."""


class Failure(NamedTuple):
    """A report that was not ingested, and why (``path, reason = failure`` works too)."""

    path: str
    reason: str


@dataclass
class DaskStats:
    """How a distributed run went: for benchmarks and the curious."""

    written: int = 0
    failed: int = 0
    reanalysed: int = 0  # stale analyses whose mentions the writer found again
    copies: int = 0  # copies of the writer's ingester sent to the workers
    copy_bytes: int = 0
    news: int = 0  # batches of names learnt sent to the workers (between copies)
    write_s: float = 0.0  # the writer's time in ingest_report (and its checks)
    workers: int = 0
    window: int = 0
    chunk: int = 0  # reports per task


# -- files and URLs ------------------------------------------------------------------------

def is_url(location) -> bool:
    """Whether a report location is an fsspec URL (``s3://...``, ``memory://...``)."""
    return "://" in str(location)


def report_locations(paths: Sequence) -> list[str]:
    """Expand files, directories and fsspec URLs into report locations, in a stable order.

    Local paths are expanded as :func:`catalog.readers.report_paths` does (so a
    distributed run takes the reports in a serial run's order); a URL naming a directory
    is searched with fsspec for the same suffixes.

    Raises
    ------
    ReportError
        If a path or URL does not exist, or a directory holds no report.
    """
    out: list[str] = []
    for p in paths:
        if not is_url(p):
            out.extend(str(f) for f in report_paths([p]))
            continue
        fs, root = _fs(str(p))
        if fs.isdir(root):
            found = sorted(
                f for f in fs.find(root)
                if PurePosixPath(f).suffix.lower() in REPORT_SUFFIXES
                and not any(part.startswith(".") for part in
                            PurePosixPath(f).relative_to(PurePosixPath(root)).parts))
            if not found:
                raise ReportError(f"no reports in directory {str(p)!r} (looked for "
                                  f"{', '.join(sorted(REPORT_SUFFIXES))})")
            out.extend(fs.unstrip_protocol(f) for f in found)
        elif fs.isfile(root):
            out.append(str(p))
        else:
            raise ReportError(f"no such report: {str(p)!r}")
    return list(dict.fromkeys(out))


def _fs(url: str):
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise DaskUnavailable(f"reading {url!r} needs fsspec: {INSTALL_HINT}") from None
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as e:  # an unknown protocol, or its package missing
        raise ReportError(f"cannot read {url!r}: {e}") from None


def read_location(location: str, encoding: str | None = None) -> Report:
    """Read one report from a local path or an fsspec URL (as :func:`read_report` does)."""
    if not is_url(location):
        return read_report(location, encoding=encoding)
    fs, path = _fs(location)
    try:
        size = fs.size(path)
        if size is not None and size > MAX_REPORT_BYTES:
            raise ReportError(
                f"report {location!r} is {size / 2**20:.0f} MiB, over the "
                f"{MAX_REPORT_BYTES / 2**20:.0f} MiB a report may have; split it")
        data = fs.cat_file(path)
    except OSError as e:
        raise ReportError(f"cannot read report {location!r}: {e.strerror or e}") from None
    fmt = REPORT_SUFFIXES.get(PurePosixPath(path).suffix.lower(), "text")
    if data.startswith(b"%PDF-"):
        fmt = "pdf"
    # the stem names a report without a title, as a local file's does
    return read_bytes(data, fmt, name=location, path=Path(PurePosixPath(path)),
                      encoding=encoding)


# -- the workers' side ------------------------------------------------------------------------

class _Detached:
    """The store, as a worker's copy of the ingester sees it: gazetteer places imported
    into the catalogue are not at hand, so a look-up finds none and is noted, for the
    writer to check (it has the store)."""

    def __init__(self) -> None:
        self.asked: set[str] = set()  # every key looked up in this process
        self.used: set[str] = set()  # ... and by the report being analysed

    def places_named(self, key: str) -> list:
        self.asked.add(key)
        return []


@dataclass(frozen=True)
class Snapshot:
    """A copy of the writer's ingester (pickled, store detached) as of ``generation``."""

    token: str
    generation: int
    state: bytes


@dataclass
class Analysed:
    """What a worker sends back for one report: small, the text and its analysis."""

    index: int
    location: str
    report: Report | None = None
    analysis: Analysis | None = None  # None: a known duplicate, or not read
    generation: int = -1
    places_used: frozenset[str] = frozenset()
    error: str | None = None


_LOADED: dict[str, Ingester] = {}
_APPLIED: dict[str, int] = {}  # snapshot token -> news applied to its copy
_LOCK = threading.Lock()  # one analysis at a time per process (it is CPU-bound anyway)


def _loaded(snapshot: Snapshot, news: Sequence[list] = ()) -> Ingester:
    """The ingester of a snapshot, unpickled once per worker process, brought up to date
    with ``news`` (every :meth:`Ingester.learnt` batch since the snapshot, in order; a
    copy that applied some already takes the rest)."""
    ing = _LOADED.get(snapshot.token)
    if ing is None:
        ing = pickle.loads(snapshot.state)
        detached, lookup = ing.cat, ing.places_named

        def places_named(name, _lookup=lookup, _detached=detached):
            out = _lookup(name)
            key = match_key(name)
            if key in _detached.asked:  # answered without the store's places (now or before)
                _detached.used.add(key)
            return out

        ing.places_named = places_named  # this copy only: the writer's is untouched
        while len(_LOADED) > 1:  # the one before stays while its last reports finish
            _APPLIED.pop(_drop_oldest(), None)
        _LOADED[snapshot.token] = ing
        _APPLIED[snapshot.token] = 0
    for batch in news[_APPLIED[snapshot.token]:]:
        ing.learn(batch)
    _APPLIED[snapshot.token] = max(_APPLIED[snapshot.token], len(news))
    return ing


def _drop_oldest() -> str:
    token = next(iter(_LOADED))
    del _LOADED[token]
    return token


def analyse_location(index: int, location: str, snapshot: Snapshot,
                     known: frozenset[str] = frozenset(), encoding: str | None = None,
                     news: Sequence[list] = (), generation: int | None = None
                     ) -> Analysed:
    """Read and analyse one report on a worker (the Dask task).

    The analysis is made with the snapshot's ingester brought up to date with ``news``
    (as of ``generation``, the snapshot's own by default). A report whose content hash is
    in ``known`` (already in the catalogue when the run began) is read but not analysed:
    the writer will find it a duplicate.
    """
    generation = snapshot.generation if generation is None else generation
    try:
        report = read_location(location, encoding)
    except ReportError as e:
        return Analysed(index, location, error=str(e))
    if report.content_hash in known:
        return Analysed(index, location, report, None, generation)
    with _LOCK:
        ing = _loaded(snapshot, news)
        ing.cat.used = set()
        analysis = ing.analyse_report(report)
        used = frozenset(ing.cat.used)
    return Analysed(index, location, report, analysis, generation, used)


def analyse_locations(first: int, locations: Sequence[str], snapshot: Snapshot,
                      known: frozenset[str] = frozenset(), encoding: str | None = None,
                      news: Sequence[list] = (), generation: int | None = None
                      ) -> list[Analysed]:
    """Read and analyse a run of reports, the first one numbered ``first`` (the Dask
    task; see :func:`analyse_location`)."""
    return [analyse_location(first + k, loc, snapshot, known, encoding, news, generation)
            for k, loc in enumerate(locations)]


def _given(value):
    return value


# -- the writer's side ------------------------------------------------------------------------

class _Writer:
    """Writes analysed reports in order through the ingester, checking each analysis
    against the names learnt since the copy it was made with."""

    def __init__(self, ing: Ingester, metadata: dict, rescan: bool, check: bool = False):
        self.ing, self.metadata, self.rescan, self.check = ing, metadata, rescan, check
        self.marks: dict[int, int] = {}  # generation -> len(ing.names_added) then
        # every name learnt in this run, by epochs of LEARNT_EPOCH names of
        # ing.names_added (an analysis is checked against the epochs since its copy only,
        # not against all a long run has learnt), and where each first came in
        self._epochs: list[NameIndex | None] = []  # None: let go (see withdrawn)
        self._learnt_at: dict[tuple[str, str], int] = {}
        self._learnt_n = 0  # names of ing.names_added indexed so far
        # generation -> reports sent out with it and not yet written: the epochs before
        # the oldest of their marks can serve no analysis any more and are let go (they
        # held a second copy of every name a long run learnt)
        self._out: collections.Counter[int] = collections.Counter()
        self._places_ok: dict[str, bool] = {}
        self.stats = DaskStats()

    def snapshot(self, generation: int) -> Snapshot:
        """Copy the ingester's current state for the workers."""
        twin = copy.copy(self.ing)
        twin.cat = _Detached()
        twin.names_added = []
        state = pickle.dumps(twin, protocol=pickle.HIGHEST_PROTOCOL)
        self.marks[generation] = len(self.ing.names_added)
        self.stats.copies += 1
        self.stats.copy_bytes += len(state)
        return Snapshot(uuid.uuid4().hex, generation, state)

    def news(self, generation: int) -> list:
        """The names learnt since the last generation, for the workers' copies."""
        since = self.marks[max(self.marks)]
        self.marks[generation] = len(self.ing.names_added)
        batch = self.ing.learnt(since)
        self.stats.news += 1
        return batch

    def sent(self, generation: int, count: int) -> None:
        """``count`` reports went out to be analysed with the copy of ``generation``."""
        self._out[generation] += count

    def withdrawn(self, generation: int, count: int = 1) -> None:
        """``count`` reports of ``generation`` are written (or sent again, under a newer
        one): the epochs of learnt names no report still out can need are dropped."""
        self._out[generation] -= count
        if self._out[generation] <= 0:
            del self._out[generation]
        if not self.marks:
            return
        oldest = min((self.marks[g] for g in self._out if g in self.marks),
                     default=self.marks[max(self.marks)])
        for k in range(min(oldest // LEARNT_EPOCH, len(self._epochs))):
            self._epochs[k] = None

    def stale(self, item: Analysed) -> str | None:
        """Why an analysis may differ from the one the writer would make now (None when it
        cannot)."""
        for key in item.places_used:
            ok = self._places_ok.get(key)
            if ok is None:
                ok = self._places_ok[key] = not self.ing.imported_places(key)
            if not ok:
                return f"the catalogue's gazetteer has places named {key!r}"
        mark = self.marks[item.generation]
        added = self.ing.names_added[mark:]
        if not added:
            return None
        for at in range(self._learnt_n, len(self.ing.names_added)):
            name, sid = self.ing.names_added[at]
            if at // LEARNT_EPOCH == len(self._epochs):
                self._epochs.append(NameIndex())
            self._epochs[at // LEARNT_EPOCH].add(name, Entry("site", sid, name))
            self._learnt_at.setdefault((name, sid), at)
        self._learnt_n = len(self.ing.names_added)
        # A name learnt since that occurs in the text (even inside a longer one) may
        # change the mentions found; one that does not cannot. (An epoch that ends before
        # the mark holds none learnt since: a name first learnt at or after the mark is in
        # the epoch of that place.)
        for learnt in self._epochs[mark // LEARNT_EPOCH:]:
            for e in learnt.occurring(item.report.text):
                if self._learnt_at[e.name, e.ref] >= mark:
                    return f"it may name {e.name!r}, learnt since"
        keys = {match_key(n) for n, _ in added}
        for f in item.analysis.findings:
            if match_key(f.site_name) in keys or match_key(f.name) in keys:
                return f"its finding {f.site_name!r} is named like a site learnt since"
        sites = {sid for _, sid in added}
        for m in item.analysis.mentions:
            if m.site_id in sites:
                return f"it names {m.site_id!r}, which has learnt a name since"
        return None

    def write(self, item: Analysed) -> ReportResult | Failure:
        """Write one report (in its turn); a report that cannot be read or written is a
        :class:`Failure`."""
        try:
            return self._write(item)
        finally:
            self.withdrawn(item.generation)

    def _write(self, item: Analysed) -> ReportResult | Failure:
        if item.error is not None:
            self.stats.failed += 1
            return Failure(item.location, item.error)
        t = time.perf_counter()
        analysis = item.analysis
        if analysis is not None and self.stale(item) is not None:
            analysis = self.ing.reanalysed(item.report.text, analysis)
            self.stats.reanalysed += 1
        if analysis is not None and self.check:
            again = self.ing.analyse_report(item.report)
            if again != analysis:
                raise AssertionError(f"the analysis of {item.location} made on a worker "
                                     "differs from the writer's")
        try:
            result = self.ing.ingest_report(item.report, analysis=analysis,
                                            rescan=self.rescan, **self.metadata)
        except ValidationError as e:  # this report's metadata: it did not land
            self.stats.failed += 1
            return Failure(item.location, str(e))
        finally:
            self.stats.write_s += time.perf_counter() - t
        result.path = item.location
        self.stats.written += 1
        return result


# -- the cluster ---------------------------------------------------------------------------------

def _distributed():
    try:
        import distributed
    except ImportError:
        raise DaskUnavailable(f"--workers and --scheduler need Dask: {INSTALL_HINT}") from None
    return distributed


@contextlib.contextmanager
def dask_client(client=None, workers: int | None = None, scheduler: str | None = None):
    """The Dask client to ingest with: ``client`` as given (left open), else a local
    cluster of ``workers`` processes, else the scheduler at ``scheduler`` (both closed
    at the end)."""
    if client is not None:
        yield client
        return
    if not scheduler and (workers is None or workers < 1):
        raise ValidationError(f"workers must be a whole number >= 1; got {workers!r}")
    distributed = _distributed()
    import dask

    if scheduler:  # its workers are the cluster's own: only this client's log is ours
        try:
            with dask.config.set(QUIET):
                c = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError, ValueError) as e:
            raise CatalogError(f"cannot reach the Dask scheduler at {scheduler!r}: "
                               f"{e}") from None
        with c:
            yield c
        return
    # one thread per process: the analysis is pure Python, so threads would share a core
    with dask.config.set({**QUIET, **QUIET_LOCAL}), \
            distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                     dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as c:
        yield c


def _reason(exc: BaseException) -> str:
    if type(exc).__name__ == "KilledWorker":
        return ("a Dask worker died each time it read or analysed this report (too large "
                "for a worker's memory?)")
    return f"{type(exc).__name__}: {exc}"


def ingest_on_dask(ing: Ingester, locations: Sequence[str], *, client=None,
                   workers: int | None = None, scheduler: str | None = None,
                   metadata: dict | None = None, encoding: str | None = None,
                   rescan: bool = False, window: int | None = None,
                   chunk: int | None = None, refresh_names: int = REFRESH_NAMES,
                   stats: DaskStats | None = None, check: bool = False
                   ) -> Iterator[ReportResult | Failure]:
    """Ingest reports read and analysed on Dask; yield each one's result as it is written.

    Results come in the order of ``locations`` (the order a serial ingest writes in):
    a :class:`~catalog.ingest.ReportResult`, or a :class:`Failure` for a report that
    could not be read. :func:`catalog.ingest.ingest` with ``client=``, ``workers=`` or
    ``scheduler=`` is the usual way in.

    Parameters
    ----------
    ing
        The writer's ingester (on the catalogue to write to).
    locations
        Report paths the workers can read, or fsspec URLs (see :func:`report_locations`).
    client, workers, scheduler
        See :func:`dask_client`.
    metadata
        ``title``, ``authors``, ``publisher``, ``published``, ``url``, ``kind`` given
        to every report (as :meth:`Ingester.ingest_report` takes them).
    encoding, rescan
        As for :func:`catalog.ingest.ingest`.
    window
        Reports out at once (default: 4 tasks per worker thread, at least 8 reports).
    chunk
        Reports per task (default: up to :data:`CHUNK_MAX`, fewer for a small corpus).
        A task that fails as a whole (its worker died each time) is sent again one
        report a task, so that only the report at fault is listed as failed.
    refresh_names
        Names learnt after which the workers are sent them (and, after
        :data:`REBASE_NEWS` such batches, a fresh copy of the ingester).
    stats
        Filled in with how the run went (:class:`DaskStats`).
    check
        Also analyse every report on the writer and fail if a worker's analysis that was
        not found stale differs (for tests: it takes the speed away).

    Yields
    ------
    ReportResult or Failure
    """
    metadata = {k: v for k, v in (metadata or {}).items() if v}
    writer = _Writer(ing, metadata, rescan, check)
    if stats is not None:
        writer.stats = stats
    stats = writer.stats
    with dask_client(client, workers, scheduler) as c, ing.cat.bulk():
        distributed = _distributed()
        try:
            c.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        except TimeoutError:
            raise CatalogError(f"the Dask cluster at {c.scheduler.address!r} has no worker "
                               f"(waited {CONNECT_TIMEOUT_S} s)") from None
        threads = sum(c.nthreads().values()) or 1
        stats.workers = len(c.nthreads())
        n = len(locations)
        chunk = chunk or max(1, min(CHUNK_MAX, n // (threads * TASKS_PER_THREAD)))
        window = window or max(8, WINDOW_PER_THREAD * threads * chunk)
        stats.window, stats.chunk = window, chunk
        run = uuid.uuid4().hex[:12]
        # Reports already in the catalogue are read but not analysed (a re-run after a
        # kill skips what it wrote); the set travels once, as a task's result.
        known = frozenset() if rescan else frozenset(
            s.content_hash for s in ing.cat.sources() if s.content_hash)
        known_f = c.submit(_given, known, key=f"ingest-known-{run}", pure=False)

        def new_copy(generation):
            snap = writer.snapshot(generation)
            # a task's result, not scattered data: the scheduler can make it again if
            # every worker holding it dies
            return c.submit(_given, snap, key=f"ingest-copy-{run}-{generation}",
                            pure=False)

        generation, made_s = 0, time.perf_counter()
        copy_f = new_copy(generation)
        copy_cost, last_copy = time.perf_counter() - made_s, time.perf_counter()
        news: list = []  # futures of the news since copy_f, in order
        pending = distributed.as_completed()
        # task key -> (first report, reports, future, attempt)
        out: dict[str, tuple[int, int, object, int]] = {}
        held: dict[int, Analysed] = {}
        submitted = turn = 0

        def submit(i: int, count: int, attempt: int = 0) -> None:
            f = c.submit(analyse_locations, i, locations[i:i + count], copy_f, known_f,
                         encoding, list(news), generation, pure=False,
                         key=f"ingest-{run}-{i}-{count}" + (f"-again{attempt}" if attempt
                                                            else ""))
            out[f.key] = (i, count, f, attempt, generation)
            writer.sent(generation, count)
            pending.add(f)

        def fill():
            nonlocal submitted
            while submitted < n and submitted - turn < window:
                count = min(chunk, n - submitted)
                submit(submitted, count)
                submitted += count

        try:
            fill()
            for fut in pending:
                i, count, _, attempt, sent_as = out.pop(fut.key)
                done = None
                if fut.status == "finished":
                    with contextlib.suppress(Exception):  # lost since it finished
                        done = fut.result()
                if done is None and fut.status != "error" and attempt < LOST_RETRIES:
                    fut.release()  # its worker died with it (Dask says "lost"): again
                    writer.withdrawn(sent_as, count)
                    submit(i, count, attempt + 1)
                    continue
                if done is None and count > 1:
                    fut.release()  # one report at fault, or several: each alone
                    writer.withdrawn(sent_as, count)
                    for k in range(i, i + count):
                        submit(k, 1)  # each with its own retries
                    continue
                if done is None:
                    exc = fut.exception() if fut.status == "error" else None
                    done = [Analysed(i, locations[i], generation=sent_as,
                                     error=_reason(exc) if exc else
                                     f"its task was {fut.status}")]
                for item in done:
                    held[item.index] = item
                fut.release()
                del fut
                while turn in held:
                    yield writer.write(held.pop(turn))
                    turn += 1
                    learnt = len(ing.names_added) - writer.marks[generation]
                    if learnt >= refresh_names:
                        generation += 1
                        if len(news) >= REBASE_NEWS and \
                                time.perf_counter() - last_copy >= REFRESH_COST * copy_cost:
                            t = time.perf_counter()
                            copy_f, news = new_copy(generation), []
                            copy_cost, last_copy = time.perf_counter() - t, time.perf_counter()
                        else:  # the names alone: each worker's copy learns them
                            news.append(c.submit(_given, writer.news(generation),
                                                 key=f"ingest-news-{run}-{generation}",
                                                 pure=False))
                    fill()
        finally:
            # a run stopped early (an error, ^C): what is still out is cancelled
            pending.clear()
            if out:
                with contextlib.suppress(Exception):
                    c.cancel([f for _, _, f, _ in out.values()])
            out.clear()
