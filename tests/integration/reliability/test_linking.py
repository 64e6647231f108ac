"""REPEATS/NEXT linking runs after the notice's write transaction; a crash in between is healed
by ingesting the same (unchanged) file again."""

from __future__ import annotations

import pytest

from graph.links import linked_sha
from search_api.service import Chidao
from tests.integration.reliability.conftest import SAMPLES


class Crash(Exception):
    pass


def _die(*_args: object) -> int:
    raise Crash("killed between the notice write and its linking")


def _repeats(svc: Chidao) -> int:
    return int(svc.stats()["edges"]["REPEATS"])


def test_notice_stored_without_links_is_relinked(svc: Chidao,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = SAMPLES
    svc.ingest_path(first)
    with monkeypatch.context() as m:
        m.setattr("search_api.service.link_meeting", _die)
        with pytest.raises(Crash):
            svc.ingest_path(second)
    stored = svc.ingest_path(second)  # the notice is there, its links are not
    assert _repeats(svc) == stored.repeats > 0
    assert stored.status == "unchanged"
    assert svc.stats()["edges"]["NEXT"] == 1
    assert linked_sha(svc.store, stored.meeting_id) is not None
    again = svc.ingest_path(second)
    assert (again.status, again.repeats, _repeats(svc)) == ("unchanged", 0, stored.repeats)


def test_replaced_or_deleted_notice_loses_its_link_marker(svc: Chidao) -> None:
    report = svc.ingest_path(SAMPLES[0])
    assert linked_sha(svc.store, report.meeting_id) is not None
    svc.delete(report.meeting_id)
    assert linked_sha(svc.store, report.meeting_id) is None



SERIES = sorted((SAMPLES[0].parents[2] / "eval" / "tasks").glob("lai-chau-2024-0*.txt"))[:4]
NEXT_EDGES = "MATCH (a:Meeting)-[e:NEXT]->(b:Meeting) RETURN a.id AS a, b.id AS b, e.probe AS probe"


def test_linking_a_notice_rewrites_only_the_next_edges_it_changes(svc: Chidao) -> None:
    """A notice between two stored meetings of its province replaces the NEXT edge it splits;
    the province's other NEXT edges stay the edges they were (marked here: not dropped and
    merged again by every ingest), and the chain is its meetings in period order."""
    one, _, three, four = (svc.ingest_path(f).meeting_id for f in SERIES)
    svc.delete(svc.ingest_path(SERIES[1]).meeting_id)  # 1 -> 3 -> 4
    svc.store.execute("MATCH (:Meeting {id: $a})-[e:NEXT]->(:Meeting {id: $b}) SET e.probe = 1",
                      {"a": three, "b": four})
    two = svc.ingest_path(SERIES[1]).meeting_id
    rows = svc.store.execute(NEXT_EDGES, {})
    assert {(r["a"], r["b"]) for r in rows} == {(one, two), (two, three), (three, four)}
    assert {(r["a"], r["b"]) for r in rows if r["probe"] == 1} == {(three, four)}
