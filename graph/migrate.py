"""Upgrades of stores written by earlier chidao versions: each runs once per store (a Meta
marker), is idempotent, and changes only derived properties."""

from __future__ import annotations

from graph.contract import Store
from graph.schema import TEXT_PROPERTY, UNIT_LABELS
from ingest.text import fold, passage

FOLDED_KEY = "folded-passages"
FOLDED_VERSION = 2  # units' full-text property = fold(passage(text, headings)); 1 = fold(text)
PAGE = 1000


def refold_units(store: Store) -> int:
    """Give every unit the folded passage (headings + paragraph) that the full-text index of the
    store search backend expects. Returns the units rewritten: 0 once the store is marked done,
    at the cost of one query."""
    rows = store.execute("MATCH (g:Meta {key: $key}) RETURN g.value AS v", {"key": FOLDED_KEY})
    if rows and rows[0]["v"] == FOLDED_VERSION:
        return 0
    done = sum(_refold(store, label) for label in UNIT_LABELS)
    store.execute("MERGE (g:Meta {key: $key}) SET g.value = $v",
                  {"key": FOLDED_KEY, "v": FOLDED_VERSION})
    return done


def mark_new_store(store: Store) -> None:
    """A store without units is written by this version only: mark every upgrade as done, so
    the first store-backed search does not rewrite what the writer just wrote (556 k units at
    10 k notices)."""
    if not store.execute("MATCH (u:Directive) RETURN u.id AS id LIMIT 1", {}) and \
            not store.execute("MATCH (u:Finding) RETURN u.id AS id LIMIT 1", {}):
        store.execute("MERGE (g:Meta {key: $key}) SET g.value = $v",
                      {"key": FOLDED_KEY, "v": FOLDED_VERSION})


def _refold(store: Store, label: str) -> int:
    """`label` comes from UNIT_LABELS (an allow-list); values are parameters."""
    rows = store.execute(f"MATCH (u:{label}) RETURN u.id AS id, u.text AS text, "
                         "u.headings AS headings", {})
    changes = [{"id": r["id"], "folded": fold(passage(r["text"] or "", list(r["headings"] or [])))}
               for r in rows]
    for lo in range(0, len(changes), PAGE):
        store.execute(f"UNWIND $rows AS r MATCH (u:{label} {{id: r.id}}) "
                      f"SET u.{TEXT_PROPERTY} = r.folded", {"rows": changes[lo:lo + PAGE]})
    return len(changes)
