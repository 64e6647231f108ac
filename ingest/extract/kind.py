"""The kind of meeting and the period it reviews, from the subject line, else the opening
sentence: "Phiên họp thường kỳ tháng 8 năm 2025", "cuộc họp giao ban tháng 10", "cuộc họp
chuyên đề về ...", "buổi làm việc với ...", "Hội nghị ..."; any other "cuộc họp" is called on one
matter (chuyên đề). A regular meeting reviews the month its title names; a one-off meeting's
period is the month it was held."""

from __future__ import annotations

import re
from datetime import date

from ingest.model import MeetingKind
from ingest.text import fold

KINDS: list[tuple[str, MeetingKind]] = [
    (r"bat thuong", "bất thường"), (r"thuong ky", "thường kỳ"), (r"giao ban", "giao ban"),
    (r"chuyen de", "chuyên đề"), (r"so ket", "sơ kết"), (r"tong ket", "tổng kết"),
    (r"hoi nghi", "hội nghị"), (r"\blam viec\b", "làm việc"),
    (r"\b(?:cuoc|phien|buoi) hop (?:ve|ban ve|xem xet|nghe|cho y kien|danh gia)\b", "chuyên đề"),
    (r"hop truc tuyen", "trực tuyến"),
    # Any other "cuộc họp"/"buổi họp" is called on one matter (kiểm điểm tiến độ, tháo gỡ ...).
    (r"\b(?:cuoc|buoi) hop\b", "chuyên đề"),
]
REGULAR = {"thường kỳ", "giao ban", "sơ kết", "tổng kết"}
_MONTH = re.compile(r"tháng\s+(\d{1,2})(?:\s+năm\s+|/)(\d{4})", re.IGNORECASE)


def kind_of(subject: str, intro: str) -> MeetingKind:
    first = re.split(r"(?<=\.)\s", intro, maxsplit=1)[0]
    for text in (subject, first):
        folded = fold(text)
        for pattern, kind in KINDS:
            if re.search(pattern, folded):
                return kind
    return "khác"


def period_of(kind: MeetingKind, subject: str, intro: str, held: date | None,
              issued: date | None) -> str:
    named = _MONTH.search(subject) or _MONTH.search(intro)
    named_period = f"{int(named.group(2)):04d}-{int(named.group(1)):02d}" if named else ""
    if kind in REGULAR and named_period:
        return named_period
    day = held or (None if named_period else issued)
    return f"{day:%Y-%m}" if day else named_period
