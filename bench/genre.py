"""The genre vocabulary of "no result" (search_api/search/genre.json), from the genre's own text.

Documents: each notice of eval/notices/ as the parser reads it (the text of its units), and each
pool of the synthetic generator (bench/vocab.py: a theme's tasks, the project templates and
tasks, the indicators). A phrase is a two-word content phrase (`evidence.content_pairs`,
tone-exact) written in at least MIN_DF documents that is not a fragment of a longer word: a pair
at least FRAGMENT_SHARE of whose occurrences extend to the same neighbouring syllable, where the
overlapping pair is the more frequent ("khu công" in "khu công nghiệp", "chức lễ" in "tổ chức
lễ"). Not read: ../shared, the question sets, eval/holdout.

    python -m bench.genre [--notices eval/notices] [--out search_api/search/genre.json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from bench import vocab as V
from ingest.errors import IngestError
from ingest.pipeline import parse_file
from ingest.yardstick.gold import gold_files, load_gold
from search_api.search.evidence import content_pairs, words
from search_api.search.index import units_from_notice

Pair = tuple[str, str]
MIN_DF = 5  # documents (of 34 notices + 11 pools) that write the phrase
FRAGMENT_SHARE = 0.5
ROOT = Path(__file__).parents[1]


def notice_documents(folder: Path) -> list[str]:
    """The text of each gold-listed notice's units, one line a unit (a refused file: none)."""
    out = []
    for path in gold_files(folder):
        with suppress(IngestError):
            graph = parse_file(folder / load_gold(path).file)
            out.append("\n".join(u.text for u in units_from_notice(graph)))
    return out


def pool_documents() -> list[str]:
    """The generator's pools, one document each (a line an entry)."""
    pools = [*V.TASKS.values(), V.PROJECT_TEMPLATES, V.PROJECT_TASKS,
             tuple(t for t, *_ in V.INDICATORS)]
    return ["\n".join(p) for p in pools]


@dataclass
class Counts:
    df: Counter[Pair] = field(default_factory=Counter)  # documents holding a content pair
    n: Counter[Pair] = field(default_factory=Counter)  # occurrences of any adjacent pair
    left: defaultdict[Pair, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    right: defaultdict[Pair, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, document: str) -> None:
        self.df.update(set(content_pairs(document, True)))
        for line in document.splitlines():
            w = words(line, exact=True)
            for i in range(len(w) - 1):
                pair = (w[i], w[i + 1])
                self.n[pair] += 1
                if i > 0:
                    self.left[pair][w[i - 1]] += 1
                if i + 2 < len(w):
                    self.right[pair][w[i + 2]] += 1


def fragment(c: Counts, pair: Pair, share: float = FRAGMENT_SHARE) -> bool:
    """Whether most of the pair's occurrences extend to one neighbour whose overlapping pair
    is more frequent than the pair: part of a longer word."""
    for side, overlap in ((c.left, lambda x: (x, pair[0])), (c.right, lambda y: (pair[1], y))):
        for other, times in side[pair].most_common(1):
            if times >= share * c.n[pair] and c.n[overlap(other)] > c.n[pair]:
                return True
    return False


def phrases(documents: Iterable[str], min_df: int = MIN_DF) -> list[str]:
    c = Counts()
    for d in documents:
        c.add(d)
    return sorted(" ".join(p) for p, df in c.df.items() if df >= min_df and not fragment(c, p))


def build(notices: Path, min_df: int = MIN_DF) -> dict[str, object]:
    docs = notice_documents(notices)
    pools = pool_documents()
    about = (f"Two-word content phrases (search_api/search/evidence.content_pairs, tone-exact) "
             f"written in at least {min_df} of {len(docs) + len(pools)} documents of the genre: "
             f"the {len(docs)} notices of eval/notices/ as parsed (their units' text) and the "
             f"{len(pools)} pools of bench/vocab.py, less fragments of longer words (a pair at "
             f"least {FRAGMENT_SHARE} of whose occurrences extend to one neighbour whose pair "
             "is more frequent). Read by evidence.foreign; chosen on the dev sets "
             "(docs/search.md, Session 13). Built by: python -m bench.genre")
    return {"about": about, "min_df": min_df, "phrases": phrases([*docs, *pools], min_df)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--notices", type=Path, default=ROOT / "eval" / "notices")
    p.add_argument("--min-df", type=int, default=MIN_DF)
    p.add_argument("--out", type=Path, default=ROOT / "search_api" / "search" / "genre.json")
    args = p.parse_args(argv)
    out = build(args.notices, args.min_df)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out['phrases'])} phrases -> {args.out}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
