"""Regenerate the .docx and .pdf notices of eval/notices/ from the data in this file.

Run from anywhere: /work/main/.venv/bin/python eval/notices/make_binary.py
Needs python-docx and fpdf2 (both in the project's venv) and the DejaVu fonts
(/usr/share/fonts/truetype/dejavu). `plain_text(name)` gives the text a reader sees, used by
the corpus helper's gold check (cells joined by TAB, paragraphs by a blank line).

A document is a list of blocks:
  ("header", left_lines, right_lines)  Decree-30 header (a borderless 2-column table in .docx,
                                        stacked centred lines in .pdf)
  ("title", text) / ("p", text) / ("b", text)  centred bold line / body paragraph / bold paragraph
  ("table", widths, rows)               task table; a row with one cell is a merged group row,
                                        one with two cells ("I", "TITLE") a group row whose title
                                        spans the other columns; a cell "^" is merged with the
                                        cell above (a vertical merge: Word repeats its text);
                                        the first row is the column header
  ("sig", left_lines, right_lines)      'Nơi nhận' and signature (2-column table / stacked)
  ("num", text) / ("bul", text)         .docx only: a Word auto-numbered / bulleted list item
                                        (the number is list formatting, not text)
  ("break",)                            page break (a new section in .docx)
"""
from __future__ import annotations

import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_TIME = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)

sys.path.insert(0, HERE)
from binary_data import DOCS  # noqa: E402  (the notices' content, kept apart from the rendering)


def plain_text(name: str) -> str:
    """The notice's text as a reader would render it (for the gold check)."""
    out: list[str] = []
    for blk in DOCS[name]:
        kind = blk[0]
        if kind == "header" or kind == "sig":
            left, right = blk[1], blk[2]
            n = max(len(left), len(right))
            padded = [(left + [""] * n)[i] + "\t" + (right + [""] * n)[i] for i in range(n)]
            rows = padded
            out.append("\n".join(rows))
        elif kind == "table":
            out.append("\n".join("\t".join(c.replace("\n", "; ") for c in row)
                                  for row in _filled(blk[2])))
        elif kind in ("title", "p", "b", "num", "bul"):
            out.append(blk[1])
    return "\n\n".join(out)


def _filled(rows: list[list[str]]) -> list[list[str]]:
    """The rows as a reader sees them: a "^" cell repeats the text of the cell above it."""
    out: list[list[str]] = []
    for row in rows:
        out.append([out[-1][i] if c == "^" and out else c for i, c in enumerate(row)])
    return out


def _docx_borderless(table) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _docx_cell_lines(cell, lines: list[str], bold_first: int = 0) -> None:  # type: ignore[no-untyped-def]
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(line)
        run.bold = i < bold_first


def write_docx(name: str, path: str) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for blk in DOCS[name]:
        kind = blk[0]
        if kind in ("header", "sig"):
            t = doc.add_table(rows=1, cols=2)
            _docx_borderless(t)
            _docx_cell_lines(t.rows[0].cells[0], blk[1], 2 if kind == "header" else 1)
            _docx_cell_lines(t.rows[0].cells[1], blk[2], 2)
        elif kind == "title":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.add_run(blk[1]).bold = True
        elif kind in ("p", "b"):
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            par.paragraph_format.first_line_indent = Cm(1)
            par.add_run(blk[1]).bold = kind == "b"
        elif kind in ("num", "bul"):
            # Word's own list numbering: the number or bullet is not part of the text
            doc.add_paragraph(blk[1], style="List Number" if kind == "num" else "List Bullet 2")
        elif kind == "break":
            sec = doc.add_section()
            if len(blk) > 1 and blk[1] == "landscape":
                sec.orientation = WD_ORIENT.LANDSCAPE
                sec.page_width, sec.page_height = sec.page_height, sec.page_width
        elif kind == "table":
            _docx_table(doc, blk[1], blk[2])
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path: str) -> None:
    """Rewrite the .docx zip with fixed entry times so that regenerating changes no bytes."""
    import zipfile
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            dst.writestr(info, data, zipfile.ZIP_DEFLATED)


def _docx_table(doc, widths: list[float], rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    from docx.shared import Cm
    ncol = len(widths)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[ncol - 1])
            merged.paragraphs[0].add_run(row[0]).bold = True
            continue
        if len(row) == 2 and ncol > 2:  # "I" | a title spanning the other columns
            cells[0].paragraphs[0].add_run(row[0]).bold = True
            cells[1].merge(cells[ncol - 1]).paragraphs[0].add_run(row[1]).bold = True
            continue
        for ci, text in enumerate(row):
            if text == "^":  # merged with the cell above: its text stays there only
                t.rows[ri - 1].cells[ci].merge(cells[ci])
                continue
            parts = text.split("\n")
            cells[ci].paragraphs[0].add_run(parts[0]).bold = ri == 0
            for extra in parts[1:]:
                cells[ci].add_paragraph(extra)
            cells[ci].width = Cm(widths[ci])


def write_pdf(name: str, path: str) -> None:
    from fpdf import FPDF

    class Notice(FPDF):
        def footer(self) -> None:  # page number alone at the foot
            self.set_y(-15)
            self.set_font("DejaVu", size=10)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Notice(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    for blk in DOCS[name]:
        _pdf_block(pdf, blk)
    pdf.output(path)


def _pdf_block(pdf, blk: tuple) -> None:  # type: ignore[no-untyped-def,type-arg]
    kind = blk[0]
    w = pdf.epw
    if kind in ("header", "sig"):
        for side, lines in (("L", blk[1]), ("R", blk[2])):
            pdf.set_font("DejaVu", "B" if side == "R" or kind == "header" else "", 10)
            for line in lines:
                align = "C" if kind == "header" else side
                pdf.multi_cell(w, 5, line, align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    elif kind == "title":
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(w, 6, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind in ("p", "b"):
        pdf.set_font("DejaVu", "B" if kind == "b" else "", 10.5)
        pdf.multi_cell(w, 5.6, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)
    elif kind == "break":
        pdf.add_page()
    elif kind == "table":
        pdf.set_font("DejaVu", "", 8.5)
        total = sum(blk[1])
        widths = tuple(w * x / total for x in blk[1])
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6,
                       first_row_as_headings=True) as table:
            for row in blk[2]:
                r = table.row()
                if len(row) == 1:
                    r.cell(row[0], colspan=len(blk[1]))
                else:
                    for c in row:
                        r.cell(c.replace("\n", "; "))
        pdf.ln(3)


def main() -> None:
    for name in sorted(DOCS):
        path = os.path.join(HERE, name)
        (write_docx if name.endswith(".docx") else write_pdf)(name, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
