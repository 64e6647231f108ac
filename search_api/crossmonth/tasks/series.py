"""A folder of notices of one province, parsed and embedded in memory, linked two ways: the
pairwise REPEATS rule with connected components (`linking.candidate_links`, the rule before
tasks) and task chains (`chain.chain`); each scored against the folder's `links.gold.json`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ingest.model import NoticeGraph
from ingest.pipeline import parse_file
from search_api.crossmonth import linking
from search_api.crossmonth import threads as threads_mod
from search_api.crossmonth.tasks import chain, gold, reports, score
from search_api.search import index
from search_api.search.embed import Embedder

Row = dict[str, Any]
SUFFIXES = {".txt", ".md", ".docx", ".pdf", ".html"}


@dataclass
class Series:
    notices: dict[str, NoticeGraph]  # by period
    units: list[Row]
    vecs: np.ndarray


def load_series(folder: Path, embedder: Embedder, names: list[str] | None = None) -> Series:
    """The notices `names` of the folder (default: every notice file but README.md)."""
    files = ([folder / n for n in names] if names else sorted(
        f for f in folder.iterdir()
        if f.suffix.lower() in SUFFIXES and f.stem.lower() != "readme"))
    notices = {ng.meeting.period: ng for ng in (parse_file(f) for f in files)}
    units = [_unit(ng, d) for ng in notices.values() for d in ng.directives]
    passages = [index.unit_passage(u) for ng in notices.values()
                for u in index.units_from_notice(ng) if u.kind == "directive"]
    return Series(notices, units, embedder.embed_passages(passages))


def _unit(ng: NoticeGraph, d: Any) -> Row:
    return {"id": d.id, "text": d.text, "meeting": ng.meeting.id, "period": ng.meeting.period,
            "lead": sorted({a.id for a in d.lead}), "projects": sorted({p.id for p in d.projects})}


def pairwise_components(s: Series) -> tuple[list[tuple[str, str]], list[list[str]]]:
    """The rule before tasks: every pair decided alone, threads = connected components."""
    links: set[tuple[str, str]] = set()
    for m in sorted({u["meeting"] for u in s.units}):
        links |= {(a, b) for a, b, _ in linking.candidate_links(s.units, m, s.vecs)}
    groups: dict[str, list[str]] = defaultdict(list)
    for node, root in threads_mod.components(sorted(links)).items():
        groups[root].append(node)
    return sorted(links), list(groups.values())


def task_chains(s: Series) -> tuple[list[tuple[str, str]], list[list[str]]]:
    links, task_of = chain.chain(s.units, s.vecs)
    groups: dict[str, list[str]] = defaultdict(list)
    for node, task in task_of.items():
        groups[task].append(node)
    return [(x.later, x.earlier) for x in links], list(groups.values())


def done_reports(s: Series) -> list[reports.Report]:
    _, task_of = chain.chain(s.units, s.vecs)
    findings = [{"id": f.id, "text": f.text, "meeting": ng.meeting.id, "period": ng.meeting.period,
                 "projects": sorted({p.id for p in f.projects})}
                for ng in s.notices.values() for f in ng.findings]
    return reports.find_reports(findings, s.units, task_of)


def evaluate(folder: Path, embedder: Embedder) -> dict[str, Any]:
    data = gold.load(folder / "links.gold.json")
    s = load_series(folder, embedder, data.get("notices"))
    g = gold.resolve(data, s.notices)
    found = done_reports(s)
    return {"gold": g, "series": s,
            "pairwise": score.score(g, *pairwise_components(s)),
            "chains": score.score(g, *task_chains(s)),
            "reports": score.score_reports(g, [(r.finding, r.directive) for r in found])}
