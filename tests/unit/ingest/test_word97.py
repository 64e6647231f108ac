"""Word 97-2003 .doc read in Python (no converter installed): the text of a .doc is the text of
the .docx it was saved from (tables as rows, vertically merged cells repeated, header table,
sections, Word's automatic list numbers); an encrypted .doc is refused with a clear error; a
Word 6/95 file goes to the converters, and says what to install when there is none."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.formats import read_bytes
from ingest.readers.word97 import NotReadable, _fc, read_word97

FIXTURES = Path(__file__).parents[2] / "fixtures" / "doc"
NOTICES = Path(__file__).parents[3] / "eval" / "notices"


@pytest.fixture(autouse=True)
def _no_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)


@pytest.mark.parametrize("name", ["bac-ninh-2025-10-lam-viec-giao-thong",
                                  "can-tho-2024-12-thuong-ky", "hung-yen-2025-09-thuong-ky"])
def test_a_doc_reads_as_the_docx_it_was_saved_from(name: str) -> None:
    doc = read_bytes(f"{name}.doc", (FIXTURES / f"{name}.doc").read_bytes()).text
    docx = read_bytes(f"{name}.docx", (NOTICES / f"{name}.docx").read_bytes()).text
    assert doc == docx
    assert "\t" in doc and doc.count("\n\n") > 10


def test_merged_cells_repeat_down_their_rows() -> None:
    text = read_word97((FIXTURES / "bac-ninh-2025-10-lam-viec-giao-thong.doc").read_bytes())
    rows = [ln.split("\t") for ln in text.splitlines() if ln[:2] in ("2\t", "3\t")]
    assert len(rows) == 2 and rows[0][2] == rows[1][2] != ""


def _with_word_document(data: bytes, change: int, value: int) -> bytes:
    """The .doc with one uint16 of its FIB changed (found by the FIB magic in the file)."""
    at = data.index(b"\xec\xa5")
    return data[:at + change] + struct.pack("<H", value) + data[at + change + 2:]


def test_an_encrypted_doc_is_refused_by_name() -> None:
    data = (FIXTURES / "can-tho-2024-12-thuong-ky.doc").read_bytes()
    flags = struct.unpack_from("<H", data, data.index(b"\xec\xa5") + 0x0A)[0]
    with pytest.raises(IngestError, match=r"x\.doc: encrypted \.doc \(password-protected\)"):
        read_bytes("x.doc", _with_word_document(data, 0x0A, flags | 0x0100))


def test_a_word_95_file_goes_to_the_converters() -> None:
    data = _with_word_document((FIXTURES / "can-tho-2024-12-thuong-ky.doc").read_bytes(), 2, 104)
    with pytest.raises(NotReadable, match="Word 6/95"):
        read_word97(data)
    with pytest.raises(IngestError, match=r"Word 6/95.*install antiword"):
        read_bytes("old.doc", data)


def test_each_character_maps_into_its_own_piece() -> None:
    """A fast-saved file holds many pieces: the offset of a character comes from the piece
    that starts at or before it, compressed (1 byte a char) or wide (2)."""
    places = [(0, 100, 1), (5, 400, 2), (9, 50, 1)]
    starts = [p[0] for p in places]
    assert [_fc(places, starts, i) for i in (0, 4, 5, 8, 9, 12)] == [100, 104, 400, 406, 50, 53]
