"""Render time of each explorer view: the real app (uvicorn, embedded store, real embedder) over a
folder of notices, each view opened in headless Chromium and timed from navigation start until it
is drawn (its h1 there, no fetch in flight, no spinner left). Run by hand, not a test:
    python -m bench.explorer --notices DIR [--runs 3] [--data-dir DIR] [--out FILE]
    python -m bench.explorer --data-dir STORE     # a filled store as it is (e.g. bench.load's
                                                  # 10 k one: a copy), nothing uploaded
    python -m bench.explorer --data-dir STORE --settle 900   # views of a warm server: first
        # wait (at most 900 s) for the start's background work (trends, theme windows) to end
Prints a Markdown table (median / max ms per view, and the median of the JSON call the view waits
on, timed alone) as it goes, then the one JSON object of every
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


QUERY = "giải phóng mặt bằng"


def _routes(base: str) -> dict[str, tuple[str, str]]:
    """One URL per view, on the busiest agency and project of the corpus, with the JSON call the
    view waits on (timed alone too: the server's share)."""
    overview = httpx.get(f"{base}/overview", timeout=300).json()
    busiest = overview["overdue_by_agency"] or httpx.get(f"{base}/agencies", timeout=300).json()[
        "agencies"]  # a store with no task overdue (bench.load's, never linked): any agency
    agency = quote(busiest[0].get("id") or busiest[0]["name"])
    projects = httpx.get(f"{base}/projects", timeout=300).json()["projects"]
    project = quote(max(projects, key=lambda p: p.get("units") or 0)["id"] if projects else "")
    latest = quote(overview["latest_meeting"]["id"])
    return {"landing": ("#/", "/overview"),
            "agency": (f"#/agency/{agency}", f"/agencies/{agency}/tasklist?sort=deadline&limit=50"),
            "project": (f"#/project/{project}", f"/projects/{project}/tasks?limit=50"),
            "notice": (f"#/meeting/{latest}", f"/meetings/{latest}"),
            "graph": (f"#/graph/{latest}", f"/graph?node={latest}&depth=1&limit=60"),
            "themes": ("#/themes", "/themes"),
            "search": ("#/search?q=" + quote(QUERY), "/search?group=task&q=" + quote(QUERY))}


def _server_ms(base: str, path: str, runs: int) -> int:
    """The median time of the view's JSON call alone (ms)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        httpx.get(base + path, timeout=600).raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times))


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
    parser.add_argument("--views", nargs="*", default=None,
                        help="only these views (landing agency project notice graph themes "
                             "search)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="a store of an earlier run: the notices come back unchanged")
    parser.add_argument("--settle", type=float, default=0.0,
                        help="seconds at most to wait, before the views, until /themes and "
                             "/themes/discovered no longer answer pending (a warm server)")
    args = parser.parse_args(argv)
    if args.notices is None and args.data_dir is None:
        parser.error("--notices or --data-dir")
    files = sorted(args.notices.glob("*.txt")) if args.notices is not None else []
    started = time.monotonic()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="bench-explorer-"))
    with live.serve(data_dir, files) as base:
        print(f"{len(files)} notices ingested in {time.monotonic() - started:.0f} s")
        ingest_s = time.monotonic() - started
        settled_s = _settle(base, args.settle) if args.settle else None
        load_before = load_average()
        views = _views(base, args.runs, args.views)
    write_result(args.out, {"bench": "explorer", "machine": machine(), "load_before": load_before,
                            "load_after": load_average(), "notices": len(files),
                            "ingest_s": round(ingest_s), "settled_s": settled_s,
                            "views": views})
    return 0


def _pending(base: str) -> bool:
    themes = httpx.get(f"{base}/themes", timeout=600).json()
    discovered = httpx.get(f"{base}/themes/discovered", timeout=600).json()
    params = discovered.get("params") or {}
    return bool(themes.get("pending") or params.get("pending") or params.get("stale"))


def _settle(base: str, limit: float) -> float:
    """Seconds until the server's start-up work has ended (or `limit` has passed)."""
    started = time.monotonic()
    while _pending(base) and time.monotonic() - started < limit:
        time.sleep(5)
    settled = round(time.monotonic() - started, 1)
    print(f"settled after {settled} s", flush=True)
    return settled


def _views(base: str, runs: int, only: list[str] | None) -> dict[str, dict[str, int]]:
    browser = conftest.chromium()
    driver = next(browser)
    out: dict[str, dict[str, int]] = {}
    try:
        print("| view | median ms | max ms | its JSON call, median ms |\n|---|---:|---:|---:|")
        for name, (route, call) in _routes(base).items():
            if only and name not in only:
                continue
            times = [_time(driver, f"{base}/{route}") for _ in range(runs)]
            out[name] = {"median_ms": round(statistics.median(times)), "max_ms": round(max(times)),
                         "server_ms": _server_ms(base, call, runs)}
            print(f"| {name} | {out[name]['median_ms']} | {out[name]['max_ms']} | "
                  f"{out[name]['server_ms']} |", flush=True)
    finally:
        next(browser, None)  # quits Chromium
    return out


if __name__ == "__main__":
    raise SystemExit(main())
