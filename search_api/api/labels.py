"""Vietnamese labels of the values people read in exports (the explorer's js/format.js holds the
same words): task states, roles, months "Tháng 6/2025", dates dd/mm/yyyy."""

from __future__ import annotations

import re

STATES = {"open": "Đang thực hiện", "overdue": "Quá hạn", "no_deadline": "Không thời hạn",
          "superseded": "Đã giao lại / lặp lại", "reported_done": "Báo cáo đã xong",
          "done": "Đã hoàn thành", "recurring": "Thường xuyên"}
ROLES = {"lead": "Chủ trì", "support": "Phối hợp"}
MONTH = re.compile(r"(\d{4})-(\d{2})")
DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def period(value: str | None) -> str:
    """"2025-06" -> "Tháng 6/2025"; anything else as written."""
    found = MONTH.fullmatch(value or "")
    return f"Tháng {int(found[2])}/{found[1]}" if found else (value or "")


def day(value: str | None) -> str:
    """"2025-07-03" -> "03/07/2025"."""
    found = DAY.match(value or "")
    return f"{found[3]}/{found[2]}/{found[1]}" if found else (value or "")
