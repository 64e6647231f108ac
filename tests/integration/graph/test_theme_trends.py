"""Theme trends on the real engine: the per-theme query equals counting each (theme, meeting,
unit) triple, and it runs again only after a notice changes
(search_api/crossmonth/answer_cache.py)."""

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from graph.read import crossmonth as crossmonth_reads
from ingest.pipeline import parse_file
from search_api.crossmonth import trends as trends_mod
from tests.integration.graph.notices import embeddings

SAMPLES = sorted((Path(__file__).parents[3] / "data" / "samples").glob("*.txt"))
TRIPLES = ("MATCH (m:Meeting)-[:ISSUED]->(u)-[:ABOUT]->(t:Theme) "
           "RETURN t.id AS t, m.period AS period, m.id AS m, u.id AS u")


def _write_samples(store: Any) -> list[Any]:
    graphs = [parse_file(p) for p in SAMPLES]
    for ng in graphs:
        store.write_notice(ng, embeddings(ng))
    return graphs


def test_theme_trends_count_every_theme_meeting_unit(store: Any) -> None:
    _write_samples(store)
    rows = store.execute(TRIPLES, {})
    assert rows
    got = {t["id"]: t for t in trends_mod.theme_trends(store)}
    for theme in {r["t"] for r in rows}:
        mine = [r for r in rows if r["t"] == theme]
        assert got[theme]["by_period"] == dict(Counter(r["period"] for r in mine))
        assert got[theme]["meetings"] == len({r["m"] for r in mine})
        assert got[theme]["units"] == len(mine)
    assert all(t["units"] == 0 for i, t in got.items() if i not in {r["t"] for r in rows})


def test_theme_trends_recomputed_only_when_a_notice_changes(
        store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import OrderedDict

    from search_api.crossmonth import answer_cache

    # The cache is keyed by the stored notice versions, rightly shared by stores holding the same
    # notices: start empty, so the other engine's run of this test cannot answer for this one.
    monkeypatch.setattr(answer_cache, "_CACHE", OrderedDict())
    graphs = _write_samples(store)
    runs: list[str] = []
    real = store.execute

    def counting(query: str, params: Any = None) -> Any:
        if query == crossmonth_reads.THEME_TRENDS:
            runs.append(query)
        return real(query, params)

    monkeypatch.setattr(store, "execute", counting)
    first = trends_mod.theme_trends(store)
    first.clear()  # a caller mutating its answer does not touch the cache
    assert trends_mod.theme_trends(store) and len(runs) <= 1
    seen = len(runs)
    store.delete_notice(graphs[0].meeting.id)
    after = trends_mod.theme_trends(store)
    assert len(runs) == seen + 1
    assert sum(t["units"] for t in after) == len(store.execute(TRIPLES, {}))
    assert trends_mod.theme_trends(store) == after and len(runs) == seen + 1
