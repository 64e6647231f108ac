"""Linking's per-province working set follows the store: what a kept ProvinceUnits returns equals
a fresh read after notices are added, deleted and replaced, and linking with it gives the edges
linking without it gives."""

from pathlib import Path

import numpy as np

from graph.links import linked_sha
from ingest.pipeline import parse_file
from search_api.crossmonth.province_units import ProvinceUnits
from search_api.crossmonth.tasks import relink
from tests.integration.graph.notices import embeddings

SAMPLES = sorted((Path(__file__).parents[3] / "data" / "samples").glob("*.txt"))
PROVINCE = "Cao Bằng"


def same_as_fresh(kept: ProvinceUnits, store: object) -> list[str]:
    meetings = kept.meetings(store, PROVINCE)  # type: ignore[arg-type]
    rows, vecs = kept.units(store, PROVINCE, meetings)  # type: ignore[arg-type]
    fresh_rows, fresh_vecs = ProvinceUnits().units(store, PROVINCE, meetings)  # type: ignore[arg-type]
    strip = [{k: v for k, v in r.items() if k != "grams"} for r in rows]
    assert strip == fresh_rows and np.array_equal(vecs, fresh_vecs)
    assert vecs.shape[0] == len(rows)
    return [str(r["id"]) for r in rows]


def test_kept_units_follow_the_store(store: object) -> None:
    first, second = (parse_file(p) for p in SAMPLES[:2])
    kept = ProvinceUnits()
    store.write_notice(first, embeddings(first))  # type: ignore[attr-defined]
    assert len(same_as_fresh(kept, store)) == len(first.directives)
    store.write_notice(second, embeddings(second))  # type: ignore[attr-defined]
    kept.add(second, embeddings(second))  # kept as written, not read back
    both = same_as_fresh(kept, store)
    assert len(both) == len(first.directives) + len(second.directives)
    store.delete_notice(first.meeting.id)  # type: ignore[attr-defined]
    assert same_as_fresh(kept, store) == sorted(d.id for d in second.directives)
    changed = second.model_copy(deep=True)
    changed.meeting.sha256 = "0" * 64
    changed.directives[0].text = "Giao Sở Xây dựng hoàn thành việc kiểm tra công trình."
    store.write_notice(changed, embeddings(changed))  # type: ignore[attr-defined]
    rows, _ = kept.units(store, PROVINCE, kept.meetings(store, PROVINCE))  # type: ignore[arg-type]
    assert changed.directives[0].text in {r["text"] for r in rows}


def test_linking_with_kept_units_equals_linking_without(store: object) -> None:
    graphs = [parse_file(p) for p in SAMPLES[:2]]
    for ng in graphs:
        store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    kept = ProvinceUnits()
    with_kept = [relink.link_meeting(store, ng.meeting.id, ng.meeting.sha256, kept)  # type: ignore[arg-type]
                 for ng in graphs]
    alone = [relink.link_meeting(store, ng.meeting.id, ng.meeting.sha256)  # type: ignore[arg-type]
             for ng in graphs]
    assert with_kept == alone
    edges = store.execute("MATCH (:Meeting)-[e:NEXT]->(:Meeting) RETURN count(e) AS n", {})  # type: ignore[attr-defined]
    assert edges[0]["n"] == 1
    assert all(linked_sha(store, ng.meeting.id) == ng.meeting.sha256  # type: ignore[arg-type]
               for ng in graphs)
