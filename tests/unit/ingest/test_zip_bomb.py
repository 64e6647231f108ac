"""Bounded work per input: a .docx that inflates far beyond its size (a zip bomb) is refused from
its declared sizes, before python-docx inflates anything (a 4 MB file took 8.5 GB of memory)."""

from __future__ import annotations

import io
import zipfile

import pytest

from ingest.errors import IngestError
from ingest.formats import read_bytes
from ingest.readers import archive


def _bomb(megabytes: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as part:
            chunk = b" " * (1024 * 1024)
            for _ in range(megabytes):
                part.write(chunk)
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_with_one_line() -> None:
    data = _bomb(60)
    assert len(data) < 1024 * 1024  # 60 MiB of XML in well under 1 MiB
    with pytest.raises(IngestError, match=r"bomb.docx: part word/document.xml expands to 60 MiB"):
        read_bytes("bomb.docx", data)


def test_many_parts_and_the_total_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_PART", 100 * 1024 * 1024)
    monkeypatch.setattr(archive, "MAX_UNPACKED", 10 * 1024 * 1024)
    with pytest.raises(archive.Unsafe, match="archive expands to 20 MiB"):
        archive.check_zip(_bomb(20))
    monkeypatch.setattr(archive, "MAX_MEMBERS", 1)
    with pytest.raises(archive.Unsafe, match="2 parts"):
        archive.check_zip(_bomb(1))


def test_an_ordinary_archive_and_a_broken_one_pass_the_check() -> None:
    archive.check_zip(_bomb(1))
    archive.check_zip(b"PK\x03\x04 not really a zip")
