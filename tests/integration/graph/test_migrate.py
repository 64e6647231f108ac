"""A store whose units hold the folded paragraph only (written before the full-text index held
headings + paragraph) is upgraded once: every unit gets the folded passage, then the marker
makes the next run a no-op."""

from pathlib import Path

from graph.migrate import FOLDED_KEY, refold_units
from graph.schema import TEXT_PROPERTY
from ingest.pipeline import parse_file
from ingest.text import fold, passage
from tests.integration.graph.notices import embeddings

SAMPLE = sorted((Path(__file__).parents[3] / "data" / "samples").glob("*.txt"))[0]
FOLDED = f"MATCH (u:Directive) RETURN u.id AS id, u.{TEXT_PROPERTY} AS f ORDER BY u.id"


def test_old_store_refolded_once(store: object) -> None:
    ng = parse_file(SAMPLE)
    store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    ordered = sorted(ng.directives, key=lambda d: d.id)
    want = [(d.id, fold(passage(d.text, d.headings))) for d in ordered]
    assert any(d.headings for d in ng.directives)  # else the two versions would not differ
    store.execute(f"MATCH (u:Directive) SET u.{TEXT_PROPERTY} = toLower(u.text)", {})  # type: ignore[attr-defined]
    store.execute("MATCH (g:Meta {key: $key}) DELETE g", {"key": FOLDED_KEY})  # type: ignore[attr-defined]
    units = len(ng.directives) + len(ng.findings) + len(ng.passages)  # every unit label
    assert refold_units(store) == units  # type: ignore[arg-type]
    got = [(r["id"], r["f"]) for r in store.execute(FOLDED, {})]  # type: ignore[attr-defined]
    assert got == want
    assert refold_units(store) == 0  # type: ignore[arg-type]


def test_a_new_store_is_marked_and_never_refolded(store: object) -> None:
    from graph.migrate import mark_new_store

    mark_new_store(store)  # type: ignore[arg-type]  # what opening an empty store does
    ng = parse_file(SAMPLE)
    store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    assert refold_units(store) == 0  # type: ignore[arg-type]


def test_a_store_with_units_is_not_marked_on_open(store: object) -> None:
    from graph.migrate import mark_new_store

    ng = parse_file(SAMPLE)
    store.write_notice(ng, embeddings(ng))  # type: ignore[attr-defined]
    store.execute("MATCH (g:Meta {key: $key}) DELETE g", {"key": FOLDED_KEY})  # type: ignore[attr-defined]
    mark_new_store(store)  # type: ignore[arg-type]  # an older store opened by this version
    assert refold_units(store) == len(ng.directives) + len(ng.findings) + len(ng.passages)  # type: ignore[arg-type]
