"""Word 97-2003 .doc: read in Python (`word97`: the piece table, tables as rows); a file it does
not read (Word 6/95, a damaged piece table) through an installed converter (antiword, else
LibreOffice headless). An encrypted .doc is refused, converter or not."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ingest.readers.word97 import Encrypted, NotReadable, read_word97


class NoConverter(RuntimeError):
    """No .doc converter is installed; the message says what to install."""


def read_doc(data: bytes) -> str:
    if not data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValueError("not a Word 97-2003 .doc file")
    try:
        return read_word97(data)
    except Encrypted:
        raise
    except (NotReadable, ValueError, IndexError, OSError, EOFError) as exc:
        return _converted(data, exc)


def _converted(data: bytes, why: Exception) -> str:
    """The converters' text, for a .doc the Python reader could not read (`why`)."""
    if shutil.which("antiword"):
        return _run(["antiword", "-m", "UTF-8.txt", "-w", "0"], data)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office:
        return _libreoffice(office, data)
    raise NoConverter(f"this .doc could not be read ({why}); a converter may read it: install "
                      "antiword (apt-get install antiword) or LibreOffice, or save it as .docx")


def _run(cmd: list[str], data: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.doc"
        path.write_bytes(data)
        done = subprocess.run([*cmd, str(path)], capture_output=True, timeout=60, check=False)
    if done.returncode != 0:
        raise ValueError(f"the .doc converter failed: {done.stderr.decode(errors='replace')[:120]}")
    return _paragraphs(done.stdout.decode("utf-8", errors="replace"))


def _libreoffice(office: str, data: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.doc"
        path.write_bytes(data)
        cmd = [office, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp,
               str(path)]
        subprocess.run(cmd, capture_output=True, timeout=120, check=False)
        out = Path(tmp) / "in.txt"
        if not out.exists():
            raise ValueError("LibreOffice could not convert the .doc file")
        return _paragraphs(out.read_text(encoding="utf-8-sig", errors="replace"))


def _paragraphs(text: str) -> str:
    """One paragraph per line in the converters' output: separate them by a blank line."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    return "\n\n".join(ln for ln in lines if ln.strip())
