"""Bytes per unit of the in-process search index: the search cache's own `_block` / `_assemble`
path over the parsed units of the generated corpus, given as store rows (the shape of
`graph.read.units_of_meetings`, pooled real vectors + noise as float lists, as Bolt gives them).

    python -m bench.memory [--notices 1000] [--ivf] [--out result.json]

RSS growth of the process after the blocks and after the index (`gc.collect()` first), its peak,
and the CPU of `_assemble`. No store, no server: what the API process holds for the index.
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import load_average, machine, rss_mib, write_result
from bench.scale import parsed_units, pool_vectors

Row = dict[str, Any]


def store_rows(units: list[Any], pool: np.ndarray, seed: int) -> Iterator[Row]:
    """One meeting's units as store rows, in id order; the vector of unit i is pool i + noise."""
    rng = np.random.default_rng(seed)
    for i, u in sorted(units, key=lambda iu: iu[1].id):
        v = pool[i % len(pool)] + rng.normal(0, 0.02, pool.shape[1])
        meeting = {"id": u.meeting_id, "period": u.period, "date": "2025-07-03",
                   "title": f"Thông báo kết luận phiên họp {u.meeting_id}"}
        yield {"id": u.id, "kind": u.kind, "finding_kind": None, "text": u.text,
               "section": u.section, "headings": list(u.headings), "order": i,
               "span": [10 * i, 10 * i + len(u.text)], "meeting": meeting,
               "lead": [{"id": a, "name": f"Sở {a}"} for a in u.lead_ids],
               "support": [{"id": a, "name": f"Sở {a}"} for a in u.support_ids],
               "projects": [{"id": p, "name": p} for p in u.project_ids],
               "themes": [{"id": t, "name": t} for t in u.theme_ids],
               "deadline": {"date": u.deadline, "precision": "day", "text": u.deadline}
               if u.deadline else None,
               "embedding": [float(x) for x in v / np.linalg.norm(v)]}


def measure(notices: int, seed: int, pool: int, ivf: bool) -> dict[str, Any]:
    import search_api.search.index as index_module
    from search_api.search.cache import SearchCache
    from search_api.settings import Settings

    if ivf:
        index_module.EXACT_UP_TO = 1_000  # type: ignore[misc]  # the 10 k layout at 1 k
    units = parsed_units(min(notices, 1000), seed)
    vectors = pool_vectors(units, pool, seed)
    by: dict[str, list[tuple[int, Any]]] = {}
    for i, u in enumerate(units):
        by.setdefault(u.meeting_id, []).append((i, u))
    cache: Any = SearchCache(None, Settings())  # type: ignore[arg-type]  # no store read
    gc.collect()
    base = rss_mib_now()
    for n, m in enumerate(sorted(by)):
        cache._blocks[m] = cache._block("sha", list(store_rows(by[m], vectors, seed + n)))
    gc.collect()
    blocks = rss_mib_now()
    cpu = time.process_time()
    cache._assemble()
    cpu = time.process_time() - cpu
    gc.collect()
    grown = rss_mib_now() - base
    return {"units": len(units), "ivf": ivf, "blocks_mib": round(blocks - base, 1),
            "blocks_and_index_mib": round(grown, 1),
            "bytes_per_unit": round(grown * 2**20 / len(units)),
            "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "assemble_cpu_s": round(cpu, 1)}


def rss_mib_now() -> float:
    import os

    return rss_mib(os.getpid())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bytes per unit of the search index.")
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pool", type=int, default=2000)
    parser.add_argument("--ivf", action="store_true", help="force the IVF (the 10 k layout)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    result = {"machine": machine(), "load": load_average(),
              **measure(args.notices, args.seed, args.pool, args.ivf),
              "load_after": load_average()}
    write_result(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
