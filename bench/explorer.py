"""Render time of each explorer view: the real app (uvicorn, embedded store, real embedder) over a
folder of notices, each view opened in headless Chromium and timed from navigation start until it
is drawn (its h1 there, no fetch in flight, no spinner left). Run by hand, not a test:
    python -m bench.explorer --notices DIR [--runs 3] [--data-dir DIR] [--out FILE]
    python -m bench.explorer --data-dir STORE     # a filled store as it is (e.g. bench.load's
                                                  # 10 k one: a copy), nothing uploaded
Prints a Markdown table (median / max ms per view) as it goes, then the one JSON object of every
bench (machine, load average before and after, per-view times; `--out FILE` writes it). The
README's screenshots come from `bench.screenshots` (same app, same fixture)."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx
from selenium.webdriver.chrome.webdriver import WebDriver

from bench.common import load_average, machine, write_result
from tests.integration.browser import conftest, live

DRAWN = ("return Boolean(document.querySelector('#view h1')) && "
         "!document.body.classList.contains('busy') && !document.querySelector('#view .loading')"
         " ? performance.now() : null")


def _routes(base: str) -> dict[str, str]:
    """One URL per view, on the busiest agency and project of the corpus."""
    overview = httpx.get(f"{base}/overview", timeout=300).json()
    busiest = overview["overdue_by_agency"] or httpx.get(f"{base}/agencies", timeout=300).json()[
        "agencies"]  # a store with no task overdue (bench.load's, never linked): any agency
    agency = busiest[0]["name"]
    projects = httpx.get(f"{base}/projects", timeout=300).json()["projects"]
    project = max(projects, key=lambda p: p.get("units") or 0)["id"] if projects else ""
    latest = overview["latest_meeting"]["id"]
    return {"landing": "#/", "agency": f"#/agency/{quote(agency)}",
            "project": f"#/project/{quote(project)}",
            "notice": f"#/meeting/{quote(latest)}", "graph": f"#/graph/{quote(latest)}",
            "themes": "#/themes", "search": "#/search?q=" + quote("giải phóng mặt bằng")}


def _time(driver: WebDriver, url: str, limit: float = 120.0) -> float:
    driver.get("about:blank")
    driver.get(url)
    stop = time.monotonic() + limit
    while time.monotonic() < stop:
        drawn = driver.execute_script(DRAWN)
        if drawn is not None:
            return float(drawn)
        time.sleep(0.02)
    raise RuntimeError(f"{url} not drawn in {limit} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notices", type=Path, default=None,
                        help="a folder of notices to upload (none: --data-dir as it is)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="a store of an earlier run: the notices come back unchanged")
    args = parser.parse_args(argv)
    if args.notices is None and args.data_dir is None:
        parser.error("--notices or --data-dir")
    files = sorted(args.notices.glob("*.txt")) if args.notices is not None else []
    started = time.monotonic()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="bench-explorer-"))
    with live.serve(data_dir, files) as base:
        print(f"{len(files)} notices ingested in {time.monotonic() - started:.0f} s")
        ingest_s = time.monotonic() - started
        load_before = load_average()
        views = _views(base, args.runs)
    write_result(args.out, {"bench": "explorer", "machine": machine(), "load_before": load_before,
                            "load_after": load_average(), "notices": len(files),
                            "ingest_s": round(ingest_s), "views": views})
    return 0


def _views(base: str, runs: int) -> dict[str, dict[str, int]]:
    browser = conftest.chromium()
    driver = next(browser)
    out: dict[str, dict[str, int]] = {}
    try:
        print("| view | median ms | max ms |\n|---|---:|---:|")
        for name, route in _routes(base).items():
            times = [_time(driver, f"{base}/{route}") for _ in range(runs)]
            out[name] = {"median_ms": round(statistics.median(times)), "max_ms": round(max(times))}
            print(f"| {name} | {out[name]['median_ms']} | {out[name]['max_ms']} |", flush=True)
    finally:
        next(browser, None)  # quits Chromium
    return out


if __name__ == "__main__":
    raise SystemExit(main())
