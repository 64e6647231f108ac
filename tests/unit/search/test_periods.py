"""Periods named in a query become filters on the meeting month, with and without diacritics."""

import numpy as np
import pytest

from search_api.search.fusion import PRESETS, Filters, keep, mask, search
from search_api.search.index import IndexUnit, SearchIndex
from search_api.search.periods import Named, in_months, month_filter, named_period, time_filter


@pytest.mark.parametrize(("query", "named"), [
    ("kết quả 6 tháng đầu năm 2025", Named(1, 6, 2025)),
    ("ket qua 6 thang dau nam 2025", Named(1, 6, 2025)),
    ("nhiệm vụ 6 tháng cuối năm 2025", Named(7, 12, 2025)),
    ("nhiem vu nua cuoi nam 2025", Named(7, 12, 2025)),
    ("nửa đầu năm 2026", Named(1, 6, 2026)),
    ("3 tháng cuối năm 2025", Named(10, 12, 2025)),
    ("báo cáo 9 tháng năm 2025", Named(1, 9, 2025)),
    ("quý 3 năm 2025", Named(7, 9, 2025)),
    ("QUÝ III/2025", Named(7, 9, 2025)),
    ("quy iv-2025", Named(10, 12, 2025)),
    ("tháng 06-2025", Named(6, 6, 2025)),
    ("tháng 6 và 6 tháng đầu năm 2025", Named(1, 6, 2025)),
    ("6 tháng cuối năm", Named(7, 12, None)),
    ("tăng trưởng quý II thấp", Named(4, 6, None)),
])
def test_named_period(query: str, named: Named) -> None:
    assert named_period(query) == named


@pytest.mark.parametrize("query", ["quy hoạch đô thị", "quỹ đất", "tháng 13/2025",
                                   "15 tháng đầu năm 2025", "chống buôn lậu", "tháng 1"])
def test_no_period(query: str) -> None:
    assert named_period(query, years=False) is None


def test_a_range_keeps_the_meeting_that_plans_it() -> None:
    assert time_filter("nhiệm vụ 6 tháng cuối năm 2025") == ("2025-06", "2025-12")
    assert time_filter("6 thang dau nam 2025") == ("2024-12", "2025-06")
    assert time_filter("quý I/2026") == ("2025-12", "2026-03")
    assert time_filter("tháng 6/2025") == ("2025-06", "2025-06")  # one month: that meeting only
    assert time_filter("năm 2025") == ("2025-01", "2025-12")
    assert time_filter("6 tháng cuối năm") == (None, None)


def test_without_a_year_the_months_of_any_year() -> None:
    assert month_filter("6 tháng cuối năm") == frozenset(range(6, 13))
    assert month_filter("nua dau nam") == frozenset({12, 1, 2, 3, 4, 5, 6})
    assert month_filter("quý II") == frozenset({3, 4, 5, 6})
    assert month_filter("6 tháng cuối năm 2025") == frozenset()
    periods = np.asarray(["2025-06", "2025-05", "2026-01", "2026-12"])
    assert in_months(periods, frozenset({6, 12})).tolist() == [True, False, False, True]


def _unit(i: int, period: str, text: str) -> IndexUnit:
    return IndexUnit(id=f"u{i}", kind="directive", text=text, meeting_id=f"m{period}",
                     period=period)


class _NoEmbedder:
    name, dim = "none", 2

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        raise AssertionError("lexical preset only")

    def embed_query(self, text: str) -> np.ndarray:
        raise AssertionError("lexical preset only")


def test_search_filters_by_the_named_range() -> None:
    periods = ["2025-05", "2025-06", "2025-08", "2026-01", "2026-07"]
    units = [_unit(i, p, "giải ngân vốn đầu tư công") for i, p in enumerate(periods)]
    index = SearchIndex(units, np.zeros((len(units), 2), dtype=np.float32))
    found = {h.id for h in search(index, _NoEmbedder(), "giải ngân 6 tháng cuối năm 2025",
                                  PRESETS["lexical"])}
    assert found == {"u1", "u2"}
    yearless = {h.id for h in search(index, _NoEmbedder(), "giai ngan 6 thang cuoi nam",
                                     PRESETS["lexical"])}
    assert yearless == {"u1", "u2", "u4"}
    explicit = Filters(since="2026-01", until="2026-01")  # given filters win over the query
    assert [h.id for h in search(index, _NoEmbedder(), "giai ngan 6 thang cuoi nam",
                                 PRESETS["lexical"], explicit)] == ["u3"]
    f = Filters(months=[1])
    assert mask(index, f).tolist() == [keep(u, f) for u in units] == [0, 0, 0, 1, 0]
