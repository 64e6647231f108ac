"""OpenDocument text (.odt): the text of an .odt is the text of the .docx it was saved from (list
numbers drawn by the list style and continued across an interruption, a task table whose cells
span rows and columns); a zip that is no .odt is refused with one line naming the file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.formats import read_bytes
from ingest.pipeline import parse_bytes

FIXTURES = Path(__file__).parents[2] / "fixtures" / "odt"
NOTICES = Path(__file__).parents[3] / "eval" / "notices"
NAMES = ["hung-yen-2025-09-thuong-ky", "bac-ninh-2025-10-lam-viec-giao-thong"]


@pytest.mark.parametrize("name", NAMES)
def test_an_odt_reads_as_the_docx_it_was_saved_from(name: str) -> None:
    odt = read_bytes(f"{name}.odt", (FIXTURES / f"{name}.odt").read_bytes()).text
    docx = read_bytes(f"{name}.docx", (NOTICES / f"{name}.docx").read_bytes()).text
    assert odt == docx


def test_list_numbers_continue_after_an_interruption() -> None:
    """Items 1-3, a bulleted list under item 3, then items 4-9 of the same list."""
    text = read_bytes("x.odt", (FIXTURES / f"{NAMES[0]}.odt").read_bytes()).text
    tasks = text.split("II. NHIỆM VỤ TRỌNG TÂM")[1].split("\n\n")
    assert [ln.split(" ")[0] for ln in tasks[1:12]] == [
        "1.", "2.", "3.", "-", "-", "4.", "5.", "6.", "7.", "8.", "9."]


def test_an_odt_notice_parses_like_its_docx() -> None:
    odt = parse_bytes("bac-ninh.odt", (FIXTURES / f"{NAMES[1]}.odt").read_bytes())
    docx = parse_bytes("bac-ninh.docx", (NOTICES / f"{NAMES[1]}.docx").read_bytes())
    assert [(d.text, d.lead, d.deadline) for d in odt.directives] == [
        (d.text, d.lead, d.deadline) for d in docx.directives]


def test_a_zip_without_content_is_refused_by_name() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(IngestError, match=r"^empty\.odt: not a valid \.odt file .*content\.xml"):
        read_bytes("empty.odt", out.getvalue())
