"""The links gold of a generated series: the generator knows which task each directive belongs
to, so the gold says which earlier directive each one continues (its task's previous occurrence).

    python -m bench.gold --province "Cao Bằng" --months 24 --seed 0 --out DIR
    chidao eval-links DIR            # link precision, recall, purity against DIR/links.gold.json

The gold has the layout of eval/tasks/links.gold.json (a directive is named by its period and an
exact substring of the notice), so the product's scorer reads both.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench import vocab as V
from bench.corpus import Planted, generate_notice

Entry = dict[str, Any]


def series_indices(province: str, months: int) -> list[int]:
    """The corpus indices of the province's first `months` monthly notices."""
    first = V.PROVINCES.index(province)
    return [first + k * len(V.PROVINCES) for k in range(months)]


def gold_entries(planted: Iterable[Planted]) -> list[Entry]:
    """Per planted directive (notices in month order): its task and the previous occurrence of
    that task in the series (None for a task's first occurrence and for one-off tasks)."""
    last: dict[str, Entry] = {}
    out = []
    for p in sorted(planted, key=lambda p: (p.year, p.month)):
        month = f"{p.year}-{p.month:02d}"
        for key, contains in p.occurrences:
            ref = {"month": month, "contains": contains}
            out.append({**ref, "task": key, "continues": last.get(key)})
            last[key] = ref
    return out


def series_gold(planted: list[Planted]) -> dict[str, Any]:
    return {"province": planted[0].province if planted else "",
            "notices": [p.file for p in planted], "directives": gold_entries(planted),
            "reported_done": []}


def write_series(seed: int, province: str, months: int, out: Path) -> dict[str, Any]:
    """The province's `months` notices and their links.gold.json under `out`; returns the gold."""
    out.mkdir(parents=True, exist_ok=True)
    planted = []
    for index in series_indices(province, months):
        text, meta = generate_notice(seed, index)
        (out / meta.file).write_text(text, encoding="utf-8")
        planted.append(meta)
    gold = series_gold(planted)
    (out / "links.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    return gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate one province's series and its gold.")
    parser.add_argument("--province", default="Cao Bằng", choices=V.PROVINCES)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    gold = write_series(args.seed, args.province, args.months, args.out)
    links = sum(1 for d in gold["directives"] if d["continues"])
    print(f"{len(gold['notices'])} notices, {len(gold['directives'])} directives, "
          f"{links} gold links -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
