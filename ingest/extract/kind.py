"""The kind of meeting and the period it reviews, read from the meeting named in the subject line
("... tại <meeting>"), else in the opening sentence. The words right after the meeting's noun say
its kind: "Phiên họp thường kỳ tháng 8", "cuộc họp giao ban", "Hội nghị sơ kết"; a meeting on one
matter ("cuộc họp về ...", "Hội nghị về ...", "buổi làm việc về ...", an inspection, any other
"cuộc họp", a "Hội nghị" named by its matter) is chuyên đề; "buổi làm việc với <body>" is làm
việc; a "Hội nghị" on the whole of the work ("triển khai nhiệm vụ năm 2026") hội nghị. A
regular meeting reviews the month its title names; a one-off meeting's period is the month held.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.model import MeetingKind
from ingest.text import fold

_NOUN = re.compile(r"\b(phien hop|cuoc hop|buoi hop|ky hop|hoi nghi|buoi lam viec|cuoc lam viec|"
                   r"phien (?:giai trinh|chat van)|"  # a Council's hearing: on one matter
                   r"(?:buoi|cuoc|phien) (?=giao ban)|"  # "tại buổi giao ban": the words say it
                   r"(?:buoi|dot|cuoc|doan) kiem tra)\b")
_NAMED: list[tuple[str, MeetingKind]] = [
    ("bat thuong", "bất thường"), ("thuong ky", "thường kỳ"), ("giao ban", "giao ban"),
    ("chuyen de", "chuyên đề"), ("so ket", "sơ kết"), ("tong ket", "tổng kết"),
]
# "Phiên họp UBND tỉnh tháng 8": the monthly session, regular even when not called so.
# Also "cuộc họp thành viên Ủy ban nhân dân xã tháng 12": the members' monthly meeting.
_MONTHLY = re.compile(r"^(?:cua )?(?:(?:cac )?thanh vien )?(?:uy ban nhan dan|ubnd)\b"
                      r"(?:(?! ve )[^.;]){0,40}\bthang \d")
# A conference on the whole of the work ("Hội nghị triển khai nhiệm vụ năm 2026"), not on one
# matter ("Hội nghị đánh giá tiến độ các chương trình ...", "Hội nghị bảo đảm cung cầu ... Tết").
_GENERAL = re.compile(r"^(?:trien khai (?:nhiem vu|ke hoach|cong tac) (?:nam|\d)|"
                      r"(?:cua )?(?:ubnd|uy ban nhan dan)\b|toan (?:tinh|nganh|thanh pho)\b|"
                      r"(?:ban )?thuong truc\b|ban (?:thuong vu|chap hanh)\b)")  # a body's own
REGULAR = {"thường kỳ", "giao ban", "sơ kết", "tổng kết"}
_MONTH = re.compile(r"tháng\s+(\d{1,2})(?:\s+năm\s+|/)(\d{4})", re.IGNORECASE)


def kind_of(subject: str, intro: str) -> MeetingKind:
    first = re.split(r"(?<=\.)\s", intro, maxsplit=1)[0]
    for text in (subject, first):
        kind = _kind_in(fold(text))
        if kind:
            return kind
    return "khác"


def _kind_in(folded: str) -> MeetingKind | None:
    noun = _NOUN.search(folded)
    if not noun:
        return None
    after = folded[noun.end():].strip(" ,:()")
    window = " ".join(after.split()[:8])
    named = next((k for key, k in _NAMED if re.search(rf"\b{key}\b", window)), None)
    if named:
        return named
    if noun.group(1) in ("phien hop", "cuoc hop", "buoi hop") and _MONTHLY.match(after):
        return "thường kỳ"
    return _by_noun(noun.group(1), after)


def _by_noun(noun: str, after: str) -> MeetingKind:
    if re.match(r"(?:truc tuyen\s+)?ve\b", after):
        return "chuyên đề"
    if "lam viec" in noun:
        return "làm việc"
    if noun == "hoi nghi" and after.startswith("truc tuyen"):
        return "trực tuyến"
    if noun == "hoi nghi" and (not after or _GENERAL.match(after)):
        return "hội nghị"
    return "chuyên đề"


def period_of(kind: MeetingKind, subject: str, intro: str, held: date | None,
              issued: date | None) -> str:
    named = _MONTH.search(subject) or _MONTH.search(intro)
    named_period = f"{int(named.group(2)):04d}-{int(named.group(1)):02d}" if named else ""
    if kind in REGULAR and named_period:
        return named_period
    day = held or (None if named_period else issued)
    return f"{day:%Y-%m}" if day else named_period
