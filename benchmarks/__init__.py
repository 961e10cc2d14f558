"""`make bench`: our code against the baseline a user would otherwise reach for, side by side.

Each ``bench_*.py`` module here has ``run(record)``; it times ours and the baseline in the
same run and calls ``record(name, n, ours_s, baseline, baseline_s)``. Results print as a
table and land in ``build/bench.json`` (ratio = baseline_s / ours_s, above 1 means faster).
"""

from __future__ import annotations

import gc
import os
import statistics
import time


def median_time(fn, repeat: int = 5, warmup: int = 1) -> float:
    """Median wall time of ``fn()`` in seconds over ``repeat`` runs after ``warmup``."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def alternating(ours, stock, repeat: int = 5, warmup: int = 1) -> tuple[float, float]:
    """Median wall times of ``ours()`` and ``stock()`` over ``repeat`` runs each, taken in
    turn (ours, stock, ours, stock...) so that a busy moment of a shared machine falls on
    both sides alike; ``warmup`` untimed runs of each first."""
    for _ in range(warmup):
        ours()
        stock()
    times: tuple[list, list] = ([], [])
    for _ in range(repeat):
        for side, fn in zip(times, (ours, stock), strict=True):
            gc.collect()
            t = time.perf_counter()
            fn()
            side.append(time.perf_counter() - t)
    return statistics.median(times[0]), statistics.median(times[1])


def env_sizes(name: str, default: str) -> tuple[int, ...]:
    """Sizes from a comma-separated environment variable (``BENCH_QUERY_SIZES=10000``)."""
    return tuple(int(v) for v in os.environ.get(name, default).split(",") if v.strip())
