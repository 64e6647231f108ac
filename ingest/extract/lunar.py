"""Vietnamese lunar calendar (UTC+7), after Hồ Ngọc Đức's public astronomical algorithm.

Chinese-calendar packages compute new moons and solar terms at UTC+8; the Vietnamese calendar
uses UTC+7 and differs in some years (e.g. Tết 1985), so this module implements it directly.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from math import floor, pi, sin

TZ = 7.0
_DR = pi / 180
_SYNODIC = 29.530588853
_EPOCH = 2415021.076998695


def jd_from_date(day: int, month: int, year: int) -> int:
    """Julian day number of a Gregorian date."""
    return date(year, month, day).toordinal() + 1721425


def jd_to_date(jd: int) -> date:
    """Gregorian date of a Julian day number."""
    return date.fromordinal(jd - 1721425)


def _new_moon(k: int) -> float:
    """Julian day (UT, fractional) of the k-th new moon after 1900-01-01."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * _DR)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    return jd1 + _moon_correction(t, m, mpr, f) - _delta_t(t)


def _moon_correction(t: float, m: float, mpr: float, f: float) -> float:
    c1 = (0.1734 - 0.000393 * t) * sin(m * _DR) + 0.0021 * sin(2 * _DR * m)
    c1 += -0.4068 * sin(mpr * _DR) + 0.0161 * sin(_DR * 2 * mpr) - 0.0004 * sin(_DR * 3 * mpr)
    c1 += 0.0104 * sin(_DR * 2 * f) - 0.0051 * sin(_DR * (m + mpr))
    c1 += -0.0074 * sin(_DR * (m - mpr)) + 0.0004 * sin(_DR * (2 * f + m))
    c1 += -0.0004 * sin(_DR * (2 * f - m)) - 0.0006 * sin(_DR * (2 * f + mpr))
    c1 += 0.0010 * sin(_DR * (2 * f - mpr)) + 0.0005 * sin(_DR * (2 * mpr + m))
    return c1


def _delta_t(t: float) -> float:
    if t < -11:
        return 0.001 + 0.000839 * t + 0.0002261 * t * t - 0.00000845 * t**3 - 0.000000081 * t**4
    return -0.000278 + 0.000265 * t + 0.000262 * t * t


@lru_cache(maxsize=4096)
def _new_moon_day(k: int) -> int:
    """Julian day number (local time) on which the k-th new moon falls."""
    return floor(_new_moon(k) + 0.5 + TZ / 24)


def _sun_longitude(jdn: float) -> float:
    """Sun's apparent longitude in radians, [0, 2π)."""
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(_DR * m)
    dl += (0.019993 - 0.000101 * t) * sin(_DR * 2 * m) + 0.000290 * sin(_DR * 3 * m)
    lon = (l0 + dl) * _DR
    return lon - 2 * pi * floor(lon / (2 * pi))


def _sun_sector(day_number: int) -> int:
    """Which of the 12 major solar-term sectors (0..11) the sun is in at local midnight."""
    return floor(_sun_longitude(day_number - 0.5 - TZ / 24) / pi * 6)


@lru_cache(maxsize=512)
def _lunar_month11(year: int) -> int:
    """Julian day number of the start of lunar month 11 (the month with the winter solstice)."""
    k = floor((jd_from_date(31, 12, year) - 2415021) / _SYNODIC)
    nm = _new_moon_day(k)
    if _sun_sector(nm) >= 9:
        nm = _new_moon_day(k - 1)
    return nm


@lru_cache(maxsize=512)
def _leap_month_offset(a11: int) -> int:
    """Offset (months after month 11) of the leap month in a 13-month lunar year."""
    k = floor((a11 - _EPOCH) / _SYNODIC + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def solar_to_lunar(d: date) -> tuple[int, int, int, bool]:
    """Lunar (day, month, year, leap) of a Gregorian date, Vietnamese calendar (UTC+7)."""
    day_number = jd_from_date(d.day, d.month, d.year)
    k = floor((day_number - _EPOCH) / _SYNODIC)
    month_start = _new_moon_day(k + 1)
    if month_start > day_number:
        month_start = _new_moon_day(k)
    a11, b11, lunar_year = _bracket_month11(d.year, month_start)
    diff = floor((month_start - a11) / 29)
    month, leap = _month_and_leap(a11, b11, diff)
    if month >= 11 and diff < 4:
        lunar_year -= 1
    return day_number - month_start + 1, month, lunar_year, leap


def _bracket_month11(year: int, month_start: int) -> tuple[int, int, int]:
    a11 = _lunar_month11(year)
    if a11 >= month_start:
        return _lunar_month11(year - 1), a11, year
    return a11, _lunar_month11(year + 1), year + 1


def _month_and_leap(a11: int, b11: int, diff: int) -> tuple[int, bool]:
    month, leap = diff + 11, False
    if b11 - a11 > 365:
        leap_diff = _leap_month_offset(a11)
        if diff >= leap_diff:
            month, leap = diff + 10, diff == leap_diff
    return (month - 12 if month > 12 else month), leap


def lunar_to_solar(day: int, month: int, lunar_year: int, leap: bool = False) -> date:
    """Gregorian date of a lunar date. Raises ValueError for an impossible date or leap month."""
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"invalid lunar date {day}/{month}/{lunar_year}")
    if month < 11:
        a11, b11 = _lunar_month11(lunar_year - 1), _lunar_month11(lunar_year)
    else:
        a11, b11 = _lunar_month11(lunar_year), _lunar_month11(lunar_year + 1)
    k = floor(0.5 + (a11 - _EPOCH) / _SYNODIC)
    off = (month - 11) % 12
    if b11 - a11 > 365:
        leap_off = _leap_month_offset(a11)
        if leap and month != (leap_off - 2) % 12:
            raise ValueError(f"lunar year {lunar_year} has no leap month {month}")
        if leap or off >= leap_off:
            off += 1
    elif leap:
        raise ValueError(f"lunar year {lunar_year} has no leap month")
    start = _new_moon_day(k + off)
    if day > _new_moon_day(k + off + 1) - start:
        raise ValueError(f"lunar month {month}/{lunar_year} has fewer than {day} days")
    return jd_to_date(start + day - 1)


# --- year names (can chi) ----------------------------------------------------------------------
STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")


def year_name(lunar_year: int) -> str:
    """The sexagenary name of a lunar year: 2026 -> "bính ngọ"."""
    return f"{STEMS[(lunar_year - 4) % 10]} {BRANCHES[(lunar_year - 4) % 12]}"


def named_year(stem: int, branch: int, near: int) -> int | None:
    """The lunar year named STEMS[stem] BRANCHES[branch] closest to year `near` (a name recurs
    every 60 years), or None for a combination that never occurs (stem and branch of different
    parity, e.g. "giáp tỵ")."""
    if stem % 2 != branch % 2:
        return None
    candidates = [y for y in range(near - 30, near + 30) if (y - 4) % 10 == stem]
    return next(y for y in candidates if (y - 4) % 12 == branch)
