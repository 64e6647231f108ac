"""Shared helpers for the benchmarks: machine facts, corpus cache, timing, percentiles, JSON out."""

from __future__ import annotations

import importlib
import json
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.corpus import Planted, write_corpus

# Absolute: the embedded store child runs with its own working directory.
BENCH_DIR = Path(os.environ.get("CHIDAO_BENCH_DIR", ".chidao-bench")).resolve()


class Unavailable(Exception):
    """A piece the benchmark needs has not landed in this tree (reported, not crashed on)."""


def need(module: str, attr: str) -> Any:
    """`module.attr`, or Unavailable naming what is missing."""
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise Unavailable(f"{module}.{attr} is not available: {exc}") from exc


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def mem_total_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return 0.0


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=False, timeout=10)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    return {"cpu": cpu_model(), "cores": os.cpu_count(), "mem_gib": mem_total_gib(),
            "python": platform.python_version(), "platform": platform.platform(),
            "commit": git_commit(), "date": datetime.now(UTC).isoformat(timespec="seconds")}


def corpus(notices: int, seed: int) -> tuple[Path, list[Planted]]:
    """The generated corpus for (notices, seed), generated once and cached under BENCH_DIR."""
    out = BENCH_DIR / f"corpus-{notices}-{seed}"
    manifest = out / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text("utf-8"))
        return out, [Planted(**n) for n in data["notices"]]
    return out, write_corpus(notices, seed, out)


def search_store(notices: int, seed: int) -> Path:
    """The data dir holding the whole corpus ingested by the product: bench.ingest's full stage
    fills it (and stamps it), bench.search serves it, so `make bench` ingests once."""
    return BENCH_DIR / f"store-search-{notices}-{seed}"


INGESTED = ".bench-ingested"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def percentiles(samples: list[float], points: tuple[int, ...] = (50, 95, 99)) -> dict[str, float]:
    """Percentiles in milliseconds of samples given in seconds."""
    if len(samples) < 2:
        return {f"p{p}": round(1000 * (samples[0] if samples else 0.0), 2) for p in points}
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {f"p{p}": round(1000 * cuts[p - 1], 2) for p in points}


def rss_mib(pid: int) -> float:
    """Resident memory of a process (Linux /proc), in MiB; 0 when it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def tree_rss_mib(pid: int) -> float:
    """RSS of a process and its direct children (the API server and its store child)."""
    total = rss_mib(pid)
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return round(total + sum(rss_mib(int(c)) for c in children), 1)


def write_result(path: Path | None, result: dict[str, Any]) -> None:
    """Print the result as JSON and write it to `path` when given."""
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")


def load_average() -> list[float]:
    with open("/proc/loadavg") as fh:
        return [float(x) for x in fh.read().split()[:3]]


def finish(out: Path | None, result: dict[str, Any], body: Callable[[], dict[str, Any]]) -> int:
    """A bench's end: `body`'s measurements into `result` (a missing precondition recorded as
    `unavailable`, not raised), the load average after, the result written; exit status 0."""
    try:
        result.update(body())
    except Unavailable as exc:
        result["unavailable"] = str(exc)
    result["load_after"] = load_average()
    write_result(out, result)
    return 0
