"""Recall@1/5/10 and MRR@10 per preset on a JSONL question set (id, q, relevant[])."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import IngestError
from ingest.pipeline import parse_file
from ingest.text import fold
from ingest.yardstick.gold import gold_files, load_gold
from search_api.search.embed import Embedder
from search_api.search.fusion import PRESETS, search
from search_api.search.index import SearchIndex, units_from_notice


@dataclass(frozen=True)
class Question:
    id: str
    q: str
    relevant: list[str]


def load(path: Path) -> list[Question]:
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [Question(r["id"], r["q"], list(r["relevant"])) for r in rows]


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text))


def first_relevant(texts: list[str], relevant: list[str]) -> int | None:
    """1-based rank of the first text containing a relevant string (folded), or None."""
    keys = [_key(r) for r in relevant]
    for rank, t in enumerate(texts, 1):
        if any(k in _key(t) for k in keys):
            return rank
    return None


def unanswerable(questions: list[Question]) -> bool:
    """A set of questions the corpus has no answer to (every `relevant` empty)."""
    return bool(questions) and all(not q.relevant for q in questions)


def no_result_rate(questions: list[Question],
                   ask: Callable[[str, str], list[str]]) -> dict[str, dict[str, float]]:
    """Per preset, the share of the questions answered with no result at all."""
    return {name: {"no result": sum(1 for q in questions if not ask(q.q, name)) / len(questions)}
            for name in PRESETS}


def metrics(ranks: list[int | None]) -> dict[str, float]:
    n = max(len(ranks), 1)
    out = {f"R@{k}": sum(1 for r in ranks if r and r <= k) / n for k in (1, 5, 10)}
    out["MRR@10"] = sum(1 / r for r in ranks if r and r <= 10) / n
    return out


def run_eval(path: Path, index: SearchIndex, embedder: Embedder) -> dict[str, dict[str, float]]:
    return run_questions(load(path), index, embedder)


def evaluate(path: Path, ask: Callable[[str, str], list[str]]) -> dict[str, dict[str, float]]:
    """The metrics per preset; `ask(question, preset)` returns the texts of the top 10."""
    return evaluate_questions(load(path), ask)


def evaluate_questions(questions: list[Question],
                       ask: Callable[[str, str], list[str]]) -> dict[str, dict[str, float]]:
    return {name: metrics([first_relevant(ask(q.q, name), q.relevant) for q in questions])
            for name in PRESETS}


def gold_questions(folder: Path, embedder: Embedder) -> dict[str, dict[str, float]]:
    """The gold files' search questions, asked of an in-memory index of the folder's notices as
    the parser reads them (a refused notice contributes no unit, so its questions miss)."""
    return gold_set(folder, embedder)[1]


def gold_set(folder: Path, embedder: Embedder) -> tuple[int, dict[str, dict[str, float]]]:
    """`gold_questions` with the number of questions asked."""
    golds = [load_gold(p) for p in gold_files(folder)]
    graphs = []
    for g in golds:
        with suppress(IngestError):
            graphs.append(parse_file(folder / g.file))
    index = SearchIndex.build([u for ng in graphs for u in units_from_notice(ng)], embedder)
    questions = [Question(f"{g.file}#{i}", q.q, q.relevant)
                 for g in golds for i, q in enumerate(g.questions, 1)]
    return len(questions), run_questions(questions, index, embedder)


def run_questions(questions: list[Question], index: SearchIndex,
                  embedder: Embedder) -> dict[str, dict[str, float]]:
    texts = {u.id: u.text for u in index.units}
    return evaluate_questions(questions, lambda q, config: [
        texts[h.id] for h in search(index, embedder, q, PRESETS[config], None, 10)])


Table = dict[str, dict[str, float]]


def set_table(path: Path, ask: Callable[[str, str], list[str]],
              folder_ask: Callable[[Path], tuple[int, Table]]) -> tuple[int, Table]:
    """(questions, metrics) of one set: a folder of gold files (asked of its own notices,
    `folder_ask`), unanswerable questions (the no-result rate) or a question set (Recall@k,
    MRR@10) asked through `ask`."""
    if path.is_dir():
        return folder_ask(path)
    questions = load(path)
    if unanswerable(questions):
        return len(questions), no_result_rate(questions, ask)
    return len(questions), evaluate_questions(questions, ask)


def format_sets(tables: dict[str, tuple[int, Table]]) -> str:
    """One table: a row per set and preset (R@1/5/10, MRR@10, or the no-result rate)."""
    cols = ["R@1", "R@5", "R@10", "MRR@10", "no result"]
    lines = ["| set | n | preset | " + " | ".join(cols) + " |", "|---" * (len(cols) + 3) + "|"]
    for name, (n, table) in tables.items():
        lines += [f"| {name} | {n} | {preset} | " + " | ".join(
            f"{m[c]:.3f}" if c in m else "" for c in cols) + " |" for preset, m in table.items()]
    return "\n".join(lines)


def format_table(table: dict[str, dict[str, float]]) -> str:
    cols = ["R@1", "R@5", "R@10", "MRR@10"]
    lines = ["| preset | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    lines += [f"| {name} | " + " | ".join(f"{m[c]:.3f}" for c in cols) + " |"
              for name, m in table.items()]
    return "\n".join(lines)
