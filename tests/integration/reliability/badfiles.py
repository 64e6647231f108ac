"""Bad files (and good files in odd encodings), generated: nothing large is committed."""

from __future__ import annotations

import io
import random
import unicodedata
from pathlib import Path

import docx
from fpdf import FPDF
from PIL import Image

from ingest.text import _compose_keep_tones
from tests.integration.reliability.conftest import ROOT, SAMPLES

LANG_SON = ROOT / "tests" / "fixtures" / "notices" / "lang-son-2024-09-chuyen-de.txt"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# TCVN3 (ABC), lower case: the legacy 8-bit font encoding of pre-Unicode Vietnamese documents.
_TCVN3 = dict(zip(
    "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ",
    bytes.fromhex("b5b6b7b8b9a8bbbcbdbec6a9c7c8c9cacbcccecfd0d1aad2d3d4d5d6d7d8dcdddedf"
                  "e1e2e3e4abe5e6e7e8e9aceaebecedeeeff1f2f3f4adf5f6f7f8f9fafbfcfdfeae"),
    strict=True,
))


def tcvn3(text: str) -> bytes:
    """TCVN3 bytes as typed in the .VnTime font: ASCII as it is, an accented capital as its
    small letter (the font has no capitals but through .VnTimeH)."""
    return bytes(ord(ch) if ord(ch) < 128 else _TCVN3.get(ch.lower(), 63) for ch in text)


def _pdf() -> FPDF:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=10)
    return pdf


def locked_pdf(text: str) -> bytes:
    pdf = _pdf()
    pdf.multi_cell(0, 5, text[:2000])
    pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A page that is only an image (a scan): no text layer."""
    png = io.BytesIO()
    Image.new("L", (600, 800), 255).save(png, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(png.getvalue()), x=10, y=10, w=180)
    return bytes(pdf.output())


def tables_only_docx() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("Chỉ tiêu", "Kế hoạch", "Thực hiện"), ("GRDP", "7,5%", "6,56%"),
                             ("Thu ngân sách", "2.500 tỷ", "1.320 tỷ")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def bad_files(folder: Path) -> dict[str, str]:
    """Write the bad files; name -> a word the one-line reason must contain."""
    sample = SAMPLES[1].read_text(encoding="utf-8")
    files = {
        "empty.txt": (b"", "empty"),
        "binary.txt": (random.Random(8).randbytes(4096) + b"\x00", "binary"),
        "bom.txt": (b"\xff\xfe" + "Thông báo".encode("utf-16-le") + b"\x00\xd8!", "UTF-16"),
        "photo.pdf": (_png(), "not a PDF"),
        "locked.pdf": (locked_pdf(sample), "password"),
        "scanned.pdf": (scanned_pdf(), "no text"),
        "note.txt": ("Biên bản bàn giao tài sản: 02 máy tính, 01 máy in.\n".encode(),
                     "not a meeting-conclusion"),
        "tables.docx": (tables_only_docx(), "not a meeting-conclusion"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "huge.txt", "wb") as fh:  # 51 MiB, sparse: refused before it is read
        fh.truncate(51 * 1024 * 1024)
    return {**{n: r for n, (_, r) in files.items()}, "huge.txt": "too large"}


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 0, 0)).save(out, format="PNG")
    return out.getvalue()


def good_files(folder: Path) -> list[Path]:
    """Notices in other encodings (read correctly: UTF-16, Windows-1258, legacy TCVN3 converted)
    and one cut in the middle of its directives (read as far as it goes: the directives present
    are stored, nothing is invented)."""
    lang_son = LANG_SON.read_text(encoding="utf-8")
    later = SAMPLES[1].read_text(encoding="utf-8")
    earlier = SAMPLES[0].read_text(encoding="utf-8")
    legacy = _compose_keep_tones(unicodedata.normalize("NFD", later)).encode("cp1258")
    out = {"utf16.txt": lang_son.encode("utf-16"), "windows1258.txt": legacy,
           "tcvn3.txt": tcvn3(lang_son.replace("Lạng Sơn", "Bắc Kạn")),
           "cut.txt": earlier[: int(len(earlier) * 0.7)].encode()}
    for name, data in out.items():
        (folder / name).write_bytes(data)
    return [folder / n for n in out]
