"""The search cache at 10 k notices without a 10 k store: a filled store's snapshot replicated,
then restarted from, searched and updated in process (no engine, no HTTP).

    python -m bench.replicate make SRC_DATA_DIR OUT_DIR [--copies 10]
    python -m bench.replicate measure OUT_DIR [--rounds 3] [--out result.json]

`make`: the blocks of SRC's snapshot (e.g. bench.load's 1 k store after one search) copied
`--copies` times, each copy's meetings and units renamed (`MEETING~c`) and its periods moved 3
years later per copy (as bench.scale), written as OUT_DIR's snapshot; the restorer is SRC's (its
counts at 1 k). Vectors, term counts and rows are the copies' own, so the arrays are as large as
at 10 k; the vocabulary is the 1 k corpus's (a real 10 k corpus has more terms).
`measure` (run twice: the first run trains the IVF and saves it, as a server's first build
does): the restart (snapshot read + index assembled: wall, CPU, RSS, peak), searches (the
product's `SearchCache.search`, hybrid, bench.search's questions, query encode included) with
one client, the refresh after 1 and 10 replaced meetings (increment and full build timed), the
searches' latency while 10 single-meeting increments run in another thread, and while a
compaction (6 % of the meetings replaced at once: a full build in a thread) runs.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import os
import resource
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import load_average, machine, percentiles, rss_mib, write_result
from bench.restart import rss_parts
from bench.scale import shifted
from search_api.search import snapshot
from search_api.search.blocks import Block
from search_api.search.cache import SNAPSHOT_AFTER, SearchCache, release_free_memory
from search_api.search.index import SearchIndex
from search_api.settings import Settings


def settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, store="embedded")


def copied(m: str, b: Block, c: int) -> tuple[str, Block]:
    """Copy c of meeting m's block: renamed, its periods 3 c years later (copy 0: as is)."""
    if c == 0:
        return m, b
    name = f"{m}~{c}"
    units = [dataclasses.replace(u, id=name + u.id[len(m):] if u.id.startswith(m) else
                                 f"{u.id}~{c}", meeting_id=name,
                                 period=shifted(u.period, 3 * c)) for u in b.units]
    meeting = {**b.meeting, "id": name, "period": shifted(str(b.meeting.get("period")), 3 * c)}
    return name, Block.of_packed(b.sha, units, meeting, b.packed, b.vectors, b.terms)


def make(src: Path, out: Path, copies: int) -> dict[str, Any]:
    saved = snapshot.load(settings(src))
    if not saved.blocks:
        raise SystemExit(f"{src} holds no usable snapshot (serve it and search once)")
    blocks = dict(copied(m, b, c) for c in range(copies) for m, b in saved.blocks.items())
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    snapshot.save(settings(out), snapshot.Saved(blocks, saved.restorer, None))
    return {"meetings": len(blocks), "units": sum(len(b.units) for b in blocks.values()),
            "save_s": round(time.perf_counter() - start, 1),
            "snapshot_bytes": snapshot.disk_bytes(settings(out))}


class Still:
    """The store a restarted cache sees when nothing changed (no engine): one generation, no
    REPEATS links for the results."""

    def generation(self) -> int:
        return 0

    def execute(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return []


def restart(data_dir: Path) -> tuple[SearchCache, dict[str, Any]]:
    """The cache restarted from the snapshot: (cache, what it took)."""
    rss0, c0, t0 = rss_mib(os.getpid()), time.process_time(), time.perf_counter()
    cache = SearchCache(Still(), settings(data_dir))  # type: ignore[arg-type]
    cache._restore()
    trained = cache._trained is not None
    built, rows = cache._next(None)
    cache._state = (0, built, rows)
    took = {"index_s": round(time.perf_counter() - t0, 2),
            "index_cpu_s": round(time.process_time() - c0, 2), "ivf_from_snapshot": trained}
    if not trained:  # the first build: save the IVF's centroids, as a server's first build does
        cache._unsaved = SNAPSHOT_AFTER
    cache._save(built)  # as the server's build ends: the mapped pages leave the resident set
    gc.collect()
    release_free_memory()
    rss1 = rss_mib(os.getpid())
    return cache, {**took, "units": len(built), "rss_before_mib": rss0, "rss_after_mib": rss1,
                   "rss_parts_mib": rss_parts(),
                   "bytes_per_unit": round((rss1 - rss0) * 2**20 / max(len(built), 1)),
                   "peak_rss_mib": round(resource.getrusage(
                       resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def searches(cache: SearchCache, rounds: int, stop: threading.Event | None = None
             ) -> dict[str, Any]:
    """bench.search's questions `rounds` times (or until `stop` is set), one at a time."""
    from bench.search import QUERIES

    samples: list[float] = []
    for i in range(rounds * len(QUERIES) if stop is None else 10**9):
        if stop is not None and stop.is_set():
            break
        start = time.perf_counter()
        cache.search(QUERIES[i % len(QUERIES)], 10, {}, "hybrid")
        samples.append(time.perf_counter() - start)
    return {"searches": len(samples), **percentiles(samples)}


def replaced(cache: SearchCache, meetings: list[str]) -> dict[str, Any]:
    """The meetings' notices replaced (their blocks made again, a new sha): the refresh by an
    increment and by a full build, each timed (wall and CPU)."""
    assert cache._state is not None
    for m in meetings:
        renewed(cache, m)
    previous = cache._state[1]
    steps: dict[str, Callable[[], tuple[SearchIndex, Any] | tuple[SearchIndex, Any, Any]]] = {
        "increment": lambda: cache._next(previous),
        "full_build": lambda: cache._assemble(previous)}
    out = {}
    for name, step in steps.items():
        rss0 = reset_peak()
        c0, t0 = time.process_time(), time.perf_counter()
        built = step()[0]
        out[name] = {"s": round(time.perf_counter() - t0, 2),
                     "cpu_s": round(time.process_time() - c0, 2), "kind": type(built).__name__,
                     "rss_before_mib": rss0, "peak_rss_mib": peak_mib()}
        del built
    cache._state = (0, *cache._next(previous))
    return out


def reset_peak() -> float:
    """The process's peak RSS reset to its RSS now (Linux `clear_refs` 5); the RSS in MiB."""
    gc.collect()
    release_free_memory()
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return rss_mib(os.getpid())


def peak_mib() -> float:
    """The peak RSS since the last `reset_peak` (VmHWM), MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def during_increments(cache: SearchCache, meetings: list[str]) -> dict[str, Any]:
    """One client searching while another thread refreshes after each of the meetings is
    replaced, one at a time (each refresh an increment, swapped in as the server does)."""
    stop, took = threading.Event(), [0.0]

    def refresh() -> None:
        start = time.perf_counter()
        for m in meetings:
            replaced_one(cache, m)
        took[0] = time.perf_counter() - start
        stop.set()

    writer = threading.Thread(target=refresh)
    writer.start()
    out = searches(cache, 0, stop)
    writer.join()
    return {"increments": len(meetings), "refresh_s": round(took[0], 2), **out}


def during_compaction(cache: SearchCache, meetings: list[str]) -> dict[str, Any]:
    """The meetings replaced at once (more than `increment.COMPACT_AT` of the units): the
    refresh answers from an increment and starts the full build in a thread; one client
    searches until that build is swapped in."""
    assert cache._state is not None
    for m in meetings:
        renewed(cache, m)
    c0, t0 = time.process_time(), time.perf_counter()
    with cache._lock:
        cache._state = (0, *cache._next(cache._state[1]))
    refresh = {"s": round(time.perf_counter() - t0, 2), "cpu_s": round(time.process_time() - c0, 2),
               "kind": type(cache._state[1]).__name__, "compacting": cache._compacting}
    stop = threading.Event()
    compaction = [t for t in threading.enumerate() if t.name == "search-index-compaction"]
    threading.Thread(target=lambda: ([t.join() for t in compaction], stop.set())).start()
    t1 = time.perf_counter()
    out = searches(cache, 0, stop)
    return {"meetings": len(meetings), "refresh": refresh,
            "compaction_s": round(time.perf_counter() - t1, 2),
            "after": type(cache._state[1]).__name__, **out}


def renewed(cache: SearchCache, m: str) -> None:
    """Meeting m's notice as if stored again (its block made again with a new sha), as the
    cache's `_refresh` leaves it."""
    b = cache._blocks[m]
    cache._blocks[m] = Block.of_packed(b.sha + "'", b.units, b.meeting, b.packed, b.vectors,
                                       b.terms)
    cache._changed.add(m)


def replaced_one(cache: SearchCache, m: str) -> None:
    assert cache._state is not None
    renewed(cache, m)
    cache._state = (0, *cache._next(cache._state[1]))


def measure(data_dir: Path, rounds: int) -> dict[str, Any]:
    out: dict[str, Any] = {"machine": machine(), "load_before": load_average()}
    cache, out["restart"] = restart(data_dir)
    meetings = sorted(cache._blocks)
    out["search_1_client"] = searches(cache, rounds)
    out["refresh_1_meeting"] = replaced(cache, meetings[:1])
    out["refresh_10_meetings"] = replaced(cache, meetings[1:11])
    out["search_during_10_increments"] = during_increments(cache, meetings[11:21])
    if hasattr(cache, "_compacting"):  # the compaction off the search path (session 10)
        share = int(len(meetings) * 0.06)
        out["search_during_compaction"] = during_compaction(cache, meetings[21:21 + share])
    out["rss_end_mib"] = rss_mib(os.getpid())
    out["load_after"] = load_average()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The search cache at 10 k from a 1 k snapshot.")
    sub = parser.add_subparsers(dest="command", required=True)
    mk = sub.add_parser("make")
    mk.add_argument("src", type=Path)
    mk.add_argument("target", type=Path)
    mk.add_argument("--copies", type=int, default=10)
    ms = sub.add_parser("measure")
    ms.add_argument("data_dir", type=Path)
    ms.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.command == "make":
        write_result(args.out, make(args.src.resolve(), args.target.resolve(), args.copies))
    else:
        write_result(args.out, measure(args.data_dir.resolve(), args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
