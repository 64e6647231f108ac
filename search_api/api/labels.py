"""Vietnamese labels of the values people read in exports (the explorer's js/format.js holds the
same words): task states, roles, periods ("Tháng 6/2025", "Quý 3/2025", "6 tháng đầu năm 2025",
"Năm 2025"), dates dd/mm/yyyy."""

from __future__ import annotations

import re

STATES = {"open": "Đang thực hiện", "overdue": "Quá hạn", "no_deadline": "Không thời hạn",
          "superseded": "Đã giao lại / lặp lại", "reported_done": "Báo cáo đã xong",
          "done": "Đã hoàn thành", "recurring": "Thường xuyên"}
ROLES = {"lead": "Chủ trì", "support": "Phối hợp"}
MONTH = re.compile(r"(\d{4})-(\d{2})")
HALF = re.compile(r"(\d{4})-H([12])", re.IGNORECASE)
QUARTER = re.compile(r"(\d{4})-Q([1-4])", re.IGNORECASE)
HALVES = {"1": "6 tháng đầu năm", "2": "6 tháng cuối năm"}
DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def period(value: str | None) -> str:
    """A meeting's period as the explorer writes it: "2025-06" -> "Tháng 6/2025", "2025-Q3" ->
    "Quý 3/2025", "2025-H1" -> "6 tháng đầu năm 2025", "2025" -> "Năm 2025"; else as written."""
    text = value or ""
    if found := MONTH.fullmatch(text):
        return f"Tháng {int(found[2])}/{found[1]}"
    if found := QUARTER.fullmatch(text):
        return f"Quý {found[2]}/{found[1]}"
    if found := HALF.fullmatch(text):
        return f"{HALVES[found[2]]} {found[1]}"
    return f"Năm {text}" if re.fullmatch(r"\d{4}", text) else text


def day(value: str | None) -> str:
    """"2025-07-03" -> "03/07/2025"."""
    found = DAY.match(value or "")
    return f"{found[3]}/{found[2]}/{found[1]}" if found else (value or "")
