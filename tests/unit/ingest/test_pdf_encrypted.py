"""Encrypted PDFs: owner-password-only (no copy/edit restrictions, common for official documents)
are read; ones that need a password to open are refused in one line."""

from pathlib import Path

import pytest
from fpdf import FPDF

from ingest.errors import IngestError
from ingest.pipeline import parse_bytes

FIXTURE = Path(__file__).parents[2] / "fixtures" / "notices" / "lang-son-2024-09-chuyen-de.txt"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf(user_password: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=10)
    for para in FIXTURE.read_text(encoding="utf-8").split("\n\n"):
        pdf.multi_cell(0, 5, para.strip())
        pdf.ln(4)
    pdf.set_encryption(owner_password="owner-only", user_password=user_password)
    return bytes(pdf.output())


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_owner_password_only_pdf_is_read() -> None:
    ng = parse_bytes("restricted.pdf", _pdf(""))
    assert ng.meeting.province == "Lạng Sơn" and len(ng.directives) >= 3


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_pdf_needing_a_password_is_refused() -> None:
    with pytest.raises(IngestError, match="password-protected") as exc:
        parse_bytes("locked.pdf", _pdf("secret"))
    assert str(exc.value).startswith("locked.pdf") and "\n" not in str(exc.value)
