"""The text of WordprocessingML as Word shows it, where python-docx's `.text` sees only a
paragraph's direct runs and hyperlinks: runs inside a tracked insertion (`w:ins`, `w:moveTo`),
an inline or block content control (`w:sdt`), a simple field (`w:fldSimple`), a smart tag or
custom XML are read; deleted text (`w:del`, `w:moveFrom`) and field codes are not. Text boxes
anchored in a paragraph (`w:txbxContent`, the drawing's choice, not its VML fallback) are
paragraphs of their own, read before their anchor's text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn

W_P, W_TBL, W_T = qn("w:p"), qn("w:tbl"), qn("w:t")
# what may hold whole paragraphs and tables (inline wrappers hold runs: `_pieces` reads them all)
WRAPPERS = {qn(t) for t in ("w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo")}
SKIPPED = {qn(t) for t in ("w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr",
                           "w:instrText", "w:delText", "w:txbxContent")}
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
CHARS = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
         qn("w:noBreakHyphen"): "-"}


def blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs (`w:p`) and tables (`w:tbl`) of a body or cell in document order, those
    inside content controls, custom XML and tracked insertions included."""
    for child in parent:
        if child.tag in (W_P, W_TBL):
            yield child
        elif child.tag in WRAPPERS:
            yield from blocks(child)


def paragraph_text(p: Any) -> str:
    """The paragraph's visible text (its text boxes aside: `text_boxes`)."""
    return "".join(_pieces(p))


def _pieces(el: Any) -> Iterator[str]:
    for child in el:
        tag = child.tag
        if tag in SKIPPED or tag == FALLBACK:
            continue
        if tag == W_T:
            yield child.text or ""
        elif tag in CHARS:
            yield CHARS[tag]
        else:
            yield from _pieces(child)


def text_boxes(p: Any) -> list[Any]:
    """The paragraphs of the text boxes anchored in `p` (once each: a VML fallback repeats
    the drawing's text, so it is left out)."""
    out: list[Any] = []
    for box in p.iter(qn("w:txbxContent")):
        if not any(a.tag == FALLBACK for a in box.iterancestors()):
            out.extend(b for b in blocks(box) if b.tag == W_P)
    return out
