"""What pairs share, counted for a whole meeting at once (search_api.crossmonth.tasks.overlap),
and the phrase lookup the bigrams are cut by (tasks.evidence.phrase_positions)."""

import numpy as np

from search_api.crossmonth.tasks.evidence import content_grams, phrase_positions
from search_api.crossmonth.tasks.overlap import Overlap


def _unit(text: str) -> dict[str, object]:
    return {"id": text[:12], "text": text, "projects": [], "lead": []}


ROAD = "sửa chữa mặt đường liên xã bị sạt lở sau mưa lũ, bảo đảm thông xe"
UNITS = [_unit(ROAD),
         _unit("Khẩn trương " + ROAD + " trước mùa mưa"),
         _unit("rà soát hồ sơ thanh toán vốn mặt đường giao thông"),
         _unit("tuyên truyền pháp luật về hôn nhân cho đồng bào vùng cao")]


def test_pairs_with_fewer_than_two_shared_bigrams_or_too_low_a_cosine_are_left_out() -> None:
    """Row 1 shares the road repair's wording (passes), row 2 one bigram ("mặt đường"), row 3
    none; a low cosine refuses even the shared wording."""
    sims = np.asarray([[0.95, 0.95, 0.95], [0.80, 0.95, 0.95]], dtype=np.float32)
    may = Overlap(UNITS).may_link([0, 1], [1, 2, 3], sims, 2, 1.04)
    assert may.tolist() == [[True, False, False], [False, False, False]]
    assert len(content_grams(UNITS[0]) & content_grams(UNITS[2])) == 1


def test_a_pair_whose_best_score_cannot_reach_the_threshold_is_left_out() -> None:
    """cos 0.86 + 0.5 × containment: with every bigram of the shorter side shared the pair could
    reach 1.04 (kept for the exact rule), with only some of a long side's not."""
    long = _unit(ROAD + " và nạo vét rãnh thoát nước dọc tuyến đường tỉnh lộ qua các bản")
    ov = Overlap([UNITS[0], UNITS[1], long])
    sims = np.asarray([[0.86, 0.86]], dtype=np.float32)
    assert ov.may_link([1], [0, 2], sims, 2, 1.04).tolist() == [[True, True]]
    assert ov.may_link([1], [0, 2], sims, 2, 1.36).tolist() == [[True, False]]


def test_phrase_positions_take_the_longest_phrase_and_no_phrase_cut_by_the_end() -> None:
    phrases = frozenset({("sở", "tài", "chính"), ("sở", "tài"), ("ban", "quản", "lý", "dự")})
    assert phrase_positions(["giao", "sở", "tài", "chính", "và"], phrases) == {1, 2, 3}
    assert phrase_positions(["sở", "tài"], phrases) == {0, 1}
    assert phrase_positions(["giao", "ban", "quản", "lý"], phrases) == set()
