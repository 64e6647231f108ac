"""A table (header + rows of strings) as CSV (UTF-8 with BOM, what Excel opens as Unicode) or as
a minimal XLSX (one sheet, inline strings; Office Open XML written with zipfile).

A CSV cell a spreadsheet would read as a formula (first character = + - @, a tab or a carriage
return: notices write "+ Sở Y tế ..." and "- Giao ...") is written with a leading apostrophe, so it
opens as the text it is instead of #NAME? or a formula run (OWASP "CSV injection"; LibreOffice 7.4
reads a CSV's "=1+1" as the formula, 2, and "'=1+1" as that text, the apostrophe shown). XLSX
cells are inline strings, never formulas, so they stay as written."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

Table = Sequence[Sequence[str]]
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.'
    'org/officeDocument/2006/relationships/worksheet"/></Relationships>')
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XML 1.0 refuses
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(cell: str) -> str:
    """The cell as a spreadsheet opens it as text: a leading apostrophe before a formula start."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def to_csv(table: Table) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([[as_text(c) for c in row] for row in table])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _sheet(table: Table) -> str:
    rows = []
    for r, row in enumerate(table, start=1):
        cells = "".join(
            f'<c r="{_column(c)}{r}" t="inlineStr"><is><t xml:space="preserve">'
            f"{escape(NOT_XML.sub('', value))}</t></is></c>" for c, value in enumerate(row))
        rows.append(f'<row r="{r}">{cells}</row>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}">'
            f'<sheetData>{"".join(rows)}</sheetData></worksheet>')


def _workbook(sheet_name: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            f'<sheet name="{escape(sheet_name[:31])}" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>')


def to_xlsx(table: Table, sheet_name: str = "Nhiệm vụ") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", _workbook(sheet_name))
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", _sheet(table))
    return out.getvalue()
