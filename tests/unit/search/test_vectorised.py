"""The vectorised query path (postings, masks, top-k) against the per-unit reference semantics."""

from pathlib import Path

import numpy as np
import pytest

from ingest.pipeline import parse_file
from search_api.search.fusion import Filters, keep, mask, top
from search_api.search.index import SearchIndex, units_from_notice
from search_api.search.lexical import BM25, tokens

ROOT = Path(__file__).parents[3]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    units = [u for f in sorted((ROOT / "data" / "samples").glob("*.txt"))
             for u in units_from_notice(parse_file(f))]
    return SearchIndex(units, np.zeros((len(units), 4), dtype=np.float32))


def filters(index: SearchIndex) -> list[Filters]:
    lead = next(u.lead_ids[0] for u in index.units if u.lead_ids)
    support = next(u.support_ids[0] for u in index.units if u.support_ids)
    project = next(u.project_ids[0] for u in index.units if u.project_ids)
    theme = next(u.theme_ids[0] for u in index.units if u.theme_ids)
    periods = sorted({u.period for u in index.units})
    return [Filters(), Filters(agency_ids=[lead]), Filters(agency_ids=[lead], role="lead"),
            Filters(agency_ids=[lead, support], role="support"), Filters(project_ids=[project]),
            Filters(theme_ids=[theme], kind="directive"), Filters(kind="finding"),
            Filters(since=periods[-1]), Filters(until=periods[0], agency_ids=[support])]


def test_mask_is_keep_for_every_unit(index: SearchIndex) -> None:
    for f in filters(index):
        expected = [keep(u, f) for u in index.units]
        assert mask(index, f).tolist() == expected
    assert 0 < sum(mask(index, filters(index)[1])) < len(index)


def test_top_is_a_stable_sort_of_the_positive_scores() -> None:
    rng = np.random.default_rng(1)
    for _ in range(50):
        scores = rng.integers(-2, 5, size=300).astype(np.float32)  # many ties
        scores[rng.integers(0, 300, size=20)] = -np.inf
        depth = int(rng.integers(1, 320))
        order = np.argsort(-scores, kind="stable")[:depth]
        expected = [int(i) for i in order if np.isfinite(scores[i]) and scores[i] > 0]
        assert top(scores, depth).tolist() == expected


def test_bm25_scores_match_the_sparse_column_sum() -> None:
    docs = ["Sở Tài chính thu ngân sách", "giải ngân vốn đầu tư công", "thu ngân sách nhà nước"]
    bm = BM25(docs)
    for q in ("thu ngan sach", "giải ngân", "nhà nước ngân sách", "không có"):
        ids = sorted({bm.vocab[t] for t in tokens(q) if t in bm.vocab})
        expected = np.asarray(bm.matrix[:, ids].sum(axis=1)).ravel() if ids else np.zeros(3)
        assert np.allclose(bm.scores(q), expected, atol=1e-6)
