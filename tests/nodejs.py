"""Node.js for the map's JavaScript tests: node's built-in test runner over tests/js/, and the
pure functions of catalog/static/ run on inputs from Python (tests/js/parity.mjs).

Node comes from Debian's ``nodejs`` via scripts/install-node.sh (run here when node is
missing, as tests/browser.py does for Chromium).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JS_TESTS = ROOT / "tests" / "js"


def ensure_node() -> str | None:
    """Install node with scripts/install-node.sh if missing or too old; None if it worked,
    else the reason it is unavailable."""
    r = subprocess.run(["sh", str(ROOT / "scripts" / "install-node.sh")],
                       capture_output=True, text=True)
    if r.returncode != 0 or not shutil.which("node"):
        return f"could not install node: {r.stderr.strip()[-300:]}"
    return None


def node_test_files() -> list[Path]:
    return sorted(JS_TESTS.glob("*.test.mjs"))


def run_node_tests() -> subprocess.CompletedProcess:
    """``node --test`` over every tests/js/*.test.mjs (named one by one: node 18 and 20 take
    a folder, node 22 takes patterns)."""
    return subprocess.run(["node", "--test", *map(str, node_test_files())], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def js_calls(calls: dict[str, list[list]]) -> dict[str, list]:
    """Results of the page's functions, ``{"esc": [[arg], ...]}`` -> ``{"esc": [...]}``."""
    r = subprocess.run(["node", str(JS_TESTS / "parity.mjs")], input=json.dumps(calls),
                       capture_output=True, text=True, timeout=300, cwd=ROOT)
    if r.returncode != 0:
        raise RuntimeError(f"parity.mjs failed: {r.stderr[-2000:]}")
    return json.loads(r.stdout)
