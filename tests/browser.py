"""Debian's headless Chromium driven by selenium, for the map's browser test and benchmark.

Chromium is launched with no network side channels (no background networking, component
updates or sync) and a fresh profile; the Chrome DevTools performance log records every
request the page makes, so a test can assert that an offline map makes none.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage", "--window-size=1280,860")


def ensure_chromium() -> str | None:
    """Install Chromium with scripts/install-chromium.sh if missing; None if it worked,
    else the reason it is unavailable."""
    if Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists():
        return None
    script = ROOT / "scripts" / "install-chromium.sh"
    r = subprocess.run([str(script)], capture_output=True, text=True)
    if r.returncode != 0 or not Path(CHROMEDRIVER).exists():
        return f"could not install chromium: {r.stderr.strip()[-300:]}"
    return None


class Browser:
    """One headless Chromium session (a context manager)."""

    def __init__(self):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="chromium-profile-")
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        for flag in FLAGS:
            opts.add_argument(flag)
        opts.add_argument(f"--user-data-dir={self.profile}")
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
        self.driver.set_page_load_timeout(120)
        self.driver.set_script_timeout(120)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    def open(self, path: Path, fragment: str = "") -> None:
        self.console(), self.requests()  # drop what the new-tab page logged
        self.driver.get(Path(path).resolve().as_uri() + fragment)

    def console(self) -> list[dict]:
        """Console messages since the last call."""
        return self.driver.get_log("browser")

    def requests(self, page: str | None = None) -> list[str]:
        """URLs asked for since the last call (from the DevTools log); with ``page``, only
        those from the request for ``page`` on (Chromium's own new-tab page comes before)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg.get("method") == "Network.requestWillBeSent":
                urls.append(msg["params"]["request"]["url"])
        if page is not None:
            # the page's own request must be in the log, or "no other request" proves nothing
            assert page in urls, f"{page} is not in the DevTools log: {urls[:5]}"
            urls = urls[urls.index(page):]
        return urls

    def page_requests(self, path: Path) -> list[str]:
        """What the page at ``path`` requested besides itself (``data:`` and ``blob:`` URLs,
        such as the search worker's script, never leave the page and are left out)."""
        page = Path(path).resolve().as_uri()
        return [u for u in self.requests(page) if u.split("#")[0] != page
                and not u.startswith(("data:", "blob:"))]

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, script: str, timeout: float = 30.0):
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout, poll_frequency=0.02).until(
            lambda d: d.execute_script(script))
