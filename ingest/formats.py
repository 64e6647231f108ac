"""Read a notice file into NFC text following the text contract (docs/anatomy.md): .txt .md
.html/.htm .docx .doc .pdf, legacy TCVN3/VNI text converted. Bad input -> one-line IngestError:
every exception inside a reader becomes `IngestError(name, reason)`, never a traceback."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import IngestError
from ingest.readers import plain
from ingest.readers.archive import Unsafe
from ingest.readers.doc97 import NoConverter, read_doc
from ingest.readers.markdown import read_markdown
from ingest.readers.ocr import NoOcr, read_scanned
from ingest.readers.odt import read_odt
from ingest.readers.pdf import read_pdf
from ingest.readers.web import read_html
from ingest.readers.word import read_docx
from ingest.readers.word97 import Encrypted
from ingest.text import clean_name, nfc, strip_controls

SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx", ".doc", ".odt", ".pdf")
MAX_BYTES = 50 * 1024 * 1024


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
    name = clean_name(name)  # the name is stored (meeting source) and shown
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        kind = suffix or "(none)"
        raise IngestError(name, f"unsupported file type {kind!r}; use {' '.join(SUPPORTED)}")
    if not data.strip():
        raise IngestError(name, "empty file")
    if len(data) > MAX_BYTES:
        raise IngestError(name, _too_large(len(data)))
    text = _contract(_run(name, READERS[suffix], data))
    if not text.strip():
        raise IngestError(name, "no text found")
    return Source(name, suffix.lstrip("."), text, hashlib.sha256(data).hexdigest())


def _run(name: str, reader: Callable[[bytes], str], data: bytes) -> str:
    """A reader's text; whatever it raises becomes one line naming the file."""
    try:
        return reader(data)
    except IngestError:
        raise
    except (plain.NotText, NoConverter, NoOcr, Unsafe, Encrypted) as exc:
        raise IngestError(name, str(exc)) from exc
    except RecursionError as exc:
        raise IngestError(name, "unreadable file: nested too deeply") from exc
    except Exception as exc:  # a reader's failure must never be a traceback
        raise IngestError(name, _reason(Path(name).suffix.lower(), exc)) from exc


def _reason(suffix: str, exc: Exception) -> str:
    what = {".docx": "not a valid .docx file", ".pdf": "unreadable PDF",
            ".doc": "unreadable .doc file", ".odt": "not a valid .odt file"}.get(
        suffix, "unreadable file")
    detail = re.sub(r"\s+", " ", str(exc)).strip()[:160]
    return f"{what} ({type(exc).__name__}{': ' + detail if detail else ''})"


def _contract(text: str) -> str:
    """NFC, one newline convention, no NUL or other control characters but TAB and newline; a
    line of blanks only is a blank line (web copies separate paragraphs with " " lines)."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = strip_controls(text)  # and bidi controls
    return re.sub(r"(?m)^[ \t\u00a0\u200b]+$", "", text)


def _text_file(data: bytes) -> str:
    return plain.unquote(plain.decode(data))


def _markdown(data: bytes) -> str:
    return read_markdown(plain.decode(data))


def _html(data: bytes) -> str:
    return plain.unlegacy(read_html(_html_decode(data)))


def _html_decode(data: bytes) -> str:
    """A page's text: its declared charset (BOM, <meta charset>), else UTF-8, else cp1258."""
    head = data[:2048].decode("ascii", errors="ignore").lower()
    declared = re.search(r"charset=[\"']?([\w-]+)", head)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(declared.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return plain.decode(data)


def _docx(data: bytes) -> str:
    if not data.startswith(b"PK"):
        raise plain.NotText("not a valid .docx file (not a zip package)")
    return plain.unlegacy(read_docx(data))


def _pdf(data: bytes) -> str:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise plain.NotText("not a PDF file")
    _check_encryption(data)
    text = read_pdf(data)
    if not text.strip():
        text = read_scanned(data)  # OCR, or NoOcr saying what to install
    if not text.strip():
        raise plain.NotText("PDF has no text layer and OCR read no text (scanned?)")
    return plain.unlegacy(text)


def _check_encryption(data: bytes) -> None:
    """An encrypted PDF with only an owner password (no copy/edit, common for official
    documents) opens with the empty user password; one that needs a password is refused."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not _open_without_password(reader):
        raise plain.NotText("encrypted PDF (password-protected)")


def _open_without_password(reader: Any) -> bool:
    from pypdf.errors import DependencyError, PdfReadError

    try:
        return bool(reader.decrypt(""))
    except (DependencyError, PdfReadError, NotImplementedError):
        return False


READERS: dict[str, Callable[[bytes], str]] = {
    ".txt": _text_file, ".md": _markdown, ".html": _html, ".htm": _html, ".docx": _docx,
    ".doc": lambda data: plain.unlegacy(read_doc(data)), ".pdf": _pdf,
    ".odt": lambda data: plain.unlegacy(read_odt(data)),
}
