"""Engine differences that chidao smooths over, pinned on both engines (docs/graph.md lists them).
Each test states what the deployment promises whatever the engine underneath."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from graph.errors import StoreError
from graph.schema import UNIT_LABELS
from tests.integration.graph.notices import embeddings, notice


def test_vectors_of_another_size_than_the_index_are_refused(store: Any) -> None:
    """A model change (8 -> 4 dims here) must not leave new units out of the vector index
    silently (Neo4j skips such vectors): the write fails whole, the store keeps its state."""
    first = notice("2025-06")
    store.write_notice(first, embeddings(first))
    later = notice("2025-07", sha="b" * 64)
    with pytest.raises(StoreError):
        store.write_notice(later, embeddings(later, dims=4))
    assert store.notice_sha(later.meeting.id) is None
    assert store.notice_sha(first.meeting.id) == first.meeting.sha256


def test_the_vector_index_answers_with_the_cosine(store: Any) -> None:
    """Both engines' vector scores come back, through engine.cosine, as the cosine itself (Neo4j
    gives (1 + cos) / 2, and so does ArcadeDB's LSM vector index, measured in session 10): an
    exact match scores 1, a vector at cos 0.6 scores 0.6."""
    ng = notice()
    emb = {u.id: [0.6, 0.8, 0, 0, 0, 0, 0, 0] for u in ng.directives[1:]}
    emb[ng.directives[0].id] = [1.0, 0, 0, 0, 0, 0, 0, 0]
    emb |= {f.id: [0, 1.0, 0, 0, 0, 0, 0, 0] for f in ng.findings}
    store.write_notice(ng, emb)
    params = {"index": store.engine.vector_index(UNIT_LABELS[0]), "v": emb[ng.directives[0].id]}
    rows = store.execute("CALL db.index.vector.queryNodes($index, 10, $v) YIELD node, score "
                         "RETURN node.id AS id, score", params)
    assert {r["id"] for r in rows} == {d.id for d in ng.directives}
    assert len(ng.directives) > 1
    assert sorted((store.engine.cosine(r["score"]) for r in rows), reverse=True) == \
        pytest.approx([1.0] + [0.6] * (len(rows) - 1), abs=1e-3)


def test_one_writer_at_a_time(store: Any) -> None:
    """`store.writer()` (around a notice's check-write-link) admits one holder at a time on
    both engines, as for two processes: the embedded store by a file lock, Neo4j by a lock held
    in the store (without it two processes writing one notice both found it absent)."""
    events: list[str] = []
    entered = threading.Event()

    def first() -> None:
        with store.writer():
            events.append("first in")
            entered.set()
            time.sleep(1.0)
            events.append("first out")

    holder = threading.Thread(target=first)
    holder.start()
    assert entered.wait(60)
    with store.writer():
        events.append("second in")
    holder.join(60)
    assert events == ["first in", "first out", "second in"]
