"""A search process's restart on a filled embedded store: from process start to the first answer,
in process (no HTTP server), with the search-cache snapshot the store's data dir holds.

    python -m bench.restart DATA_DIR [--out result.json]

DATA_DIR: a data dir the server (or `bench.load`) has already answered a search on, so that
its snapshot is written (`search_api/search/snapshot.py`). Timed one after the other: opening
the store (the engine's JVM), the index from the snapshot (`SearchCache.current()`: the
meetings' shas read, nothing else when no notice changed), the first hybrid search (the query
model's load included). Memory: the process's RSS (the engine is a child, not counted) before
and after the index, its peak, and the RSS growth over the index build per unit.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import time
from pathlib import Path
from typing import Any

from bench.common import machine, rss_mib, write_result


def restart(data_dir: Path) -> dict[str, Any]:
    from graph.connect import open_store
    from search_api.search import snapshot
    from search_api.search.cache import SearchCache
    from search_api.settings import Settings

    settings = Settings(data_dir=data_dir, store="embedded")
    on_disk = snapshot.disk_bytes(settings)
    load, t0 = os.getloadavg(), time.perf_counter()
    store = open_store(settings.store_config())
    cache = SearchCache(store, settings)
    dim = cache.embedder.dim
    t1, rss0, c0 = time.perf_counter(), rss_mib(os.getpid()), time.process_time()
    idx = cache.current()
    t2, c1 = time.perf_counter(), time.process_time()
    gc.collect()
    rss1 = rss_mib(os.getpid())
    cache.search("đẩy nhanh tiến độ giải ngân vốn đầu tư công", 10, {}, "hybrid")
    t3 = time.perf_counter()
    return {"machine": machine(), "load": load, "units": len(idx), "dim": dim,
            "snapshot_bytes": on_disk, "open_store_s": round(t1 - t0, 2),
            "index_s": round(t2 - t1, 2), "index_cpu_s": round(c1 - c0, 2),
            "first_search_s": round(t3 - t2, 2), "to_first_answer_s": round(t3 - t0, 2),
            "rss_before_index_mib": rss0, "rss_after_index_mib": rss1,
            "index_bytes_per_unit": round((rss1 - rss0) * 2**20 / max(len(idx), 1)),
            "rss_after_search_mib": rss_mib(os.getpid()), "rss_parts_mib": rss_parts(),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "load_after": os.getloadavg()}


def rss_parts() -> dict[str, float]:
    """The RSS as anonymous memory (the heap, arrays) and file pages (mapped snapshot files)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("RssAnon:", "RssFile:")):
            out[line.split(":")[0]] = round(int(line.split()[1]) / 1024, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Restart of the search index from its snapshot.")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    write_result(args.out, restart(args.data_dir.resolve()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
