"""`relink.link_meeting` for a province's last meeting, the full recompute against the append
fast path (tasks/append.py), on a stored corpus (run by hand, not a test).

    python -m bench.task_append --data-dir DIR [--provinces 3] [--repeat 3] [--out result.json]

For the largest `--provinces` provinces of the store: its directives read once (the warm
working set, `ProvinceUnits`), then `link_meeting` of its last meeting timed with no kept chains
(the full recompute, as every link did before) and with the chains of the meetings before it
kept (`append.full` over them: the state the previous link leaves), which appends that meeting
alone. Both write what changed (nothing after the first, on a linked store); the path each took
is checked (the fast path keeps the same Snapshot object)."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import load_average, machine, write_result


def _prefix(store: Any, cache: Any, province: str, meetings: list[Any]) -> Any:
    """The chains as linking every meeting but the last leaves them."""
    from graph.read import tasks as task_reads
    from graph.read.units import plain
    from search_api.crossmonth.tasks import append

    units, vecs = cache.units(store, province, meetings)
    last = meetings[-1]["id"]
    keep = [i for i, u in enumerate(units) if u["meeting"] != last]
    before = [m for m in meetings if m["id"] != last]
    found = [plain(r) for r in task_reads.province_findings(store, [m["id"] for m in before])]
    return append.full([units[i] for i in keep], vecs[keep], found, before)


def _time(store: Any, cache: Any, meeting: Any) -> float:
    from search_api.crossmonth.tasks import relink

    t = time.perf_counter()
    relink.link_meeting(store, meeting["id"], meeting["sha"], cache)
    return time.perf_counter() - t


def province(store: Any, name: str, repeat: int) -> dict[str, Any]:
    from search_api.crossmonth.province_units import ProvinceUnits

    cache = ProvinceUnits()
    meetings = sorted(cache.meetings(store, name), key=lambda m: (str(m["period"]), m["id"]))
    units, _ = cache.units(store, name, meetings)
    full, fast, taken = [], [], []
    for _ in range(repeat):
        cache.chains.pop(name, None)
        full.append(_time(store, cache, meetings[-1]))
        snap = cache.chains[name] = _prefix(store, cache, name, meetings)
        fast.append(_time(store, cache, meetings[-1]))
        taken.append(cache.chains[name] is snap)
    return {"province": name, "meetings": len(meetings), "directives": len(units),
            "full_s": [round(x, 3) for x in full], "fast_s": [round(x, 4) for x in fast],
            "full_median_s": round(statistics.median(full), 3),
            "fast_median_s": round(statistics.median(fast), 4), "fast_path_taken": all(taken)}


def main(argv: list[str] | None = None) -> int:
    from graph.connect import open_store
    from graph.read import recent
    from search_api.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--provinces", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    store = open_store(Settings(data_dir=args.data_dir).store_config())
    try:
        counts = [r for r in recent.provinces(store) if r["province"]]
        names = [str(r["province"]) for r in sorted(counts, key=lambda r: -r["meetings"])]
        load = load_average()
        out = [province(store, name, args.repeat) for name in names[:args.provinces]]
    finally:
        store.close()
    write_result(args.out, {"machine": machine(), "load_before": load,
                            "load_after": load_average(), "provinces": out})
    return 0


if __name__ == "__main__":
    sys.exit(main())
