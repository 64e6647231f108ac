"""The signature block: the signer's capacity (TM./KT./TL./TUQ./Q. + the office signed for), the
signer's own title and name. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A": a vice-chairman
signing for the chairman. The lines may come joined in one table cell."""

from __future__ import annotations

import re

from ingest.extract.person import NAME_WORDS, is_name

_MARK = r"(?:TM|KT|TL|TUQ|Q)\s*\."
_OFFICES = ["PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ CHỦ TỊCH", "CHỦ TỊCH",
            "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "THỨ TRƯỞNG", "BỘ TRƯỞNG", "PHÓ CHỦ NHIỆM", "CHỦ NHIỆM",
            "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ CỤC TRƯỞNG",
            "CỤC TRƯỞNG", "PHÓ VỤ TRƯỞNG", "VỤ TRƯỞNG", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN",
            "CHÍNH PHỦ"]
_TOKEN = re.compile(_MARK + "|" + "|".join(re.escape(o) for o in _OFFICES) + r"|,\s*")
_CLUTTER = re.compile(r"[*_#]|\(\s*đã ký[^)]*\)|\bđã ký\b", re.IGNORECASE)


def signer_of(block: str) -> tuple[str, str]:
    """(name, capacity) of a signature block's text; either may be ""."""
    text = re.sub(r"\s+", " ", _CLUTTER.sub(" ", block)).strip()
    name = _last_name(text)
    caps = text[: text.rfind(name)] if name else text
    return name, capacity(caps)


def _last_name(text: str) -> str:
    words = re.findall(NAME_WORDS, text)
    for n in range(min(5, len(words)), 1, -1):
        candidate = " ".join(words[-n:])
        if text.rstrip(" .").endswith(candidate) and is_name(candidate):
            return candidate
    return ""


def capacity(caps: str) -> str:
    """The capacity lines, one per office: "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH..."."""
    parts: list[str] = []
    joined = False  # the previous token was a mark or a comma: the office continues that part
    for m in _TOKEN.finditer(caps.upper()):
        tok = re.sub(r"\s+", " ", caps[m.start():m.end()]).strip()
        if tok == ",":
            parts[-1:] = [parts[-1] + ","] if parts else []
            joined = True
        elif re.fullmatch(_MARK, tok.upper()) or not parts or not joined:
            parts.append(tok.upper())
            joined = bool(re.fullmatch(_MARK, tok.upper()))
        else:
            parts[-1] += " " + tok.upper()
            joined = False
    return " / ".join(p.replace(" .", ".") for p in parts)
