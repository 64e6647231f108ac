"""The spot check of docs/cross-month.md without the store (run by hand): per seed, one province's
generated 24-month series linked by the product's chain (`tasks.series`, what `chidao eval-links`
runs), scored against its gold, then linked again with the two samples in place of their months
(Cao Bằng only: the same meetings), and every task of two or more occurrences that mixes gold
tasks printed with its occurrences (month, lead, text).

    python -m bench.tasks_mixed --seeds 97 131 151 [--province "Cao Bằng"] [--golds eval/tasks]
                                [--work /tmp/x38/series] [--cache vectors.pkl] [--out result.json]

Vectors are kept on disk by text (`tasks_spotcheck.CachedEmbedder`), so reruns cost the chain
only. Each seed's series is generated once under WORK/SEED (`bench.gold.write_series`)."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.gold import write_series
from bench.tasks_spotcheck import CachedEmbedder

SAMPLES = Path("data/samples")
SAMPLE_PROVINCE = "Cao Bằng"


def series_dir(work: Path, seed: int, province: str) -> Path:
    folder = work / f"{province.replace(' ', '_')}-{seed}"
    if not (folder / "links.gold.json").exists():
        write_series(seed, province, 24, folder)
    return folder


def with_samples(names: list[str]) -> list[str]:
    """The series' notice names, a sample (absolute path) in place of the notice of its month."""
    samples = {s.name[:len("cao-bang-2025-06")]: s.resolve() for s in SAMPLES.glob("*.txt")}
    return [str(samples.get(n[:len("cao-bang-2025-06")], n)) for n in names]


def scored(folder: Path, emb: CachedEmbedder, names: list[str] | None = None,
           no_gold: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Chain the folder's notices (or `names`), score against its gold (none for the months
    `no_gold`: the samples'); the mixed tasks."""
    from search_api.crossmonth.tasks import chain, gold, score, series

    data = gold.load(folder / "links.gold.json")
    s = series.load_series(folder, emb, names or data.get("notices"))
    # a sample's directives have no gold (a gold substring may occur in a sample's text too)
    g = gold.resolve(data, {p: ng for p, ng in s.notices.items() if p not in no_gold})
    found, task_of = chain.chain(s.units, s.vecs)
    links, threads = [(x.later, x.earlier) for x in found], _threads(task_of)
    sc = score.score(g, links, threads)
    return {"links": sc.predicted, "precision": round(sc.precision, 3),
            "recall": round(sc.recall, 3), "right": f"{sc.recalled}/{sc.gold}",
            "purity": round(sc.purity, 3), "repeated": sum(1 for t in threads if len(t) > 1),
            "mixed_tasks": mixed(s.units, threads, g.task_of),
            "wrong_links": [f"{x.later} -> {x.earlier}: score {x.score}, cos {x.cosine}, "
                            f"shared {list(x.shared)}, same lead {x.same_lead}"
                            for x in found if (x.later, x.earlier) in set(sc.wrong)],
            "right_links": sorted(f"{a} -> {b}" for a, b in set(links) & g.links)}


def _threads(task_of: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for node, task in task_of.items():
        groups[task].append(node)
    return list(groups.values())


def mixed(units: list[dict[str, Any]], threads: list[list[str]], task_of: dict[str, str]
          ) -> list[list[str]]:
    """Threads whose directives belong to 2+ gold tasks, as lines: period, gold task, lead,
    text (a directive without gold, a sample's, is marked "sample")."""
    by_id = {str(u["id"]): u for u in units}
    out = []
    for t in threads:
        if len({task_of[i] for i in t if i in task_of}) < 2:
            continue
        rows = sorted((by_id[i] for i in t), key=lambda u: (u["period"], u["id"]))
        out.append([f"{u['period']}  [{task_of.get(str(u['id']), 'sample')}]  "
                    f"{','.join(u['lead']) or '-'}  {' '.join(str(u['text']).split())[:150]}"
                    for u in rows])
    return out


def run_seed(work: Path, seed: int, province: str, emb: CachedEmbedder) -> dict[str, Any]:
    folder = series_dir(work, seed, province)
    out = {"seed": seed, "province": province, "series": scored(folder, emb)}
    if province == SAMPLE_PROVINCE:
        from search_api.crossmonth.tasks import gold

        names = with_samples(gold.load(folder / "links.gold.json")["notices"])
        months = frozenset(s.name[len("cao-bang-"):len("cao-bang-2025-06")]
                           for s in SAMPLES.glob("*.txt"))
        out["with_samples"] = scored(folder, emb, names, months)
    return out


def show(name: str, r: dict[str, Any]) -> None:
    print(f"{name}: links {r['links']}  P {r['precision']:.3f}  R {r['recall']:.3f} "
          f"({r['right']})  purity {r['purity']:.3f}  tasks 2+ {r['repeated']}  "
          f"mixed {len(r['mixed_tasks'])}")
    for line in r["wrong_links"]:
        print(f"  wrong link {line}")
    for lines in r["mixed_tasks"]:
        print("  mixed task:")
        print("\n".join(f"    {ln}" for ln in lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mixed tasks of generated series, no store.")
    parser.add_argument("--seeds", type=int, nargs="*", default=[])
    parser.add_argument("--province", default=SAMPLE_PROVINCE)
    parser.add_argument("--golds", type=Path, nargs="*", default=[],
                        help="hand-written gold folders (eval/tasks)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/chidao-series"))
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    emb = CachedEmbedder(args.cache)
    results: dict[str, Any] = defaultdict(dict)
    for folder in args.golds:
        results[str(folder)] = r = scored(folder, emb)
        show(str(folder), r)
    for seed in args.seeds:
        results[f"{args.province} {seed}"] = r = run_seed(args.work, seed, args.province, emb)
        for key in ("series", "with_samples"):
            if key in r:
                show(f"{args.province} seed {seed} {key}", r[key])
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
