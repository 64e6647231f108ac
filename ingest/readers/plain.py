"""Bytes of a text file (.txt .md .html) to str: UTF-8 (BOM or not), UTF-16 with its BOM,
Windows-1258, and legacy TCVN3/VNI bytes converted to Unicode."""

from __future__ import annotations

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
        return unlegacy(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    kind = legacy.detect(latin)
    if kind == "tcvn3":
        return legacy.convert(latin, kind)
    return unlegacy(data.decode("cp1258", errors="replace"))


def unlegacy(text: str) -> str:
    """Text that decoded fine but was typed in a legacy font (a .docx in .VnTime, VNI bytes
    saved as UTF-8), converted; Unicode text is returned as it is."""
    kind = legacy.detect(text)
    return legacy.convert(text, kind) if kind else text
