"""Read a notice file (.txt .md .docx .pdf) into NFC text. Bad input -> one-line IngestError."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.table import Table
from docx.text.paragraph import Paragraph

from ingest.errors import IngestError
from ingest.text import nfc

SUPPORTED = (".txt", ".md", ".docx", ".pdf")
MAX_BYTES = 50 * 1024 * 1024
# Legacy 8-bit Vietnamese fonts (TCVN3/VNI) decode to runs of these Latin-1 symbols.
_LEGACY = re.compile(r"[\u00b5\u00b8\u00a9\u00aa\u00ab\u00ac\u00ae\u00f5\u00f8\u00e6\u00e7]{1}")


@dataclass(frozen=True)
class Source:
    name: str
    format: str
    text: str
    sha256: str


def read_source(path: Path) -> Source:
    return read_bytes(str(path), load(path))


def load(path: Path) -> bytes:
    """A file's bytes; one over MAX_BYTES is refused before it is read into memory."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(str(path), _too_large(size))
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), f"cannot read file: {exc.strerror or exc}") from exc


def _too_large(size: int) -> str:
    return f"file too large ({size / 1_048_576:.1f} MiB > {MAX_BYTES // 1_048_576} MiB)"


def read_bytes(name: str, data: bytes) -> Source:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        kind = suffix or "(none)"
        raise IngestError(name, f"unsupported file type {kind!r}; use .txt .md .docx .pdf")
    if not data.strip():
        raise IngestError(name, "empty file")
    if len(data) > MAX_BYTES:
        raise IngestError(name, _too_large(len(data)))
    reader = {".docx": _docx, ".pdf": _pdf}.get(suffix, _plain)
    text = nfc(reader(name, data)).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(name, "no text found")
    return Source(name, suffix.lstrip("."), text, hashlib.sha256(data).hexdigest())


def _plain(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(name, "not valid UTF-16 text after its byte-order mark") from exc
    if data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04")) or b"\x00" in data:
        raise IngestError(name, "binary content, not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1258", errors="strict") if _cp1258_ok(data) else ""
    if not text or _looks_legacy(text):
        raise IngestError(name, "not UTF-8 text (legacy TCVN3/VNI encodings are not supported)")
    return text


def _cp1258_ok(data: bytes) -> bool:
    try:
        data.decode("cp1258")
    except UnicodeDecodeError:
        return False
    return True


def _looks_legacy(text: str) -> bool:
    return len(_LEGACY.findall(text)) > max(5, len(text) // 200)


def _docx(name: str, data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(name, "not a valid .docx file") from exc
    parts: list[str] = []
    for block in document.iter_inner_content():  # paragraphs and tables in document order
        parts.extend([block.text] if isinstance(block, Paragraph) else _table_cells(block))
    return "\n\n".join(p.strip() for p in parts if p.strip())


def _table_cells(table: Table) -> list[str]:
    """Cell texts row by row; a merged cell (repeated by python-docx) is read once, and a
    nested table (a header block inside a cell) is read where it stands."""
    out: list[str] = []
    seen: set[Any] = set()  # the cells' XML elements (held, so their identity is stable)
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            for block in cell.iter_inner_content():
                out.extend([block.text] if isinstance(block, Paragraph) else _table_cells(block))
    return out


def _pdf(name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise IngestError(name, "not a PDF file")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _open_without_password(reader):
            raise IngestError(name, "encrypted PDF (password-protected)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise IngestError(name, f"unreadable PDF: {exc}") from exc
    if not "".join(pages).strip():
        raise IngestError(name, "PDF has no text layer (scanned?)")
    return "\n\n".join(_pdf_paragraphs(p) for p in pages)


def _open_without_password(reader: Any) -> bool:
    """An encrypted PDF with only an owner password (no copy/edit, common for official
    documents) opens with the empty user password; one that needs a password does not."""
    from pypdf.errors import DependencyError, PdfReadError

    try:
        return bool(reader.decrypt(""))
    except (DependencyError, PdfReadError, NotImplementedError):
        return False


def _pdf_paragraphs(page: str) -> str:
    """PDF lines -> paragraphs: a line break inside a sentence becomes a space."""
    lines = [ln.strip() for ln in page.splitlines()]
    out: list[str] = []
    for ln in lines:
        if not ln:
            continue
        if out and _wrapped(out[-1], ln):
            out[-1] += " " + ln
        else:
            out.append(ln)
    return "\n\n".join(out)


def _wrapped(prev: str, line: str) -> bool:
    """Is `line` the continuation of a sentence wrapped at the page width?"""
    if _starts_block(line) or re.search(r"[.;:!?]$", prev):
        return False
    return line[:1].islower() or len(prev.split("\n")[-1]) >= 60


def _starts_block(line: str) -> bool:
    return bool(re.match(r"([IVX]+\.|\d+(\.\d+)*\.|[a-zđ]\)|[-+•]|\(\d+\))\s", line))
