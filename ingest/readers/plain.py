"""Bytes of a text file (.txt .md .html) to str: UTF-8 (BOM or not), UTF-16 with its BOM,
Windows-1258, and legacy TCVN3/VNI bytes converted to Unicode."""

from __future__ import annotations

import re
import unicodedata

from ingest.readers import legacy

BINARY = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


class NotText(ValueError):
    """The bytes are not a text file; the message says why."""


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NotText("not valid UTF-16 text after its byte-order mark") from exc
    if data.startswith(BINARY) or b"\x00" in data:
        raise NotText("binary content, not a text file")
    try:
        return page_breaks(unlegacy(data.decode("utf-8-sig")))
    except UnicodeDecodeError:
        pass
    return page_breaks(_eight_bit(data))


def _eight_bit(data: bytes) -> str:
    """Bytes that are not UTF-8: TCVN3 (its signature bytes), VNI-Windows (Windows-1252 text
    whose mark bytes are no Vietnamese letters when read as Windows-1258), else Windows-1258."""
    latin = data.decode("latin-1")  # TCVN3 uses every byte
    if legacy.detect(latin) == "tcvn3":
        return legacy.convert(latin, "tcvn3")
    text = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    if legacy.foreign_marks(text):
        return legacy.convert(data.decode("cp1252", errors="replace"), "vni")
    return text


_PAGE_NO = re.compile(r"^\s*(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–])?\s*$",
                      re.IGNORECASE)


def page_breaks(text: str) -> str:
    """A text copy of a printed notice (pdftotext): form feeds end pages; the page number alone
    at a page's top or foot is dropped, and the break becomes a blank line (a sentence cut by
    it is joined downstream, like any page-break split)."""
    if "\f" not in text:
        return text
    pages = []
    for page in text.split("\f"):
        lines = page.strip("\n").split("\n")
        while lines and (not lines[-1].strip() or _PAGE_NO.match(lines[-1])):
            lines.pop()
        while lines and (not lines[0].strip() or _PAGE_NO.match(lines[0])):
            lines.pop(0)
        pages.append("\n".join(lines))
    return "\n\n".join(p for p in pages if p.strip())


def unlegacy(text: str) -> str:
    """Text that decoded fine but was typed in a legacy font (a .docx in .VnTime, VNI bytes
    saved as UTF-8), converted; Unicode text is returned as it is."""
    kind = legacy.detect(text)
    return legacy.convert(text, kind) if kind else text


_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_MIN_QUOTED = 10  # lines: a reply quoting a sentence or two is not a quoted notice


def unquote(text: str) -> str:
    """A notice quoted in an e-mail reply or forward ("> " before every line): the marks are
    dropped when most of the text's lines carry them; other text is returned as it is."""
    lines = [line for line in text.splitlines() if line.strip()]
    quoted = sum(1 for line in lines if _QUOTE.match(line))
    if quoted < _MIN_QUOTED or quoted * 2 < len(lines):
        return text
    return _QUOTE.sub("", text)

