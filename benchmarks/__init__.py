"""`make bench`: our code against the baseline a user would otherwise reach for, side by side.

Each ``bench_*.py`` module here has ``run(record)``; it times ours and the baseline in the
same run and calls ``record(name, n, ours_s, baseline, baseline_s)``. Results print as a
table and land in ``build/bench.json`` (ratio = baseline_s / ours_s, above 1 means faster).
"""

from __future__ import annotations

import gc
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
