"""`/themes/discovered` under load while notices are written (issue 23): `chidao serve` on a copy of
a filled store, `--clients` clients asking for the discovered themes (all jurisdictions, then each
jurisdiction in turn) while one more client uploads and deletes the notices of eval/notices
(bench.mixed's `Uploads`: the store is as before afterwards). Bounded in requests and seconds.

    python -m bench.themes --data-dir COPY [--clients 4] [--requests 400] [--seconds 240]
                           [--no-uploads]   # a store shared read-only: nothing written
                           [--settle]       # start the load once every window is clustered

The first request (nothing computed yet) is timed apart from the load; with --settle the load
starts once an answer has no jurisdiction pending (the server's warm-up done: `settle_s`).
Reported: p50/p95/p99 of the all-jurisdiction and the one-jurisdiction requests, the answers that
had jurisdictions stale or pending, the uploads done, the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import finish, load_average, machine
from bench.load import API_KEY, INGEST_FILES
from bench.mixed import Tally, Uploads
from bench.search import HOST, free_port, start_server, wait_healthy

PATH = "/themes/discovered"


def provinces(base: str) -> list[str]:
    with httpx.Client(base_url=base, timeout=600) as c:
        meetings = c.get("/meetings").json()["meetings"]
    return sorted({str(m["province"]) for m in meetings if m.get("province")})


async def clients(base: str, args: argparse.Namespace, names: list[str]) -> dict[str, Any]:
    """`args.clients` clients share `args.requests` requests, every other one for all
    jurisdictions, the others one jurisdiction each in turn; stopped after `args.seconds`."""
    tally, counter = Tally(), iter(range(args.requests))
    deadline, partial = time.perf_counter() + args.seconds, {"stale": 0, "pending": 0}

    async def worker(client: httpx.AsyncClient) -> None:
        for i in counter:
            if time.perf_counter() > deadline:
                return
            one = i % 2 == 1 and names
            params = {"province": names[(i // 2) % len(names)]} if one else {}
            start = time.perf_counter()
            try:
                r = await client.get(PATH, params=params)
                status, body = r.status_code, r.json() if r.status_code == 200 else {}
            except httpx.HTTPError:
                status, body = 599, {}
            tally.add("province" if one else "all", time.perf_counter() - start, status)
            for what in partial:
                partial[what] += bool(body.get("params", {}).get(what))

    async with httpx.AsyncClient(base_url=base, timeout=300,
                                 limits=httpx.Limits(max_connections=args.clients)) as client:
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(args.clients)))
        wall = time.perf_counter() - start
    return {"clients": args.clients, "seconds": round(wall, 1), **tally.report(),
            "answers_with": partial}


def settle(base: str, start: float, limit: float = 1800) -> float:
    """Seconds from `start` until /themes/discovered answers with nothing pending."""
    while time.perf_counter() - start < limit:
        body = httpx.get(f"{base}{PATH}", timeout=600).json()
        if not body["params"].get("pending"):
            break
        time.sleep(5)
    return round(time.perf_counter() - start, 1)


def serve(args: argparse.Namespace) -> dict[str, Any]:
    port = free_port()
    base = f"http://{HOST}:{port}"
    proc = start_server(args.data_dir, port)
    try:
        out: dict[str, Any] = {"startup_s": wait_healthy(base, proc, limit=900)}
        start = time.perf_counter()
        first = httpx.get(f"{base}{PATH}", timeout=3600).json()
        out["first_s"] = round(time.perf_counter() - start, 2)
        out["first_params"] = first.get("params")
        if args.settle:
            out["settle_s"] = settle(base, start)
        names = provinces(base)
        uploads = Uploads(base, sorted(INGEST_FILES.glob("*.txt")) if args.uploads else [])
        if args.uploads:
            uploads.start()
        try:
            out["load"] = asyncio.run(clients(base, args, names))
        finally:
            uploads.stop.set()
            if args.uploads:
                uploads.join()
        return {**out, "uploads": uploads.report()}
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=240.0)
    parser.add_argument("--no-uploads", dest="uploads", action="store_false")
    parser.add_argument("--settle", action="store_true")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    os.environ["CHIDAO_API_KEY"] = API_KEY
    os.environ["CHIDAO_ENGINE_LINGER_S"] = "0"  # the engine stops with the server
    result: dict[str, Any] = {"machine": machine(), "data_dir": str(args.data_dir),
                              "load_before": load_average()}
    return finish(args.out, result, lambda: serve(args))


if __name__ == "__main__":
    raise SystemExit(main())
