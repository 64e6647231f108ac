"""Personal names as notices write them: 2-5 capitalised syllables ("Nguyễn Văn An", "Ma Đức
Thịnh"), never an office word ("Phó Chủ tịch", "Bộ Xây dựng")."""

from __future__ import annotations

import re

NAME_WORDS = r"[^\W\d_]+(?:['’-][^\W\d_]+)?"  # "H'Nhung", "Y-Bih" (names of the Central Highlands)
# First words that begin an office or a body, not a person's name.
_NOT_FIRST = {"phó", "chủ", "bí", "bộ", "thủ", "giám", "chánh", "trưởng", "ủy", "uỷ", "văn", "sở",
              "ban", "đồng", "tỉnh", "thành", "hội", "cục", "vụ", "tổng", "thường", "trung",
              "chính", "nhà", "quốc", "công", "phiên", "cuộc", "kết", "thông", "ngày", "sau",
              "tham", "dự", "theo", "tại", "các", "thứ", "viện", "thanh", "ubnd", "hđnd", "đảng",
              "ông", "bà", "mặt", "liên", "kho", "thuế", "đài", "báo", "xã", "phường", "huyện"}


def is_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or words[0].lower() in _NOT_FIRST:
        return False
    return all(_capitalised(w) for w in words)


def _capitalised(word: str) -> bool:
    """"Nguyễn", "H'Nhung", "Y-Bih": each part after an apostrophe/hyphen capitalised too."""
    parts = re.split(r"['’-]", word)
    return all(p[:1].isupper() and (len(p) == 1 or p[1:].islower()) for p in parts if p)


def name_before(text: str) -> str:
    """The person's name that ends `text` ("... Bộ trưởng Phạm Quốc Thành" -> that name)."""
    words = re.findall(NAME_WORDS, text[-80:])
    for n in range(min(4, len(words)), 1, -1):
        candidate = " ".join(words[-n:])
        if re.search(re.escape(candidate) + r"\W*$", text) and is_name(candidate):
            return candidate
    return ""


def name_after(text: str) -> str:
    """The person's name that starts `text` ("Ma Đức Thịnh - Phó Bí thư ..." -> that name)."""
    m = re.match(r"\s*((?:" + NAME_WORDS + r"\s+){0,4}" + NAME_WORDS + ")", text)
    words = m.group(1).split() if m else []
    for n in range(min(4, len(words)), 1, -1):
        if is_name(" ".join(words[:n])):
            return " ".join(words[:n])
    return ""


# "Giao đồng chí Đinh Văn Hạ - Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo ...": a person assigned.
_PERSON_ASSIGNED = re.compile(
    r"^\s*(?:giao|phân công|yêu cầu)\s+(?:đồng chí|ông|bà)\s+(?P<rest>.+)$", re.IGNORECASE)


def assigned_person(text: str) -> tuple[str, str] | None:
    """(name, the text after it and its dash) when a task is assigned to a named person ("Giao
    đồng chí Nguyễn Văn A - Phó Chủ tịch UBND tỉnh ..."), else None."""
    m = _PERSON_ASSIGNED.match(text)
    name = name_after(m["rest"]) if m else ""
    if not m or not name:
        return None
    after = m["rest"][len(m["rest"]) - len(m["rest"].lstrip()) + len(name):]
    dash = re.match(r"\s*[-–,]\s*", after)
    return (name, after[dash.end():]) if dash else None
