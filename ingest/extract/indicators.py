"""Quantitative indicators in assessment text: "Tăng trưởng GRDP đạt 6,56%", "thu ngân sách ...
đạt 2.394 tỷ đồng", "hơn 1,52 triệu lượt khách du lịch", "6.654 hộ", "1.217 trạm BTS".

Vietnamese numbers: "." groups thousands, "," is the decimal mark; "nghìn/triệu" before a count
unit multiply ("1,52 triệu lượt" = 1 520 000 lượt), while money units are kept as written
("2.394 tỷ đồng" = 2394 "tỷ đồng"). name = the measured thing, taken from the clause before the
number (or the noun after a count unit when the clause names only the province).
"""

from __future__ import annotations

import re

from ingest.model import Indicator
from ingest.text import fold_keep, nfc, normalize_tones, slug

_NUMBER = r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_MONEY = r"nghin ty dong|ngan ty dong|ty dong|trieu dong|nghin dong|dong|trieu usd|ty usd|usd"
_COUNT = (
    r"luot khach|luot nguoi|luot|ho|tram|nguoi|doanh nghiep|du an|hop tac xa|km|ha|tan|m3|"
    r"xa|truong|phong hoc|giuong benh|lao dong|hoc sinh|vu|con|ngoi nha|can nha|nha|san pham"
)
_UNIT = (
    rf"(?P<pct>diem\s*%|%)|(?P<money>{_MONEY})"
    rf"|(?:(?P<mult>nghin|ngan|trieu|ty)\s+)?(?P<count>{_COUNT})"
)
_RE = re.compile(rf"(?<![\d.,/-]){_NUMBER}\s*(?:{_UNIT})(?![^\W_])", re.UNICODE)
_MULT = {"nghin": 1e3, "ngan": 1e3, "trieu": 1e6, "ty": 1e9}
_VERBS = re.compile(
    r"(?<![^\W_])(?:đạt|tăng trưởng|tăng|giảm|vượt|là|có|đón|chiếm|lên|xuống|bằng|với|đã|khoảng"
    r"|hơn|trên|gần|dưới|cho|được|còn|ở mức|so với|thấp hơn|cao hơn|ước|ước tính|dự kiến)"
    r"(?![^\W_])",
    re.UNICODE,
)
_GENERIC = {"", "toan tinh", "tinh", "toan tinh hien", "hien", "trong do", "nhu", "voi"}
_BASELINE = re.compile(r"so voi(?:\s+[^\W\d_]+){0,2}\s*$")
_CONNECTOR = re.compile(r"\s*(?:,\s*)?(?:va|con|trong do|rieng|nganh)\s+")
_LEAD = re.compile(r"\s*(?:trong do|rieng|con|dac biet la|nhat la)\s*,?\s+")
_STRIP = " \t\r\n,;:-–"
_CLAUSE_END = re.compile(r"[,;:.!?()\n]|\s[-–]\s(?=\S)")


def parse_number(raw: str) -> float:
    """Vietnamese notation: "2.394" -> 2394.0, "6,56" -> 6.56, "1.234,5" -> 1234.5."""
    return float(raw.replace(".", "").replace(",", "."))


def _clause_start(folded: str, pos: int) -> int:
    """Start of the clause ending at `pos`: after the last ',;.:' that is not a digit mark."""
    last = -1
    for m in re.finditer(r"[,;:.!?\n]", folded[:pos]):
        if not (m.group(0) in ".," and _digit_around(folded, m.start())):
            last = m.start()
    return last + 1


def _digit_around(folded: str, i: int) -> bool:
    return 0 < i < len(folded) - 1 and folded[i - 1].isdigit() and folded[i + 1].isdigit()


def _is_generic(head: str) -> bool:
    return fold_keep(head).strip(_STRIP).strip() in _GENERIC


def _verb_group(lowered: str, start: int, end: int) -> int | None:
    """Start of the last run of adjacent verbs before `end` ("tăng gần", "ước đạt"), if any."""
    verbs = list(_VERBS.finditer(lowered, start, end))
    if not verbs:
        return None
    group = verbs[-1].start()
    for verb in reversed(verbs[:-1]):
        if lowered[verb.end() : group].strip():
            break
        group = verb.start()
    return group


def _subject(text: str, start: int, end: int) -> tuple[str, int]:
    """The measured thing in text[start:end]: the words before the verbs that lead to the
    number ("Tăng trưởng GRDP | đạt", "sản lượng thịt hơi | tăng trên"); "" if generic."""
    lowered = normalize_tones(text[:end]).lower()
    first = _VERBS.search(lowered, start, end)
    if first and not text[start : first.start()].strip() and first.group(0) != "tăng trưởng":
        return "", start  # "..., và thấp hơn 0,7 điểm %": no subject of its own
    group = _verb_group(lowered, start, end)
    lead = _LEAD.match(fold_keep(text[start:end]))
    start += lead.end() if lead else 0
    head = text[start : end if group is None else max(group, start)]
    if _is_generic(head):
        return "", start
    return head.strip(_STRIP), start + len(head) - len(head.lstrip(_STRIP))


def _name(text: str, folded: str, m: re.Match[str], floor: int) -> tuple[str, int]:
    """The name and where the phrase starts; walks back at most 3 comma clauses, never past
    `floor` (the end of the previous indicator)."""
    if m["count"]:
        after = _after_unit(text, m)
        if len(after.split()) > 1:
            return after, m.start()
    end = m.start()
    for _ in range(3):
        start = max(_clause_start(folded, end), floor)
        if start == floor > 0:
            return _after_previous(text, folded, start, end)
        name, begin = _subject(text, start, end)
        if name or start in (0, floor) or folded[start - 1] != ",":
            return _trim_words(name), begin
        end = start - 1
    return "", m.start()


def _after_previous(text: str, folded: str, start: int, end: int) -> tuple[str, int]:
    """Words right after the previous indicator are its complement ("... 22% dự toán Trung
    ương giao"), unless a connector starts a new subject ("6% và công nghiệp tăng 8%")."""
    connector = _CONNECTOR.match(folded, start, end)
    if connector is None:
        return "", start
    name, begin = _subject(text, connector.end(), end)
    return _trim_words(name), begin


def _after_unit(text: str, m: re.Match[str]) -> str:
    rest = text[m.start("count") :]
    stop = _CLAUSE_END.search(fold_keep(rest))
    words = rest[: stop.start() if stop else len(rest)].split()
    return " ".join(words[:8])


def _trim_words(name: str, limit: int = 14) -> str:
    return " ".join(name.split()[:limit])


def _unit_and_value(text: str, m: re.Match[str]) -> tuple[str, float]:
    value = parse_number(m["num"])
    if m["pct"]:
        return ("điểm %" if m["pct"].startswith("diem") else "%"), value
    if m["money"]:
        return text[m.start("money") : m.end("money")], value
    unit = text[m.start("count") : m.end("count")]
    if m["mult"]:
        value *= _MULT[m["mult"]]
    return unit, value


def _same_sentence(folded: str, start: int, end: int) -> bool:
    between = folded[start:end]
    return not any(
        c in ";!?\n" or (c == "." and not _digit_around(folded, start + i))
        for i, c in enumerate(between)
    )


def _inherit(
    text: str, folded: str, m: re.Match[str], named: tuple[str, int], prev: tuple[str, int] | None
) -> tuple[str, int]:
    """A clause with no subject of its own ("..., tăng 47%") or a comparison ("so với mức âm
    12%") measures the previous indicator's thing, when that is in the same sentence."""
    name, begin = named
    if prev is None or not _same_sentence(folded, prev[1], m.start()) or name:
        return name, begin
    start = _clause_start(folded, m.start())
    return prev[0], start + len(text[start : m.start()]) - len(text[start : m.start()].lstrip())


def _is_baseline(folded: str, m: re.Match[str]) -> bool:
    """ "so với mức âm 12% cùng kỳ": the comparison's baseline, not a value of the period."""
    return bool(_BASELINE.search(folded, _clause_start(folded, m.start()), m.start()))


def find_indicators(text: str, offset: int, period: str) -> list[Indicator]:
    """Indicators in `text` (a paragraph starting at `offset` in the notice), in text order."""
    text = nfc(text)
    folded = fold_keep(text)
    found: list[Indicator] = []
    prev: tuple[str, int] | None = None  # (name, local end) of the previous indicator
    for m in _RE.finditer(folded):
        if _is_baseline(folded, m):
            continue
        named = _name(text, folded, m, prev[1] if prev else 0)
        after_unit = bool(named[0]) and named[1] == m.start() and bool(m["count"])
        name, begin = _inherit(text, folded, m, named, prev)
        if not name:
            continue
        unit, value = _unit_and_value(text, m)
        end = m.start("count") + len(name) if after_unit and name == named[0] else m.end()
        prev = (name, end)
        ident = f"{period}:{slug(name)}:{slug(unit) or 'pct'}:{value:g}"
        indicator = Indicator(
            id=ident,
            name=name,
            value=value,
            unit=unit,
            period=period,
            text=text[begin:end],
            span=(offset + begin, offset + end),
        )
        found.append(indicator)
    return found
