"""Theme trends: per theme, its directives and findings per meeting period and its meetings."""

from __future__ import annotations

from typing import Any

from graph.read import crossmonth
from graph.rows import ThemeTrendRow
from graph.store import BoltStore
from search_api.crossmonth import answer_cache

Row = dict[str, Any]


def theme_trends(store: BoltStore) -> list[Row]:
    """Per theme: directive/finding counts per meeting period, and the number of meetings.
    Cached by the stored notice versions (crossmonth/answer_cache.py)."""
    return answer_cache.by_notices(store, "theme-trends",
                                   lambda: _trends(crossmonth.theme_trend_rows(store)))


def _trends(rows: list[ThemeTrendRow]) -> list[Row]:
    themes: dict[str, Row] = {}
    for r in rows:
        t = themes.setdefault(r["id"], {"id": r["id"], "name": r["name"],
                                        "description": r["description"], "by_period": {},
                                        "meetings": 0, "units": 0})
        if r["period"] and r["n"]:
            t["by_period"][r["period"]] = t["by_period"].get(r["period"], 0) + int(r["n"])
            t["meetings"] += int(r["meetings"])  # a meeting has one period: no double count
            t["units"] += int(r["n"])
    return sorted(themes.values(), key=lambda t: (-t["units"], t["id"]))
