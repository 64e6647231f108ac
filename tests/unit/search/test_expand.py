"""Abbreviation expansion, diacritic restoration for bare queries, tie-aware channel ranks."""

import numpy as np

from search_api.search.expand import Restorer, abbreviations, expand, is_bare
from search_api.search.fusion import ranked, top
from search_api.search.lexical import BM25
from search_api.search.periods import time_filter


def test_expand_appends_long_forms_once() -> None:
    out = expand("đẩy nhanh GPMB và gpmb; Sở NN&MT")
    assert out.startswith("đẩy nhanh GPMB và gpmb; Sở NN&MT (")
    assert out.count("giải phóng mặt bằng") == 1 and "nông nghiệp và môi trường" in out
    assert expand("không có từ viết tắt") == "không có từ viết tắt"


def test_gazetteer_agency_abbreviations_are_known() -> None:
    table = abbreviations()
    assert table["kh&dt"] == "Sở Kế hoạch và Đầu tư"  # only in the gazetteer, not the list
    assert table["ubnd"] == "Ủy ban nhân dân"


def test_abbreviation_finds_the_long_form_both_ways() -> None:
    docs = ["Chỉ số CCHC tỉnh năm 2025", "đẩy nhanh giải phóng mặt bằng", "trồng rừng thay thế"]
    bm = BM25([expand(d) for d in docs])
    assert int(np.argmax(bm.scores(expand("cải cách hành chính")))) == 0
    assert int(np.argmax(bm.scores(expand("vướng GPMB")))) == 1


def test_restorer_uses_neighbours_then_counts() -> None:
    r = Restorer(["vi phạm nồng độ cồn", "đơn vị đơn vị đơn vị", "nông nghiệp nông thôn"])
    assert r.restore("xu ly vi pham nong do con") == "xu ly vi phạm nồng độ cồn"
    assert r.restore("nong thon") == "nông thôn"
    assert is_bare("nong do con") and not is_bare("nồng độ cồn")


def test_equal_scores_share_a_rank() -> None:
    scores = np.asarray([2.0, 0.0, 2.0, 1.0, 2.0], dtype=np.float32)
    assert ranked(scores, top(scores, 10)) == [(0, 1), (2, 1), (4, 1), (3, 4)]


def test_a_bare_year_is_no_filter_unless_asked() -> None:
    assert time_filter("chỉ số CCHC năm 2025", years=False) == (None, None)
    assert time_filter("chỉ số CCHC năm 2025") == ("2025-01", "2025-12")
    assert time_filter("tháng 1/2026 năm 2025", years=False) == ("2026-01", "2026-01")
