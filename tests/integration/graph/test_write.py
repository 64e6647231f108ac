"""Writes on the real engine: idempotence, atomic replace, delete, constraint errors."""

from __future__ import annotations

from typing import Any

import pytest

from graph.errors import StoreError
from graph.links import write_repeats
from graph.read.entities import get_directive
from tests.integration.graph.notices import embeddings, notice


def _count(store: Any, label: str) -> int:
    return int(store.execute(f"MATCH (n:{label}) RETURN count(n) AS n", {})[0]["n"])


def test_write_then_rewrite_is_unchanged(store: Any) -> None:
    ng = notice()
    first = store.write_notice(ng, embeddings(ng))
    gen = store.generation()
    second = store.write_notice(ng, embeddings(ng))
    assert (first.status, second.status) == ("created", "unchanged")
    assert store.generation() == gen
    assert store.notice_sha(ng.meeting.id) == ng.meeting.sha256
    assert _count(store, "Directive") == 3


def test_changed_notice_replaces_its_subgraph(store: Any) -> None:
    old = notice(sha="a" * 64, n_directives=4)
    store.write_notice(old, embeddings(old))
    gen = store.generation()
    new = notice(sha="b" * 64, n_directives=2)
    result = store.write_notice(new, embeddings(new))
    assert result.status == "replaced"
    assert store.generation() == gen + 1
    assert _count(store, "Directive") == 2
    assert _count(store, "Indicator") == 1
    assert _count(store, "Agency") == 3  # shared nodes kept, not duplicated
    assert store.notice_sha(new.meeting.id) == "b" * 64
    assert get_directive(store, old.directives[3].id) is None


def test_failing_replace_leaves_the_old_state(store: Any) -> None:
    other = notice(period="2025-05")
    store.write_notice(other, {})
    old = notice(sha="a" * 64)
    store.write_notice(old, embeddings(old))
    bad = notice(sha="b" * 64)
    bad.directives[1].id = other.directives[0].id  # collides with another meeting's directive
    with pytest.raises(StoreError) as info:
        store.write_notice(bad, {})
    assert "failed" in str(info.value) and "\n" not in str(info.value)
    assert store.notice_sha(old.meeting.id) == "a" * 64
    assert _count(store, "Directive") == 6
    assert get_directive(store, old.directives[2].id) is not None


def test_delete_removes_only_that_notice(store: Any) -> None:
    june, july = notice("2025-06"), notice("2025-07", sha="c" * 64)
    store.write_notice(june, {})
    store.write_notice(july, {})
    write_repeats(store, [(july.directives[0].id, june.directives[0].id, 0.9)])
    assert store.delete_notice(july.meeting.id) is True
    assert store.delete_notice(july.meeting.id) is False
    stats = store.stats()
    assert (stats["meetings"], stats["directives"], stats["findings"]) == (1, 3, 1)
    assert stats["edges"]["REPEATS"] == 0
    assert (stats["agencies"], stats["projects"], stats["themes"]) == (3, 1, 1)
    assert store.notice_sha(june.meeting.id) == june.meeting.sha256


def test_constraint_violation_is_a_clear_store_error(store: Any) -> None:
    store.execute("CREATE (:Agency {id: $id, name: 'x'})", {"id": "dup"})
    with pytest.raises(StoreError, match="query failed"):
        store.execute("CREATE (:Agency {id: $id, name: 'y'})", {"id": "dup"})
    assert _count(store, "Agency") == 1


def test_mixed_embedding_dimensions_are_refused(store: Any) -> None:
    ng = notice()
    emb = embeddings(ng)
    emb[ng.directives[0].id] = [0.1, 0.2]
    with pytest.raises(StoreError, match="mixed dimensions"):
        store.write_notice(ng, emb)
    assert store.notice_sha(ng.meeting.id) is None


def test_explicit_transaction_rolls_back_on_error(store: Any) -> None:
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.run("CREATE (:Theme {id: $id, name: $id})", {"id": "tmp"})
        raise RuntimeError("boom")
    assert _count(store, "Theme") == 0


def test_a_notice_larger_than_one_bolt_message_is_written_in_batches(store: Any) -> None:
    """~18 MiB of unit rows (one message over ArcadeDB's 16 MiB limit hung the write while it
    held the writer locks): the rows go in batches inside the one transaction."""
    ng = notice(n_directives=1500)
    long = "Rà soát, hoàn thiện hồ sơ giải phóng mặt bằng dự án; " * 230  # ~12 k characters
    ng.directives = [d.model_copy(update={"text": f"{i} {long}"})
                     for i, d in enumerate(ng.directives)]
    assert sum(len(d.text) for d in ng.directives) > 16 * 1024 * 1024
    assert store.write_notice(ng, embeddings(ng)).status == "created"
    assert _count(store, "Directive") == 1500


def test_batches_keep_order_and_stay_under_the_limit() -> None:
    from graph.write import _size, batches

    rows = [{"id": str(i), "text": "x" * (i * 10)} for i in range(200)]
    out = batches(rows, limit=5_000)
    assert [r for b in out for r in b] == rows
    assert all(sum(_size(r) for r in b) <= 5_000 or len(b) == 1 for b in out)
    assert batches([], limit=10) == [] and len(batches(rows[-1:], limit=10)) == 1
