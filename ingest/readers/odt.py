"""OpenDocument text (.odt, the ODF format of LibreOffice and of offices that keep to open
formats): the body in document order as the .docx reader gives it. Paragraphs and headings;
list items with the number or bullet their list style draws ("1.", "a)", "-"; counters per list,
deeper levels restarting, `text:continue-list` / `text:continue-numbering` kept); tables as TAB
rows (a cell spanning columns once, one spanning rows repeated in each); text boxes as
paragraphs before their anchor; tracked deletions, notes and annotations not read; page headers
and footers (styles.xml) not."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from ingest.readers.archive import check_zip
from ingest.readers.cells import cell_text, render_rows
from ingest.readers.numbering import advance, bullet, formatted

NS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
      "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"}
FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
           "I": "upperRoman"}
SKIPPED = {"note", "annotation", "tracked-changes", "soft-page-break", "bookmark-ref",
           "sequence-decls"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
MAX_REPEAT = 64  # a repeated empty column or row is written at most this often


def _q(tag: str) -> str:
    prefix, name = tag.split(":")
    return f"{{{NS[prefix]}}}{name}"


def _attr(el: Any, name: str, default: str = "") -> str:
    return str(el.get(_q(name), default))


def _local(el: Any) -> str:
    return str(el.tag).rsplit("}", 1)[-1]


@dataclass(frozen=True)
class LevelStyle:
    fmt: str  # an OOXML format name, "bullet" or "none"
    prefix: str
    suffix: str
    start: int


@dataclass
class Reader:
    """The list styles of the document and the counters of its lists."""
    styles: dict[str, dict[int, LevelStyle]]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # list -> level -> count
    last: dict[str, dict[int, int]] = field(default_factory=dict)  # per style: continue-numbering


def read_odt(data: bytes) -> str:
    check_zip(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if "content.xml" not in z.namelist():
            raise ValueError("not an OpenDocument text (no content.xml)")
        content = ElementTree.fromstring(z.read("content.xml"))
        styles = ElementTree.fromstring(z.read("styles.xml")) if "styles.xml" in z.namelist() \
            else None
    body = content.find("office:body/office:text", NS)
    if body is None:
        raise ValueError("not an OpenDocument text (no office:text body)")
    reader = Reader(_list_styles([content, *([styles] if styles is not None else [])]))
    parts = _blocks(body, reader)
    return "\n\n".join(p.strip() for p in parts if p.strip())


def _list_styles(roots: list[Any]) -> dict[str, dict[int, LevelStyle]]:
    out: dict[str, dict[int, LevelStyle]] = {}
    for root in roots:
        for style in root.iter(_q("text:list-style")):
            out[_attr(style, "style:name")] = {
                int(_attr(lvl, "text:level", "1")): _level(lvl) for lvl in style}
    return out


def _level(lvl: Any) -> LevelStyle:
    if _local(lvl) == "list-level-style-bullet":
        char = _attr(lvl, "text:bullet-char", "-")
        return LevelStyle("bullet", "", bullet(char), 1)
    fmt = FORMATS.get(_attr(lvl, "style:num-format"), "none")
    return LevelStyle(fmt, _attr(lvl, "style:num-prefix"), _attr(lvl, "style:num-suffix"),
                      int(_attr(lvl, "text:start-value", "1") or 1))


def _blocks(parent: Any, reader: Reader) -> list[str]:
    """The paragraphs, lists and tables under `parent`, in order, as text blocks."""
    out: list[str] = []
    for el in parent:
        name = _local(el)
        if name in ("p", "h"):
            out.extend(_boxes(el, reader))
            out.append(paragraph_text(el))
        elif name == "list":
            out.extend(_list(el, reader, "", 1, ""))
        elif name == "table":
            out.append(render_rows(_rows(el, reader)))
        elif name in ("section", "index-body") or name.endswith("-index"):
            out.extend(_blocks(el, reader))
    return out


def paragraph_text(el: Any) -> str:
    """A paragraph's visible text: spans, links and fields read; notes, annotations, text
    boxes (read apart) and tracked deletions not."""
    parts = [el.text or ""]
    for child in el:
        name = _local(child)
        if name == "s":
            parts.append(" " * int(_attr(child, "text:c", "1") or 1))
        elif name == "tab":
            parts.append("\t")
        elif name == "line-break":
            parts.append("\n")
        elif name not in SKIPPED and name != "frame":
            parts.append(paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _boxes(el: Any, reader: Reader) -> list[str]:
    """The text boxes anchored in a paragraph, their paragraphs first."""
    out: list[str] = []
    for box in el.iter(_q("draw:text-box")):
        out.extend(_blocks(box, reader))
    return out


def _list(el: Any, reader: Reader, style: str, depth: int, key: str) -> list[str]:
    """A list's items with their labels; `key` names the list whose counters run here."""
    style = _attr(el, "text:style-name") or style
    key = key or _start_list(el, reader, style)
    out: list[str] = []
    for item in el:
        if _local(item) in ("list-item", "list-header"):
            label = _label(reader, style, depth, key, item) if _local(item) == "list-item" else ""
            out.extend(_item(item, reader, style, depth, key, label))
    return out


def _start_list(el: Any, reader: Reader, style: str) -> str:
    """A new list's counters: those of the list it continues (`text:continue-list`, or the
    last list of its style with `text:continue-numbering`), else fresh ones."""
    key = el.get(XML_ID) or f"l{len(reader.counters)}"
    earlier = _attr(el, "text:continue-list")
    go_on = _attr(el, "text:continue-numbering") == "true" and style in reader.last
    reader.counters[key] = reader.counters[earlier] if earlier in reader.counters else (
        reader.last[style] if go_on else {})
    reader.last[style] = reader.counters[key]
    return key


def _item(item: Any, reader: Reader, style: str, depth: int, key: str, label: str) -> list[str]:
    """An item's paragraphs (the first with the label), nested lists and other blocks."""
    out: list[str] = []
    for child in item:
        if _local(child) == "list":
            out.extend(_list(child, reader, style, depth + 1, key))
        elif _local(child) in ("p", "h"):
            text = paragraph_text(child)
            out.append(f"{label} {text}" if label and text.strip() else text)
            label = ""  # a second paragraph of an item is not numbered again
        else:
            out.extend(_blocks([child], reader))
    return out


def _label(reader: Reader, style: str, depth: int, key: str, item: Any) -> str:
    level = reader.styles.get(style, {}).get(depth)
    counts = reader.counters[key]
    if restart := int(_attr(item, "text:start-value") or 0):
        counts[depth] = restart - 1  # the item's own start value
    value = advance(counts, depth, level.start if level else 1)
    if level is None or level.fmt == "none":
        return ""
    if level.fmt == "bullet":
        return level.suffix
    return f"{level.prefix}{formatted(value, level.fmt)}{level.suffix}"


def _rows(table: Any, reader: Reader) -> list[list[str]]:
    """Each row's cells; a covered cell under a cell spanning rows takes that cell's text."""
    spans: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    return [_row(row, reader, spans) for row in _table_rows(table)]


def _row(row: Any, reader: Reader, spans: dict[int, tuple[str, int]]) -> list[str]:
    cells: list[str] = []
    col = 0
    for cell in row:
        times = min(int(_attr(cell, "table:number-columns-repeated", "1") or 1), MAX_REPEAT)
        for _ in range(times):
            col = _cell(cell, reader, spans, cells, col)
    return cells


def _cell(cell: Any, reader: Reader, spans: dict[int, tuple[str, int]], cells: list[str],
          col: int) -> int:
    """Append the cell at column `col` (a covered one only under a row span); the next column.
    A cell spanning columns is followed by covered cells of its own."""
    name = _local(cell)
    if name == "table-cell":
        text = cell_text([ln for b in _blocks(cell, reader) for ln in b.splitlines()])
        cells.append(text)
        down = int(_attr(cell, "table:number-rows-spanned", "1") or 1)
        if down > 1:
            spans[col] = (text, down - 1)
    elif name == "covered-table-cell" and spans.get(col, ("", 0))[1] > 0:
        text, left = spans[col]
        cells.append(text)
        spans[col] = (text, left - 1)
    return col + 1 if name in ("table-cell", "covered-table-cell") else col


def _table_rows(el: Any) -> list[Any]:
    """The table's own rows (header rows and row groups included, nested tables' not)."""
    out: list[Any] = []
    for child in el:
        name = _local(child)
        if name == "table-row":
            repeat = min(int(_attr(child, "table:number-rows-repeated", "1") or 1), MAX_REPEAT)
            out.extend([child] * repeat)
        elif name in ("table-header-rows", "table-rows", "table-row-group"):
            out.extend(_table_rows(child))
    return out
