"""Discovered themes: clustering, c-TF-IDF labels, filters, order independence (no store)."""

import random

import numpy as np

from search_api.crossmonth.discover import (
    average_linkage,
    ctfidf,
    discover,
    grow,
    leaves,
    phrases,
    taxonomy_cover,
    topic_phrases,
)

ELECTRIC = [
    "Khảo sát các thôn, xóm chưa có điện lưới quốc gia, đề xuất phương án cấp điện.",
    "Đẩy nhanh dự án cấp điện lưới quốc gia cho các thôn, xóm chưa có điện.",
    "Tiếp tục thực hiện dự án cấp điện lưới quốc gia cho các thôn, xóm chưa có điện.",
]
ONE_OFFS = [
    "Chỉnh lý, số hóa hồ sơ lưu trữ lịch sử của các cơ quan đã giải thể.",
    "Tham mưu đặt tên đường, phố và công trình công cộng.",
    "Quản lý chó nuôi, bắt buộc tiêm phòng dại và đeo rọ mõm.",
    "Kiểm tra việc niêm yết giá thuốc tại các nhà thuốc tư nhân.",
]


def _vec(axis: int, noise: int, dim: int = 16) -> list[float]:
    v = np.zeros(dim)
    v[axis] = 1.0
    v[(axis + 1 + noise) % dim] += 0.15  # near the axis, not identical
    return list(v / np.linalg.norm(v))


def _unit(ident: str, meeting: str, text: str, vec: list[float],
          themes: list[str] | None = None) -> dict[str, object]:
    return {"id": ident, "meeting": meeting, "period": meeting[-7:], "text": text,
            "embedding": vec, "themes": themes or [], "province": None}


def _corpus(electric_themes: list[str] | None = None) -> list[dict[str, object]]:
    meetings = ["m-2024-11", "m-2025-03", "m-2025-06"]
    units = [_unit(f"e{i}", meetings[i], t, _vec(0, i), electric_themes)
             for i, t in enumerate(ELECTRIC)]
    units += [_unit(f"o{i}", meetings[i % 3], t, _vec(3 + 3 * i, 0))
              for i, t in enumerate(ONE_OFFS)]
    return units


def test_average_linkage_merges_near_rows_only() -> None:
    vecs = np.asarray([_vec(0, 0), _vec(0, 1), _vec(5, 0), _vec(0, 2)], dtype=np.float32)
    trees = average_linkage(vecs, 0.9)
    assert [leaves(t) for t in trees] == [[0, 1, 3]]


def _naive_linkage(vecs: np.ndarray, threshold: float) -> list[object]:
    """Reference: the full-matrix argmax at every step."""
    sims = vecs.astype(np.float64) @ vecs.astype(np.float64).T
    sims = (sims + sims.T) / 2
    np.fill_diagonal(sims, -np.inf)
    size, trees = np.ones(len(vecs)), list(range(len(vecs)))
    while True:
        i, j = divmod(int(np.argmax(sims)), len(vecs))
        if sims[i, j] < threshold:
            return [t for t in trees if isinstance(t, tuple)]
        merged = (size[i] * sims[i] + size[j] * sims[j]) / (size[i] + size[j])
        sims[i, :], sims[:, i] = merged, merged
        sims[j, :], sims[:, j] = -np.inf, -np.inf
        sims[i, i] = -np.inf
        size[i] += size[j]
        trees[i], trees[j] = (trees[i], trees[j]), None  # type: ignore[call-overload]


def test_average_linkage_equals_the_full_matrix_argmax() -> None:
    rng = np.random.default_rng(3)
    base = rng.normal(size=(4, 32))
    vecs = base[rng.integers(0, 4, 120)] + 0.6 * rng.normal(size=(120, 32))
    vecs = (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)
    for threshold in (0.5, 0.7, 0.85):
        assert average_linkage(vecs, threshold) == _naive_linkage(vecs, threshold)


def test_phrases_fold_keep_surface_and_skip_stop_words() -> None:
    got = phrases("Tiếp tục cấp điện lưới quốc gia cho 12 thôn")
    assert got["dien luoi quoc"] == "điện lưới quốc"
    assert not any("tiep" in k or "12" in k or "cho" in k.split() for k in got)


def test_topic_phrases_cut_agency_names_and_province() -> None:
    text = ("Sở Công Thương phối hợp với Công ty Điện lực Bắc Kạn cấp điện cho thôn Nà Phặc, "
            "Bắc Kạn.")
    got = topic_phrases(text, "Bắc Kạn")
    assert "cap dien" in got
    assert not any(w in k.split() for k in got for w in ("cong", "thuong", "luc", "kan"))


def test_ctfidf_prefers_what_is_specific_to_a_class() -> None:
    cls = [phrases(t + " Báo cáo tình hình thực hiện.") for t in ELECTRIC]
    rest = [phrases(t + " Báo cáo tình hình thực hiện.") for t in ONE_OFFS]
    weights = ctfidf([cls, rest])[0]
    assert weights["luoi quoc gia"] > weights["tinh hinh"]
    assert "tham muu dat" not in weights  # a phrase of one document only does not score


def test_grow_joins_overlapping_trigrams() -> None:
    docs = [phrases(t) for t in ELECTRIC]
    assert grow("dien luoi quoc", docs) == ("dien luoi quoc gia", "điện lưới quốc gia")


def test_taxonomy_cover() -> None:
    units = [{"themes": ["a", "b"]}, {"themes": ["a"]}, {"themes": []}, {"themes": None}]
    assert taxonomy_cover(units) == ("a", 0.5)
    assert taxonomy_cover([{"themes": []}]) == (None, 0.0)


def test_recurring_untagged_task_is_found_and_labelled() -> None:
    themes = discover(_corpus())["themes"]
    assert len(themes) == 1
    theme = themes[0]
    assert sorted(m["id"] for m in theme["members"]) == ["e0", "e1", "e2"]
    assert theme["meetings"] == 3 and theme["first_seen"] == "2024-11"
    assert "điện lưới quốc gia" in theme["label"]
    assert theme["taxonomy"] == {"theme": None, "share": 0.0}


def test_taxonomy_theme_and_single_meeting_clusters_are_dropped() -> None:
    assert discover(_corpus(["nang-luong"]))["themes"] == []
    same_meeting = [{**u, "meeting": "m-2025-03"} for u in _corpus()]
    assert discover(same_meeting)["themes"] == []
    assert discover(_corpus(), min_directives=4)["themes"] == []


def test_discovery_does_not_depend_on_order() -> None:
    units = _corpus()
    shuffled = list(units)
    random.Random(7).shuffle(shuffled)
    assert discover(shuffled) == discover(units)
    assert discover([]) == {"themes": [], "params": discover(units)["params"]}
