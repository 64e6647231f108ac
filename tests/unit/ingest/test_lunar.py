"""Vietnamese lunar calendar (UTC+7) against published dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.lunar import lunar_to_solar, solar_to_lunar


@pytest.mark.parametrize(
    ("lunar_year", "tet"),
    [
        (2024, date(2024, 2, 10)),
        (2025, date(2025, 1, 29)),
        (2026, date(2026, 2, 17)),
        (2027, date(2027, 2, 6)),
        (2028, date(2028, 1, 26)),
        (2020, date(2020, 1, 25)),
    ],
)
def test_tet_nguyen_dan(lunar_year: int, tet: date) -> None:
    assert lunar_to_solar(1, 1, lunar_year) == tet
    assert solar_to_lunar(tet) == (1, 1, lunar_year, False)


def test_utc7_differs_from_chinese_calendar() -> None:
    # 1985 and 2007: Vietnam's Tết falls on a different day from China's (UTC+8).
    assert lunar_to_solar(1, 1, 1985) == date(1985, 1, 21)
    assert lunar_to_solar(1, 1, 2007) == date(2007, 2, 17)


def test_leap_months() -> None:
    assert lunar_to_solar(1, 2, 2023, leap=True) == date(2023, 3, 22)
    assert lunar_to_solar(1, 4, 2020, leap=True) == date(2020, 5, 23)
    assert lunar_to_solar(1, 6, 2025, leap=True) == date(2025, 7, 25)
    assert solar_to_lunar(date(2025, 7, 25)) == (1, 6, 2025, True)
    assert solar_to_lunar(date(2025, 7, 24)) == (30, 6, 2025, False)


def test_known_festivals() -> None:
    assert lunar_to_solar(15, 8, 2025) == date(2025, 10, 6)  # Tết Trung thu
    assert lunar_to_solar(23, 12, 2025) == date(2026, 2, 10)  # ông Công ông Táo
    assert lunar_to_solar(25, 12, 2025) == date(2026, 2, 12)


def test_invalid_dates_raise() -> None:
    with pytest.raises(ValueError):
        lunar_to_solar(1, 3, 2025, leap=True)  # 2025's leap month is the 6th
    with pytest.raises(ValueError):
        lunar_to_solar(1, 1, 2024, leap=True)  # 2024 has no leap month
    with pytest.raises(ValueError):
        lunar_to_solar(31, 1, 2025)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_round_trip(d: date) -> None:
    day, month, year, leap = solar_to_lunar(d)
    assert lunar_to_solar(day, month, year, leap) == d


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 30)))
def test_consecutive_days_advance_by_one(d: date) -> None:
    today, tomorrow = solar_to_lunar(d), solar_to_lunar(d + timedelta(days=1))
    assert tomorrow[0] == today[0] + 1 or (tomorrow[0] == 1 and today[0] in (29, 30))


def test_year_names() -> None:
    """Sexagenary year names, as notices write Tết's year ("Tết Nguyên đán Bính Ngọ")."""
    from ingest.extract.lunar import BRANCHES, STEMS, named_year, year_name

    assert year_name(2026) == "bính ngọ"
    assert year_name(2025) == "ất tỵ"
    assert year_name(2024) == "giáp thìn"
    assert named_year(STEMS.index("bính"), BRANCHES.index("ngọ"), 2025) == 2026
    assert named_year(STEMS.index("đinh"), BRANCHES.index("mùi"), 2025) == 2027
    assert named_year(STEMS.index("giáp"), BRANCHES.index("tỵ"), 2025) is None  # never occurs


@given(st.integers(min_value=1950, max_value=2090))
def test_year_name_round_trip(year: int) -> None:
    from ingest.extract.lunar import BRANCHES, STEMS, named_year, year_name

    stem, branch = year_name(year).split(" ")
    assert named_year(STEMS.index(stem), BRANCHES.index(branch), year + 10) == year
