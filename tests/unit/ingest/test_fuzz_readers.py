"""Fuzzing the readers: mutated .docx/.pdf/.html/.txt bytes (flipped, truncated, inserted bytes;
corrupted zip entries and XML) never escape `read_bytes` as anything but one `IngestError`.
Seeded and bounded (derandomize, few examples) so it runs in the suite in seconds."""

import io
import zipfile

import docx
import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.errors import IngestError
from ingest.formats import read_bytes

FUZZ = settings(derandomize=True, max_examples=25, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _docx() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "UY BAN NHAN DAN TINH"
    table.cell(0, 1).text = "Số: 1/TB-UBND"
    document.add_paragraph("THÔNG BÁO")
    document.add_paragraph("1. Giao Sở Tài chính chủ trì.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in ("UY BAN NHAN DAN TINH", "THONG BAO", "1. Giao So Tai chinh chu tri."):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


HTML = ("<html><body><nav>Menu</nav><div><table><tr><td>ỦY BAN NHÂN DÂN<br>Số: 1/TB</td>"
        "<td rowspan='2'>CỘNG HÒA</td></tr></table><p>THÔNG BÁO</p><p>1. Giao Sở Y t&#7871;."
        "</p></div></body></html>").encode()
SEEDS = {"notice.docx": _docx(), "notice.pdf": _pdf(), "notice.html": HTML,
         "notice.txt": "THÔNG BÁO\n\n1. Giao Sở Tài chính.".encode()}


def _only_ingest_errors(name: str, data: bytes) -> None:
    try:
        read_bytes(name, data)
    except IngestError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(name)


mutation = st.tuples(st.sampled_from(["flip", "cut", "insert"]), st.floats(0, 1),
                     st.binary(min_size=1, max_size=16))


def _mutate(data: bytes, how: tuple[str, float, bytes]) -> bytes:
    kind, where, junk = how
    if not data:
        return junk
    at = int(where * (len(data) - 1))
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ (junk[0] or 0xFF)]) + data[at + 1:]
    if kind == "cut":
        return data[:at]
    return data[:at] + junk + data[at:]


@pytest.mark.parametrize("name", sorted(SEEDS))
@FUZZ
@given(hows=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_bytes_only_raise_ingest_error(name: str, hows: list[tuple[str, float, bytes]]
                                               ) -> None:
    data = SEEDS[name]
    for how in hows:
        data = _mutate(data, how)
    _only_ingest_errors(name, data)


def _rezip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for entry, content in entries.items():
            z.writestr(entry, content)
    return buf.getvalue()


@FUZZ
@given(target=st.sampled_from(["word/document.xml", "[Content_Types].xml", "word/_rels/"
                               "document.xml.rels", "word/styles.xml"]),
       how=mutation, drop=st.booleans())
def test_corrupted_docx_parts_only_raise_ingest_error(target: str,
                                                      how: tuple[str, float, bytes],
                                                      drop: bool) -> None:
    with zipfile.ZipFile(io.BytesIO(SEEDS["notice.docx"])) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    if drop:
        entries.pop(target, None)
    elif target in entries:
        entries[target] = _mutate(entries[target], how)
    _only_ingest_errors("notice.docx", _rezip(entries))
