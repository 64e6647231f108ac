"""The search cache's index merged from per-meeting blocks equals one built from all units."""

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ingest.pipeline import parse_file
from ingest.text import fold, fold_text
from search_api.search.blocks import Block
from search_api.search.cache import SearchCache
from search_api.search.expand import Restorer
from search_api.search.fusion import HYBRID, search
from search_api.search.index import IndexUnit, SearchIndex, unit_terms, units_from_notice
from search_api.search.lexical import BM25, count_terms, merge_terms
from search_api.settings import Settings

ROOT = Path(__file__).parents[3]


@pytest.fixture(scope="module")
def units() -> list[IndexUnit]:
    return [u for f in sorted((ROOT / "data" / "samples").glob("*.txt"))
            for u in units_from_notice(parse_file(f))]


class Embedder:
    name, dim = "hash", 8

    def embed_query(self, text: str) -> np.ndarray:
        v = np.random.default_rng(sum(map(ord, text))).normal(size=self.dim)
        return (v / np.linalg.norm(v)).astype(np.float32)


def test_fold_text_is_fold() -> None:
    for text in ("  Đẩy nhanh\tGPMB ", "a \u0301 b", "Hoà\u00a0thuỷ  \n", "", "İ x", "Ǆ-Đ"):
        assert fold_text(text) == fold(text)


def test_merged_terms_equal_counting_the_reordered_documents() -> None:
    docs = ["Sở Tài chính thu ngân sách", "giải ngân vốn đầu tư công", "thu ngân sách nhà nước",
            "", "bão số 3 bảo đảm an toàn", "vốn vốn vốn"]
    order = np.asarray([4, 0, 5, 2, 3, 1])
    merged = merge_terms([count_terms(docs[:2]), count_terms(docs[2:5]), count_terms(docs[5:])],
                         order)
    whole = count_terms([docs[i] for i in order])
    assert merged.terms == whole.terms
    for a, b in ((merged.indptr, whole.indptr), (merged.cols, whole.cols),
                 (merged.vals, whole.vals)):
        assert a.tolist() == b.tolist()
    assert (BM25(merged).matrix != BM25([docs[i] for i in order]).matrix).nnz == 0


def test_restorer_with_texts_removed_equals_one_built_without_them() -> None:
    a = ["vi phạm nồng độ cồn", "đơn vị đơn vị", "nông nghiệp nông thôn"]
    b = ["nồng độ bụi", "nông nghiệp", "bão số 3"]
    r = Restorer(a + b)
    r.remove(a)
    fresh = Restorer(b)
    assert r.single == fresh.single and r.pair == fresh.pair
    for q in ("nong do", "nong nghiep", "bao so 3", "don vi"):
        assert r.restore(q) == fresh.restore(q)


def test_assembled_index_equals_a_full_build(units: list[IndexUnit]) -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(units), Embedder.dim)).astype(np.float32)
    cache: Any = SearchCache(None, Settings())  # type: ignore[arg-type]  # no store read here
    for m in sorted({u.meeting_id for u in units}, reverse=True):
        rows = [i for i, u in enumerate(units) if u.meeting_id == m][::-1]
        cache._blocks[m] = Block("", [units[i] for i in rows], [], vectors[rows],
                                 unit_terms(units[i] for i in rows))
    merged = cache._assemble()[0]
    order = sorted(range(len(units)), key=lambda i: units[i].id)
    full = SearchIndex([units[i] for i in order], vectors[order])
    assert [u.id for u in merged.units] == [u.id for u in full.units]
    assert merged.lexical.vocab == full.lexical.vocab
    assert (merged.lexical.matrix != full.lexical.matrix).nnz == 0
    assert merged.restorer.single == full.restorer.single
    for q in ("đẩy nhanh giải ngân", "so tai chinh thu ngan sach", "CCHC", "nong thon moi"):
        assert merged.restorer.restore(q) == full.restorer.restore(q)
        assert search(merged, Embedder(), q, HYBRID) == search(full, Embedder(), q, HYBRID)
