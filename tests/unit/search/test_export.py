"""Exports offices open: CSV with a BOM, XLSX as a valid Office Open XML zip, read back."""

import csv
import io
import zipfile
from xml.etree import ElementTree

from search_api.api import export, labels
from search_api.crossmonth import tasklist

TABLE = [["Trạng thái", "Nội dung"], ["Quá hạn", "Giao Sở Tài chính <chủ trì> & báo cáo\x0b"],
         ["Đang thực hiện", "Rà soát, tổng hợp"]]
NS = {"s": export.MAIN}


def test_csv_has_a_bom_and_reads_back() -> None:
    data = export.to_csv(TABLE)
    assert data.startswith("\ufeff".encode())
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == TABLE


def test_csv_cells_a_spreadsheet_would_run_open_as_text() -> None:
    """Bullets of notices ("+ Sở Y tế", "- Giao") and formulas get a leading apostrophe; a cell
    with "=" inside, a date or a number stays as written; the XLSX keeps every cell as written."""
    table = [["+ Sở Y tế chủ trì", "- Giao Sở Tài chính", "=HYPERLINK(\"http://x\")", "@SUM(A1)"],
             ["\tthụt lề", "a = b", "03/07/2025", "12"]]
    read = list(csv.reader(io.StringIO(export.to_csv(table).decode("utf-8-sig"))))
    assert read == [["'+ Sở Y tế chủ trì", "'- Giao Sở Tài chính", "'=HYPERLINK(\"http://x\")",
                     "'@SUM(A1)"], ["'\tthụt lề", "a = b", "03/07/2025", "12"]]
    assert _cells(export.to_xlsx(table)) == table


def _cells(data: bytes) -> list[list[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"} <= set(z.namelist())
        ElementTree.fromstring(z.read("xl/workbook.xml"))
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    return [[t.text or "" for t in row.iterfind(".//s:t", NS)]
            for row in sheet.iterfind(".//s:row", NS)]


def test_xlsx_holds_the_table_as_inline_strings() -> None:
    cells = _cells(export.to_xlsx(TABLE))
    assert cells[0] == TABLE[0] and cells[2] == TABLE[2]
    assert cells[1][1] == "Giao Sở Tài chính <chủ trì> & báo cáo"  # control character dropped


def test_xlsx_columns_past_z() -> None:
    assert [export._column(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_labels_months_and_days_in_vietnamese() -> None:
    assert labels.period("2025-06") == "Tháng 6/2025" and labels.period("2025-Q3") == "Quý 3/2025"
    assert labels.period("2025-H1") == "6 tháng đầu năm 2025"
    assert labels.period("2025") == "Năm 2025"
    assert labels.period("2025-H2") == "6 tháng cuối năm 2025" and labels.period(None) == ""
    assert labels.day("2025-07-03") == "03/07/2025" and labels.day(None) == ""


def _row(i: str, state: str, role: str, deadline: str | None, repeated: int) -> dict[str, object]:
    return {"id": i, "state": state, "role": role, "repeated": repeated,
            "deadline": {"date": deadline} if deadline else None,
            "first_seen": "2025-01", "last_seen": "2025-02"}


def test_filtered_rows_keep_state_and_role_and_sort_by_deadline() -> None:
    rows = [_row("a", "overdue", "lead", "2025-03-01", 0),
            _row("b", "open", "lead", "2025-02-01", 2),
            _row("c", "overdue", "support", "2025-01-01", 1),
            _row("d", "overdue", "lead", None, 0)]
    assert [r["id"] for r in tasklist.filtered(rows, "overdue", "lead", "deadline")] == ["a", "d"]
    every = tasklist.filtered(rows, None, None, "deadline")
    assert [r["id"] for r in every] == ["c", "b", "a", "d"]
    assert [r["id"] for r in tasklist.filtered(rows, None, None, "repeated")][:2] == ["b", "c"]
