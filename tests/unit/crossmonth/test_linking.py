from datetime import date

import numpy as np

from search_api.crossmonth.linking import bigrams, candidate_links, containment, pair_score
from search_api.crossmonth.obligations import status
from search_api.crossmonth.threads import components


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
    comp = components([("c", "b"), ("b", "a"), ("y", "x")])
    assert comp["c"] == comp["a"] != comp["x"]


def test_status_as_of() -> None:
    assert status(None, date(2025, 8, 1)) == "no_deadline"
    assert status("2025-07-22", date(2025, 8, 1)) == "overdue"
    assert status("2025-07-22", date(2025, 7, 22)) == "open"


def _all_pairs_reference(units: list[dict], meeting_id: str) -> list[tuple[str, str, float]]:
    """The rule applied to every ordered pair of the full similarity matrix (the definition)."""
    vecs = np.asarray([u["embedding"] for u in units], dtype=np.float32)
    sims = vecs @ vecs.T
    out = []
    for i, a in enumerate(units):
        for j, b in enumerate(units):
            if a["period"] <= b["period"] or meeting_id not in (a["meeting"], b["meeting"]):
                continue
            lead = bool(set(a["lead"]) & set(b["lead"])) if a["lead"] and b["lead"] else None
            score = pair_score(float(sims[i, j]), containment(bigrams(a["text"]),
                               bigrams(b["text"])), lead, bool(set(a["projects"]) &
                               set(b["projects"])))
            if score is not None:
                out.append((a["id"], b["id"], round(float(sims[i, j]), 4)))
    return out


def test_candidate_links_equal_the_all_pairs_definition() -> None:
    rng = np.random.default_rng(7)
    tasks = ["rà soát hồ sơ đất đai cho nhà máy xi măng", "sửa chữa đường tỉnh lộ bị sạt lở",
             "cấp nước sinh hoạt cho các thôn vùng cao", "tiêm vắc xin cho đàn gia súc"]
    bases = rng.normal(size=(len(tasks), 16))
    units = []
    for m, period in enumerate(["2025-01", "2025-02", "2025-03"]):
        for k in range(12):
            t = int(rng.integers(len(tasks)))
            vec = bases[t] + rng.normal(scale=0.25 + 0.1 * (k % 3), size=16)
            vec = vec / np.linalg.norm(vec)
            units.append({"id": f"m{m}-d{k}", "meeting": f"m{m}", "period": period,
                          "text": f"Tiếp tục {tasks[t]}", "embedding": list(vec),
                          "lead": [f"a{k % 2}"] if k % 4 else [], "projects": []})
    for meeting in ("m0", "m1", "m2"):
        expected = _all_pairs_reference(units, meeting)
        assert candidate_links(units, meeting) == expected
    assert _all_pairs_reference(units, "m1")  # the case has links to compare
