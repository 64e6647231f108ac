"""Notices in other shapes (another province, a chuyên đề meeting, other numbering, .docx, .pdf)
and bad inputs: the parser is not fitted to the two samples."""

import unicodedata
from datetime import date
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from ingest.errors import IngestError
from ingest.model import NoticeGraph
from ingest.pipeline import parse_bytes, parse_file
from ingest.text import _compose_keep_tones

FIXTURE = Path(__file__).parents[2] / "fixtures" / "notices" / "lang-son-2024-09-chuyen-de.txt"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _check_lang_son(ng: NoticeGraph) -> None:
    m = ng.meeting
    assert (m.province, m.period, m.kind, m.date) == ("Lạng Sơn", "2024-09", "chuyên đề",
                                                       date(2024, 9, 16))
    assert m.id == "lang-son-2024-09-chuyen-de-20240916" and m.chair == "Nguyễn Văn An"
    first = ng.directives[0]
    assert [a.name for a in first.lead] == ["Sở Kế hoạch và Đầu tư"]
    assert {a.name for a in first.support} == {"Sở Tài chính", "Sở Giao thông vận tải"}
    assert first.deadline is not None and first.deadline.date == date(2024, 9, 30)
    bullets = [d for d in ng.directives if "thu hồi đất" in d.text or "khiếu nại" in d.text]
    assert len(bullets) == 2
    assert all([a.name for a in d.lead] == ["Sở Tài nguyên và Môi trường"] for d in bullets)
    assert bullets[0].deadline is not None and bullets[0].deadline.precision == "month"
    road = next(d for d in ng.directives if "Hữu Nghị" in d.text)
    assert road.deadline is not None and road.deadline.date == date(2024, 12, 31)
    assert road.projects and "Hữu Nghị" in road.projects[0].name
    assert [f.kind for f in ng.findings] == ["achievement"] or ng.findings


def test_other_province_txt() -> None:
    ng = parse_file(FIXTURE)
    _check_lang_son(ng)
    lineage = {a.id: a.successors for a in ng.agencies}
    assert "lang-son:so-tai-chinh" in lineage.get("lang-son:so-ke-hoach-va-dau-tu", [])


def test_same_notice_as_docx(tmp_path: Path) -> None:
    document = docx.Document()
    for para in FIXTURE.read_text(encoding="utf-8").split("\n\n"):
        document.add_paragraph(para.strip())
    path = tmp_path / "notice.docx"
    document.save(str(path))
    _check_lang_son(parse_file(path))


def lang_son_pdf(user_password: str | None = None) -> bytes:
    """The Lạng Sơn fixture as a text PDF; encrypted (owner password set) when a user password
    is given ("" = opens without one)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=10)
    for para in FIXTURE.read_text(encoding="utf-8").split("\n\n"):
        pdf.multi_cell(0, 5, para.strip())
        pdf.ln(4)
    if user_password is not None:
        pdf.set_encryption(owner_password="owner-only", user_password=user_password)
    return bytes(pdf.output())


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_same_notice_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(lang_son_pdf())
    _check_lang_son(parse_file(path))


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"   \n", "empty"),
        ("bin.txt", b"\x00\x01\x02abc", "binary"),
        ("photo.pdf", b"\x89PNG\r\n\x1a\n" + b"x" * 100, "not a PDF"),
        ("note.txt", "Xin chào, đây là một ghi chú.".encode(), "not a meeting-conclusion"),
        ("data.xlsx", b"abc", "unsupported"),
        ("broken.docx", b"PK\x03\x04garbage", "not a valid .docx"),
    ],
)
def test_bad_inputs_one_line_error(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as exc:
        parse_bytes(name, data)
    message = str(exc.value)
    assert message.startswith(name) and reason in message and "\n" not in message


def test_utf16_and_cp1258_are_read() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    assert parse_bytes("u16.txt", text.encode("utf-16")).meeting.province == "Lạng Sơn"
    legacy = _compose_keep_tones(unicodedata.normalize("NFD", text)).encode("cp1258")
    assert parse_bytes("w.txt", legacy).meeting.province == "Lạng Sơn"


def test_notice_without_directives_is_still_a_notice() -> None:
    """A real notice (title and header) is never refused because no directive was found: the
    anatomy, not the task count, says what a notice is."""
    text = FIXTURE.read_text(encoding="utf-8").split("2. Nhiệm vụ trọng tâm")[0]
    ng = parse_bytes("cut.txt", text.encode())
    assert ng.directives == [] and ng.meeting.province == "Lạng Sơn"
