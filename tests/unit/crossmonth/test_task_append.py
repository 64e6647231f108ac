"""A meeting appended after the province's last one, chained alone (tasks.append), gives what
chaining the whole province again gives (tasks.append.full): links, task ids, done reports,
after every month of generated series; and the fast path refuses when it must."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench.gold import write_series
from bench.tasks import hashed_vector
from ingest.model import NoticeGraph
from ingest.pipeline import parse_file
from search_api.crossmonth.tasks import append

Row = dict[str, Any]
SERIES = [(1, "Cao Bằng", 14), (7, "Cao Bằng", 14), (3, "Lào Cai", 12)]
HAND = Path(__file__).parents[3] / "eval" / "tasks"  # 12 months written by hand, with reports


def _meeting(ng: NoticeGraph, sha: str = "") -> Row:
    m = ng.meeting
    return {"id": m.id, "province": m.province, "period": m.period, "date": str(m.date),
            "sha": sha or m.sha256}


def _units(ng: NoticeGraph) -> tuple[list[Row], np.ndarray]:
    m = ng.meeting
    rows = [{"id": d.id, "text": d.text, "meeting": m.id, "period": m.period,
             "lead": sorted({a.id for a in d.lead}), "projects": sorted({p.id for p in d.projects})}
            for d in sorted(ng.directives, key=lambda d: d.id)]
    vecs = np.asarray([hashed_vector(r["text"]) for r in rows], dtype=np.float32)
    return rows, vecs.reshape(len(rows), -1)


def _findings(ng: NoticeGraph) -> list[Row]:
    m = ng.meeting
    return [{"id": f.id, "text": f.text, "meeting": m.id, "period": m.period, "date": str(m.date),
             "projects": [p.id for p in f.projects]} for f in ng.findings]


def _full(graphs: list[NoticeGraph]) -> append.Snapshot:
    parts = [_units(ng) for ng in graphs]
    units = [r for rows, _ in parts for r in [dict(x) for x in rows]]
    vecs = np.vstack([v for _, v in parts])
    return append.full(units, vecs, [f for ng in graphs for f in _findings(ng)],
                       [_meeting(ng) for ng in graphs])


def _result(snap: append.Snapshot) -> tuple[object, ...]:
    return (sorted(snap.links, key=lambda x: x.later), sorted(snap.task_ids().items()),
            sorted((r.finding, r.directive, r.task) for r in snap.reports))


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> list[list[NoticeGraph]]:
    out = []
    for seed, province, months in SERIES:
        folder = tmp_path_factory.mktemp(f"s{seed}")
        write_series(seed, province, months, folder)
        graphs = [parse_file(p) for p in sorted(Path(folder).glob("*.txt"))]
        out.append(sorted(graphs, key=lambda g: (g.meeting.period, g.meeting.id)))
    out.append(sorted((parse_file(p) for p in HAND.glob("*.txt")), key=lambda g: g.meeting.period))
    return out


def test_appending_month_by_month_equals_the_full_recompute(
        series: list[list[NoticeGraph]]) -> None:
    taken, reports = 0, 0
    for graphs in series:
        snap = _full(graphs[:1])
        for n, ng in enumerate(graphs[1:], start=2):
            meetings = [_meeting(g) for g in graphs[:n]]
            assert append.appendable(snap, meetings, ng.meeting.id)
            rows, vecs = _units(ng)
            if not append.append(snap, rows, vecs, _meeting(ng)):
                snap = _full(graphs[:n])
                continue
            append.add_findings(snap, _findings(ng))
            taken += 1
            assert _result(snap) == _result(_full(graphs[:n])), (ng.meeting.id, n)
        print("SERIES", len(graphs), len(snap.links), len(snap.reports), taken)
        assert len(snap.links) > 10
        reports += len(snap.reports)
    assert reports >= 3
    assert taken >= sum(len(g) - 1 for g in series) // 2


def test_an_older_or_replaced_meeting_is_not_appended(series: list[list[NoticeGraph]]) -> None:
    graphs = series[0]
    snap = _full(graphs[1:4])
    older = [_meeting(g) for g in graphs[:4]]
    assert not append.appendable(snap, older, graphs[0].meeting.id)  # before the others
    replaced = [_meeting(g) for g in graphs[1:3]] + [_meeting(graphs[3], "f" * 64)]
    assert not append.appendable(snap, replaced, graphs[3].meeting.id)
    assert append.unchanged(snap, [_meeting(g) for g in graphs[1:4]])
    assert append.appendable(snap, [_meeting(g) for g in graphs[1:5]], graphs[4].meeting.id)


def _appendable_month(graphs: list[NoticeGraph]) -> int:
    """The first month whose own boilerplate reaches no older unit."""
    for k in range(2, len(graphs)):
        snap = _full(graphs[:k])
        if not (append.boilerplate(_units(graphs[k])[0]) - snap.tasks.boiler) & snap.seen:
            return k
    raise AssertionError("no month appends")


def test_new_boilerplate_that_an_older_unit_has_refuses_the_fast_path(
        series: list[list[NoticeGraph]]) -> None:
    graphs = series[0]
    k = _appendable_month(graphs)
    snap = _full(graphs[:k])
    rows, vecs = _units(graphs[k])
    old = next(r for r in snap.units if append.boiler_clauses(r) - snap.tasks.boiler)
    clause = " ".join(sorted(append.boiler_clauses(old) - snap.tasks.boiler)[0])
    twice = [dict(r, text=f"{r['text']}; {clause}.") for r in rows[:2]] + rows[2:]
    assert clause and not append.append(snap, twice, vecs, _meeting(graphs[k]))
    assert _result(snap) == _result(_full(graphs[:k]))  # refused: the snapshot is untouched
    fresh = "ghi nhận các ý kiến phản biện độc lập của hội đồng khoa học lâm nghiệp"
    novel = [dict(r, text=f"{r['text']}; {fresh}.") for r in rows[:2]] + rows[2:]
    assert append.append(snap, novel, vecs, _meeting(graphs[k]))
    assert append.boilerplate(novel) - append.boilerplate(rows)  # it did add boilerplate


def test_appended_vectors_grow_one_buffer(series: list[list[NoticeGraph]]) -> None:
    """The vectors appended land in a buffer that doubles (not a copy of the matrix per
    append), and read as the rows of every meeting in order."""
    graphs = series[0]
    snap, buffers = _full(graphs[:1]), []
    for n, ng in enumerate(graphs[1:], start=2):
        rows, vecs = _units(ng)
        if not append.append(snap, rows, vecs, _meeting(ng)):
            snap = _full(graphs[:n])
            continue
        assert snap.vecs.base is snap.buffer
        buffers.append(snap.buffer)
        assert np.array_equal(snap.vecs, np.vstack([_units(g)[1] for g in graphs[:n]]))
    assert len({id(b) for b in buffers}) < len(buffers) // 2  # doubling: few reallocations
