"""Sub-unit lexical scoring: a long paragraph's one matching clause is not drowned by its length."""

from __future__ import annotations

import dataclasses

import numpy as np

from search_api.search.clauses import clauses
from search_api.search.fusion import PRESETS, search
from search_api.search.index import IndexUnit, SearchIndex

LONG = ("Tăng trưởng GRDP đạt 6,5%; thu ngân sách đạt 52% dự toán; giải ngân vốn đầu tư công "
        "đạt 41%; tổng mức bán lẻ hàng hóa tăng 12%; kim ngạch xuất nhập khẩu qua cửa khẩu tăng "
        "66%; khách du lịch tăng 47%; doanh thu du lịch tăng 30%; chương trình xóa nhà tạm đạt "
        "90%; tỷ lệ hồ sơ trực tuyến đạt 95%; an ninh chính trị ổn định; quốc phòng được giữ "
        "vững; công tác đối ngoại được mở rộng; cải cách hành chính có chuyển biến; " * 3)
SHORT = ("Sở Công Thương theo dõi xuất khẩu, nhập khẩu nông sản qua các cửa khẩu, báo cáo khi "
         "lượng hàng tăng đột biến.")


class Zero:
    name, dim = "zero", 4

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), self.dim), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.zeros(self.dim, dtype=np.float32)


def _index() -> SearchIndex:
    filler = [IndexUnit(id=f"f{i}", kind="directive", text=f"Giao Sở Y tế việc số {i} về tiêm "
                        "chủng, bảo đảm an toàn.", meeting_id="m", period="2025-06")
              for i in range(8)]
    units = [IndexUnit(id="long", kind="finding", text=LONG, meeting_id="m", period="2025-06"),
             IndexUnit(id="short", kind="directive", text=SHORT, meeting_id="m",
                       period="2025-06"), *filler]
    return SearchIndex.build(units, Zero())  # type: ignore[arg-type]


def test_the_best_clause_lifts_a_long_paragraph() -> None:
    index, query = _index(), "xuất nhập khẩu qua cửa khẩu tăng"
    plain = dataclasses.replace(PRESETS["lexical"], clause_weight=0.0)
    assert search(index, Zero(), query, plain, k=2)[0].id == "short"  # type: ignore[arg-type]
    assert search(index, Zero(), query, PRESETS["lexical"], k=2)[0].id == "long"  # type: ignore[arg-type]


def test_clauses_split_at_semicolons_and_sentence_ends() -> None:
    assert clauses("a; b. C d! e") == ["a;", "b.", "C d!", "e"]
    assert clauses("Một câu không tách") == ["Một câu không tách"]
