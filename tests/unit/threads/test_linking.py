from datetime import date

import numpy as np

from search_api.threads import (
    _components,
    bigrams,
    candidate_links,
    containment,
    pair_score,
    status,
)


def test_bigrams_fold_and_drop_stop_words() -> None:
    grams = bigrams("Tiếp tục đẩy mạnh phòng, chống buôn lậu, gian lận thương mại")
    assert ("buon", "lau") in grams
    assert ("tiep", "tuc") not in grams


def test_stop_wording_is_matched_tone_exactly_as_phrases() -> None:
    grams = bigrams("Văn phòng theo dõi, đôn đốc đơn vị, tổng hợp tình hình")
    assert ("don", "doc") in grams  # "đơn vị" is stop wording, "đôn đốc" is not
    assert ("tong", "hop") in grams and ("tinh", "hinh") in grams  # "tỉnh" is, "tình" is not
    assert not any("vi" in g for g in grams)


def test_containment_uses_the_smaller_side() -> None:
    small = bigrams("phòng chống buôn lậu gian lận thương mại xâm phạm quyền sở hữu trí tuệ")
    big = bigrams("quản lý thị trường, phòng chống buôn lậu gian lận thương mại xâm phạm quyền "
                  "sở hữu trí tuệ, hàng giả, an toàn thực phẩm")
    assert containment(small, big) == 1.0
    assert containment(bigrams("buôn lậu"), big) < 0.2  # a two-word bullet contains little
    assert containment(set(), big) == 0.0


def test_agency_bonus_alone_never_links() -> None:
    assert pair_score(0.80, 0.9, True, True) is None  # cosine too low
    assert pair_score(0.95, 0.0, True, True) is None  # no shared wording at all
    assert pair_score(0.90, 0.30, True, False) is not None
    assert pair_score(0.90, 0.30, None, False) is not None
    assert pair_score(0.90, 0.20, False, False) is None  # different lead agencies cost more


def _unit(ident: str, period: str, meeting: str, vec: list[float], text: str) -> dict[str, object]:
    v = np.asarray(vec, dtype=np.float32)
    return {"id": ident, "period": period, "meeting": meeting, "lead": ["a"], "projects": [],
            "embedding": list(v / np.linalg.norm(v)), "text": text}


def test_links_are_later_to_earlier_and_order_independent() -> None:
    text = "chống buôn lậu gian lận thương mại hàng giả"
    units = [
        _unit("jan", "2026-01", "m2", [1.0, 0.05], text),
        _unit("jun", "2025-06", "m1", [1.0, 0.0], text),
        _unit("other", "2025-06", "m1", [0.0, 1.0], "tiêm vắc xin phòng bệnh sởi"),
    ]
    from_jan = candidate_links(units, "m2")
    from_jun = candidate_links(list(reversed(units)), "m1")
    assert [(a, b) for a, b, _ in from_jan] == [("jan", "jun")]
    assert [(a, b) for a, b, _ in from_jun] == [("jan", "jun")]


def test_components_group_chains() -> None:
    comp = _components([("c", "b"), ("b", "a"), ("y", "x")])
    assert comp["c"] == comp["a"] != comp["x"]


def test_status_as_of() -> None:
    assert status(None, date(2025, 8, 1)) == "no_deadline"
    assert status("2025-07-22", date(2025, 8, 1)) == "overdue"
    assert status("2025-07-22", date(2025, 7, 22)) == "open"
