"""The landing in the first seconds after a server's start: the real app (uvicorn, embedded
store) over a filled store, the landing opened in headless Chromium every PAUSE seconds from the
start, each run's render time and the browser's timing of each fetch it made (what it waits for
while the start-up passes run), and where the browser's share goes: the page's own assets
(/static: how many came over the network rather than from the browser's cache, their time) and
when the page's scripts had run (DOMContentLoaded). Run by hand, not a test, on a fresh copy of a
store:
    python -m bench.first_landing --data-dir COPY [--runs 20] [--pause 0.8]"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.explorer import _time
from tests.integration.browser import conftest, live

FETCHES = ("return performance.getEntriesByType('resource')"
           ".filter(e => !e.name.includes('/static/'))"
           ".map(e => [e.name.replace(location.origin, ''), Math.round(e.duration)])")
ASSETS = ("const a = performance.getEntriesByType('resource')"
          ".filter(e => e.name.includes('/static/'));"
          "const n = performance.getEntriesByType('navigation')[0];"
          "return {assets: a.length, downloaded: a.filter(e => e.transferSize > 0).length,"
          " kb: Math.round(a.reduce((s, e) => s + e.transferSize, 0) / 1024),"
          " assets_ms: Math.round(Math.max(0, ...a.map(e => e.responseEnd))"
          " - Math.min(...a.map(e => e.startTime))),"
          " dom_ms: Math.round(n.domContentLoadedEventEnd)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--pause", type=float, default=0.8)
    args = parser.parse_args(argv)
    started = time.monotonic()
    with live.serve(args.data_dir, []) as base:
        print(f"started (and the first search) in {time.monotonic() - started:.1f} s", flush=True)
        browser = conftest.chromium()
        driver = next(browser)
        try:
            for _ in range(args.runs):
                at = time.monotonic() - started
                ms = _time(driver, f"{base}/#/")
                print(f"t={at:5.1f} s landing {ms:.0f} ms", driver.execute_script(FETCHES),
                      driver.execute_script(ASSETS), flush=True)
                time.sleep(args.pause)
        finally:
            next(browser, None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
