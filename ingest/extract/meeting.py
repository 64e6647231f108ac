"""The Meeting of a notice: title, province, period, dates, kind, chair, signer, id."""

from __future__ import annotations

import re
from datetime import date

from ingest.errors import IngestError
from ingest.extract.folding import fold_keep
from ingest.model import Meeting, MeetingKind
from ingest.structure import Block
from ingest.text import slug

NAME = r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4}"
_PROVINCE = re.compile(r"(?:UBND|[ỦU][ỷy] ban nhân dân)(?:\s*\(UBND\))?\s+(?:tỉnh|thành phố)\s+"
                       r"(" + NAME.replace("{1,4}", "{0,3}") + ")")
_HEADER = re.compile(r"^\s*(" + NAME.replace("{1,4}", "{0,3}")
                     + r"),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_PERIOD = re.compile(r"tháng\s+(\d{1,2})(?:\s+năm\s+|/)(\d{4})", re.IGNORECASE)
_HELD = re.compile(r"(?:Ngày|ngày)\s+(\d{1,2})/(\d{1,2})/(\d{4})")
_HELD_LONG = re.compile(r"(?:Ngày|ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_CHAIR = re.compile(r"do\s+(?:đồng chí|ông|bà)\s+(" + NAME + r")")
_CHAIR_TITLE = re.compile(r"Kết luận của\s+(?:đồng chí\s+)?(?:Phó\s+)?Chủ tịch\s+"
                          r"(?:UBND|[ỦU][ỷy] ban nhân dân)\s+(?:tỉnh|thành phố)\s+(" + NAME + r")")
_SIGNER = re.compile(r"^" + NAME + r"$")
KINDS: list[tuple[str, MeetingKind]] = [("chuyen de", "chuyên đề"), ("bat thuong", "bất thường"),
                                        ("thuong ky", "thường kỳ")]


def _date(m: re.Match[str] | None) -> date | None:
    if not m:
        return None
    d, mo, y = (int(x) for x in m.groups()[-3:])
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _title(blocks: list[Block]) -> str:
    for i, b in enumerate(blocks[:8]):
        if b.text.strip().upper() == "THÔNG BÁO" and i + 1 < len(blocks):
            return blocks[i + 1].text
    for b in blocks[:8]:
        if "Kết luận" in b.text or "kết luận" in b.text:
            return b.text
    return ""


def _signer(text: str) -> str:
    lines = [ln.strip().strip("*").strip() for ln in text.strip().splitlines() if ln.strip()]
    if lines and _SIGNER.match(lines[-1]) and len(lines[-1]) < 40:
        return lines[-1]
    return ""


def extract_meeting(name: str, text: str, blocks: list[Block], sha256: str) -> Meeting:
    title = _title(blocks)
    intro = " ".join(b.text for b in blocks[:6])
    period_m = _PERIOD.search(title) or _PERIOD.search(intro)
    held = _date(_HELD.search(intro)) or _date(_HELD_LONG.search(intro))
    if not title or not (period_m or held):
        raise IngestError(name, "not a meeting-conclusion notice (no meeting title/period found)")
    period = f"{int(period_m.group(2)):04d}-{int(period_m.group(1)):02d}" if period_m else \
        f"{held:%Y-%m}" if held else ""
    header = _HEADER.search(text)
    body = intro.replace(title, " ")
    province_m = _PROVINCE.search(body)
    province = header.group(1) if header else (province_m.group(1) if province_m else "")
    folded = fold_keep(title + " " + intro[:600])
    kind: MeetingKind = next((k for key, k in KINDS if key in folded), "khác")
    chair_m = _CHAIR.search(intro) or _CHAIR_TITLE.search(title)
    mid = f"{slug(province) or 'unknown'}-{period}-{slug(kind)}"
    if kind != "thường kỳ" and held:
        mid += f"-{held:%Y%m%d}"
    return Meeting(
        id=mid, title=title, province=province, period=period, date=held,
        issued=_date(header) if header else None, kind=kind, extended="mo rong" in folded,
        chair=chair_m.group(1) if chair_m else "", signer=_signer(text), source=name,
        sha256=sha256,
    )
