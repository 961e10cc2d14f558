"""Run every benchmark module (or those named on the command line) and write build/bench.json."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

import benchmarks


def main(argv: list[str]) -> int:
    results = []
    current = [""]  # the module running, recorded in each row

    def record(name, n, ours_s, baseline, baseline_s, **extra):
        ratio = baseline_s / ours_s if ours_s else float("inf")
        row = {"name": name, "n": n, "ours_s": round(ours_s, 6), "baseline": baseline,
               "baseline_s": round(baseline_s, 6), "ratio": round(ratio, 2), **extra,
               "bench": current[0]}
        results.append(row)
        print(f"{name:<34} n={n:<9} ours {ours_s * 1000:10.2f} ms   {baseline:<34} "
              f"{baseline_s * 1000:10.2f} ms   ratio {ratio:8.2f}x", flush=True)

    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__)
                   if m.name.startswith("bench_"))
    wanted = [a for a in argv if not a.startswith("-")]
    for name in names:
        if wanted and not any(w in name for w in wanted):
            continue
        print(f"== {name}", flush=True)
        current[0] = name
        importlib.import_module(f"benchmarks.{name}").run(record)
    out = Path("build/bench.json")
    out.parent.mkdir(exist_ok=True)
    if wanted and out.exists():  # a partial run keeps the other modules' last rows
        ran = {r["bench"] for r in results}
        kept = [r for r in json.loads(out.read_text(encoding="utf-8"))
                if r.get("bench") and r["bench"] not in ran]
        results = kept + results
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(results)} results)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
