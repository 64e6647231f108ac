"""Legacy 8-bit Vietnamese text (TCVN3/ABC ".VnTime" fonts, VNI-Windows) converted to Unicode.

TCVN3 puts each accented letter in one Latin-1 position (0xB5 "µ" = à); its upper-case font
(.VnTimeH) draws the same bytes as capitals, so a word whose ASCII letters are all capitals is
upper-cased after conversion. VNI writes a base letter followed by a mark byte ("aø" = à, "oâ" = ô,
"ô" = ơ, "ñ" = đ). Which one a text is in is told by their signature characters."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Literal

Legacy = Literal["tcvn3", "vni"]
_TCVN_SIGN = re.compile("[\u00b5\u00b8\u00b6\u00b7\u00b9\u00a8\u00a9\u00aa\u00ab\u00ac\u00ae]")
_VNI_SIGN = re.compile("[aeiouyAEIOUY\u00f4\u00f6\u00d4\u00d6][\u00f8\u00f9\u00fb\u00f5\u00ef"
                       "\u00e2\u00e0\u00e1\u00e5\u00e3\u00e4\u00ea\u00e8\u00e9\u00fa\u00fc\u00eb]"
                       "|\u00f1")
# Letters only Unicode Vietnamese has (outside Latin-1, where the legacy bytes live).
_VIET = re.compile("[\u0103\u01a1\u01b0\u0111\u1ea0-\u1ef9]", re.IGNORECASE)
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# VNI mark bytes (lower-case forms; the upper-case forms are their capitals): modifier + tone.
_VNI_MARKS = {"ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
              "â": _CIRC, "à": _CIRC + _GRAVE, "á": _CIRC + _ACUTE, "å": _CIRC + _HOOK,
              "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT, "ê": _BREVE, "è": _BREVE + _GRAVE,
              "é": _BREVE + _ACUTE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE,
              "ë": _BREVE + _DOT}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}
_VNI_PAIR = re.compile("([aeiouyAEIOUYôöÔÖ])([" + "".join(_VNI_MARKS)
                       + "".join(_VNI_MARKS).upper() + "])|([ôöñæóòÔÖÑÆÓÒ])")


@lru_cache(maxsize=1)
def _tcvn3() -> dict[int, str]:
    path = Path(__file__).with_name("legacy_tcvn3.json")
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["tcvn3"]
    return {ord(k): v for k, v in table.items()}


def detect(text: str) -> Legacy | None:
    """The legacy encoding a text is in, or None for Unicode text (many signature characters and
    few real Vietnamese letters)."""
    tcvn, vni = len(_TCVN_SIGN.findall(text)), len(_VNI_SIGN.findall(text))
    if max(tcvn, vni) < 5 or len(_VIET.findall(text)) > max(tcvn, vni) // 4:
        return None
    return "tcvn3" if tcvn >= vni else "vni"


_FOREIGN = re.compile("[øùûïåäëüæñØÙÛÏÅÄËÜÆÑ]")


def foreign_marks(text: str) -> bool:
    """Text read as Windows-1258 that is full of letters Vietnamese never uses (ø ù û ï ...):
    VNI mark bytes."""
    marks = len(_FOREIGN.findall(text))
    return marks >= 5 and marks > len(_VIET.findall(text)) // 4


def convert(text: str, legacy: Legacy) -> str:
    out = _from_tcvn3(text) if legacy == "tcvn3" else _from_vni(text)
    return unicodedata.normalize("NFC", out)


def _from_tcvn3(text: str) -> str:
    converted = unicodedata.normalize("NFC", text.translate(_tcvn3()))
    return re.sub(r"[^\W\d_]+", _caps_font, converted)


def _caps_font(m: re.Match[str]) -> str:
    """A word drawn in the capitals font: its ASCII letters are capitals, its TCVN3 ones not
    ("ñY" = ỦY, "NH¢N" = NHÂN), unlike a capitalised word ("Uû" = Uỷ)."""
    word = m.group(0)
    letters = [c for c in word if c.isascii()]
    if not letters or not all(c.isupper() for c in letters) or word.isupper():
        return word
    return word.upper() if len(letters) >= 2 or not word[0].isascii() else word


def _from_vni(text: str) -> str:
    return _VNI_PAIR.sub(_vni_char, text)


def _vni_char(m: re.Match[str]) -> str:
    single = m.group(3)
    if single:
        out = _VNI_SINGLE[single.lower()]
        return out.upper() if single.isupper() else out
    base, mark = m.group(1), m.group(2)
    horn = {"ô": "o" + _HORN, "ö": "u" + _HORN, "Ô": "O" + _HORN, "Ö": "U" + _HORN}
    combined = unicodedata.normalize("NFC", horn.get(base, base) + _VNI_MARKS[mark.lower()])
    return combined.upper() if base.isupper() else combined
