"""Notices linked one at a time with a kept ProvinceUnits (the append fast path where it
applies) leave the store as linking the whole province again leaves it: the same REPEATS edges,
task ids and done reports after every notice; an older month inserted takes the full path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench.tasks import hashed_vectors
from graph.read import tasks as task_reads
from graph.read.units import plain
from ingest.pipeline import parse_file
from search_api.crossmonth.province_units import ProvinceUnits
from search_api.crossmonth.tasks import append, relink

HAND = sorted((Path(__file__).parents[3] / "eval" / "tasks").glob("*.txt"))[:7]
PROVINCE = "Lai Châu"


def _vectors(ng: Any) -> dict[str, list[float]]:
    """bench.tasks' hashed vectors folded to the 8 dimensions of the other graph tests (a
    session's Neo4j vector index has one size)."""
    out = {}
    for k, v in hashed_vectors(ng).items():
        folded = np.asarray(v, dtype=np.float32).reshape(-1, 8).sum(axis=0)
        out[k] = (folded / np.linalg.norm(folded)).tolist()
    return out


def _state(store: Any) -> list[tuple[object, ...]]:
    """The province's task links and its NEXT chain (as the full relink writes it)."""
    ids = [m["id"] for m in ProvinceUnits().meetings(store, PROVINCE)]
    rows = [plain(r) for r in task_reads.province_tasks(store, ids)]
    chain = store.execute("MATCH (a:Meeting)-[:NEXT]->(b:Meeting) WHERE a.id IN $ids "
                          "RETURN a.id AS a, b.id AS b", {"ids": ids})
    return sorted((r["id"], r["task"], r["report"], str(r["report_date"]), sorted(r["earlier"]))
                  for r in rows) + [("NEXT", r["a"], r["b"]) for r in
                                    sorted(chain, key=lambda r: (r["a"], r["b"]))]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    full: list[str] = []
    real = append.full

    def counted(*args: Any) -> append.Snapshot:
        full.append("full")
        return real(*args)

    monkeypatch.setattr(append, "full", counted)
    return full


def test_linking_notice_by_notice_equals_relinking_the_province(
        store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    full, kept = _counting(monkeypatch), ProvinceUnits()
    for n, ng in enumerate(parse_file(p) for p in HAND):
        store.write_notice(ng, _vectors(ng))
        relink.link_meeting(store, ng.meeting.id, ng.meeting.sha256, kept)
        fast = _state(store)
        relink.relink_province(store, PROVINCE)  # a fresh working set: the full recompute
        assert fast == _state(store), n
    assert len(full) < 2 * len(HAND) - 2  # some links took the fast path (one full each check)
    assert any(r[2] for r in fast) and any(r[4] for r in fast)


def test_an_older_month_inserted_takes_the_full_path(
        store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    graphs, kept = [parse_file(p) for p in HAND[:4]], ProvinceUnits()
    full = _counting(monkeypatch)
    for ng in graphs[1:]:
        store.write_notice(ng, _vectors(ng))
        relink.link_meeting(store, ng.meeting.id, ng.meeting.sha256, kept)
    assert len(full) == 1  # the first link of this process: the others append
    store.write_notice(graphs[0], _vectors(graphs[0]))
    relink.link_meeting(store, graphs[0].meeting.id, graphs[0].meeting.sha256, kept)
    assert len(full) == 2
    fast = _state(store)
    relink.relink_province(store, PROVINCE)
    assert fast == _state(store)


def test_a_notice_written_again_under_kept_chains_is_linked_again(store: Any) -> None:
    """The store emptied behind the process (or the notice deleted by another one) and the same
    notices written again: the kept chains, stamped with the same meetings, do not stand for it."""
    graphs, kept = [parse_file(HAND[0])], ProvinceUnits()  # the kept chains: this one meeting

    def ingest() -> list[tuple[object, ...]]:
        for ng in graphs:
            vectors = _vectors(ng)
            store.write_notice(ng, vectors)
            kept.add(ng, vectors)
            relink.link_meeting(store, ng.meeting.id, ng.meeting.sha256, kept)
        return _state(store)

    first = ingest()
    store.execute("MATCH (n) DETACH DELETE n", {})
    assert ingest() == first and all(r[1] for r in first)
